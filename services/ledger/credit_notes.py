"""Returns and allowances (退货 / 折让): credit notes against a delivered contract.

A credit note reduces what is owed on its contract without rewriting the signed contract (its
lines and schedule stay). It is kept as the design prepared it: a Payment of CREDIT_NOTE_METHOD
pointing at the note (amount = the note's, received_on = its date, reference = its number)
whose Allocations, dated the note's day, reduce the contract's installments, latest due first
unless the clerk chose them. What exceeds the contract's unpaid part stays unapplied on that
payment: the customer's credit (预收款). So every balance counts a note as of its date
(services.ledger.balances), and the plan's "received" leaves it out (it is not money).

The rules:
- only a delivered (or closed) contract takes a note, dated from its delivery day to today;
- a return lists contract lines and quantities, each at most what was supplied less what
  earlier returns sent back; its amount is quantity × the line's unit price, rounded to the fen
  (ledger.contracts.line_amount), summed; an allowance is an amount > 0;
- what the notes on a contract credit in total never exceeds the contract's total;
- a note whose payment was reversed no longer counts (neither its quantities nor its amount).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import BigInteger, func, select, type_coerce
from sqlalchemy.orm import Session

from models import (
    Allocation,
    Contract,
    ContractLine,
    CreditNote,
    CreditNoteLine,
    Customer,
    Installment,
    Payment,
)
from models.base import fen, fen_to_yuan
from models.credit_note import CREDIT_NOTE_KINDS
from models.payment import CREDIT_NOTE_METHOD
from services.core.errors import NotFound, ValidationError
from services.core.numbering import next_number
from services.core.parsing import choice, clean_text, parse_date, parse_decimal, parse_money
from services.core.statuses import DELIVERED_STATUSES
from services.core.uow import UnitOfWork
from services.ledger import balances
from services.ledger.balances import OpenInstallment
from services.ledger.contracts import line_amount
from services.ledger.customers import lock_customer
from services.ledger.payments import refresh_contract_status

RETURN, ALLOWANCE = CREDIT_NOTE_KINDS
NUMBER_PREFIX = "TH"  # 退货/折让: BJ-TH-2026-00001
ZERO = Decimal("0.00")
THOUSANDTH = Decimal("0.001")  # quantities are stored in thousandths


@dataclass
class CreditLineInput:
    """One contract line and the quantity returned, as typed (empty or 0: nothing returned)."""

    contract_line_id: int
    quantity: str = ""


@dataclass
class ReductionInput:
    """An installment of the contract and the yuan the note takes off it, as typed."""

    installment_id: int
    amount: str = ""


@dataclass
class CreditNoteInput:
    """What the credit note dialog hands in: text as typed."""

    contract_id: int | None = None
    kind: str = RETURN
    issued_on: str = ""
    reason: str = ""
    lines: list[CreditLineInput] = field(default_factory=list)  # a return
    amount: str = ""                                             # an allowance
    # None: latest due first. A list: exactly these amounts (the rest becomes credit).
    reductions: list[ReductionInput] | None = None


# -- what the dialog needs ------------------------------------------------------------------

@dataclass(frozen=True)
class CreditableContract:
    """A contract that can take a credit note (delivered or closed), in yuan."""

    id: int
    number: str
    signed_on: dt.date
    total: Decimal
    credited: Decimal     # by earlier notes (not reversed)

    @property
    def creditable(self) -> Decimal:
        return self.total - self.credited


@dataclass(frozen=True)
class ReturnableLine:
    """A contract line: what was supplied, what earlier returns sent back, and at what price."""

    contract_line_id: int
    product: str
    spec: str
    unit: str
    quantity: Decimal     # supplied
    returned: Decimal     # by earlier returns (not reversed)
    unit_price: Decimal

    @property
    def returnable(self) -> Decimal:
        return self.quantity - self.returned


@dataclass(frozen=True)
class CreditNoteForm:
    """Everything the dialog shows for one contract."""

    contract: CreditableContract
    delivery_on: dt.date
    lines: list[ReturnableLine]
    open_installments: list[OpenInstallment]  # this contract's, oldest due first

    @property
    def unpaid(self) -> Decimal:
        return sum((i.remaining for i in self.open_installments), ZERO)


def creditable_contracts(uow: UnitOfWork, customer_id: int) -> list[CreditableContract]:
    """The customer's delivered and closed contracts, newest signed first, with what earlier
    credit notes credited on each (yuan)."""
    with uow:
        credited = _credited_subquery()
        query = (select(Contract.id, Contract.number, Contract.signed_on, Contract.total,
                        func.coalesce(credited.c.credited, 0))
                 .outerjoin(credited, credited.c.contract_id == Contract.id)
                 .where(Contract.customer_id == customer_id,
                        Contract.status.in_(DELIVERED_STATUSES))
                 .order_by(Contract.signed_on.desc(), Contract.id.desc()))
        return [CreditableContract(cid, number, signed, total, fen_to_yuan(done))
                for cid, number, signed, total, done in uow.session.execute(query)]


def credit_note_form(uow: UnitOfWork, contract_id: int) -> CreditNoteForm:
    """A contract's lines with what can still be returned, and its installments still unpaid
    (every payment and note not reversed counted). NotFound for an unknown contract;
    ValidationError("contract", "not_delivered") when it is not delivered or closed."""
    with uow:
        contract = uow.session.get(Contract, contract_id)
        if contract is None:
            raise NotFound(f"contract {contract_id}")
        if contract.status not in DELIVERED_STATUSES:
            raise ValidationError("contract", "not_delivered")
        return CreditNoteForm(
            contract=CreditableContract(contract.id, contract.number, contract.signed_on,
                                        contract.total, _credited(uow.session, contract_id)),
            delivery_on=contract.delivery_on or contract.signed_on,
            lines=_returnable_lines(uow.session, contract),
            open_installments=balances.open_installments(uow.session, uow.clock.today(),
                                                         contract_id=contract_id))


def latest_first(open_items: list[OpenInstallment], amount: Decimal) -> list[tuple[int, Decimal]]:
    """What a note of `amount` takes off the installments by default: the latest due first,
    each at most what it still owes; [(installment id, yuan)]. The rest becomes credit."""
    result, left = [], amount
    for item in sorted(open_items, key=lambda i: (i.due_date, i.id), reverse=True):
        if left <= 0:
            break
        part = min(left, item.remaining)
        result.append((item.id, part))
        left -= part
    return result


def return_amount(quantity: Decimal, unit_price: Decimal) -> Decimal:
    """The credit for `quantity` returned at the line's `unit_price`: rounded to the fen,
    exactly as the contract's own line amounts are (yuan)."""
    return line_amount(quantity, unit_price)


