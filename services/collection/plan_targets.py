"""Targets for a whole month at once: copy last month's, or aim for what falls due.

Each call is one transaction with one audit entry listing every target it set. Neither ever
touches a target that is already set for the month: they only fill the gaps.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal

from sqlalchemy import select

from models import CollectionTarget, Customer
from services.collection import plan
from services.core.parsing import month_start, parse_money
from services.core.uow import UnitOfWork, lock_for_inserts


def previous_month(month: dt.date) -> dt.date:
    """The first day of the month before `month`'s."""
    return (month_start(month) - dt.timedelta(days=1)).replace(day=1)


def copy_targets_from_previous_month(uow: UnitOfWork, month: dt.date,
                                     salesperson: str = "") -> int:
    """Give every customer without a target this month last month's target; returns how many.

    `salesperson` limits it to that salesperson's customers (what the tab shows).
    """
    first, before = month_start(month), previous_month(month)
    with uow.writing():
        lock_for_inserts(uow.session, "collection_target")
        this_month = select(CollectionTarget.customer_id).where(CollectionTarget.month == first)
        query = (select(CollectionTarget.customer_id, CollectionTarget.target)
                 .join(Customer, Customer.id == CollectionTarget.customer_id)
                 .where(CollectionTarget.month == before,
                        CollectionTarget.customer_id.not_in(this_month))
                 .order_by(Customer.code))
        if salesperson:
            query = query.where(Customer.salesperson == salesperson)
        targets = {cid: amount for cid, amount in uow.session.execute(query)}
        return _add_targets(uow, first, targets, "copy_targets", {"from": before})


def targets_from_amounts_due(uow: UnitOfWork, month: dt.date, include_overdue: bool = True,
                             salesperson: str = "") -> int:
    """Target = due in the month (+ overdue carried in) for every plan row without a target.

    Rows where that comes to zero are left alone; returns how many targets were set.
    """
    first = month_start(month)
    with uow.writing():
        lock_for_inserts(uow.session, "collection_target")
        rows = plan.load_plan(uow.session, first, uow.clock.today(), salesperson)
        targets = {r.customer_id: (r.to_collect if include_overdue else r.due)
                   for r in rows if r.target is None}
        targets = {cid: amount for cid, amount in targets.items() if amount != 0}
        return _add_targets(uow, first, targets, "targets_from_due",
                            {"include_overdue": include_overdue})


def _add_targets(uow: UnitOfWork, first: dt.date, targets: Mapping[int, Decimal],
                 action: str, detail: dict) -> int:
    """Inside the caller's unit of work: check all, add all, one audit entry, commit."""
    checked = {cid: parse_money(amount, "target") for cid, amount in targets.items()}
    if not checked:
        return 0  # nothing changed, nothing to record
    for customer_id, amount in checked.items():
        uow.session.add(CollectionTarget(customer_id=customer_id, month=first, target=amount))
    uow.audit(action, "plan", None, {
        "month": first, **detail, "count": len(checked),
        "targets": {str(cid): str(amount) for cid, amount in checked.items()}})
    uow.commit()
    return len(checked)
