"""应收账龄 (aging): one row per customer, the buckets, the total and the unapplied credit apart,
with a stacked bar chart of the buckets (total and per salesperson) beside the table.

Double-clicking a customer's cell lists the installments behind it (services.reports.
aging_detail); from there the contract or the customer's collection record opens.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from services.collection.rules import get_rules
from services.reports.aging import aging, bucket_labels
from services.reports.aging_detail import AgingItem, aging_items
from services.reports.aging_table import aging_table
from services.reports.table import DATE, DAYS, MONEY, TEXT, Column, ReportTable
from ui import charts, geometry
from ui import formatting as fmt
from ui.report_view import (
    KEY_ROLE,
    ReportActions,
    ReportTableModel,
    ReportView,
    add_rules,
    fit_columns,
    report_table_view,
)

FIRST_BUCKET = 3  # columns before the buckets: code, name, salesperson
DAYS_COLUMN = 6   # the drill-down's 逾期天数
NOT_DUE = QT_TRANSLATE_NOOP("AgingView", "未到期")
OVER = QT_TRANSLATE_NOOP("AgingView", "{days} 以上")


def _tr(text: str) -> str:
    return QCoreApplication.translate("AgingView", text)


def translated_buckets(edges: tuple[int, ...]) -> list[str]:
    """Column titles for the buckets in the UI language (aging.bucket_labels' shapes)."""
    labels = bucket_labels(edges)
    return [_tr(NOT_DUE), *labels[1:-1], _tr(OVER).format(days=edges[-1])]


class AgingView(ReportView):
    title = QT_TRANSLATE_NOOP("AgingView", "应收账龄")

    def __init__(self, ctx, actions: ReportActions, parent=None) -> None:
        super().__init__(ctx, actions, parent)
        self.setObjectName("agingView")
        self.by = QComboBox()
        self.by.addItem(self.tr("按到期日"), "due")
        self.by.addItem(self.tr("按发货日"), "delivery")
        self.by.setToolTip(self.tr("按到期日：逾期天数 = 截至日 − 到期日；按发货日：发货后的天数"))
        self.grouped = QCheckBox(self.tr("按业务员分组"))
        self.controls.addWidget(QLabel(self.tr("账龄依据")))
        self.controls.addWidget(self.by)
        self.controls.addWidget(self.grouped)
        self.controls.addStretch(1)
        self.model = ReportTableModel(self)
        self.model.blank_zero = True  # a customer's empty buckets read as blank, not ¥0.00
        self.table = report_table_view(self.model)
        self.table.setObjectName("agingTable")
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # by code until told otherwise
        self.table.setToolTip(self.tr("双击客户的金额：列出其中的每一期"))
        self.table.doubleClicked.connect(self._drill_down)
        self.chart_holder = QWidget()
        self.chart_layout = QVBoxLayout(self.chart_holder)
        self.chart_layout.setContentsMargins(0, 0, 0, 0)
        self.chart = None
        # The table wants the width (ten columns of money); the chart is a low strip under it.
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.chart_holder)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([380, 250])
        # Below about 230 px Qt Charts cuts the salespeople's names to "…".
        self.chart_holder.setMinimumHeight(230)
        self.layout_.addWidget(self.splitter, 1)
        add_rules(self.layout_, self.tr(
            "每一期尚欠的金额按它自己的天数放进一列，各列之和等于合计（截至当天尚欠）。"
            "逾期天数 = 截至日 − 到期日，当天到期算未到期；1–30 天含第 30 天。"
            "截至过去某天时，只计那天之前的发货、回款、核销和退货折让（之后收到或冲销的不计）。"
            "预收/未核销的钱单列，不抵减各列；净额 = 合计 − 预收。"))
        self._table: ReportTable | None = None
        self._report = None
        self.by.currentIndexChanged.connect(lambda _i: self.reload())
        self.grouped.toggled.connect(lambda _on: self._show())

    # -- loading ----------------------------------------------------------------------
    def load(self, as_of: dt.date, salesperson: str) -> None:
        ctx, by = self.ctx, self.by.currentData()

        def work():
            edges = get_rules(ctx.uow()).aging_edges
            return aging(ctx.uow(), as_of, by, edges, salesperson)
        self.compute(work, self._loaded)

    def _loaded(self, report) -> None:
        self._report = report
        self._show()

    def _show(self) -> None:
        report = self._report
        if report is None:
            return
        by = self.tr("按到期日") if report.by == "due" else self.tr("按发货日")
        about = [self.tr("截至 {day}，{by}计算账龄；客户 {count} 个").format(
            day=fmt.day(report.as_of), by=by, count=len(report.rows))]
        if self.salesperson:
            about.append(self.tr("业务员：{name}").format(name=self.salesperson))
        self._table = aging_table(
            report, grouped=self.grouped.isChecked(),
            titles=[self.tr("编码"), self.tr("客户"), self.tr("业务员"), self.tr("合计"),
                    self.tr("预收/未核销"), self.tr("净额")],
            buckets=translated_buckets(report.edges),
            title=self.tr("应收账龄表"), about=about, totals_label=self.tr("合计"),
            subtotal_label=self.tr("小计：{salesperson}"), no_salesperson=self.tr("（未分配）"))
        old = FIRST_BUCKET + 2  # 31 days and more in red

        def warn(cells, key, column: int) -> bool:  # a subtotal (key None) is never red
            value = cells[column]
            return (key is not None and old <= column < FIRST_BUCKET + len(report.totals)
                    and isinstance(value, Decimal) and value > 0)
        self.model.set_table(self._table, self._table.extra["keys"], warn)
        # Grouped, the rows keep their order (sorting would part the subtotals from their
        # group); ungrouped, enabling sorts by the column and order the user chose (Qt calls
        # sortByColumn with the header's indicator).
        self.table.setSortingEnabled(not self.grouped.isChecked())
        fit_columns(self.table, self.model)
        self._draw(report)

    def _draw(self, report) -> None:
        labels = translated_buckets(report.edges)
        people: dict[str, list[Decimal]] = {}
        for row in report.rows:
            sums = people.setdefault(row.salesperson, [Decimal(0)] * len(labels))
            for index, value in enumerate(row.buckets):
                sums[index] += value
        categories = [self.tr("合计")]
        columns = [list(report.totals)]
        if len(people) > 1:
            for name in sorted(people, key=lambda n: (n == "", n)):
                categories.append(name or self.tr("（未分配）"))
                columns.append(people[name])
        stacks = [(label, [column[i] for column in columns]) for i, label in enumerate(labels)]
        view = charts.stacked_bars(categories, stacks, self.tr("账龄分布"), horizontal=True)
        self.chart = charts.replace_chart(self.chart_layout, self.chart, view)

    def report_table(self) -> ReportTable | None:
        return self._table

    # -- drill-down ---------------------------------------------------------------------
    def _drill_down(self, index) -> None:
        customer_id = index.data(KEY_ROLE)
        report = self._report
        if customer_id is None or report is None:
            return
        column = index.column()
        buckets = len(report.totals)
        bucket = column - FIRST_BUCKET if FIRST_BUCKET <= column < FIRST_BUCKET + buckets else None
        name = self.model.rows[index.row()][1]
        what = (self.model.columns[column].title if bucket is not None else self.tr("全部"))
        ctx = self.ctx

        def work():
            return aging_items(ctx.uow(), customer_id, report.as_of, report.by, report.edges,
                               bucket)
        # A job of its own: a reload running meanwhile keeps its newer report.
        self.compute_aside(work,
                           lambda items: self._show_items(customer_id, name, what, items,
                                                          report.as_of))

    def _show_items(self, customer_id: int, name: str, what: str,
                    items: list[AgingItem], as_of: dt.date) -> None:
        dialog = AgingItemsDialog(customer_id, name, what, as_of, items,
                                  self.report_actions, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.items_dialog = dialog
        dialog.show()


class AgingItemsDialog(QDialog):
    """The installments behind one aging cell: contract, due date, delivered, amount, paid,
    remaining, days overdue; opens the contract (double-click) or the collection record."""

    def __init__(self, customer_id: int, name: str, what: str, as_of: dt.date,
                 items: list[AgingItem], actions: ReportActions, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("agingItems")
        self.customer_id, self.report_actions, self.items = customer_id, actions, items
        self.setWindowTitle(self.tr("{name} · {what}（截至 {day}）").format(
            name=name, what=what, day=fmt.day(as_of)))
        columns = [Column(self.tr("合同"), TEXT), Column(self.tr("到期日"), DATE),
                   Column(self.tr("发货日"), DATE), Column(self.tr("金额"), MONEY),
                   Column(self.tr("已收"), MONEY), Column(self.tr("尚欠"), MONEY),
                   Column(self.tr("逾期天数"), DAYS)]
        rows = [[i.contract_number, i.due_date, i.delivered_on, i.amount, i.paid, i.remaining,
                 i.days_overdue] for i in items]
        total = sum((i.remaining for i in items), Decimal("0.00"))
        table = ReportTable(self.windowTitle(), columns, rows,
                            totals=[self.tr("合计"), None, None, None, None, total, None])
        self.model = ReportTableModel(self)
        self.model.set_table(table, [i.contract_id for i in items],
                             lambda cells, _key, column: column == DAYS_COLUMN and cells[column] > 0)
        self.view = report_table_view(self.model)
        self.view.doubleClicked.connect(self._open_contract)
        fit_columns(self.view, self.model)
        record = QPushButton(self.tr("回款记录…"))
        record.clicked.connect(lambda: actions.open_record(customer_id))
        contract = QPushButton(self.tr("打开合同…"))
        contract.clicked.connect(lambda: self._open_contract(self.view.currentIndex()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(contract, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(record, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("共 {count} 期；双击一行打开合同").format(count=len(items))))
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        geometry.restore(self, (760, 420), "aging/items")

    def _open_contract(self, index) -> None:
        if index.isValid():
            contract_id = index.data(KEY_ROLE)
            if contract_id is not None:
                self.report_actions.open_contract(contract_id)

    def done(self, result: int) -> None:
        geometry.save(self, "aging/items")
        super().done(result)
