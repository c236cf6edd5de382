"""Customer statements (对账单 / 对账确认函): issued for a period, numbered BJ-DZ-2026-00001,
stored with their bytes and SHA-256 like the documents customers sign, and answered by the
customer: confirmed (the balance matched; the customer's written acknowledgement of the debt on
that day) or disputed (its own figure and what does not match).

The figures are the ledger's (services.ledger.balances), the customer's *net* balance: owed less
unapplied credit. Opening = that balance at the end of the day before the period; closing = at
the end of its last day; in between every movement that changes it, in date order, with a
running balance that ends at the closing (services.documents.statement_content says which
movements count and why applying credit shows but changes nothing).
"""
from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from models import (
    Allocation,
    Contract,
    CreditNote,
    Customer,
    Document,
    Installment,
    Payment,
    Statement,
)
from models.base import fen, fen_to_yuan
from models.payment import CREDIT_NOTE_METHOD
from services.collection.rules import aging_edges, bucket_labels, bucket_of
from services.core.errors import NotFound, ValidationError
from services.core.numbering import next_number
from services.core.parsing import db_date
from services.core.uow import UnitOfWork
from services.documents.content import Party
from services.documents.printing import PREVIEW_NUMBER, seller_party, stored_pdf
from services.documents.statement_content import (
    APPLICATION,
    CREDIT_NOTE,
    DAY_ORDER,
    OWED,
    PAYMENT,
    REVERSAL,
    STATEMENT,
    UNDONE,
    AgingBucket,
    CustomerStatement,
    StatementContract,
    StatementLine,
)
from services.documents.wording import PAYMENT_METHOD_WORDS
from services.ledger.balances import (
    credit_parts,
    customer_balance,
    installment_balances,
    owed_since,
    unallocated_credit,
)
from services.ledger.customers import lock_customer
from services.ledger.invoices import invoice_numbers

PREFIX = "DZ"  # 对账: BJ-DZ-2026-00001
ZERO = Decimal("0.00")
DAY = dt.timedelta(days=1)
NOTE_WORDS = {"return": "退货", "allowance": "折让"}
STATUSES = ("issued", "confirmed", "disputed")


@dataclass(frozen=True)
class IssuedStatement:
    """A statement issued and recorded (amounts in yuan)."""
    id: int
    document_id: int
    number: str
    customer_id: int
    period_from: dt.date
    period_to: dt.date
    opening: Decimal
    closing: Decimal
    sha256: str
    pdf: bytes


@dataclass(frozen=True)
class StatementRow:
    """A statement as listed for its customer (amounts in yuan)."""
    id: int
    document_id: int
    number: str
    issued_on: dt.date
    period_from: dt.date
    period_to: dt.date
    opening: Decimal
    closing: Decimal
    status: str                      # issued, confirmed, disputed
    replied_on: dt.date | None
    customer_balance: Decimal | None  # what the customer says it owes (confirmed: the closing)
    reply_note: str


# -- the balance and what moved it -----------------------------------------------------------

def net_balance(session: Session, customer_id: int, as_of: dt.date) -> tuple[Decimal, Decimal]:
    """(owed, unapplied credit) of the customer at the end of `as_of`, in yuan: the ledger's
    figures (balances.customer_balance, balances.unallocated_credit). Net = owed − credit."""
    return (customer_balance(session, customer_id, as_of).outstanding,
            unallocated_credit(session, customer_id, as_of))


def _owed_lines(session: Session, customer_id: int, first: dt.date, last: dt.date) -> list[tuple]:
    """(day, kind, summary, reference, amount, contract_id) for each contract's installments
    that became owed on a day of the period (balances.owed_since), one line per contract and
    day."""
    since = owed_since().label("day")
    rows = (select(Installment.contract_id, since, Installment.is_deposit,
                   fen(Installment.amount).label("amount"))
            .join(Contract, Contract.id == Installment.contract_id)
            .where(Contract.customer_id == customer_id)).subquery("owing")
    query = (select(rows.c.contract_id, rows.c.day, func.sum(rows.c.amount),
                    # min over 1/0, not over the boolean: PostgreSQL has no min(boolean)
                    func.min(case((rows.c.is_deposit, 1), else_=0)), Contract.number,
                    Contract.delivery_note_no)
             .join(Contract, Contract.id == rows.c.contract_id)
             .where(rows.c.day >= first, rows.c.day <= last)
             .group_by(rows.c.contract_id, rows.c.day, Contract.number, Contract.delivery_note_no))
    lines = []
    for contract_id, day, amount, all_deposit, number, delivery_no in session.execute(query):
        if all_deposit:
            summary = f"合同 {number} 定金（合同确认）"
        else:
            summary = f"合同 {number} 发货" + (f"（送货单号 {delivery_no}）" if delivery_no else "")
        lines.append((db_date(day), OWED, summary, number, fen_to_yuan(amount), contract_id))
    return lines


