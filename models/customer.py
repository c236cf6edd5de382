from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Boolean, Date, DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, Money

CREDIT_RATINGS = ("A", "B", "C", "D")
CUSTOMER_STATUSES = ("active", "on_hold", "blacklisted")
INVOICE_REQUIREMENTS = ("original", "copy", "fax")


class Customer(Base):
    __tablename__ = "customer"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    short_name: Mapped[str] = mapped_column(String(60), default="")
    # The 拼音 of name and short name, for search (`bjjz` finds 北京九州诊所): written with the
    # name (services.ledger.pinyin.pinyin_key, which says the key's form).
    pinyin: Mapped[str] = mapped_column(Text, default="", server_default="")
    # The codes and names of customers merged into this one, one per line ("C-0042 北京九州诊所"):
    # still found by search (services.ledger.merge writes it; migration 0010).
    former_codes: Mapped[str] = mapped_column(Text, default="", server_default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    salesperson: Mapped[str] = mapped_column(String(60), default="", index=True)
    phone: Mapped[str] = mapped_column(String(60), default="")

    # The seeds: purchasing orders, finance approves, the cashier knows when money is there.
    purchasing_contact: Mapped[str] = mapped_column(String(60), default="")
    purchasing_phone: Mapped[str] = mapped_column(String(60), default="")
    finance_contact: Mapped[str] = mapped_column(String(60), default="")
    finance_phone: Mapped[str] = mapped_column(String(60), default="")
    cashier_contact: Mapped[str] = mapped_column(String(60), default="")
    cashier_phone: Mapped[str] = mapped_column(String(60), default="")

    # The buyer's particulars printed on price confirmations and IOUs: 统一社会信用代码
    # (18 characters, GB 32100-2015), bank and account.
    credit_code: Mapped[str] = mapped_column(String(18), default="", server_default="")
    bank_name: Mapped[str] = mapped_column(String(120), default="", server_default="")
    bank_account: Mapped[str] = mapped_column(String(60), default="", server_default="")

    credit_rating: Mapped[str] = mapped_column(String(1), default="C")
    credit_limit: Mapped[Decimal] = mapped_column(Money(), default=Decimal("0.00"))
    # The customer's default payment terms: the name of a template kept with the company's
    # settings (services.ledger.terms); a new contract's schedule is filled from it.
    payment_terms: Mapped[str] = mapped_column(String(60), default="", server_default="")

    application_received: Mapped[bool] = mapped_column(Boolean, default=False)
    application_approved_by: Mapped[str] = mapped_column(String(60), default="")
    application_approved_on: Mapped[dt.date | None] = mapped_column(Date)

    payment_approver: Mapped[str] = mapped_column(String(60), default="")
    usual_payment_day: Mapped[int | None] = mapped_column(Integer)
    invoice_requirement: Mapped[str] = mapped_column(String(10), default="original")
    delivery_proof_required: Mapped[bool] = mapped_column(Boolean, default=False)
    cash_accepted: Mapped[bool] = mapped_column(Boolean, default=False)

    status: Mapped[str] = mapped_column(String(12), default="active")
    status_reason: Mapped[str] = mapped_column(String(300), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)
    # Bumped by every save: a dialog saving over a version it did not read is refused.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