# -- creating -------------------------------------------------------------------------------

def create_credit_note(uow: UnitOfWork, data: CreditNoteInput) -> tuple[int, str]:
    """Save a return or an allowance against a delivered contract; returns (id, number), the
    number from the branch's sequence for the note's year (BJ-TH-2026-00001).

    It reduces the contract's installments latest due first (or exactly `data.reductions`) and
    what exceeds their unpaid part becomes the customer's credit; a delivered contract settled
    in full is closed. Amounts in yuan, quantities as the contract's (3 decimals).

    ValidationError naming the field: "contract" (required, not_found, not_delivered); "kind"
    (not_allowed); "issued_on" (required, not_a_date, in_future, before_delivery); "reason"
    (required, too_long); for a return "lines" (nothing_returned, above_contract) and
    "lines.N.line" (not_found: not a line of this contract), "lines.N.quantity" (not_a_number,
    too_precise, negative, above_returnable: more than supplied less earlier returns); for an
    allowance "amount" (required, not_positive, above_contract); with reductions
    "reductions.N.installment" (other_contract), "reductions.N.amount" (above_owed…),
    "reductions" (above_credit_note). Nothing is saved on an error; audited as
    ("create", "credit_note").
    """
    if data.contract_id is None:
        raise ValidationError("contract", "required")
    kind = choice(data.kind, "kind", CREDIT_NOTE_KINDS)
    issued_on = parse_date(data.issued_on, "issued_on")
    reason = clean_text(data.reason, "reason", 300, required=True)
    with uow.writing():
        owner = uow.session.scalar(select(Contract.customer_id)
                                   .where(Contract.id == data.contract_id))
        if owner is None:
            raise ValidationError("contract", "not_found")
        # What is owed, returned and credited on the contract is read after this lock: two
        # clerks never return the same goods or reduce the same installment twice.
        lock_customer(uow.session, owner)
        contract = uow.session.scalars(select(Contract).where(Contract.id == data.contract_id)
                                       .execution_options(populate_existing=True)).one()
        if contract.status not in DELIVERED_STATUSES:
            raise ValidationError("contract", "not_delivered")
        today = uow.clock.today()
        if issued_on > today:
            raise ValidationError("issued_on", "in_future")
        delivered_on = contract.delivery_on or contract.signed_on
        if issued_on < delivered_on:
            raise ValidationError("issued_on", "before_delivery", delivery_on=delivered_on)
        if kind == RETURN:
            lines = _validated_return(uow.session, contract, data.lines)
            amount, amount_field = sum((line.amount for line in lines), ZERO), "lines"
        else:
            lines = []
            amount = parse_money(data.amount, "amount", positive=True)
            amount_field = "amount"
        credited = _credited(uow.session, contract.id) + amount
        if credited > contract.total:
            raise ValidationError(amount_field, "above_contract", credited=credited,
                                  total=contract.total)
        open_items = balances.open_installments(uow.session, today, contract_id=contract.id)
        parts = _validated_reductions(uow.session, contract.id, data.reductions, amount,
                                      open_items)
        now = uow.clock.now()
        note = CreditNote(
            number=next_number(uow.session, "credit_note", issued_on.year, NUMBER_PREFIX),
            customer_id=contract.customer_id, contract_id=contract.id, kind=kind,
            issued_on=issued_on, reason=reason, amount=amount, created_at=now,
            created_by=uow.operator, lines=lines)
        uow.session.add(note)
        uow.session.flush()
        payment = Payment(
            customer_id=contract.customer_id, contract_id=contract.id, received_on=issued_on,
            amount=amount, method=CREDIT_NOTE_METHOD, reference=note.number, note=reason,
            created_at=now, created_by=uow.operator, credit_note_id=note.id)
        payment.allocations = [Allocation(installment_id=i, amount=a, applied_on=issued_on)
                               for i, a in parts]
        uow.session.add(payment)
        uow.session.flush()
        balances.add_to_paid(uow.session, parts)
        refresh_contract_status(uow, {contract.id})
        reduced = sum((a for _, a in parts), ZERO)
        uow.audit("create", "credit_note", note.id, {
            "number": note.number, "contract": contract.number, "kind": kind,
            "issued_on": issued_on, "amount": amount, "payment_id": payment.id,
            "lines": {str(line.contract_line_id): str(line.quantity) for line in lines},
            "reductions": {str(i): str(a) for i, a in parts}, "credit": amount - reduced})
        uow.commit()
        return note.id, note.number


