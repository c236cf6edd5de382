"""A page of the collection record: one customer's rows (a RowsModel) in a read-only table, one
row selected at a time, under a row of buttons; reloaded after a write (ui.shown's rule)."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from services.core.uow import AppContext
from ui.events import DataEvents
from ui.rows_model import RowsModel
from ui.shown import LoadsWhenShown


class RecordPage(LoadsWhenShown, QWidget):
    """A subclass builds its model and buttons, calls `_lay_out` and gives `reload` and
    `_update_buttons` (run when the selection changes)."""

    def __init__(self, ctx: AppContext, events: DataEvents, customer_id: int,
                 parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.events, self.customer_id = ctx, events, customer_id

    def _lay_out(self, model: RowsModel, buttons: list[QPushButton]) -> None:
        """self.model and self.table (read-only, whole rows, one at a time) below the buttons."""
        self.model = model
        self.table = QTableView()
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        # A method, not a lambda: Qt drops the connection when this page is deleted.
        self.events.changed.connect(self._on_changed)

    def _on_changed(self, _kinds: set) -> None:
        self.refresh()

    def _update_buttons(self) -> None:  # pragma: no cover - every page implements it
        raise NotImplementedError

    def selected(self):
        """The selected row, or None."""
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= len(self.model.rows):
            return None
        return self.model.rows[index.row()]
