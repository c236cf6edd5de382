"""The collection plan tab (回款计划): one month, one row per customer, totals below."""
from __future__ import annotations

from PySide6.QtCore import QDate, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateEdit, QHBoxLayout, QLabel,
                               QMessageBox, QTableView, QVBoxLayout, QWidget)

from services import plan
from services.uow import AppContext
from ui import formatting as fmt
from ui.error_text import error_message
from ui.events import PLAN, DataEvents
from ui.plan_model import SORT_ROLE, PlanModel


class PlanTab(QWidget):
    def __init__(self, ctx: AppContext, events: DataEvents, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.events = ctx, events
        self.model = PlanModel(ctx, self)
        self.model.failed.connect(self._show_error)
        self.model.target_saved.connect(self._target_saved)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)  # sort money as numbers, not as text
        self.month = QDateEdit()
        self.month.setDisplayFormat("yyyy-MM")
        self.month.setCalendarPopup(True)
        today = ctx.clock.today()
        self.month.setDate(QDate(today.year, today.month, 1))
        self.salesperson = QComboBox()
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.totals = QLabel()
        self.totals.setObjectName("planTotals")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("月份")))
        top.addWidget(self.month)
        top.addWidget(QLabel(self.tr("业务员")))
        top.addWidget(self.salesperson)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals)
        self._fill_salespeople()
        self.month.dateChanged.connect(lambda _d: self.reload())
        self.salesperson.currentIndexChanged.connect(lambda _i: self.reload())
        events.changed.connect(self._on_changed)
        self.reload()

    def _fill_salespeople(self) -> None:
        current = self.salesperson.currentData()
        self.salesperson.blockSignals(True)
        self.salesperson.clear()
        self.salesperson.addItem(self.tr("全部"), "")
        for name in plan.salespeople(self.ctx.uow()):
            self.salesperson.addItem(name, name)
        self.salesperson.setCurrentIndex(max(0, self.salesperson.findData(current)))
        self.salesperson.blockSignals(False)

    def reload(self) -> None:
        self.model.load(self.month.date().toPython(), self.salesperson.currentData() or "")
        self._update_totals()

    def _update_totals(self) -> None:
        t = self.model.totals()
        self.totals.setText(self.tr(
            "合计（{count} 个客户）：本月到期 {due}　逾期转入 {overdue}　本月已回款 {received}　"
            "本月目标 {target}").format(count=len(self.model.rows), due=fmt.money(t.due),
                                      overdue=fmt.money(t.overdue_in),
                                      received=fmt.money(t.received), target=fmt.money(t.target)))

    def _target_saved(self) -> None:
        self._update_totals()
        self.events.announce(PLAN)

    def _show_error(self, error) -> None:
        QMessageBox.warning(self, self.tr("回款目标"), error_message(error))

    def _on_changed(self, kinds: set) -> None:
        if kinds != {PLAN}:  # our own target edits are already shown
            self._fill_salespeople()
            self.reload()

    def focus_filter(self) -> None:
        self.month.setFocus()
