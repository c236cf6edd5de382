from __future__ import annotations

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base


class AppSetting(Base):
    """Settings that belong to the company's data (branch code, company name), not to one PC."""

    __tablename__ = "app_setting"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class NumberSequence(Base):
    """Last number used per document kind, branch and year, so numbers never repeat."""

    __tablename__ = "number_sequence"

    kind: Mapped[str] = mapped_column(String(20), primary_key=True)
    branch: Mapped[str] = mapped_column(String(10), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last: Mapped[int] = mapped_column(Integer, default=0)
