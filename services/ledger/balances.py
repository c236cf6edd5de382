"""What customers and contracts owe, as of any date: the one definition, computed in SQL.

- owed on a date: every installment of a contract delivered by then (delivered or closed), and
  the deposit installments (定金/预付款) of an agreed contract signed by then; the other
  installments of a confirmed contract are *committed* (credit exposure only);
- paid: allocations (核销) applied by the date and not undone, of payments received by the
  date and not reversed (reversals and undoings count from their day; a view may count them
  from a later day, see `known_on`);
- outstanding = owed − paid; overdue = the part whose due date is before the date;
- days overdue = days from the due date to the date (0 when not yet due);
- unapplied credit = what active payments brought in and no active allocation applied yet.

Amounts are summed as integer fen (models.base.fen), so the database never rounds.

Questions about *now* on hot paths (the alerts at every start, follow-ups due, the credit hold)
read the cached `Installment.paid` instead of summing every allocation: through the functions
in the last section only, which this module also keeps equal to the allocations
(`add_to_paid`; `paid_cache_mismatches` proves it in the tests).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import (
    ColumnElement,
    CompoundSelect,
    Date,
    Exists,
    Integer,
    Select,
    and_,
    case,
    func,
    literal_column,
    not_,
    null,
    or_,
    select,
    type_coerce,
    union_all,
    update,
)
from sqlalchemy.orm import Session

from models import Allocation, Contract, Installment, Payment
from models.base import fen, fen_to_yuan
from models.payment import CREDIT_NOTE_METHOD
from services.core.parsing import db_date
from services.core.statuses import AGREED_STATUSES, DELIVERED_STATUSES, OPEN_STATUSES

EVERYTHING = dt.date.max  # an "as of" that counts every payment not reversed
ZERO_YUAN = Decimal("0.00")


def payment_active(as_of: dt.date, known_on: dt.date | None = None) -> ColumnElement[bool]:
    """Payments that count on `as_of`: received by then and not reversed by `known_on` (by
    default `as_of`; a plan viewed today leaves out a payment reversed since, everywhere)."""
    return and_(Payment.received_on <= as_of,
                or_(Payment.reversed_on.is_(None), Payment.reversed_on > (known_on or as_of)))


def allocation_active(as_of: dt.date, known_on: dt.date | None = None) -> ColumnElement[bool]:
    """Allocations that count on `as_of` (needs Payment joined): of an active payment, applied
    by then and not undone by `known_on` (default `as_of`)."""
    return and_(payment_active(as_of, known_on), Allocation.applied_on <= as_of,
                or_(Allocation.undone_on.is_(None), Allocation.undone_on > (known_on or as_of)))


def owed(as_of: dt.date | None = None) -> ColumnElement[bool]:
    """Installments that are owed (needs Contract joined): of contracts delivered by `as_of`,
    and deposits of agreed contracts signed by then. Without a date: owed now, whatever the
    dates (the cache path)."""
    if as_of is None:
        return or_(Contract.status.in_(DELIVERED_STATUSES),
                   and_(Installment.is_deposit, Contract.status.in_(AGREED_STATUSES)))
    return or_(and_(Contract.status.in_(DELIVERED_STATUSES),
                    func.coalesce(Contract.delivery_on, Contract.signed_on) <= as_of),
               and_(Installment.is_deposit, Contract.status.in_(AGREED_STATUSES),
                    Contract.signed_on <= as_of))


def owed_since() -> ColumnElement[dt.date]:
    """The day an installment became owed (needs Contract joined), NULL while it is not: the
    earlier of its contract's delivery (delivered or closed) and, for a deposit of an agreed
    contract, the signing. `owed(as_of)` holds exactly when this is on or before `as_of`; a
    statement lists each installment on this day."""
    delivered = case((Contract.status.in_(DELIVERED_STATUSES),
                      func.coalesce(Contract.delivery_on, Contract.signed_on)))
    deposit = case((and_(Installment.is_deposit, Contract.status.in_(AGREED_STATUSES)),
                    Contract.signed_on))
    return case((deposit.is_(None), delivered), (delivered.is_(None), deposit),
                (delivered < deposit, delivered), else_=deposit)


def owed_since_days(session: Session, installment_ids: list[int]) -> dict[int, dt.date]:
    """{installment id: the day it became owed (owed_since)} of those given that are owed."""
    if not installment_ids:
        return {}
    since = owed_since()
    query = (select(Installment.id, since).join(Contract, Contract.id == Installment.contract_id)
             .where(Installment.id.in_(installment_ids), since.is_not(None)))
    return {iid: db_date(day) for iid, day in session.execute(query)}


def allocation_day(money_on: dt.date, owed_from: dt.date | None, today: dt.date) -> dt.date:
    """The day an allocation of money that came in on `money_on` to an installment owed from
    `owed_from` starts to count: the later of the two (money paid before the debt existed is
    credit until then, never a payment of a debt not yet owed), and never after `today`."""
    if owed_from is None:
        return money_on
    return max(money_on, min(owed_from, today))


def committed() -> ColumnElement[bool]:
    """Installments agreed but not yet owed (needs Contract joined): a confirmed contract's
    installments other than deposits. They count in the credit exposure, nowhere else."""
    return and_(Contract.status == "confirmed", Installment.is_deposit.is_(False))


def days_overdue(due_date: dt.date, as_of: dt.date) -> int:
    """Whole days an installment due on `due_date` is late on `as_of` (0 if not yet due)."""
    return max((as_of - due_date).days, 0)


def paid_per_installment(as_of: dt.date, contract_ids: list[int] | None = None,
                         customer_ids: list[int] | None = None, known_on: dt.date | None = None):
    """Subquery (installment_id, paid fen, credited fen) of the allocations active on `as_of`;
    `credited` is the part that came from credit notes (returns, allowances: not money)."""
    from_notes = case((Payment.method == CREDIT_NOTE_METHOD, fen(Allocation.amount)), else_=0)
    query = (select(Allocation.installment_id.label("installment_id"),
                    func.sum(fen(Allocation.amount)).label("paid"),
                    func.sum(from_notes).label("credited"))
             .join(Payment, Payment.id == Allocation.payment_id)
             .where(allocation_active(as_of, known_on))
             .group_by(Allocation.installment_id))
    if contract_ids is not None:
        query = query.join(Installment, Installment.id == Allocation.installment_id).where(
            Installment.contract_id.in_(contract_ids))
    if customer_ids is not None:  # a payment only ever pays its own customer's installments
        query = query.where(Payment.customer_id.in_(customer_ids))
    return query.subquery("paid")


def installment_balances(as_of: dt.date, contract_ids: list[int] | None = None,
                         owed_by: dt.date | None = None,
                         customer_ids: list[int] | None = None,
                         known_on: dt.date | None = None) -> Select:
    """One row per owed installment: installment_id, contract_id, customer_id, due_date, and
    amount, paid and remaining in fen.

    `contract_ids` or `customer_ids` narrow the work to the rows on screen; `owed_by` counts
    installments owed by another day than `as_of` (a month's plan wants those owed by its end,
    paid as of its start); `known_on`: see payment_active.
    """
    paid = paid_per_installment(as_of, contract_ids, customer_ids, known_on)
    paid_fen = func.coalesce(paid.c.paid, 0)
    query = (select(Installment.id.label("installment_id"), Installment.contract_id,
                    Contract.customer_id, Installment.due_date,
                    fen(Installment.amount).label("amount"), paid_fen.label("paid"),
                    (fen(Installment.amount) - paid_fen).label("remaining"),
                    func.coalesce(paid.c.credited, 0).label("credited"))
             .join(Contract, Contract.id == Installment.contract_id)
             .outerjoin(paid, paid.c.installment_id == Installment.id)
             .where(owed(owed_by or as_of)))
    if contract_ids is not None:
        query = query.where(Installment.contract_id.in_(contract_ids))
    if customer_ids is not None:
        query = query.where(Contract.customer_id.in_(customer_ids))
    return query


def customer_balance_subquery(as_of: dt.date, customer_ids: list[int] | None = None):
    """Subquery (customer_id, outstanding fen, overdue fen) as of a date."""
    inst = installment_balances(as_of, customer_ids=customer_ids).subquery("inst")
    return (select(inst.c.customer_id,
                   func.sum(inst.c.remaining).label("outstanding"),
                   func.sum(case((inst.c.due_date < as_of, inst.c.remaining), else_=0)).label("overdue"))
            .group_by(inst.c.customer_id)
            .subquery("balance"))


def contract_balance_subquery(as_of: dt.date, contract_ids: list[int] | None = None):
    """Subquery (contract_id, received fen — money, credit notes left out —, outstanding fen,
    next_due date) as of a date."""
    inst = installment_balances(as_of, contract_ids).subquery("inst")
    return (select(inst.c.contract_id,
                   func.sum(inst.c.paid - inst.c.credited).label("received"),
                   func.sum(inst.c.remaining).label("outstanding"),
                   func.min(case((inst.c.remaining > 0, inst.c.due_date))).label("next_due"))
            .group_by(inst.c.contract_id)
            .subquery("cbalance"))


@dataclass(frozen=True)
class Balance:
    outstanding: Decimal  # yuan
    overdue: Decimal      # yuan, the part of outstanding past its due date


ZERO = Balance(ZERO_YUAN, ZERO_YUAN)


def customer_balances(session: Session, as_of: dt.date,
                      customer_ids: list[int] | None = None) -> dict[int, Balance]:
    """{customer id: Balance} for customers that owe (or owed) anything as of the date."""
    sub = customer_balance_subquery(as_of, customer_ids)
    query = select(sub.c.customer_id, sub.c.outstanding, sub.c.overdue)
    return {cid: Balance(fen_to_yuan(out), fen_to_yuan(over))
            for cid, out, over in session.execute(query)}


def customer_balance(session: Session, customer_id: int, as_of: dt.date) -> Balance:
    """The customer's Balance as of a date (zeros when nothing was ever owed)."""
    return customer_balances(session, as_of, [customer_id]).get(customer_id, ZERO)


