"""Turning what a user typed into exact values, or a ValidationError naming the field.

The rules, stated once here for every screen, the command line and imports:

- Characters: ASCII and full-width forms (what a Chinese IME types: １２３，．－) are the same.
  Nothing else becomes a digit: superscripts (10²), circled digits (①), fractions (½) and
  other scripts' digits are refused, where Unicode's NFKC would quietly turn some into digits.
- Numbers: digits with one optional point; a comma only as a thousands separator in groups of
  three (1,234,567.89; the full-width ，likewise), so "1,5" and "123,00" are refused, never
  read as 15 or 12300; one optional sign and "¥"/"￥" in front; spaces only around it all.
  No exponent (1e3), NaN or Infinity. At most MAX_INTEGER_DIGITS digits before the point and
  never above MAX_MONEY (too_large, found by counting digits, before any arithmetic); at most
  `places` decimals that are not zero (too_precise). Money keeps 2 places, quantities
  QUANTITY_PLACES, unit prices UNIT_PRICE_PLACES, rates their own.
- Dates: 2026-01-31, 2026/1/31, 2026.1.31, 20260131 or 2026年1月31日 (a time of day after it,
  as exports write "2026-01-31 00:00:00", is ignored), between DATE_MIN and DATE_MAX. Month
  first with the year last (1/31/2026) only when the caller says the source is in US order;
  otherwise a year-last date is refused, never guessed.
- Text: no control or invisible format characters (NUL, ESC, bidi overrides, BOM …); tabs and
  line breaks only in multi-line fields (MULTILINE_FIELDS, or `multiline=True`).
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from decimal import ROUND_HALF_UP, Decimal

from services.core.errors import ValidationError

FEN = Decimal("0.01")
MAX_MONEY = Decimal("999999999999.99")  # hundreds of billions: the most 大写 covers
MAX_INTEGER_DIGITS = 12  # digits before the point that MAX_MONEY has
QUANTITY_PLACES = 3
UNIT_PRICE_PLACES = 4
# Business records of a company trading now: a day outside these is a typing slip (1416 for
# 2016), or a value no calculation should meet.
DATE_MIN = dt.date(2000, 1, 1)
DATE_MAX = dt.date(2099, 12, 31)
# Fields typed in a box of several lines: tabs and line breaks belong there, nowhere else.
MULTILINE_FIELDS = frozenset({"notes", "said"})

# Full-width ASCII (U+FF01–FF5E) and the ideographic space, as a Chinese IME types them.
_FULL_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}
_NUMBER_SIGNS = {"\u2212": "-", "\u00a5": "¥", "\uffe5": "¥", "\u00a0": " "}  # minus, yen, nbsp
_NUMBER = re.compile(r"([+-]?) *(?:¥ *)?([+-]?)"
                     r"([0-9]{1,3}(?:,[0-9]{3})+|[0-9]*)(?:\.([0-9]*))?")
_DATE = re.compile(r"([0-9]{4})([-/.])([0-9]{1,2})\2([0-9]{1,2})|([0-9]{4})([0-9]{2})([0-9]{2})"
                   r"|([0-9]{4}) *年 *([0-9]{1,2}) *月 *([0-9]{1,2}) *日?")
_US_DATE = re.compile(r"([0-9]{1,2})([-/.])([0-9]{1,2})\2([0-9]{4})")
_TIME_OF_DAY = re.compile(r"[ T]+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]+)?)?$")
_INTEGER = re.compile(r"([+-]?)([0-9]+)")
_LINE_BREAKS = frozenset("\t\n\r\u2028\u2029")
_JOINERS = frozenset("\u200c\u200d")  # inside emoji and some scripts' words: visible effect


def ascii_forms(text: str) -> str:
    """Full-width letters, digits and punctuation (and the ideographic space) as ASCII;
    every other character unchanged."""
    return text.translate(_FULL_WIDTH)


def _number_parts(text: str, field: str) -> tuple[bool, str, str]:
    """(negative, integer digits, decimal digits) of a typed number, checked by its grammar."""
    text = ascii_forms(text)
    for old, new in _NUMBER_SIGNS.items():
        text = text.replace(old, new)
    match = _NUMBER.fullmatch(text.strip())
    if match is None:
        raise ValidationError(field, "not_a_number")
    sign_before, sign_after, whole, fraction = match.groups()
    if (sign_before and sign_after) or not (whole or fraction):
        raise ValidationError(field, "not_a_number")
    return "-" in (sign_before, sign_after), whole.replace(",", ""), fraction or ""


def _checked_text_number(text: str, field: str, places: int) -> Decimal:
    negative, whole, fraction = _number_parts(text, field)
    whole, fraction = whole.lstrip("0"), fraction.rstrip("0")
    if len(whole) > MAX_INTEGER_DIGITS:
        raise ValidationError(field, "too_large")
    if len(fraction) > places:
        raise ValidationError(field, "too_precise", places=places)
    number = Decimal(f"{whole or '0'}.{fraction or '0'}")  # at most 12 + places digits
    return -number if negative and number else number


def _checked_decimal(number: Decimal, field: str, places: int) -> Decimal:
    if not number.is_finite():
        raise ValidationError(field, "not_a_number")
    if number.copy_abs() > MAX_MONEY:  # compared without arithmetic: no overflow
        raise ValidationError(field, "too_large")
    if number != number.quantize(Decimal(1).scaleb(-places)):
        raise ValidationError(field, "too_precise", places=places)
    return number if number else number.copy_abs()  # no "-0"


def parse_decimal(value: object, field: str, places: int, *, positive: bool = False,
                  allow_negative: bool = False, required: bool = True) -> Decimal | None:
    """What a user typed as an exact number with `places` decimals (always that many), or None
    when empty and not `required`. The module's number rules apply (commas only in groups
    of three, no exponent, no superscripts; see the module docstring).

    A Decimal or an int is checked the same way. Raises ValidationError(field, reason):
    required, not_a_number, too_large (above MAX_MONEY, or more than MAX_INTEGER_DIGITS
    digits), too_precise (more than `places` decimals that are not zero; params places),
    negative (unless `allow_negative`), not_positive (with `positive`). A float is a TypeError:
    money never passes through binary floating point.
    """
    if isinstance(value, float):
        raise TypeError("floats are not accepted on a money path")
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise ValidationError(field, "required")
        return None
    if isinstance(value, Decimal):
        number = _checked_decimal(value, field, places)
    elif isinstance(value, int):
        number = _checked_decimal(Decimal(value), field, places)
    else:
        number = _checked_text_number(str(value), field, places)
    if number > MAX_MONEY or number < -MAX_MONEY:
        raise ValidationError(field, "too_large")
    if number < 0 and not allow_negative:
        raise ValidationError(field, "negative")
    if positive and number <= 0:
        raise ValidationError(field, "not_positive")
    return number.quantize(Decimal(1).scaleb(-places))


def parse_money(value: object, field: str, *, positive: bool = False,
                required: bool = True) -> Decimal | None:
    """An amount in yuan with 2 decimals (parse_decimal's rules and errors)."""
    return parse_decimal(value, field, 2, positive=positive, required=required)


def parse_quantity(value: object, field: str, *, required: bool = True) -> Decimal | None:
    """A product line's quantity: above zero, QUANTITY_PLACES decimals (parse_decimal's rules
    and errors, not_positive for zero)."""
    return parse_decimal(value, field, QUANTITY_PLACES, positive=True, required=required)


def parse_unit_price(value: object, field: str, *, required: bool = True) -> Decimal | None:
    """A unit price in yuan: zero or more, UNIT_PRICE_PLACES decimals (parse_decimal's rules
    and errors)."""
    return parse_decimal(value, field, UNIT_PRICE_PLACES, required=required)


def round_fen(amount: Decimal) -> Decimal:
    """The one rounding rule: to the fen, halves away from zero (四舍五入)."""
    return amount.quantize(FEN, rounding=ROUND_HALF_UP)


def parse_date(value: object, field: str, *, required: bool = True,
               us_order: bool = False) -> dt.date | None:
    """A day typed as 2026-01-31 (also 2026/1/31, 2026.1.31, 20260131, 2026年1月31日,
    full-width digits, a time of day after it ignored), or None when empty and not
    `required`; a date (or a datetime's day) is checked the same way. With `us_order`, also
    month/day/year (1/31/2026, as US-made files write it).
    ValidationError(field, reason): required, not_a_date (another spelling, or no such day),
    date_out_of_range (before DATE_MIN or after DATE_MAX; params low, high as ISO text).
    """
    if isinstance(value, dt.datetime):
        day = value.date()
    elif isinstance(value, dt.date):
        day = value
    elif value is None or not str(value).strip():
        if required:
            raise ValidationError(field, "required")
        return None
    else:
        day = _typed_day(str(value), field, us_order)
    if not DATE_MIN <= day <= DATE_MAX:
        raise ValidationError(field, "date_out_of_range", low=DATE_MIN.isoformat(),
                              high=DATE_MAX.isoformat())
    return day


def _typed_day(text: str, field: str, us_order: bool = False) -> dt.date:
    text = ascii_forms(text).strip()
    text = _TIME_OF_DAY.sub("", text)
    match = _DATE.fullmatch(text)
    us_match = _US_DATE.fullmatch(text) if us_order and match is None else None
    if us_match is not None:
        month, _, day, year = us_match.groups()
    elif match is None:
        raise ValidationError(field, "not_a_date")
    else:
        groups = match.groups()  # (y, separator, m, d) | (y, m, d) compact | (y, m, d) 年月日
        year, month, day = (groups[0], groups[2], groups[3]) if groups[0] else next(
            groups[i:i + 3] for i in (4, 7) if groups[i] is not None)
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        raise ValidationError(field, "not_a_date") from None


def parse_int(value: object, field: str, low: int, high: int, *, required: bool = True) -> int | None:
    """A whole number between `low` and `high` inclusive (ASCII or full-width digits, an
    optional sign), or None when empty and not `required`.
    ValidationError(field, reason): required, not_an_integer, out_of_range (params low, high).
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise ValidationError(field, "required")
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        number = value
    else:
        match = _INTEGER.fullmatch(ascii_forms(str(value)).strip())
        if match is None:
            raise ValidationError(field, "not_an_integer")
        sign, digits = match.groups()
        digits = digits.lstrip("0") or "0"
        if len(digits) > 18:  # beyond any range a field has; int() is never asked
            raise ValidationError(field, "out_of_range", low=low, high=high)
        number = -int(digits) if sign == "-" else int(digits)
    if not low <= number <= high:
        raise ValidationError(field, "out_of_range", low=low, high=high)
    return number


def clean_text(value: str | None, field: str, limit: int, *, required: bool = False,
               multiline: bool | None = None) -> str:
    """Text with surrounding spaces removed, at most `limit` characters, as typed otherwise.

    `multiline` (default: the field's last part is in MULTILINE_FIELDS) allows tabs and line
    breaks. ValidationError(field, reason): required, too_long (params limit), line_break (a
    tab or line break in a one-line field; params position), control_character (NUL, other
    control characters, invisible format characters such as bidi overrides or a BOM, lone
    surrogates; params position, counted from 1 in the trimmed text).
    """
    text = (value or "").strip()
    if required and not text:
        raise ValidationError(field, "required")
    if len(text) > limit:
        raise ValidationError(field, "too_long", limit=limit)
    if text.isprintable():  # no control, format, surrogate or line-break character: done
        return text
    if multiline is None:
        multiline = field.rsplit(".", 1)[-1] in MULTILINE_FIELDS
    for position, char in enumerate(text, 1):
        if char in _LINE_BREAKS:
            if not multiline:
                raise ValidationError(field, "line_break", position=position)
        elif unicodedata.category(char) in ("Cc", "Cs") or (
                unicodedata.category(char) == "Cf" and char not in _JOINERS):
            raise ValidationError(field, "control_character", position=position)
    return text


def choice(value: str, field: str, allowed: tuple[str, ...]) -> str:
    """`value` when it is one of `allowed`, else ValidationError(field, "not_allowed")."""
    if value not in allowed:
        raise ValidationError(field, "not_allowed")
    return value


# 统一社会信用代码, GB 32100-2015 (法人和其他组织统一社会信用代码编码规则): 18 characters from
# this set (no I, O, S, V, Z); the 18th is the check character of the first 17 (§4.3, mod 31).
CREDIT_CODE_LENGTH = 18
CREDIT_CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CREDIT_CODE_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def credit_code_check_character(first17: str) -> str:
    """The check character GB 32100-2015 gives the first 17 characters of a 统一社会信用代码:
    31 − (Σ value × weight mod 31), 31 read as 0, as a character of CREDIT_CODE_CHARS.
    ValueError for a character outside that set or a length other than 17."""
    if len(first17) != CREDIT_CODE_LENGTH - 1:
        raise ValueError("17 characters expected")
    total = sum(CREDIT_CODE_CHARS.index(char) * weight
                for char, weight in zip(first17, CREDIT_CODE_WEIGHTS, strict=True))
    return CREDIT_CODE_CHARS[(31 - total % 31) % 31]


def parse_credit_code(value: str | None, field: str) -> str:
    """A 统一社会信用代码 (unified social credit code, GB 32100-2015) as typed, or "" when
    empty: spaces removed, full-width and lower-case letters as upper-case ASCII. Only the
    18th character is checked against the rest (the organisation code inside it, characters
    9–17, is not checked on its own). ValidationError(field, reason): wrong_length (params
    length), credit_code_characters (a character outside CREDIT_CODE_CHARS: I, O, S, V, Z or
    punctuation), bad_check_character.
    """
    text = "".join(ascii_forms(value or "").split()).upper()
    if not text:
        return ""
    if len(text) != CREDIT_CODE_LENGTH:
        raise ValidationError(field, "wrong_length", length=CREDIT_CODE_LENGTH)
    if any(char not in CREDIT_CODE_CHARS for char in text):
        raise ValidationError(field, "credit_code_characters")
    if credit_code_check_character(text[:-1]) != text[-1]:
        raise ValidationError(field, "bad_check_character")
    return text


MAX_BANK_ACCOUNT_DIGITS = 40


def parse_bank_account(value: str | None, field: str, limit: int = 60) -> str:
    """A bank account number (账号) as typed, or "" when empty: digits (ASCII or full-width)
    and spaces between them, runs of spaces kept as one, at most `limit` characters in all.
    ValidationError(field, reason): bank_account_characters (anything but digits and spaces),
    too_many_digits (more than MAX_BANK_ACCOUNT_DIGITS; params limit), too_long (params limit).
    """
    text = " ".join(ascii_forms(value or "").split())
    if not re.fullmatch(r"[0-9 ]*", text):
        raise ValidationError(field, "bank_account_characters")
    if sum(char.isdigit() for char in text) > MAX_BANK_ACCOUNT_DIGITS:
        raise ValidationError(field, "too_many_digits", limit=MAX_BANK_ACCOUNT_DIGITS)
    if len(text) > limit:
        raise ValidationError(field, "too_long", limit=limit)
    return text


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
