"""Properties of the one parsing module: whatever is typed, a right value or a ValidationError
naming the field, never another exception; what we format, we read back."""
from __future__ import annotations

import datetime as dt
import unicodedata
from decimal import Decimal

from hypothesis import example, given, settings
from hypothesis import strategies as st

from services.core.errors import ValidationError
from services.core.parsing import (
    CREDIT_CODE_CHARS,
    DATE_MAX,
    DATE_MIN,
    MAX_MONEY,
    ascii_forms,
    clean_text,
    credit_code_check_character,
    parse_credit_code,
    parse_date,
    parse_decimal,
    parse_int,
)

# Text near numbers, where the faults were: digits of every kind, separators, exponents, signs.
NUMBERISH = st.text(st.sampled_from(list("0123456789,.，．-+eE ¥￥１２３²³①½٣nNaIf_\t\x00")),
                    max_size=40)
ANY_TEXT = st.one_of(NUMBERISH, st.text(max_size=60))
PLACES = st.integers(0, 4)


def _decimals(places: int):
    limit = int(MAX_MONEY)
    return st.decimals(min_value=-limit, max_value=limit, places=places,
                       allow_nan=False, allow_infinity=False)


@settings(max_examples=800)
@given(ANY_TEXT, PLACES)
@example("1e1000000", 2)
@example("9" * 5000, 2)
@example("1,5", 2)
@example("10²", 2)
def test_any_text_is_a_decimal_with_the_places_or_a_validation_error(text, places):
    try:
        value = parse_decimal(text, "f", places, allow_negative=True)
    except ValidationError as error:
        assert error.field == "f"
        return
    assert isinstance(value, Decimal)
    assert value.as_tuple().exponent == -places
    assert abs(value) <= MAX_MONEY
    # Only what a person writes as a number was accepted: digits (ASCII or full-width) and
    # the separators; no letters, no superscripts.
    plain = ascii_forms(text)
    assert all(c.isascii() or c in "¥￥\u2212\u00a0" or unicodedata.category(c) == "Zs"
               for c in plain)
    assert not any(c in plain for c in "eEnNaIf_")


@given(ANY_TEXT, PLACES)
def test_a_comma_accepted_is_always_between_groups_of_three(text, places):
    try:
        value = parse_decimal(text, "f", places, allow_negative=True)
    except ValidationError:
        return
    whole = ascii_forms(text).strip().lstrip("+-¥￥ ").split(".")[0]
    if "," in whole:
        groups = whole.split(",")
        assert 1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])
        assert int(value.copy_abs()) == int("".join(groups))


@given(PLACES.flatmap(lambda p: st.tuples(st.just(p), _decimals(p))))
def test_formatting_with_grouping_reads_back_exactly(case):
    places, number = case
    for text in (f"{number:,.{places}f}", f"{number:.{places}f}", f"¥{number:,.{places}f}"):
        assert parse_decimal(text, "f", places, allow_negative=True) == number
    # As a Chinese IME would type the same: full-width digits, comma and point.
    full = f"{number:,.{places}f}".translate(
        str.maketrans("0123456789,.-", "０１２３４５６７８９，．－"))
    assert parse_decimal(full, "f", places, allow_negative=True) == number


@given(PLACES.flatmap(lambda p: st.tuples(st.just(p), _decimals(p))))
def test_decimals_pass_through_unchanged(case):
    places, number = case
    assert parse_decimal(number, "f", places, allow_negative=True) == number


@given(st.one_of(st.decimals(), st.integers()), PLACES)
def test_any_decimal_or_int_is_checked_without_other_exceptions(value, places):
    try:
        result = parse_decimal(value, "f", places, allow_negative=True)
    except ValidationError:
        return
    assert result == value and abs(result) <= MAX_MONEY


@given(ANY_TEXT)
@example("9999-12-31")
@example("1416-03-01")
def test_any_text_is_a_date_in_the_range_or_a_validation_error(text):
    try:
        day = parse_date(text, "d", required=False)
    except ValidationError as error:
        assert error.field == "d"
        return
    assert day is None or DATE_MIN <= day <= DATE_MAX


@given(st.dates(min_value=DATE_MIN, max_value=DATE_MAX))
def test_dates_in_the_range_read_back(day):
    assert parse_date(day.isoformat(), "d") == day
    assert parse_date(f"{day.year}/{day.month}/{day.day}", "d") == day


@given(st.dates())
def test_date_objects_outside_the_range_are_refused(day):
    if DATE_MIN <= day <= DATE_MAX:
        assert parse_date(day, "d") == day
    else:
        try:
            parse_date(day, "d")
        except ValidationError as error:
            assert error.reason == "date_out_of_range"
        else:  # pragma: no cover - a failure
            raise AssertionError(day)


@given(ANY_TEXT)
def test_any_text_is_a_whole_number_in_range_or_a_validation_error(text):
    try:
        number = parse_int(text, "n", -1000, 1000, required=False)
    except ValidationError as error:
        assert error.field == "n"
        return
    assert number is None or -1000 <= number <= 1000


@given(st.text(max_size=80), st.booleans())
def test_clean_text_never_keeps_control_characters(text, multiline):
    try:
        cleaned = clean_text(text, "f", 80, multiline=multiline)
    except ValidationError as error:
        assert error.reason in ("too_long", "control_character", "line_break")
        return
    allowed = set("\t\n\r\u2028\u2029") if multiline else set()
    assert all(c in allowed or unicodedata.category(c) not in ("Cc", "Cs") for c in cleaned)
    assert cleaned == text.strip()


@given(st.text(st.sampled_from(CREDIT_CODE_CHARS), min_size=17, max_size=17),
       st.sampled_from(CREDIT_CODE_CHARS))
def test_a_credit_code_is_accepted_only_with_its_check_character(first17, last):
    right = credit_code_check_character(first17)
    if last == right:
        assert parse_credit_code(first17 + last, "c") == first17 + last
    else:
        try:
            parse_credit_code(first17 + last, "c")
        except ValidationError as error:
            assert error.reason == "bad_check_character"
        else:  # pragma: no cover - a failure
            raise AssertionError(first17 + last)


@given(st.text(max_size=30))
def test_any_text_is_a_credit_code_or_a_validation_error(text):
    try:
        code = parse_credit_code(text, "c")
    except ValidationError as error:
        assert error.field == "c"
        return
    assert code == "" or (len(code) == 18 and credit_code_check_character(code[:17]) == code[17])


def test_today_is_inside_the_range():
    assert DATE_MIN <= dt.date.today() <= DATE_MAX


@given(_decimals(2))
def test_money_as_the_window_shows_it_reads_back(number):
    # ui/formatting.money: babel's CNY in zh_CN, "¥12,345.60" and "-¥12.00".
    from babel.numbers import format_currency

    shown = format_currency(number, "CNY", locale="zh_CN")
    assert parse_decimal(shown, "f", 2, allow_negative=True) == number
