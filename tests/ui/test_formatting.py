"""Money, quantities and dates on screen: babel's rules, built once per locale."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from babel.numbers import format_currency, format_decimal
from hypothesis import given
from hypothesis import strategies as st

from ui import formatting as fmt

AMOUNTS = st.decimals(min_value=Decimal("-999999999999.99"), max_value=Decimal("999999999999.99"),
                      places=2, allow_nan=False, allow_infinity=False)
QUANTITIES = st.decimals(min_value=Decimal("-99999999.9999"), max_value=Decimal("99999999.9999"),
                         places=4, allow_nan=False, allow_infinity=False)


@pytest.fixture(params=["zh_CN", "en"])
def locale(request):
    before = fmt.locale_name()
    fmt.set_locale(request.param)
    yield request.param
    fmt.set_locale(before)


@given(amount=AMOUNTS)
def test_money_is_babels_currency_format_with_the_yuan_sign(amount):
    for name in ("zh_CN", "en"):
        fmt.set_locale(name)
        expected = format_currency(abs(amount) if amount == 0 else amount, "CNY",
                                   locale=name).replace("CN¥", "¥")  # never "-¥0.00"
        assert fmt.money(amount) == expected
    fmt.set_locale("zh_CN")


@given(value=QUANTITIES)
def test_number_is_babels_decimal_format(value):
    """Babel's, except that what rounds to zero is "0", never babel's "-0"."""
    rounds_to_zero = value.quantize(Decimal("0.001")) == 0
    for name in ("zh_CN", "en"):
        fmt.set_locale(name)
        expected = "0" if rounds_to_zero else format_decimal(value, format="#,##0.###",
                                                             locale=name)
        assert fmt.number(value) == expected
    fmt.set_locale("zh_CN")


def test_english_money_says_yuan_without_the_country(locale):
    assert fmt.money(Decimal("1234.5")) == "¥1,234.50"
    assert fmt.money(Decimal("-17292.52")) == "-¥17,292.52"
    assert fmt.money(None) == ""


def test_no_negative_zero(locale):
    assert fmt.money(Decimal("-0.001")) == "¥0.00"
    assert fmt.number(Decimal("-0.0001")) == "0"


def test_dates_in_the_locales_medium_form(locale):
    expected = {"zh_CN": "2026年11月24日", "en": "Nov 24, 2026"}[locale]
    assert fmt.day(dt.date(2026, 11, 24)) == expected
    assert fmt.day(None) == ""


def test_report_percent_is_one_decimal_half_up_zeros_kept():
    from services.reports.table import PERCENT
    from ui.report_view import cell_text

    assert [cell_text(Decimal(v), PERCENT) for v in ("0.6465", "0.57", "2", "0")] == [
        "64.7%", "57.0%", "200.0%", "0.0%"]


def test_an_average_of_days_keeps_its_tenth_and_whole_days_stay_whole():
    from services.reports.table import DAYS
    from ui.report_view import cell_text

    assert [cell_text(v, DAYS) for v in (Decimal("17.0"), Decimal("16.14"), 95, 1234)] == [
        "17.0", "16.1", "95", "1,234"]
