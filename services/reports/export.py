"""A ReportTable written for people: an Excel workbook (.xlsx) or a printed page (PDF).

Both writers take the same table (services.reports.table) and keep its cells typed:
- .xlsx: title, the `about` lines (as of, filters), a bold header frozen in place, numbers as
  numbers and dates as dates with their formats (money `#,##0.00`, percent `0.0%`, dates
  `yyyy-mm-dd`, counts and days whole), a bold totals row, the notes below. Text is always text:
  a name that starts with "=" is never a formula; characters XML cannot hold are dropped.
- PDF: A4 landscape (portrait when the table says so), the company and title on every page,
  the about lines on the first, the header row repeated on every page, money right-aligned with
  thousands separators, totals bold, the notes after the table, "第 n 页 / 共 m 页" and the time
  of printing in the footer. Long names wrap; a table too wide for the page is set smaller.

openpyxl is imported only when a workbook is written; reportlab only when a PDF is.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from services.core.files import replacing as _replacing
from services.reports.table import (
    COUNT,
    DATE,
    DAYS,
    MONEY,
    PERCENT,
    TEXT,
    Cell,
    Column,
    ReportTable,
    shown_decimal,
)

NUMBER_FORMATS = {MONEY: "#,##0.00", PERCENT: "0.0%", DATE: "yyyy-mm-dd", COUNT: "#,##0",
                  DAYS: "0"}
# Characters an XML 1.0 file cannot hold (openpyxl would refuse the whole cell).
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
SHEET_NAME_MAX = 31
WIDTH_MIN, WIDTH_MAX = 6, 60  # column widths in the sheet, in Latin characters
EMPTY = (None, "")
PAGE_LABEL = "第 {page} 页 / 共 {pages} 页"
PRINTED_LABEL = "打印时间：{time}"


def clean_text(value: str) -> str:
    """`value` without the characters an XML file cannot hold (control characters, lone
    surrogates, U+FFFE/U+FFFF); everything else as it is."""
    return _ILLEGAL.sub("", value)


def sheet_name(name: str, fallback: str = "Sheet1") -> str:
    """A worksheet name by Excel's rules: [ ] : * ? / \\ become "-", at most 31 characters, no
    apostrophe at either end, not empty and not "History" (reserved); `fallback` if nothing
    is left."""
    name = _SHEET_FORBIDDEN.sub("-", clean_text(name or ""))[:SHEET_NAME_MAX].strip("'")
    if not name.strip() or name.lower() == "history":
        return fallback
    return name


def display_width(text: str) -> int:
    """Roughly how many Latin characters wide `text` is: CJK and full-width count double."""
    return sum(2 if ord(ch) > 0x2E7F else 1 for ch in text)


def cell_text(value: Cell, kind: str) -> str:
    """A cell as it reads on paper: money with thousands separators and 2 decimals, a percent
    and an average of days with 1 decimal (table.shown_decimal: 0.8125 → 81.3%), a date as
    2026-11-24, a number as its digits; None as ""."""
    if value is None:
        return ""
    if isinstance(value, Decimal):
        value = shown_decimal(value, kind)
        if kind == PERCENT:
            return f"{value if value else abs(value)}%"
        if kind == MONEY:
            value = value.quantize(Decimal("0.01"), ROUND_HALF_UP)
        return f"{value if value else abs(value):,}"  # never "-0.00"
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return f"{value:,}" if kind == COUNT else str(value)
    if isinstance(value, dt.datetime):
        return f"{value:%Y-%m-%d %H:%M}"
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _suffixed(path: str | Path, suffix: str) -> Path:
    path = Path(path)
    if path.suffix.lower() != suffix:
        path = path.with_name(path.name + suffix)
    return path


# --- plain text ----------------------------------------------------------------------------

def as_text(table: ReportTable, separator: str = "  ") -> str:
    """`table` as lines of plain text for a terminal: the title, the about lines, the header,
    the rows, the totals and the notes; columns padded to their widest cell (CJK counting
    double), text left and numbers right, cells written as on paper (cell_text)."""
    kinds = [c.kind for c in table.columns]
    body = [[cell_text(v, k) for v, k in zip(row, kinds, strict=True)] for row in table.rows]
    totals = ([cell_text(v, k) for v, k in zip(table.totals, kinds, strict=True)]
              if table.totals is not None else None)
    header = [c.title for c in table.columns]
    lines_of_cells = [header, *body, *([totals] if totals else [])]
    widths = [max(display_width(row[i]) for row in lines_of_cells) for i in range(len(kinds))]

    def line(cells: list[str]) -> str:
        parts = []
        for cell, width, kind in zip(cells, widths, kinds, strict=True):
            pad = " " * (width - display_width(cell))
            parts.append(cell + pad if kind == TEXT else pad + cell)
        return separator.join(parts).rstrip()

    rule = "-" * (sum(widths) + len(separator) * (len(widths) - 1))
    out = [table.title, *table.about, "", line(header), rule, *(line(r) for r in body)]
    if totals is not None:
        out += [rule, line(totals)]
    if table.notes:
        out += ["", *table.notes]
    return "\n".join(out) + "\n"


# --- Excel ---------------------------------------------------------------------------------

def write_xlsx(table: ReportTable, path: str | Path) -> Path:
    """Write `table` as one worksheet to `path` (".xlsx" added if missing; missing folders
    made) and return the path written.

    Rows from the top: the title (bold, large), each `about` line, the header (bold, frozen:
    the panes freeze below it), one row per table row, the totals row (bold) when there is
    one, an empty row and each note. Rows whose index is in `table.extra["subtotals"]` are
    bold too. Money, percent, counts and days are numbers with their
    formats (NUMBER_FORMATS), dates are dates; text stays text. Column widths follow the
    content (CJK characters count double), between WIDTH_MIN and WIDTH_MAX. Raises OSError
    when the file cannot be written.
    """
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    from openpyxl.utils import get_column_letter

    path = _suffixed(path, ".xlsx")
    columns = table.columns
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = sheet_name(table.sheet_name or table.title)
    bold = Font(bold=True)
    thin = Side(style="thin")

    _put_row(sheet, 1, [table.title])
    sheet.cell(1, 1).font = Font(bold=True, size=14)
    sheet.row_dimensions[1].height = 24
    row = 2
    for line in table.about:
        _put_row(sheet, row, [line])
        row += 1
    _put_row(sheet, row, [c.title for c in columns])
    for number in range(1, len(columns) + 1):
        cell = sheet.cell(row, number)
        cell.font = bold
        cell.border = Border(bottom=thin)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    sheet.freeze_panes = f"A{row + 1}"  # title, about and header stay put while scrolling

    widths = [max(display_width(c.title), c.width) for c in columns]
    formats = [NUMBER_FORMATS.get(c.kind) for c in columns]
    subtotals = set(table.extra.get("subtotals", ()))
    for index, values in enumerate(table.rows):
        row += 1
        _put_row(sheet, row, values, formats)
        _widen(widths, values, columns, totals=index in subtotals)
        if index in subtotals:
            for number in range(1, len(columns) + 1):
                sheet.cell(row, number).font = bold
    if table.totals is not None:
        row += 1
        _put_row(sheet, row, table.totals, formats)
        for number in range(1, len(columns) + 1):
            cell = sheet.cell(row, number)
            cell.font = bold
            cell.border = Border(top=thin)
        _widen(widths, table.totals, columns, totals=True)
    if table.notes:
        row += 1
        for line in table.notes:
            row += 1
            _put_row(sheet, row, [line])
    for number, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(number)].width = min(
            max(width + 2, WIDTH_MIN), WIDTH_MAX)
    with _replacing(path) as partial:
        workbook.save(partial)
    return path


def _put_row(sheet, row: int, values: Sequence[Cell], formats: Sequence[str | None] = ()) -> None:
    """Cells as typed: text cleaned and kept text (data type "s": "=1+1" is not a formula),
    numbers and dates with the column's format."""
    for number, value in enumerate(values, start=1):
        if value is None or value == "":
            continue
        if isinstance(value, str):
            cell = sheet.cell(row, number, clean_text(value))
            cell.data_type = "s"
            continue
        if isinstance(value, dt.datetime):
            value = value.replace(tzinfo=None)
        cell = sheet.cell(row, number, value)
        fmt = formats[number - 1] if number <= len(formats) else None
        if fmt == NUMBER_FORMATS[DAYS] and isinstance(value, Decimal) and \
                value.as_tuple().exponent < 0:
            fmt = "0.0"  # an average of days (16.1 days late) keeps its tenth
        if fmt:
            cell.number_format = fmt
        elif isinstance(value, dt.date) and not isinstance(value, dt.datetime):
            cell.number_format = NUMBER_FORMATS[DATE]


