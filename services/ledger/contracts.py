"""Contracts: lines, the exact payment schedule, numbering and status."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from decimal import Decimal

from sqlalchemy import select

from models import Contract, ContractLine, CreditNoteLine, Customer, Installment
from services.core.errors import NotFound, ValidationError
from services.core.numbering import next_number
from services.core.parsing import (
    MAX_MONEY,
    clean_text,
    parse_date,
    parse_decimal,
    parse_money,
    round_fen,
)
from services.core.settings import price_confirmation_required
from services.core.statuses import (
    CONTRACT_STATUSES,
    UNPAYABLE_STATUSES,
    can_move,
    is_confirming,
    is_delivering,
)
from services.core.uow import UnitOfWork, check_version
from services.ledger.balances import paid_by_installment
from services.ledger.customers import lock_customer
from services.ledger.payments import refresh_contract_status


@dataclass
class LineInput:
    product: str = ""
    spec: str = ""
    unit: str = ""
    quantity: str = ""
    unit_price: str = ""
    id: int | None = None  # set when editing an existing line (returns refer to it)


@dataclass
class InstallmentInput:
    due_date: str = ""
    amount: str = ""
    id: int | None = None  # set when editing an existing installment
    is_deposit: bool = False  # 定金/预付款: owed once confirmed, before delivery


@dataclass
class ContractInput:
    customer_id: int | None = None
    salesperson: str = ""
    signed_on: str = ""
    delivery_on: str = ""
    status: str = "draft"
    lines: list[LineInput] = field(default_factory=list)
    installments: list[InstallmentInput] = field(default_factory=list)
    price_confirmation_signed_on: str = ""
    iou_signed_on: str = ""
    delivery_note_no: str = ""
    late_fee_percent: str = ""  # per day, in percent as contracts state it: 0.05 = 万分之五
    notes: str = ""
    # A manager's reason to let this contract through a credit hold (empty: no override).
    credit_override_reason: str = ""


def line_amount(quantity: Decimal, unit_price: Decimal) -> Decimal:
    """A product line's amount in yuan: quantity × unit price, rounded to the fen (四舍五入)."""
    return round_fen(quantity * unit_price)


def _validated_lines(lines: list[LineInput]) -> list[dict]:
    if not lines:
        raise ValidationError("lines", "no_lines")
    result = []
    for i, line in enumerate(lines, start=1):
        quantity = parse_decimal(line.quantity, f"lines.{i}.quantity", 3, positive=True)
        unit_price = parse_decimal(line.unit_price, f"lines.{i}.unit_price", 4)
        result.append({
            "id": line.id, "position": i,
            "product": clean_text(line.product, f"lines.{i}.product", 200, required=True),
            "spec": clean_text(line.spec, f"lines.{i}.spec", 120),
            "unit": clean_text(line.unit, f"lines.{i}.unit", 20),
            "quantity": quantity, "unit_price": unit_price,
            "amount": line_amount(quantity, unit_price),
        })
    return result


def _validated_schedule(items: list[InstallmentInput], total: Decimal,
                        signed_on: dt.date) -> list[dict]:
    if not items:
        raise ValidationError("installments", "no_installments")
    result = []
    for i, item in enumerate(items, start=1):
        due = parse_date(item.due_date, f"installments.{i}.due_date")
        if due < signed_on:
            raise ValidationError(f"installments.{i}.due_date", "before_signed")
        amount = parse_money(item.amount, f"installments.{i}.amount", positive=True)
        result.append({"id": item.id, "due_date": due, "amount": amount,
                       "is_deposit": bool(item.is_deposit)})
    scheduled = sum((r["amount"] for r in result), Decimal("0.00"))
    if scheduled != total:
        raise ValidationError("installments", "schedule_mismatch", scheduled=scheduled, total=total)
    return result


