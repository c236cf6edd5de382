"""Payment terms (账期/付款方式): named templates kept with the company's settings, and the
exact schedule a contract gets from one.

A template is a list of parts; each part is a percent of the contract total, due a number of
days after a base day:

- "signing": the day the contract was signed;
- "delivery": the day of delivery (the planned one while goods have not left, or the signing
  day when none is planned);
- "month_end": the last day of the delivery month (月结: "月结 30 天" is that day + 30).

A part may be a deposit (定金/预付款): owed once the contract is confirmed, before delivery
(services.ledger.balances); a deposit is always based on the signing day.

The templates are stored as one JSON value in app_setting (TERMS_KEY); this module is their
one reader and one writer. Until a company saves its own, DEFAULT_TERMS apply. A name
"N 天账期" (N days after delivery) is understood for any N even without a template of that
name: migration 0005 gave every existing customer such a name from its old payment_term_days.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import Customer
from services.core.errors import ValidationError
from services.core.parsing import (
    ascii_forms,
    clean_text,
    next_month,
    parse_decimal,
    parse_int,
    parse_money,
    round_fen,
)
from services.core.settings import get_setting, set_setting
from services.core.uow import UnitOfWork

if TYPE_CHECKING:  # contracts imports customers, which checks a customer's term here
    from services.ledger.contracts import InstallmentInput

TERMS_KEY = "payment_terms"       # app_setting: the templates as one JSON list
FIELD = "payment_terms"           # the field errors about the templates name
BASES = ("signing", "delivery", "month_end")
MAX_DAYS = 720                    # days after the base: two years at most
MAX_PARTS = 12
NAME_LIMIT = 60                   # as customer.payment_terms holds it
HUNDRED = Decimal(100)


@dataclass(frozen=True)
class TermPart:
    """One installment of a template: `percent` of the total (up to 2 decimals), due `days`
    after `base` (one of BASES); `is_deposit` for a 定金/预付款 (based on signing)."""

    percent: Decimal
    base: str
    days: int = 0
    is_deposit: bool = False


@dataclass(frozen=True)
class PaymentTerms:
    name: str
    parts: tuple[TermPart, ...]


def _terms(name: str, *parts: tuple) -> PaymentTerms:
    return PaymentTerms(name, tuple(TermPart(Decimal(p), base, days, deposit)
                                    for p, base, days, deposit in parts))


def days_after_delivery_name(days: int) -> str:
    """The name of the plain term "N days after delivery": 30 -> "30 天账期"."""
    return f"{days} 天账期"


DEFAULT_TERMS: tuple[PaymentTerms, ...] = (
    _terms("款到发货", (100, "signing", 0, True)),
    _terms("货到付款", (100, "delivery", 0, False)),
    *(_terms(days_after_delivery_name(n), (100, "delivery", n, False)) for n in (30, 60, 90)),
    _terms("月结 30 天", (100, "month_end", 30, False)),
    _terms("月结 60 天", (100, "month_end", 60, False)),
    _terms("30/70", (30, "signing", 0, True), (70, "delivery", 60, False)),
)
DEFAULT_CUSTOMER_TERMS = days_after_delivery_name(30)  # a new customer's, as before: 30 days

# "45 天账期", "45天账期", full-width digits too, or the English "Net 45" / "net 45 days":
# N days after delivery.
_DAYS_NAME = re.compile(r"\s*(?:(?P<zh>[0-9]{1,4})\s*天账期|net\s*(?P<en>[0-9]{1,4})(?:\s*days?)?)\s*",
                        re.IGNORECASE)


# -- reading and resolving ---------------------------------------------------------------------
def read_terms(session: Session) -> list[PaymentTerms]:
    """The company's templates as saved, in their order; DEFAULT_TERMS when none were saved
    (or the stored value cannot be read), inside the caller's unit of work."""
    text = get_setting(session, TERMS_KEY)
    if not text:
        return list(DEFAULT_TERMS)
    try:
        return [PaymentTerms(item["name"], tuple(
                    TermPart(Decimal(part["percent"]), part["base"], int(part["days"]),
                             bool(part["deposit"])) for part in item["parts"]))
                for item in json.loads(text)]
    except (ValueError, KeyError, TypeError, ArithmeticError):
        return list(DEFAULT_TERMS)


