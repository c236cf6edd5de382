"""Rows of the monthly collection plan; the target column is edited in place."""
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

NAME_COLUMN = 1
MONEY_FROM = 3       # columns from here on hold money
PROMISED_COLUMN = 5
TARGET_COLUMN = 7
GAP_COLUMN = 8
STILL_COLUMN = 9
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # what the proxy compares: text, or whole fen
NO_AMOUNT = -10**18  # sorts an empty amount below every real one, negative gaps included


class PlanModel(QAbstractTableModel):
    failed = Signal(object)   # a ValidationError from an edit
    target_saved = Signal()

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.month = ctx.clock.today().replace(day=1)
        self.salesperson = ""
        self.rows: list[PlanRow] = []
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
        self.beginResetModel()
        if month is not None:
            self.month = month.replace(day=1)
        if salesperson is not None:
            self.salesperson = salesperson
        self.rows = plan.plan_rows(self.ctx.uow(), self.month, self.salesperson)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.titles)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.titles[section]
        return None

    def _raw(self, row: PlanRow, column: int):
        return (row.customer_code, row.customer_name, row.salesperson, row.due, row.overdue_in,
                row.promised, row.received, row.target, row.gap, row.still_to_collect)[column]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        value = self._raw(row, column)
        if role == Qt.ItemDataRole.DisplayRole:
            return fmt.money(value) if column >= MONEY_FROM else value
        if role == Qt.ItemDataRole.EditRole:
            return "" if value is None else str(value)
        if role == RAW_ROLE:
            return value
        if role == SORT_ROLE:
            if column < MONEY_FROM:
                return value
            return NO_AMOUNT if value is None else int(value * 100)  # exact: whole fen
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= MONEY_FROM:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == GAP_COLUMN and (value or 0) > 0:
            return WARN  # promises still short of the target
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tips.get(column)
        return None

    def flags(self, index):
        flags = super().flags(index)
        if index.isValid() and index.column() == TARGET_COLUMN:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != TARGET_COLUMN:
            return False
        row = self.rows[index.row()]
        try:
            plan.set_target(self.ctx.uow(), row.customer_id, self.month, str(value))
        except ValidationError as error:
            self.failed.emit(error)
            return False
        fresh = plan.plan_rows(self.ctx.uow(), self.month, self.salesperson)
        # A customer whose target was all it had drops off at the next reload; until then it
        # stays on screen without a target.
        self.rows[index.row()] = next((r for r in fresh if r.customer_id == row.customer_id),
                                      replace(row, target=None))
        # The gap and what is still to collect follow the target: the whole row changed.
        self.dataChanged.emit(self.index(index.row(), 0),
                              self.index(index.row(), self.columnCount() - 1))
        self.target_saved.emit()
        return True

    def customer_at(self, row: int) -> int | None:
        return self.rows[row].customer_id if 0 <= row < len(self.rows) else None

    def row_of(self, customer_id: int) -> int:
        return next((i for i, r in enumerate(self.rows) if r.customer_id == customer_id), -1)

    def totals(self) -> plan.PlanTotals:
        return plan.plan_totals(self.rows)
