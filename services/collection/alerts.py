"""What needs attention today: the list staff see when the app starts (and `main.py alerts`).

Installments due within N days (chasing starts before the due date), overdue ones, those of
them no invoice covers yet (到期未开票, services.ledger.invoices' rule), promises
due today or broken since the last start, follow-ups due, customers over their limit, and
installments whose limitation period (诉讼时效) ends within the rules' limitation_warn_months
(services.collection.limitation; a reminder, not legal advice).
Fully paid items never appear; a partly paid one shows what is still owed. Open amounts come
from the cached Installment.paid through a partial index, so this stays fast with 100,000
installments; a date in the past is answered from the allocations as they stood then.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import Contract, Customer
from models.base import fen, fen_to_yuan
from services.collection.follow_ups import follow_ups_due
from services.collection.limitation import limitation_warnings
from services.collection.promises import promise_views
from services.collection.rules import alert_days, limitation_warn_months
from services.core.parsing import db_date
from services.core.uow import UnitOfWork
from services.ledger import invoices
from services.ledger.balances import (
    EVERYTHING,
    days_overdue,
    exposures,
    installment_balances,
    open_installments_now,
    owed_parts,
    unapplied_credits,
)

KINDS = ("due_soon", "overdue", "uninvoiced", "promise_due", "promise_broken", "follow_up_due",
         "over_limit", "limitation")


@dataclass(slots=True)  # thousands are made at each start: slots, not frozen, for speed
class Alert:
    kind: str
    customer_id: int
    customer_code: str
    customer_name: str
    contract_id: int | None
    contract_number: str
    due_date: dt.date | None
    amount: Decimal          # still owed / promised and not covered / over the limit by
    days: int                # until due (due_soon), late (overdue, promises, follow-ups);
    #                          uninvoiced: days late, below 0 while still to come
    key: str                 # stable, for snoozing one row
    salesperson: str = ""    # the customer's (the lists' salesperson filter)

    def as_json(self) -> dict:
        return {"kind": self.kind, "customer_code": self.customer_code,
                "customer_name": self.customer_name, "contract_number": self.contract_number,
                "due_date": self.due_date.isoformat() if self.due_date else None,
                "amount": str(self.amount), "days": self.days}


def _open_installments(as_of: dt.date, today: dt.date, until: dt.date):
    """(installment, contract, customer, due date, still owed in fen) due on or before `until`."""
    if as_of >= today:  # nothing is paid in the future: the cache is the truth
        return open_installments_now(until)
    # A day in the past: closed since then still counts (it was open on that day).
    inst = installment_balances(as_of).subquery()
    return (select(inst.c.installment_id, inst.c.contract_id, inst.c.customer_id,
                   inst.c.due_date, inst.c.remaining)
            .where(inst.c.remaining > 0, inst.c.due_date <= until))


def _installment_alerts(session: Session, as_of: dt.date, today: dt.date,
                        days: int) -> list[Alert]:
    open_rows = _open_installments(as_of, today, as_of + dt.timedelta(days=days)).subquery()
    query = (select(open_rows.c.installment_id,
                    open_rows.c.contract_id, Contract.number, Customer.id, Customer.code,
                    Customer.name, open_rows.c.due_date, open_rows.c.remaining)
             .join(Contract, Contract.id == open_rows.c.contract_id)
             .join(Customer, Customer.id == Contract.customer_id)
             .order_by(open_rows.c.due_date, Customer.code))
    result = []
    # Core rows, not ORM: this loop meets every open installment in the window.
    for inst_id, contract_id, number, cid, code, name, due, left in (
            session.connection().execute(query)):
        due = db_date(due)
        late = days_overdue(due, as_of)
        kind = "overdue" if late else "due_soon"
        days = late if late else (due - as_of).days
        result.append(Alert(kind, cid, code, name, contract_id, number, due,
                            Decimal(left).scaleb(-2), days, f"{kind}:{inst_id}"))
    return result


def _uninvoiced_alerts(session: Session, as_of: dt.date, today: dt.date,
                       days: int) -> list[Alert]:
    """到期未开票: an open installment due within the window (or overdue) that the contract's
    invoices do not cover (services.ledger.invoices.uninvoiced: they cover its schedule in due
    order); the amount is its part not invoiced. Chase ourselves first: a customer who pays only
    against an invoice will not pay it."""
    open_rows = _open_installments(as_of, today, as_of + dt.timedelta(days=days)).subquery()
    lacking = invoices.uninvoiced(open_rows, as_of).subquery()
    query = (select(open_rows.c.installment_id, open_rows.c.contract_id, Contract.number,
                    Customer.id, Customer.code, Customer.name, open_rows.c.due_date,
                    lacking.c.uninvoiced)
             .join(lacking, lacking.c.installment_id == open_rows.c.installment_id)
             .join(Contract, Contract.id == open_rows.c.contract_id)
             .join(Customer, Customer.id == Contract.customer_id)
             .order_by(open_rows.c.due_date, Customer.code))
    result = []
    for inst_id, contract_id, number, cid, code, name, due, amount in (
            session.connection().execute(query)):
        due = db_date(due)
        result.append(Alert("uninvoiced", cid, code, name, contract_id, number, due,
                            Decimal(amount).scaleb(-2), (as_of - due).days,
                            f"uninvoiced:{inst_id}"))
    return result


def over_limit_excess(session: Session, as_of: dt.date, today: dt.date) -> dict[int, Decimal]:
    """{customer id: yuan over the limit} for customers whose exposure is above a non-zero
    limit: today the credit hold's measure (balances.exposures: owed + committed − unapplied
    credit); on a past day what was owed then less the credit then (what was committed that
    day is not known). The over-limit alert and the day's priority list both use it."""
    limits = dict(session.execute(select(Customer.id, Customer.credit_limit)
                                  .where(fen(Customer.credit_limit) > 0)).all())
    if as_of >= today:
        # Credit only lowers the exposure: look it up just for those over without it, and
        # take it off the figures already read (the same total as exposures() with credit).
        rough = exposures(session, as_of, with_credit=False)
        over = [cid for cid, e in rough.items() if cid in limits and e.total > limits[cid]]
        credits = unapplied_credits(session, EVERYTHING, over)
        totals = {cid: rough[cid].total - credits.get(cid, 0) for cid in over}
    else:
        # installment_balances' figures, from the cache and what moved since (much faster)
        rows = owed_parts(as_of, due_before=EVERYTHING).subquery()
        owed = dict(session.execute(select(rows.c.customer_id, func.sum(rows.c.remaining))
                                    .group_by(rows.c.customer_id)).all())
        credit = unapplied_credits(session, as_of)
        totals = {cid: fen_to_yuan(owed.get(cid, 0)) - credit.get(cid, 0)
                  for cid in set(owed) | set(credit)}
    return {cid: total - limits[cid] for cid, total in totals.items()
            if cid in limits and total > limits[cid]}


