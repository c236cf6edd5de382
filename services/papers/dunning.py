"""The 催款 run: issue the letters services.collection.dunning proposes for a day, each numbered
(BJ-CK-2026-00001), drawn, stored in `document` with its hash, recorded as a DunningLetter with
its items, all in one unit of work; and record how a letter was sent.

Idempotent: the proposals are made again inside the run's write lock (PostgreSQL: each
customer's row lock first), a customer with a letter on the day gets none, and the database's
unique key (customer, level, letter date) refuses a second letter whoever runs it; running twice
in a day, or two clerks at once, creates nothing new. A reprint is the stored bytes under the
same number.

A recorded sending counts as a demand on its date (the limitation clock reads LetterSending) and
is written to the customer's follow-up history as a follow-up of channel "letter", so the
follow-up list and its next-due day see it like any other contact.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from models import Customer, Document, FollowUp
from models.papers import SENDING_METHODS, DunningLetter, DunningLetterItem, LetterSending
from services.collection.dunning import (
    LEVEL_NAMES,
    MANAGER_LEVEL,
    Proposal,
    Skip,
    proposals,
)
from services.core.errors import NotFound, ValidationError
from services.core.numbering import next_number
from services.core.parsing import choice, clean_text, db_date, round_fen
from services.core.uow import UnitOfWork
from services.documents.content import Party
from services.documents.letter_content import DunningLetterContent, LetterLine, dunning_kind
from services.documents.printing import seller_party, stored_pdf
from services.documents.wording import SENDING_WORDS
from services.ledger.customers import lock_customer
from services.ledger.invoices import invoice_numbers

PREFIX = "CK"  # 催款: BJ-CK-2026-00001
TRACKED = ("post", "courier")  # sent with a tracking number: the proof of sending

Progress = Callable[[int, int], None]   # (done, of)
Cancelled = Callable[[], bool]


class RunCancelled(Exception):
    """The run was cancelled: nothing was issued (the whole run is one transaction)."""


@dataclass(frozen=True)
class IssuedLetter:
    id: int
    number: str
    customer_id: int
    code: str
    name: str
    level: int
    overdue: Decimal
    late_fee: Decimal
    pay_by: dt.date
    document_id: int


@dataclass(frozen=True)
class DunningRun:
    """What a run did (or, dry, would do): the letters issued, the proposals, and the
    lawyer's letters held back for want of a manager's name."""

    letter_date: dt.date
    dry_run: bool
    proposals: tuple[Proposal, ...]
    issued: tuple[IssuedLetter, ...] = ()
    held: tuple[Proposal, ...] = ()        # level 4 without a manager
    already: tuple[int, ...] = field(default=())  # customers another run served meanwhile


def dunning_proposals(uow: UnitOfWork, letter_date: dt.date,
                      skip: dict[int, Skip] | None = None) -> list[Proposal]:
    """The letters due on `letter_date` (services.collection.dunning.proposals). Reads only."""
    with uow:
        return proposals(uow.session, letter_date, skip=skip)


def _skips(skip: dict | None) -> dict[int, Skip]:
    return {cid: s if isinstance(s, Skip) else Skip(*s) for cid, s in (skip or {}).items()}


def run_dunning(uow: UnitOfWork, letter_date: dt.date, *, dry_run: bool = False,
                skip: dict | None = None, issue_lawyer_letters_by: str = "",
                progress: Progress | None = None,
                cancelled: Cancelled | None = None) -> DunningRun:
    """Issue every letter due on `letter_date`, in one transaction.

    `skip` {customer id: Skip or (level, manager, reason)}: a manager's skip (audited);
    `issue_lawyer_letters_by`: the manager who issues the level-4 letters (without one they are
    held, listed in `held`). `dry_run`: the proposals only, nothing written. `progress(done,
    of)` after each letter; `cancelled()` true stops the run and raises RunCancelled (nothing
    issued). Errors: ValidationError for a bad skip (see proposals), a letter dated after today
    (("letter_date", "in_future"); a dry run may look ahead) or ("company_name",
    "company_missing"); DatabaseProblem when the database is busy or cannot be written.
    """
    skips = _skips(skip)
    manager = clean_text(issue_lawyer_letters_by, "manager", 60)
    if dry_run:
        found = tuple(dunning_proposals(uow, letter_date, skips))
        return DunningRun(letter_date, True, found,
                          held=tuple(p for p in found if _manager(p, manager) == "" and
                                     p.level >= MANAGER_LEVEL))
    if letter_date > uow.clock.today():  # a letter is dated the day it goes out, never ahead
        raise ValidationError("letter_date", "in_future")
    with uow.writing():
        seller = seller_party(uow.session)
        found = tuple(proposals(uow.session, letter_date, skip=skips))
        issued, held, already = [], [], []
        for done, proposal in enumerate(found, 1):
            if cancelled is not None and cancelled():
                raise RunCancelled()
            who = _manager(proposal, manager)
            if proposal.level >= MANAGER_LEVEL and not who:
                held.append(proposal)
            else:
                letter = _issue_one(uow, proposal, letter_date, seller, who, skips)
                (issued if letter is not None else already).append(
                    letter or proposal.customer_id)
            if progress is not None:
                progress(done, len(found))
        uow.commit()
        return DunningRun(letter_date, False, found, tuple(issued), tuple(held), tuple(already))


def _manager(proposal: Proposal, manager: str) -> str:
    return proposal.manager or manager


def _issue_one(uow: UnitOfWork, proposal: Proposal, letter_date: dt.date, seller: Party,
               manager: str, skips: dict[int, Skip]) -> IssuedLetter | None:
    """Issue one proposal under the customer's lock; None when the customer was served
    meanwhile (another run) or no longer owes it."""
    session = uow.session
    customer = lock_customer(session, proposal.customer_id)
    again = proposals(session, letter_date, customer_ids=[proposal.customer_id],
                      skip={k: v for k, v in skips.items() if k == proposal.customer_id})
    if not again or again[0].level != proposal.level:
        return None
    proposal = again[0]
    try:
        with session.begin_nested():
            return _record(uow, proposal, letter_date, seller, customer, manager)
    except IntegrityError:  # another clerk's run issued this letter first
        return None


def _record(uow: UnitOfWork, proposal: Proposal, letter_date: dt.date, seller: Party,
            customer: Customer, manager: str) -> IssuedLetter:
    from services.documents.letter_pdf import render_letter  # reportlab: on first use only

    session = uow.session
    letter = DunningLetter(customer_id=proposal.customer_id, level=proposal.level,
                           letter_date=letter_date, overdue=proposal.overdue,
                           late_fee=proposal.late_fee, pay_by=proposal.pay_by,
                           skipped_reason=(f"{proposal.manager}：{proposal.skipped_reason}"
                                           if proposal.skipped_levels else ""),
                           created_at=uow.clock.now(), created_by=uow.operator)
    session.add(letter)
    session.flush()  # the unique key speaks here, before a number is taken
    number = next_number(session, "doc_" + PREFIX, letter_date.year, PREFIX)
    pdf = render_letter(letter_content(session, proposal, number, letter_date, seller, customer))
    digest = hashlib.sha256(pdf).hexdigest()
    document = Document(number=number, kind=dunning_kind(proposal.level), contract_id=None,
                        customer_id=proposal.customer_id, amount=proposal.overdue,
                        created_at=uow.clock.now(), created_by=uow.operator, sha256=digest,
                        pdf=pdf)
    session.add(document)
    session.flush()
    letter.document_id = document.id
    session.add_all(DunningLetterItem(letter_id=letter.id, installment_id=item.installment_id,
                                      remaining=item.remaining, days_overdue=item.days_overdue,
                                      late_fee=round_fen(item.late_fee))
                    for item in proposal.items)
    detail = {"number": number, "customer_id": proposal.customer_id, "level": proposal.level,
              "letter_date": letter_date, "overdue": proposal.overdue,
              "late_fee": proposal.late_fee, "pay_by": proposal.pay_by, "sha256": digest}
    if proposal.level >= MANAGER_LEVEL:
        detail["manager"] = manager
    if proposal.skipped_levels:  # a manager's skip, with the reason (like a credit override)
        detail.update(skipped_levels=list(proposal.skipped_levels), manager=proposal.manager,
                      reason=proposal.skipped_reason)
        uow.audit("dunning_skip", "dunning_letter", letter.id, detail)
    uow.audit("issue", "dunning_letter", letter.id, detail)
    session.flush()
    return IssuedLetter(letter.id, number, proposal.customer_id, proposal.code, proposal.name,
                        proposal.level, proposal.overdue, proposal.late_fee, proposal.pay_by,
                        document.id)


def letter_content(session: Session, proposal: Proposal, number: str, letter_date: dt.date,
                   seller: Party, customer: Customer) -> DunningLetterContent:
    """What the letter for `proposal` shows (inside the caller's unit of work)."""
    invoices = invoice_numbers(session, sorted({i.contract_id for i in proposal.items}))
    lines = [LetterLine(i.contract_number, i.due_date, i.amount, i.remaining, i.days_overdue,
                        round_fen(i.late_fee), tuple(invoices.get(i.contract_id, ())),
                        i.late_fee_rate)
             for i in proposal.items]
    recipient = Party(customer.name, customer.address, customer.phone,
                      customer.credit_code or "", "")
    return DunningLetterContent(number, letter_date, proposal.level, seller, recipient, lines,
                                proposal.overdue, proposal.late_fee, proposal.pay_by,
                                contact=customer.salesperson)


def preview_letter(uow: UnitOfWork, proposal: Proposal, letter_date: dt.date) -> bytes:
    """The PDF a proposal would be issued as, numbered （预览）; records nothing."""
    from services.documents.letter_pdf import render_letter
    from services.documents.printing import PREVIEW_NUMBER

    with uow:
        customer = uow.session.get(Customer, proposal.customer_id)
        return render_letter(letter_content(uow.session, proposal, PREVIEW_NUMBER, letter_date,
                                            seller_party(uow.session), customer))


# -- letters issued, reprints and sendings -------------------------------------------------

@dataclass(frozen=True)
class LetterView:
    id: int
    number: str
    customer_id: int
    code: str
    name: str
    level: int
    letter_date: dt.date
    overdue: Decimal
    late_fee: Decimal
    pay_by: dt.date
    document_id: int
    skipped_reason: str
    sent_on: dt.date | None        # the latest recorded sending
    sent_method: str
    tracking_number: str


def letter_views(uow: UnitOfWork, *, customer_id: int | None = None,
                 letter_date: dt.date | None = None,
                 ids: list[int] | None = None) -> list[LetterView]:
    """Letters issued (for a customer, a day, or by id), newest first, with their latest
    sending."""
    with uow:
        return letter_rows(uow.session, customer_id=customer_id, letter_date=letter_date, ids=ids)


def letter_rows(session: Session, *, customer_id: int | None = None,
                letter_date: dt.date | None = None,
                ids: list[int] | None = None) -> list[LetterView]:
    """letter_views inside the caller's session."""
    query = (select(DunningLetter.id, Document.number, DunningLetter.customer_id, Customer.code,
                    Customer.name, DunningLetter.level, DunningLetter.letter_date,
                    DunningLetter.overdue, DunningLetter.late_fee, DunningLetter.pay_by,
                    DunningLetter.document_id, DunningLetter.skipped_reason)
             .join(Document, Document.id == DunningLetter.document_id)
             .join(Customer, Customer.id == DunningLetter.customer_id)
             .order_by(DunningLetter.letter_date.desc(), DunningLetter.id.desc()))
    if customer_id is not None:
        query = query.where(DunningLetter.customer_id == customer_id)
    if letter_date is not None:
        query = query.where(DunningLetter.letter_date == letter_date)
    if ids is not None:
        query = query.where(DunningLetter.id.in_(ids))
    rows = session.execute(query).all()
    sent: dict[int, tuple] = {}
    if rows:
        for lid, on, method, tracking in session.execute(
                select(LetterSending.letter_id, LetterSending.sent_on, LetterSending.method,
                       LetterSending.tracking_number)
                .where(LetterSending.letter_id.in_([r[0] for r in rows]))
                .order_by(LetterSending.sent_on, LetterSending.id)):
            sent[lid] = (db_date(on), method, tracking)
    return [LetterView(*row[:6], db_date(row[6]), *row[7:9], db_date(row[9]), *row[10:],
                       *sent.get(row[0], (None, "", "")))
            for row in rows]


def letter_pdf(uow: UnitOfWork, letter_id: int) -> bytes:
    """The issued letter's stored bytes (a reprint: same number, same bytes), checked against
    its hash. NotFound for an unknown letter."""
    with uow:
        document_id = uow.session.scalar(select(DunningLetter.document_id)
                                         .where(DunningLetter.id == letter_id))
        if document_id is None:
            raise NotFound(f"dunning letter {letter_id}")
        return stored_pdf(uow.session, document_id)


def letters_pdf(uow: UnitOfWork, letter_ids: list[int]) -> bytes:
    """The stored letters, in the order given, as one PDF (each letter keeps its own pages
    and page numbers)."""
    from services.documents.batch import concatenate

    return concatenate([letter_pdf(uow, lid) for lid in letter_ids])


def letter_file_name(view: LetterView) -> str:
    """`BJ-CK-2026-00001 C001 客户名 催款通知.pdf`, safe on Windows."""
    from services.documents.batch import file_name

    return file_name(view.number, f"{view.code} {view.name} {LEVEL_NAMES[view.level]}")


def record_sending(uow: UnitOfWork, letter_id: int, sent_on, method: str,
                   tracking_number: str = "", sent_by: str = "") -> int:
    """Record how a letter was sent; returns the sending's id. It counts as a demand on
    `sent_on` (the limitation clock) and is added to the customer's follow-ups (channel
    "letter", contacted on `sent_on`). Several sendings of one letter may be recorded.

    `sent_on` a date or as typed; `method` one of SENDING_METHODS; post and courier need the
    tracking number. ValidationError naming the field: sent_on (required, not a date, before
    the letter's date: "before_letter", after today: "in_future"), method ("not_allowed"),
    tracking_number ("required", too long), sent_by (too long); NotFound for an unknown letter.
    Saved with its audit entry, or nothing is.
    """
    from services.core.parsing import parse_date

    day = parse_date(sent_on, "sent_on")
    method = choice((method or "").strip(), "method", SENDING_METHODS)
    tracking = clean_text(tracking_number, "tracking_number", 60)
    if method in TRACKED and not tracking:
        raise ValidationError("tracking_number", "required")
    who = clean_text(sent_by, "sent_by", 60) or uow.operator
    if day > uow.clock.today():
        raise ValidationError("sent_on", "in_future")
    with uow.writing():
        letter = uow.session.get(DunningLetter, letter_id)
        if letter is None:
            raise NotFound(f"dunning letter {letter_id}")
        if day < db_date(letter.letter_date):
            raise ValidationError("sent_on", "before_letter")
        number = uow.session.scalar(select(Document.number)
                                    .where(Document.id == letter.document_id))
        sending = LetterSending(letter_id=letter_id, sent_on=day, method=method,
                                tracking_number=tracking, sent_by=who,
                                recorded_at=uow.clock.now())
        uow.session.add(sending)
        how = SENDING_WORDS[method] + (f" {tracking}" if tracking else "")
        uow.session.add(FollowUp(
            customer_id=letter.customer_id, contacted_on=day, channel="letter",
            said=f"发出{LEVEL_NAMES[letter.level]} {number}（{how}）",
            result="已发函", created_at=uow.clock.now(), created_by=who))
        uow.session.flush()
        uow.audit("send", "dunning_letter", letter_id, {
            "number": number, "sent_on": day, "method": method, "tracking_number": tracking,
            "sent_by": who})
        uow.commit()
        return sending.id
