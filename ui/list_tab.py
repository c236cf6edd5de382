"""A tab with a filter box, a status filter, action buttons and one lazily loaded table."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.labels import label
from ui.lazy_model import LazyTableModel
from ui.shown import LoadsWhenShown


class ListTab(LoadsWhenShown, QWidget):
    def __init__(self, model: LazyTableModel, statuses: dict[str, str], parent=None,
                 first_order=Qt.SortOrder.AscendingOrder) -> None:
        super().__init__(parent)
        self.model = model
        self.filter_edit = QLineEdit()
        self.filter_edit.setClearButtonEnabled(True)
        self.status_combo = QComboBox()
        self.status_combo.addItem(self.tr("全部状态"), "")
        for code in statuses:
            self.status_combo.addItem(label(statuses, code), code)
        self.count_label = QLabel()
        self.table = QTableView()
        self.table.setModel(model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, first_order)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.button_row = QHBoxLayout()
        self._more: QMenu | None = None
        top = QHBoxLayout()
        self.filter_row = top
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.status_combo)
        top.addLayout(self.button_row)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        # Filter as the user types, but query once they pause, not on every key.
        self._filter_timer = QTimer(self, singleShot=True, interval=200)
        self._filter_timer.timeout.connect(self.apply_filter)
        self.filter_edit.textChanged.connect(lambda _text: self._filter_timer.start())
        self.status_combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        model.modelReset.connect(self._update_count)
        model.rows_changed.connect(self._update_count)
        self._sized = False
        model.modelReset.connect(self._size_columns_once)
        self.filter_edit.installEventFilter(self)

    def add_button(self, text: str, slot, primary: bool = True) -> QAction:
        """An action on the selected row: a button (or an entry under "更多"), and in the
        table's context menu."""
        action = QAction(text, self.table)
        action.triggered.connect(slot)
        self.table.addAction(action)
        if primary:
            button = QPushButton(text)
            button.clicked.connect(action.trigger)
            self.button_row.addWidget(button)
        else:
            self._more_menu().addAction(action)
        return action

    def _more_menu(self) -> QMenu:
        """"更多": a push button with its menu (its arrow drawn beside the text, not over it)."""
        if self._more is None:
            button = QPushButton(self.tr("更多"))
            self._more = QMenu(button)
            button.setMenu(self._more)
            self.button_row.addWidget(button)
        return self._more

    def apply_filter(self) -> None:
        self.model.set_filter(self.filter_edit.text(), self.status_combo.currentData())

    def focus_filter(self) -> None:
        self.filter_edit.setFocus()
        self.filter_edit.selectAll()

    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def select_id(self, row_id: int) -> None:
        row = self.model.row_of(row_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))

    def reload(self) -> None:
        """Re-query now, keeping the selected record selected and the scroll where it was
        (the model moves rows rather than resetting)."""
        self._stale = False
        self.model.reload()

    def eventFilter(self, watched, event) -> bool:
        """Enter or Down in the filter box goes to the results (the first row, selected)."""
        if watched is self.filter_edit and event.type() == QEvent.Type.KeyPress \
                and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self._filter_timer.isActive():  # typed but not yet asked: ask now
                self._filter_timer.stop()
                self.apply_filter()
            if self.model.rowCount() > 0:
                self.table.setFocus()
                if not self.table.currentIndex().isValid():
                    self.table.selectRow(0)
            return True
        return super().eventFilter(watched, event)

    def open_selected(self) -> None:  # pragma: no cover - subclasses open their dialog
        raise NotImplementedError

    def _size_columns_once(self) -> None:
        """Fit columns to the first rows once; later the user's widths stay."""
        if self._sized or self.model.rowCount() == 0:
            return
        self._sized = True
        self.table.horizontalHeader().setResizeContentsPrecision(50)  # rows looked at: cheap
        self.table.resizeColumnsToContents()

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("共 {count} 条").format(count=self.model.rowCount()))

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.table.hasFocus():
            self.open_selected()
            return
        super().keyPressEvent(event)