def _over_limit_alerts(session: Session, as_of: dt.date, today: dt.date) -> list[Alert]:
    excess = over_limit_excess(session, as_of, today)
    names = {cid: (code, name) for cid, code, name in session.execute(
        select(Customer.id, Customer.code, Customer.name).where(Customer.id.in_(list(excess))))}
    found = [Alert("over_limit", cid, *names[cid], None, "", None, amount, 0,
                   f"over_limit:{cid}") for cid, amount in excess.items()]
    return sorted(found, key=lambda a: a.customer_code)


def _promise_alerts(session: Session, as_of: dt.date, broken_since: dt.date) -> list[Alert]:
    result = []
    for p in promise_views(session, as_of, since=min(broken_since, as_of)):
        short = p.amount - p.covered
        if p.promised_on == as_of and p.status == "pending" and not p.replaced:
            result.append(Alert("promise_due", p.customer_id, p.customer_code, p.customer_name,
                                None, "", p.promised_on, short, 0, f"promise_due:{p.id}"))
        elif p.awaits_new_promise and broken_since <= p.promised_on < as_of:
            result.append(Alert("promise_broken", p.customer_id, p.customer_code,
                                p.customer_name, None, "", p.promised_on, short,
                                (as_of - p.promised_on).days, f"promise_broken:{p.id}"))
    return result