def _widen(widths: list[int], values: Sequence[Cell], columns: Sequence[Column],
           totals: bool = False) -> None:
    for i, (value, column) in enumerate(zip(values, columns, strict=True)):
        if value is None or value == "":
            continue
        if totals and isinstance(value, str) and (i + 1 == len(values) or values[i + 1] in EMPTY):
            continue  # the totals label runs on over the empty cells beside it
        width = display_width(cell_text(value, column.kind))
        if width > widths[i]:
            widths[i] = width


# --- PDF -----------------------------------------------------------------------------------

def pdf_bytes(table: ReportTable, *, company: str = "", printed_at: dt.datetime | None = None,
              page_label: str = PAGE_LABEL, printed_label: str = PRINTED_LABEL) -> bytes:
    """`table` as PDF bytes: A4 landscape (portrait when `table.landscape` is False), the
    CJK font embedded. Every page has `company` and the title at the top and, at the bottom,
    `printed_label` (its {time}: `printed_at`, default now) and `page_label` ({page}, {pages});
    the about lines open the first page, the header row repeats on every page, the notes follow
    the table. The same table and `printed_at` give the same bytes. The labels let the UI pass
    its translated words."""
    from services.reports.pdf_table import render

    return render(table, company=company, printed_at=printed_at or dt.datetime.now(),
                  page_label=page_label, printed_label=printed_label)


def write_pdf(table: ReportTable, path: str | Path, *, company: str = "",
              printed_at: dt.datetime | None = None, page_label: str = PAGE_LABEL,
              printed_label: str = PRINTED_LABEL) -> Path:
    """Write `table` as a PDF (pdf_bytes) to `path` (".pdf" added if missing; missing folders
    made) and return the path written. Raises OSError when the file cannot be written."""
    data = pdf_bytes(table, company=company, printed_at=printed_at, page_label=page_label,
                     printed_label=printed_label)
    path = _suffixed(path, ".pdf")
    with _replacing(path) as partial:
        partial.write_bytes(data)
    return path
