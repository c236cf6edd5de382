"""Turning what a user typed into exact values, or a ValidationError naming the field."""
from __future__ import annotations

import datetime as dt
import unicodedata
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from services.core.errors import ValidationError

FEN = Decimal("0.01")
MAX_MONEY = Decimal("999999999999.99")  # hundreds of billions: the most 大写 covers


def _normalize(text: str) -> str:
    # Full-width digits and punctuation from a Chinese IME become ASCII.
    text = unicodedata.normalize("NFKC", text).strip()
    return text.replace(",", "").replace("¥", "").replace("￥", "").replace(" ", "")


def parse_decimal(value: object, field: str, places: int, *, positive: bool = False,
                  allow_negative: bool = False, required: bool = True) -> Decimal | None:
    """What a user typed as an exact number with at most `places` decimals, or None when
    empty and not `required`.

    Full-width digits are read as ASCII; "¥", "￥", spaces and commas are dropped. Raises
    ValidationError(field, reason): required, not_a_number, too_large (beyond MAX_MONEY),
    too_precise, negative (unless `allow_negative`), not_positive (with `positive`). A float is
    a TypeError: money never passes through binary floating point.
    """
    if isinstance(value, float):
        raise TypeError("floats are not accepted on a money path")
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise ValidationError(field, "required")
        return None
    try:
        number = value if isinstance(value, Decimal) else Decimal(_normalize(str(value)))
    except InvalidOperation:
        raise ValidationError(field, "not_a_number") from None
    if not number.is_finite():
        raise ValidationError(field, "not_a_number")
    if abs(number) > MAX_MONEY:  # first: quantizing a huge number overflows Decimal's precision
        raise ValidationError(field, "too_large")
    if number.as_tuple().exponent < -places and number != number.quantize(Decimal(1).scaleb(-places)):
        raise ValidationError(field, "too_precise", places=places)
    if number < 0 and not allow_negative:
        raise ValidationError(field, "negative")
    if positive and number <= 0:
        raise ValidationError(field, "not_positive")
    return number.quantize(Decimal(1).scaleb(-places))


def parse_money(value: object, field: str, *, positive: bool = False,
                required: bool = True) -> Decimal | None:
    """An amount in yuan with at most 2 decimals (parse_decimal's rules and errors)."""
    return parse_decimal(value, field, 2, positive=positive, required=required)


def round_fen(amount: Decimal) -> Decimal:
    """The one rounding rule: to the fen, halves away from zero (四舍五入)."""
    return amount.quantize(FEN, rounding=ROUND_HALF_UP)


def parse_date(value: object, field: str, *, required: bool = True) -> dt.date | None:
    """A day typed as 2026-01-31 (also 2026/1/31, 2026.01.31, full-width digits), or None
    when empty and not `required`. ValidationError(field, "required" | "not_a_date").
    """
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if value is None or not str(value).strip():
        if required:
            raise ValidationError(field, "required")
        return None
    text = unicodedata.normalize("NFKC", str(value)).strip().replace("/", "-").replace(".", "-")
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ValidationError(field, "not_a_date") from None


def parse_int(value: object, field: str, low: int, high: int, *, required: bool = True) -> int | None:
    """A whole number between `low` and `high` inclusive, or None when empty and not
    `required`. ValidationError(field, "required" | "not_an_integer" | "out_of_range").
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise ValidationError(field, "required")
        return None
    try:
        number = int(unicodedata.normalize("NFKC", str(value)).strip())
    except ValueError:
        raise ValidationError(field, "not_an_integer") from None
    if not low <= number <= high:
        raise ValidationError(field, "out_of_range", low=low, high=high)
    return number


def clean_text(value: str | None, field: str, limit: int, *, required: bool = False) -> str:
    """Text with surrounding spaces removed, at most `limit` characters.
    ValidationError(field, "required" | "too_long").
    """
    text = (value or "").strip()
    if required and not text:
        raise ValidationError(field, "required")
    if len(text) > limit:
        raise ValidationError(field, "too_long", limit=limit)
    return text


def choice(value: str, field: str, allowed: tuple[str, ...]) -> str:
    """`value` when it is one of `allowed`, else ValidationError(field, "not_allowed")."""
    if value not in allowed:
        raise ValidationError(field, "not_allowed")
    return value


def month_start(day: dt.date) -> dt.date:
    """The first day of `day`'s month."""
    return day.replace(day=1)


def next_month(day: dt.date) -> dt.date:
    """The first day of the month after `day`'s."""
    return (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)


def db_date(value: object) -> dt.date | None:
    """A date as a query returns it: typed on PostgreSQL, ISO text on SQLite when it comes out
    of a subquery or an aggregate (min(), a union). None stays None."""
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))
