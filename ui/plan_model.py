"""Rows of the monthly collection plan; the target column is edited in place.

Cheap per cell: a row's texts are formatted once, when first shown; the model sorts and
filters its own rows in Python (a proxy sorting through `data()` asked it ~40,000 times for
1,700 rows, and filtering asked once per row per keystroke).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal

from services.collection import plan
from services.collection.plan import PlanRow
from services.core.errors import ValidationError
from services.core.uow import AppContext
from ui import formatting as fmt
from ui.lazy_model import RAW_ROLE, WARN

CODE_COLUMN = 0
NAME_COLUMN = 1
SALESPERSON_COLUMN = 2
MONEY_FROM = 3       # columns from here on hold money
PROMISED_COLUMN = 5
TARGET_COLUMN = 7
GAP_COLUMN = 8
STILL_COLUMN = 9
COLUMNS = 10
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # what a sort compares: text, or whole fen
NO_AMOUNT = -10**18  # sorts an empty amount below every real one, negative gaps included

# Roles as plain numbers (Qt hands data() a number): compared at C speed, and the roles a
# view asks for and this model never answers (font, background, check state…) leave at once.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_EDIT = int(Qt.ItemDataRole.EditRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_TIP = int(Qt.ItemDataRole.ToolTipRole)
_ANSWERED = frozenset({_DISPLAY, _EDIT, _ALIGN, _FOREGROUND, _TIP, int(RAW_ROLE),
                       int(SORT_ROLE)})
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_CELL = (Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
         | Qt.ItemFlag.ItemNeverHasChildren)  # what QAbstractTableModel gives, made once
_EDITABLE = _CELL | Qt.ItemFlag.ItemIsEditable


FIELDS = ("customer_code", "customer_name", "salesperson", "due", "overdue_in", "promised",
          "received", "target", "gap", "still_to_collect")  # PlanRow's, in column order


def raw_values(row: PlanRow) -> tuple:
    """The row's values in column order (text, then yuan amounts or None)."""
    return (row.customer_code, row.customer_name, row.salesperson, row.due, row.overdue_in,
            row.promised, row.received, row.target, row.gap, row.still_to_collect)


def sort_key(row: PlanRow, column: int):
    """What the plan sorts on: the text, or whole fen (an empty amount lowest)."""
    value = raw_values(row)[column]
    if column < MONEY_FROM:
        return value
    return NO_AMOUNT if value is None else int(value * 100)  # exact: whole fen


