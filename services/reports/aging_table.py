"""The aging report as a ReportTable: what the 应收账龄 view shows, exports and prints, and what
`main.py report aging -o FILE` writes — one layout for all of them."""
from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from itertools import groupby

from services.reports.aging import AgingReport, AgingRow, bucket_labels
from services.reports.table import MONEY, TEXT, Column, ReportTable

ZERO = Decimal("0.00")
TITLES = ("编码", "客户", "业务员")      # before the buckets
AFTER = ("合计", "预收/未核销", "净额")  # after them
BY_WORDS = {"due": "按到期日", "delivery": "按发货日"}
NO_SALESPERSON = "（未分配）"


def aging_columns(report: AgingReport, titles: Sequence[str] | None = None,
                  buckets: Sequence[str] | None = None) -> list[Column]:
    """编码, 客户, 业务员, one per bucket, 合计, 预收/未核销, 净额 (or the given titles: the three
    first and the three last; `buckets` in place of aging.bucket_labels)."""
    words = list(titles) if titles is not None else [*TITLES, *AFTER]
    labels = list(buckets) if buckets is not None else bucket_labels(report.edges)
    return ([Column(t, TEXT) for t in words[:3]] + [Column(b, MONEY) for b in labels]
            + [Column(t, MONEY) for t in words[3:6]])


def _cells(row: AgingRow) -> list:
    return [row.code, row.name, row.salesperson, *row.buckets, row.total, row.credit, row.net]


def aging_table(report: AgingReport, *, grouped: bool = False,
                titles: Sequence[str] | None = None, buckets: Sequence[str] | None = None,
                title: str | None = None, about: Sequence[str] | None = None,
                totals_label: str = "合计", subtotal_label: str = "小计：{salesperson}",
                no_salesperson: str = NO_SALESPERSON) -> ReportTable:
    """One row per customer (by code), or grouped by salesperson with a subtotal row after
    each group; a totals row. `extra["keys"]` holds each row's customer id (None for a subtotal)
    and `extra["subtotals"]` the indexes of subtotal rows. Words default to Chinese."""
    columns = aging_columns(report, titles, buckets)
    rows: list[list] = []
    keys: list[int | None] = []
    subtotals: list[int] = []
    if grouped:
        ordered = sorted(report.rows, key=lambda r: (r.salesperson == "", r.salesperson, r.code))
        for seller, group in groupby(ordered, key=lambda r: r.salesperson):
            group = list(group)
            for row in group:
                rows.append(_cells(row))
                keys.append(row.customer_id)
            width = len(report.totals)
            sums = [sum((r.buckets[i] for r in group), ZERO) for i in range(width)]
            total = sum(sums, ZERO)
            credit = sum((r.credit for r in group), ZERO)
            label = subtotal_label.format(salesperson=seller or no_salesperson)
            subtotals.append(len(rows))
            rows.append(["", label, seller, *sums, total, credit, total - credit])
            keys.append(None)
    else:
        for row in report.rows:
            rows.append(_cells(row))
            keys.append(row.customer_id)
    totals = [totals_label, "", "", *report.totals, report.total, report.credit,
              report.total - report.credit]
    if about is None:
        about = [f"截至 {report.as_of.isoformat()}，{BY_WORDS[report.by]}计算账龄；"
                 f"客户 {len(report.rows)} 个"]
    return ReportTable(title or f"应收账龄表（{report.as_of.isoformat()}）", columns, rows,
                       about=tuple(about), totals=totals, sheet_name="应收账龄",
                       extra={"keys": keys, "subtotals": subtotals})
