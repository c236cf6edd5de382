"""A table model that holds only ids and fetches the rows on screen (Anki's browser does the same).

Sorting and filtering happen in SQL: the model asks a service for the ordered ids, then for
display rows a block at a time. 100,000 contracts cost one list of ints up front.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from services.core.listing import ListQuery

BLOCK = 200
RAW_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1
WARN = QBrush(QColor("#b3261e"))


@dataclass(frozen=True)
class Column:
    key: str                          # sort key the service understands
    title: str
    value: Callable[[Any], Any]       # raw value from a row
    text: Callable[[Any], str] = str  # how the raw value is shown
    right: bool = False               # numbers and money are right-aligned
    warn: Callable[[Any], bool] | None = None  # red when true (overdue, on hold)


class LazyTableModel(QAbstractTableModel):
    rows_changed = Signal()  # the number or order of rows changed without a reset

    def __init__(self, columns: list[Column], fetch_ids: Callable[[ListQuery], list[int]],
                 fetch_rows: Callable[[list[int]], list[Any]], parent=None) -> None:
        super().__init__(parent)
        self._columns = columns
        self._fetch_ids = fetch_ids
        self._fetch_rows = fetch_rows
        self._query = ListQuery(sort=columns[0].key)
        self._ids: list[int] = []
        self._rows: dict[int, Any] = {}
        self._loaded = False  # ids asked for at least once

    # -- what the view asks -------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].title
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        column = self._columns[index.column()]
        row = self.row_at(index.row())
        if role == ID_ROLE:
            return self._ids[index.row()]
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(column.value(row))
        if role == RAW_ROLE:
            return column.value(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if column.right else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column.warn and column.warn(row):
            return WARN
        return None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        descending = order == Qt.SortOrder.DescendingOrder
        self.set_query(replace(self._query, sort=self._columns[column].key,
                               descending=descending))  # the filters stay

    # -- what the tab asks --------------------------------------------------
    def set_filter(self, text: str, status: str = "", **filters) -> None:
        """A new text and status (and any other ListQuery filter by name: overdue_only,
        salesperson); the order stays."""
        self.set_query(replace(self._query, text=text, status=status, **filters))

    def set_query(self, query: ListQuery) -> None:
        """A new filter or order: the list starts again from the top. Before the first load
        (the tab not shown yet) it is only remembered: setting up a view sorts it twice."""
        self._query = query
        if not self._loaded:
            return
        self.beginResetModel()
        self._ids, self._rows = self._fetch_ids(query), {}
        self.endResetModel()

    def reload(self) -> None:
        """Ask again for the ids and forget the fetched rows. When the list kept its order
        (a save changed amounts, not membership) the cells are redrawn in place; otherwise
        the rows move as a layout change, so selection and scroll follow their records
        (as Anki's browser does) instead of jumping back to the top."""
        ids = self._fetch_ids(self._query)
        first, self._loaded = not self._loaded, True
        if ids == self._ids and not first:
            self._rows.clear()
            if ids:
                self.dataChanged.emit(self.index(0, 0),
                                      self.index(len(ids) - 1, len(self._columns) - 1))
            return
        if not self._ids or not ids:
            self.beginResetModel()
            self._ids, self._rows = ids, {}
            self.endResetModel()
            return
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        old_ids = [self._ids[index.row()] if index.row() < len(self._ids) else None
                   for index in before]
        self._ids, self._rows = ids, {}
        position = {row_id: row for row, row_id in enumerate(ids)}
        after = [self.index(position[row_id], index.column()) if row_id in position
                 else QModelIndex() for row_id, index in zip(old_ids, before, strict=True)]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()
        self.rows_changed.emit()

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_at(self, row: int) -> Any:
        if not 0 <= row < len(self._ids):
            return None
        row_id = self._ids[row]
        if row_id not in self._rows:
            start = row - row % BLOCK
            block = self._ids[start:start + BLOCK]
            self._rows.update((r.id, r) for r in self._fetch_rows(block))
        return self._rows.get(row_id)

    def column_of(self, key: str) -> int:
        return next(i for i, column in enumerate(self._columns) if column.key == key)

    def row_of(self, row_id: int) -> int:
        try:
            return self._ids.index(row_id)
        except ValueError:
            return -1

    @property
    def columns(self) -> list[Column]:
        """The columns, in their logical order."""
        return self._columns

    @property
    def query(self) -> ListQuery:
        return self._query
