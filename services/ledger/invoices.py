"""VAT invoices (增值税发票) issued against a contract, and how each reached the customer.

Hospitals and government offices pay only against an invoice, and a wrong or missing invoice is
a common reason for paying late, so each contract keeps the invoices issued for it. The rules:
- a number (发票号码) is required and used once across all invoices;
- kind 专票 ("special") or 普票 ("ordinary"); issued on a day no later than today;
- amount > 0, and the contract's invoices together never above the contract's total (the signed
  total: a return is invoiced back with a red-letter invoice, which is recorded by lowering or
  removing the invoice it corrects);
- only an agreed contract (confirmed, delivered or closed) is invoiced, never a draft or a
  cancelled one;
- how it was sent: courier (快递, with its tracking number: required), post (邮寄, tracking
  number optional), in person (当面) or email (邮件); "" while not yet sent;
- the day the customer received it: not before it was issued, not after today, and only once
  it was sent somehow.
Every record, change and removal is audited in the same transaction.

Which installments an invoice covers (the 到期未开票 alert, `uninvoiced`): a contract's invoices
are not tied to installments, so they cover its schedule in due order. An installment is
covered when the contract's invoices issued by the day asked about add up to at least the sum
of its installments due up to and including this one (due date, then id), each less what
credit notes took off it; what they lack of that sum, at most the installment's own amount
(less its credit notes), is its uninvoiced part. Invoices before the
first one ever recorded were on paper only: installments due before that day are not asked
about (a database that records no invoices raises no such alert).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import Select, and_, case, func, or_, select
from sqlalchemy.orm import Session, aliased

from models import Allocation, Contract, Installment, Invoice, Payment
from models.base import fen, fen_to_yuan
from models.papers import INVOICE_KINDS, INVOICE_SENT
from models.payment import CREDIT_NOTE_METHOD
from services.core.errors import NotFound, ValidationError
from services.core.listing import chunks
from services.core.parsing import choice, clean_text, parse_date, parse_money
from services.core.statuses import AGREED_STATUSES
from services.core.uow import UnitOfWork
from services.ledger.balances import allocation_active
from services.ledger.customers import lock_customer

SPECIAL, ORDINARY = INVOICE_KINDS
ZERO = Decimal("0.00")


@dataclass
class InvoiceInput:
    """What the invoice dialog hands in: text as typed (dates as typed, amount in yuan)."""

    number: str = ""
    kind: str = SPECIAL
    issued_on: str = ""
    amount: str = ""
    sent_method: str = ""          # one of INVOICE_SENT ("" while not sent)
    tracking_number: str = ""
    received_on: str = ""
    note: str = ""


@dataclass(frozen=True)
class InvoiceView:
    id: int
    contract_id: int
    contract_number: str
    number: str
    kind: str
    issued_on: dt.date
    amount: Decimal
    sent_method: str
    tracking_number: str
    received_on: dt.date | None
    note: str
    created_by: str


def _checked(uow: UnitOfWork, data: InvoiceInput) -> dict:
    """The typed values as exact ones, or ValidationError naming the field."""
    today = uow.clock.today()
    number = clean_text(data.number, "invoice_number", 40, required=True)
    kind = choice((data.kind or "").strip(), "invoice_kind", INVOICE_KINDS)
    issued_on = parse_date(data.issued_on, "invoiced_on")
    if issued_on > today:
        raise ValidationError("invoiced_on", "in_future")
    amount = parse_money(data.amount, "invoice_amount", positive=True)
    method = choice((data.sent_method or "").strip(), "sent_method", INVOICE_SENT)
    tracking = clean_text(data.tracking_number, "tracking_number", 60)
    if method == "courier" and not tracking:
        raise ValidationError("tracking_number", "required")
    if tracking and method not in ("courier", "post"):
        raise ValidationError("tracking_number", "not_allowed")
    received_on = parse_date(data.received_on, "invoice_received_on", required=False)
    if received_on is not None:
        if not method:
            raise ValidationError("sent_method", "required")
        if received_on < issued_on:
            raise ValidationError("invoice_received_on", "before_issued")
        if received_on > today:
            raise ValidationError("invoice_received_on", "in_future")
    return {"number": number, "kind": kind, "issued_on": issued_on, "amount": amount,
            "sent_method": method, "tracking_number": tracking, "received_on": received_on,
            "note": clean_text(data.note, "note", 300)}


def _check_rules(session: Session, contract: Contract, values: dict,
                 invoice_id: int | None) -> None:
    """The number used once; the contract's invoices at most its total (this one counted as
    typed, in place of what it was)."""
    if contract.status not in AGREED_STATUSES:
        raise ValidationError("contract", "not_receivable")
    taken = session.scalar(select(Invoice.id).where(Invoice.number == values["number"],
                                                    Invoice.id != (invoice_id or 0)).limit(1))
    if taken is not None:
        raise ValidationError("invoice_number", "duplicate")
    others = session.scalar(select(func.coalesce(func.sum(fen(Invoice.amount)), 0))
                            .where(Invoice.contract_id == contract.id,
                                   Invoice.id != (invoice_id or 0)))
    invoiced = fen_to_yuan(others) + values["amount"]
    if invoiced > contract.total:
        raise ValidationError("invoice_amount", "above_invoiceable", invoiced=invoiced,
                              total=contract.total)


def _locked_contract(uow: UnitOfWork, contract_id: int) -> Contract:
    customer_id = uow.session.scalar(select(Contract.customer_id)
                                     .where(Contract.id == contract_id))
    if customer_id is None:
        raise NotFound(f"contract {contract_id}")
    lock_customer(uow.session, customer_id)  # two clerks invoicing one contract: one waits
    return uow.session.get(Contract, contract_id)


def _audited(values: dict) -> dict:
    return {key: value for key, value in values.items() if key != "note"}


def record_invoice(uow: UnitOfWork, contract_id: int, data: InvoiceInput) -> int:
    """Record an invoice issued for the contract; returns its id.

    Text as typed (InvoiceInput; amount in yuan). ValidationError(field, reason), nothing saved:
    invoice_number (required, duplicate, too_long), invoice_kind / sent_method (not_allowed),
    invoiced_on (required, not_a_date, in_future), invoice_amount (required, not_positive,
    above_invoiceable with params invoiced and total: the contract's invoices would exceed its
    total), tracking_number (required for a courier; not_allowed unless courier or post),
    invoice_received_on (before_issued, in_future), sent_method (required once received),
    note (too_long), contract (not_receivable: a draft or cancelled contract). NotFound for an
    unknown contract. The invoice and its audit entry are saved together.
    """
    values = _checked(uow, data)
    with uow.writing():
        contract = _locked_contract(uow, contract_id)
        _check_rules(uow.session, contract, values, None)
        invoice = Invoice(contract_id=contract_id, **values, created_at=uow.clock.now(),
                          created_by=uow.operator)
        uow.session.add(invoice)
        uow.session.flush()
        uow.audit("create", "invoice", invoice.id, {"contract_id": contract_id,
                                                    **_audited(values)})
        uow.commit()
        return invoice.id


def update_invoice(uow: UnitOfWork, invoice_id: int, data: InvoiceInput) -> None:
    """Change a recorded invoice (e.g. the day the customer received it). The rules and errors
    of record_invoice, the total counted with this invoice's new amount in place of its old
    one; NotFound for an unknown invoice. Audited with what it was before."""
    values = _checked(uow, data)
    with uow.writing():
        contract_id = uow.session.scalar(select(Invoice.contract_id)
                                         .where(Invoice.id == invoice_id))
        if contract_id is None:
            raise NotFound(f"invoice {invoice_id}")
        contract = _locked_contract(uow, contract_id)
        _check_rules(uow.session, contract, values, invoice_id)
        invoice = uow.session.get(Invoice, invoice_id)
        before = {key: getattr(invoice, key) for key in values}
        for key, value in values.items():
            setattr(invoice, key, value)
        uow.audit("update", "invoice", invoice_id, {"contract_id": contract_id,
                                                    "before": _audited(before),
                                                    "after": _audited(values)})
        uow.commit()


def delete_invoice(uow: UnitOfWork, invoice_id: int) -> None:
    """Remove an invoice recorded by mistake (or voided, 作废); audited with what it was.
    NotFound for an unknown invoice."""
    with uow.writing():
        invoice = uow.session.get(Invoice, invoice_id)
        if invoice is None:
            raise NotFound(f"invoice {invoice_id}")
        lock_customer(uow.session, uow.session.get(Contract, invoice.contract_id).customer_id)
        uow.audit("delete", "invoice", invoice_id, {
            "contract_id": invoice.contract_id, "number": invoice.number,
            "amount": invoice.amount, "issued_on": invoice.issued_on})
        uow.session.delete(invoice)
        uow.commit()


def _views(session: Session, *where) -> list[InvoiceView]:
    query = (select(Invoice.id, Invoice.contract_id, Contract.number, Invoice.number,
                    Invoice.kind, Invoice.issued_on, Invoice.amount, Invoice.sent_method,
                    Invoice.tracking_number, Invoice.received_on, Invoice.note,
                    Invoice.created_by)
             .join(Contract, Contract.id == Invoice.contract_id).where(*where)
             .order_by(Contract.number, Invoice.issued_on, Invoice.id))
    return [InvoiceView(*row) for row in session.execute(query)]


def invoices_of(uow: UnitOfWork, contract_id: int) -> list[InvoiceView]:
    """The contract's invoices, oldest issued first (amounts in yuan)."""
    with uow:
        return _views(uow.session, Invoice.contract_id == contract_id)


