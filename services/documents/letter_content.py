"""What a dunning letter (催款函) shows, as plain data: gathered by services.papers.dunning, drawn
by services.documents.letter_pdf (reportlab is imported only there)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from services.documents.content import Party

DUNNING_KIND = "dunning_{level}"  # the Document kind of a letter of each level
LETTER_TITLES = {1: "付款提醒函", 2: "催款通知函", 3: "逾期警告函", 4: "律师函"}


def dunning_kind(level: int) -> str:
    """The Document kind of a letter of `level` (dunning_1 … dunning_4)."""
    return DUNNING_KIND.format(level=level)


@dataclass(frozen=True)
class LetterLine:
    """One installment the letter demands (yuan)."""

    contract_number: str
    due_date: dt.date
    amount: Decimal          # the installment's amount
    remaining: Decimal       # still unpaid on the letter date
    days_overdue: int        # 0 before the due date
    late_fee: Decimal        # this line's fee to the fen (the letter's total is rounded once)
    invoice_numbers: tuple[str, ...] = ()
    late_fee_rate: Decimal | None = None  # per day, a fraction (0.0005 = 万分之五)


@dataclass(frozen=True)
class DunningLetterContent:
    number: str
    letter_date: dt.date
    level: int               # 1 付款提醒, 2 催款通知, 3 逾期警告函, 4 律师函 (draft)
    sender: Party            # us: name, address, phone, bank account
    recipient: Party         # the customer
    lines: list[LetterLine]
    total: Decimal           # Σ remaining
    late_fee: Decimal        # Σ unrounded fees, rounded to the fen once
    pay_by: dt.date
    contact: str = ""        # who to call at our company (the salesperson), user text
    notes: list[str] = field(default_factory=list)