def _plain(number: Decimal) -> str:
    """12.500 -> "12.5": a quantity as a person writes it (for messages)."""
    return format(number.normalize(), "f")


def _validated_return(session: Session, contract: Contract,
                      items: list[CreditLineInput]) -> list[CreditNoteLine]:
    returnable = {line.contract_line_id: line for line in _returnable_lines(session, contract)}
    left = {lid: line.returnable for lid, line in returnable.items()}
    result = []
    for i, item in enumerate(items, start=1):
        quantity = parse_decimal(item.quantity, f"lines.{i}.quantity", 3, required=False)
        if not quantity:
            continue
        line = returnable.get(item.contract_line_id)
        if line is None:
            raise ValidationError(f"lines.{i}.line", "not_found")
        if quantity > left[line.contract_line_id]:
            raise ValidationError(f"lines.{i}.quantity", "above_returnable",
                                  product=line.product, quantity=_plain(quantity),
                                  supplied=_plain(line.quantity),
                                  returnable=_plain(left[line.contract_line_id]))
        left[line.contract_line_id] -= quantity
        result.append(CreditNoteLine(
            position=len(result) + 1, contract_line_id=line.contract_line_id,
            product=line.product, unit=line.unit, quantity=quantity, unit_price=line.unit_price,
            amount=return_amount(quantity, line.unit_price)))
    if not result:
        raise ValidationError("lines", "nothing_returned")
    return result


