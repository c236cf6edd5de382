"""The papers that get money back (issue 13): statements the customer confirms, dunning letters
and how they were sent, VAT invoices, and legal action taken. Each printed paper's bytes live in
`document` (number, PDF, SHA-256) like the documents customers sign; these tables hold what
happened to it.

The limitation clock (诉讼时效, 民法典 arts. 188, 195) restarts on a demand (a letter recorded as
sent: LetterSending), an acknowledgement (a confirmed Statement, a signed IOU, a promise, a
partial payment) or legal action (LegalAction) — services.collection.limitation reads them.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Date, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, Money

STATEMENT_STATUSES = ("issued", "confirmed", "disputed")
LETTER_LEVELS = (1, 2, 3, 4)  # 付款提醒, 催款通知, 逾期警告函, 律师函
SENDING_METHODS = ("post", "courier", "wechat", "email", "in_person")
INVOICE_KINDS = ("special", "ordinary")  # 增值税专用发票 / 普通发票
INVOICE_SENT = ("courier", "post", "in_person", "email", "")
LEGAL_ACTIONS = ("lawsuit", "arbitration", "payment_order", "other")  # 起诉, 仲裁, 支付令


class Statement(Base):
    """对账单 issued for a customer and a period, and the customer's reply."""

    __tablename__ = "statement"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id"), unique=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    period_from: Mapped[dt.date] = mapped_column(Date)
    period_to: Mapped[dt.date] = mapped_column(Date, index=True)
    opening: Mapped[Decimal] = mapped_column(Money())   # owed less credit when the period began
    closing: Mapped[Decimal] = mapped_column(Money())   # at its end
    status: Mapped[str] = mapped_column(String(10), default="issued")
    replied_on: Mapped[dt.date | None] = mapped_column(Date)   # confirmed or disputed on
    customer_balance: Mapped[Decimal | None] = mapped_column(Money())  # what they say they owe
    reply_note: Mapped[str] = mapped_column(Text, default="")
    replied_recorded_by: Mapped[str] = mapped_column(String(60), default="")


class DunningLetter(Base):
    """催款函 of one level for one customer on one day: at most one (the unique key holds it
    whoever runs the dunning and however often). A letter moved here when the customer it was
    addressed to was merged into this one keeps that customer's code in `merged_from`, so both
    customers' letters of a day stay (services.ledger.merge); a run writes "" there."""

    __tablename__ = "dunning_letter"
    __table_args__ = (UniqueConstraint("customer_id", "level", "letter_date", "merged_from",
                                       name="uq_dunning_letter_per_day"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    level: Mapped[int] = mapped_column(Integer)
    letter_date: Mapped[dt.date] = mapped_column(Date, index=True)
    document_id: Mapped[int | None] = mapped_column(ForeignKey("document.id"), unique=True)
    overdue: Mapped[Decimal] = mapped_column(Money())     # Σ remaining of the items
    late_fee: Mapped[Decimal] = mapped_column(Money())    # Σ remaining × rate × days, to the fen once
    pay_by: Mapped[dt.date] = mapped_column(Date)         # the deadline the letter sets
    skipped_reason: Mapped[str] = mapped_column(Text, default="")  # a manager skipped levels
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(60), default="")
    merged_from: Mapped[str] = mapped_column(String(32), default="", server_default="")


class DunningLetterItem(Base):
    """An installment a letter demands, with what it still owed on the letter's date."""

    __tablename__ = "dunning_letter_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    letter_id: Mapped[int] = mapped_column(ForeignKey("dunning_letter.id"), index=True)
    installment_id: Mapped[int] = mapped_column(ForeignKey("installment.id"), index=True)
    remaining: Mapped[Decimal] = mapped_column(Money())
    days_overdue: Mapped[int] = mapped_column(Integer)
    late_fee: Mapped[Decimal] = mapped_column(Money())  # unrounded share shown per line (fen)


class LetterSending(Base):
    """How a letter reached the customer: a recorded sending counts as a demand on `sent_on`."""

    __tablename__ = "letter_sending"

    id: Mapped[int] = mapped_column(primary_key=True)
    letter_id: Mapped[int] = mapped_column(ForeignKey("dunning_letter.id"), index=True)
    sent_on: Mapped[dt.date] = mapped_column(Date)
    method: Mapped[str] = mapped_column(String(12))
    tracking_number: Mapped[str] = mapped_column(String(60), default="")
    sent_by: Mapped[str] = mapped_column(String(60), default="")
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime)


class Invoice(Base):
    """A VAT invoice (增值税发票) issued against a contract, and how it reached the customer."""

    __tablename__ = "invoice"

    id: Mapped[int] = mapped_column(primary_key=True)
    contract_id: Mapped[int] = mapped_column(ForeignKey("contract.id"), index=True)
    number: Mapped[str] = mapped_column(String(40), index=True)
    kind: Mapped[str] = mapped_column(String(10), default="special")
    issued_on: Mapped[dt.date] = mapped_column(Date)
    amount: Mapped[Decimal] = mapped_column(Money())
    sent_method: Mapped[str] = mapped_column(String(12), default="")
    tracking_number: Mapped[str] = mapped_column(String(60), default="")
    received_on: Mapped[dt.date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(String(300), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(60), default="")


class LegalAction(Base):
    """Legal action taken against a customer (for one contract, or all it owes): restarts the
    limitation clock of what it covers on `taken_on`."""

    __tablename__ = "legal_action"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    contract_id: Mapped[int | None] = mapped_column(ForeignKey("contract.id"), index=True)
    taken_on: Mapped[dt.date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(15))
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(60), default="")