def _payment_lines(session: Session, customer_id: int, first: dt.date,
                   last: dt.date) -> list[tuple]:
    """Money received and credit notes in the period (−), and reversals of them (+): a payment
    counts from its day until the day it is reversed (balances.payment_active)."""
    query = (select(Payment.received_on, Payment.reversed_on, Payment.amount, Payment.method,
                    Payment.reference, Contract.number, CreditNote.number, CreditNote.kind)
             .outerjoin(Contract, Contract.id == Payment.contract_id)
             .outerjoin(CreditNote, CreditNote.id == Payment.credit_note_id)
             .where(Payment.customer_id == customer_id, Payment.received_on <= last,
                    (Payment.reversed_on.is_(None)) | (Payment.reversed_on >= first))
             .order_by(Payment.received_on, Payment.id))
    lines = []
    for received, reversed_on, amount, method, reference, contract, note, note_kind in \
            session.execute(query):
        received, reversed_on = db_date(received), db_date(reversed_on)
        if reversed_on is not None and reversed_on <= received:
            continue  # reversed the day it came: it never counted
        if method == CREDIT_NOTE_METHOD:
            kind, what = CREDIT_NOTE, f"{NOTE_WORDS.get(note_kind, '退货/折让')}（合同 {contract}）"
            reference = note or reference
        else:
            kind, what = PAYMENT, f"收款（{PAYMENT_METHOD_WORDS.get(method, method)}）"
            if contract:
                what = f"收款（{PAYMENT_METHOD_WORDS.get(method, method)}，合同 {contract}）"
        if received >= first:
            lines.append((received, kind, what, reference, amount, None))
        if reversed_on is not None and first <= reversed_on <= last:
            lines.append((reversed_on, REVERSAL, f"冲回 {received:%Y-%m-%d} 的{what}", reference,
                          amount, None))
    return lines


def _application_lines(session: Session, customer_id: int, first: dt.date,
                       last: dt.date) -> list[tuple]:
    """Credit applied to a debt after the money came (核销预收款) in the period, and such
    applications undone: listed, the balance unchanged. An allocation made with its payment is
    the payment itself and is not listed apart."""
    query = (select(Allocation.applied_on, Allocation.undone_on, Allocation.amount,
                    Payment.received_on, Payment.reversed_on, Contract.number)
             .join(Payment, Payment.id == Allocation.payment_id)
             .join(Installment, Installment.id == Allocation.installment_id)
             .join(Contract, Contract.id == Installment.contract_id)
             .where(Payment.customer_id == customer_id,
                    Allocation.applied_on > Payment.received_on, Allocation.applied_on <= last))
    lines = []
    for applied, undone, amount, received, reversed_on, contract in session.execute(query):
        applied, undone, received = db_date(applied), db_date(undone), db_date(received)
        reversed_on = db_date(reversed_on)
        if reversed_on is not None and reversed_on <= applied:
            continue
        if undone is not None and undone <= applied:
            continue
        note = f"以 {received:%Y-%m-%d} 的预收款 {_yuan(amount)} 冲抵合同 {contract} 的应收"
        if applied >= first:
            lines.append((applied, APPLICATION, "预收款核销", contract, amount, None, note))
        if undone is not None and first <= undone <= last and (
                reversed_on is None or undone < reversed_on):
            lines.append((undone, UNDONE, "撤销预收款核销", contract, amount, None, note))
    return lines


def _yuan(amount: Decimal) -> str:
    return f"¥{amount:,.2f}"


def movements(session: Session, customer_id: int, first: dt.date, last: dt.date,
              opening: Decimal) -> list[StatementLine]:
    """The customer's movements on the days first..last (both included), in date order (what
    became owed first within a day), each with the running net balance after it."""
    return _movements(session, customer_id, first, last, opening)[0]