def unallocated_credit(session: Session, customer_id: int, as_of: dt.date) -> Decimal:
    """Money received (and credit notes' surplus) not applied to any installment as of the
    date: the customer's credit with us (yuan)."""
    return unapplied_credits(session, as_of, [customer_id]).get(customer_id, ZERO_YUAN)


def credit_parts(as_of: dt.date, customer_ids: list[int] | None = None) -> CompoundSelect:
    """Rows (customer_id, credit fen) whose sum per customer is the unapplied credit on `as_of`:
    each active payment's amount, less each active allocation's (one pass over each table, no
    lookup per payment; only their sums mean anything)."""
    received = select(Payment.customer_id, fen(Payment.amount).label("credit")).where(
        payment_active(as_of))
    # From the allocations (by their date's index) to their payments: SQLite's cheaper order.
    applied = (select(Payment.customer_id, (-fen(Allocation.amount)).label("credit"))
               .select_from(Allocation).join(Payment, Payment.id == Allocation.payment_id)
               .where(allocation_active(as_of)))
    if customer_ids is not None:
        received = received.where(Payment.customer_id.in_(customer_ids))
        applied = applied.where(Payment.customer_id.in_(customer_ids))
    return union_all(received, applied)


def unapplied_credits(session: Session, as_of: dt.date,
                      customer_ids: list[int] | None = None) -> dict[int, Decimal]:
    """{customer id: unapplied credit in yuan} for customers that have any (> 0): what their
    active payments brought in less what their active allocations applied (one grouped sum of
    credit_parts: the over-limit alert asks for every customer at each start)."""
    parts = credit_parts(as_of, customer_ids).subquery("credit_parts")
    total = func.sum(parts.c.credit)
    query = select(parts.c.customer_id, total).group_by(parts.c.customer_id).having(total > 0)
    return {cid: fen_to_yuan(left) for cid, left in session.execute(query)}