def customer_invoices(session: Session, customer_id: int) -> list[InvoiceView]:
    """A customer's invoices (inside the caller's unit of work), by contract number, then
    oldest issued first."""
    return _views(session, Contract.customer_id == customer_id)


def invoice_numbers(session: Session, contract_ids: Iterable[int]) -> dict[int, list[str]]:
    """{contract id: its invoice numbers, oldest issued first} for the given contracts (inside
    the caller's unit of work); a contract without invoices is left out."""
    result: dict[int, list[str]] = {}
    for part in chunks(list(contract_ids)):  # bound the IN list
        query = (select(Invoice.contract_id, Invoice.number)
                 .where(Invoice.contract_id.in_(part))
                 .order_by(Invoice.contract_id, Invoice.issued_on, Invoice.id))
        for contract_id, number in session.execute(query):
            result.setdefault(contract_id, []).append(number)
    return result


def _credited(as_of: dt.date):
    """Subquery (installment_id, credited fen) of the installments credit notes (returns,
    allowances) took something off as of `as_of`: balances.paid_per_installment's `credited`,
    read from the credit notes' allocations only (few), not from every allocation."""
    return (select(Allocation.installment_id.label("installment_id"),
                   func.sum(fen(Allocation.amount)).label("credited"))
            .join(Payment, Payment.id == Allocation.payment_id)
            .where(Payment.method == CREDIT_NOTE_METHOD, allocation_active(as_of))
            .group_by(Allocation.installment_id)
            .subquery("credited"))


