"""The collection plan as it is shown, written to an Excel workbook (.xlsx).

Money goes in as numbers (the exact Decimal, formatted `#,##0.00`), so the sheet sums and
sorts; text goes in as text, never as a formula, whatever a customer's name starts with.
openpyxl is imported only when a sheet is written.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path

from services.collection.plan import PlanRow, PlanTotals

HEADERS = ("编码", "客户", "业务员", "本月到期", "逾期转入", "承诺回款", "本月已回款",
           "本月目标", "目标差距", "尚需回款")
MONEY_FORMAT = "#,##0.00"
TEXT_COLUMNS = 3  # code, name, salesperson; money after them
# Characters an XML 1.0 file cannot hold (openpyxl would refuse the whole cell).
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def row_values(row: PlanRow) -> tuple:
    """One plan row as the sheet's cells: code, name, salesperson, then the amounts (yuan)."""
    return (row.customer_code, row.customer_name, row.salesperson, row.due, row.overdue_in,
            row.promised, row.received, row.target, row.gap, row.still_to_collect)


def totals_values(totals: PlanTotals) -> tuple:
    """The totals row's amounts, in the sheet's column order after the three text columns."""
    return (totals.due, totals.overdue_in, totals.promised, totals.received, totals.target,
            totals.gap, totals.still_to_collect)


def export_plan_xlsx(rows: Sequence[PlanRow], totals: PlanTotals, month: dt.date,
                     path: str | Path, salesperson: str = "", *,
                     headers: Sequence[str] = HEADERS, title: str = "",
                     totals_label: str = "", sheet_name: str = "") -> Path:
    """Write one sheet: title, header, one row per customer, a bold totals row. Returns the path.

    `headers`, `title`, `totals_label` and `sheet_name` let the UI pass its translated words.
    """
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    from openpyxl.utils import get_column_letter

    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        path = path.with_name(path.name + ".xlsx")
    month_text = f"{month.year:04d}-{month.month:02d}"
    columns = len(headers)
    workbook = Workbook()
    sheet = workbook.active
    # A sheet name holds at most 31 characters, none of [ ] : * ? / \ (Excel's rule).
    sheet.title = re.sub(r"[\[\]:*?/\\]", "-", sheet_name)[:31] or f"回款计划 {month_text}"
    if not title:
        title = f"回款计划 {month_text}" + (f"（业务员：{salesperson}）" if salesperson else "")
    sheet.append([_text(title)])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=columns)
    sheet.cell(1, 1).font = Font(bold=True, size=14)
    sheet.row_dimensions[1].height = 24

    sheet.append([_text(h) for h in headers])
    thin = Side(style="thin")
    for column in range(1, columns + 1):
        cell = sheet.cell(2, column)
        cell.font = Font(bold=True)
        cell.border = Border(bottom=thin)
        cell.alignment = Alignment(horizontal="center", vertical="center")
    sheet.freeze_panes = "A3"  # title and header stay put while scrolling

    widths = [_width(h) for h in headers]
    for row in rows:
        values = row_values(row)
        _append(sheet, values)
        for i, value in enumerate(values[:TEXT_COLUMNS]):
            widths[i] = max(widths[i], _width(value))
    last = sheet.max_row + 1
    # The label runs on over the empty name and salesperson cells.
    _append(sheet, (totals_label or f"合计（{len(rows)} 个客户）", None, None)
            + totals_values(totals))
    for column in range(1, columns + 1):
        cell = sheet.cell(last, column)
        cell.font = Font(bold=True)
        cell.border = Border(top=thin)

    for i, width in enumerate(widths, start=1):
        # Money: room for ¥ hundreds of millions with separators; text: its longest value.
        sheet.column_dimensions[get_column_letter(i)].width = (
            16 if i > TEXT_COLUMNS else min(max(width + 2, 8), 60))
    path.parent.mkdir(parents=True, exist_ok=True)
    workbook.save(path)
    return path


def _append(sheet, values) -> None:
    sheet.append([_text(v) if isinstance(v, str) else v for v in values])
    row = sheet.max_row
    for column, value in enumerate(values, start=1):
        cell = sheet.cell(row, column)
        if isinstance(value, Decimal):
            cell.number_format = MONEY_FORMAT
        elif isinstance(value, str):
            cell.data_type = "s"  # "=1+1" as a name stays text, not a formula


def _text(value: str) -> str:
    return _ILLEGAL.sub("", value)


def _width(value) -> int:
    """Roughly how many Latin characters wide: CJK and full-width count double."""
    text = "" if value is None else str(value)
    return sum(2 if ord(ch) > 0x2E7F else 1 for ch in text)
