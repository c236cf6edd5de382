"""How dates, quantities, prices and late-fee rates are written on the documents (always Chinese),
and the printed words for the ledger's codes: how money came in, how a paper was sent.

Plain strings, no markup: the PDF modules escape them like any other text. (A dunning letter's
title: letter_content.LETTER_TITLES; the screen's words: ui/labels.py, translated.)
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from models.payment import CREDIT_NOTE_METHOD
from services.documents.money import amount_in_words, format_yuan

# models.payment.PAYMENT_METHODS and the credit note's own method, as printed
PAYMENT_METHOD_WORDS = {"bank_transfer": "银行转账", "cash": "现金", "alipay": "支付宝",
                        "wechat_pay": "微信支付", "acceptance_bill": "银行承兑汇票",
                        "goods": "以物抵债", "other": "其他", CREDIT_NOTE_METHOD: "退货/折让"}
# models.papers.SENDING_METHODS (a letter) and INVOICE_SENT (an invoice; "" not sent), as printed
SENDING_WORDS = {"post": "邮寄", "courier": "快递", "wechat": "微信", "email": "邮件",
                 "in_person": "当面送达", "": "未寄出"}
CN_DIGITS = "零一二三四五六七八九"
BLANK_DATE = "________年_____月_____日"   # room to write by hand


def cn_date(day: dt.date) -> str:
    """2026-12-20 -> 2026年12月20日."""
    return f"{day.year}年{day.month}月{day.day}日"


def plain_number(value: Decimal) -> str:
    """Exact, no trailing zeros, no exponent: 12.500 -> 12.5, 100 -> 100, 1E+3 -> 1000."""
    text = format(value.normalize(), "f")
    return "0" if text in ("-0", "") else text


def quantity(value: Decimal) -> str:
    """12000.500 -> 12,000.5: exactly as entered, without trailing zeros."""
    return format(value.normalize(), ",f") if value else "0"


def unit_price(value: Decimal) -> str:
    """The price as given, at least to the fen: 12.5000 -> ¥12.50, 3.1415 -> ¥3.1415."""
    value = value.normalize()
    if value.as_tuple().exponent > -2:
        value = value.quantize(Decimal("0.01"))
    sign = "-" if value < 0 else ""
    return f"{sign}¥{abs(value):,f}"


def yuan(amount: Decimal) -> str:
    """¥1,000.00"""
    return format_yuan(amount)


def rmb_words(amount: Decimal) -> str:
    """人民币壹仟元整 — the uppercase amount with its currency, as written after a figure."""
    return "人民币" + amount_in_words(amount)


def figures_and_words(amount: Decimal) -> str:
    """人民币 壹仟元整（¥1,000.00）"""
    return f"人民币 {amount_in_words(amount)}（{format_yuan(amount)}）"


def _cn_integer(n: int) -> str:
    """0..99999999 in ordinary Chinese numerals: 5 -> 五, 10 -> 十, 25 -> 二十五, 105 -> 一百零五."""
    if n == 0:
        return "零"
    if n >= 10_000:
        high, low = divmod(n, 10_000)
        rest = "" if low == 0 else ("零" if low < 1000 else "") + _cn_integer(low)
        return _cn_integer(high) + "万" + rest
    words, pending_zero = [], False
    for unit_value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit = n // unit_value % 10
        if digit == 0:
            pending_zero = bool(words)
            continue
        if pending_zero:
            words.append("零")
            pending_zero = False
        words.append(CN_DIGITS[digit] + unit)
    text = "".join(words)
    return text[1:] if text.startswith("一十") else text   # 十五, not 一十五


def cn_number(value: Decimal) -> str:
    """A non-negative exact decimal in Chinese numerals: 5 -> 五, 2.5 -> 二点五, 0.75 -> 零点七五."""
    text = plain_number(value)
    whole, _, fraction = text.partition(".")
    words = _cn_integer(int(whole))
    if fraction:
        words += "点" + "".join(CN_DIGITS[int(d)] for d in fraction)
    return words


def late_fee_rate(rate: Decimal) -> str:
    """A daily rate as contracts write it, exactly: 0.0005 -> 万分之五（0.05%）.

    Hundredths or thousandths when the rate is a whole number of them (0.01 -> 百分之一,
    0.001 -> 千分之一), else ten-thousandths (0.00025 -> 万分之二点五); the percentage follows.
    """
    if rate <= 0:
        raise ValueError(f"a late-fee rate must be positive: {rate}")
    percent = plain_number(rate * 100) + "%"
    for scale, name in ((100, "百分之"), (1000, "千分之"), (10_000, "万分之")):
        parts = rate * scale
        if parts == parts.to_integral_value() or scale == 10_000:
            words = name + cn_number(parts)
            break
    return f"{words}（{percent}）"
