"""Previewing, issuing, recording and reprinting the documents customers sign.

The content comes from the database here; the PDF is drawn by services.documents (reportlab,
imported only when a document is made). A preview takes no number and records nothing; a
document gets its number only when it really leaves the program (issue_document: printed or
written). Each issued document is stored with its bytes and hash, so a reprint is
byte-for-byte the paper the customer signed.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import errno
import hashlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from models import Contract, CreditNote, Customer, Document
from services.core.environment import problem_from
from services.core.errors import NotFound, ValidationError
from services.core.numbering import next_number
from services.core.parsing import parse_date
from services.core.settings import read_company
from services.core.uow import UnitOfWork
from services.documents.content import (
    CREDIT_NOTE,
    IOU,
    PRICE_CONFIRMATION,
    CreditNoteConfirmation,
    Due,
    Iou,
    Line,
    Party,
    PriceConfirmation,
)
from services.ledger.balances import open_installments
from services.ledger.credit_notes import credit_note_detail
from services.ledger.customers import lock_customer

PREFIX = {PRICE_CONFIRMATION: "QR", IOU: "QK"}  # 确认 / 欠款
PREVIEW_NUMBER = "（预览）"  # where the number goes on a preview: numbers are taken on issue only


@dataclass(frozen=True)
class GeneratedDocument:
    """A document issued and recorded: its id, number, kind, amount (yuan), hash and bytes."""
    id: int
    number: str
    kind: str
    amount: Decimal
    sha256: str
    pdf: bytes


def seller_party(session: Session) -> Party:
    """Our company as the seller/creditor on a paper (services.core.settings: read_company):
    name, address, phone, tax number, bank account. ValidationError("company_name",
    "company_missing") when its name is not filled in."""
    company = read_company(session)
    if not company.company_name:
        raise ValidationError("company_name", "company_missing")
    return Party(company.company_name, company.company_address, company.company_phone,
                 company.company_tax_number, company.company_bank_account)


def _buyer(customer: Customer) -> Party:
    """The customer's box: its 统一社会信用代码 as the tax number, "开户行 账号" as the account."""
    bank = " ".join(part for part in (customer.bank_name, customer.bank_account) if part)
    return Party(customer.name, customer.address, customer.phone, customer.credit_code or "",
                 bank)


def _open_dues(session: Session, today: dt.date, *, contract_id: int | None = None,
               customer_id: int | None = None) -> list[Due]:
    """What is still owed, installment by installment, oldest due first."""
    return [Due(i.due_date, i.remaining, i.contract_number)
            for i in open_installments(session, today, contract_id=contract_id,
                                       customer_id=customer_id)]


def _contract(uow: UnitOfWork, contract_id: int) -> Contract:
    contract = uow.session.get(Contract, contract_id)
    if contract is None:
        raise NotFound(f"contract {contract_id}")
    if contract.status == "cancelled":
        raise ValidationError("contract", "not_receivable")
    return contract


def price_confirmation_content(uow: UnitOfWork, contract_id: int, number: str) -> PriceConfirmation:
    """What a price confirmation for the contract shows (inside the caller's unit of work).
    NotFound for an unknown contract; ValidationError when it is cancelled or our company's
    name is not filled in.
    """
    contract = _contract(uow, contract_id)
    customer = uow.session.get(Customer, contract.customer_id)
    return PriceConfirmation(
        number=number, issued_on=uow.clock.today(), seller=seller_party(uow.session), buyer=_buyer(customer),
        contract_number=contract.number, contract_date=contract.signed_on,
        lines=[Line(line.product, line.spec, line.unit, line.quantity, line.unit_price, line.amount)
               for line in contract.lines],
        total=contract.total,
        schedule=[Due(i.due_date, i.amount, contract.number) for i in contract.installments],
        late_fee_rate=contract.late_fee_rate)


def iou_content(uow: UnitOfWork, number: str, *, contract_id: int | None = None,
                customer_id: int | None = None, pay_by: dt.date | None = None) -> Iou:
    """For one contract's unpaid amount, or (no contract) a customer's whole open balance,
    each installment by its original due date; `pay_by`: the repayment date agreed now (None
    only for a preview before it is given)."""
    if contract_id is not None:
        contract = _contract(uow, contract_id)
        customer_id = contract.customer_id
        dues = _open_dues(uow.session, uow.clock.today(), contract_id=contract_id)
        contracts = [contract]
    else:
        dues = _open_dues(uow.session, uow.clock.today(), customer_id=customer_id)
        numbers = sorted({d.contract_number for d in dues})
        contracts = list(uow.session.scalars(select(Contract).where(Contract.number.in_(numbers))
                                             .order_by(Contract.number)))
    customer = uow.session.get(Customer, customer_id)
    if customer is None:
        raise NotFound(f"customer {customer_id}")
    amount = sum((d.amount for d in dues), Decimal("0.00"))
    if amount <= 0:
        raise ValidationError("iou", "nothing_owed")
    # One late-fee clause only when every contract agreed the same rate.
    rates = {c.late_fee_rate for c in contracts}
    return Iou(
        number=number, issued_on=uow.clock.today(), creditor=seller_party(uow.session), debtor=_buyer(customer),
        amount=amount, contract_numbers=[c.number for c in contracts],
        delivery_numbers=[c.delivery_note_no for c in contracts if c.delivery_note_no],
        schedule=dues, late_fee_rate=rates.pop() if len(rates) == 1 else None, pay_by=pay_by)