def _movements(session: Session, customer_id: int, first: dt.date, last: dt.date,
               opening: Decimal) -> tuple[list[StatementLine], set[int]]:
    """movements, and the ids of the contracts that became owed in the period."""
    owing = _owed_lines(session, customer_id, first, last)
    found = [(*row, "") for row in owing]
    found += [(*row, "") for row in _payment_lines(session, customer_id, first, last)]
    found += _application_lines(session, customer_id, first, last)
    found.sort(key=lambda row: (row[0], DAY_ORDER[row[1]]))
    balance, lines = opening, []
    for day, kind, summary, reference, amount, _contract, note in found:
        debit = amount if kind in (OWED, REVERSAL) else None
        credit = amount if kind in (PAYMENT, CREDIT_NOTE) else None
        balance += (debit or ZERO) - (credit or ZERO)
        lines.append(StatementLine(day, kind, summary, reference or "", debit, credit, balance,
                                   note))
    return lines, {row[5] for row in owing}


# -- what else the paper says ------------------------------------------------------------------

def _unpaid(session: Session, customer_id: int, as_of: dt.date) -> list[tuple]:
    """(contract_id, due_date, remaining yuan) of the customer's installments unpaid at the end
    of `as_of` (balances.installment_balances, one query): their sum is its owed balance."""
    inst = installment_balances(as_of, customer_ids=[customer_id]).subquery("inst")
    query = (select(inst.c.contract_id, inst.c.due_date, inst.c.remaining)
             .where(inst.c.remaining != 0))
    return [(cid, db_date(due), fen_to_yuan(left)) for cid, due, left in session.execute(query)]


def _aging(session: Session, unpaid: list[tuple], as_of: dt.date) -> list[AgingBucket]:
    """The installments unpaid at the end of `as_of` (_unpaid) by days past due, in the aging
    report's buckets and words (collection.rules: the edges, bucket_of, bucket_labels; the
    column head says they are days)."""
    edges = aging_edges(session)
    labels = bucket_labels(edges)
    sums = [ZERO] * len(labels)
    for _contract, due, remaining in unpaid:
        sums[bucket_of((as_of - due).days, edges)] += remaining
    return [AgingBucket(label, amount) for label, amount in zip(labels, sums, strict=True)]


def _contracts(session: Session, unpaid: list[tuple],
               owed_in_period: set[int]) -> list[StatementContract]:
    """Contracts owed in the period or with something unpaid at its end (_unpaid), by
    number."""
    remaining: dict[int, Decimal] = {}
    for cid, _due, left in unpaid:
        remaining[cid] = remaining.get(cid, ZERO) + left
    ids = owed_in_period | {cid for cid, left in remaining.items() if left}
    if not ids:
        return []
    invoices = invoice_numbers(session, sorted(ids))
    query = (select(Contract.id, Contract.number, Contract.signed_on, Contract.total)
             .where(Contract.id.in_(ids)).order_by(Contract.number))
    return [StatementContract(number, db_date(signed), total, remaining.get(cid, ZERO),
                              invoices.get(cid, []))
            for cid, number, signed, total in session.execute(query)]


def _customer(session: Session, customer_id: int) -> Customer:
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise NotFound(f"customer {customer_id}")
    return customer


def default_period(session: Session, customer_id: int,
                   today: dt.date) -> tuple[dt.date, dt.date]:
    """(from, to): to is `today`; from is the day after the customer's last statement ended
    (never stated: its first movement, an installment owed or a payment, or `today`).

    The rule: a default period never covers a day already stated, so no movement is listed
    twice. When the last statement ended `today` (or later) there is nothing new to state: from
    is after to, and issuing with this default is refused as a backwards period
    (ValidationError("period_from", "after_period_end")). A period given in full is the
    caller's: it may cover stated days again (a year's statement asked for by an auditor)."""
    last = session.scalar(select(func.max(Statement.period_to))
                          .where(Statement.customer_id == customer_id))
    if last is not None:
        return db_date(last) + DAY, today
    owed_first = session.scalar(
        select(func.min(owed_since())).select_from(Installment)
        .join(Contract, Contract.id == Installment.contract_id)
        .where(Contract.customer_id == customer_id))
    paid_first = session.scalar(select(func.min(Payment.received_on))
                                .where(Payment.customer_id == customer_id))
    firsts = [db_date(d) for d in (owed_first, paid_first) if d is not None]
    return min([*firsts, today]), today