def _validated(data: ContractInput, today: dt.date) -> dict:
    if data.customer_id is None:
        raise ValidationError("customer", "required")
    if data.status not in CONTRACT_STATUSES:
        raise ValidationError("status", "not_allowed")
    signed_on = parse_date(data.signed_on, "signed_on")
    delivery_on = parse_date(data.delivery_on, "delivery_on", required=False)
    if data.status == "delivered" and delivery_on is None:
        delivery_on = today
    if delivery_on is not None and delivery_on < signed_on:
        raise ValidationError("delivery_on", "before_signed")
    lines = _validated_lines(data.lines)
    total = sum((line["amount"] for line in lines), Decimal("0.00"))
    if total <= 0:
        raise ValidationError("lines", "not_positive")
    if total > MAX_MONEY:
        raise ValidationError("lines", "too_large")
    return {
        "customer_id": data.customer_id,
        "salesperson": clean_text(data.salesperson, "salesperson", 60),
        "signed_on": signed_on, "delivery_on": delivery_on, "status": data.status,
        "price_confirmation_signed_on": parse_date(
            data.price_confirmation_signed_on, "price_confirmation_signed_on", required=False),
        "iou_signed_on": parse_date(data.iou_signed_on, "iou_signed_on", required=False),
        "delivery_note_no": clean_text(data.delivery_note_no, "delivery_note_no", 60),
        "late_fee_rate": _late_fee_rate(data.late_fee_percent),
        "notes": clean_text(data.notes, "notes", 5000),
        "lines": lines, "total": total,
        "installments": _validated_schedule(data.installments, total, signed_on),
    }


# The most a contract may charge: 1 % of the overdue amount a day. Contracts here state
# 万分之三 to 万分之十 (0.03–0.1 %); a figure above 1 % a day is a typing slip, and courts cut
# penalties far beyond the loss anyway (民法典 art. 585).
MAX_LATE_FEE_PERCENT = Decimal(1)


def parse_late_fee_percent(text: object, field: str = "late_fee_percent") -> Decimal | None:
    """A late fee as contracts state it, in percent of the overdue amount per day ("0.05" is
    万分之五): Decimal("0.05"), or None when empty or zero. ValidationError(field) when not a
    number, more than 4 decimals, negative or above MAX_LATE_FEE_PERCENT."""
    percent = parse_decimal(text, field, 4, required=False)
    if percent is None or percent == 0:
        return None
    if percent > MAX_LATE_FEE_PERCENT:
        raise ValidationError(field, "out_of_range", low=0, high=MAX_LATE_FEE_PERCENT)
    return percent


def _late_fee_rate(percent_text: str) -> Decimal | None:
    """0.05 (% per day) -> 0.0005, the fraction stored on the contract, exact."""
    percent = parse_late_fee_percent(percent_text)
    return None if percent is None else (percent / 100).quantize(Decimal("0.000001"))


def _check_delivery_allowed(uow: UnitOfWork, values: dict, current_status: str | None) -> None:
    """Goods leave only after the customer signed the prices (switchable company rule)."""
    if (is_delivering(current_status, values["status"])
            and values["price_confirmation_signed_on"] is None
            and price_confirmation_required(uow.session)):
        raise ValidationError("price_confirmation_signed_on", "required_before_delivery")


def _check_credit_hold(uow: UnitOfWork, contract: Contract, values: dict,
                       current_status: str | None, override_reason: str,
                       paid: Decimal = Decimal("0.00")) -> None:
    """Confirming and delivering are where goods are committed: check the customer's credit.

    The one seam from the ledger up into collection (import-linter allows exactly this
    import): the credit hold is a collection rule, but it must hold on the ledger's own
    confirm and deliver, inside the same transaction, so no caller can skip it.
    """
    from services.collection.credit import CreditHoldError, check_credit

    status = values["status"]
    if not (is_confirming(current_status, status) or is_delivering(current_status, status)):
        return
    # What this contract adds is what is still unpaid on it: money already paid is not exposure.
    check = check_credit(uow.session, values["customer_id"], max(values["total"] - paid, 0),
                         uow.clock.today(), exclude_contract_id=contract.id)
    if check.ok:
        return
    reason = clean_text(override_reason, "credit_override_reason", 300)
    if not reason:
        raise CreditHoldError(check)
    contract.credit_override_reason = reason
    contract.credit_override_by = uow.operator
    contract.credit_override_at = uow.clock.now()
    uow.pending_audit.append(("credit_override", {
        "reason": reason, "failed": list(check.reasons), "outstanding": check.outstanding,
        "overdue": check.overdue, "undelivered": check.undelivered,
        "this_contract": check.this_contract, "limit": check.limit}))