def get_terms(uow: UnitOfWork) -> list[PaymentTerms]:
    """The company's payment-terms templates (DEFAULT_TERMS until some are saved)."""
    with uow:
        return read_terms(uow.session)


def find_terms(templates: list[PaymentTerms], name: str,
               field: str = FIELD) -> PaymentTerms:
    """The template called `name` (surrounding spaces ignored); a name "N 天账期" (or "Net N")
    not among them is understood as 100 % due N days after delivery (N ≤ MAX_DAYS).
    ValidationError(field, "required") for an empty name, (field, "unknown_terms", name=…)
    for any other name."""
    wanted = (name or "").strip()
    if not wanted:
        raise ValidationError(field, "required")
    for terms in templates:
        if terms.name == wanted:
            return terms
    days = _days_in_name(wanted)
    if days is not None:
        return PaymentTerms(wanted, (TermPart(HUNDRED, "delivery", days),))
    raise ValidationError(field, "unknown_terms", name=wanted)


def new_customer_terms(templates: list[PaymentTerms]) -> str:
    """The name a new customer's default term starts as: DEFAULT_CUSTOMER_TERMS ("30 天账期")
    when the company has a template of that name, else the company's first template meaning
    the same (100 % due 30 days after delivery, e.g. its "Net 30"), else DEFAULT_CUSTOMER_TERMS
    (understood without a template)."""
    same = find_terms([], DEFAULT_CUSTOMER_TERMS).parts
    named = [t.name for t in templates if t.name == DEFAULT_CUSTOMER_TERMS]
    meaning = [t.name for t in templates if t.parts == same]
    return (named + meaning + [DEFAULT_CUSTOMER_TERMS])[0]


def _days_in_name(name: str) -> int | None:
    match = _DAYS_NAME.fullmatch(ascii_forms(name))
    if match is None:
        return None
    days = int(match["zh"] or match["en"])
    return days if days <= MAX_DAYS else None


# -- the schedule ------------------------------------------------------------------------------
def month_end(day: dt.date) -> dt.date:
    """The last day of `day`'s month (2028-02-10 -> 2028-02-29)."""
    return next_month(day) - dt.timedelta(days=1)


def part_due_date(part: TermPart, signed_on: dt.date, delivery_on: dt.date | None) -> dt.date:
    """When a part falls due: signing + days; delivery + days; the last day of the delivery
    month + days. Without a delivery day (none planned) the signing day stands in for it."""
    if part.base == "signing":
        base = signed_on
    elif part.base == "delivery":
        base = delivery_on or signed_on
    else:
        base = month_end(delivery_on or signed_on)
    return base + dt.timedelta(days=part.days)


def split_total(total: Decimal, percents: list[Decimal]) -> list[Decimal]:
    """`total` (yuan, to the fen) split by `percents` (adding up to 100): each part its percent
    of the total rounded to the fen (四舍五入), the last part what is left, so the parts add up
    to the total exactly (3 × 33.33 % of 100.00 -> 33.33, 33.33, 33.34). A part never takes
    more than is left, so none is negative; on a tiny total some may be 0.00."""
    amounts, left = [], total
    for percent in percents[:-1]:
        amount = min(round_fen(total * percent / HUNDRED), left)
        amounts.append(amount)
        left -= amount
    amounts.append(left)
    return amounts