@dataclass(frozen=True)
class OpenInstallment:
    """An installment with something still unpaid, in yuan."""

    id: int
    contract_id: int
    contract_number: str
    due_date: dt.date
    amount: Decimal
    remaining: Decimal
    days_overdue: int = 0  # on the day the list was made


def open_installments(session: Session, as_of: dt.date, *, customer_id: int | None = None,
                      contract_id: int | None = None) -> list[OpenInstallment]:
    """A customer's (or a contract's) installments with something unpaid, oldest due first.

    Counts every payment not reversed (also those dated after `as_of`, which only dates the
    days overdue): this is what a new payment can still be allocated to and what an IOU lists.
    """
    inst = installment_balances(EVERYTHING, [contract_id] if contract_id is not None else None,
                                customer_ids=[customer_id] if customer_id is not None else None
                                ).subquery("inst")
    query = (select(inst.c.installment_id, inst.c.contract_id, Contract.number, inst.c.due_date,
                    inst.c.amount, inst.c.remaining)
             .join(Contract, Contract.id == inst.c.contract_id)
             .where(inst.c.remaining > 0)
             .order_by(inst.c.due_date, inst.c.installment_id))
    rows = []
    for iid, cid, number, due, amount, remaining in session.execute(query):
        due = db_date(due)
        rows.append(OpenInstallment(iid, cid, number, due, fen_to_yuan(amount),
                                    fen_to_yuan(remaining), days_overdue(due, as_of)))
    return rows