def _follow_up_alerts(session: Session, as_of: dt.date) -> list[Alert]:
    return [Alert("follow_up_due", f.customer_id, f.customer_code, f.customer_name, None, "",
                  f.due_on, Decimal("0.00"), f.days_late, f"follow_up_due:{f.customer_id}")
            for f in follow_ups_due(session, as_of)]


def _limitation_alerts(session: Session, as_of: dt.date, today: dt.date) -> list[Alert]:
    """One per installment whose limitation ends within the warning months: due_date is the
    limitation's last day, days the days left until it, amount what is still owed. What to do
    about it: services.collection.limitation.SUGGESTED_ACTION."""
    rows = limitation_warnings(session, as_of, limitation_warn_months(session), today)
    names = {cid: (code, name) for cid, code, name in session.execute(
        select(Customer.id, Customer.code, Customer.name)
        .where(Customer.id.in_({r.customer_id for r in rows})))} if rows else {}
    return [Alert("limitation", r.customer_id, *names[r.customer_id], r.contract_id,
                  r.contract_number, r.ends_on, r.remaining, (r.ends_on - as_of).days,
                  f"limitation:{r.installment_id}") for r in rows]


def compute_alerts(uow: UnitOfWork, as_of: dt.date | None = None, days: int | None = None,
                   broken_since: dt.date | None = None) -> list[Alert]:
    """All alerts, grouped by kind in KINDS order. `broken_since`: the last start (default:
    yesterday), so a promise broken while nobody looked is still shown once."""
    with uow:
        today = uow.clock.today()
        as_of = as_of or today
        days = alert_days(uow.session) if days is None else days
        broken_since = broken_since or as_of - dt.timedelta(days=1)
        found = (_installment_alerts(uow.session, as_of, today, days)
                 + _uninvoiced_alerts(uow.session, as_of, today, days)
                 + _promise_alerts(uow.session, as_of, broken_since)
                 + _follow_up_alerts(uow.session, as_of)
                 + _over_limit_alerts(uow.session, as_of, today)
                 + _limitation_alerts(uow.session, as_of, today))
        # One read of every customer's salesperson (a few thousand rows), not one per alert.
        people = dict(uow.session.execute(select(Customer.id, Customer.salesperson)).all())
        for alert in found:
            alert.salesperson = people.get(alert.customer_id) or ""
        return sorted(found, key=lambda a: KINDS.index(a.kind))  # stable: keeps each order


def overdue_customer_ids(alerts: list[Alert]) -> set[int]:
    """The customers with something overdue on the alerts' day: those with an "overdue" alert
    (an unpaid part of an owed installment due before that day: balances.days_overdue > 0).
    `alerts` as compute_alerts returned them (snoozed ones included: snoozing hides a row,
    it pays nothing)."""
    return {a.customer_id for a in alerts if a.kind == "overdue"}


def filter_alerts(alerts: list[Alert], *, overdue_only: bool = False, salesperson: str = "",
                  among: list[Alert] | None = None) -> list[Alert]:
    """The alerts the list's filters let through, in their order: `overdue_only` keeps every
    alert (of any kind) about a customer with something overdue (overdue_customer_ids of
    `among`, by default `alerts`); `salesperson` keeps the alerts of that salesperson's
    customers (exactly the name; "" is anyone). Both combine."""
    late = overdue_customer_ids(alerts if among is None else among) if overdue_only else None
    return [a for a in alerts
            if (late is None or a.customer_id in late)
            and (not salesperson or a.salesperson == salesperson)]


@dataclass(frozen=True)
class AlertTotals:
    """How many alerts, and per kind (in KINDS order, kinds present only) how many and the sum
    of their amounts in yuan. Kinds are not added together: an overdue installment, the promise
    that covers it and a limit's excess are different measures of the same money."""

    count: int
    by_kind: dict[str, tuple[int, Decimal]]


def alert_totals(alerts: list[Alert]) -> AlertTotals:
    """AlertTotals of `alerts` (Decimal sums: exact)."""
    by_kind: dict[str, tuple[int, Decimal]] = {}
    for kind in KINDS:
        mine = [a.amount for a in alerts if a.kind == kind]
        if mine:
            by_kind[kind] = (len(mine), sum(mine, Decimal("0.00")))
    return AlertTotals(len(alerts), by_kind)
