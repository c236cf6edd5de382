"""Follow-ups (跟进记录): every call, visit, SMS, WeChat message or letter about payment, and
when the next one is due.

A customer needs following up only while it owes something (for credit rating D, only while
something is overdue: a D customer pays on delivery, so there is nothing to chase before).
The next follow-up is due on the latest follow-up's next-action day when one was set, else on
its contact day plus the interval of the customer's rating (设置: A 14, B 7, C 3, D 1 days by
default); a customer that owes and was never followed up is due today.
"""
from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass

from sqlalchemy import Date, and_, bindparam, case, or_, select
from sqlalchemy.orm import Session, aliased

from models import Customer, FollowUp, Installment
from models.collection import FOLLOW_UP_CHANNELS
from models.customer import CREDIT_RATINGS
from services.collection.rules import DEFAULT_INTERVALS, follow_up_intervals
from services.core.errors import NotFound, ValidationError
from services.core.parsing import choice, clean_text, db_date, parse_date
from services.core.uow import UnitOfWork
from services.ledger.balances import customers_owing_now, owes_now


@dataclass
class FollowUpInput:
    """What the follow-up dialog hands in: text as typed."""

    contacted_on: str = ""
    channel: str = ""
    contact_person: str = ""
    said: str = ""            # what the customer said
    result: str = ""
    next_action: str = ""
    next_action_on: str = ""


def record_follow_up(uow: UnitOfWork, customer_id: int, data: FollowUpInput) -> int:
    """Record one contact about payment; returns its id.

    Text as typed (FollowUpInput). ValidationError naming the field when the date is missing,
    not a date or after today, the channel is not one of FOLLOW_UP_CHANNELS, the next-action day
    is before the contact, or a text is too long; NotFound for an unknown customer. Nothing is
    saved on an error; the follow-up and its audit entry are saved together.
    """
    contacted_on = parse_date(data.contacted_on, "contacted_on")
    if contacted_on > uow.clock.today():
        raise ValidationError("contacted_on", "in_future")
    if not (data.channel or "").strip():
        raise ValidationError("channel", "required")
    channel = choice(data.channel.strip(), "channel", FOLLOW_UP_CHANNELS)
    next_action_on = parse_date(data.next_action_on, "next_action_on", required=False)
    if next_action_on is not None and next_action_on < contacted_on:
        raise ValidationError("next_action_on", "before_contact")
    values = {
        "contact_person": clean_text(data.contact_person, "contact_person", 60),
        "said": clean_text(data.said, "said", 5000),
        "result": clean_text(data.result, "result", 300),
        "next_action": clean_text(data.next_action, "next_action", 300),
    }
    with uow.writing():
        if uow.session.get(Customer, customer_id) is None:
            raise NotFound(f"customer {customer_id}")
        follow_up = FollowUp(customer_id=customer_id, contacted_on=contacted_on, channel=channel,
                             next_action_on=next_action_on, **values,
                             created_at=uow.clock.now(), created_by=uow.operator)
        uow.session.add(follow_up)
        uow.session.flush()
        uow.audit("create", "follow_up", follow_up.id, {
            "customer_id": customer_id, "contacted_on": contacted_on, "channel": channel,
            "result": values["result"], "next_action_on": next_action_on})
        uow.commit()
        return follow_up.id


@dataclass(frozen=True)
class FollowUpView:
    id: int
    contacted_on: dt.date
    channel: str
    contact_person: str
    said: str
    result: str
    next_action: str
    next_action_on: dt.date | None
    created_by: str


def follow_up_views(session: Session, customer_id: int) -> list[FollowUpView]:
    """The customer's follow-ups, newest contact first (inside the caller's unit of work)."""
    query = (select(FollowUp.id, FollowUp.contacted_on, FollowUp.channel,
                    FollowUp.contact_person, FollowUp.said, FollowUp.result,
                    FollowUp.next_action, FollowUp.next_action_on, FollowUp.created_by)
             .where(FollowUp.customer_id == customer_id)
             .order_by(FollowUp.contacted_on.desc(), FollowUp.id.desc()))
    return [FollowUpView(*row) for row in session.execute(query)]


