"""A table typed into row after row (a contract's lines, its installments), moved through with
Tab as a form is.

Tab goes to the next cell that can be typed in (computed cells are skipped), Shift+Tab back.
On the last cell of the last row Tab adds a row, unless that row is still blank: then, as
Shift+Tab on the first cell, it leaves the table for the next field. Ctrl+Tab and
Ctrl+Shift+Tab leave the table at once, from any cell.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QTableView, QWidget

TYPED = Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable
Action = QAbstractItemView.CursorAction


class EntryTable(QTableView):
    """For a RowsModel (rows, append())."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabKeyNavigation(True)
        self._filtered: set[int] = set()

    # -- where Tab goes ------------------------------------------------------------------------
    def _cells(self) -> list[tuple[int, int]]:
        model = self.model()
        return [(row, column) for row in range(model.rowCount())
                for column in range(model.columnCount())
                if model.flags(model.index(row, column)) & TYPED]

    def _step(self, forward: bool) -> QModelIndex | None:
        """The typed cell after (before) the current one; None at the end (start)."""
        cells, current = self._cells(), self.currentIndex()
        if not cells:
            return None
        here = (current.row(), current.column())
        if forward:
            later = [cell for cell in cells if cell > here]
            return self.model().index(*later[0]) if later else None
        earlier = [cell for cell in cells if cell < here]
        return self.model().index(*earlier[-1]) if earlier else None

    def _last_row_blank(self) -> bool:
        """Nothing typed or ticked in the last row (or no rows at all)."""
        model = self.model()
        row = model.rowCount() - 1
        for column in range(model.columnCount()):
            index = model.index(row, column)
            flags = model.flags(index)
            if flags & Qt.ItemFlag.ItemIsEditable and str(index.data(Qt.ItemDataRole.EditRole)
                                                           or "").strip():
                return False
            if flags & Qt.ItemFlag.ItemIsUserCheckable and _checked(index):
                return False
        return True

    def moveCursor(self, action, modifiers):  # noqa: N802 - Qt's name
        if action not in (Action.MoveNext, Action.MovePrevious):
            return super().moveCursor(action, modifiers)
        target = self._step(action == Action.MoveNext)
        if target is not None:
            return target
        if action == Action.MoveNext and not self._last_row_blank():
            row = self.model().append()
            return self._first_typed(row)
        return QModelIndex()  # at the edge: the key is ignored and focus leaves the table

    def _first_typed(self, row: int) -> QModelIndex:
        model = self.model()
        for column in range(model.columnCount()):
            if model.flags(model.index(row, column)) & TYPED:
                return model.index(row, column)
        return model.index(row, 0)

    def closeEditor(self, editor, hint) -> None:  # noqa: N802 - Qt's name
        """Tab in a cell being typed in: as Tab on the cell, leaving the table at its edge."""
        Hint = QAbstractItemDelegate.EndEditHint
        forward = hint == Hint.EditNextItem
        if hint in (Hint.EditNextItem, Hint.EditPreviousItem) and self._step(forward) is None \
                and (not forward or self._last_row_blank()):
            super().closeEditor(editor, Hint.NoHint)
            self.leave(forward)
            return
        super().closeEditor(editor, hint)

    def leave(self, forward: bool = True) -> None:
        """Give the focus to the field after (before) the table."""
        QWidget.focusNextPrevChild(self, forward)

    # -- Ctrl+Tab leaves, also from a cell being typed in --------------------------------------
    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self._leaving_key(event):
            self.leave(event.key() == Qt.Key.Key_Tab
                       and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            return
        super().keyPressEvent(event)

    def edit(self, index, trigger=None, event=None):
        if trigger is None:
            return super().edit(index)
        started = super().edit(index, trigger, event)
        editor = self.indexWidget(index) if started else None
        if editor is not None and id(editor) not in self._filtered:
            self._filtered.add(id(editor))
            editor.installEventFilter(self)  # after the delegate's: sees Ctrl+Tab first
            editor.destroyed.connect(lambda _obj=None, key=id(editor): self._filtered.discard(key))
        return started

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.KeyPress and self._leaving_key(event):
            forward = event.key() == Qt.Key.Key_Tab and not (
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            self.commitData(watched)
            super().closeEditor(watched, QAbstractItemDelegate.EndEditHint.NoHint)
            self.leave(forward)
            return True
        return super().eventFilter(watched, event)

    @staticmethod
    def _leaving_key(event) -> bool:  # Ctrl+Tab, Ctrl+Shift+Tab
        return (event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
                and bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier))


def _checked(index: QModelIndex) -> bool:
    state = index.data(Qt.ItemDataRole.CheckStateRole)
    return state in (Qt.CheckState.Checked, Qt.CheckState.Checked.value)
