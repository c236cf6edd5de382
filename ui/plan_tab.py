"""The collection plan tab (回款计划): one month, one row per customer, totals below.

Nothing is asked of the database until the tab is first shown; a change elsewhere reloads it
only while it is on screen (otherwise it is marked stale and reloads when next shown).
"""
from __future__ import annotations

import datetime as dt
import heapq
import html
from operator import attrgetter
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, QSortFilterProxyModel, QStandardPaths, Qt, QUrl
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from services.collection import plan, plan_targets
from services.core.errors import ValidationError
from services.core.uow import AppContext
from services.ledger.customers import CustomerChoice, choice_matcher, customer_choices
from services.reports.plan_export import export_plan_xlsx
from ui import formatting as fmt
from ui.error_text import error_message
from ui.events import PLAN, DataEvents
from ui.plan_model import (
    COLUMNS,
    FIELDS,
    MONEY_FROM,
    NAME_COLUMN,
    TARGET_COLUMN,
    PlanModel,
)
from ui.salesperson_combo import fill_salespeople
from ui.shown import LoadsWhenShown
from ui.worker import run_in_background

NAME_MAX_CHARS = 30   # the customer column grows to fit names up to this many wide characters
LONGEST_MEASURED = 20  # texts measured per column: the longest by length (cheap, and enough)


def customer_matcher(text: str, choices: dict[int, CustomerChoice]):
    """The plan's customer filter for what was typed: the customer boxes' rule (code, name,
    short name or 拼音: services.ledger.customers.choice_matcher) on `choices` by customer id;
    None for a blank text (every row)."""
    needle = text.strip().casefold()
    if not needle:
        return None
    matches = choice_matcher(text)

    def row_matches(row) -> bool:
        choice = choices.get(row.customer_id)
        if choice is None:  # a customer added since the choices were read: code and name
            return needle in row.customer_code.casefold() or \
                needle in row.customer_name.casefold()
        return matches(choice)
    return row_matches


class PlanProxy(QSortFilterProxyModel):
    """Hands sorting to the model (in Python, once per click, rather than through data() for
    every comparison); the model filters its own rows too."""

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)


