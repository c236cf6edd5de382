"""催款: which dunning letter each customer is due on a day, and the late fee it states.

The rules (plain data out; issuing, PDFs and sendings are services.papers.dunning):

- What is owed and overdue is the ledger's one rule (services.ledger.balances): an owed
  installment's unpaid part, counting every payment not reversed (a letter never demands money
  already received, even one dated before a payment came in); overdue when its due date is
  before the letter date; days overdue = letter date − due date.
- Levels (services.collection.rules): 1 付款提醒 for installments falling due within the alert
  window (letter date … letter date + alert_days), only when reminder_on and only for a
  customer with nothing overdue, only while one of them was not reminded yet; 2 催款通知,
  3 逾期警告函, 4 律师函 from dunning_days[level] days overdue (of the customer's oldest overdue
  installment).
- One level at a time: the next level is the one after the highest level (2–4) already issued
  *for the current episode*; a customer who never had level 2 gets level 2 even at 120 days.
- An episode: a letter of level 2–4 belongs to the current episode while any installment it
  demanded is still unpaid. Once everything a customer's letters demanded is paid (in
  particular when the customer has nothing overdue), the levels start again from 2.
- The next level waits for the last letter's deadline (pay_by) to pass: a customer who got
  a 催款通知 today is not sent a 逾期警告函 tomorrow.
- At most one letter per customer per day (the database's unique key holds one per level per
  day, whoever runs it); a customer with a letter on the day gets no proposal.
- A manager may skip levels (a higher level up to what the days allow) with a reason; level 4
  is issued only with a manager's name (services.papers.dunning).
- Late fee (滞纳金), for levels 2–4, where the contract has a daily rate: each installment's
  remaining × daily rate × days overdue, summed per letter and rounded to the fen once
  (10,000.00 at 万分之五 for 60 days = 300.00).
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Contract, Customer, Installment
from models.base import fen_to_yuan
from models.papers import DunningLetter, DunningLetterItem
from services.collection.rules import alert_days, dunning_days, reminder_on
from services.core.errors import ValidationError
from services.core.parsing import db_date, round_fen
from services.ledger.balances import days_overdue, open_installments_now

LEVEL_NAMES = {1: "付款提醒", 2: "催款通知", 3: "逾期警告函", 4: "律师函"}
# Days after the letter date the customer is given to pay (levels 2–4); level 1 asks for
# payment by each installment's own due date.
PAY_WITHIN_DAYS = {2: 7, 3: 7, 4: 7}
MANAGER_LEVEL = 4  # only a manager issues a lawyer's letter
ZERO = Decimal("0.00")


@dataclass(frozen=True)
class Item:
    """One installment a letter demands (yuan; `late_fee` unrounded, Decimal exact)."""

    installment_id: int
    contract_id: int
    contract_number: str
    due_date: dt.date
    amount: Decimal          # the installment's amount
    remaining: Decimal       # still unpaid
    days_overdue: int        # 0 for a reminder before the due date
    late_fee: Decimal        # remaining × daily rate × days overdue, not rounded
    late_fee_rate: Decimal | None = None  # per day, as a fraction (0.0005 = 万分之五)


@dataclass(frozen=True)
class Proposal:
    """The letter a customer is due on the letter date."""

    customer_id: int
    code: str
    name: str
    level: int
    items: tuple[Item, ...]
    overdue: Decimal         # Σ remaining of the items (for level 1: what falls due)
    late_fee: Decimal        # Σ unrounded late fees, rounded to the fen once
    last_level: int          # the highest level of the current episode (0: none)
    due_level: int           # the highest level the days allow: a manager may skip up to it
    days_overdue: int        # of the oldest item
    pay_by: dt.date
    skipped_levels: tuple[int, ...] = ()
    skipped_reason: str = ""  # "manager: reason" when levels were skipped
    manager: str = ""

    @property
    def needs_manager(self) -> bool:
        return self.level >= MANAGER_LEVEL


@dataclass(frozen=True)
class Skip:
    """A manager's choice to send `level` instead of the next one, with a reason."""

    level: int
    manager: str
    reason: str


def late_fee(remaining: Decimal, rate: Decimal | None, days: int) -> Decimal:
    """remaining × daily rate × days, exact (not rounded); 0 without a rate or days."""
    if not rate or days <= 0:
        return Decimal(0)
    return remaining * rate * days


def letter_late_fee(items) -> Decimal:
    """The letter's late fee: the items' unrounded fees summed, rounded to the fen once."""
    return round_fen(sum((item.late_fee for item in items), Decimal(0)))


def _open_rows(session: Session, letter_date: dt.date, until: dt.date,
               customer_ids: list[int] | None) -> dict[int, list[Item]]:
    """{customer id: [Item]} of installments unpaid now and due on or before `until`."""
    rows = open_installments_now(until=until, customer_ids=customer_ids).subquery("open_now")
    query = (select(rows.c.customer_id, rows.c.installment_id, rows.c.contract_id,
                    Contract.number, rows.c.due_date, Installment.amount, rows.c.remaining,
                    Contract.late_fee_rate)
             .join(Installment, Installment.id == rows.c.installment_id)
             .join(Contract, Contract.id == rows.c.contract_id)
             .order_by(rows.c.customer_id, rows.c.due_date, rows.c.installment_id))
    found: dict[int, list[Item]] = defaultdict(list)
    for cid, iid, kid, number, due, amount, remaining, rate in session.execute(query):
        due = db_date(due)
        left = fen_to_yuan(remaining)
        days = days_overdue(due, letter_date)
        found[cid].append(Item(iid, kid, number, due, amount, left, days,
                               late_fee(left, rate, days), rate))
    return found


