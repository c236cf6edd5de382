"""Promises to pay (承诺回款): the customer's own word, this amount by this date.

A promise's status is computed, never stored, from the customer's payments:
- payments not reversed, received from the day the promise was made through the promised day
  (inclusive), count toward it; a payment after the promised day never makes it kept;
- a customer's promises take those payments in promised-day order (earliest promise first,
  then the order they were recorded), each from the earliest payment in its window, so one
  payment is never counted twice;
- "kept" when covered in full; otherwise "pending" up to and on the promised day, and after it
  "broken" with nothing counted or "partly_kept" with something short of the amount.
A broken promise is followed by a new exact one that names it (`replaces_id`, seed 002).
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Customer, Payment, Promise
from models.base import fen, fen_to_yuan
from services.core.errors import ValidationError
from services.core.parsing import clean_text, next_month, parse_date, parse_money
from services.core.uow import UnitOfWork
from services.ledger.customers import lock_customer

PROMISE_STATUSES = ("pending", "kept", "partly_kept", "broken")
# The customer did not keep their word, in full or in part: met with a new exact promise.
FAILED = ("broken", "partly_kept")
# What a new promise may replace: a failed one (seed 002), or a pending one the customer moves
# before its day. A kept promise leaves nothing to re-promise (replacing it would drop money
# already promised and paid from the month's figures).
REPROMISABLE = ("pending",) + FAILED


@dataclass
class PromiseInput:
    """What the promise dialog hands in: text as typed."""

    promised_on: str = ""
    amount: str = ""
    made_by: str = ""          # who at the customer gave their word
    note: str = ""
    made_on: str = ""          # empty: today
    replaces_id: int | None = None


def record_promise(uow: UnitOfWork, customer_id: int, data: PromiseInput) -> int:
    """Record a customer's promise to pay; returns its id.

    Text as typed (PromiseInput): the promised day and amount (yuan, > 0) are required, the day
    it was made defaults to today. ValidationError naming the field when a date is not a date,
    the promise was made after today or promised before it was made, the amount is not a
    positive number, or `replaces_id` names no promise, another customer's, one already
    replaced, or a kept one ("not_repromisable"); NotFound for an unknown customer.
    """
    promised_on = parse_date(data.promised_on, "promised_on")
    amount = parse_money(data.amount, "amount", positive=True)
    made_on = parse_date(data.made_on, "made_on", required=False) or uow.clock.today()
    if made_on > uow.clock.today():
        raise ValidationError("made_on", "in_future")
    if promised_on < made_on:
        raise ValidationError("promised_on", "before_made")
    made_by = clean_text(data.made_by, "made_by", 60)
    note = clean_text(data.note, "note", 300)
    with uow.writing():
        lock_customer(uow.session, customer_id)  # re-promising decides on their payments
        if data.replaces_id is not None:
            _check_replaceable(uow.session, customer_id, data.replaces_id, uow.clock.today())
        promise = Promise(customer_id=customer_id, made_on=made_on, promised_on=promised_on,
                          amount=amount, made_by=made_by, note=note,
                          replaces_id=data.replaces_id,
                          created_at=uow.clock.now(), created_by=uow.operator)
        uow.session.add(promise)
        uow.session.flush()
        uow.audit("create", "promise", promise.id, {
            "customer_id": customer_id, "made_on": made_on, "promised_on": promised_on,
            "amount": amount, "made_by": made_by, "replaces_id": data.replaces_id})
        uow.commit()
        return promise.id


def _check_replaceable(session: Session, customer_id: int, replaces_id: int,
                       today: dt.date) -> None:
    old = session.get(Promise, replaces_id)
    if old is None:
        raise ValidationError("replaces_id", "not_found")
    if old.customer_id != customer_id:
        raise ValidationError("replaces_id", "wrong_customer")
    # One newest word per broken promise: two replacements would count the money twice.
    if session.scalar(select(Promise.id).where(Promise.replaces_id == replaces_id).limit(1)):
        raise ValidationError("replaces_id", "already_replaced")
    # The status as of today decides (computed from the payments, never stored).
    status = next(view.status for view in promise_views(session, today, [customer_id])
                  if view.id == replaces_id)
    if status not in REPROMISABLE:
        raise ValidationError("replaces_id", "not_repromisable", status=status)


@dataclass(frozen=True)
class PromiseView:
    id: int
    customer_id: int
    customer_code: str
    customer_name: str
    made_on: dt.date
    promised_on: dt.date
    amount: Decimal
    covered: Decimal       # payments counted toward it (at most the amount)
    status: str            # pending, kept, partly_kept, broken
    made_by: str
    note: str
    replaces_id: int | None
    replaced: bool         # a later promise replaces this one

    @property
    def shortfall(self) -> Decimal:
        return self.amount - self.covered

    @property
    def repromisable(self) -> bool:
        """A new promise may replace this one (see REPROMISABLE), and none has yet."""
        return self.status in REPROMISABLE and not self.replaced

    @property
    def awaits_new_promise(self) -> bool:
        """Failed, in full or in part, and not yet followed by a new promise."""
        return self.status in FAILED and not self.replaced


def promise_views(session: Session, as_of: dt.date, customer_ids: Iterable[int] | None = None,
                  since: dt.date | None = None) -> list[PromiseView]:
    """Promises with their status as of a day, newest promised day first.

    Runs inside the caller's unit of work (two queries: the promises, then the payments
    that can count toward them; the rest in Python). `since` keeps promises dated on or
    after it; their coverage still counts the earlier promises that take payments first.
    """
    ids = None if customer_ids is None else list(customer_ids)
    if ids == []:
        return []
    scope = select(Promise.customer_id)
    if ids is not None:
        scope = scope.where(Promise.customer_id.in_(ids))
    if since is not None:
        scope = scope.where(Promise.promised_on >= since)
    # Every promise of the customers in scope: an earlier one may take payments first, and
    # a promise and the one replacing it belong to the same customer. Plain rows (not the
    # ORM's) and amounts as integer fen: exact, and cheap to compare.
    rows = session.connection().execute(
        select(Promise.id, Promise.customer_id, Customer.code, Customer.name, Promise.made_on,
               Promise.promised_on, fen(Promise.amount), Promise.made_by, Promise.note,
               Promise.replaces_id)
        .join(Customer, Customer.id == Promise.customer_id)
        .where(Promise.customer_id.in_(scope))
        .order_by(Promise.customer_id, Promise.promised_on, Promise.id)).all()
    if not rows:
        return []
    replaced = {row[9] for row in rows if row[9] is not None}
    by_customer: dict[int, list] = defaultdict(list)
    for row in rows:
        by_customer[row[1]].append(row)
    chains = {cid: _chain(promises, since) for cid, promises in by_customer.items()}
    needed = [row for chain in chains.values() for row in chain]
    if not needed:
        return []
    first = min(row[4] for row in needed)
    last = min(as_of, max(row[5] for row in needed))
    payments = _payments(session, scope, first, last, by_date=ids is None)
    views = []
    for customer_id, chain in chains.items():
        for row, got in zip(chain, _cover(chain, payments.get(customer_id, [])),
                            strict=True):
            if since is not None and row[5] < since:
                continue
            views.append(PromiseView(
                id=row[0], customer_id=customer_id, customer_code=row[2], customer_name=row[3],
                made_on=row[4], promised_on=row[5], amount=fen_to_yuan(row[6]),
                covered=fen_to_yuan(got),
                status=_status(row[6], got, row[5], as_of), made_by=row[7], note=row[8],
                replaces_id=row[9], replaced=row[0] in replaced))
    views.sort(key=lambda v: (v.promised_on, v.id), reverse=True)
    return views


def _chain(promises: list, since: dt.date | None) -> list:
    """The promises (in promised-day order) that decide the coverage of those dated from
    `since` on: those, and each earlier one whose days reach into a window already needed
    (it takes its payments first). Anything earlier cannot touch a payment that matters."""
    if since is None:
        chain = list(promises)
    else:
        chain = [row for row in promises if row[5] >= since]
        if not chain:
            return []
        needed_from = min(row[4] for row in chain)
        for row in reversed([row for row in promises if row[5] < since]):
            if row[5] < needed_from:
                break
            chain.insert(0, row)
            needed_from = min(needed_from, row[4])
    return chain


def _payments(session: Session, scope, first: dt.date, last: dt.date,
              by_date: bool) -> dict[int, list]:
    """[received_on, fen left] per customer in scope, oldest first, received in [first,
    last].

    For a few named customers their own payments are read (customer index); otherwise the
    days in [first, last] are (date index): the alerts' window is a few weeks of payments,
    where every payment ever of hundreds of customers would be read the other way. `+ 0`
    keeps SQLite from picking the customer index, which its planner prefers for an IN list.
    """
    customer = Payment.customer_id + 0 if by_date else Payment.customer_id
    query = (select(Payment.customer_id, Payment.received_on, fen(Payment.amount))
             .where(Payment.reversed_on.is_(None), Payment.received_on >= first,
                    Payment.received_on <= last, customer.in_(scope))
             .order_by(Payment.customer_id, Payment.received_on, Payment.id))
    result: dict[int, list] = defaultdict(list)
    for customer_id, received_on, amount in session.connection().execute(query):
        result[customer_id].append([received_on, amount])
    return result


def _cover(promises: list, payments: list[list]) -> list[int]:
    """The fen each promise (in promised-day order) takes from the payments in its window."""
    covered = []
    for row in promises:
        made_on, promised_on, need = row[4], row[5], row[6]
        got = 0
        for payment in payments:
            if got >= need:
                break
            received_on, left = payment
            if received_on > promised_on:
                break  # payments are oldest first: nothing later is in the window
            if received_on < made_on or left <= 0:
                continue
            part = min(left, need - got)
            payment[1] = left - part
            got += part
        covered.append(got)
    return covered


def _status(amount: int, covered: int, promised_on: dt.date, as_of: dt.date) -> str:
    if covered >= amount:
        return "kept"
    if as_of <= promised_on:
        return "pending"
    return "partly_kept" if covered > 0 else "broken"


@dataclass(frozen=True)
class PromiseRecord:
    """How the customer kept their word: promises dated in the last months."""

    made: int
    kept: int
    partly_kept: int
    broken: int
    pending: int


def months_before(day: dt.date, months: int) -> dt.date:
    """The same day `months` earlier (the month's last day when it is shorter)."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    first = dt.date(year, month + 1, 1)
    last = next_month(first) - dt.timedelta(days=1)
    return first.replace(day=min(day.day, last.day))


def record_from_views(views: Iterable[PromiseView], as_of: dt.date,
                      months: int = 12) -> PromiseRecord:
    """Counts over promises dated after the same day `months` ago (later ones pending)."""
    start = months_before(as_of, months)
    counts = dict.fromkeys(PROMISE_STATUSES, 0)
    for view in views:
        if view.promised_on > start:
            counts[view.status] += 1
    return PromiseRecord(made=sum(counts.values()), kept=counts["kept"],
                         partly_kept=counts["partly_kept"], broken=counts["broken"],
                         pending=counts["pending"])


@dataclass(frozen=True)
class MonthPromises:
    """A customer's promises dated in one month, in yuan."""

    promised: Decimal  # what they said they would pay (a replaced promise left out)
    pending: Decimal   # what those still pending today may yet bring (not yet covered)


def month_promises(session: Session, month_first_day: dt.date,
                   today: dt.date) -> dict[int, MonthPromises]:
    """Per customer with a promise dated in the month: MonthPromises.

    A promise that a later promise replaced is left out: only the customer's newest word for
    that money counts (a broken promise and its replacement would otherwise count it twice).
    `promised` counts kept or not (what the customers said); `pending` only promises still
    pending on `today`, less what already came in toward them.
    """
    first = month_first_day.replace(day=1)
    after = next_month(first)
    sums: dict[int, list[Decimal]] = defaultdict(lambda: [Decimal("0.00"), Decimal("0.00")])
    for view in promise_views(session, today, since=first):
        if view.promised_on >= after or view.replaced:
            continue
        sums[view.customer_id][0] += view.amount
        if view.status == "pending":
            sums[view.customer_id][1] += view.shortfall
    return {cid: MonthPromises(promised, pending) for cid, (promised, pending) in sums.items()}