def _period(session: Session, customer_id: int, today: dt.date, period_from: dt.date | None,
            period_to: dt.date | None) -> tuple[dt.date, dt.date]:
    """The period asked for, missing ends from default_period; ValidationError when it is
    backwards."""
    if period_from is None or period_to is None:
        first, _today = default_period(session, customer_id, period_to or today)
        period_from = period_from or first
        period_to = period_to or today
    if period_to > today:
        raise ValidationError("period_to", "in_future")
    if period_from > period_to:
        raise ValidationError("period_from", "after_period_end")
    return period_from, period_to


def statement_content(uow: UnitOfWork, customer_id: int, number: str,
                      period_from: dt.date | None = None,
                      period_to: dt.date | None = None) -> CustomerStatement:
    """What the statement shows (inside the caller's unit of work). NotFound for an unknown
    customer; ValidationError when the period is backwards or our company's name is missing."""
    session, today = uow.session, uow.clock.today()
    customer = _customer(session, customer_id)
    first, last = _period(session, customer_id, today, period_from, period_to)
    owed_before, credit_before = net_balance(session, customer_id, first - DAY)
    opening = owed_before - credit_before
    lines, owed_ids = _movements(session, customer_id, first, last, opening)
    unpaid = _unpaid(session, customer_id, last)
    owed_end = sum((left for _cid, _due, left in unpaid), ZERO)
    credit_end = unallocated_credit(session, customer_id, last)
    seller = seller_party(session)
    return CustomerStatement(
        number=number, issued_on=today, period_from=first, period_to=last, seller=seller,
        customer=Party(customer.name, customer.address, customer.phone),
        customer_code=customer.code, opening=opening, lines=lines,
        closing=lines[-1].balance if lines else opening, closing_owed=owed_end,
        closing_credit=credit_end, aging=_aging(session, unpaid, last),
        contracts=_contracts(session, unpaid, owed_ids),
        contact=uow.operator, contact_phone=seller.phone)


# -- issuing, replies, reprints --------------------------------------------------------------

def preview_statement(uow: UnitOfWork, customer_id: int, period_from: dt.date | None = None,
                      period_to: dt.date | None = None) -> bytes:
    """The statement's PDF as it would be issued now, PREVIEW_NUMBER where its number goes.
    Reads only. The errors of statement_content; ValueError if its figures disagree."""
    from services.documents.statement_pdf import render_statement  # reportlab on first use

    with uow:
        return render_statement(statement_content(uow, customer_id, PREVIEW_NUMBER,
                                                  period_from, period_to))


def record_statement(uow: UnitOfWork, customer_id: int, period_from: dt.date | None = None,
                     period_to: dt.date | None = None) -> IssuedStatement:
    """Inside the caller's open writing unit of work: take the next DZ number, draw the
    statement, store it (Document kind "statement" with its SHA-256; a Statement row, status
    issued; audited), without committing."""
    from services.documents.statement_pdf import render_statement  # reportlab on first use

    session = uow.session
    lock_customer(session, customer_id)
    number = next_number(session, "doc_" + PREFIX, uow.clock.today().year, PREFIX)
    content = statement_content(uow, customer_id, number, period_from, period_to)
    pdf = render_statement(content)
    digest = hashlib.sha256(pdf).hexdigest()
    document = Document(number=number, kind=STATEMENT, contract_id=None, customer_id=customer_id,
                        amount=content.closing, created_at=uow.clock.now(),
                        created_by=uow.operator, sha256=digest, pdf=pdf)
    session.add(document)
    session.flush()
    statement = Statement(document_id=document.id, customer_id=customer_id,
                          period_from=content.period_from, period_to=content.period_to,
                          opening=content.opening, closing=content.closing, status="issued")
    session.add(statement)
    session.flush()
    uow.audit("issue", "statement", statement.id, {
        "number": number, "customer_id": customer_id, "from": content.period_from,
        "to": content.period_to, "opening": content.opening, "closing": content.closing,
        "sha256": digest})
    session.flush()
    return IssuedStatement(statement.id, document.id, number, customer_id, content.period_from,
                           content.period_to, content.opening, content.closing, digest, pdf)


def issue_statement(uow: UnitOfWork, customer_id: int, period_from: dt.date | None = None,
                    period_to: dt.date | None = None, *,
                    deliver: Callable[[bytes, str], None] | None = None) -> IssuedStatement:
    """Issue a statement for the customer and the period (default: default_period): numbered
    BJ-DZ-YYYY-NNNNN, handed to `deliver(pdf, number)` when given (it prints or writes the file
    and raises if it could not), then recorded and committed. Whatever `deliver` raises leaves
    after a rollback: nothing recorded, the number unused. NotFound for an unknown customer;
    ValidationError for a backwards period or our company's name missing."""
    with uow.writing():
        made = record_statement(uow, customer_id, period_from, period_to)
        if deliver is not None:
            deliver(made.pdf, made.number)
        uow.commit()
        return made


