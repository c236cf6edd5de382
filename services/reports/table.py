"""A report as a plain table, the one shape every export and print is written from.

Each view (aging, the day's priority list, collection rate, trend) and each list (customers,
contracts, payments, alerts) hands its rows over as a ReportTable: the words (title, the lines
saying as of when and which filters, the column titles) come from the caller in the user's
language; the cells stay typed (Decimal yuan, dt.date, int, str), so a spreadsheet gets real
numbers and dates, not text that looks like them.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

# What a column holds, which decides its number format and alignment:
TEXT, MONEY, DATE, COUNT, DAYS, PERCENT = "text", "money", "date", "count", "days", "percent"
KINDS = (TEXT, MONEY, DATE, COUNT, DAYS, PERCENT)

Cell = str | Decimal | int | dt.date | None
TENTH = Decimal("0.1")


def shown_decimal(value: Decimal, kind: str) -> Decimal:
    """The figure a cell reads as, rounded in one place for the screen and for paper: a PERCENT
    fraction as percent with one decimal (0.6465 → 64.7), an average of days (a DAYS Decimal
    with decimals) to one decimal (16.25 → 16.3), both half up, as the spreadsheet's "0.0%" and
    "0.0" show them; anything else unchanged."""
    if kind == PERCENT:
        return (Decimal(value) * 100).quantize(TENTH, ROUND_HALF_UP)
    if kind == DAYS and isinstance(value, Decimal) and value.as_tuple().exponent < 0:
        return value.quantize(TENTH, ROUND_HALF_UP)
    return value


@dataclass(frozen=True)
class Column:
    """One column: its title and kind. `width` is a hint in characters (0: from the content).

    PERCENT cells are fractions as Decimal (0.8125 is 81.25 %); MONEY cells are yuan."""

    title: str
    kind: str = TEXT
    width: int = 0

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"column kind {self.kind!r} not in {KINDS}")


@dataclass(frozen=True)
class ReportTable:
    """A titled table: `about` lines (as of, filters, the rules) go above the header, `notes`
    below the table; `totals` (None: no totals row) has one cell per column, its first text
    cell being the label (合计)."""

    title: str
    columns: Sequence[Column]
    rows: Sequence[Sequence[Cell]]
    about: Sequence[str] = ()
    totals: Sequence[Cell] | None = None
    notes: Sequence[str] = ()
    sheet_name: str = ""
    landscape: bool = True
    extra: dict = field(default_factory=dict)  # room for a writer's options, e.g. group rows

    def __post_init__(self) -> None:
        width = len(self.columns)
        for number, row in enumerate(self.rows, start=1):
            if len(row) != width:
                raise ValueError(f"row {number} has {len(row)} cells, not {width}")
        if self.totals is not None and len(self.totals) != width:
            raise ValueError(f"totals have {len(self.totals)} cells, not {width}")
