"""What customers and contracts owe, as of any date, computed in SQL.

This is the one place that defines outstanding and overdue:
- owed: installments of confirmed, delivered or closed contracts signed on or before the date;
- paid: allocations of payments received on or before the date and not reversed by then;
- outstanding = owed − paid; overdue = the part whose due date is before the date.
Amounts are summed as integer fen, so the database never rounds.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import BigInteger, ColumnElement, Select, and_, case, func, or_, select, type_coerce
from sqlalchemy.orm import Session

from models import Allocation, Contract, Installment, Payment
from models.base import fen_to_yuan
from models.contract import RECEIVABLE_STATUSES


def fen(column) -> ColumnElement[int]:
    """The raw integer fen behind a Money column, for exact SQL arithmetic."""
    return type_coerce(column, BigInteger)


def payment_active(as_of: dt.date) -> ColumnElement[bool]:
    return and_(Payment.received_on <= as_of,
                or_(Payment.reversed_on.is_(None), Payment.reversed_on > as_of))


def paid_per_installment(as_of: dt.date, contract_ids: list[int] | None = None,
                         customer_ids: list[int] | None = None):
    query = (select(Allocation.installment_id.label("installment_id"),
                    func.sum(fen(Allocation.amount)).label("paid"))
             .join(Payment, Payment.id == Allocation.payment_id)
             .where(payment_active(as_of))
             .group_by(Allocation.installment_id))
    if contract_ids is not None:
        query = query.join(Installment, Installment.id == Allocation.installment_id).where(
            Installment.contract_id.in_(contract_ids))
    if customer_ids is not None:  # a payment only ever pays its own customer's installments
        query = query.where(Payment.customer_id.in_(customer_ids))
    return query.subquery("paid")


def installment_balances(as_of: dt.date, contract_ids: list[int] | None = None,
                         signed_by: dt.date | None = None,
                         customer_ids: list[int] | None = None) -> Select:
    """One row per receivable installment: amount, paid and remaining (fen).

    `contract_ids` or `customer_ids` narrow the work to the rows on screen; `signed_by`
    counts contracts signed up to another day than `as_of` (a month's plan wants the whole month).
    """
    paid = paid_per_installment(as_of, contract_ids, customer_ids)
    paid_fen = func.coalesce(paid.c.paid, 0)
    query = (select(Installment.id.label("installment_id"), Installment.contract_id,
                    Contract.customer_id, Installment.due_date,
                    fen(Installment.amount).label("amount"), paid_fen.label("paid"),
                    (fen(Installment.amount) - paid_fen).label("remaining"))
             .join(Contract, Contract.id == Installment.contract_id)
             .outerjoin(paid, paid.c.installment_id == Installment.id)
             .where(Contract.status.in_(RECEIVABLE_STATUSES), Contract.signed_on <= (signed_by or as_of)))
    if contract_ids is not None:
        query = query.where(Installment.contract_id.in_(contract_ids))
    if customer_ids is not None:
        query = query.where(Contract.customer_id.in_(customer_ids))
    return query


def customer_balance_subquery(as_of: dt.date, customer_ids: list[int] | None = None):
    inst = installment_balances(as_of, customer_ids=customer_ids).subquery("inst")
    return (select(inst.c.customer_id,
                   func.sum(inst.c.remaining).label("outstanding"),
                   func.sum(case((inst.c.due_date < as_of, inst.c.remaining), else_=0)).label("overdue"))
            .group_by(inst.c.customer_id)
            .subquery("balance"))


def contract_balance_subquery(as_of: dt.date, contract_ids: list[int] | None = None):
    inst = installment_balances(as_of, contract_ids).subquery("inst")
    return (select(inst.c.contract_id,
                   func.sum(inst.c.paid).label("received"),
                   func.sum(inst.c.remaining).label("outstanding"),
                   func.min(case((inst.c.remaining > 0, inst.c.due_date))).label("next_due"))
            .group_by(inst.c.contract_id)
            .subquery("cbalance"))


@dataclass(frozen=True)
class Balance:
    outstanding: Decimal
    overdue: Decimal


ZERO = Balance(Decimal("0.00"), Decimal("0.00"))


def customer_balances(session: Session, as_of: dt.date,
                      customer_ids: list[int] | None = None) -> dict[int, Balance]:
    sub = customer_balance_subquery(as_of, customer_ids)
    query = select(sub.c.customer_id, sub.c.outstanding, sub.c.overdue)
    return {cid: Balance(fen_to_yuan(out), fen_to_yuan(over))
            for cid, out, over in session.execute(query)}


def customer_balance(session: Session, customer_id: int, as_of: dt.date) -> Balance:
    return customer_balances(session, as_of, [customer_id]).get(customer_id, ZERO)


def unallocated_credit(session: Session, customer_id: int, as_of: dt.date) -> Decimal:
    """Money received but not applied to any installment: the customer's credit with us."""
    allocated = (select(func.coalesce(func.sum(fen(Allocation.amount)), 0))
                 .where(Allocation.payment_id == Payment.id).scalar_subquery())
    total = session.scalar(
        select(func.coalesce(func.sum(fen(Payment.amount) - allocated), 0))
        .where(Payment.customer_id == customer_id, payment_active(as_of)))
    return fen_to_yuan(total)


PAID_FROM_ALLOCATIONS = (
    "UPDATE installment SET paid = COALESCE((SELECT SUM(allocation.amount) FROM allocation"
    " JOIN payment ON payment.id = allocation.payment_id"
    " WHERE allocation.installment_id = installment.id AND payment.reversed_on IS NULL), 0)")


def paid_cache_mismatches(session: Session) -> list[int]:
    """Installments whose cached `paid` differs from their active allocations (should be none)."""
    paid = paid_per_installment(dt.date.max)
    query = (select(Installment.id).outerjoin(paid, paid.c.installment_id == Installment.id)
             .where(fen(Installment.paid) != func.coalesce(paid.c.paid, 0)))
    return list(session.scalars(query))
