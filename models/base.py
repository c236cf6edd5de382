"""Declarative base and the exact number types used by every table."""
from __future__ import annotations

from decimal import Decimal

from sqlalchemy import BigInteger, ColumnElement, MetaData, type_coerce
from sqlalchemy.orm import DeclarativeBase
from sqlalchemy.types import TypeDecorator

# Named constraints so Alembic migrations work the same on SQLite (batch mode) and PostgreSQL.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class ScaledDecimal(TypeDecorator[Decimal]):
    """A Decimal stored as an integer count of 10**-scale units.

    SQLite's NUMERIC is a float underneath, so money never goes there: integers are exact
    on every backend and sums run in SQL without rounding.
    """

    impl = BigInteger
    cache_ok = True

    def __init__(self, scale: int) -> None:
        super().__init__()
        self.scale = scale
        self._unit = Decimal(1).scaleb(-scale)

    def process_bind_param(self, value: Decimal | None, dialect) -> int | None:
        if value is None:
            return None
        if not isinstance(value, Decimal):
            raise TypeError(f"exact Decimal expected, got {type(value).__name__}")
        scaled = value.scaleb(self.scale)
        if scaled != scaled.to_integral_value():
            raise ValueError(f"{value} has more than {self.scale} decimal places")
        return int(scaled)

    def process_result_value(self, value: int | None, dialect) -> Decimal | None:
        if value is None:
            return None
        return (Decimal(int(value)) * self._unit).quantize(self._unit)


def Money() -> ScaledDecimal:
    """Yuan, stored as integer fen (分)."""
    return ScaledDecimal(2)


def Quantity() -> ScaledDecimal:
    return ScaledDecimal(3)


def UnitPrice() -> ScaledDecimal:
    """Unit prices may carry 厘 (0.001) and below; amounts are rounded to fen."""
    return ScaledDecimal(4)


def fen_to_yuan(fen: int | None) -> Decimal:
    """Turn a SQL sum of fen columns back into yuan."""
    return (Decimal(int(fen or 0)) / 100).quantize(Decimal("0.01"))


def fen(column) -> ColumnElement[int]:
    """The raw integer fen behind a Money column, for exact SQL arithmetic (sums, differences)."""
    return type_coerce(column, BigInteger)