def paid_by_installment(session: Session, contract_id: int) -> dict[int, Decimal]:
    """{installment id: paid in yuan} of a contract, by every payment not reversed."""
    query = (select(Allocation.installment_id, func.sum(fen(Allocation.amount)))
             .join(Payment, Payment.id == Allocation.payment_id)
             .join(Installment, Installment.id == Allocation.installment_id)
             .where(Installment.contract_id == contract_id, allocation_active(EVERYTHING))
             .group_by(Allocation.installment_id))
    return {iid: fen_to_yuan(paid) for iid, paid in session.execute(query)}


def remaining_by_contract(session: Session, contract_ids: set[int]) -> dict[int, Decimal]:
    """{contract id: still unpaid in yuan}, counting every payment not reversed."""
    inst = installment_balances(EVERYTHING, list(contract_ids)).subquery("inst")
    query = select(inst.c.contract_id, func.sum(inst.c.remaining)).group_by(inst.c.contract_id)
    return {cid: fen_to_yuan(left) for cid, left in session.execute(query)}


# -- what is open now, from the cached Installment.paid -------------------------------------
# Only for "today": nothing is paid in the future, so the cache is the truth now. A date in
# the past is answered by installment_balances, or by owed_parts (the cache and what moved since).

def remaining_now() -> ColumnElement[int]:
    """Fen still unpaid on an installment today, from the cache."""
    return fen(Installment.amount) - fen(Installment.paid)


def unpaid_now() -> ColumnElement[bool]:
    """An owed installment with something unpaid today: what is chased (needs the contract
    joined). `paid < amount` first: it is the condition of the covering index."""
    return and_(Installment.paid < Installment.amount, Contract.status.in_(OPEN_STATUSES),
                owed())


def open_installments_now(until: dt.date | None = None,
                          customer_ids: list[int] | None = None,
                          with_committed: bool = False) -> Select:
    """One row per owed installment unpaid today: installment_id, contract_id, customer_id,
    committed (always false unless `with_committed` adds the committed ones: true for those),
    due_date, remaining (fen); due on or before `until` when given."""
    unpaid = (and_(Installment.paid < Installment.amount, Contract.status.in_(OPEN_STATUSES))
              if with_committed else unpaid_now())
    query = (select(Installment.id.label("installment_id"), Installment.contract_id,
                    Contract.customer_id, committed().label("committed"), Installment.due_date,
                    remaining_now().label("remaining"))
             .join(Contract, Contract.id == Installment.contract_id)
             .where(unpaid))
    if until is not None:
        query = query.where(Installment.due_date <= until)
    if customer_ids is not None:
        query = query.where(Contract.customer_id.in_(customer_ids))
    return query


