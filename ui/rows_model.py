"""An editable table of small dataclass rows (contract lines, installments, allocations)."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

WARN = QBrush(QColor("#b3261e"))


@dataclass(frozen=True)
class EditColumn:
    title: str
    field: str | None = None                      # the row attribute typed into; None: computed
    compute: Callable[[Any], str] | None = None   # text of a computed column
    right: bool = False
    warn: Callable[[Any], bool] | None = None     # red when true (overdue, broken promise)
    check: bool = False                           # a bool field shown as a check box (定金)


class RowsModel(QAbstractTableModel):
    edited = Signal()

    def __init__(self, columns: list[EditColumn], make_row: Callable[[], Any], parent=None) -> None:
        super().__init__(parent)
        self.columns = columns
        self._make_row = make_row
        self.rows: list[Any] = []

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.columns[section].title
        return str(section + 1)

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        column = self.columns[index.column()]
        if column.field and column.check:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if column.field:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        column, row = self.columns[index.column()], self.rows[index.row()]
        if column.check:
            if role == Qt.ItemDataRole.CheckStateRole:
                return (Qt.CheckState.Checked if getattr(row, column.field)
                        else Qt.CheckState.Unchecked)
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return getattr(row, column.field) if column.field else column.compute(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            side = Qt.AlignmentFlag.AlignRight if column.right else Qt.AlignmentFlag.AlignLeft
            return int(side | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column.warn and column.warn(row):
            return WARN
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        column = self.columns[index.column()]
        if column.check and role == Qt.ItemDataRole.CheckStateRole:
            checked = _check_state(value) == Qt.CheckState.Checked
            self.rows[index.row()] = replace(self.rows[index.row()], **{column.field: checked})
        elif role != Qt.ItemDataRole.EditRole or not column.field or column.check:
            return False
        else:
            self.rows[index.row()] = replace(self.rows[index.row()],
                                             **{column.field: str(value)})
        last = self.index(index.row(), self.columnCount() - 1)
        self.dataChanged.emit(self.index(index.row(), 0), last)
        self.edited.emit()
        return True

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()
        self.edited.emit()

    def append(self) -> int:
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows))
        self.rows.append(self._make_row())
        self.endInsertRows()
        self.edited.emit()
        return len(self.rows) - 1

    def remove(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.rows[row]
            self.endRemoveRows()
            self.edited.emit()

    def column_of(self, field: str) -> int:
        return next((i for i, c in enumerate(self.columns) if c.field == field), 0)


def _check_state(value: Any) -> Qt.CheckState:
    """A check state as views hand it over: the enum, or its number."""
    return value if isinstance(value, Qt.CheckState) else Qt.CheckState(int(value))