def scheduled_parts(terms: PaymentTerms, total: Decimal, signed_on: dt.date,
                    delivery_on: dt.date | None) -> list[tuple[dt.date, Decimal, bool]]:
    """(due date, amount in yuan, is_deposit) per installment a contract of `total` (exact
    yuan) gets from `terms`, in the template's order: amounts by split_total (adding up to the
    total), due dates by part_due_date (`delivery_on`: the delivery day, or the planned one;
    None: the signing day stands in). A part that comes to 0.00 on a tiny total is left out."""
    amounts = split_total(total, [part.percent for part in terms.parts])
    return [(part_due_date(part, signed_on, delivery_on), amount, part.is_deposit)
            for part, amount in zip(terms.parts, amounts, strict=True) if amount > 0]


def schedule_from_terms(terms: PaymentTerms, total: str | Decimal, signed_on: dt.date,
                        delivery_on: dt.date | None) -> list[InstallmentInput]:
    """The installments (as the contract dialog and create_contract take them) a contract of
    `total` yuan gets from `terms`: scheduled_parts, deposits flagged is_deposit.
    ValidationError("total", …) when the total is not an amount of money."""
    from services.ledger.contracts import InstallmentInput

    return [InstallmentInput(due_date=due.isoformat(), amount=str(amount), is_deposit=deposit)
            for due, amount, deposit in scheduled_parts(terms, parse_money(total, "total"),
                                                        signed_on, delivery_on)]


# -- the templates as text, and their checks ---------------------------------------------------
# Words a clerk types for the parts (Chinese and English, any case); the first is written back.
BASE_WORDS = {
    "signing": ("签订", "签约", "signing", "signed"),
    "delivery": ("发货", "到货", "delivery", "delivered"),
    "month_end": ("月末", "月底", "月结", "month-end", "month end", "eom"),
}
DEPOSIT_WORDS = ("定金", "订金", "预付款", "预付", "deposit")
WRITTEN = {"signing": "签订", "delivery": "发货", "month_end": "月末", "deposit": "定金"}
_PART = re.compile(r"(?P<percent>[0-9.]+)\s*%\s*(?P<deposit>[^@+]*?)\s*@\s*(?P<base>[^+]+?)"
                   r"\s*(?:\+\s*(?P<days>[0-9]+)\s*(?:天|days?|d)?)?")
_SEPARATORS = re.compile(r"[;\n、]")


@dataclass
class TermsInput:
    """A template as the settings dialog edits it: its name and its parts as text, e.g.
    "30%定金@签订+0; 70%@发货+60" (percent, optional 定金, @ base, + days)."""

    name: str = ""
    parts: str = ""


def format_parts(parts: tuple[TermPart, ...], words: dict[str, str] | None = None) -> str:
    """Parts as text: "30%定金@签订+0; 70%@发货+60". `words` may replace the words for the
    bases and "deposit" (a translation); parse_parts reads them back when they are among
    BASE_WORDS / DEPOSIT_WORDS."""
    words = WRITTEN | (words or {})
    return "; ".join(
        f"{_plain(part.percent)}%{words['deposit'] if part.is_deposit else ''}"
        f"@{words[part.base]}+{part.days}" for part in parts)


def parse_parts(text: str, field: str, name: str = "") -> tuple[TermPart, ...]:
    """Parts typed as "30%定金@签订+0; 70%@发货+60" (full-width forms too; parts separated by
    ; ； 、 or a line break; "+0" may be left out). ValidationError(field, reason):
    required (nothing typed), terms_syntax (a part that does not read; params part),
    out_of_range (days beyond MAX_DAYS or more than MAX_PARTS parts; params low, high),
    the percent's own reasons (not_a_number, not_positive, too_precise), deposit_at_signing
    (a deposit not based on the signing day; params part), terms_percent (the percentages do
    not add up to 100; params percent). Errors of its own carry `name` (the template's)."""
    pieces = [p.strip() for p in _SEPARATORS.split(ascii_forms(text or "")) if p.strip()]
    if not pieces:
        raise ValidationError(field, "required")
    if len(pieces) > MAX_PARTS:
        raise ValidationError(field, "out_of_range", low=1, high=MAX_PARTS)
    parts = tuple(_parse_part(piece, field, name) for piece in pieces)
    percent = sum((part.percent for part in parts), Decimal(0))
    if percent != HUNDRED:
        raise ValidationError(field, "terms_percent", percent=_plain(percent), name=name)
    return parts


