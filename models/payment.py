from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import CheckConstraint, Date, DateTime, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, Money

# How money comes in: what a clerk picks when recording a payment.
PAYMENT_METHODS = ("bank_transfer", "cash", "alipay", "wechat_pay", "acceptance_bill", "goods",
                   "other")
# A credit note (return or allowance) settles what is owed like a payment, without money: it is
# kept as a payment of this method, pointing at its credit note, and never counts as received.
CREDIT_NOTE_METHOD = "credit_note"


class Payment(Base):
    __tablename__ = "payment"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    contract_id: Mapped[int | None] = mapped_column(ForeignKey("contract.id"))
    received_on: Mapped[dt.date] = mapped_column(Date, index=True)
    amount: Mapped[Decimal] = mapped_column(Money())
    method: Mapped[str] = mapped_column(String(20))
    reference: Mapped[str] = mapped_column(String(80), default="")
    note: Mapped[str] = mapped_column(String(300), default="")
    # A reversal keeps the row: the record of what happened is evidence too.
    reversed_on: Mapped[dt.date | None] = mapped_column(Date)
    reversal_reason: Mapped[str] = mapped_column(String(300), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(60), default="")
    credit_note_id: Mapped[int | None] = mapped_column(ForeignKey("credit_note.id"), index=True)

    allocations: Mapped[list[Allocation]] = relationship(
        back_populates="payment", cascade="all, delete-orphan")


class Allocation(Base):
    """The part of a payment applied to one installment (核销), from its own day on: when the
    payment came, or later when credit was applied. Undoing it keeps the row (evidence)."""

    __tablename__ = "allocation"
    __table_args__ = (CheckConstraint("amount > 0", name="amount_positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    payment_id: Mapped[int] = mapped_column(ForeignKey("payment.id", ondelete="CASCADE"),
                                            index=True)
    installment_id: Mapped[int] = mapped_column(ForeignKey("installment.id", ondelete="CASCADE"),
                                                index=True)
    amount: Mapped[Decimal] = mapped_column(Money())
    applied_on: Mapped[dt.date] = mapped_column(Date)
    undone_on: Mapped[dt.date | None] = mapped_column(Date)
    undo_reason: Mapped[str] = mapped_column(String(300), default="", server_default="")

    payment: Mapped[Payment] = relationship(back_populates="allocations")


# Balances as of a past day find what moved since through these (services.ledger.balances:
# owed_parts): allocations applied after the day, and the few undone or reversed.
Index("ix_allocation_applied_on", Allocation.applied_on)
Index("ix_allocation_undone_on", Allocation.undone_on,
      sqlite_where=Allocation.undone_on.is_not(None),
      postgresql_where=Allocation.undone_on.is_not(None))
Index("ix_payment_reversed_on", Payment.reversed_on,
      sqlite_where=Payment.reversed_on.is_not(None),
      postgresql_where=Payment.reversed_on.is_not(None))
