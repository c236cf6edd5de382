"""Accounts-receivable aging (应收账龄): who owes how much, and how old it is, as of any day.

The rules (issue 12; the usual aging report's, with the faults auditors find ruled out):
- Every installment's own remainder sits in exactly one bucket, so the buckets of a row add up
  to what the customer owed that day (balances.installment_balances: contracts owed by then,
  payments received and not reversed by then, applications and credit notes dated by then).
  Nothing owed falls in no column; a partly paid installment is not moved by its payments.
- Age by due date (default): days past due = as-of − due date; due on the as-of day or later
  is 未到期 (the alerts' rule: balances.days_overdue); day 1 and day 30 are 1–30, day 31 is
  31–60. By delivery date: days since the installment became owed (balances.owed_since: the
  delivery, or the signing for a deposit), 0 in the first column; a confirmed contract's
  planned delivery day is not a delivery.
- Unapplied credit (预收/未核销) is shown apart, never netted into a bucket.
Amounts are summed in SQL by customer and bucket (one CASE on the due or owed-since date), so
the report costs one pass over what was unpaid that day: by due date as of today from the cached
paid through the index of unpaid installments, a past day from the allocations that counted
then (balances.unpaid_on, which also gives each installment's owed-since day for the delivery
basis); the credit's parts (balances.credit_parts) ride in the same statement.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import Integer, case, func, literal, select, union_all

from models import Customer
from models.base import fen_to_yuan
from services.collection.rules import (  # the buckets' one rule (bucket_* re-exported here)
    DEFAULT_AGING_EDGES,
    bucket_labels,  # noqa: F401
    bucket_of,  # noqa: F401
    check_edges,
)
from services.core.errors import ValidationError
from services.core.uow import UnitOfWork
from services.ledger.balances import (
    credit_parts,
    unpaid_on,
)

BASES = ("due", "delivery")
ZERO = Decimal("0.00")
CREDIT = -1  # the credit's "bucket" in the one statement: the last of a customer's sums


@dataclass(frozen=True)
class AgingRow:
    """One customer (yuan). `buckets[0]` is 未到期, then one per edge (1–30, 31–60, …), the
    last beyond the last edge; `total` = Σ buckets = what was owed on the day."""

    customer_id: int
    code: str
    name: str
    salesperson: str
    buckets: tuple[Decimal, ...]
    total: Decimal
    credit: Decimal  # unapplied money on the day, shown apart

    @property
    def net(self) -> Decimal:
        return self.total - self.credit


@dataclass(frozen=True)
class AgingReport:
    as_of: dt.date
    by: str                      # "due" or "delivery"
    edges: tuple[int, ...]
    rows: list[AgingRow]         # by customer code
    totals: tuple[Decimal, ...]  # per bucket, Σ rows
    total: Decimal
    credit: Decimal


def aging(uow: UnitOfWork, as_of: dt.date | None = None, by: str = "due",
          edges: tuple[int, ...] = DEFAULT_AGING_EDGES, salesperson: str = "") -> AgingReport:
    """The aging report as of a day (default today): one AgingRow per customer who owed
    something or had unapplied credit that day, by code. `salesperson` narrows to the
    customers of one salesperson (the customer's). Raises ValidationError for `by` not in
    BASES or edges the settings would refuse (rules.check_edges)."""
    if by not in BASES:
        raise ValidationError("aging_by", "not_allowed")
    edges = check_edges(edges)
    with uow:
        today = uow.clock.today()
        as_of = as_of or today
        people = select(Customer.id, Customer.code, Customer.name, Customer.salesperson)
        if salesperson:
            people = people.where(Customer.salesperson == salesperson)
        customers = {cid: (code, name, seller or "")
                     for cid, code, name, seller in uow.session.connection().execute(people)}
        found = _sums(uow.session, as_of, today, by, edges,
                      list(customers) if salesperson else None)
    rows, width = [], len(edges) + 2
    for cid, (*buckets, credit) in found.items():
        if cid not in customers or (credit <= 0 and not any(buckets)):
            continue
        code, name, seller = customers[cid]
        rows.append(AgingRow(cid, code, name, seller, tuple(buckets), sum(buckets, ZERO),
                             max(credit, ZERO)))
    rows.sort(key=lambda row: row.code)
    totals = tuple(sum((r.buckets[i] for r in rows), ZERO) for i in range(width))
    return AgingReport(as_of, by, edges, rows, totals, sum(totals, ZERO),
                       sum((r.credit for r in rows), ZERO))


def _sums(session, as_of: dt.date, today: dt.date, by: str, edges: tuple[int, ...],
          customer_ids: list[int] | None) -> dict[int, list[Decimal]]:
    """{customer id: [yuan per bucket…, unapplied credit]} on the day, in one statement: every
    unpaid remainder (balances.unpaid_on) in the one bucket of its day, and the credit's parts
    (balances.credit_parts) in a bucket of their own, summed by customer and bucket."""
    unpaid = unpaid_on(as_of, today, customer_ids, with_since=by != "due").subquery("unpaid")
    day = unpaid.c.due_date if by == "due" else unpaid.c.since  # since: the day it became owed
    # days = as_of − day: 未到期 while day >= as_of, then bucket k while day >= as_of − edge_k
    starts = [as_of] + [as_of - dt.timedelta(days=edge) for edge in edges]
    bucket = case(*[(day >= start, index) for index, start in enumerate(starts)],
                  else_=len(starts))
    owed = select(unpaid.c.customer_id, unpaid.c.remaining.label("fen"),
                  bucket.label("bucket")).where(unpaid.c.remaining != 0)
    credit = [part.add_columns(literal(CREDIT, Integer))  # one flat UNION ALL, no nesting
              for part in credit_parts(as_of, customer_ids).selects]
    parts = union_all(owed, *credit).subquery("parts")
    query = (select(parts.c.customer_id, parts.c.bucket, func.sum(parts.c.fen))
             .group_by(parts.c.customer_id, parts.c.bucket))
    found: dict[int, list[Decimal]] = {}
    for cid, index, amount in session.connection().execute(query):  # Core rows: no ORM layer
        sums = found.get(cid) or found.setdefault(cid, [ZERO] * (len(starts) + 2))
        if amount:
            sums[index] = fen_to_yuan(amount)
    return found
