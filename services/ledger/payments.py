"""Payments (回款): record, allocate to installments, reverse. Never deleted."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from models import Allocation, Contract, Customer, Installment, Payment
from models.base import fen, fen_to_yuan
from models.payment import PAYMENT_METHODS
from services.core.errors import NotFound, ValidationError
from services.core.parsing import choice, clean_text, parse_date, parse_money
from services.core.uow import UnitOfWork
from services.ledger import balances
from services.ledger.balances import OpenInstallment
from services.ledger.customers import lock_customer


@dataclass
class AllocationInput:
    installment_id: int
    amount: str


@dataclass
class PaymentInput:
    customer_id: int | None = None
    received_on: str = ""
    amount: str = ""
    method: str = "bank_transfer"
    reference: str = ""
    note: str = ""
    contract_id: int | None = None
    # None: oldest due first. A list: exactly these amounts (the rest stays as credit).
    allocations: list[AllocationInput] | None = None


def open_installments(uow: UnitOfWork, customer_id: int) -> list[OpenInstallment]:
    """What the customer still owes, installment by installment, oldest due first."""
    with uow:
        return balances.open_installments(uow.session, uow.clock.today(), customer_id=customer_id)


def auto_allocation(open_items: list[OpenInstallment], amount: Decimal,
                    contract_id: int | None = None) -> list[tuple[int, Decimal]]:
    """Oldest due first; a payment made against a contract pays that contract first."""
    ordered = sorted(open_items, key=lambda i: (i.contract_id != contract_id, i.due_date, i.id))
    result, left = [], amount
    for item in ordered:
        if left <= 0:
            break
        part = min(left, item.remaining)
        result.append((item.id, part))
        left -= part
    return result


def manual_allocation(allocations: list[AllocationInput],
                      open_items: list[OpenInstallment]) -> list[tuple[int, Decimal]]:
    """The (installment id, yuan) a clerk typed, rows with nothing typed left out; each row
    must be an open installment and, with the rows before it, never above what it still
    owes. ValidationError("allocations.N.installment", "not_receivable") or
    ("allocations.N.amount", "above_owed" / a parsing reason) names the row."""
    owed = {item.id: item.remaining for item in open_items}
    result = []
    for i, alloc in enumerate(allocations, start=1):
        part = parse_money(alloc.amount, f"allocations.{i}.amount", required=False) or Decimal(0)
        if part == 0:
            continue
        if alloc.installment_id not in owed:
            raise ValidationError(f"allocations.{i}.installment", "not_receivable")
        if part > owed[alloc.installment_id]:
            raise ValidationError(f"allocations.{i}.amount", "above_owed", amount=part,
                                  owed=owed[alloc.installment_id])
        owed[alloc.installment_id] -= part
        result.append((alloc.installment_id, part))
    return result


def _validated_allocations(data: PaymentInput, amount: Decimal,
                           open_items: list[OpenInstallment]) -> list[tuple[int, Decimal]]:
    if data.allocations is None:
        return auto_allocation(open_items, amount, data.contract_id)
    result = manual_allocation(data.allocations, open_items)
    allocated = sum((part for _, part in result), Decimal("0.00"))
    if allocated > amount:
        raise ValidationError("allocations", "above_payment", allocated=allocated, amount=amount)
    return result


def record_payment(uow: UnitOfWork, data: PaymentInput) -> int:
    """Record money received and allocate it; returns the payment's id.

    Without `allocations`, oldest due first (a payment against a contract pays that contract
    first); with them, exactly those amounts, each at most what its installment still owes.
    What is not allocated stays as the customer's credit. A delivered contract paid in full is
    closed. Each allocation counts from the later of `received_on` and the day its installment
    became owed (balances.allocation_day). ValidationError naming the field: no or unknown
    customer, a contract of another customer, a date missing or after today, an amount that is
    not positive, an unknown method, an allocation to an installment not owed, above what it
    owes, or allocations above the payment. Nothing is saved on an error.
    """
    if data.customer_id is None:
        raise ValidationError("customer", "required")
    received_on = parse_date(data.received_on, "received_on")
    amount = parse_money(data.amount, "amount", positive=True)
    method = choice(data.method, "method", PAYMENT_METHODS)
    with uow.writing():
        # What the customer owes is read after this lock: two clerks never allocate the same
        # open amount twice.
        try:
            lock_customer(uow.session, data.customer_id)
        except NotFound:
            raise ValidationError("customer", "required") from None
        if data.contract_id is not None:
            contract = uow.session.get(Contract, data.contract_id)
            if contract is None:
                raise ValidationError("contract", "not_found")
            if contract.customer_id != data.customer_id:
                raise ValidationError("contract", "wrong_customer")
        if received_on > uow.clock.today():
            raise ValidationError("received_on", "in_future")
        open_items = balances.open_installments(uow.session, uow.clock.today(),
                                                customer_id=data.customer_id)
        parts = _validated_allocations(data, amount, open_items)
        payment = Payment(
            customer_id=data.customer_id, contract_id=data.contract_id, received_on=received_on,
            amount=amount, method=method,
            reference=clean_text(data.reference, "reference", 80),
            note=clean_text(data.note, "note", 300),
            created_at=uow.clock.now(), created_by=uow.operator)
        # Money that came before the installment was owed is credit until then (as if
        # applied on that day): a balance as of a day between shows it as credit.
        since = balances.owed_since_days(uow.session, [i for i, _ in parts])
        payment.allocations = [
            Allocation(installment_id=i, amount=a, applied_on=balances.allocation_day(
                received_on, since.get(i), uow.clock.today()))
            for i, a in parts]
        uow.session.add(payment)
        uow.session.flush()
        balances.add_to_paid(uow.session, parts)
        touched = {item.contract_id for item in open_items if item.id in dict(parts)}
        refresh_contract_status(uow, touched)
        uow.audit("create", "payment", payment.id, {
            "customer_id": data.customer_id, "amount": amount, "method": method,
            "allocations": {str(i): str(a) for i, a in parts}})
        uow.commit()
        return payment.id


def reverse_payment(uow: UnitOfWork, payment_id: int, reason: str) -> None:
    """Reverse a payment today with a reason (never deleted): its allocations stop counting
    from today, a closed contract it paid reopens. NotFound for an unknown id;
    ValidationError("payment", "already_reversed"), or ("reversal_reason", "required").
    """
    with uow.writing():
        customer_id = uow.session.scalar(select(Payment.customer_id)
                                         .where(Payment.id == payment_id))
        if customer_id is None:
            raise NotFound(f"payment {payment_id}")
        lock_customer(uow.session, customer_id)  # then the payment as it is now, not as read
        payment = uow.session.scalars(select(Payment).where(Payment.id == payment_id)
                                      .with_for_update()
                                      .execution_options(populate_existing=True)).one()
        if payment.reversed_on is not None:
            raise ValidationError("payment", "already_reversed")
        payment.reversal_reason = clean_text(reason, "reversal_reason", 300, required=True)
        payment.reversed_on = uow.clock.today()
        balances.add_to_paid(uow.session, [(a.installment_id, -a.amount)
                                           for a in payment.allocations if a.undone_on is None])
        uow.session.flush()
        touched = set(uow.session.scalars(
            select(Installment.contract_id)
            .join(Allocation, Allocation.installment_id == Installment.id)
            .where(Allocation.payment_id == payment_id)))
        refresh_contract_status(uow, touched)
        uow.audit("reverse", "payment", payment_id, {"amount": payment.amount,
                                                    "reason": payment.reversal_reason})
        uow.commit()


def refresh_contract_status(uow: UnitOfWork, contract_ids: set[int]) -> None:
    """A delivered contract paid in full is closed; a reversal reopens it."""
    if not contract_ids:
        return
    remaining = balances.remaining_by_contract(uow.session, contract_ids)
    for contract in uow.session.scalars(select(Contract).where(Contract.id.in_(contract_ids))):
        left = remaining.get(contract.id, 0)
        if contract.status == "delivered" and left == 0:
            contract.status = "closed"
        elif contract.status == "closed" and left > 0:
            contract.status = "delivered"


@dataclass(frozen=True)
class PaymentRow:
    id: int
    customer_code: str
    customer_name: str
    received_on: dt.date
    amount: Decimal
    allocated: Decimal
    method: str
    reference: str
    reversed_on: dt.date | None
    reversal_reason: str


def list_payments(uow: UnitOfWork, customer_id: int | None = None,
                  contract_id: int | None = None) -> list[PaymentRow]:
    """Payments newest first; for a contract, those with any part allocated to it."""
    with uow:
        return payment_rows(uow.session, customer_id, contract_id)


def payment_scope(customer_id: int | None = None,
                  contract_id: int | None = None) -> list[ColumnElement[bool]]:
    """The conditions on Payment of a customer's payments and of a contract's (those pointing
    at it or with any part allocated to it); none for every payment."""
    conditions = []
    if customer_id is not None:
        conditions.append(Payment.customer_id == customer_id)
    if contract_id is not None:
        paid_contract = (select(Allocation.payment_id)
                         .join(Installment, Installment.id == Allocation.installment_id)
                         .where(Installment.contract_id == contract_id))
        conditions.append(Payment.id.in_(paid_contract) | (Payment.contract_id == contract_id))
    return conditions


def payment_rows(session: Session, customer_id: int | None = None,
                 contract_id: int | None = None, *conditions) -> list[PaymentRow]:
    """`list_payments` for services already inside a unit of work; `conditions` narrow it
    further (the payments list's filters)."""
    allocated = (select(func.coalesce(func.sum(fen(Allocation.amount)), 0))
                 .where(Allocation.payment_id == Payment.id, Allocation.undone_on.is_(None))
                 .scalar_subquery())
    query = (select(Payment.id, Customer.code, Customer.name, Payment.received_on,
                    Payment.amount, allocated, Payment.method, Payment.reference,
                    Payment.reversed_on, Payment.reversal_reason)
             .join(Customer, Customer.id == Payment.customer_id)
             .where(*payment_scope(customer_id, contract_id), *conditions)
             .order_by(Payment.received_on.desc(), Payment.id.desc()))
    return [PaymentRow(r[0], r[1], r[2], r[3], r[4], fen_to_yuan(r[5]), *r[6:])
            for r in session.execute(query)]
