"""The collection plan as it is shown, as a ReportTable and written to an Excel workbook
(.xlsx) by the one writer of every report (services.reports.export.write_xlsx).

Money goes in as numbers (the exact Decimal, formatted `#,##0.00`), so the sheet sums and
sorts; text goes in as text, never as a formula, whatever a customer's name starts with.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from services.collection.plan import PlanRow, PlanTotals
from services.reports.export import NUMBER_FORMATS, write_xlsx
from services.reports.table import MONEY, TEXT, Column, ReportTable

HEADERS = ("编码", "客户", "业务员", "本月到期", "逾期转入", "承诺回款", "本月已回款",
           "本月目标", "目标差距", "尚需回款")
MONEY_FORMAT = NUMBER_FORMATS[MONEY]
TEXT_COLUMNS = 3  # code, name, salesperson; money after them


def row_values(row: PlanRow) -> tuple:
    """One plan row as the sheet's cells: code, name, salesperson, then the amounts (yuan)."""
    return (row.customer_code, row.customer_name, row.salesperson, row.due, row.overdue_in,
            row.promised, row.received, row.target, row.gap, row.still_to_collect)


def totals_values(totals: PlanTotals) -> tuple:
    """The totals row's amounts, in the sheet's column order after the three text columns."""
    return (totals.due, totals.overdue_in, totals.promised, totals.received, totals.target,
            totals.gap, totals.still_to_collect)


def plan_table(rows: Sequence[PlanRow], totals: PlanTotals, month: dt.date,
               salesperson: str = "", *, headers: Sequence[str] = HEADERS, title: str = "",
               totals_label: str = "", sheet_name: str = "") -> ReportTable:
    """The plan as a ReportTable: code, name and salesperson as text, the amounts as money,
    a totals row whose label runs on over the empty name and salesperson cells. The words
    default to Chinese; the UI passes its translated ones."""
    month_text = f"{month.year:04d}-{month.month:02d}"
    if not title:
        title = f"回款计划 {month_text}" + (f"（业务员：{salesperson}）" if salesperson else "")
    columns = [Column(h, TEXT if i < TEXT_COLUMNS else MONEY) for i, h in enumerate(headers)]
    label = totals_label or f"合计（{len(rows)} 个客户）"
    return ReportTable(title, columns, [row_values(r) for r in rows],
                       totals=(label, None, None) + totals_values(totals),
                       sheet_name=sheet_name or f"回款计划 {month_text}")


def export_plan_xlsx(rows: Sequence[PlanRow], totals: PlanTotals, month: dt.date,
                     path: str | Path, salesperson: str = "", *,
                     headers: Sequence[str] = HEADERS, title: str = "",
                     totals_label: str = "", sheet_name: str = "") -> Path:
    """Write one sheet (export.write_xlsx of plan_table): title, header, one row per customer,
    a bold totals row. Returns the path (".xlsx" added if missing).

    `headers`, `title`, `totals_label` and `sheet_name` let the UI pass its translated words.
    """
    return write_xlsx(plan_table(rows, totals, month, salesperson, headers=headers, title=title,
                                 totals_label=totals_label, sheet_name=sheet_name), path)
