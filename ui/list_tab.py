"""A tab with a filter box, a status filter, "overdue only", a salesperson, action buttons, one
lazily loaded table, a totals row under it (computed in SQL off the UI thread over every
filtered row) and 更多 › 导出 Excel… (every filtered row, the columns on screen)."""
from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
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

from services.core.listing import ListQuery
from services.reports.table import ReportTable
from ui.events import CONTRACTS, CUSTOMERS
from ui.labels import label
from ui.lazy_model import LazyTableModel
from ui.list_export import ExportStatus, about_lines, ask_xlsx_path, file_stem, list_table
from ui.salesperson_combo import fill_salespeople
from ui.shown import LoadsWhenShown
from ui.worker import run_in_background

TOTALS_AFTER_MS = 250  # the pause after a filter change before the totals are asked


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
        self.status_codes = statuses
        self.overdue_check = QCheckBox(self.tr("只看逾期"))
        self.overdue_check.setObjectName("overdueOnly")
        self.salesperson_combo = QComboBox()
        self.salesperson_combo.setObjectName("salespersonFilter")
        self.salesperson_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.salesperson_combo.setToolTip(self.tr("业务员"))
        self.salesperson_combo.addItem(self.tr("全部业务员"), "")
        self._people_stale = True  # the salesperson list: read when the list first loads
        self.count_label = QLabel()
        # The totals of every filtered row (not only those loaded), from the service.
        self.totals_label = QLabel()
        self.totals_label.setObjectName("listTotals")
        self.totals_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export_status = ExportStatus()
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
        top.addWidget(self.overdue_check)
        top.addWidget(self.salesperson_combo)
        top.addLayout(self.button_row)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addWidget(self.totals_label, 1)
        bottom.addWidget(self.export_status)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        # Filter as the user types, but query once they pause, not on every key.
        self._filter_timer = QTimer(self, singleShot=True, interval=200)
        self._filter_timer.timeout.connect(self.apply_filter)
        self.filter_edit.textChanged.connect(lambda _text: self._filter_timer.start())
        self.status_combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.overdue_check.toggled.connect(lambda _on: self.apply_filter())
        self.salesperson_combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        model.modelReset.connect(self._update_count)
        model.rows_changed.connect(self._update_count)
        # Totals follow the filters: asked once the list has its new ids (a sort moves rows
        # but changes no total, so it asks nothing); a reload asks again (amounts move). They
        # wait TOTALS_AFTER_MS: typing asks once, after the pause, and the worker's query never
        # competes with painting the first rows of each keystroke.
        self._totals_key: object = None
        self._totals_job = 0  # the latest request; older answers are dropped
        self._totals_timer = QTimer(self, singleShot=True, interval=TOTALS_AFTER_MS)
        self._totals_timer.timeout.connect(self._ask_totals)
        model.modelReset.connect(self._totals_timer.start)
        model.rows_changed.connect(self._totals_timer.start)
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

    def add_export(self) -> QAction:
        """更多 › 导出 Excel…: every filtered row, in the columns on screen (call it last)."""
        menu = self._more_menu()
        menu.addSeparator()
        action = menu.addAction(self.tr("导出 Excel…"))
        action.triggered.connect(self.export_excel)
        return action

    def apply_filter(self) -> None:
        self.model.set_filter(self.filter_edit.text(), self.status_combo.currentData(),
                              overdue_only=self.overdue_check.isChecked(),
                              salesperson=self.salesperson_combo.currentData() or "")

    # -- what each list says (subclasses) ---------------------------------------------------
    def salespeople(self) -> list[str]:  # pragma: no cover - every list has its own
        """The names offered in the salesperson filter."""
        raise NotImplementedError

    def scope(self) -> Any:
        """What narrows the list besides its query (the contracts of one customer), handed
        back to totals_of and rows_of; None for nothing."""
        return None

    def totals_of(self, query: ListQuery, scope: Any) -> Any:  # pragma: no cover
        """The totals of every row the query lets through (called off the UI thread)."""
        raise NotImplementedError

    def totals_text(self, totals: Any) -> str:  # pragma: no cover
        raise NotImplementedError

    def rows_of(self, query: ListQuery, scope: Any) -> list:  # pragma: no cover
        """Every row the query lets through, in its order (called off the UI thread)."""
        raise NotImplementedError

    def export_name(self) -> str:  # pragma: no cover
        """The list's name: the sheet's title and the start of the file name."""
        raise NotImplementedError

    def filter_words(self) -> list[str]:
        """The filters in force, in words (written above an exported table)."""
        query = self.model.query
        words = []
        if query.text.strip():
            words.append(self.tr("包含“{text}”").format(text=query.text.strip()))
        if query.status:
            words.append(self.tr("状态：{status}").format(
                status=label(self.status_codes, query.status)))
        if query.overdue_only:
            words.append(self.overdue_check.text())
        if query.salesperson:
            words.append(self.tr("业务员：{name}").format(name=query.salesperson))
        return words

    # -- salespeople, totals, export ------------------------------------------------------
    def _fill_salespeople(self) -> bool:
        """Read the names again, keeping the one chosen; False when that name is gone (the
        combo then shows 全部业务员, and the caller applies that filter)."""
        self._people_stale = False
        return fill_salespeople(self.salesperson_combo, self.tr("全部业务员"), self.salespeople())

    def on_data_changed(self, kinds: set) -> None:
        """After a write elsewhere: the list again (any write can move a balance); the
        salespeople only when customers or contracts were written (where the names live)."""
        if kinds & {CUSTOMERS, CONTRACTS}:
            self._people_stale = True
        self.refresh()

    def _ask_totals(self, force: bool = False) -> None:
        """Ask the service for the totals of the filter now in force (off the UI thread),
        unless they were asked for this very filter already (a new order changes none)."""
        query, scope = self.model.query, self.scope()
        key = (replace(query, sort="", descending=False), scope)
        if key == self._totals_key and not force:
            return
        self._totals_key = key
        self._totals_job += 1
        job = self._totals_job
        self.totals_label.setText(self.tr("合计计算中…"))
        self.count_label.setVisible(True)  # the count at once; the totals line repeats it
        run_in_background(lambda: self.totals_of(query, scope),
                          lambda totals: self._show_totals(job, totals),
                          lambda error: self._totals_failed(job, error), self)

    def _show_totals(self, job: int, totals: Any) -> None:
        if job == self._totals_job:
            self.totals_label.setText(self.totals_text(totals))
            self.count_label.setVisible(False)  # "合计（N …）" says how many: once is enough

    def _totals_failed(self, job: int, error: Exception) -> None:
        if job == self._totals_job:
            self._totals_key = None  # ask again next time
            self.totals_label.setText(self.tr("合计未能计算：{error}").format(error=error))

    def export_excel(self) -> None:
        """Ask where, then write every filtered row off the UI thread (a link when done)."""
        if self.export_status.running:
            return
        today = self.ctx.clock.today()  # type: ignore[attr-defined]  (each list has ctx)
        name = self.export_name()
        path = ask_xlsx_path(self, file_stem(name, today))
        if path:
            self.export_status.run(path, self._table_maker(name, today))

    def _table_maker(self, name: str, today):
        """What the worker calls: read the rows, make the table (words made here, now)."""
        query, scope = self.model.query, self.scope()
        header = self.table.horizontalHeader()
        columns = [self.model.columns[header.logicalIndex(visual)]
                   for visual in range(header.count())
                   if not header.isSectionHidden(header.logicalIndex(visual))]
        words = self.filter_words()
        about = about_lines(today, words)
        total_words = self.tr("合计（{count} 条）")

        def make() -> ReportTable:
            rows = self.rows_of(query, scope)
            return list_table(name, columns, rows, about, total_words.format(count=len(rows)))
        return make

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
        if self._people_stale and not self._fill_salespeople():
            self.apply_filter()  # the chosen salesperson is gone: the list shows 全部 again
        else:
            self.model.reload()
        self._ask_totals(force=True)

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