def _validated_reductions(session: Session, contract_id: int,
                          items: list[ReductionInput] | None, amount: Decimal,
                          open_items: list[OpenInstallment]) -> list[tuple[int, Decimal]]:
    if items is None:
        return latest_first(open_items, amount)
    owed = {item.id: item.remaining for item in open_items}
    own = set(session.scalars(select(Installment.id)
                              .where(Installment.contract_id == contract_id)))
    result = []
    for i, item in enumerate(items, start=1):
        part = parse_money(item.amount, f"reductions.{i}.amount", required=False)
        if not part:
            continue
        if item.installment_id not in own:
            raise ValidationError(f"reductions.{i}.installment", "other_contract")
        still = owed.get(item.installment_id, ZERO)
        if part > still:
            raise ValidationError(f"reductions.{i}.amount", "above_owed", amount=part, owed=still)
        owed[item.installment_id] = still - part
        result.append((item.installment_id, part))
    reduced = sum((part for _, part in result), ZERO)
    if reduced > amount:
        raise ValidationError("reductions", "above_credit_note", allocated=reduced, amount=amount)
    return result


# -- what counts of earlier notes -----------------------------------------------------------

def _standing():
    """Credit notes that count: their payment not reversed."""
    reversed_ = (select(Payment.id).where(Payment.credit_note_id == CreditNote.id,
                                          Payment.reversed_on.is_not(None)).exists())
    return ~reversed_


def _credited_subquery():
    return (select(CreditNote.contract_id, func.sum(fen(CreditNote.amount)).label("credited"))
            .where(_standing()).group_by(CreditNote.contract_id).subquery("credited"))


def _credited(session: Session, contract_id: int) -> Decimal:
    """Yuan credited on the contract by notes that count."""
    total = session.scalar(select(func.coalesce(func.sum(fen(CreditNote.amount)), 0))
                           .where(CreditNote.contract_id == contract_id, _standing()))
    return fen_to_yuan(total)


def _returnable_lines(session: Session, contract: Contract) -> list[ReturnableLine]:
    returned = dict(session.execute(
        select(CreditNoteLine.contract_line_id,
               func.sum(type_coerce(CreditNoteLine.quantity, BigInteger)))
        .join(CreditNote, CreditNote.id == CreditNoteLine.credit_note_id)
        .where(CreditNote.contract_id == contract.id, _standing())
        .group_by(CreditNoteLine.contract_line_id)).all())
    result = []
    for line in contract.lines:
        back = (Decimal(int(returned.get(line.id) or 0)) * THOUSANDTH).quantize(THOUSANDTH)
        result.append(ReturnableLine(line.id, line.product, line.spec, line.unit, line.quantity,
                                     back, line.unit_price))
    return result


# -- reading --------------------------------------------------------------------------------

@dataclass(frozen=True)
class CreditNoteRow:
    id: int
    number: str
    issued_on: dt.date
    kind: str
    contract_id: int
    contract_number: str
    customer_id: int
    amount: Decimal       # yuan
    reason: str
    reversed_on: dt.date | None = None  # its payment reversed: the note no longer counts


def list_credit_notes(uow: UnitOfWork, *, contract_id: int | None = None,
                      customer_id: int | None = None) -> list[CreditNoteRow]:
    """Credit notes of a contract or a customer (or all), newest first; amounts in yuan."""
    with uow:
        query = (select(CreditNote.id, CreditNote.number, CreditNote.issued_on, CreditNote.kind,
                        CreditNote.contract_id, Contract.number, CreditNote.customer_id,
                        CreditNote.amount, CreditNote.reason, Payment.reversed_on)
                 .join(Contract, Contract.id == CreditNote.contract_id)
                 .outerjoin(Payment, Payment.credit_note_id == CreditNote.id)
                 .order_by(CreditNote.issued_on.desc(), CreditNote.id.desc()))
        if contract_id is not None:
            query = query.where(CreditNote.contract_id == contract_id)
        if customer_id is not None:
            query = query.where(CreditNote.customer_id == customer_id)
        return [CreditNoteRow(*row) for row in uow.session.execute(query)]


