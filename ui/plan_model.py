"""Rows of the monthly collection plan; the target column is edited in place."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal

from services import plan
from services.errors import ValidationError
from services.plan import PlanRow
from services.uow import AppContext
from ui import formatting as fmt
from ui.lazy_model import RAW_ROLE

TARGET_COLUMN = 6
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # what the proxy compares: text, or whole fen


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
                       self.tr("逾期转入"), self.tr("本月已回款"), self.tr("本月目标")]

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
                row.received, row.target)[column]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        value = self._raw(row, column)
        if role == Qt.ItemDataRole.DisplayRole:
            return fmt.money(value) if column >= 3 else value
        if role == Qt.ItemDataRole.EditRole:
            return "" if value is None else str(value)
        if role == RAW_ROLE:
            return value
        if role == SORT_ROLE:
            if column < 3:
                return value
            return -1 if value is None else int(value * 100)  # exact: amounts are whole fen
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == TARGET_COLUMN:
            return self.tr("双击输入本月回款目标；清空即删除")
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
        self.rows[index.row()] = next((r for r in fresh if r.customer_id == row.customer_id), row)
        self.dataChanged.emit(index, index)
        self.target_saved.emit()
        return True

    def totals(self) -> plan.PlanTotals:
        return plan.plan_totals(self.rows)
