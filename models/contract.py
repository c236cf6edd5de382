from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
)
from sqlalchemy import false as sa_false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, Money, Quantity, ScaledDecimal, UnitPrice

# Contract.status takes one of services.core.statuses.CONTRACT_STATUSES; which of them are owed
# is decided there too.


class Contract(Base):
    __tablename__ = "contract"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    salesperson: Mapped[str] = mapped_column(String(60), default="")
    signed_on: Mapped[dt.date] = mapped_column(Date, index=True)
    delivery_on: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(12), default="draft", index=True)
    total: Mapped[Decimal] = mapped_column(Money(), default=Decimal("0.00"))
    price_confirmation_signed_on: Mapped[dt.date | None] = mapped_column(Date)
    iou_signed_on: Mapped[dt.date | None] = mapped_column(Date)
    delivery_note_no: Mapped[str] = mapped_column(String(60), default="")
    # Late fee per day overdue, as a fraction of the overdue amount (0.0005 = 万分之五).
    late_fee_rate: Mapped[Decimal | None] = mapped_column(ScaledDecimal(6))
    # A manager let this contract through a credit hold: why, who and when (also in the audit).
    credit_override_reason: Mapped[str] = mapped_column(String(300), default="")
    credit_override_by: Mapped[str] = mapped_column(String(60), default="")
    credit_override_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)
    # Bumped by every save: a dialog saving over a version it did not read is refused.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    lines: Mapped[list[ContractLine]] = relationship(
        back_populates="contract", cascade="all, delete-orphan", order_by="ContractLine.position")
    installments: Mapped[list[Installment]] = relationship(
        back_populates="contract", cascade="all, delete-orphan",
        order_by="(Installment.due_date, Installment.id)")


class ContractLine(Base):
    __tablename__ = "contract_line"

    id: Mapped[int] = mapped_column(primary_key=True)
    contract_id: Mapped[int] = mapped_column(ForeignKey("contract.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    product: Mapped[str] = mapped_column(String(200))
    spec: Mapped[str] = mapped_column(String(120), default="")
    unit: Mapped[str] = mapped_column(String(20), default="")
    quantity: Mapped[Decimal] = mapped_column(Quantity())
    unit_price: Mapped[Decimal] = mapped_column(UnitPrice())
    amount: Mapped[Decimal] = mapped_column(Money())

    contract: Mapped[Contract] = relationship(back_populates="lines")


class Installment(Base):
    __tablename__ = "installment"
    # The database itself refuses an installment paid below nothing or beyond its amount.
    __table_args__ = (CheckConstraint("paid >= 0 AND paid <= amount", name="paid_within_amount"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    contract_id: Mapped[int] = mapped_column(ForeignKey("contract.id", ondelete="CASCADE"), index=True)
    due_date: Mapped[dt.date] = mapped_column(Date)
    amount: Mapped[Decimal] = mapped_column(Money())
    # A deposit or prepayment (定金/预付款): owed once the contract is confirmed, before delivery.
    # The other installments of a confirmed contract are committed, owed only once delivered.
    is_deposit: Mapped[bool] = mapped_column(Boolean, default=False, server_default=sa_false())
    # Sum of allocations of payments not reversed: kept by services.ledger.payments so that "what is
    # open now" (alerts, lists) reads a small partial index instead of summing every allocation.
    # Dated ("as of") questions still sum the allocations themselves.
    paid: Mapped[Decimal] = mapped_column(Money(), default=Decimal("0.00"), server_default="0")

    contract: Mapped[Contract] = relationship(back_populates="installments")


Index("ix_installment_due_date", Installment.due_date)
# Covering: the alerts read every column they need from this small index.
Index("ix_installment_open", Installment.due_date, Installment.contract_id, Installment.amount,
      Installment.paid, Installment.is_deposit, Installment.id,
      sqlite_where=Installment.paid < Installment.amount,
      postgresql_where=Installment.paid < Installment.amount)