def unpaid_on(as_of: dt.date, today: dt.date, customer_ids: list[int] | None = None,
              with_since: bool = False) -> Select:
    """One row per installment owed on `as_of` with something unpaid then: customer_id,
    contract_id, due_date, remaining (fen), and with `with_since` the day it became owed
    (`since`: owed_since); the same rows and figures as installment_balances(as_of) where
    remaining is not 0. Today or later (nothing is paid in the future) from the cache, through
    the open-installment index; a past day from the allocations that counted then."""
    since = [owed_since().label("since")] if with_since else []
    if as_of < today:
        inst = (installment_balances(as_of, customer_ids=customer_ids).add_columns(*since)
                .subquery("inst"))
        return (select(inst.c.customer_id, inst.c.contract_id, inst.c.due_date,
                       inst.c.remaining, *([inst.c.since] if with_since else []))
                .where(inst.c.remaining != 0))
    query = (select(Contract.customer_id, Installment.contract_id, Installment.due_date,
                    remaining_now().label("remaining"), *since)
             .join(Contract, Contract.id == Installment.contract_id)
             .where(Installment.paid < Installment.amount, owed(as_of)))
    if customer_ids is not None:
        query = query.where(Contract.customer_id.in_(customer_ids))
    return query


def owed_parts(as_of: dt.date, due_before: dt.date, owed_by: dt.date | None = None,
               known_on: dt.date | None = None) -> CompoundSelect:
    """Rows (customer_id, due_date, remaining fen) that add up, per customer and due date, to
    the `remaining` of installment_balances(as_of, owed_by=owed_by, known_on=known_on) over
    the installments due before `due_before`; only their sums mean anything (one installment
    may give several rows).

    The same figures as installment_balances, from the cache: what is unpaid today, plus each
    allocation the cache counts that did not count yet on `as_of` (applied or received after
    it), less each that counted on `as_of` and the cache leaves out (undone or reversed after
    `known_on`). It reads the open installments and the allocations dated after `as_of`, not
    the whole history: a month's plan costs what is open and what happened since.
    """
    known_on = known_on or as_of
    cached = and_(Payment.reversed_on.is_(None), Allocation.undone_on.is_(None))
    by_then = and_(Payment.received_on <= as_of, Allocation.applied_on <= as_of)

    def moved(sign: int, *conditions):
        amount = fen(Allocation.amount) if sign > 0 else -fen(Allocation.amount)
        return (select(Allocation.installment_id.label("installment_id"),
                       amount.label("amount"))
                .join(Payment, Payment.id == Allocation.payment_id).where(*conditions))

    # Four disjoint kinds (each read through its own index): counted now and not on as_of,
    # then counted on as_of and not now.
    moves = union_all(
        moved(1, cached, Allocation.applied_on > as_of, Payment.received_on <= as_of),
        moved(1, cached, Payment.received_on > as_of),
        moved(-1, by_then, Allocation.undone_on > known_on,
              or_(Payment.reversed_on.is_(None), Payment.reversed_on > known_on)),
        moved(-1, by_then, Allocation.undone_on.is_(None), Payment.reversed_on > known_on),
    ).subquery("moves")
    is_owed = and_(Installment.due_date < due_before, owed(owed_by or as_of))
    unpaid_today = (select(Contract.customer_id, Installment.due_date,
                           remaining_now().label("remaining"))
                    .join(Contract, Contract.id == Installment.contract_id)
                    .where(Installment.paid < Installment.amount, is_owed))
    moved_since = (select(Contract.customer_id, Installment.due_date,
                          moves.c.amount.label("remaining"))
                   .select_from(moves)
                   .join(Installment, Installment.id == moves.c.installment_id)
                   .join(Contract, Contract.id == Installment.contract_id)
                   .where(is_owed))
    return union_all(unpaid_today, moved_since)



@dataclass(frozen=True)
class OwedSlot:
    """One figure of owed_sums: what was still owed on `as_of` on the installments owed by
    `owed_by` (default `as_of`) and due before `due_before` (and on or after `due_from`)."""

    as_of: dt.date
    due_before: dt.date
    owed_by: dt.date | None = None
    due_from: dt.date | None = None