class PlanTab(LoadsWhenShown, QWidget):
    def __init__(self, ctx: AppContext, events: DataEvents, open_record, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.events, self.open_record = ctx, events, open_record
        self.model = PlanModel(ctx, self)
        self.model.failed.connect(self._show_error)
        self.model.target_saved.connect(self._target_saved)
        self.proxy = PlanProxy(self)
        self.proxy.setSourceModel(self.model)
        self.month = QDateEdit()
        self.month.setDisplayFormat("yyyy-MM")
        self.month.setCalendarPopup(True)
        today = ctx.clock.today()
        self.month.setDate(QDate(today.year, today.month, 1))
        self.salesperson = QComboBox()
        self.salesperson.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.salesperson.addItem(self.tr("全部"), "")
        self.customer_filter = QLineEdit()
        self.customer_filter.setObjectName("planCustomerFilter")
        self.customer_filter.setPlaceholderText(self.tr("编码、名称或拼音"))
        self.customer_filter.setToolTip(self.tr(
            "按客户编码、名称或拼音（如 bjjz）筛选（Ctrl+F）；回车或↓转到列表"))
        self.customer_filter.setClearButtonEnabled(True)
        self.copy_button = QPushButton(self.tr("复制上月目标"))
        self.copy_button.setToolTip(self.tr("本月还没有目标的客户，沿用上月的目标"))
        self.due_button = QPushButton(self.tr("按本月应收设目标"))
        self.due_button.setToolTip(self.tr(
            "本月还没有目标的客户，目标设为本月到期加逾期转入的金额（为零的不设）"))
        self.export_button = QPushButton(self.tr("导出 Excel…"))
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # writing the file takes a moment: show that it is working
        self.busy.setMaximumWidth(120)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        # Every column fits what it holds (measured on the longest texts, never on every row);
        # the customer's name also takes the room left.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._widths: list[int] = []
        self.totals = QLabel()
        self.totals.setObjectName("planTotals")
        self.totals.setWordWrap(True)
        self.totals.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # The rules of the figures, under the table (services.collection.plan states them).
        self.rules = QLabel(self.tr(
            "本月到期、逾期转入：月初尚欠的金额（已发货合同及定金）；本月已回款：本月收到的钱（退货/折让不算回款）；"
            "查看当天之前已冲销的回款、已撤销的核销，两处都不计。目标差距 = 目标 − 已回款 − 待兑现承诺，"
            "尚需回款 = 目标 − 已回款，均不小于零；合计为各客户之和。"))
        self.rules.setObjectName("planRules")
        self.rules.setWordWrap(True)
        self.rules.setStyleSheet("color: #5f6368;")
        self.notice = QLabel()  # what the last bulk action or export did
        self.notice.setObjectName("planNotice")
        self.notice.setTextFormat(Qt.TextFormat.RichText)
        self.notice.setOpenExternalLinks(True)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("月份")))
        top.addWidget(self.month)
        top.addWidget(QLabel(self.tr("业务员")))
        top.addWidget(self.salesperson)
        top.addWidget(QLabel(self.tr("客户")))
        top.addWidget(self.customer_filter, 1)
        top.addStretch(1)
        top.addWidget(self.copy_button)
        top.addWidget(self.due_button)
        top.addWidget(self.export_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.notice, 1)
        bottom.addWidget(self.busy)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals)
        layout.addWidget(self.rules)
        layout.addLayout(bottom)
        self._export_job = None
        self._people_stale = True  # the salesperson list: asked on the first showing too
        self._choices: dict[int, CustomerChoice] | None = None  # names and 拼音, when filtering
        self.month.dateChanged.connect(lambda _d: self._filter_changed())
        self.salesperson.currentIndexChanged.connect(lambda _i: self._filter_changed())
        self.copy_button.clicked.connect(self.copy_previous_targets)
        self.due_button.clicked.connect(self.targets_from_due)
        self.export_button.clicked.connect(self.export_excel)
        # Double-click (or Enter) opens the customer's collection record; on the target column
        # a double-click edits the target instead, and Qt then does not emit `activated`.
        self.table.activated.connect(self._open_record)
        self.customer_filter.textChanged.connect(self._customer_filter_changed)
        self.customer_filter.installEventFilter(self)
        self.table.viewport().installEventFilter(self)
        events.changed.connect(self._on_changed)

    def _fill_salespeople(self) -> None:
        self._people_stale = False
        fill_salespeople(self.salesperson, self.tr("全部"), plan.salespeople(self.ctx.uow()))

    def selected_month(self) -> dt.date:
        return self.month.date().toPython().replace(day=1)

    def selected_salesperson(self) -> str:
        return self.salesperson.currentData() or ""

    def show_month(self, month: dt.date) -> None:
        """Show the plan of the month that holds `month` (as picking it does)."""
        self.month.setDate(QDate(month.year, month.month, 1))

    def reload(self) -> None:
        """Ask the plan again now, keeping the selected customer selected."""
        self._stale = False
        if self._people_stale:
            self._fill_salespeople()
        current = self._current_customer()
        if self._choices is None and self.customer_filter.text().strip():
            self.model.set_filter(self._matcher())  # names may have changed: read them again
        self.model.load(self.selected_month(), self.selected_salesperson())
        self._fit_columns()
        self._update_totals()
        self._select_customer(current)  # the same customer stays selected across a refresh

    def _filter_changed(self) -> None:
        if self._export_job is None:  # "exporting…" stays until the file is written
            self.notice.clear()
        self.refresh()

    def _matcher(self):
        text = self.customer_filter.text()
        if text.strip() and self._choices is None:  # read once, on the first letter typed
            self._choices = {c.id: c for c in customer_choices(self.ctx.uow())}
        return customer_matcher(text, self._choices or {})

    def _customer_filter_changed(self, _text: str) -> None:
        current = self._current_customer()
        self.model.set_filter(self._matcher())
        self._update_totals()
        self._select_customer(current)

    def _select_customer(self, customer_id: int | None) -> None:
        row = self.model.row_of(customer_id) if customer_id is not None else -1
        if row >= 0:
            self.table.setCurrentIndex(self.proxy.mapFromSource(self.model.index(row, 0)))

    def eventFilter(self, watched, event) -> bool:
        """Enter or Down in the customer filter goes to the rows (the first one selected);
        the customer column takes the room the table has left."""
        if watched is self.customer_filter and event.type() == QEvent.Type.KeyPress \
                and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.proxy.rowCount() > 0:
                self.table.setFocus()
                if not self.table.currentIndex().isValid():
                    self.table.selectRow(0)
            return True
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._spread_name_column()
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        """Widths from the longest texts of each column (by length; a few measured) and the
        widest amounts, never from every row (resizeColumnsToContents took 2.4 s here)."""
        metrics = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        air = 2 * metrics.horizontalAdvance("0") + 8
        rows = self.model.all_rows  # every row: widths do not jump as the filter narrows
        widths = []
        for column in range(COLUMNS):
            # The gap and what is still to collect lie between zero and the target: the
            # target's widths hold them (and they need no computing per row).
            field = FIELDS[TARGET_COLUMN if column > TARGET_COLUMN else column]
            values = {v for v in map(attrgetter(field), rows) if v is not None}
            if column >= MONEY_FROM:
                texts = [fmt.money(max(values)), fmt.money(min(values))] if values else []
            else:
                texts = heapq.nlargest(LONGEST_MEASURED, values, key=len)
            content = max((metrics.horizontalAdvance(t) for t in texts), default=0) + air
            widths.append(max(content, header.sectionSizeHint(column)))
        widths[NAME_COLUMN] = min(widths[NAME_COLUMN],
                                  metrics.horizontalAdvance("国") * NAME_MAX_CHARS + air)
        self._widths = widths
        for column, width in enumerate(widths):
            header.resizeSection(column, width)
        self._spread_name_column()

    def _spread_name_column(self) -> None:
        """The customer column is as wide as its names need, and takes any room left over."""
        if not self._widths:
            return
        others = sum(w for c, w in enumerate(self._widths) if c != NAME_COLUMN)
        room = self.table.viewport().width() - others
        self.table.horizontalHeader().resizeSection(
            NAME_COLUMN, max(self._widths[NAME_COLUMN], room))

    def _current_customer(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.customer_at(self.proxy.mapToSource(index).row())

    def _update_totals(self) -> None:
        """The totals of the customers shown (the customer filter narrows them too)."""
        rows = self.model.rows
        t = self.model.totals()
        self.totals.setText(self.tr(
            "合计（{count} 个客户）：本月到期 {due}　逾期转入 {overdue}　承诺回款 {promised}　"
            "本月已回款 {received}　本月目标 {target}　目标差距 {gap}　尚需回款 {still}").format(
            count=len(rows), due=fmt.money(t.due), overdue=fmt.money(t.overdue_in),
            promised=fmt.money(t.promised), received=fmt.money(t.received),
            target=fmt.money(t.target), gap=fmt.money(t.gap),
            still=fmt.money(t.still_to_collect)))

    def _target_saved(self) -> None:
        self._update_totals()
        self.events.announce(PLAN)

    def _show_error(self, error) -> None:
        QMessageBox.warning(self, self.tr("回款目标"), error_message(error))

    def _on_changed(self, kinds: set) -> None:
        if kinds != {PLAN}:  # our own target edits are already shown
            self._people_stale = True
            self._choices = None  # a customer may have been renamed or added
            self.refresh()

    def focus_filter(self) -> None:
        """Ctrl+F: the customer filter."""
        self.customer_filter.setFocus()
        self.customer_filter.selectAll()

    # -- targets for the whole month ----------------------------------------
    def copy_previous_targets(self) -> None:
        self._bulk_targets(lambda: plan_targets.copy_targets_from_previous_month(
            self.ctx.uow(), self.selected_month(), salesperson=self.selected_salesperson()))

    def targets_from_due(self) -> None:
        self._bulk_targets(lambda: plan_targets.targets_from_amounts_due(
            self.ctx.uow(), self.selected_month(), salesperson=self.selected_salesperson()))

    def _bulk_targets(self, action) -> None:
        try:
            count = action()
        except ValidationError as error:
            self._show_error(error)
            return
        if count:
            self.reload()
            self.events.announce(PLAN)
            self.notice.setText(self.tr("已设置 {count} 个客户的目标").format(count=count))
        else:
            self.notice.setText(self.tr("没有需要设置目标的客户（已有目标的不会改动）"))

    # -- export -------------------------------------------------------------
    def export_excel(self) -> None:
        month = self.selected_month()
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        name = self.tr("回款计划-{month}").format(month=month.strftime("%Y-%m"))
        if self.selected_salesperson():
            name += f"-{self.selected_salesperson()}"
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("导出 Excel"), str(Path(folder) / f"{name}.xlsx"),
            self.tr("Excel 工作簿 (*.xlsx)"))
        if not path:
            return
        rows, totals = list(self.model.rows), self.model.totals()  # what is on screen, now
        salesperson = self.selected_salesperson()
        headers = list(self.model.titles)
        sheet = self.tr("回款计划 {month}").format(month=fmt.month(month))
        title = (self.tr("回款计划 {month}（业务员：{name}）") if salesperson
                 else self.tr("回款计划 {month}")).format(month=fmt.month(month), name=salesperson)
        label = self.tr("合计（{count} 个客户）").format(count=len(rows))

        def work() -> Path:
            return export_plan_xlsx(rows, totals, month, path, salesperson, headers=headers,
                                    title=title, totals_label=label, sheet_name=sheet)

        self.export_button.setEnabled(False)
        self.busy.show()
        self.notice.setText(self.tr("正在导出…"))
        self._export_job = run_in_background(work, self._exported, self._export_failed, self)

    def _exported(self, path: Path) -> None:
        self._export_job = None
        self.busy.hide()
        self.export_button.setEnabled(True)
        link = QUrl.fromLocalFile(str(path)).toString()
        self.notice.setText(self.tr("已导出到 {path}").format(
            path=f'<a href="{html.escape(link)}">{html.escape(str(path))}</a>'))

    def _export_failed(self, error: Exception) -> None:
        self._export_job = None
        self.busy.hide()
        self.export_button.setEnabled(True)
        self.notice.setText(self.tr("导出失败"))
        message = error_message(error) if isinstance(error, ValidationError) else str(error)
        QMessageBox.warning(self, self.tr("导出 Excel"),
                            self.tr("导出失败：{error}").format(error=message))

    # -- the customer's collection record --------------------------------------
    def _open_record(self, index) -> None:
        customer_id = self.model.customer_at(self.proxy.mapToSource(index).row())
        if customer_id is not None:
            self.open_record(customer_id)