@dataclass
class _History:
    last_level: int = 0
    last_pay_by: dt.date | None = None
    reminded: set[int] = field(default_factory=set)   # installments on a level-1 letter
    lettered_today: bool = False


def _histories(session: Session, letter_date: dt.date, customer_ids: list[int],
               open_ids: set[int]) -> dict[int, _History]:
    """What each customer's letters dated up to `letter_date` already did."""
    found: dict[int, _History] = defaultdict(_History)
    if not customer_ids:
        return found
    query = (select(DunningLetter.customer_id, DunningLetter.level, DunningLetter.letter_date,
                    DunningLetter.pay_by, DunningLetterItem.installment_id)
             .join(DunningLetterItem, DunningLetterItem.letter_id == DunningLetter.id)
             .where(DunningLetter.customer_id.in_(customer_ids),
                    DunningLetter.letter_date <= letter_date))
    for cid, level, day, pay_by, iid in session.execute(query):
        history = found[cid]
        if db_date(day) == letter_date:
            history.lettered_today = True
        if level == 1:
            history.reminded.add(iid)
        elif iid in open_ids and level >= history.last_level:  # still demanded: this episode
            pay_by = db_date(pay_by)
            if level > history.last_level or pay_by > (history.last_pay_by or pay_by):
                history.last_pay_by = pay_by
            history.last_level = level
    return found


def due_level(days: int, thresholds: dict[int, int]) -> int:
    """The highest level (2–4) whose days overdue `days` reaches; 0 when none."""
    return max((lv for lv, d in thresholds.items() if days >= d), default=0)


def proposals(session: Session, letter_date: dt.date, *,
              skip: dict[int, Skip] | None = None,
              customer_ids: list[int] | None = None) -> list[Proposal]:
    """The letters due on `letter_date`, one per customer at most, by customer code.

    Inside the caller's unit of work (reads only). `skip` {customer id: Skip}: a manager's
    choice of a higher level (up to the Proposal's due_level) with a reason; ValidationError
    ("skip", "level_not_allowed" | "reason_required" | "manager_required") otherwise, or when
    the customer has no proposal. Amounts in yuan; see the module's rules.
    """
    thresholds = dunning_days(session)
    reminders = reminder_on(session)
    until = letter_date + dt.timedelta(days=alert_days(session) if reminders else -1)
    rows = _open_rows(session, letter_date, until, customer_ids)
    open_ids = {item.installment_id for items in rows.values() for item in items}
    histories = _histories(session, letter_date, list(rows), open_ids)
    names = {cid: (code, name) for cid, code, name in session.execute(
        select(Customer.id, Customer.code, Customer.name).where(Customer.id.in_(list(rows))))}
    found = []
    for cid, items in rows.items():
        proposal = _proposal(cid, names[cid], items, histories[cid], letter_date, thresholds,
                             reminders)
        if proposal is not None:
            found.append(proposal)
    for cid, chosen in (skip or {}).items():
        at = next((i for i, p in enumerate(found) if p.customer_id == cid), None)
        if at is None:
            raise ValidationError("skip", "no_proposal")
        found[at] = skipped(found[at], chosen, letter_date)
    found.sort(key=lambda p: p.code)
    return found


def _proposal(cid: int, names: tuple[str, str], items: list[Item], history: _History,
              letter_date: dt.date, thresholds: dict[int, int],
              reminders: bool) -> Proposal | None:
    if history.lettered_today:
        return None
    overdue = [i for i in items if i.due_date < letter_date]
    if overdue:
        days = overdue[0].days_overdue
        allowed = due_level(days, thresholds)
        level = 2 if history.last_level < 2 else history.last_level + 1
        waiting = history.last_pay_by is not None and letter_date <= history.last_pay_by
        if level > allowed or waiting:
            return None
        pay_by = letter_date + dt.timedelta(days=PAY_WITHIN_DAYS[level])
        return Proposal(cid, *names, level, tuple(overdue), _sum(overdue),
                        letter_late_fee(overdue), history.last_level, allowed, days, pay_by)
    coming = [i for i in items if i.due_date >= letter_date]
    if not reminders or not coming or all(i.installment_id in history.reminded for i in coming):
        return None
    return Proposal(cid, *names, 1, tuple(coming), _sum(coming), ZERO, history.last_level, 1, 0,
                    max(i.due_date for i in coming))


def skipped(proposal: Proposal, chosen: Skip, letter_date: dt.date) -> Proposal:
    """The proposal for a letter dated `letter_date` at the manager's chosen level (see
    proposals for the errors)."""
    manager, reason = (chosen.manager or "").strip(), (chosen.reason or "").strip()
    if not proposal.level < chosen.level <= proposal.due_level:
        raise ValidationError("skip", "level_not_allowed")
    if not manager:
        raise ValidationError("skip", "manager_required")
    if not reason:
        raise ValidationError("skip", "reason_required")
    return Proposal(**{**proposal.__dict__, "level": chosen.level,
                       "skipped_levels": tuple(range(proposal.level, chosen.level)),
                       "skipped_reason": reason, "manager": manager,
                       "pay_by": letter_date + dt.timedelta(days=PAY_WITHIN_DAYS[chosen.level])})


def _sum(items) -> Decimal:
    return sum((i.remaining for i in items), ZERO)