def check_pay_by(uow: UnitOfWork, pay_by: object, *, required: bool = True) -> dt.date | None:
    """An IOU's repayment date as typed or a date: required when it is printed (without one
    its limitation would run from the old due dates, or the day it is signed), never before
    today. ValidationError("pay_by", required | not_a_date | date_out_of_range |
    before_today)."""
    day = parse_date(pay_by, "pay_by", required=required)
    if day is not None and day < uow.clock.today():
        raise ValidationError("pay_by", "before_today")
    return day


def _render(uow: UnitOfWork, kind: str, number: str, contract_id: int | None,
            customer_id: int | None, pay_by: dt.date | None = None
            ) -> tuple[bytes, Decimal, int]:
    """The PDF of a document numbered `number`, its amount and the customer it is for."""
    from services.documents import render  # reportlab: loaded on first use only

    if kind == PRICE_CONFIRMATION:
        if contract_id is None:
            raise ValueError("a price confirmation is made for a contract")
        content = price_confirmation_content(uow, contract_id, number)
        customer_id = uow.session.get(Contract, contract_id).customer_id
        return render.render_price_confirmation(content), content.total, customer_id
    if kind == IOU:
        if contract_id is None and customer_id is None:
            raise ValueError("an IOU is made for a contract or a customer")
        content = iou_content(uow, number, contract_id=contract_id, customer_id=customer_id,
                              pay_by=pay_by)
        customer_id = customer_id or uow.session.get(Contract, contract_id).customer_id
        return render.render_iou(content), content.amount, customer_id
    raise ValueError(f"unknown document kind {kind!r}")


def preview_document(uow: UnitOfWork, kind: str, *, contract_id: int | None = None,
                     customer_id: int | None = None, pay_by: object = None) -> bytes:
    """The PDF of a document as it would be issued now, with PREVIEW_NUMBER where its number
    goes. Reads only: records nothing and takes no number.

    `kind` is PRICE_CONFIRMATION (for `contract_id`) or IOU (for `contract_id`, or the whole open
    balance of `customer_id`). NotFound for an unknown contract or customer; ValidationError
    when the contract is cancelled, our company's name is not filled in, or (IOU) nothing is
    owed; DatabaseProblem when the database cannot be read. An IOU's `pay_by` (the repayment
    date agreed now) may be left out on a preview ("待约定" where it goes); one given is
    checked as check_pay_by does.
    """
    with uow:
        day = check_pay_by(uow, pay_by, required=False) if kind == IOU else None
        pdf, _amount, _customer = _render(uow, kind, PREVIEW_NUMBER, contract_id, customer_id,
                                          day)
        return pdf


def issue_document(uow: UnitOfWork, kind: str, *, contract_id: int | None = None,
                   customer_id: int | None = None,
                   deliver: Callable[[bytes, str], None],
                   pay_by: object = None) -> GeneratedDocument:
    """Issue a new document: take its number, draw it, hand it to `deliver(pdf, number)` (which
    prints it or writes the file, and raises if it could not), then record it (number, hash,
    bytes, who, when; audited). All in one transaction that holds the write lock: a number is
    used only by a document that left the program, and nobody else can take it meanwhile.

    Returns the recorded document (`amount` in yuan, to the fen). Whatever `deliver` raises
    leaves this function (an OSError that is a full disk or a read-only/forbidden file as
    DatabaseProblem) after a rollback: nothing recorded, the number not used. The content errors
    are preview_document's; DatabaseProblem when the database is busy or cannot be written.
    Should the commit itself fail after `deliver` returned (the database lost on the way), the
    error is raised all the same: a caller that wrote a file removes it, one that printed says
    that paper carries no recorded number.

    An IOU needs `pay_by`, the repayment date agreed with the customer now (typed or a date,
    today or later): printed as the deadline and kept in Document.pay_by; without one it is
    refused (ValidationError("pay_by", …), see check_pay_by), nothing recorded.
    """
    if kind not in PREFIX:
        raise ValueError(f"unknown document kind {kind!r}")
    with uow.writing():
        made = record_document(uow, kind, contract_id=contract_id, customer_id=customer_id,
                               pay_by=pay_by)
        deliver(made.pdf, made.number)
        uow.commit()
        return made


