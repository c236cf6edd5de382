from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Date, DateTime, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, Money

FOLLOW_UP_CHANNELS = ("call", "visit", "sms", "wechat", "letter")


class Promise(Base):
    """The customer's own commitment: this amount by this date (承诺回款)."""

    __tablename__ = "promise"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    made_on: Mapped[dt.date] = mapped_column(Date)             # when the customer said it
    promised_on: Mapped[dt.date] = mapped_column(Date, index=True)  # the date promised
    amount: Mapped[Decimal] = mapped_column(Money())
    made_by: Mapped[str] = mapped_column(String(60), default="")     # who at the customer
    note: Mapped[str] = mapped_column(String(300), default="")
    # A broken promise is followed by a new exact one (seed 002: 敌进我退).
    replaces_id: Mapped[int | None] = mapped_column(ForeignKey("promise.id"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(60), default="")


class FollowUp(Base):
    """One call, visit, SMS, WeChat message or letter about payment (跟进记录)."""

    __tablename__ = "follow_up"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    contacted_on: Mapped[dt.date] = mapped_column(Date, index=True)
    channel: Mapped[str] = mapped_column(String(10))
    contact_person: Mapped[str] = mapped_column(String(60), default="")
    said: Mapped[str] = mapped_column(Text, default="")
    result: Mapped[str] = mapped_column(String(300), default="")
    next_action: Mapped[str] = mapped_column(String(300), default="")
    next_action_on: Mapped[dt.date | None] = mapped_column(Date)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(60), default="")
