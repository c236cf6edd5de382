"""Accounts-receivable aging (应收账龄): who owes how much, and how old it is, as of any day.

The rules (issue 12; the usual aging report's, with the faults auditors find ruled out):
- Every installment's own remainder sits in exactly one bucket, so the buckets of a row add up
  to what the customer owed that day (balances.installment_balances: contracts owed by then,
  payments received and not reversed by then, applications and credit notes dated by then).
  Nothing owed falls in no column; a partly paid installment is not moved by its payments.
- Age by due date (default): days past due = as-of − due date; due on the as-of day or later
  is 未到期 (the alerts' rule: balances.days_overdue); day 1 and day 30 are 1–30, day 31 is
  31–60. By delivery date: days since the contract was delivered (signed, for a deposit of an
  undelivered contract), 0 in the first column.
- Unapplied credit (预收/未核销) is shown apart, never netted into a bucket.
Amounts are summed in SQL, one CASE per bucket on the due (or delivery) date, so the report
costs one pass over the owed installments.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from itertools import pairwise

from sqlalchemy import case, func, select

from models import Contract, Customer
from models.base import fen_to_yuan
from services.core.errors import ValidationError
from services.core.uow import UnitOfWork
from services.ledger.balances import installment_balances, unapplied_credits

DEFAULT_EDGES = (30, 60, 90, 180, 365)  # the last day of each aged bucket, in days
BASES = ("due", "delivery")
ZERO = Decimal("0.00")


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


def bucket_labels(edges: tuple[int, ...] = DEFAULT_EDGES) -> list[str]:
    """Column titles in Chinese: 未到期, 1–30, 31–60, …, 365 以上."""
    labels, low = ["未到期"], 1
    for edge in edges:
        labels.append(f"{low}–{edge}")
        low = edge + 1
    return labels + [f"{edges[-1]} 以上"]


def bucket_of(days: int, edges: tuple[int, ...] = DEFAULT_EDGES) -> int:
    """The column of an amount `days` old (≤ 0: 0, 未到期)."""
    if days <= 0:
        return 0
    for index, edge in enumerate(edges, start=1):
        if days <= edge:
            return index
    return len(edges) + 1


def check_edges(edges: tuple[int, ...]) -> tuple[int, ...]:
    """Edges must rise strictly from 1 day up. ValidationError("aging_edges", …) otherwise."""
    edges = tuple(int(e) for e in edges)
    if not edges or edges[0] < 1 or any(b <= a for a, b in pairwise(edges)):
        raise ValidationError("aging_edges", "not_rising")
    return edges


def aging(uow: UnitOfWork, as_of: dt.date | None = None, by: str = "due",
          edges: tuple[int, ...] = DEFAULT_EDGES, salesperson: str = "") -> AgingReport:
    """The aging report as of a day (default today): one AgingRow per customer who owed
    something or had unapplied credit that day, by code. `salesperson` narrows to the
    customers of one salesperson (the customer's). Raises ValidationError for `by` not in
    BASES or edges that do not rise."""
    if by not in BASES:
        raise ValidationError("aging_by", "not_allowed")
    edges = check_edges(edges)
    with uow:
        as_of = as_of or uow.clock.today()
        inst = installment_balances(as_of).subquery("inst")
        if by == "due":
            day = inst.c.due_date
            source = inst
        else:
            day = func.coalesce(Contract.delivery_on, Contract.signed_on)
            source = inst.join(Contract, Contract.id == inst.c.contract_id)
        # days = as_of − day: bucket k holds day in [as_of − edge_k, as_of − edge_{k-1} − 1]
        limits = [as_of - dt.timedelta(days=edge) for edge in edges]
        conditions = [day >= as_of]  # 未到期 (by delivery: delivered today)
        upper = as_of
        for limit in limits:
            conditions.append((day < upper) & (day >= limit))
            upper = limit
        conditions.append(day < upper)
        sums = [func.sum(case((condition, inst.c.remaining), else_=0)) for condition in conditions]
        query = (select(inst.c.customer_id, *sums).select_from(source)
                 .where(inst.c.remaining != 0).group_by(inst.c.customer_id))
        owed = {cid: tuple(fen_to_yuan(v or 0) for v in values)
                for cid, *values in uow.session.execute(query)}
        credit = unapplied_credits(uow.session, as_of)
        ids = set(owed) | set(credit)
        people = select(Customer.id, Customer.code, Customer.name, Customer.salesperson).where(
            Customer.id.in_(ids))
        if salesperson:
            people = people.where(Customer.salesperson == salesperson)
        rows = []
        empty = tuple(ZERO for _ in conditions)
        for cid, code, name, seller in uow.session.execute(people.order_by(Customer.code)):
            buckets = owed.get(cid, empty)
            rows.append(AgingRow(cid, code, name, seller or "", buckets, sum(buckets, ZERO),
                                 credit.get(cid, ZERO)))
    totals = tuple(sum((r.buckets[i] for r in rows), ZERO) for i in range(len(conditions)))
    return AgingReport(as_of, by, edges, rows, totals, sum(totals, ZERO),
                       sum((r.credit for r in rows), ZERO))
