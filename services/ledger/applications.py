"""Applying credit (核销): money received that pays no installment yet — an advance, an
over-payment, a credit note's surplus — applied to installments later, with its own date; and
undoing an application (with a reason, never deleted).

An application is an Allocation of an earlier payment, dated `applied_on`: balances as of a day
before it show the credit and the debt apart, from that day neither (services.ledger.balances).
The oldest money is applied first, and money is never applied to a day before it came in.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import Allocation, Contract, Installment, Payment
from models.base import fen, fen_to_yuan
from services.core.errors import NotFound, ValidationError
from services.core.parsing import clean_text, parse_date
from services.core.uow import UnitOfWork
from services.ledger import balances
from services.ledger.balances import OpenInstallment
from services.ledger.customers import lock_customer
from services.ledger.payments import (
    AllocationInput,
    auto_allocation,
    manual_allocation,
    refresh_contract_status,
)


@dataclass
class ApplicationInput:
    """What the apply-credit dialog hands in: text as typed."""

    applied_on: str = ""        # empty: today
    contract_id: int | None = None  # oldest-first starts with this contract's installments
    # None: oldest due first, as much as the credit covers. A list: exactly these amounts.
    allocations: list[AllocationInput] | None = None


@dataclass(frozen=True)
class CreditSource:
    """A payment with money not yet applied, as of a day (yuan)."""

    payment_id: int
    received_on: dt.date
    left: Decimal


def credit_sources(session: Session, customer_id: int, as_of: dt.date) -> list[CreditSource]:
    """The customer's payments (and credit notes) received by `as_of`, not reversed, with money
    not applied to any installment: oldest first. Their sum is balances.unallocated_credit."""
    applied = (select(func.coalesce(func.sum(fen(Allocation.amount)), 0))
               .where(Allocation.payment_id == Payment.id, Allocation.undone_on.is_(None))
               .scalar_subquery())
    left = fen(Payment.amount) - applied
    query = (select(Payment.id, Payment.received_on, left)
             .where(Payment.customer_id == customer_id, Payment.received_on <= as_of,
                    Payment.reversed_on.is_(None), left > 0)
             .order_by(Payment.received_on, Payment.id))
    return [CreditSource(pid, received, fen_to_yuan(rest))
            for pid, received, rest in session.execute(query)]


def apply_credit(uow: UnitOfWork, customer_id: int, data: ApplicationInput) -> Decimal:
    """Apply the customer's credit to what they owe; returns the yuan applied (0: nothing owed).

    Without `data.allocations`, oldest due first (the contract's first when `contract_id` is
    given) for as much as the credit covers; with them, exactly those amounts. The money comes
    from the oldest payments received on or before `applied_on` (today when empty); an
    installment not yet owed on `applied_on` is paid from the day it became owed. A delivered
    contract paid in full is closed. ValidationError naming the field: a date that is not one,
    after today, or before any money to apply came in ("no_credit"); an allocation to an
    installment not owed, above what it owes, or above the credit ("above_credit"); no credit
    to apply on that day ("no_credit"). NotFound
    for an unknown customer. Nothing is saved on an error; audited as "apply".
    """
    applied_on = (parse_date(data.applied_on, "applied_on", required=False)
                  or uow.clock.today())
    with uow.writing():
        if applied_on > uow.clock.today():
            raise ValidationError("applied_on", "in_future")
        lock_customer(uow.session, customer_id)
        sources = credit_sources(uow.session, customer_id, applied_on)
        credit = sum((s.left for s in sources), Decimal("0.00"))
        open_items = balances.open_installments(uow.session, uow.clock.today(),
                                                customer_id=customer_id)
        parts = _parts(data, credit, open_items)
        if not parts:
            return Decimal("0.00")
        # never dated before an installment was owed (balances.allocation_day, as payments)
        owed_from = balances.owed_since_days(uow.session, [iid for iid, _ in parts])
        days = {iid: balances.allocation_day(applied_on, owed_from.get(iid), uow.clock.today())
                for iid, _ in parts}
        rows = _from_sources(parts, sources, days)
        uow.session.add_all(rows)
        uow.session.flush()
        balances.add_to_paid(uow.session, parts)
        refresh_contract_status(uow, {i.contract_id for i in open_items if i.id in dict(parts)})
        total = sum((amount for _, amount in parts), Decimal("0.00"))
        uow.audit("apply", "customer", customer_id, {
            "applied_on": applied_on, "amount": total,
            "allocations": {str(r.id): f"{r.payment_id}->{r.installment_id}: {r.amount}"
                            for r in rows}})
        uow.commit()
        return total


def _parts(data: ApplicationInput, credit: Decimal,
           open_items: list[OpenInstallment]) -> list[tuple[int, Decimal]]:
    if credit <= 0:
        raise ValidationError("applied_on", "no_credit")
    if data.allocations is None:
        return auto_allocation(open_items, credit, data.contract_id)
    parts = manual_allocation(data.allocations, open_items)
    total = sum((amount for _, amount in parts), Decimal("0.00"))
    if total > credit:
        raise ValidationError("allocations", "above_credit", allocated=total, credit=credit)
    return parts


def _from_sources(parts: list[tuple[int, Decimal]], sources: list[CreditSource],
                  days: dict[int, dt.date]) -> list[Allocation]:
    """Allocations taking the money from the oldest sources first (one part may need two),
    each dated its installment's day in `days`."""
    rows, queue = [], [[s.payment_id, s.left] for s in sources]
    for installment_id, amount in parts:
        while amount > 0:
            source = queue[0]
            take = min(source[1], amount)
            rows.append(Allocation(payment_id=source[0], installment_id=installment_id,
                                   amount=take, applied_on=days[installment_id]))
            source[1] -= take
            amount -= take
            if source[1] == 0:
                queue.pop(0)
    return rows


