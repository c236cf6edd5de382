"""Money as printed on documents: the uppercase Chinese amount (大写金额) and ¥12,345.60.

Documents are always Chinese, whatever the UI locale. Decimal only: a float is a TypeError.
"""
from __future__ import annotations

from decimal import Decimal

from services.core.parsing import MAX_MONEY, round_fen

DIGITS = "零壹贰叁肆伍陆柒捌玖"
UNITS = ("", "拾", "佰", "仟")      # within a 4-digit section
SECTIONS = ("", "万", "亿")         # 个, 万 and 亿 sections


def _checked(amount: Decimal) -> Decimal:
    if isinstance(amount, float):
        raise TypeError("floats are not accepted on a money path; pass a Decimal")
    if not isinstance(amount, Decimal):
        raise TypeError(f"expected a Decimal, got {type(amount).__name__}")
    if not amount.is_finite():
        raise ValueError(f"not a finite amount: {amount}")
    return amount


def amount_in_words(amount: Decimal) -> str:
    """The 大写金额 of ``amount`` per the PBOC rules for bills and vouchers (《支付结算办法》).

    Without the 人民币 prefix (the document adds it). The rules:

    * Rounded half-up to the fen first (0.005 -> 壹分); at most 999,999,999,999.99;
      negative, NaN and infinite amounts are refused (ValueError).
    * A ten keeps its digit: 10 -> 壹拾元整, 100000 -> 壹拾万元整.
    * The integer part is read in 4-digit sections (个, 万, 亿). A run of zeros between
      non-zero digits, also across sections, is one 零 (1010 -> 壹仟零壹拾, 100007 -> 壹拾万零柒,
      100000001 -> 壹亿零壹); trailing zeros and all-zero sections write nothing.
    * 零 after 元 when the 元 digit is 0 and 角 is not (1680.32 -> 壹仟陆佰捌拾元零叁角贰分),
      or when 角 is 0 and 分 is not (325.04 -> 叁佰贰拾伍元零肆分); one 零 at most.
    * No 元 part when the integer part is 0 (0.35 -> 叁角伍分); zero itself is 零元整.
    * 整 ends an amount without 分 (16 -> 壹拾陆元整, 10.50 -> 壹拾元伍角整).
    """
    amount = _checked(amount)
    if amount < 0:
        raise ValueError(f"negative amounts are not written in words: {amount}")
    if amount > MAX_MONEY + 1 or round_fen(amount) > MAX_MONEY:  # first test keeps quantize in range
        raise ValueError(f"too large to write in words (max {MAX_MONEY}): {amount}")
    fen_total = int(round_fen(amount) * 100)
    yuan, jiao, fen = fen_total // 100, fen_total // 10 % 10, fen_total % 10
    if fen_total == 0:
        return "零元整"

    words = []
    if yuan:
        pending_zero = False
        for position in range(11, -1, -1):        # 12 integer digits, highest first
            digit = yuan // 10 ** position % 10
            if digit == 0:
                pending_zero = bool(words)        # only zeros after something written count
            else:
                if pending_zero:
                    words.append("零")
                    pending_zero = False
                words.append(DIGITS[digit] + UNITS[position % 4])
            if position % 4 == 0 and yuan // 10 ** position % 10000:
                words.append(SECTIONS[position // 4])
                pending_zero = False              # a section's trailing zeros write nothing
        words.append("元")
        if (jiao or fen) and (jiao == 0 or yuan % 10 == 0):
            words.append("零")
    if jiao:
        words.append(DIGITS[jiao] + "角")
    words.append(DIGITS[fen] + "分" if fen else "整")
    return "".join(words)


def format_yuan(amount: Decimal) -> str:
    """``¥12,345.60``: comma thousands, two decimals rounded half-up, ``-¥5.00`` below zero."""
    amount = round_fen(_checked(amount))
    sign = "-" if amount < 0 else ""
    return f"{sign}¥{abs(amount):,.2f}"