class PlanModel(QAbstractTableModel):
    failed = Signal(object)   # a ValidationError from an edit
    target_saved = Signal()

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.month = ctx.clock.today().replace(day=1)
        self.salesperson = ""
        self.all_rows: list[PlanRow] = []  # the month's plan, in the current sort order
        self.rows: list[PlanRow] = []      # those the customer filter lets through: shown
        self._texts: list[tuple | None] = []  # each shown row's texts, made when first asked
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._matches = None  # the customer filter: PlanRow -> bool, None shows every row
        self.titles = [self.tr("编码"), self.tr("客户"), self.tr("业务员"), self.tr("本月到期"),
                       self.tr("逾期转入"), self.tr("承诺回款"), self.tr("本月已回款"),
                       self.tr("本月目标"), self.tr("目标差距"), self.tr("尚需回款")]
        self.tips = {
            PROMISED_COLUMN: self.tr("客户承诺在本月付款的金额合计（被新承诺取代的不计）"),
            TARGET_COLUMN: self.tr("双击输入本月回款目标；清空即删除"),
            GAP_COLUMN: self.tr("本月目标 − 承诺回款；大于零（红色）表示承诺还不够"),
            STILL_COLUMN: self.tr("本月目标 − 本月已回款"),
        }

    def load(self, month: dt.date | None = None, salesperson: str | None = None) -> None:
        if month is not None:
            self.month = month.replace(day=1)
        if salesperson is not None:
            self.salesperson = salesperson
        self.set_rows(plan.plan_rows(self.ctx.uow(), self.month, self.salesperson))

    def set_rows(self, rows: list[PlanRow]) -> None:
        """Hold these rows (in the current sort order) and show those the filter lets through."""
        self.beginResetModel()
        self.all_rows = self._sorted(rows)
        self._show()
        self.endResetModel()

    def set_filter(self, matches) -> None:
        """Show only the rows for which `matches(row)` is true (None: every row)."""
        self.beginResetModel()
        self._matches = matches
        self._show()
        self.endResetModel()

    def _show(self) -> None:
        matches = self._matches
        self.rows = (list(self.all_rows) if matches is None
                     else [r for r in self.all_rows if matches(r)])
        self._texts = [None] * len(self.rows)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else COLUMNS

    def headerData(self, section, orientation, role=_DISPLAY):
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY:
            return self.titles[section]
        return None

    def texts(self, row: int) -> tuple:
        """The row's display texts (formatted once)."""
        texts = self._texts[row]
        if texts is None:
            values = raw_values(self.rows[row])
            texts = values[:MONEY_FROM] + tuple(fmt.money(v) for v in values[MONEY_FROM:])
            self._texts[row] = texts
        return texts

    def data(self, index, role=_DISPLAY):
        if role not in _ANSWERED:
            return None
        row, column = index.row(), index.column()
        if not 0 <= row < len(self.rows):
            return None
        if role == _DISPLAY:
            return self.texts(row)[column]
        if role == _ALIGN:
            return _RIGHT if column >= MONEY_FROM else None
        if role == _FOREGROUND:
            if column == GAP_COLUMN and (self.rows[row].gap or 0) > 0:
                return WARN  # promises still short of the target
            return None
        if role == _TIP:
            return self.rows[row].customer_name if column == NAME_COLUMN else self.tips.get(column)
        if role == _EDIT:
            value = raw_values(self.rows[row])[column]
            return "" if value is None else str(value)
        if role == RAW_ROLE:
            return raw_values(self.rows[row])[column]
        if role == SORT_ROLE:
            return sort_key(self.rows[row], column)
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _EDITABLE if index.column() == TARGET_COLUMN else _CELL

    def setData(self, index, value, role=_EDIT) -> bool:
        if role != _EDIT or index.column() != TARGET_COLUMN:
            return False
        row = self.rows[index.row()]
        try:
            plan.set_target(self.ctx.uow(), row.customer_id, self.month, str(value))
        except ValidationError as error:
            self.failed.emit(error)
            return False
        fresh = plan.plan_rows(self.ctx.uow(), self.month, self.salesperson)
        # A customer whose target was all it had drops off at the next reload; until then it
        # stays on screen without a target. It keeps its place until the next sort or reload.
        new = next((r for r in fresh if r.customer_id == row.customer_id),
                   replace(row, target=None))
        self.rows[index.row()] = new
        self.all_rows[self.all_rows.index(row)] = new
        self._texts[index.row()] = None
        # The gap and what is still to collect follow the target: the whole row changed.
        self.dataChanged.emit(self.index(index.row(), 0),
                              self.index(index.row(), self.columnCount() - 1))
        self.target_saved.emit()
        return True

    # -- sorting, in Python over the rows ----------------------------------------------------
    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows by a column (money as numbers, an empty amount lowest); the order
        holds across reloads. Selections follow their rows."""
        if not 0 <= column < COLUMNS:
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        before = [r.customer_id for r in self.rows]
        self.all_rows = self._sorted(self.all_rows)
        pairs = list(zip(self.rows, self._texts, strict=True))
        pairs.sort(key=lambda pair: sort_key(pair[0], column),
                   reverse=order == Qt.SortOrder.DescendingOrder)
        self.rows = [p[0] for p in pairs]
        self._texts = [p[1] for p in pairs]
        where = {r.customer_id: i for i, r in enumerate(self.rows)}
        old = self.persistentIndexList()
        self.changePersistentIndexList(
            old, [self.index(where[before[i.row()]], i.column()) for i in old])
        self.layoutChanged.emit()

    def _sorted(self, rows: list[PlanRow]) -> list[PlanRow]:
        if self._sort is None:
            return list(rows)
        column, order = self._sort
        return sorted(rows, key=lambda r: sort_key(r, column),
                      reverse=order == Qt.SortOrder.DescendingOrder)

    # -- lookups --------------------------------------------------------------------------------
    def customer_at(self, row: int) -> int | None:
        return self.rows[row].customer_id if 0 <= row < len(self.rows) else None

    def row_of(self, customer_id: int) -> int:
        return next((i for i, r in enumerate(self.rows) if r.customer_id == customer_id), -1)

    def totals(self) -> plan.PlanTotals:
        """Sums over the rows shown."""
        return plan.plan_totals(self.rows)
