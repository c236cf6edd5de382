"""What goes on a document, as plain data. Gathered from the database by services.documents.printing,
rendered to PDF by services.documents.render; neither side knows the other's details."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

PRICE_CONFIRMATION = "price_confirmation"
IOU = "iou"
KINDS = (PRICE_CONFIRMATION, IOU)


@dataclass(frozen=True)
class Party:
    """One side of the paper: our company or the customer."""
    name: str
    address: str = ""
    phone: str = ""
    tax_number: str = ""
    bank_account: str = ""


@dataclass(frozen=True)
class Line:
    product: str
    spec: str
    unit: str
    quantity: Decimal
    unit_price: Decimal
    amount: Decimal


@dataclass(frozen=True)
class Due:
    """One exact date and the amount to be paid by it."""
    due_date: dt.date
    amount: Decimal
    contract_number: str = ""


@dataclass(frozen=True)
class PriceConfirmation:
    number: str                 # the document's own number
    issued_on: dt.date
    seller: Party
    buyer: Party
    contract_number: str
    contract_date: dt.date
    lines: list[Line]
    total: Decimal
    schedule: list[Due]
    late_fee_rate: Decimal | None = None   # per day, as a fraction (0.0005 = 万分之五)


@dataclass(frozen=True)
class Iou:
    number: str
    issued_on: dt.date
    creditor: Party             # us
    debtor: Party               # the customer
    amount: Decimal             # owed in total, to the fen
    contract_numbers: list[str]
    delivery_numbers: list[str]
    schedule: list[Due]         # what is owed, by original due date; adds up to `amount`
    late_fee_rate: Decimal | None = None
    notes: list[str] = field(default_factory=list)
    # The repayment date agreed when it is printed (issue 13; Document.pay_by). None only on a
    # preview before the date is given.
    pay_by: dt.date | None = None

    def deadline(self, due: Due) -> dt.date | None:
        """When `due` is to be paid under this IOU: the agreed repayment date, or its own due
        date when that is later (never an old date the customer can no longer meet)."""
        return None if self.pay_by is None else max(due.due_date, self.pay_by)


CREDIT_NOTE = "credit_note"  # 退货确认书 / 折让确认书: a Document kind, numbered as its credit note


@dataclass(frozen=True)
class CreditNoteConfirmation:
    """What the customer signs for a return (退货确认书) or an allowance (折让确认书)."""
    number: str                 # the credit note's own number (BJ-TH-2026-00001)
    issued_on: dt.date          # the credit note's date
    kind: str                   # "return" or "allowance"
    seller: Party
    buyer: Party
    contract_number: str
    contract_date: dt.date
    reason: str
    amount: Decimal             # credited in total, to the fen
    lines: list[Line]           # a return's lines (quantity returned); empty for an allowance
    reduced: Decimal            # what it takes off what is owed on the contract
    surplus: Decimal            # the rest, which becomes the buyer's credit (预收款)
