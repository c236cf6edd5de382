from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, Money


class CollectionTarget(Base):
    """How much we aim to collect from one customer in one month (month = its first day)."""

    __tablename__ = "collection_target"
    __table_args__ = (UniqueConstraint("customer_id", "month"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    month: Mapped[dt.date] = mapped_column(Date, index=True)
    target: Mapped[Decimal] = mapped_column(Money())
