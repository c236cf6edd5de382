"""The monthly collection plan (回款计划): per customer, what is due, carried in, promised,
received and aimed for.

The rules, as the plan tab states them under the table:
- due / carried in: what was still owed when the month began on installments due in the month
  / already past due, counting what is owed by the month's end (delivered, or deposits);
- received: money received in the month (credit notes are not money);
- one rule for both: a payment reversed (or an application undone) by the day the plan is
  viewed counts nowhere, so a bounced bill shows again as owed, not as received;
- gap = max(0, target − received − promises still pending); still to collect =
  max(0, target − received); the totals are sums of the customers' figures.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import Select, Subquery, case, func, or_, select
from sqlalchemy.orm import Session

from models import CollectionTarget, Customer, Payment
from models.base import fen, fen_to_yuan
from models.payment import CREDIT_NOTE_METHOD
from services.collection.promises import MonthPromises, month_promises
from services.core.parsing import month_start, next_month, parse_money
from services.core.uow import UnitOfWork
from services.ledger.balances import OwedSlot, owed_parts, payment_active
from services.ledger.customers import lock_customer

ZERO = Decimal("0.00")


@dataclass(frozen=True)
class PlanRow:
    customer_id: int
    customer_code: str
    customer_name: str
    salesperson: str
    due: Decimal           # still owed at the month's start on installments due in the month
    overdue_in: Decimal    # still owed at the month's start on installments already past due
    received: Decimal      # money received in the month (credit notes are not money)
    target: Decimal | None
    promised: Decimal = ZERO  # the customer's promises dated in the month (replaced ones left out)
    pending: Decimal = ZERO   # of those, what promises still pending may yet bring

    @property
    def to_collect(self) -> Decimal:
        return self.due + self.overdue_in

    @property
    def gap(self) -> Decimal | None:
        """What neither the money received nor the promises still pending cover of the target
        (never below zero: a customer ahead of target does not hide another's shortfall)."""
        if self.target is None:
            return None
        return max(ZERO, self.target - self.received - self.pending)

    @property
    def still_to_collect(self) -> Decimal | None:
        """What must still come in to reach the target (zero once it is reached)."""
        return None if self.target is None else max(ZERO, self.target - self.received)


def month_slots(month: dt.date) -> tuple[OwedSlot, OwedSlot]:
    """The plan's "carried in" and "due" of the month of `month` as balances.OwedSlot: still
    owed on the day before the month began, on installments owed by its last day, due before
    it / due in it (the rules above; also the collection rate's)."""
    first, after = month_start(month), next_month(month)
    start, last = first - dt.timedelta(days=1), after - dt.timedelta(days=1)
    return OwedSlot(start, first, last), OwedSlot(start, after, last, due_from=first)


def month_owed(month: dt.date, today: dt.date) -> Subquery:
    """Subquery (customer_id, due fen, overdue_in fen): the plan's "due" and "carried in" for
    the month of `month` viewed on `today` (month_slots)."""
    carried, due = month_slots(month)
    # What was still owed when the month began, on what is owed by its end (the sums of
    # installment_balances, read from what is open and what moved since the month began).
    inst = owed_parts(due.as_of, due.due_before, owed_by=due.owed_by,
                      known_on=today).subquery("inst")
    return (select(inst.c.customer_id,
                   func.sum(case((inst.c.due_date >= due.due_from, inst.c.remaining),
                                 else_=0)).label("due"),
                   func.sum(case((inst.c.due_date < carried.due_before, inst.c.remaining),
                                 else_=0)).label("overdue_in"))
            .group_by(inst.c.customer_id).subquery("owed"))


def month_received(month: dt.date, today: dt.date) -> Subquery:
    """Subquery (customer_id, received fen): money received in the month of `month` and not
    reversed by `today` (credit notes are not money; also the collection rate's)."""
    first, after = month_start(month), next_month(month)
    last = after - dt.timedelta(days=1)
    return (select(Payment.customer_id, func.sum(fen(Payment.amount)).label("received"))
            .where(Payment.received_on >= first, payment_active(last, today),
                   Payment.method != CREDIT_NOTE_METHOD)
            .group_by(Payment.customer_id).subquery("received"))


def plan_query(month: dt.date, today: dt.date, salesperson: str = "",
               promised_ids: Collection[int] = ()) -> Select:
    """The plan in one SQL query: id, code, name, salesperson, then fen amounts and target.

    `promised_ids` are the customers with a promise in the month: they are on the plan too.
    `today`: the day the plan is viewed; a payment reversed by then counts nowhere.
    """
    first = month_start(month)
    owed = month_owed(month, today)
    received = month_received(month, today)
    target = (select(CollectionTarget.customer_id, CollectionTarget.target)
              .where(CollectionTarget.month == first).subquery("target"))
    on_plan = [owed.c.due > 0, owed.c.overdue_in > 0, received.c.received > 0,
               target.c.target.is_not(None)]
    if promised_ids:
        on_plan.append(Customer.id.in_(sorted(promised_ids)))
    query = (select(Customer.id, Customer.code, Customer.name, Customer.salesperson,
                    func.coalesce(owed.c.due, 0),
                    func.coalesce(owed.c.overdue_in, 0),
                    func.coalesce(received.c.received, 0), target.c.target)
             .outerjoin(owed, owed.c.customer_id == Customer.id)
             .outerjoin(received, received.c.customer_id == Customer.id)
             .outerjoin(target, target.c.customer_id == Customer.id)
             .where(or_(*on_plan))
             .order_by(Customer.code))
    if salesperson:
        query = query.where(Customer.salesperson == salesperson)
    return query


def load_plan(session: Session, month: dt.date, today: dt.date,
              salesperson: str = "") -> list[PlanRow]:
    """The month's promises per customer (the promise rules), then the plan in one query."""
    promised = month_promises(session, month_start(month), today)
    none = MonthPromises(ZERO, ZERO)
    # A promise of nothing puts no one on the plan, as an amount of nothing due does not.
    query = plan_query(month, today, salesperson,
                       [cid for cid, made in promised.items() if made.promised])
    return [PlanRow(r[0], r[1], r[2], r[3], fen_to_yuan(r[4]), fen_to_yuan(r[5]),
                    fen_to_yuan(r[6]), _target(r[7]), promised.get(r[0], none).promised,
                    promised.get(r[0], none).pending)
            for r in session.execute(query)]


def plan_rows(uow: UnitOfWork, month: dt.date, salesperson: str = "") -> list[PlanRow]:
    """One row per customer with something due, carried in, promised, received or targeted,
    as the plan stands today (amounts in yuan)."""
    with uow:
        return load_plan(uow.session, month, uow.clock.today(), salesperson)


def _target(value) -> Decimal | None:
    if value is None:
        return None
    if isinstance(value, Decimal):
        return value
    return fen_to_yuan(value)


@dataclass(frozen=True)
class PlanTotals:
    due: Decimal
    overdue_in: Decimal
    received: Decimal
    target: Decimal
    promised: Decimal = ZERO
    gap: Decimal = ZERO               # over the customers with a target only
    still_to_collect: Decimal = ZERO  # likewise


def plan_totals(rows: list[PlanRow]) -> PlanTotals:
    """Column sums over the rows shown, in yuan; a customer without a target adds nothing to
    target, gap or still to collect.
    """
    def total(values) -> Decimal:
        return sum((v for v in values if v is not None), ZERO)

    return PlanTotals(due=total(r.due for r in rows), overdue_in=total(r.overdue_in for r in rows),
                      received=total(r.received for r in rows),
                      target=total(r.target for r in rows),
                      promised=total(r.promised for r in rows),
                      gap=total(r.gap for r in rows),
                      still_to_collect=total(r.still_to_collect for r in rows))


def set_target(uow: UnitOfWork, customer_id: int, month: dt.date, target: str | Decimal) -> None:
    """Set a customer's target for a month; an empty value removes it."""
    amount = parse_money(target, "target", required=False)
    first = month_start(month)
    with uow.writing():
        lock_customer(uow.session, customer_id)  # one target per customer and month
        row = uow.session.scalar(select(CollectionTarget).where(
            CollectionTarget.customer_id == customer_id, CollectionTarget.month == first))
        if amount is None:
            if row is not None:
                uow.session.delete(row)
        elif row is None:
            uow.session.add(CollectionTarget(customer_id=customer_id, month=first, target=amount))
        else:
            row.target = amount
        uow.audit("set_target", "customer", customer_id, {"month": first, "target": amount})
        uow.commit()


def salespeople(uow: UnitOfWork) -> list[str]:
    """Every salesperson named on a customer, sorted, without blanks (for the plan's filter)."""
    with uow:
        return [s for s in uow.session.scalars(
            select(Customer.salesperson).distinct().order_by(Customer.salesperson)) if s]
