"""Turning typed text into exact values: money, dates, the rounding rule."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from services.core.errors import ValidationError
from services.core.parsing import (
    DATE_MAX,
    DATE_MIN,
    MAX_MONEY,
    clean_text,
    credit_code_check_character,
    parse_bank_account,
    parse_credit_code,
    parse_date,
    parse_decimal,
    parse_int,
    parse_money,
    parse_quantity,
    parse_unit_price,
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
    assert refused("1" + "0" * 12).reason == "too_large"


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
                                   "２０２６－１１－２４", "2026年11月24日", "2026 年 11 月 24 日",
                                   "２０２６年１１月２４日", "2026年11月24",
                                   # exports write the time of day after it
                                   "2026-11-24 00:00:00", "2026/11/24 0:00", "2026-11-24T00:00"])
def test_common_date_spellings_are_accepted(typed):
    assert parse_date(typed, "day") == dt.date(2026, 11, 24)


@pytest.mark.parametrize("typed", ["yesterday", "24/11/2026", "11/24/2026", "2026-13-01",
                                   "2026-W05-6", "2026W056", "2026-11/24", "2026年13月24日",
                                   "2026年2月30日", "2026-1²-01", "2026-11-24 25", "26-11-24",
                                   "2026-11-24 00:00 x", "00:00"])
def test_unreadable_dates_are_refused(typed):
    with pytest.raises(ValidationError) as info:
        parse_date(typed, "day")
    assert info.value.reason == "not_a_date"


@pytest.mark.parametrize(("typed", "expected"), [
    ("11/24/2026", dt.date(2026, 11, 24)), ("3/5/2024", dt.date(2024, 3, 5)),
    ("03-05-2024", dt.date(2024, 3, 5)), ("2024-03-05", dt.date(2024, 3, 5))])
def test_month_first_dates_only_when_the_source_is_in_us_order(typed, expected):
    assert parse_date(typed, "day", us_order=True) == expected
    if not typed.startswith("2024-"):
        with pytest.raises(ValidationError):
            parse_date(typed, "day")


def test_us_order_still_refuses_a_day_that_does_not_exist():
    with pytest.raises(ValidationError) as info:
        parse_date("24/11/2026", "due_date", us_order=True)  # month 24
    assert (info.value.field, info.value.reason) == ("due_date", "not_a_date")


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


# -- Case 4: a comma is a thousands separator in groups of three, nothing else ---------------

@pytest.mark.parametrize("typed, expected", [
    ("1,234", "1234.00"),
    ("12,345.6", "12345.60"),
    ("123,456,789.01", "123456789.01"),
    ("1,234,567.89", "1234567.89"),
    ("１，２３４，５６７．８９", "1234567.89"),   # full-width, as a Chinese IME types it
    ("1，234.5", "1234.50"),                     # the full-width comma follows the same rule
    ("-1,000", None),                            # grouping with a sign is still grouping
])
def test_comma_in_groups_of_three_is_a_thousands_separator(typed, expected):
    if expected is None:
        assert parse_decimal(typed, "amount", 2, allow_negative=True) == Decimal("-1000.00")
    else:
        assert parse_money(typed, "amount") == Decimal(expected)


@pytest.mark.parametrize("typed", [
    "1,5", "123,00", "1,23", "12,3456", "1234,567", ",123", "1,,234", "1,234,", "1,234,56",
    "1.234,56", "0,5", "1,234.5,6", "1，5", "１２３，００", "1, 234", "1 234",
])
def test_any_other_comma_is_refused_as_not_a_number(typed):
    assert refused(typed).reason == "not_a_number"


def test_payment_typed_one_comma_five_is_not_read_as_fifteen():
    # The user's case: "1,5" against a contract of 100.00 left 85.00 owed.
    assert refused("1,5").field == "amount"
    assert refused("123,00").reason == "not_a_number"


# -- Case 5: other numbers that slipped through ----------------------------------------------

@pytest.mark.parametrize("typed", ["1e1000000", "1E3", "1e3", "2e-2", "1e30", "-1e1000000"])
def test_scientific_notation_is_refused_never_overflows(typed):
    assert refused(typed).reason == "not_a_number"


@pytest.mark.parametrize("typed", ["NaN", "nan", "sNaN", "Infinity", "-Infinity", "inf"])
def test_nan_and_infinity_are_refused(typed):
    assert refused(typed).reason == "not_a_number"


@pytest.mark.parametrize("typed", ["10²", "²", "①", "1①", "½", "1½", "٣", "३", "𝟏𝟐",
                                   "1_000", "0x10", "10%", "100元", "1 2", "12。5", "+-1",
                                   "¥", ".", "-", "--1", "1..2", "1.2.3", "١٢٣"])
def test_characters_that_only_look_like_numbers_are_refused(typed):
    assert refused(typed).reason == "not_a_number"


@pytest.mark.parametrize("typed, expected", [
    ("１２３", "123.00"), ("１２３．４５", "123.45"), ("　１２　", "12.00"),
    ("+5", "5.00"), (".5", "0.50"), ("5.", "5.00"), ("−0", "0.00"), ("-0", "0.00"),
    ("0000000000000000000012.30", "12.30"), ("12.3000000000000000000000", "12.30"),
    ("¥-0", "0.00"), ("\u00a012\u00a0", "12.00"), ("￥１，０００", "1000.00"),
])
def test_full_width_digits_and_harmless_forms_are_accepted(typed, expected):
    value = parse_money(typed, "amount")
    assert str(value) == expected


def test_very_long_digit_strings_are_too_large_before_any_arithmetic():
    assert refused("9" * 100_000).reason == "too_large"
    assert refused("1" + "0" * 12 + ".00").reason == "too_large"
    assert refused("999999999999.999").reason == "too_precise"
    assert refused("0." + "0" * 100_000 + "1").reason == "too_precise"


@pytest.mark.parametrize("value", [Decimal("1e1000000"), Decimal("-1e1000000"),
                                   Decimal("1E+12"), 10 ** 30, -(10 ** 30)])
def test_huge_decimals_and_ints_are_too_large_not_a_crash(value):
    assert refused(value).reason == "too_large"
    with pytest.raises(ValidationError) as info:
        parse_decimal(value, "amount", 2, allow_negative=True)
    assert info.value.reason == "too_large"


@pytest.mark.parametrize("value", [Decimal("NaN"), Decimal("sNaN"), Decimal("Infinity")])
def test_decimal_nan_and_infinity_are_refused(value):
    assert refused(value).reason == "not_a_number"


def test_decimal_with_tiny_exponent_is_too_precise_not_a_crash():
    assert refused(Decimal("1e-999999")).reason == "too_precise"
    assert parse_money(Decimal("1.000000000000000000000000000000000"), "a") == Decimal("1.00")


def test_quantities_unit_prices_and_rates_follow_the_same_rules():
    assert parse_quantity("1,000.125", "lines.1.quantity") == Decimal("1000.125")
    assert parse_unit_price("1,234.5678", "lines.1.unit_price") == Decimal("1234.5678")
    for parse, field in ((parse_quantity, "lines.1.quantity"),
                         (parse_unit_price, "lines.1.unit_price")):
        for typed in ("1,5", "1e3", "10²", "NaN"):
            with pytest.raises(ValidationError) as info:
                parse(typed, field)
            assert (info.value.field, info.value.reason) == (field, "not_a_number")
    with pytest.raises(ValidationError) as info:
        parse_quantity("0", "q")
    assert info.value.reason == "not_positive"
    assert parse_unit_price("0", "p") == Decimal("0.0000")
    with pytest.raises(ValidationError) as info:
        parse_decimal("0,05", "late_fee_percent", 4)
    assert info.value.reason == "not_a_number"


def test_late_fee_percent_uses_the_same_number_rules():
    from services.ledger.contracts import parse_late_fee_percent

    assert parse_late_fee_percent("0.05") == Decimal("0.0500")
    for typed in ("0,05", "5e-2", "⁵", "NaN", "1e1000000"):
        with pytest.raises(ValidationError) as info:
            parse_late_fee_percent(typed)
        assert info.value.field == "late_fee_percent"
        assert info.value.reason == "not_a_number"


@pytest.mark.parametrize("typed, expected", [("３０", 30), (" 7 ", 7), ("+3", 3), ("-0", 0),
                                             ("007", 7), (30, 30)])
def test_integers_accept_full_width_digits(typed, expected):
    assert parse_int(typed, "term", -10, 720) == expected


@pytest.mark.parametrize("typed", ["3²", "①", "1_0", "1e2", "½", "٣", "1,000", "1.0", "--1"])
def test_integers_refuse_what_only_looks_like_digits(typed):
    with pytest.raises(ValidationError) as info:
        parse_int(typed, "term", 0, 100000)
    assert (info.value.field, info.value.reason) == ("term", "not_an_integer")


def test_a_huge_integer_is_out_of_range_not_a_crash():
    with pytest.raises(ValidationError) as info:
        parse_int("9" * 10_000, "term", 0, 720)
    assert info.value.reason == "out_of_range"
    assert info.value.params == {"low": 0, "high": 720}


# -- dates: a sane range for business records -------------------------------------------------

def test_the_date_range_is_2000_to_2099():
    assert (DATE_MIN, DATE_MAX) == (dt.date(2000, 1, 1), dt.date(2099, 12, 31))
    assert parse_date("2000-01-01", "d") == DATE_MIN
    assert parse_date("2099/12/31", "d") == DATE_MAX


@pytest.mark.parametrize("typed", ["1416-03-01", "1641-07-15", "1999-12-31", "2100-01-01",
                                   "9999-12-31", "0001-01-01", dt.date(1416, 3, 1),
                                   dt.datetime(2100, 1, 1, 8)])
def test_dates_outside_the_range_are_refused_with_the_range(typed):
    with pytest.raises(ValidationError) as info:
        parse_date(typed, "signed_on")
    assert (info.value.field, info.value.reason) == ("signed_on", "date_out_of_range")
    assert info.value.params == {"low": "2000-01-01", "high": "2099-12-31"}
    assert "2000-01-01" in str(info.value) and "2099-12-31" in str(info.value)


@pytest.mark.parametrize("typed, expected", [
    ("2026/1/31", dt.date(2026, 1, 31)), ("2026.1.5", dt.date(2026, 1, 5)),
    ("20260131", dt.date(2026, 1, 31)), ("２０２６／１／３１", dt.date(2026, 1, 31)),
])
def test_short_month_and_day_and_compact_dates_are_accepted(typed, expected):
    assert parse_date(typed, "d") == expected


# -- text: no control characters -------------------------------------------------------------

@pytest.mark.parametrize("typed", ["C\x000001", "A\x1bB", "A\x7fB", "A\u202eB", "\ufeffA",
                                   "A\u200bB", "A\x85B", "A\ud800B"])
def test_control_and_invisible_characters_are_refused_in_names(typed):
    with pytest.raises(ValidationError) as info:
        clean_text(typed, "code", 32)
    assert (info.value.field, info.value.reason) == ("code", "control_character")
    assert info.value.params == {"position": 2 if typed[0] == "A" or typed[0] == "C" else 1}


@pytest.mark.parametrize("typed", ["A\tB", "A\nB", "A\r\nB", "A\u2028B"])
def test_tabs_and_line_breaks_are_refused_in_one_line_fields(typed):
    with pytest.raises(ValidationError) as info:
        clean_text(typed, "name", 200)
    assert (info.value.reason, info.value.params) == ("line_break", {"position": 2})


def test_multi_line_fields_keep_tabs_and_line_breaks_but_not_nul():
    assert clean_text("第一行\n\t第二行\r\n", "notes", 5000) == "第一行\n\t第二行"
    assert clean_text("说了\n再说", "said", 5000) == "说了\n再说"
    assert clean_text("a\nb", "reference", 80, multiline=True) == "a\nb"
    with pytest.raises(ValidationError) as info:
        clean_text("a\nb", "notes", 5000, multiline=False)
    assert info.value.reason == "line_break"
    with pytest.raises(ValidationError) as info:
        clean_text("a\x00b", "notes", 5000)
    assert info.value.reason == "control_character"


def test_ordinary_text_passes_as_typed():
    for typed in ("A&B <公司>", "ＡＢＣ有限公司", "👨\u200d👩\u200d👧 家庭", "Café", "  客户  "):
        assert clean_text(typed, "name", 200) == typed.strip()


# -- Case 9: 统一社会信用代码 (GB 32100-2015) ---------------------------------------------------

# Real codes from business licences: 18 characters, the last one their check character.
REAL_CODES = ["91350100M000100Y43", "91110108551385082Q", "91440300708461136T",
              "91310000717866186P", "911100001000044477", "91110000802100433B"]


@pytest.mark.parametrize("code", REAL_CODES)
def test_check_character_of_real_codes(code):
    assert credit_code_check_character(code[:17]) == code[17]
    assert parse_credit_code(code, "credit_code") == code


def test_check_character_of_31_reads_as_zero():
    # Find a first 17 whose weighted sum is a multiple of 31: its check character is "0".
    first17 = next(f"9111000000000{n:04d}" for n in range(10000)
                   if credit_code_check_character(f"9111000000000{n:04d}") == "0")
    assert parse_credit_code(first17 + "0", "credit_code") == first17 + "0"


def test_credit_code_is_upper_cased_and_spaces_removed():
    assert parse_credit_code(" 9135 0100 m000 100y 43 ", "credit_code") == "91350100M000100Y43"
    assert parse_credit_code("９１３５０１００Ｍ０００１００Ｙ４３", "c") == "91350100M000100Y43"
    assert parse_credit_code("", "credit_code") == ""
    assert parse_credit_code(None, "credit_code") == ""


@pytest.mark.parametrize("code, reason, params", [
    ("91350100M000100Y44", "bad_check_character", {}),
    ("91350100M000100Y34", "bad_check_character", {}),   # two characters swapped
    ("91110108551385082R", "bad_check_character", {}),
    ("91350100M000100Y4", "wrong_length", {"length": 18}),
    ("91350100M000100Y433", "wrong_length", {"length": 18}),
    ("91350100M000100I43", "credit_code_characters", {}),  # I is not used: it looks like 1
    ("91350100O000100Y43", "credit_code_characters", {}),
    ("91350100-000100Y43", "credit_code_characters", {}),
    ("91350100M00010²Y43", "credit_code_characters", {}),
])
def test_wrong_credit_codes_are_refused_naming_the_field(code, reason, params):
    with pytest.raises(ValidationError) as info:
        parse_credit_code(code, "credit_code")
    assert (info.value.field, info.value.reason, info.value.params) == ("credit_code", reason,
                                                                        params)


def test_any_single_character_changed_is_caught():
    code = REAL_CODES[0]
    for position in range(17):
        for char in "0123456789ABCDEFGHJKLMNPQRTUWXY":
            if char == code[position]:
                continue
            changed = code[:position] + char + code[position + 1:]
            with pytest.raises(ValidationError):
                parse_credit_code(changed, "credit_code")


# -- bank account numbers --------------------------------------------------------------------

def test_bank_account_keeps_digits_and_single_spaces():
    assert parse_bank_account(" 6222 0200  0000 1234 ", "bank_account") == "6222 0200 0000 1234"
    assert parse_bank_account("６２２２０２", "bank_account") == "622202"
    assert parse_bank_account("", "bank_account") == ""
    assert parse_bank_account("1" * 40, "bank_account") == "1" * 40


@pytest.mark.parametrize("typed, reason", [("6222-0200", "bank_account_characters"),
                                           ("62220200a", "bank_account_characters"),
                                           ("6222²", "bank_account_characters"),
                                           ("1" * 41, "too_many_digits"),
                                           (" ".join("1" * 31), "too_long")])
def test_bad_bank_accounts_are_refused(typed, reason):
    with pytest.raises(ValidationError) as info:
        parse_bank_account(typed, "bank_account")
    assert (info.value.field, info.value.reason) == ("bank_account", reason)