def _parse_part(piece: str, field: str, name: str) -> TermPart:
    match = _PART.fullmatch(piece)
    extra = match["deposit"].strip().lower() if match else ""
    base_word = match["base"].strip().lower() if match else ""
    base = next((b for b, words in BASE_WORDS.items() if base_word in words), None)
    if base is None or (extra and extra not in DEPOSIT_WORDS):
        raise ValidationError(field, "terms_syntax", part=piece, name=name)
    percent = parse_decimal(match["percent"], field, 2, positive=True)
    days = parse_int(match["days"] or "0", field, 0, MAX_DAYS)
    if extra and base != "signing":
        raise ValidationError(field, "deposit_at_signing", part=piece, name=name)
    return TermPart(percent, base, days, bool(extra))


def validated_terms(items: list[TermsInput]) -> list[PaymentTerms]:
    """The templates as typed, checked: ValidationError("payment_terms.{row}.name" or
    ".parts", reason) naming the row (from 1) and, for the parts, the template (params name):
    a name required, at most NAME_LIMIT characters and used once (duplicate); the parts as
    parse_parts reads them. ValidationError("payment_terms", "required") for no template."""
    if not items:
        raise ValidationError(FIELD, "required")
    result: list[PaymentTerms] = []
    for row, item in enumerate(items, start=1):
        name = clean_text(item.name, f"{FIELD}.{row}.name", NAME_LIMIT, required=True)
        if any(terms.name == name for terms in result):
            raise ValidationError(f"{FIELD}.{row}.name", "duplicate")
        try:
            parts = parse_parts(item.parts, f"{FIELD}.{row}.parts", name)
        except ValidationError as error:  # the number parsers' errors name no template
            raise ValidationError(error.field, error.reason,
                                  **({"name": name} | error.params)) from None
        result.append(PaymentTerms(name, parts))
    return result


def terms_inputs(templates: list[PaymentTerms],
                 words: dict[str, str] | None = None) -> list[TermsInput]:
    """Templates as the settings dialog edits them (format_parts with `words`)."""
    return [TermsInput(terms.name, format_parts(terms.parts, words)) for terms in templates]


def store_terms(session: Session, templates: list[PaymentTerms]) -> dict[str, str]:
    """Write checked templates (validated_terms) inside the caller's writing unit of work;
    returns {TERMS_KEY: the JSON stored} for the caller's audit entry.
    ValidationError("payment_terms", "terms_in_use", name=…, count=…) when a template that
    customers have as their default term would be gone (renamed or removed) and its name is
    not understood without it ("N 天账期" always is)."""
    names = {terms.name for terms in templates}
    used = session.execute(select(Customer.payment_terms, func.count())
                           .where(Customer.payment_terms != "")
                           .group_by(Customer.payment_terms)
                           .order_by(Customer.payment_terms)).all()
    for name, count in used:
        if name not in names and _days_in_name(name) is None:
            raise ValidationError(FIELD, "terms_in_use", name=name, count=count)
    value = json.dumps([{"name": terms.name, "parts": [
        {"percent": _plain(part.percent), "base": part.base, "days": part.days,
         "deposit": part.is_deposit} for part in terms.parts]} for terms in templates],
        ensure_ascii=False)
    set_setting(session, TERMS_KEY, value)
    return {TERMS_KEY: value}


def check_customer_terms(session: Session, name: str, field: str = FIELD) -> None:
    """A customer's default term must name a template (or be "N 天账期", or empty: none).
    ValidationError(field, "unknown_terms", name=…) otherwise."""
    if name:
        find_terms(read_terms(session), name, field)


def _plain(number: Decimal) -> str:
    return format(number.normalize(), "f")