def statement_pdf(uow: UnitOfWork, statement_id: int) -> bytes:
    """The stored bytes of an issued statement (a reprint is the very paper sent), checked
    against its hash. NotFound for an unknown statement."""
    with uow:
        document_id = uow.session.scalar(select(Statement.document_id)
                                         .where(Statement.id == statement_id))
        if document_id is None:
            raise NotFound(f"statement {statement_id}")
        return stored_pdf(uow.session, document_id)


def record_reply(uow: UnitOfWork, statement_id: int, confirmed: bool, replied_on: dt.date,
                 customer_balance: Decimal | None = None, note: str = "") -> str:
    """Record the customer's answer; returns the new status. Confirmed: the balance matched
    (the customer's figure is the closing balance); disputed: the customer's own figure or a
    note saying what does not match is required. Audited. ValidationError: replied_on before
    the statement was issued or after today, a disputed reply without figure or note, a
    statement already answered; NotFound for an unknown statement."""
    note = (note or "").strip()
    with uow.writing():
        statement = uow.session.get(Statement, statement_id)
        if statement is None:
            raise NotFound(f"statement {statement_id}")
        if statement.status != "issued":
            raise ValidationError("statement", "already_replied")
        issued = uow.session.get(Document, statement.document_id).created_at.date()
        if replied_on < issued:
            raise ValidationError("replied_on", "before_statement")
        if replied_on > uow.clock.today():
            raise ValidationError("replied_on", "in_future")
        if confirmed:
            statement.status, statement.customer_balance = "confirmed", statement.closing
        else:
            if customer_balance is None and not note:
                raise ValidationError("customer_balance", "reply_without_difference")
            statement.status, statement.customer_balance = "disputed", customer_balance
        statement.replied_on, statement.reply_note = replied_on, note
        statement.replied_recorded_by = uow.operator
        uow.audit("reply", "statement", statement.id, {
            "status": statement.status, "replied_on": replied_on,
            "customer_balance": statement.customer_balance, "note": note})
        uow.commit()
        return statement.status


def list_statements(uow: UnitOfWork, customer_id: int) -> list[StatementRow]:
    """The customer's statements, newest first."""
    query = (select(Statement.id, Statement.document_id, Document.number, Document.created_at,
                    Statement.period_from, Statement.period_to, Statement.opening,
                    Statement.closing, Statement.status, Statement.replied_on,
                    Statement.customer_balance, Statement.reply_note)
             .join(Document, Document.id == Statement.document_id)
             .where(Statement.customer_id == customer_id)
             .order_by(Statement.period_to.desc(), Statement.id.desc()))
    with uow:
        return [StatementRow(sid, did, number, created.date(), db_date(first), db_date(last),
                             opening, closing, status, db_date(replied), balance, note or "")
                for sid, did, number, created, first, last, opening, closing, status, replied,
                balance, note in uow.session.execute(query)]


def suggested_period(uow: UnitOfWork, customer_id: int) -> tuple[dt.date, dt.date]:
    """default_period in its own unit of work (for a dialog's fields)."""
    with uow:
        _customer(uow.session, customer_id)
        return default_period(uow.session, customer_id, uow.clock.today())


def find_customer_id(uow: UnitOfWork, code: str) -> int:
    """The id of the customer with this code (exactly, spaces around ignored); NotFound."""
    with uow:
        found = uow.session.scalar(select(Customer.id).where(Customer.code == code.strip()))
    if found is None:
        raise NotFound(f"customer {code}")
    return found


def customers_with_balance(session: Session, as_of: dt.date) -> list[tuple[int, str, str]]:
    """(id, code, name) of customers owing something or holding unapplied credit at the end of
    `as_of`, by code."""
    inst = installment_balances(as_of).subquery("inst")
    owing = select(inst.c.customer_id).where(inst.c.remaining != 0)
    parts = credit_parts(as_of).subquery("credit")
    holding = (select(parts.c.customer_id).group_by(parts.c.customer_id)
               .having(func.sum(parts.c.credit) > 0))
    query = (select(Customer.id, Customer.code, Customer.name)
             .where(Customer.id.in_(owing) | Customer.id.in_(holding))
             .order_by(Customer.code))
    return [tuple(row) for row in session.execute(query)]