def owed_sums(slots: Sequence[OwedSlot], known_on: dt.date) -> Select:
    """One query: (customer_id, then one fen sum per slot) per customer with any row; each sum
    is what owed_parts(slot.as_of, slot.due_before, slot.owed_by, known_on) adds up to over
    due dates from `slot.due_from` (the same rules), for many days in one pass.

    The rows are those of owed_parts for the earliest `as_of`, each allocation carrying the
    day it started to count (the later of received and applied): one that counts now and
    started after a slot's day is added back for that slot; one that counted then and the
    cache leaves out (undone or reversed after `known_on`) is taken off where it had started.
    A report over twelve months reads what is open and what moved since its first month once.
    """
    since = min(slot.as_of for slot in slots)
    cached = and_(Payment.reversed_on.is_(None), Allocation.undone_on.is_(None))
    started = case((Allocation.applied_on > Payment.received_on, Allocation.applied_on),
                   else_=Payment.received_on)

    def moved(sign: int, *conditions):
        amount = fen(Allocation.amount) if sign > 0 else -fen(Allocation.amount)
        return (select(Allocation.installment_id.label("installment_id"),
                       amount.label("amount"), started.label("started"),
                       literal_column(str(sign), Integer).label("sign"))
                .join(Payment, Payment.id == Allocation.payment_id).where(*conditions))

    unpaid_today = (select(Installment.id.label("installment_id"),
                           remaining_now().label("amount"),
                           type_coerce(null(), Date).label("started"),
                           literal_column("0", Integer).label("sign"))
                    .where(Installment.paid < Installment.amount))
    rows = union_all(
        moved(1, cached, Allocation.applied_on > since, Payment.received_on <= since),
        moved(1, cached, Payment.received_on > since),
        moved(-1, Allocation.undone_on > known_on,
              or_(Payment.reversed_on.is_(None), Payment.reversed_on > known_on)),
        moved(-1, Allocation.undone_on.is_(None), Payment.reversed_on > known_on),
        unpaid_today,
    ).subquery("owed_rows")

    def counts(slot: OwedSlot) -> ColumnElement[bool]:
        on_day = or_(rows.c.sign == 0, and_(rows.c.sign > 0, rows.c.started > slot.as_of),
                     and_(rows.c.sign < 0, rows.c.started <= slot.as_of))
        due = [Installment.due_date < slot.due_before]
        if slot.due_from is not None:
            due.append(Installment.due_date >= slot.due_from)
        return and_(on_day, owed(slot.owed_by or slot.as_of), *due)

    latest_owed = max(slot.owed_by or slot.as_of for slot in slots)  # owed by a day: by any later
    return (select(Contract.customer_id,
                   *[func.sum(case((counts(slot), rows.c.amount), else_=0)) for slot in slots])
            .select_from(rows)
            .join(Installment, Installment.id == rows.c.installment_id)
            .join(Contract, Contract.id == Installment.contract_id)
            .where(Installment.due_date < max(slot.due_before for slot in slots),
                   owed(latest_owed))
            .group_by(Contract.customer_id))


def contract_open_now_subquery():
    """Subquery (contract_id, outstanding fen, next_due date) today, from the cache through the
    open-installment index: only contracts with something unpaid have a row. The same figures
    as contract_balance_subquery(today) for sorting 100,000 contracts without reading every
    allocation."""
    rows = open_installments_now().subquery("open_now")
    return (select(rows.c.contract_id, func.sum(rows.c.remaining).label("outstanding"),
                   func.min(rows.c.due_date).label("next_due"))
            .group_by(rows.c.contract_id).subquery("open_by_contract"))


def customer_open_now_subquery(today: dt.date, customer_ids: list[int] | None = None):
    """Subquery (customer_id, outstanding fen, overdue fen) today, from the cache: the same
    figures as customer_balance_subquery(today), reading only what is unpaid."""
    rows = open_installments_now(customer_ids=customer_ids).subquery("open_now")
    return (select(rows.c.customer_id, func.sum(rows.c.remaining).label("outstanding"),
                   func.sum(case((rows.c.due_date < today, rows.c.remaining), else_=0))
                   .label("overdue"))
            .group_by(rows.c.customer_id).subquery("balance"))


def owes_now(customer_id: ColumnElement[int], *conditions) -> Exists:
    """EXISTS an installment of that customer unpaid today (and meeting `conditions`), for a
    query over customers (correlated: one index probe per customer)."""
    return (select(Contract.id)
            .join(Installment, Installment.contract_id == Contract.id)
            .where(Contract.customer_id == customer_id, unpaid_now(), *conditions)
            .exists())