def record_document(uow: UnitOfWork, kind: str, *, contract_id: int | None = None,
                    customer_id: int | None = None, pay_by: object = None
                    ) -> GeneratedDocument:
    """Inside the caller's open writing unit of work (`with uow.writing():`): take the next
    number, draw the document and record it (audited), without committing. The caller hands the
    bytes on and commits only once they left the program (issue_document; a batch into one
    file). The errors of issue_document before `deliver` (an IOU needs `pay_by`)."""
    if kind not in PREFIX:
        raise ValueError(f"unknown document kind {kind!r}")
    day = check_pay_by(uow, pay_by) if kind == IOU else None
    number = next_number(uow.session, "doc_" + PREFIX[kind], uow.clock.today().year,
                         PREFIX[kind])
    pdf, amount, customer_id = _render(uow, kind, number, contract_id, customer_id, day)
    digest = hashlib.sha256(pdf).hexdigest()
    document = Document(number=number, kind=kind, contract_id=contract_id,
                        customer_id=customer_id, amount=amount, created_at=uow.clock.now(),
                        created_by=uow.operator, sha256=digest, pdf=pdf, pay_by=day)
    uow.session.add(document)
    uow.session.flush()  # a conflict shows up here, before the paper leaves
    detail = {"number": number, "kind": kind, "amount": amount, "sha256": digest}
    if day is not None:
        detail["pay_by"] = day
    uow.audit("issue", "document", document.id, detail)
    uow.session.flush()
    return GeneratedDocument(document.id, number, kind, amount, digest, pdf)


def credit_note_content(uow: UnitOfWork, credit_note_id: int) -> CreditNoteConfirmation:
    """What the confirmation of a return or an allowance shows (inside the caller's unit of
    work): its own number and date, the contract, a return's lines, the reason, the amount and
    what it took off what is owed (the rest: credit). NotFound for an unknown credit note;
    ValidationError ("credit_note", "already_reversed") when its payment was reversed, or
    ("company_name", "company_missing")."""
    note = credit_note_detail(uow.session, credit_note_id)
    if note.reversed_on is not None:
        raise ValidationError("credit_note", "already_reversed")
    customer = uow.session.get(Customer, note.customer_id)
    return CreditNoteConfirmation(
        number=note.number, issued_on=note.issued_on, kind=note.kind, seller=seller_party(uow.session),
        buyer=_buyer(customer), contract_number=note.contract_number,
        contract_date=note.contract_signed_on, reason=note.reason, amount=note.amount,
        lines=[Line(line.product, line.spec, line.unit, line.quantity, line.unit_price,
                    line.amount) for line in note.lines],
        reduced=note.reduced, surplus=note.surplus)


def preview_credit_note(uow: UnitOfWork, credit_note_id: int) -> bytes:
    """The PDF of a credit note's confirmation as it would be recorded now (it carries the
    note's own number). Reads only: records nothing. The errors of credit_note_content;
    DatabaseProblem when the database cannot be read."""
    from services.documents import render  # reportlab: loaded on first use only

    with uow:
        return render.render_credit_note(credit_note_content(uow, credit_note_id))


def credit_note_document_id(uow: UnitOfWork, credit_note_id: int) -> int | None:
    """The recorded confirmation of a credit note (a Document of kind CREDIT_NOTE numbered as
    the note), or None while it has never left the program."""
    with uow:
        return uow.session.scalar(
            select(Document.id).join(CreditNote, CreditNote.number == Document.number)
            .where(CreditNote.id == credit_note_id, Document.kind == CREDIT_NOTE))


