"""Turning typed text into exact values: money, dates, the rounding rule."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from services.core.errors import ValidationError
from services.core.parsing import (
    MAX_MONEY,
    parse_date,
    parse_decimal,
    parse_int,
    parse_money,
    round_fen,
)


def refused(value, **kwargs) -> ValidationError:
    with pytest.raises(ValidationError) as info:
        parse_money(value, "amount", **kwargs)
    assert info.value.field == "amount"
    return info.value


@pytest.mark.parametrize("typed, expected", [
    ("1234.5", "1234.50"),
    ("1,234,567.89", "1234567.89"),
    ("¥1,000", "1000.00"),
    ("￥ 88.8", "88.80"),
    ("１２３．５", "123.50"),          # full-width digits and point from a Chinese IME
    ("１，２３４", "1234.00"),          # full-width comma
    ("  42  ", "42.00"),
    ("7.000", "7.00"),                 # trailing zeros are not extra precision
    (Decimal("3.1"), "3.10"),
    (5, "5.00"),
])
def test_money_text_is_read_exactly(typed, expected):
    value = parse_money(typed, "amount")
    assert value == Decimal(expected)
    assert str(value) == expected  # always two places


def test_money_with_more_than_two_decimals_is_refused_as_too_precise():
    error = refused("1.005")
    assert error.reason == "too_precise"
    assert error.params == {"places": 2}


def test_negative_money_is_refused():
    assert refused("-5").reason == "negative"


def test_zero_is_refused_when_a_positive_amount_is_required():
    assert refused("0", positive=True).reason == "not_positive"
    assert parse_money("0", "amount") == Decimal("0.00")


@pytest.mark.parametrize("typed", ["abc", "12a", "1.2.3", "NaN", "Infinity", "--1"])
def test_non_numeric_money_is_refused(typed):
    assert refused(typed).reason == "not_a_number"


def test_money_above_the_maximum_is_refused_as_too_large():
    assert parse_money(str(MAX_MONEY), "amount") == MAX_MONEY
    assert refused(str(MAX_MONEY + Decimal("0.01"))).reason == "too_large"
    assert refused("1e30").reason == "too_large"


def test_huge_number_with_decimals_is_refused_not_crashing():
    # More digits than Decimal's default precision once quantized.
    assert refused("123456789012345678901234567.891").reason == "too_large"
    assert refused("123456789012345678901234567.89").reason == "too_large"


def test_empty_money_is_required_unless_optional():
    assert refused("  ").reason == "required"
    assert refused(None).reason == "required"
    assert parse_money("", "amount", required=False) is None


def test_floats_are_refused_with_type_error():
    with pytest.raises(TypeError):
        parse_money(0.1, "amount")
    with pytest.raises(TypeError):
        parse_decimal(2.5, "quantity", 3)


def test_quantity_allows_three_places_and_unit_price_four():
    assert parse_decimal("1.125", "quantity", 3) == Decimal("1.125")
    assert parse_decimal("0.3333", "unit_price", 4) == Decimal("0.3333")
    with pytest.raises(ValidationError) as info:
        parse_decimal("1.1255", "quantity", 3)
    assert (info.value.field, info.value.reason) == ("quantity", "too_precise")


def test_date_that_does_not_exist_is_refused():
    with pytest.raises(ValidationError) as info:
        parse_date("2026-02-30", "signed_on")
    assert (info.value.field, info.value.reason) == ("signed_on", "not_a_date")


@pytest.mark.parametrize("typed", ["2026/11/24", "2026-11-24", "2026.11.24", " 2026-11-24 ",
                                   "２０２６－１１－２４"])
def test_common_date_spellings_are_accepted(typed):
    assert parse_date(typed, "day") == dt.date(2026, 11, 24)


@pytest.mark.parametrize("typed", ["yesterday", "24/11/2026", "2026-13-01"])
def test_unreadable_dates_are_refused(typed):
    with pytest.raises(ValidationError) as info:
        parse_date(typed, "day")
    assert info.value.reason == "not_a_date"


def test_date_objects_pass_through_and_empty_date_is_optional_when_asked():
    day = dt.date(2026, 1, 2)
    assert parse_date(day, "day") == day
    assert parse_date(dt.datetime(2026, 1, 2, 15, 30), "day") == day
    assert parse_date("", "day", required=False) is None
    with pytest.raises(ValidationError) as info:
        parse_date("", "day")
    assert info.value.reason == "required"


def test_integer_out_of_range_is_refused():
    assert parse_int("３０", "term", 0, 720) == 30
    with pytest.raises(ValidationError) as info:
        parse_int("721", "term", 0, 720)
    assert info.value.reason == "out_of_range"
    with pytest.raises(ValidationError) as info:
        parse_int("1.5", "term", 0, 720)
    assert info.value.reason == "not_an_integer"


@pytest.mark.parametrize("amount, expected", [
    ("0.125", "0.13"),     # half-up, where banker's rounding would give 0.12
    ("0.135", "0.14"),
    ("2.675", "2.68"),
    ("0.124", "0.12"),
    ("-0.125", "-0.13"),   # halves go away from zero
    ("10", "10.00"),
])
def test_round_fen_rounds_halves_up(amount, expected):
    assert str(round_fen(Decimal(amount))) == expected