def delivery_slip_days(planned: dt.date | None, delivered: dt.date | None) -> int:
    """How many days later than planned the goods left: `delivered` − `planned` in days, 0 when
    on time or early, or when either day is unknown."""
    if planned is None or delivered is None:
        return 0
    return max((delivered - planned).days, 0)


def shift_due_dates(items: list[InstallmentInput], days: int) -> list[InstallmentInput]:
    """The schedule with every installment that is not a deposit due `days` later (a delivery
    that slipped moves what runs from delivery; deposits run from signing and stay), as new
    inputs in the same order; amounts, ids and the rest unchanged.
    ValidationError("installments.{n}.due_date", …) for a due date that does not read."""
    shifted = []
    for i, item in enumerate(items, start=1):
        if item.is_deposit or not days:
            shifted.append(replace(item))
            continue
        due = parse_date(item.due_date, f"installments.{i}.due_date")
        shifted.append(replace(item, due_date=(due + dt.timedelta(days=days)).isoformat()))
    return shifted


def create_contract(uow: UnitOfWork, data: ContractInput) -> tuple[int, str]:
    """Save a new contract with its lines and schedule; returns (id, number), the number from
    the branch's sequence for the signing year (BJ-2026-00042).

    ValidationError naming the field for bad input (dates, lines, a schedule that does not add
    up to the total, a status a new contract cannot take, delivery before the price
    confirmation is signed when the company requires it); CreditHoldError (a ValidationError)
    when confirming or delivering fails the credit hold and no override reason is given.
    Nothing is saved on an error; an override is audited with the contract.
    """
    with uow.writing():
        values = _validated(data, uow.clock.today())
        try:  # the credit hold and the schedule decide on this customer's books: lock them
            lock_customer(uow.session, values["customer_id"])
        except NotFound:
            raise ValidationError("customer", "not_found") from None
        if not can_move(None, values["status"]):
            raise ValidationError("status", "bad_transition", current="draft", target=values["status"])
        _check_delivery_allowed(uow, values, None)
        now = uow.clock.now()
        contract = Contract(created_at=now, updated_at=now, version=1,
                            **{k: v for k, v in values.items() if k not in ("lines", "installments")})
        _check_credit_hold(uow, contract, values, None, data.credit_override_reason)
        contract.number = next_number(uow.session, "contract", values["signed_on"].year)
        contract.lines = [ContractLine(**{k: v for k, v in line.items() if k != "id"})
                          for line in values["lines"]]
        contract.installments = [Installment(due_date=i["due_date"], amount=i["amount"],
                                             is_deposit=i["is_deposit"])
                                 for i in values["installments"]]
        uow.session.add(contract)
        uow.session.flush()
        uow.audit("create", "contract", contract.id, {"number": contract.number,
                                                     "total": contract.total,
                                                     "status": contract.status})
        uow.flush_pending_audit("contract", contract.id)
        uow.commit()
        return contract.id, contract.number


