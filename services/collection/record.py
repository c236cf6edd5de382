"""Everything about chasing one customer in one place (回款档案): who to call, what is owed
and overdue, the open installments, payments, promises with their status, follow-ups, how the
customer kept their word, and when to follow up next."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from models import Customer
from services.collection.follow_ups import (
    FollowUpDue,
    FollowUpView,
    follow_up_views,
    next_follow_ups,
)
from services.collection.promises import (
    PromiseRecord,
    PromiseView,
    promise_views,
    record_from_views,
)
from services.core.errors import NotFound
from services.core.uow import UnitOfWork
from services.ledger.balances import (
    OpenInstallment,
    customer_balance,
    open_installments,
    unallocated_credit,
)
from services.ledger.payments import PaymentRow, payment_rows


@dataclass(frozen=True)
class CollectionRecord:
    customer_id: int
    code: str
    name: str
    credit_rating: str
    status: str                      # active, on_hold, blacklisted
    finance_contact: str
    finance_phone: str
    cashier_contact: str
    cashier_phone: str
    payment_approver: str
    usual_payment_day: int | None
    outstanding: Decimal
    overdue: Decimal
    credit: Decimal                  # received but not allocated
    open_installments: list[OpenInstallment]  # oldest due first, with days overdue today
    payments: list[PaymentRow]       # newest first, reversed ones included
    promises: list[PromiseView]      # newest promised day first, with status today
    follow_ups: list[FollowUpView]   # newest first
    promise_record: PromiseRecord    # promises dated in the last 12 months
    next_follow_up: FollowUpDue | None  # None: owes nothing to chase


def collection_record(uow: UnitOfWork, customer_id: int) -> CollectionRecord:
    """Everything about chasing the customer, as of today. NotFound for an unknown id."""
    with uow:
        session = uow.session
        customer = session.get(Customer, customer_id)
        if customer is None:
            raise NotFound(f"customer {customer_id}")
        today = uow.clock.today()
        balance = customer_balance(session, customer_id, today)
        promises = promise_views(session, today, [customer_id])
        next_due = next_follow_ups(session, today, [customer_id]).get(customer_id)
        return CollectionRecord(
            customer_id=customer_id, code=customer.code, name=customer.name,
            credit_rating=customer.credit_rating, status=customer.status,
            finance_contact=customer.finance_contact, finance_phone=customer.finance_phone,
            cashier_contact=customer.cashier_contact, cashier_phone=customer.cashier_phone,
            payment_approver=customer.payment_approver,
            usual_payment_day=customer.usual_payment_day,
            outstanding=balance.outstanding, overdue=balance.overdue,
            credit=unallocated_credit(session, customer_id, today),
            open_installments=open_installments(session, today, customer_id=customer_id),
            payments=payment_rows(session, customer_id),
            promises=promises,
            follow_ups=follow_up_views(session, customer_id),
            promise_record=record_from_views(promises, today),
            next_follow_up=next_due)
