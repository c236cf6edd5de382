"""Money, dates and numbers for the UI locale, through babel."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from babel.dates import format_date
from babel.numbers import format_currency, format_decimal

_locale = "zh_CN"


def set_locale(name: str) -> None:
    global _locale
    _locale = name


def money(amount: Decimal | None) -> str:
    if amount is None:
        return ""
    return format_currency(amount, "CNY", locale=_locale)


def number(value: Decimal | None) -> str:
    if value is None:
        return ""
    return format_decimal(value, format="#,##0.###", locale=_locale)


def day(value: dt.date | None) -> str:
    if value is None:
        return ""
    return format_date(value, format="medium", locale=_locale)


def month(value: dt.date) -> str:
    return format_date(value, format="yyyy-MM" if _locale.startswith("zh") else "MMM yyyy",
                       locale=_locale)
