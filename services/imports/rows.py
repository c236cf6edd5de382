"""Checking the rows of an import, before anything is read from or written to the database.

Every value goes through the parsing rules the dialogs use (services.core.parsing, and for a
customer the customer dialog's own check), so a value a dialog refuses is refused here, with
its row and column. A row may have several problems: each is listed.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, fields
from decimal import Decimal

from services.core.errors import ValidationError
from services.core.parsing import (
    FEN,
    MAX_MONEY,
    ascii_forms,
    clean_text,
    parse_date,
    parse_decimal,
)
from services.imports.fields import ImportField, choice_code, fields_of, money_scale, yes_no
from services.imports.mapping import Mapping

Cell = str | dt.date | dt.datetime | None

# Excel keeps a day as a count of days since 1899-12-30; a file that lost the cell's date
# format shows that count ("45356"). Five digits cover 1927-2173: a count, never a compact
# date (20240305 has eight).
EXCEL_EPOCH = dt.date(1899, 12, 30)
_SERIAL = re.compile(r"[0-9]{5}(?:\.[0-9]+)?")  # a fraction is the time of day: dropped

# Defaults a new record takes when its column is not in the file.
DEFAULT_PRODUCT = "货款"                  # a contract's one line
OPENING_PRODUCT = "期初应收"              # an opening receivable's line
CHECK_CHUNK = 2000                        # rows between progress reports
MEMO_LIMIT = 50_000                       # distinct dates and choices remembered while checking
SHOWN_VALUE = 60                          # characters of a refused cell a problem repeats
# A signature or note line of an export ("制表人：张三", "审核：李四", "打印日期：2026-11-30",
# "注：…"): a short label without digits, a colon, anything.
_NOTE_CELL = re.compile(r"[^0-9０-９:：]{1,12}[:：].*", re.DOTALL)
# An accounting negative: (1,234.50)
_PARENTHESES = re.compile(r"\s*[(（]([^()（）]*)[)）]\s*")


@dataclass(frozen=True)
class ImportOptions:
    """What the user chose beside the mapping: `us_dates` reads 3/5/2024 as March 5 (a file
    made in US order); `rest` says where a payment naming a contract puts what that contract
    does not owe: "oldest" (the customer's oldest due first) or "credit" (left unapplied)."""

    us_dates: bool = False
    rest: str = "oldest"


@dataclass(frozen=True)
class RowProblem:
    """Why one row (or one cell of it) cannot be imported: the sheet's row number as Excel
    shows it, the field and the file's header of its column ("" for the row as a whole),
    the cell as text, and a ValidationError reason with its params."""

    row: int
    field: str
    column: str
    value: str
    reason: str
    params: dict = field(default_factory=dict)

    def error(self) -> ValidationError:
        return ValidationError(self.field or "row", self.reason, **self.params)

    def __str__(self) -> str:  # the command line's words (the window translates its own)
        where = f"{self.column}: " if self.column else ""
        shown = f"{self.value!r} " if self.value else ""
        reason = str(self.error()).split(": ", 1)[1]
        return f"row {self.row}: {where}{shown}{reason}"


@dataclass(frozen=True)
class Record:
    """One checked row: its sheet row number and its values (Decimal yuan, dates, text)."""

    row: int
    values: dict


@dataclass
class CheckedRows:
    """The rows of a file as they will be read: `records` passed every check of their own,
    `problems` list what failed (a row with any problem gives no record), `rows_read` counts
    the data rows (blank and totals rows are not data). `not_records`: (row, its first text)
    of the rows below the header that hold no record (is_not_a_record), counted in rows_read
    and skipped by the import."""

    kind: str
    records: list[Record]
    problems: list[RowProblem]
    rows_read: int
    not_records: list[tuple[int, str]] = field(default_factory=list)

    @property
    def bad_rows(self) -> set[int]:
        return {problem.row for problem in self.problems}


class Cancelled(Exception):
    """The user cancelled a long import step: nothing was written."""


def cell_text(cell: Cell) -> str:
    """A cell as the text a user would have typed (a date as 2024-03-05)."""
    if cell is None:
        return ""
    if isinstance(cell, dt.datetime):
        return cell.date().isoformat() if cell.time() == dt.time() else cell.isoformat(" ")
    if isinstance(cell, dt.date):
        return cell.isoformat()
    return str(cell)


def parse_day(cell: Cell, name: str, *, required: bool, us_order: bool) -> dt.date | None:
    """A date cell: an Excel date, text in any spelling parse_date reads, or an Excel day
    count (45356 = 2024-03-05) where the cell lost its date format."""
    if isinstance(cell, str) and _SERIAL.fullmatch(cell.strip()):
        cell = EXCEL_EPOCH + dt.timedelta(days=int(cell.strip().partition(".")[0]))
    return parse_date(cell, name, required=required, us_order=us_order)


class _RowChecker:
    """Reads one row's fields, collecting every problem instead of stopping at the first."""

    def __init__(self, row: int, cells: list[Cell], mapping: Mapping, headers: list[str],
                 options: ImportOptions, memo: dict, scales: dict[str, int] | None = None) -> None:
        self.row, self.cells, self.mapping, self.headers = row, cells, mapping, headers
        self.options = options
        self.scales = scales or {}  # field -> 10000 for a column headed 金额（万元）
        self.memo = memo  # (field, cell) -> value or error, for values that repeat (dates)
        self.problems: list[RowProblem] = []

    def has(self, name: str) -> bool:
        return name in self.mapping

    def cell(self, name: str) -> Cell:
        column = self.mapping.get(name)
        if column is None or column >= len(self.cells):
            return None
        return self.cells[column]

    def text_of(self, name: str) -> str:
        return cell_text(self.cell(name))

    def fail(self, name: str, error: ValidationError) -> None:
        column = self.mapping.get(name)
        header = self.headers[column] if column is not None and column < len(self.headers) else ""
        self.problems.append(RowProblem(self.row, name, header, shown_value(self.text_of(name)),
                                        error.reason, dict(error.params)))

    def read(self, name: str, parse: Callable[[Cell], object], default: object = None) -> object:
        try:
            return parse(self.cell(name))
        except ValidationError as error:
            self.fail(name, error)
            return default

    def read_repeated(self, name: str, parse: Callable[[Cell], object],
                      default: object = None) -> object:
        """read() for values many rows share (dates, choices): each distinct cell parsed once."""
        key = (name, self.cell(name))
        found = self.memo.get(key, self.memo)
        if found is self.memo:
            try:
                found = parse(key[1])
            except ValidationError as error:
                found = error
            if len(self.memo) < MEMO_LIMIT:
                self.memo[key] = found
        if isinstance(found, ValidationError):
            self.fail(name, found)
            return default
        return found

    def text(self, spec: ImportField, limit: int, default: str = "") -> str:
        # A code's full-width letters and digits (００１) are the ASCII ones a match compares.
        plain = ascii_forms if spec.value == "code" else str
        value = self.read(spec.name, lambda cell: clean_text(
            plain(cell_text(cell)), spec.name, limit, required=spec.required), "")
        return value or default

    def money(self, spec: ImportField, *, positive: bool = False,
              negative_reason: str = "") -> Decimal | None:
        """An amount in yuan; a column headed in 万元 or 千元 multiplied out. "(1,234.50)" is
        read as the negative it means, so it is refused as one (`negative_reason`, when given,
        says why a negative amount cannot be this field)."""
        scale = self.scales.get(spec.name, 1)

        def parse(cell: Cell) -> Decimal | None:
            text = cell_text(cell)
            bracketed = _PARENTHESES.fullmatch(text) if text.endswith((")", "）", " ")) else None
            if bracketed and bracketed.group(1).strip()[:1] not in ("-", "+", ""):
                text = "-" + bracketed.group(1).strip()
            if scale == 1:
                number = parse_decimal(text, spec.name, 2, allow_negative=True,
                                       required=spec.required)
            else:
                number = scaled_money(text, spec.name, scale, required=spec.required)
            if number is not None and number < 0 and negative_reason:
                raise ValidationError(spec.name, negative_reason)
            if number is not None and number < 0:
                raise ValidationError(spec.name, "negative")
            if positive and number is not None and number <= 0:
                raise ValidationError(spec.name, "not_positive")
            return number
        return self.read(spec.name, parse)

    def day(self, spec: ImportField) -> dt.date | None:
        return self.read_repeated(spec.name, lambda cell: parse_day(
            cell, spec.name, required=spec.required, us_order=self.options.us_dates))

    def choice(self, spec: ImportField, default: str) -> str:
        def parse(cell: Cell) -> str:
            text = cell_text(cell).strip()
            if not text:
                return default
            code = choice_code(spec, text)
            if code is None:
                raise ValidationError(spec.name, "not_allowed")
            return code
        return self.read_repeated(spec.name, parse, default)

    def flag(self, spec: ImportField) -> bool:
        def parse(cell: Cell) -> bool:
            value = yes_no(cell_text(cell))
            if value is None:
                raise ValidationError(spec.name, "not_yes_no")
            return value
        return bool(self.read_repeated(spec.name, parse, False))


def shown_value(text: str) -> str:
    """A refused cell as a problem repeats it: at most SHOWN_VALUE characters (a 5,000-character
    note is not said back in full)."""
    return text if len(text) <= SHOWN_VALUE else text[:SHOWN_VALUE - 1] + "…"


def scaled_money(text: str, name: str, scale: int, *, required: bool) -> Decimal | None:
    """An amount written in units of `scale` yuan (10000 for 万元), in yuan: as many more
    decimals as the unit has zeros (1.234567 万元 = 12,345.67 元); parse_decimal's errors, and
    too_large above MAX_MONEY once multiplied."""
    places = 2 + len(str(scale)) - 1
    number = parse_decimal(text, name, places, allow_negative=True, required=required)
    if number is None:
        return None
    yuan = number * scale
    if yuan.copy_abs() > MAX_MONEY:
        raise ValidationError(name, "too_large")
    return yuan.quantize(FEN)


def is_not_a_record(cells: list[Cell], required_columns: list[int]) -> bool:
    """A row below the header that holds no record: none of the required fields' cells has a
    value ("第 1 页", a note in an unmapped column), or every cell with something in it is a
    signature or note line ("制表人：张三", "审核：李四"), as exports put under the data."""
    for column in required_columns:  # a loop: a data row stops at its first required value
        cell = cells[column] if column < len(cells) else None
        if cell is not None and (cell.__class__ is not str or cell.strip()):
            break
    else:
        return True
    found = False
    for cell in cells:  # a loop: a data row stops at its first cell that is not a note
        if cell is None or (isinstance(cell, str) and not cell.strip()):
            continue
        if not isinstance(cell, str) or not _NOTE_CELL.fullmatch(cell.strip()):
            return False
        found = True
    return found


def first_text(cells: list[Cell]) -> str:
    """The first cell with something in it, as text (what a skipped row is listed by)."""
    return shown_value(next((cell_text(c).strip() for c in cells
                             if c is not None and cell_text(c).strip()), ""))


# The text limits of the records the rows become (models: contract number 40, customer code
# 32, payment reference 80, …).
LIMITS = {"number": 40, "customer_code": 32, "customer_name": 200, "product": 200,
          "salesperson": 60, "delivery_note_no": 60, "notes": 5000, "note": 300,
          "reference": 80, "contract_number": 40}


def _contract_row(check: _RowChecker, specs: dict[str, ImportField]) -> dict:
    values = {name: check.text(specs[name], LIMITS[name])
              for name in ("number", "customer_code", "salesperson", "delivery_note_no", "notes")}
    values["product"] = check.text(specs["product"], LIMITS["product"], DEFAULT_PRODUCT)
    for name in ("signed_on", "delivery_on", "due_date"):
        values[name] = check.day(specs[name])
    values["status"] = check.choice(specs["status"], "")
    values["amount"] = check.money(specs["amount"], positive=True)
    values["is_deposit"] = check.flag(specs["is_deposit"])
    if not check.problems:
        _check_order(check, values, "signed_on", "delivery_on", "before_signed")
        _check_order(check, values, "signed_on", "due_date", "before_signed")
        if values["status"] == "delivered" and values["delivery_on"] is None:
            check.fail("delivery_on", ValidationError("delivery_on", "required"))
    return values


def _receivable_row(check: _RowChecker, specs: dict[str, ImportField]) -> dict:
    values = {name: check.text(specs[name], LIMITS[name])
              for name in ("customer_code", "customer_name", "number", "salesperson", "notes")}
    values["date"] = check.day(specs["date"])
    values["due_date"] = check.day(specs["due_date"])
    values["amount"] = check.money(specs["amount"], positive=True,
                                   negative_reason="credit_invoice")
    paid = check.money(specs["paid"])
    outstanding = check.money(specs["outstanding"])
    if check.problems:
        return values
    _check_order(check, values, "date", "due_date", "before_invoice_date")
    amount = values["amount"]
    if paid is None and outstanding is not None:
        paid = amount - outstanding
        if outstanding > amount:
            check.fail("outstanding", ValidationError("outstanding", "above_invoice",
                                                      amount=amount))
    elif paid is not None and outstanding is not None and paid + outstanding != amount:
        check.fail("outstanding", ValidationError("outstanding", "paid_and_open_differ",
                                                  amount=amount, paid=paid, open=outstanding))
    if paid is not None and paid > amount:
        check.fail("paid", ValidationError("paid", "above_invoice", amount=amount))
    values["paid"] = paid or Decimal("0.00")
    return values


def _payment_row(check: _RowChecker, specs: dict[str, ImportField]) -> dict:
    values = {name: check.text(specs[name], LIMITS[name])
              for name in ("customer_code", "reference", "contract_number", "note")}
    values["received_on"] = check.day(specs["received_on"])
    values["amount"] = check.money(specs["amount"], positive=True)
    values["method"] = check.choice(specs["method"], "bank_transfer")
    return values


def _customer_row(check: _RowChecker, specs: dict[str, ImportField]) -> dict:
    """The customer dialog's own check (services.ledger.customers) on the mapped columns,
    the others at a new customer's defaults; each field that fails is listed, then checked
    again at its default so the rest of the row is checked too."""
    from services.ledger.customers import CustomerInput, validated_customer

    # A code's full-width letters and digits (００１) are the ASCII ones a match compares, as
    # for the other kinds (_RowChecker.text).
    given = {name: ascii_forms(check.text_of(name)) if specs[name].value == "code"
             else check.text_of(name) for name in specs if check.has(name)}
    if "credit_rating" in given and given["credit_rating"].strip():
        rating = choice_code(specs["credit_rating"], given["credit_rating"])
        given["credit_rating"] = rating or given["credit_rating"].strip()
    elif "credit_rating" in given:
        del given["credit_rating"]
    if check.scales.get("credit_limit", 1) != 1 and given.get("credit_limit", "").strip():
        limit = check.money(specs["credit_limit"])  # 信用额度（万元）: in yuan
        given["credit_limit"] = "" if limit is None else str(limit)
    defaults = {f.name: f.default for f in fields(CustomerInput)}
    for _ in range(len(given) + 1):
        try:
            values = validated_customer(CustomerInput(**given))
            break
        except ValidationError as error:
            name = error.field if error.field in given else next(
                (n for n in given if n.startswith(error.field)), None)
            if name is None:  # a rule between fields this file does not set: the row fails
                check.fail(error.field, error)
                return {}
            check.fail(name, error)
            # checked again with a value that passes (required fields have no such default)
            given[name] = _PASSING.get(name, defaults[name])
    else:  # pragma: no cover - each pass resets one field, so the loop ends before this
        return {}
    values["given"] = frozenset(name for name in given if check.has(name))
    return values


_PASSING = {"code": "-", "name": "-"}


def _check_order(check: _RowChecker, values: dict, first: str, then: str, reason: str) -> None:
    if values.get(first) and values.get(then) and values[then] < values[first]:
        check.fail(then, ValidationError(then, reason))


_ROW_READERS = {"customers": _customer_row, "contracts": _contract_row,
                "receivables": _receivable_row, "payments": _payment_row}


def check_rows(kind: str, headers: list[str], rows: Iterable[tuple[int, list[Cell]]],
               mapping: Mapping, options: ImportOptions = ImportOptions(),
               progress: Callable[[int], None] | None = None,
               cancelled: Callable[[], bool] | None = None) -> CheckedRows:
    """Every data row of a file read and checked as `kind` (fields.KINDS) with `mapping`.

    `rows`: (sheet row number, cells) as services.imports.reading.data_rows gives them.
    Returns CheckedRows: a Record (values: Decimal yuan, datetime.date, text) for each row
    without problems, and every RowProblem found. Rules within one row only; what depends on
    the database or on other rows (a customer that exists, a number used twice) is decided
    when the import is planned (services.imports.load). `progress(rows done)` every
    CHECK_CHUNK rows; Cancelled when `cancelled()` turns true.
    """
    specs = {spec.name: spec for spec in fields_of(kind)}
    read_row = _ROW_READERS[kind]
    records: list[Record] = []
    problems: list[RowProblem] = []
    not_records: list[tuple[int, str]] = []
    count = 0
    memo: dict = {}
    scales = {name: money_scale(headers[column]) for name, column in mapping.items()
              if specs.get(name) is not None and specs[name].value == "money"
              and column < len(headers)}
    required = [mapping[spec.name] for spec in specs.values()
                if spec.required and spec.name in mapping]
    for count, (row, cells) in enumerate(rows, start=1):
        if count % CHECK_CHUNK == 0:
            if cancelled is not None and cancelled():
                raise Cancelled()
            if progress is not None:
                progress(count)
        if is_not_a_record(cells, required):
            not_records.append((row, first_text(cells)))
            continue
        check = _RowChecker(row, cells, mapping, headers, options, memo, scales)
        values = read_row(check, specs)
        if check.problems:
            problems.extend(check.problems)
        else:
            records.append(Record(row, values))
    return CheckedRows(kind, records, problems, count, not_records)
