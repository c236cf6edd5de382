"""What a customer statement (对账单 / 对账确认函) shows, as plain data: gathered by
services.papers.statements, drawn by services.documents.statement_pdf.

The balance everywhere is the customer's *net* balance: what it owed (services.ledger.balances:
installments owed, less what was paid or credited on them) less its unapplied credit (预收款).
Positive: the customer owes us; negative: we hold its money. In that figure only four kinds of
movement count: an installment becoming owed (a delivery; a confirmed contract's deposit on its
signing day), money received, a credit note (退货/折让), and a reversal of either. Applying
credit to a debt (核销预收款) moves money from one side to the other, so it is listed for the
customer to follow but changes nothing (its undoing neither).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from services.documents.content import Party

STATEMENT = "statement"  # the Document kind

# What a line of the statement is (StatementLine.kind).
OWED = "owed"                # installments became owed: + (a delivery, a deposit)
PAYMENT = "payment"          # money received: −
CREDIT_NOTE = "credit_note"  # a return or allowance: −
REVERSAL = "reversal"        # a payment or credit note reversed: + (it no longer counts)
APPLICATION = "application"  # credit applied to a debt: ± 0, listed only
UNDONE = "undone"            # an application undone: ± 0, listed only
MOVES = (OWED, PAYMENT, CREDIT_NOTE, REVERSAL)
# Listed in this order within a day: what became owed first, then what paid it.
DAY_ORDER = {OWED: 0, REVERSAL: 1, PAYMENT: 2, CREDIT_NOTE: 3, APPLICATION: 4, UNDONE: 5}


@dataclass(frozen=True)
class StatementLine:
    """One movement, in yuan: `debit` raises what the customer owes, `credit` lowers it (one of
    them, or neither for an application); `balance` is the running net balance after it."""
    day: dt.date
    kind: str
    summary: str          # plain text (escaped when drawn)
    reference: str        # contract number, payment reference, credit note number
    debit: Decimal | None
    credit: Decimal | None
    balance: Decimal
    note: str = ""        # an application's amount and contract, plain text


@dataclass(frozen=True)
class AgingBucket:
    label: str            # 未到期, 1–30 天, …
    amount: Decimal


@dataclass(frozen=True)
class StatementContract:
    """A contract with something owed in the period or still unpaid at its end."""
    number: str
    signed_on: dt.date
    total: Decimal
    remaining: Decimal    # unpaid at the period's end
    invoices: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class CustomerStatement:
    number: str
    issued_on: dt.date
    period_from: dt.date
    period_to: dt.date
    seller: Party                 # us: name, address, phone, bank account
    customer: Party
    customer_code: str
    opening: Decimal              # net balance at the end of the day before period_from
    lines: list[StatementLine]    # date order, running balance
    closing: Decimal              # net balance at the end of period_to
    closing_owed: Decimal         # of which unpaid installments …
    closing_credit: Decimal       # … less unapplied credit (closing = owed − credit)
    aging: list[AgingBucket]      # the unpaid installments at the end, by days past due
    contracts: list[StatementContract]
    contact: str = ""             # who at our company answers for it
    contact_phone: str = ""

    @property
    def debits(self) -> Decimal:
        return sum((line.debit or 0 for line in self.lines), Decimal("0.00"))

    @property
    def credits(self) -> Decimal:
        return sum((line.credit or 0 for line in self.lines), Decimal("0.00"))
