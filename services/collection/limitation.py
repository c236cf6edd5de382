"""The limitation clock (诉讼时效) of every installment still owed, and legal action recorded.

仅为提醒，不构成法律意见: a reminder to act in time, not legal advice.

The law (中华人民共和国民法典):
- art. 188: three years, from the day the creditor knew (or should have known) its right was
  infringed — for an installment, from its due date: it runs from the day after (art. 201)
  and ends on the same day of the month three years on, or the month's last day when that
  month has no such day (art. 202: 2024-02-29 → 2027-02-28);
- art. 195: it restarts (中断) when the creditor demands payment, the debtor agrees to pay
  (an acknowledgement), or the creditor sues, applies for arbitration or takes an act of the
  same effect (a payment order, 支付令); three new years run from that day;
- art. 189 (one debt paid in installments runs from the last installment's due date) and
  art. 203 (an end on a public holiday moves to the next working day) would only make the end
  later: counting each installment from its own due date, without holidays, warns earlier,
  never later. Legal action restarts the clock when the proceedings end (art. 195); we count
  from the day it was taken, again the earlier date.

Which events restart which installments (each counted only once it happened, on or before
the day asked, and only for installments already owed on its day):
- demand: a dunning letter recorded as sent (LetterSending.sent_on) for the installments the
  letter lists (DunningLetterItem); a letter never recorded as sent restarts nothing;
- statement: a statement the customer confirmed (status "confirmed", Statement.replied_on) for
  every installment of that customer owed at the statement's end (period_to); an issued but
  unanswered, or a disputed, statement restarts nothing;
- iou: a signed IOU (Contract.iou_signed_on) for its contract's installments. An IOU issued
  with an agreed repayment date (Document.pay_by) and signed back (iou_signed_on on or after
  the day it was issued) moves the start of the installments it lists to that date when later
  than their due date: the customer agreed to pay then, so the right is infringed from then;
- promise: a promise to pay (Promise.made_on) for every installment of that customer owed then;
- payment: a partial payment (Payment.received_on of an allocation active on the day) for the
  installment it was allocated to only — not the customer's other installments or contracts
  (the courts may extend it to the rest of the same debt; counting less warns earlier). A
  reversed payment, an undone allocation and a credit note (not money) restart nothing;
- legal_action: legal action recorded (LegalAction.taken_on) for its contract's installments,
  or all the customer's when it names no contract.
A follow-up (call, visit, message) restarts nothing: without paper it proves no demand, and a
customer who agrees to pay on the phone is recorded as a promise.
"""
from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import Session

from models import Allocation, Contract, Customer, Document, Installment, Payment, Promise
from models.base import fen_to_yuan
from models.papers import (
    LEGAL_ACTIONS,
    DunningLetterItem,
    LegalAction,
    LetterSending,
    Statement,
)
from models.payment import CREDIT_NOTE_METHOD
from services.core.errors import NotFound, ValidationError
from services.core.parsing import clean_text, db_date, parse_date
from services.core.uow import UnitOfWork
from services.ledger.balances import (
    allocation_active,
    installment_balances,
    remaining_now,
    unpaid_now,
)

LIMITATION_YEARS = 3  # 民法典 art. 188
# What restarted an installment's clock; on the same day the first named is shown.
EVENT_KINDS = ("legal_action", "statement", "iou", "demand", "promise", "payment")
NOT_LEGAL_ADVICE = "仅为提醒，不构成法律意见"
# What to do when an installment's limitation end comes near: both give dated proof.
SUGGESTED_ACTION = "寄送催款函并保留寄送凭证，或请客户确认对账单"
IOU_KIND = "iou"  # services.documents.content.IOU (documents sits beside collection)


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day `months` later (earlier when negative); the month's last day when that
    month has no such day (民法典 art. 202: 1-31 + 1 month = 2-28 or 2-29)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def limitation_end(start: dt.date) -> dt.date:
    """The last day of a three-year period counted from `start` (the due date, or the day it
    restarted): the same day three years on, 2-28 for a 2-29 (民法典 arts. 188, 201, 202)."""
    return add_months(start, 12 * LIMITATION_YEARS)