def update_contract(uow: UnitOfWork, contract_id: int, data: ContractInput,
                    expected_version: int | None = None) -> int:
    """Save changes to a contract: fields, lines, schedule and status; returns the new version.

    The same checks and errors as create_contract, and: NotFound for an unknown id; a status
    move not in TRANSITIONS; payments on the contract forbid draft and cancelled and forbid
    making an installment smaller than what was paid on it (or removing it); EditConflict when
    `expected_version` (ContractDetail.version, what the editor read) is no longer current.
    Delivering a contract already paid in full closes it; raising a closed contract's total
    reopens it.
    """
    with uow.writing():
        values = _validated(data, uow.clock.today())
        owner = uow.session.scalar(select(Contract.customer_id).where(Contract.id == contract_id))
        if owner is None:
            raise NotFound(f"contract {contract_id}")
        for customer_id in sorted({owner, values["customer_id"]}):  # one order: no deadlock
            try:
                lock_customer(uow.session, customer_id)
            except NotFound:
                raise ValidationError("customer", "not_found") from None
        contract = uow.session.scalars(select(Contract).where(Contract.id == contract_id)
                                       .with_for_update()
                                       .execution_options(populate_existing=True)).one()
        check_version(uow.session, "contract", contract_id, contract.version, expected_version)
        if not can_move(contract.status, values["status"]):
            raise ValidationError("status", "bad_transition", current=contract.status,
                                  target=values["status"])
        _check_delivery_allowed(uow, values, contract.status)
        paid = paid_by_installment(uow.session, contract_id)
        if values["customer_id"] != contract.customer_id and any(paid.values()):
            # The money paid is the old customer's: moving the contract would move their
            # payments' effect to another customer's books.
            raise ValidationError("customer", "has_payments")
        _check_credit_hold(uow, contract, values, contract.status, data.credit_override_reason,
                           sum(paid.values(), Decimal("0.00")))
        if values["status"] in UNPAYABLE_STATUSES and any(paid.values()):
            raise ValidationError("status", "has_payments")
        before = (_lines_of(contract), _schedule_of(contract))
        _replace_schedule(contract, values["installments"], paid)
        _replace_lines(uow.session, contract, values["lines"])
        changes = {k: v for k, v in values.items()
                   if k not in ("lines", "installments") and getattr(contract, k) != v}
        for key, value in changes.items():
            setattr(contract, key, value)
        contract.updated_at = uow.clock.now()
        if changes or before != (_lines_of(contract), _schedule_of(contract)):
            contract.version += 1  # a save that changed nothing conflicts with nobody
        uow.session.flush()
        # Delivering a contract already paid in full (or cutting its schedule to what was paid)
        # closes it, exactly as a payment would; raising a closed contract's total reopens it.
        refresh_contract_status(uow, {contract_id})
        if contract.status != values["status"]:
            changes["status"] = contract.status
        uow.audit("update", "contract", contract_id, changes | {"number": contract.number})
        uow.flush_pending_audit("contract", contract_id)
        uow.commit()
        return contract.version


def _replace_lines(session, contract: Contract, lines: list[dict]) -> None:
    """The edited lines: an existing one (by id) is updated in place and keeps its id, since
    returns refer to it; a new one is added; one left out is removed, unless goods were
    returned against it (ValidationError("lines", "has_returns"))."""
    existing = {line.id: line for line in contract.lines}
    kept = {values["id"] for values in lines if values["id"] in existing}
    gone = [line for line_id, line in existing.items() if line_id not in kept]
    if gone and session.scalar(select(CreditNoteLine.id).where(
            CreditNoteLine.contract_line_id.in_([line.id for line in gone])).limit(1)):
        raise ValidationError("lines", "has_returns")
    new_list = []
    for values in lines:
        fields = {key: value for key, value in values.items() if key != "id"}
        line = existing.get(values["id"]) if values["id"] is not None else None
        if line is None:
            line = ContractLine(**fields)
        else:
            for key, value in fields.items():
                setattr(line, key, value)
        new_list.append(line)
    contract.lines = new_list


def _lines_of(contract: Contract) -> list[tuple]:
    return [(line.product, line.spec, line.unit, line.quantity, line.unit_price, line.amount)
            for line in contract.lines]


def _schedule_of(contract: Contract) -> list[tuple]:
    return [(inst.due_date, inst.amount, inst.is_deposit) for inst in contract.installments]


def _replace_schedule(contract: Contract, items: list[dict], paid: dict[int, Decimal]) -> None:
    existing = {inst.id: inst for inst in contract.installments}
    kept_ids = {item["id"] for item in items if item["id"] in existing}
    for inst_id in existing:
        if inst_id not in kept_ids and paid.get(inst_id):
            raise ValidationError("installments", "already_paid", paid=paid[inst_id])
    new_list = []
    for i, item in enumerate(items, start=1):
        inst = existing.get(item["id"]) if item["id"] is not None else None
        if inst is None:
            inst = Installment()
        if item["amount"] < paid.get(inst.id, Decimal(0)):
            raise ValidationError(f"installments.{i}.amount", "already_paid", paid=paid[inst.id])
        inst.due_date, inst.amount = item["due_date"], item["amount"]
        inst.is_deposit = item["is_deposit"]
        new_list.append(inst)
    contract.installments = new_list


@dataclass(frozen=True)
class LineView:
    product: str
    spec: str
    unit: str
    quantity: Decimal
    unit_price: Decimal
    amount: Decimal
    id: int | None = None


