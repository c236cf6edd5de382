"""Numbers put into fields and cells the user may edit: as they would type them, and as
services.core.parsing reads them back exactly (a comma only between groups of three, a point
for decimals, no currency sign).

    money_text(151843.5)      "151,843.50"   two decimals
    price_text(1234.5)        "1,234.50"     two to four decimals, as many as the price has
    quantity_text(1200.000)   "1,200"        as many decimals as it has, none when whole
"""
from __future__ import annotations

from decimal import Decimal, InvalidOperation


def _decimal(value: Decimal | str | int | None) -> Decimal | None:
    if value is None or value == "":
        return None
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


def money_text(value: Decimal | str | int | None) -> str:
    """An amount of money for editing; what does not read as a number is left as it is."""
    number = _decimal(value)
    return str(value or "") if number is None else f"{number:,.2f}"


def price_text(value: Decimal | str | int | None) -> str:
    """A unit price for editing: at least 2 decimals, up to the 4 a price may have."""
    number = _decimal(value)
    if number is None:
        return str(value or "")
    places = min(4, max(2, -number.normalize().as_tuple().exponent))
    return f"{number:,.{places}f}"


def quantity_text(value: Decimal | str | int | None) -> str:
    """A quantity for editing: its own decimals, none when it is whole."""
    number = _decimal(value)
    if number is None:
        return str(value or "")
    places = max(0, -number.normalize().as_tuple().exponent)
    return f"{number:,.{places}f}"