@dataclass(frozen=True)
class LimitationRow:
    """One owed installment with something unpaid, and its limitation clock.

    `ends_on`: the last day of its limitation period; `restarted_on`/`restarted_by`: the day
    the three years now run from and why (an EVENT_KINDS word), or None when they run from
    the due date itself. Money in yuan."""

    installment_id: int
    contract_number: str
    due_date: dt.date
    remaining: Decimal
    ends_on: dt.date
    restarted_on: dt.date | None
    restarted_by: str | None
    customer_id: int = 0
    contract_id: int = 0


def _owed_from():
    """The day an installment started to be owed (needs Installment and Contract): a deposit
    from the signing, anything else from delivery (services.ledger.balances.owed)."""
    return case((Installment.is_deposit.is_(True), Contract.signed_on),
                else_=func.coalesce(Contract.delivery_on, Contract.signed_on))


def _open_rows(as_of: dt.date, today: dt.date | None, customer_id: int | None,
               due_by: dt.date | None):
    """Subquery of the installments owed on `as_of` with something unpaid then: installment_id,
    contract_id, customer_id, number, due_date, remaining (fen), owed_from, iou_signed_on.
    Today or later from the cached paid; a past day (or `today` unknown) from the allocations."""
    columns = (Installment.id.label("installment_id"), Installment.contract_id,
               Contract.customer_id, Contract.number, Installment.due_date)
    extra = (_owed_from().label("owed_from"), Contract.iou_signed_on)
    if today is not None and as_of >= today:
        query = (select(*columns, remaining_now().label("remaining"), *extra)
                 .join(Contract, Contract.id == Installment.contract_id).where(unpaid_now()))
    else:
        inst = installment_balances(
            as_of, customer_ids=[customer_id] if customer_id is not None else None).subquery()
        query = (select(*columns, inst.c.remaining, *extra)
                 .select_from(inst)
                 .join(Installment, Installment.id == inst.c.installment_id)
                 .join(Contract, Contract.id == Installment.contract_id)
                 .where(inst.c.remaining > 0))
    if customer_id is not None:
        query = query.where(Contract.customer_id == customer_id)
    if due_by is not None:
        query = query.where(Installment.due_date <= due_by)
    return query.subquery("open_inst")


def _latest_events(session: Session, rows, as_of: dt.date) -> dict[int, tuple[dt.date, str]]:
    """{installment id: (day, kind)} of the latest restarting event of each kind merged (one
    grouped query per kind; the latest day wins, EVENT_KINDS order on the same day)."""
    found: dict[int, tuple[dt.date, str]] = {}

    def take(kind: str, query) -> None:
        rank = EVENT_KINDS.index(kind)
        for installment_id, day in session.execute(query):
            day = db_date(day)
            best = found.get(installment_id)
            if best is None or (day, -rank) > (best[0], -EVENT_KINDS.index(best[1])):
                found[installment_id] = (day, kind)

    iid = rows.c.installment_id
    take("demand", select(iid, func.max(LetterSending.sent_on)).select_from(rows)
         .join(DunningLetterItem, DunningLetterItem.installment_id == iid)
         .join(LetterSending, LetterSending.letter_id == DunningLetterItem.letter_id)
         .where(LetterSending.sent_on <= as_of, LetterSending.sent_on >= rows.c.owed_from)
         .group_by(iid))
    take("statement", select(iid, func.max(Statement.replied_on)).select_from(rows)
         .join(Statement, Statement.customer_id == rows.c.customer_id)
         .where(Statement.status == "confirmed", Statement.replied_on <= as_of,
                Statement.period_to >= rows.c.owed_from)
         .group_by(iid))
    take("iou", select(iid, rows.c.iou_signed_on)
         .where(rows.c.iou_signed_on <= as_of, rows.c.iou_signed_on >= rows.c.owed_from))
    take("promise", select(iid, func.max(Promise.made_on)).select_from(rows)
         .join(Promise, Promise.customer_id == rows.c.customer_id)
         .where(Promise.made_on <= as_of, Promise.made_on >= rows.c.owed_from)
         .group_by(iid))
    take("payment", select(iid, func.max(Payment.received_on)).select_from(rows)
         .join(Allocation, Allocation.installment_id == iid)
         .join(Payment, Payment.id == Allocation.payment_id)
         .where(allocation_active(as_of), Payment.method != CREDIT_NOTE_METHOD,
                Payment.received_on >= rows.c.owed_from)
         .group_by(iid))
    take("legal_action", select(iid, func.max(LegalAction.taken_on)).select_from(rows)
         .join(LegalAction, LegalAction.customer_id == rows.c.customer_id)
         .where(or_(LegalAction.contract_id.is_(None),
                    LegalAction.contract_id == rows.c.contract_id),
                LegalAction.taken_on <= as_of, LegalAction.taken_on >= rows.c.owed_from)
         .group_by(iid))
    return found