@dataclass(frozen=True)
class InstallmentView:
    id: int
    due_date: dt.date
    amount: Decimal
    paid: Decimal
    is_deposit: bool = False

    @property
    def remaining(self) -> Decimal:
        return self.amount - self.paid


@dataclass(frozen=True)
class ContractDetail:
    id: int
    number: str
    customer_id: int
    customer_code: str
    customer_name: str
    status: str
    total: Decimal
    signed_on: dt.date
    delivery_on: dt.date | None
    salesperson: str
    price_confirmation_signed_on: dt.date | None
    iou_signed_on: dt.date | None
    delivery_note_no: str
    late_fee_rate: Decimal | None
    notes: str
    lines: list[LineView]
    installments: list[InstallmentView]
    credit_override: str = ""  # "reason (who, when)" when a manager let it through a hold
    version: int = 1           # what update_contract expects back

    @property
    def received(self) -> Decimal:
        return sum((i.paid for i in self.installments), Decimal("0.00"))

    @property
    def outstanding(self) -> Decimal:
        return self.total - self.received

    def as_input(self) -> ContractInput:
        """The editable form of this contract, as the dialog shows it."""
        def text(day: dt.date | None) -> str:
            return day.isoformat() if day else ""
        return ContractInput(
            customer_id=self.customer_id, salesperson=self.salesperson,
            signed_on=text(self.signed_on), delivery_on=text(self.delivery_on), status=self.status,
            lines=[LineInput(line.product, line.spec, line.unit, _plain(line.quantity),
                             _plain(line.unit_price), line.id)
                   for line in self.lines],
            installments=[InstallmentInput(text(i.due_date), str(i.amount), i.id, i.is_deposit)
                          for i in self.installments],
            price_confirmation_signed_on=text(self.price_confirmation_signed_on),
            iou_signed_on=text(self.iou_signed_on), delivery_note_no=self.delivery_note_no,
            late_fee_percent=_plain(self.late_fee_rate * 100) if self.late_fee_rate else "",
            notes=self.notes)


def _plain(number: Decimal) -> str:
    """12.500 -> "12.5", 3.0000 -> "3": what a person would type."""
    text = format(number.normalize(), "f")
    return text


def get_contract(uow: UnitOfWork, contract_id: int) -> ContractDetail:
    """The contract with its lines and its installments, each with what was paid on it
    (yuan, every payment not reversed). NotFound for an unknown id.
    """
    with uow:
        contract = uow.session.get(Contract, contract_id)
        if contract is None:
            raise NotFound(f"contract {contract_id}")
        customer = uow.session.get(Customer, contract.customer_id)
        paid = paid_by_installment(uow.session, contract_id)
        return ContractDetail(
            id=contract.id, number=contract.number, customer_id=customer.id,
            customer_code=customer.code, customer_name=customer.name, status=contract.status,
            total=contract.total, signed_on=contract.signed_on, delivery_on=contract.delivery_on,
            salesperson=contract.salesperson,
            price_confirmation_signed_on=contract.price_confirmation_signed_on,
            iou_signed_on=contract.iou_signed_on, delivery_note_no=contract.delivery_note_no,
            late_fee_rate=contract.late_fee_rate, notes=contract.notes,
            lines=[LineView(line.product, line.spec, line.unit, line.quantity, line.unit_price,
                            line.amount, line.id)
                   for line in contract.lines],
            installments=[InstallmentView(i.id, i.due_date, i.amount,
                                          paid.get(i.id, Decimal("0.00")), i.is_deposit)
                          for i in contract.installments],
            credit_override=(f"{contract.credit_override_reason}（{contract.credit_override_by}，"
                             f"{contract.credit_override_at:%Y-%m-%d %H:%M}）"
                             if contract.credit_override_reason else ""),
            version=contract.version)


def find_contract_id(uow: UnitOfWork, number: str) -> int:
    """The id of the contract with this number (surrounding spaces ignored). NotFound otherwise."""
    with uow:
        found = uow.session.scalar(select(Contract.id).where(Contract.number == number.strip()))
        if found is None:
            raise NotFound(f"contract {number}")
        return found