def customers_owing_now() -> Select:
    """Ids of customers with an installment unpaid today, as semi-joins that read only the
    contracts with an open installment (the covering index): for queries over every customer."""
    open_contracts = (select(Installment.contract_id).join(Contract)
                      .where(Installment.paid < Installment.amount, owed()))
    return select(Contract.customer_id).where(Contract.status.in_(OPEN_STATUSES),
                                              Contract.id.in_(open_contracts))


@dataclass(frozen=True)
class Exposure:
    """What a customer stands to owe us today, in yuan: the credit limit's measure."""

    owed: Decimal       # unpaid on owed installments
    overdue: Decimal    # of that, due before the day asked (less the grace days)
    committed: Decimal  # unpaid on confirmed contracts' installments not yet owed
    credit: Decimal     # money received and not yet applied: it will pay part of the above

    @property
    def total(self) -> Decimal:
        return self.owed + self.committed - self.credit


def exposures(session: Session, overdue_before: dt.date, customer_ids: list[int] | None = None,
              exclude_contract_id: int | None = None,
              with_credit: bool = True) -> dict[int, Exposure]:
    """{customer id: Exposure} today, from the cache, for customers with anything unpaid or any
    credit; `overdue_before`: installments due before this day count as overdue;
    `exclude_contract_id` leaves out a contract being saved (its own amount is added by the
    caller); `with_credit=False` leaves the credit out (0): an upper bound that is cheap for
    every customer at once. The one measure of both the credit hold and the over-limit alert."""
    rows = open_installments_now(customer_ids=customer_ids, with_committed=True).subquery()
    late = and_(rows.c.committed.is_(False), rows.c.due_date < overdue_before)
    query = (select(rows.c.customer_id,
                    func.sum(case((rows.c.committed.is_(False), rows.c.remaining), else_=0)),
                    func.sum(case((late, rows.c.remaining), else_=0)),
                    func.sum(case((rows.c.committed.is_(True), rows.c.remaining), else_=0)))
             .group_by(rows.c.customer_id))
    if exclude_contract_id is not None:
        query = query.where(rows.c.contract_id != exclude_contract_id)
    found = {cid: [fen_to_yuan(o), fen_to_yuan(late_), fen_to_yuan(c)]
             for cid, o, late_, c in session.execute(query)}
    credits = unapplied_credits(session, EVERYTHING, customer_ids) if with_credit else {}
    return {cid: Exposure(*found.get(cid, [ZERO_YUAN] * 3), credits.get(cid, ZERO_YUAN))
            for cid in set(found) | set(credits)}


def add_to_paid(session: Session, parts: list[tuple[int, Decimal]]) -> None:
    """Keep the cache equal to the allocations: add each (installment id, yuan) to its `paid`,
    in SQL (never read, add and write back in Python). Negative amounts take a reversal off."""
    for installment_id, amount in parts:
        session.execute(update(Installment).where(Installment.id == installment_id)
                        .values(paid=Installment.paid + amount)
                        .execution_options(synchronize_session="fetch"))


PAID_FROM_ALLOCATIONS = (
    "UPDATE installment SET paid = COALESCE((SELECT SUM(allocation.amount) FROM allocation"
    " JOIN payment ON payment.id = allocation.payment_id"
    " WHERE allocation.installment_id = installment.id AND payment.reversed_on IS NULL"
    " AND allocation.undone_on IS NULL), 0)")


def allocations_to_unowed(session: Session) -> list[int]:
    """Active allocations to installments not owed now (should be none: money is applied only
    to what is owed; a contract with payments cannot go back to draft or be cancelled)."""
    query = (select(Allocation.id).join(Payment, Payment.id == Allocation.payment_id)
             .join(Installment, Installment.id == Allocation.installment_id)
             .join(Contract, Contract.id == Installment.contract_id)
             .where(allocation_active(EVERYTHING), not_(owed())))
    return list(session.scalars(query))


def paid_cache_mismatches(session: Session) -> list[int]:
    """Installments whose cached `paid` differs from their active allocations (should be none)."""
    paid = paid_per_installment(EVERYTHING)
    query = (select(Installment.id).outerjoin(paid, paid.c.installment_id == Installment.id)
             .where(fen(Installment.paid) != func.coalesce(paid.c.paid, 0)))
    return list(session.scalars(query))