def _iou_dates(session: Session, rows, as_of: dt.date) -> dict[int, dt.date]:
    """{installment id: the repayment date agreed on the IOU that covers it}: the latest IOU
    with a pay_by, for its contract (or, without one, for every contract of its customer),
    issued by `as_of` on or after the installment was owed and signed back (the contract's
    iou_signed_on) on or after the day it was issued. One query for the IOUs of the customers
    concerned; matched here (a datetime's day is not compared alike on SQLite and PostgreSQL)."""
    query = (select(Document.customer_id, Document.contract_id, Document.created_at,
                    Document.pay_by)
             .where(Document.kind == IOU_KIND, Document.pay_by.is_not(None),
                    Document.customer_id.in_(select(rows.c.customer_id).distinct()))
             .order_by(Document.created_at))
    ious: dict[int, list[tuple]] = {}
    for customer_id, contract_id, created_at, pay_by in session.execute(query):
        ious.setdefault(customer_id, []).append((contract_id, created_at.date(), db_date(pay_by)))
    if not ious:
        return {}
    found = {}
    for iid, contract_id, customer_id, owed_from, signed in session.execute(
            select(rows.c.installment_id, rows.c.contract_id, rows.c.customer_id,
                   rows.c.owed_from, rows.c.iou_signed_on)
            .where(rows.c.customer_id.in_(list(ious)), rows.c.iou_signed_on.is_not(None))):
        owed_from, signed = db_date(owed_from), db_date(signed)
        for covers, issued, pay_by in reversed(ious[customer_id]):  # the latest first
            if covers in (None, contract_id) and owed_from <= issued <= min(signed, as_of):
                found[iid] = pay_by
                break
    return found


def limitation_dates(source: Session | UnitOfWork, as_of: dt.date,
                     customer_id: int | None = None, *, ending_by: dt.date | None = None,
                     today: dt.date | None = None) -> list[LimitationRow]:
    """Every installment owed on `as_of` with something unpaid then (of one customer, or all),
    with its limitation end (民法典 arts. 188, 195; the module's docstring says which events
    restart which installments), ordered by end, due date, id.

    `source`: a UnitOfWork (opened here; "today" from its clock) or an open Session (`today`
    may be given: from it on, the cached paid is read; otherwise the allocations).
    `ending_by`: only the installments whose limitation ends on or before that day (the
    warnings: reads only those due more than three years before it). Events dated after
    `as_of` are not counted. One query for the open installments and one per kind of event."""
    if isinstance(source, UnitOfWork):
        with source:
            return limitation_dates(source.session, as_of, customer_id, ending_by=ending_by,
                                    today=source.clock.today())
    session = source
    due_by = None
    if ending_by is not None:  # a clock that runs out by then started three years before
        due_by = add_months(ending_by, -12 * LIMITATION_YEARS) + dt.timedelta(days=1)
    rows = _open_rows(as_of, today, customer_id, due_by)
    events = _latest_events(session, rows, as_of)
    agreed = _iou_dates(session, rows, as_of)
    result = []
    for iid, contract_id, cid, number, due, remaining in session.execute(
            select(rows.c.installment_id, rows.c.contract_id, rows.c.customer_id,
                   rows.c.number, rows.c.due_date, rows.c.remaining)):
        due = db_date(due)
        start, restarted_on, restarted_by = due, None, None
        pay_by = agreed.get(iid)
        if pay_by is not None and pay_by > start:
            start, restarted_on, restarted_by = pay_by, pay_by, "iou"
        event = events.get(iid)
        if event is not None and event[0] > start:
            start, (restarted_on, restarted_by) = event[0], event
        ends_on = limitation_end(start)
        if ending_by is not None and ends_on > ending_by:
            continue
        result.append(LimitationRow(iid, number, due, fen_to_yuan(remaining), ends_on,
                                    restarted_on, restarted_by, cid, contract_id))
    result.sort(key=lambda r: (r.ends_on, r.due_date, r.installment_id))
    return result