# -- who is due --------------------------------------------------------------------------------

@dataclass(frozen=True)
class FollowUpDue:
    customer_id: int
    customer_code: str
    customer_name: str
    credit_rating: str
    due_on: dt.date
    last_contacted_on: dt.date | None
    days_late: int   # 0 when due today or later
    is_due: bool     # due on or before the day asked about


def next_follow_ups(session: Session, as_of: dt.date, customer_ids: list[int] | None = None,
                    due_only: bool = False) -> dict[int, FollowUpDue]:
    """The next follow-up of every customer that needs one, by customer id; with `due_only`
    just those due on or before `as_of` (filtered in SQL).

    One query (built once, see `_next_query`): who owes, from the cached Installment.paid
    through the covering partial index of open installments, with the latest follow-up of
    each; the dates in Python.
    """
    intervals = follow_up_intervals(session)
    params: dict = {"as_of": as_of}
    for rating in CREDIT_RATINGS:  # contacted on or before this day: due by the interval
        params[f"contacted_by_{rating}"] = as_of - dt.timedelta(days=intervals[rating])
    if customer_ids is not None:
        params["ids"] = list(customer_ids)
    result = {}
    # Plain rows through the connection: the ORM's row loading would cost more than the rest.
    rows = session.connection().execute(_next_query(due_only, customer_ids is not None), params)
    for cid, code, name, rating, contacted_on, next_action_on in rows:
        last = db_date(contacted_on)
        if next_action_on is not None:
            due_on = db_date(next_action_on)
        elif last is not None:
            due_on = last + dt.timedelta(days=intervals.get(rating, DEFAULT_INTERVALS["C"]))
        else:
            due_on = as_of
        result[cid] = FollowUpDue(cid, code, name, rating, due_on, last,
                                  max((as_of - due_on).days, 0), due_on <= as_of)
    return result


@functools.cache
def _next_query(due_only: bool, by_customer: bool):
    """The statement behind `next_follow_ups`, with the day and the cut-offs as parameters
    (the alerts ask at every start: building it once saves a few milliseconds)."""
    as_of = bindparam("as_of", type_=Date)

    # An installment unpaid today means "outstanding > 0", one due before today "overdue > 0":
    # no sums needed (balances reads the cache through its covering index).
    if by_customer:  # a few customers: their own contracts, not every open installment
        owing = and_(Customer.id.in_(bindparam("ids", expanding=True)), owes_now(Customer.id))
    else:
        owing = Customer.id.in_(customers_owing_now())
    # The latest follow-up of each customer: one index probe per customer.
    latest = aliased(FollowUp)
    latest_id = (select(FollowUp.id).where(FollowUp.customer_id == Customer.id)
                 .order_by(FollowUp.contacted_on.desc(), FollowUp.id.desc())
                 .limit(1).correlate(Customer).scalar_subquery())
    query = (select(Customer.id, Customer.code, Customer.name, Customer.credit_rating,
                    latest.contacted_on, latest.next_action_on)
             .outerjoin(latest, latest.id == latest_id)
             # D pays on delivery: chased only while something is overdue.
             .where(owing, or_(Customer.credit_rating != "D",
                               owes_now(Customer.id, Installment.due_date < as_of))))
    if due_only:  # the rule of `next_follow_ups`, in SQL
        contacted_by = case(
            *((Customer.credit_rating == rating, bindparam(f"contacted_by_{rating}", type_=Date))
              for rating in CREDIT_RATINGS),
            else_=bindparam("contacted_by_C", type_=Date))
        query = query.where(or_(
            latest.next_action_on <= as_of,
            and_(latest.next_action_on.is_(None),
                 or_(latest.id.is_(None), latest.contacted_on <= contacted_by))))
    return query


def follow_ups_due(session: Session, as_of: dt.date) -> list[FollowUpDue]:
    """Customers whose next follow-up is due on or before `as_of`, most late first."""
    due = [f for f in next_follow_ups(session, as_of, due_only=True).values()
           if f.is_due]
    due.sort(key=lambda f: (f.due_on, f.customer_code))
    return due
