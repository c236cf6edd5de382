"""The payments list: every payment, a customer's or a contract's, narrowed by the lists' shared
filters, newest first; totals and whole lists for export. Display rows are payments.PaymentRow.

"Overdue only" here means the payments of customers who have something overdue today
(customers.customers_overdue_now): a payment is never overdue itself. The salesperson is the
customer's.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import and_, case, func, not_, or_, select
from sqlalchemy.orm import Session

from models import Customer, Payment
from models.base import fen, fen_to_yuan
from models.payment import CREDIT_NOTE_METHOD
from services.core.listing import ListQuery, chunks, fetch_ids
from services.core.uow import UnitOfWork
from services.ledger.customers import customer_text_match, customers_overdue_now
from services.ledger.payments import PaymentRow, payment_rows, payment_scope


def _conditions(list_query: ListQuery, customer_id: int | None, contract_id: int | None,
                today) -> list:
    """The scope (a customer, a contract, or everyone) and the filters, combined: typed text
    in the customer (as customer boxes match it) or the reference; the customer's salesperson
    (exactly); overdue only."""
    conditions = payment_scope(customer_id, contract_id)
    text = list_query.text.strip()
    if text:
        conditions.append(or_(
            Payment.customer_id.in_(select(Customer.id).where(customer_text_match(text))),
            Payment.reference.icontains(text, autoescape=True)))
    if list_query.salesperson:
        conditions.append(Payment.customer_id.in_(
            select(Customer.id).where(Customer.salesperson == list_query.salesperson)))
    if list_query.overdue_only:
        conditions.append(Payment.customer_id.in_(customers_overdue_now(today)))
    return conditions


def _ids(session: Session, today, list_query: ListQuery, customer_id, contract_id) -> list[int]:
    query = (select(Payment.id)
             .where(*_conditions(list_query, customer_id, contract_id, today))
             .order_by(Payment.received_on.desc(), Payment.id.desc()))
    return fetch_ids(session, query)


def payment_ids(uow: UnitOfWork, list_query: ListQuery, customer_id: int | None = None,
                contract_id: int | None = None) -> list[int]:
    """Ids of the payments in scope that the filters let through, newest first (the order
    is always by date received, then id)."""
    with uow:
        return _ids(uow.session, uow.clock.today(), list_query, customer_id, contract_id)


def payment_page(uow: UnitOfWork, ids: list[int]) -> list[PaymentRow]:
    """Display rows for these ids, in the same order (ids no longer there left out)."""
    if not ids:
        return []
    with uow:
        return _in_order(uow.session, ids)


def _in_order(session: Session, ids: list[int]) -> list[PaymentRow]:
    rows = {r.id: r for r in payment_rows(session, None, None, Payment.id.in_(ids))}
    return [rows[i] for i in ids if i in rows]


def payment_list_rows(uow: UnitOfWork, list_query: ListQuery, customer_id: int | None = None,
                      contract_id: int | None = None) -> list[PaymentRow]:
    """Every row the filters let through, newest first (what an export writes), in one
    transaction, read listing.ROWS_AT_ONCE ids at a time."""
    with uow:
        ids = _ids(uow.session, uow.clock.today(), list_query, customer_id, contract_id)
        return [row for part in chunks(ids) for row in _in_order(uow.session, part)]


@dataclass(frozen=True)
class PaymentTotals:
    """Totals of the payments listed, in yuan: received (the money of every payment listed),
    reversed (of that, the reversed payments') and net = received − reversed. Credit notes
    (returns, allowances: models.payment.CREDIT_NOTE_METHOD) are listed but are not money:
    they are counted in `count` and summed apart in `credit_notes` (those not reversed), never
    in received, reversed or net (the README; plan.month_received)."""

    count: int
    received: Decimal
    reversed: Decimal
    credit_notes: Decimal = Decimal("0.00")

    @property
    def net(self) -> Decimal:
        return self.received - self.reversed

    @classmethod
    def of_rows(cls, rows: list[PaymentRow]) -> PaymentTotals:
        """The totals of rows already read (an export): the same figures as payment_totals."""
        money = [r for r in rows if r.method != CREDIT_NOTE_METHOD]
        return cls(len(rows), sum((r.amount for r in money), Decimal("0.00")),
                   sum((r.amount for r in money if r.reversed_on is not None), Decimal("0.00")),
                   sum((r.amount for r in rows
                        if r.method == CREDIT_NOTE_METHOD and r.reversed_on is None),
                       Decimal("0.00")))


def payment_totals(uow: UnitOfWork, list_query: ListQuery, customer_id: int | None = None,
                   contract_id: int | None = None) -> PaymentTotals:
    """How many payments the filters let through and their sums (PaymentTotals: credit notes
    apart from the money), in one SQL query: the same figures as PaymentTotals.of_rows."""
    with uow:
        note = Payment.method == CREDIT_NOTE_METHOD
        money_fen = case((note, 0), else_=fen(Payment.amount))
        reversed_fen = case((and_(Payment.reversed_on.is_not(None), not_(note)),
                             fen(Payment.amount)), else_=0)
        notes_fen = case((and_(note, Payment.reversed_on.is_(None)), fen(Payment.amount)),
                         else_=0)
        query = (select(func.count(Payment.id), func.sum(money_fen), func.sum(reversed_fen),
                        func.sum(notes_fen))
                 .where(*_conditions(list_query, customer_id, contract_id, uow.clock.today())))
        count, received, reversed_, notes = uow.session.execute(query).one()
        return PaymentTotals(count, fen_to_yuan(received), fen_to_yuan(reversed_),
                             fen_to_yuan(notes))