def warn_until(as_of: dt.date, months: int) -> dt.date:
    """The last limitation end warned about on `as_of`: `months` ahead (rules'
    limitation_warn_months)."""
    return add_months(as_of, months)


def limitation_warnings(session: Session, as_of: dt.date, months: int,
                        today: dt.date | None = None) -> list[LimitationRow]:
    """The installments whose limitation ends from `as_of` through `months` months later
    (ordered as limitation_dates): what the alerts and the priority list warn about. One that
    has already run out is no longer warned about (the collection record still shows it)."""
    rows = limitation_dates(session, as_of, ending_by=warn_until(as_of, months), today=today)
    return [row for row in rows if row.ends_on >= as_of]


def record_legal_action(uow: UnitOfWork, customer_id: int, taken_on: object, kind: str,
                        note: str = "", contract_id: int | None = None) -> int:
    """Record legal action taken against a customer (起诉 lawsuit, 仲裁 arbitration, 支付令
    payment_order, other), for one of its contracts or (None) all it owes; returns its id.

    It restarts the limitation clock of what it covers from `taken_on` (民法典 art. 195:
    提起诉讼、申请仲裁 or an act of the same effect). `taken_on` as typed or a date.
    ValidationError naming the field: taken_on (required, not a date, later than today),
    legal_kind (not one of models.papers.LEGAL_ACTIONS), note (too long, control characters),
    contract_id (not_found, or wrong_customer); NotFound for an unknown customer. Audited."""
    day = parse_date(taken_on, "taken_on")
    if day > uow.clock.today():
        raise ValidationError("taken_on", "in_future")
    if kind not in LEGAL_ACTIONS:
        raise ValidationError("legal_kind", "not_allowed")
    note = clean_text(note, "note", 2000, multiline=True)
    with uow.writing():
        if uow.session.get(Customer, customer_id) is None:
            raise NotFound(f"customer {customer_id}")
        if contract_id is not None:
            owner = uow.session.scalar(select(Contract.customer_id)
                                       .where(Contract.id == contract_id))
            if owner is None:
                raise ValidationError("contract_id", "not_found")
            if owner != customer_id:
                raise ValidationError("contract_id", "wrong_customer")
        action = LegalAction(customer_id=customer_id, contract_id=contract_id, taken_on=day,
                             kind=kind, note=note, created_at=uow.clock.now(),
                             created_by=uow.operator)
        uow.session.add(action)
        uow.session.flush()
        uow.audit("create", "legal_action", action.id, {
            "customer_id": customer_id, "contract_id": contract_id, "taken_on": day,
            "kind": kind, "note": note})
        uow.commit()
        return action.id


@dataclass(frozen=True)
class LegalActionRow:
    id: int
    taken_on: dt.date
    kind: str
    contract_number: str   # "" when it covers all the customer owes
    note: str
    created_by: str


def legal_actions(uow: UnitOfWork, customer_id: int) -> list[LegalActionRow]:
    """The legal action recorded against a customer, newest first."""
    with uow:
        query = (select(LegalAction.id, LegalAction.taken_on, LegalAction.kind, Contract.number,
                        LegalAction.note, LegalAction.created_by)
                 .outerjoin(Contract, Contract.id == LegalAction.contract_id)
                 .where(LegalAction.customer_id == customer_id)
                 .order_by(LegalAction.taken_on.desc(), LegalAction.id.desc()))
        return [LegalActionRow(i, db_date(day), kind, number or "", note, by)
                for i, day, kind, number, note, by in uow.session.execute(query)]



@dataclass(frozen=True)
class CustomerLimitation:
    """A customer's open installments' limitation clocks today (the collection record)."""

    today: dt.date
    warn_until: dt.date              # ends on or before this day are warned about
    by_installment: dict[int, LimitationRow]


def customer_limitation(uow: UnitOfWork, customer_id: int) -> CustomerLimitation:
    """limitation_dates of one customer as of today, by installment id, with the last end
    the warnings cover (rules' limitation_warn_months from today)."""
    from services.collection.rules import limitation_warn_months

    with uow:
        today = uow.clock.today()
        rows = limitation_dates(uow.session, today, customer_id, today=today)
        months = limitation_warn_months(uow.session)
        return CustomerLimitation(today, warn_until(today, months),
                                  {row.installment_id: row for row in rows})
