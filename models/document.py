from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Date, DateTime, ForeignKey, LargeBinary, String
from sqlalchemy.orm import Mapped, deferred, mapped_column

from models.base import Base, Money


class Document(Base):
    """A generated paper (price confirmation, IOU). The PDF bytes are kept, so a reprint is the
    very same document the customer signed, even after the contract has changed."""

    __tablename__ = "document"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    kind: Mapped[str] = mapped_column(String(30))
    contract_id: Mapped[int | None] = mapped_column(ForeignKey("contract.id"), index=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    amount: Mapped[Decimal] = mapped_column(Money())
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(60), default="")
    sha256: Mapped[str] = mapped_column(String(64))
    pdf: Mapped[bytes] = deferred(mapped_column(LargeBinary))
    # An IOU's repayment date agreed with the customer when it was printed (issue 13): printed
    # as its deadline; its limitation runs from there. None for papers without one.
    pay_by: Mapped[dt.date | None] = mapped_column(Date)


class Attachment(Base):
    """A scan or photo of a signed paper, copied into the app's data folder."""

    __tablename__ = "attachment"

    id: Mapped[int] = mapped_column(primary_key=True)
    contract_id: Mapped[int] = mapped_column(ForeignKey("contract.id"), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    file_name: Mapped[str] = mapped_column(String(255))      # as the user named it
    stored_name: Mapped[str] = mapped_column(String(300))    # relative to the attachments folder
    sha256: Mapped[str] = mapped_column(String(64))
    added_at: Mapped[dt.datetime] = mapped_column(DateTime)
    added_by: Mapped[str] = mapped_column(String(60), default="")
