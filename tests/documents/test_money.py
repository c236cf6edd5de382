"""The uppercase Chinese amount (大写金额) per the PBOC rules, and ¥12,345.60 for documents."""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.documents.money import amount_in_words, format_yuan

ALLOWED = set("零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整")


@pytest.mark.parametrize("amount, words", [
    # The PBOC's own examples (正确填写票据和结算凭证的基本规定), first-listed form.
    ("1680.32", "壹仟陆佰捌拾元零叁角贰分"),
    ("107000.53", "壹拾万柒仟元零伍角叁分"),
    ("1409.50", "壹仟肆佰零玖元伍角整"),
    ("6007.14", "陆仟零柒元壹角肆分"),
    ("325.04", "叁佰贰拾伍元零肆分"),
    ("1010.10", "壹仟零壹拾元零壹角整"),
    ("100000", "壹拾万元整"),
    # 角 is 0, 分 is not: 零 after 元.
    ("1000.05", "壹仟元零伍分"),
    ("100000000.01", "壹亿元零壹分"),
    ("1.01", "壹元零壹分"),
    # 元 digit is 0, 角 is not: 零 after 元 (10.50 follows 1010.10 and 1680.32).
    ("10.50", "壹拾元零伍角整"),
    ("20000.2", "贰万元零贰角整"),
    ("1234567890.12", "壹拾贰亿叁仟肆佰伍拾陆万柒仟捌佰玖拾元零壹角贰分"),
    # 元 digit is not 0: no 零 before 角.
    ("16.30", "壹拾陆元叁角整"),
    # No integer part: no 元 part at all; zero itself.
    ("0.05", "伍分"),
    ("0.50", "伍角整"),
    ("0.35", "叁角伍分"),
    ("0.01", "壹分"),
    ("0.1", "壹角整"),
    ("0.10", "壹角整"),
    ("0", "零元整"),
    ("0.00", "零元整"),
    # A ten keeps its digit; 整 when there is no 分.
    ("1", "壹元整"),
    ("10", "壹拾元整"),
    ("11", "壹拾壹元整"),
    ("16", "壹拾陆元整"),
    ("16.00", "壹拾陆元整"),
    ("19", "壹拾玖元整"),
    ("20", "贰拾元整"),
    # Zeros inside a section: one 零 between non-zero digits, nothing when trailing.
    ("101", "壹佰零壹元整"),
    ("110", "壹佰壹拾元整"),
    ("1001", "壹仟零壹元整"),
    ("1100", "壹仟壹佰元整"),
    ("10010", "壹万零壹拾元整"),
    ("100100", "壹拾万零壹佰元整"),
    # Sections: leading zeros of a lower section → one 零; all-zero sections write nothing.
    ("100007", "壹拾万零柒元整"),
    ("1000000", "壹佰万元整"),
    ("10000000", "壹仟万元整"),
    ("100000000", "壹亿元整"),
    ("100000001", "壹亿零壹元整"),
    ("100010000", "壹亿零壹万元整"),
    ("100007000", "壹亿零柒仟元整"),
    ("1000000001", "壹拾亿零壹元整"),
    ("1001000100", "壹拾亿零壹佰万零壹佰元整"),
    ("999999999999.99", "玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"),
    ("100000000000", "壹仟亿元整"),
    # More than two places: half-up to the fen (cn2an truncates instead).
    ("0.005", "壹分"),
    ("0.004", "零元整"),
    ("2.345", "贰元叁角伍分"),
    ("2.344", "贰元叁角肆分"),
    ("9.995", "壹拾元整"),
    ("999999999999.994", "玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"),
])
def test_amount_in_words(amount, words):
    assert amount_in_words(Decimal(amount)) == words


@pytest.mark.parametrize("amount, message", [
    (Decimal("-1"), "negative"),
    (Decimal("-0.01"), "negative"),
    (Decimal("1000000000000"), "too large"),
    (Decimal("999999999999.995"), "too large"),  # rounds up past the limit
    (Decimal("1E+40"), "too large"),
    (Decimal("NaN"), "finite"),
    (Decimal("Infinity"), "finite"),
    (Decimal("-Infinity"), "finite"),
])
def test_refused_amounts(amount, message):
    with pytest.raises(ValueError, match=message):
        amount_in_words(amount)


@pytest.mark.parametrize("function", [amount_in_words, format_yuan])
def test_floats_and_other_types_are_refused(function):
    with pytest.raises(TypeError, match="float"):
        function(1.5)
    with pytest.raises(TypeError):
        function("1.50")


def _value(words: str) -> Decimal:
    """Read a 大写金额 back, independently of how it was written."""
    digits, total, section, digit, fen_part = "零壹贰叁肆伍陆柒捌玖", 0, 0, 0, Decimal(0)
    for char in words:
        if char in digits:
            digit = digits.index(char)
        elif char in "拾佰仟":
            section += digit * 10 ** ("拾佰仟".index(char) + 1)
            digit = 0
        elif char == "万":
            total += (section + digit) * 10 ** 4
            section = digit = 0
        elif char == "亿":
            total = (total + section + digit) * 10 ** 8
            section = digit = 0
        elif char == "元":
            total += section + digit
            section = digit = 0
        elif char in "角分":
            fen_part += Decimal(digit) / (10 if char == "角" else 100)
            digit = 0
    return total + section + digit + fen_part


def _generated():
    for yuan in range(0, 20001, 7):
        yield Decimal(yuan)
        yield Decimal(yuan) + Decimal("0.05")
        yield Decimal(yuan) + Decimal("0.30")
    for yuan in (10 ** 4, 10 ** 5, 10 ** 8, 10 ** 9, 10 ** 11, 100010001, 101010101010, 909090909090):
        for extra in ("0", "0.01", "0.1", "0.11", "10", "1000", "10000", "10001000"):
            yield Decimal(yuan) + Decimal(extra)


def test_generated_amounts_are_well_formed_and_read_back():
    for amount in _generated():
        words = amount_in_words(amount)
        assert set(words) <= ALLOWED, (amount, words)
        assert "零零" not in words, (amount, words)
        # 零 stands only before a digit (never before a unit, nor last), and never first
        # except in 零元整.
        for i, char in enumerate(words):
            if char == "零" and words != "零元整":
                assert i > 0 and i + 1 < len(words) and words[i + 1] in "壹贰叁肆伍陆柒捌玖", (amount, words)
        assert words.endswith("整") == (amount * 100 % 10 == 0), (amount, words)
        assert words.count("元") == (1 if amount >= 1 or amount == 0 else 0), (amount, words)
        assert _value(words) == amount, (amount, words)


@pytest.mark.parametrize("amount, text", [
    ("12345.6", "¥12,345.60"),
    ("0", "¥0.00"),
    ("0.005", "¥0.01"),
    ("2.345", "¥2.35"),
    ("999", "¥999.00"),
    ("1000", "¥1,000.00"),
    ("1234567890.12", "¥1,234,567,890.12"),
    ("999999999999.99", "¥999,999,999,999.99"),
    ("-5", "-¥5.00"),
    ("-1234.565", "-¥1,234.57"),
])
def test_format_yuan(amount, text):
    assert format_yuan(Decimal(amount)) == text


def test_format_yuan_refuses_nan():
    with pytest.raises(ValueError):
        format_yuan(Decimal("NaN"))
