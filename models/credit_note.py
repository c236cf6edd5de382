from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Date, DateTime, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, Money, Quantity, UnitPrice

CREDIT_NOTE_KINDS = ("return", "allowance")  # 退货, 折让


class CreditNote(Base):
    """A return or an allowance against a contract (红字/贷项通知): reduces what is owed on it
    without rewriting the signed contract. Settled through a payment of CREDIT_NOTE_METHOD."""

    __tablename__ = "credit_note"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    contract_id: Mapped[int] = mapped_column(ForeignKey("contract.id"), index=True)
    kind: Mapped[str] = mapped_column(String(12))
    issued_on: Mapped[dt.date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(String(300), default="")
    amount: Mapped[Decimal] = mapped_column(Money())
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(60), default="")

    lines: Mapped[list[CreditNoteLine]] = relationship(
        back_populates="credit_note", cascade="all, delete-orphan",
        order_by="CreditNoteLine.position")


class CreditNoteLine(Base):
    """What a return sends back: a contract line's product and the quantity returned."""

    __tablename__ = "credit_note_line"

    id: Mapped[int] = mapped_column(primary_key=True)
    credit_note_id: Mapped[int] = mapped_column(
        ForeignKey("credit_note.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column()
    contract_line_id: Mapped[int | None] = mapped_column(ForeignKey("contract_line.id"))
    product: Mapped[str] = mapped_column(String(200))
    unit: Mapped[str] = mapped_column(String(20), default="")
    quantity: Mapped[Decimal] = mapped_column(Quantity())
    unit_price: Mapped[Decimal] = mapped_column(UnitPrice())
    amount: Mapped[Decimal] = mapped_column(Money())

    credit_note: Mapped[CreditNote] = relationship(back_populates="lines")