def issue_credit_note(uow: UnitOfWork, credit_note_id: int, *,
                      deliver: Callable[[bytes, str], None]) -> GeneratedDocument:
    """Record a credit note's confirmation the first time it leaves the program, as
    issue_document does, without a second number: the Document is numbered as the note (kind
    CREDIT_NOTE, amount in yuan, hash, bytes, who, when; audited as "issue"). `deliver(pdf,
    number)` prints it or writes the file and raises if it could not; only then is it recorded,
    in one transaction under the customer's lock.

    Already recorded (another clerk was quicker): the stored bytes are delivered and that
    document is returned; nothing new is recorded. Errors: those of credit_note_content and
    issue_document (whatever `deliver` raises leaves after a rollback, nothing recorded).
    """
    from services.documents import render  # reportlab: loaded on first use only

    with uow.writing():
        customer_id = uow.session.scalar(select(CreditNote.customer_id)
                                         .where(CreditNote.id == credit_note_id))
        if customer_id is None:
            raise NotFound(f"credit note {credit_note_id}")
        lock_customer(uow.session, customer_id)  # one confirmation per note, however many print
        existing = uow.session.scalar(
            select(Document).join(CreditNote, CreditNote.number == Document.number)
            .where(CreditNote.id == credit_note_id, Document.kind == CREDIT_NOTE))
        if existing is not None:
            if hashlib.sha256(existing.pdf).hexdigest() != existing.sha256:
                raise RuntimeError(f"document {existing.number} does not match its recorded hash")
            deliver(existing.pdf, existing.number)
            return GeneratedDocument(existing.id, existing.number, CREDIT_NOTE, existing.amount,
                                     existing.sha256, existing.pdf)
        content = credit_note_content(uow, credit_note_id)
        pdf = render.render_credit_note(content)
        digest = hashlib.sha256(pdf).hexdigest()
        contract_id = uow.session.scalar(select(CreditNote.contract_id)
                                         .where(CreditNote.id == credit_note_id))
        document = Document(number=content.number, kind=CREDIT_NOTE, contract_id=contract_id,
                            customer_id=customer_id, amount=content.amount,
                            created_at=uow.clock.now(), created_by=uow.operator, sha256=digest,
                            pdf=pdf)
        uow.session.add(document)
        uow.session.flush()
        uow.audit("issue", "document", document.id, {
            "number": content.number, "kind": CREDIT_NOTE, "amount": content.amount,
            "sha256": digest, "credit_note_id": credit_note_id})
        uow.session.flush()
        deliver(pdf, content.number)
        uow.commit()
        return GeneratedDocument(document.id, content.number, CREDIT_NOTE, content.amount,
                                 digest, pdf)


def write_pdf(path: str | Path, pdf: bytes) -> None:
    """Write a document's bytes to the file `path` whole or not at all; a deliver for
    issue_document. The bytes go to a hidden partial file beside it (".<name>.partial") that
    then replaces `path` in one step: a write that fails halfway leaves the old file, or none,
    never half a one, and no partial file.

    A full disk or a read-only or forbidden file or folder raises DatabaseProblem (disk_full,
    read_only…) with the OSError as its cause; any other OSError (no such folder, a folder
    given as the file…) is raised as it is.
    """
    path = Path(path)
    partial = path.with_name(f".{path.name}.partial")
    try:
        if path.is_dir():
            raise IsADirectoryError(errno.EISDIR, "Is a directory", str(path))
        try:
            with open(partial, "wb") as file:
                file.write(pdf)
            os.replace(partial, path)
        finally:
            with contextlib.suppress(OSError):
                partial.unlink(missing_ok=True)
    except OSError as error:
        problem = problem_from(error)
        if problem is None:
            raise
        raise problem from error


def document_pdf(uow: UnitOfWork, document_id: int) -> bytes:
    """The stored bytes of a document, checked against the hash recorded when it was made."""
    with uow:
        return stored_pdf(uow.session, document_id)


def stored_pdf(session: Session, document_id: int) -> bytes:
    """document_pdf inside the caller's session: NotFound for an unknown id; RuntimeError when
    the bytes do not match the recorded hash."""
    document = session.get(Document, document_id)
    if document is None:
        raise NotFound(f"document {document_id}")
    if hashlib.sha256(document.pdf).hexdigest() != document.sha256:
        raise RuntimeError(f"document {document.number} does not match its recorded hash")
    return document.pdf


@dataclass(frozen=True)
class DocumentRow:
    id: int
    number: str
    kind: str
    contract_number: str
    amount: Decimal
    created_at: dt.datetime
    created_by: str
    sha256: str


def list_documents(uow: UnitOfWork, *, contract_id: int | None = None,
                   customer_id: int | None = None) -> list[DocumentRow]:
    """Documents made for a contract or a customer (or all), newest first; amounts in yuan."""
    with uow:
        query = (select(Document.id, Document.number, Document.kind, Contract.number,
                        Document.amount, Document.created_at, Document.created_by, Document.sha256)
                 .outerjoin(Contract, Contract.id == Document.contract_id)
                 .order_by(Document.created_at.desc(), Document.id.desc()))
        if contract_id is not None:
            query = query.where(Document.contract_id == contract_id)
        if customer_id is not None:
            query = query.where(Document.customer_id == customer_id)
        return [DocumentRow(r[0], r[1], r[2], r[3] or "", *r[4:]) for r in uow.session.execute(query)]
