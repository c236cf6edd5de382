"""The installments behind one cell of the aging report (double-click in the 应收账龄 view).

Same day, same basis, same edges and the same balances as services.reports.aging, so the
remainders listed for a cell add up to the figure in that cell.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import case, select

from models import Contract
from models.base import fen_to_yuan
from services.collection.rules import DEFAULT_AGING_EDGES, check_edges
from services.core.errors import ValidationError
from services.core.parsing import db_date
from services.core.statuses import DELIVERED_STATUSES
from services.core.uow import UnitOfWork
from services.ledger.balances import installment_balances, owed_since
from services.reports.aging import BASES, bucket_of


@dataclass(frozen=True)
class AgingItem:
    """One installment still owed on the day (yuan). `age` is the days counted for its bucket
    (past due, or since it became owed); `days_overdue` is always past the due date (0 if not
    due). `delivered_on` is the contract's delivery (None while not delivered: a planned day is
    not one); `owed_since` the day it became owed (balances.owed_since), the delivery basis."""

    installment_id: int
    contract_id: int
    contract_number: str
    due_date: dt.date
    delivered_on: dt.date | None
    amount: Decimal
    paid: Decimal
    remaining: Decimal
    age: int
    days_overdue: int
    bucket: int
    owed_since: dt.date | None = None


def aging_items(uow: UnitOfWork, customer_id: int, as_of: dt.date, by: str = "due",
                edges: tuple[int, ...] = DEFAULT_AGING_EDGES,
                bucket: int | None = None) -> list[AgingItem]:
    """A customer's installments owed on `as_of`, oldest due first; only those in column
    `bucket` (0 = 未到期, as aging's buckets) when given. Raises ValidationError for `by` not
    in BASES, edges that do not rise, or a bucket that is not a column."""
    if by not in BASES:
        raise ValidationError("aging_by", "not_allowed")
    edges = check_edges(edges)
    if bucket is not None and not 0 <= bucket <= len(edges) + 1:
        raise ValidationError("aging_bucket", "not_allowed")
    with uow:
        delivered = case((Contract.status.in_(DELIVERED_STATUSES), Contract.delivery_on))
        inst = (installment_balances(as_of, customer_ids=[customer_id])
                .add_columns(Contract.number.label("number"), delivered.label("delivered"),
                             owed_since().label("since"))
                .subquery("inst"))
        query = (select(inst.c.installment_id, inst.c.contract_id, inst.c.number,
                        inst.c.due_date, inst.c.delivered, inst.c.since,
                        inst.c.amount, inst.c.paid, inst.c.remaining)
                 .where(inst.c.remaining != 0)
                 .order_by(inst.c.due_date, inst.c.installment_id))
        items = []
        for (iid, cid, number, due, delivered_on, since, amount, paid,
             remaining) in uow.session.execute(query):
            due, since = db_date(due), db_date(since)
            age = (as_of - due).days if by == "due" else (as_of - since).days
            column = bucket_of(age, edges)
            if bucket is not None and column != bucket:
                continue
            items.append(AgingItem(iid, cid, number, due, db_date(delivered_on),
                                   fen_to_yuan(amount), fen_to_yuan(paid),
                                   fen_to_yuan(remaining), max(age, 0),
                                   max((as_of - due).days, 0), column, since))
    return items
