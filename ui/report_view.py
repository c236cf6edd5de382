"""What every view of the Reports tab (报表) shares: the typed table model, computing off the UI
thread with a busy indicator, and what the tab asks of a view to export or print it.

A view subclasses ReportView and provides:
- `title` (class attribute, translated through `view_title()`) and optional controls of its own
  in `self.controls` (an QHBoxLayout above the table: a month, a switch…);
- `load(as_of, salesperson)`: start computing with `self.compute(work, on_done)`; `work()` runs
  in the thread pool and opens its own unit of work (`self.ctx.uow()`); `on_done(result)` runs on
  the UI thread, only if no newer load was asked for since (a stale result is dropped);
- `report_table()`: what is on screen as a services.reports.table.ReportTable in the user's
  language (the rows as shown, filters and as-of date in `about`), or None before the first load.
The tab calls `reload()` after its as-of day or salesperson changed, and again after a write
elsewhere while the view is on screen (a view not on screen reloads when next shown).
"""
from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from services.core.environment import DatabaseProblem, problem_from
from services.core.errors import ValidationError
from services.core.uow import AppContext
from services.reports.table import (
    COUNT,
    DATE,
    DAYS,
    MONEY,
    PERCENT,
    Column,
    ReportTable,
    shown_decimal,
)
from ui import formatting as fmt
from ui.error_text import error_message
from ui.problem_text import problem_message
from ui.shown import LoadsWhenShown
from ui.table_widths import fit_to_texts
from ui.worker import run_in_background

RIGHT = {MONEY, COUNT, DAYS, PERCENT}
MUTED = QBrush(QColor("#5f6368"))
WARN = QBrush(QColor("#b3261e"))
KEY_ROLE = Qt.ItemDataRole.UserRole        # the row's key (a customer id, a month…)
VALUE_ROLE = Qt.ItemDataRole.UserRole + 1  # the cell's typed value, for sorting and drill-down


@dataclass(frozen=True)
class ReportActions:
    """What a view may ask of the main window for a customer or a contract (by id)."""

    open_record: Callable[[int], Any]
    open_contract: Callable[[int], Any]
    follow_up: Callable[[int], Any]
    promise: Callable[[int], Any]


# Whether a cell is shown in red: (the row's cells, the row's key, the column) -> bool.
Warn = Callable[[Sequence, Any, int], bool]


def cell_text(value, kind: str) -> str:
    """A typed cell as the UI shows it: money with ¥, dates in the locale, percent with one
    decimal, counts grouped; None as blank."""
    if value is None:
        return ""
    if kind == MONEY:
        return fmt.money(value)
    if kind == DATE:
        return fmt.day(value) if isinstance(value, dt.date) else str(value)
    if kind == PERCENT:  # one decimal, zeros kept: rounded as on paper (shown_decimal)
        return fmt.decimal(shown_decimal(Decimal(value), kind), 1) + "%"
    if kind == DAYS and isinstance(value, Decimal) and value.as_tuple().exponent < 0:
        return fmt.decimal(shown_decimal(value, kind), 1)  # an average
    if kind in (COUNT, DAYS):
        return fmt.number(Decimal(value))
    return str(value)


class ReportTableModel(QAbstractTableModel):
    """A ReportTable shown read-only: cells formatted by their column's kind, the typed value
    under VALUE_ROLE, each row's key under KEY_ROLE, the totals row last (bold, never sorted
    away from the bottom). Sorting compares the typed values (None first)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.columns: Sequence[Column] = ()
        self.rows: list[Sequence] = []
        self.keys: list[Any] = []
        self.totals: Sequence | None = None
        # (the row's cells, its key, column) -> shown in red; the row's own values, so the
        # colour follows the row when the table is sorted (a subtotal's key is None)
        self.warn: Warn | None = None
        self.blank_zero = False  # money cells that are exactly zero shown blank (aging buckets)
        self._bold = QFont()
        self._bold.setBold(True)

    def set_table(self, table: ReportTable, keys: Sequence[Any] | None = None,
                  warn: Warn | None = None) -> None:
        self.beginResetModel()
        self.columns = list(table.columns)
        self.rows = [list(row) for row in table.rows]
        self.keys = list(keys) if keys is not None else [None] * len(self.rows)
        self.totals = table.totals
        self.warn = warn
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self.rows, self.keys, self.totals = [], [], None
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt's name
        if parent.isValid():
            return 0
        return len(self.rows) + (1 if self.totals is not None else 0)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self.columns[section].title

    def is_totals(self, row: int) -> bool:
        return self.totals is not None and row == len(self.rows)

    def value(self, row: int, column: int):
        return self.totals[column] if self.is_totals(row) else self.rows[row][column]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        kind = self.columns[column].kind
        if role == Qt.ItemDataRole.DisplayRole:
            value = self.value(row, column)
            if self.blank_zero and kind == MONEY and value == 0:
                return ""
            return cell_text(value, kind)
        if role == VALUE_ROLE:
            return self.value(row, column)
        if role == KEY_ROLE:
            return None if self.is_totals(row) else self.keys[row]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            side = Qt.AlignmentFlag.AlignRight if kind in RIGHT else Qt.AlignmentFlag.AlignLeft
            return int(side | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and self.is_totals(row):
            return self._bold
        if role == Qt.ItemDataRole.ForegroundRole and not self.is_totals(row):
            if self.warn is not None and self.warn(self.rows[row], self.keys[row], column):
                return WARN
        return None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if not self.rows or column >= len(self.columns):
            return
        self.layoutAboutToBeChanged.emit()
        pairs = list(zip(self.rows, self.keys, strict=True))
        reverse = order == Qt.SortOrder.DescendingOrder

        def key(pair):
            value = pair[0][column]
            if value is None:
                return (0, "")
            return (1, value if not isinstance(value, str) else value.casefold())
        pairs.sort(key=key, reverse=reverse)
        self.rows = [p[0] for p in pairs]
        self.keys = [p[1] for p in pairs]
        self.layoutChanged.emit()

    def texts(self) -> list[list[str]]:
        """Each column's header and cell texts (the first 500 rows), for fitting widths."""
        out = []
        for c, column in enumerate(self.columns):
            texts = [column.title]
            texts += [cell_text(row[c], column.kind) for row in self.rows[:500]]
            if self.totals is not None:
                texts.append(cell_text(self.totals[c], column.kind))
            out.append(texts)
        return out