def undo_application(uow: UnitOfWork, allocation_id: int, reason: str) -> None:
    """Undo one allocation today with a reason (kept, marked undone): its money is credit again
    and the installment owes it again; a closed contract reopens. NotFound for an unknown id;
    ValidationError("allocation", "already_undone" | "already_reversed") or
    ("undo_reason", "required"). Audited as "undo_application"."""
    reason = clean_text(reason, "undo_reason", 300, required=True)
    with uow.writing():
        row = uow.session.execute(
            select(Payment.customer_id).join(Allocation, Allocation.payment_id == Payment.id)
            .where(Allocation.id == allocation_id)).first()
        if row is None:
            raise NotFound(f"allocation {allocation_id}")
        lock_customer(uow.session, row[0])
        allocation = uow.session.scalars(
            select(Allocation).where(Allocation.id == allocation_id)
            .execution_options(populate_existing=True)).one()
        if allocation.undone_on is not None:
            raise ValidationError("allocation", "already_undone")
        if allocation.payment.reversed_on is not None:
            raise ValidationError("allocation", "already_reversed")
        allocation.undone_on = uow.clock.today()
        allocation.undo_reason = reason
        balances.add_to_paid(uow.session, [(allocation.installment_id, -allocation.amount)])
        contract_id = uow.session.scalar(select(Installment.contract_id).where(
            Installment.id == allocation.installment_id))
        uow.session.flush()
        refresh_contract_status(uow, {contract_id})
        uow.audit("undo_application", "allocation", allocation_id, {
            "payment_id": allocation.payment_id, "installment_id": allocation.installment_id,
            "amount": allocation.amount, "reason": reason})
        uow.commit()


@dataclass(frozen=True)
class AllocationRow:
    """Where a payment went: one installment it paid (yuan), from when, and if undone."""

    id: int
    installment_id: int
    contract_number: str
    due_date: dt.date
    amount: Decimal
    applied_on: dt.date
    undone_on: dt.date | None
    undo_reason: str


def payment_allocations(uow: UnitOfWork, payment_id: int) -> list[AllocationRow]:
    """The installments a payment paid, in the order applied (undone ones included, marked)."""
    with uow:
        query = (select(Allocation.id, Allocation.installment_id, Contract.number,
                        Installment.due_date, Allocation.amount, Allocation.applied_on,
                        Allocation.undone_on, Allocation.undo_reason)
                 .join(Installment, Installment.id == Allocation.installment_id)
                 .join(Contract, Contract.id == Installment.contract_id)
                 .where(Allocation.payment_id == payment_id)
                 .order_by(Allocation.applied_on, Allocation.id))
        return [AllocationRow(*row) for row in uow.session.execute(query)]


def available_credit(uow: UnitOfWork, customer_id: int) -> Decimal:
    """The customer's unapplied credit today, in yuan (what apply_credit can apply)."""
    with uow:
        return balances.unallocated_credit(uow.session, customer_id, uow.clock.today())