@dataclass(frozen=True)
class CreditNoteLineView:
    contract_line_id: int | None
    product: str
    spec: str             # the contract line's
    unit: str
    quantity: Decimal
    unit_price: Decimal
    amount: Decimal


@dataclass(frozen=True)
class Reduction:
    """What the note took off one installment of its contract (yuan)."""

    installment_id: int
    due_date: dt.date
    amount: Decimal


@dataclass(frozen=True)
class CreditNoteDetail:
    id: int
    number: str
    kind: str
    issued_on: dt.date
    reason: str
    amount: Decimal
    contract_id: int
    contract_number: str
    contract_signed_on: dt.date
    customer_id: int
    customer_code: str
    customer_name: str
    lines: list[CreditNoteLineView]   # a return's; empty for an allowance
    reductions: list[Reduction]       # latest due first
    payment_id: int | None
    reversed_on: dt.date | None
    created_by: str
    created_at: dt.datetime

    @property
    def reduced(self) -> Decimal:
        """What it took off what is owed on its contract."""
        return sum((r.amount for r in self.reductions), ZERO)

    @property
    def surplus(self) -> Decimal:
        """What exceeded the contract's unpaid part and became the customer's credit."""
        return self.amount - self.reduced


def get_credit_note(uow: UnitOfWork, credit_note_id: int) -> CreditNoteDetail:
    """The note with its lines, what it reduced per installment and the surplus that became
    credit (yuan). NotFound for an unknown id."""
    with uow:
        return credit_note_detail(uow.session, credit_note_id)


def credit_note_detail(session: Session, credit_note_id: int) -> CreditNoteDetail:
    """`get_credit_note` for services already inside a unit of work.

    The reductions are its allocations, not undone, to its contract's installments on its own
    date: what it did when it was made. Credit later applied elsewhere (services.ledger.
    applications) is an act of its own and leaves the note's surplus as it was; an undone
    reduction is credit again, so it counts in the surplus.
    """
    note = session.get(CreditNote, credit_note_id)
    if note is None:
        raise NotFound(f"credit note {credit_note_id}")
    contract = session.get(Contract, note.contract_id)
    customer = session.get(Customer, note.customer_id)
    payment = session.scalar(select(Payment).where(Payment.credit_note_id == note.id))
    specs = dict(session.execute(select(ContractLine.id, ContractLine.spec).where(
        ContractLine.id.in_([line.contract_line_id for line in note.lines
                             if line.contract_line_id is not None]))).all())
    reductions = []
    if payment is not None:
        query = (select(Installment.id, Installment.due_date, Allocation.amount)
                 .join(Allocation, Allocation.installment_id == Installment.id)
                 .where(Allocation.payment_id == payment.id, Allocation.undone_on.is_(None),
                        Allocation.applied_on == note.issued_on,
                        Installment.contract_id == note.contract_id)
                 .order_by(Installment.due_date.desc(), Installment.id.desc()))
        reductions = [Reduction(iid, due, amount) for iid, due, amount in session.execute(query)]
    return CreditNoteDetail(
        id=note.id, number=note.number, kind=note.kind, issued_on=note.issued_on,
        reason=note.reason, amount=note.amount, contract_id=contract.id,
        contract_number=contract.number, contract_signed_on=contract.signed_on,
        customer_id=customer.id, customer_code=customer.code, customer_name=customer.name,
        lines=[CreditNoteLineView(line.contract_line_id, line.product,
                                  specs.get(line.contract_line_id, ""), line.unit, line.quantity,
                                  line.unit_price, line.amount) for line in note.lines],
        reductions=reductions, payment_id=payment.id if payment else None,
        reversed_on=payment.reversed_on if payment else None, created_by=note.created_by,
        created_at=note.created_at)