def report_table_view(model: ReportTableModel) -> QTableView:
    """A read-only, sortable table for a ReportTableModel (rows selected whole)."""
    view = QTableView()
    view.setModel(model)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    return view


def fit_columns(view: QTableView, model: ReportTableModel) -> None:
    """Columns as wide as their texts; the last stretches only when it holds text (a figure
    pushed to the far right edge reads as belonging to nothing)."""
    fit_to_texts(view, model.texts())
    last = model.columns[-1].kind if model.columns else MONEY
    view.horizontalHeader().setStretchLastSection(last not in RIGHT)


def failure_text(error: Exception) -> str | None:
    """What the user reads when computing a report failed because of input or the environment;
    None for a bug (the caller hands it to the crash box)."""
    if isinstance(error, ValidationError):
        return error_message(error)
    problem = error if isinstance(error, DatabaseProblem) else problem_from(error)
    if problem is not None:
        return problem_message(problem)
    if isinstance(error, OSError):
        return str(error)
    return None


class ReportView(LoadsWhenShown, QWidget):
    """The base of a report view (see the module docstring)."""

    title = ""          # the view's tab label, in Chinese (translated by view_title)
    busy_changed = Signal(bool)

    def __init__(self, ctx: AppContext, actions: ReportActions, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.report_actions = ctx, actions
        self.as_of: dt.date = ctx.clock.today()
        self.salesperson = ""
        self._generation = 0
        self._job = None
        self._aside_generation = 0  # compute_aside's own count (a drill-down)
        self._aside_job = None
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.message = QLabel()
        self.message.setObjectName("reportMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        self.controls = QHBoxLayout()
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addLayout(self.controls, 1)
        top.addWidget(self.busy)
        self.layout_.addLayout(top)
        self.layout_.addWidget(self.message)

    # -- what the tab calls ------------------------------------------------
    def view_title(self) -> str:
        return self.tr(self.title)

    def set_filters(self, as_of: dt.date, salesperson: str) -> None:
        """The tab's as-of day and salesperson changed: reload now if shown, else when shown."""
        self.as_of, self.salesperson = as_of, salesperson
        self.refresh()

    def reload(self) -> None:
        self.load(self.as_of, self.salesperson)

    def load(self, as_of: dt.date, salesperson: str) -> None:  # pragma: no cover - per view
        raise NotImplementedError

    def report_table(self) -> ReportTable | None:  # pragma: no cover - per view
        raise NotImplementedError

    def is_busy(self) -> bool:
        return self._job is not None

    # -- for the views -----------------------------------------------------
    def compute(self, work: Callable[[], Any], on_done: Callable[[Any], None]) -> None:
        """Run `work()` off the UI thread; `on_done(result)` on the UI thread if no newer
        compute was started meanwhile. Input and environment errors are shown above the table;
        a bug goes to the crash box."""
        self._generation += 1
        generation = self._generation
        self.busy.show()
        self.busy_changed.emit(True)

        def done(result) -> None:
            if generation != self._generation:
                return
            self._finish()
            self.message.hide()
            on_done(result)

        def failed(error: Exception) -> None:
            if generation != self._generation:
                return
            self._finish()
            self._show_failure(error)

        self._job = run_in_background(work, done, failed, self)

    def compute_aside(self, work: Callable[[], Any], on_done: Callable[[Any], None]) -> None:
        """Run `work()` off the UI thread apart from the view's loads (a drill-down): it
        neither drops nor is dropped by a reload; only a newer compute_aside drops its result.
        Errors are shown as compute's are."""
        self._aside_generation += 1
        generation = self._aside_generation

        def done(result) -> None:
            if generation == self._aside_generation:
                on_done(result)

        def failed(error: Exception) -> None:
            if generation == self._aside_generation:
                self._show_failure(error)

        self._aside_job = run_in_background(work, done, failed, self)

    def _show_failure(self, error: Exception) -> None:
        text = failure_text(error)
        if text is None:
            sys.excepthook(type(error), error, error.__traceback__)
            return
        self.message.setText(self.tr("无法计算：{reason}").format(reason=text))
        self.message.show()

    def _finish(self) -> None:
        self._job = None
        self.busy.hide()
        self.busy_changed.emit(False)


def add_rules(layout: QVBoxLayout, text: str) -> QLabel:
    """The rules of a table's figures, in grey under it (they must be checkable by hand)."""
    label = QLabel(text)
    label.setObjectName("reportRules")
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setStyleSheet("color: #5f6368;")
    layout.addWidget(label)
    return label