def uninvoiced(open_rows, as_of: dt.date) -> Select:
    """installment_id, uninvoiced (fen) for each row of `open_rows` (a subquery with
    installment_id, contract_id and due_date, e.g. the alerts' open installments) that its
    contract's invoices issued on or before `as_of` do not fully cover (the module's rule),
    leaving out installments due before the first invoice ever recorded. What credit notes
    took off an installment as of `as_of` is not invoiced (the invoice is lowered instead):
    each installment counts its amount less that. Portable SQL: one indexed sum per row over
    the contract's installments (a window over the whole table took seconds on SQLite at
    100,000 contracts)."""
    mine, earlier = aliased(Installment), aliased(Installment)
    credited, mine_credited = _credited(as_of), _credited(as_of).alias("mine_credited")
    through = (select(func.sum(fen(earlier.amount) - func.coalesce(credited.c.credited, 0)))
               .select_from(earlier)
               .outerjoin(credited, credited.c.installment_id == earlier.id)
               .where(earlier.contract_id == open_rows.c.contract_id,
                      or_(earlier.due_date < open_rows.c.due_date,
                          and_(earlier.due_date == open_rows.c.due_date,
                               earlier.id <= open_rows.c.installment_id)))
               .scalar_subquery())
    invoiced = (select(func.coalesce(func.sum(fen(Invoice.amount)), 0))
                .where(Invoice.contract_id == open_rows.c.contract_id,
                       Invoice.issued_on <= as_of)
                .scalar_subquery())
    first = select(func.min(Invoice.issued_on)).scalar_subquery()
    cap = fen(mine.amount) - func.coalesce(mine_credited.c.credited, 0)
    rows = (select(open_rows.c.installment_id, cap.label("amount"),
                   (through - invoiced).label("lacking"))
            .join(mine, mine.id == open_rows.c.installment_id)
            .outerjoin(mine_credited, mine_credited.c.installment_id == mine.id)
            .where(open_rows.c.due_date >= first)
            .subquery("lacking"))
    return (select(rows.c.installment_id,
                   case((rows.c.lacking > rows.c.amount, rows.c.amount),
                        else_=rows.c.lacking).label("uninvoiced"))
            .where(rows.c.lacking > 0))
