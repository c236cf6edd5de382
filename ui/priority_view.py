"""今日优先 (the day's priority list): customers ranked by one score, each row saying in words
why it ranks there (services.reports.priority). From a row: record a follow-up, record a
promise, open the customer's collection record (buttons, the row's context menu; a
double-click opens the record). The list reloads after any of them is saved (the tab reloads
the view on screen after every write).
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QLabel, QToolButton

from services.reports import priority
from services.reports.priority import PriorityReport, priority_list, priority_table
from services.reports.table import ReportTable
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

CONTEXT = "PriorityView"
# The reasons' words: the same templates as services.reports.priority.REASON_WORDS (a test
# holds them equal), declared here so they are translated.
REASON_WORDS = {
    "overdue": QT_TRANSLATE_NOOP("PriorityView", "逾期 {amount}，最长 {days} 天"),
    "promise_today": QT_TRANSLATE_NOOP("PriorityView", "今日承诺回款 {amount}"),
    "broken_promises": QT_TRANSLATE_NOOP("PriorityView", "近 90 天失约 {count} 次"),
    "over_limit": QT_TRANSLATE_NOOP("PriorityView", "超出信用额度 {amount}"),
    "limitation": QT_TRANSLATE_NOOP("PriorityView", "诉讼时效将于 {date} 届满"),
    "rating_C": QT_TRANSLATE_NOOP("PriorityView", "评级 C"),
    "rating_D": QT_TRANSLATE_NOOP("PriorityView", "评级 D"),
}
OVERDUE, MAX_DAYS, BROKEN, OVER_LIMIT, LIMITATION, SCORE, REASONS = 5, 6, 7, 8, 10, 11, 12
OLD_DAYS = 90  # the longest overdue shown in red from this many days


def warn(cells, _key, column: int) -> bool:
    """Red: the longest overdue from OLD_DAYS days, any broken promise, any over-limit amount
    (read from the row's own cells, so the colour stays with its row when sorted)."""
    return ((column == MAX_DAYS and cells[MAX_DAYS] >= OLD_DAYS)
            or (column == BROKEN and cells[BROKEN] > 0)
            or (column == OVER_LIMIT and cells[OVER_LIMIT] > 0))


def translated_words() -> dict[str, str]:
    return {kind: QCoreApplication.translate(CONTEXT, text)
            for kind, text in REASON_WORDS.items()}


class PriorityView(ReportView):
    title = QT_TRANSLATE_NOOP("PriorityView", "今日优先")

    def __init__(self, ctx, actions: ReportActions, parent=None) -> None:
        super().__init__(ctx, actions, parent)
        self.setObjectName("priorityView")
        self.count_label = QLabel()
        self.follow_up_action = QAction(self.tr("记录跟进…"), self)
        self.promise_action = QAction(self.tr("记录承诺…"), self)
        self.record_action = QAction(self.tr("打开回款记录"), self)
        self.row_actions = (self.follow_up_action, self.promise_action, self.record_action)
        self.follow_up_action.triggered.connect(lambda: self._for_selected(actions.follow_up))
        self.promise_action.triggered.connect(lambda: self._for_selected(actions.promise))
        self.record_action.triggered.connect(lambda: self._for_selected(actions.open_record))
        self.controls.addWidget(self.count_label)
        self.controls.addStretch(1)
        self.buttons = []
        for action in self.row_actions:
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self.controls.addWidget(button)
            self.buttons.append(button)
        self.model = ReportTableModel(self)
        self.model.blank_zero = True  # no over-limit or promise today reads blank, not ¥0.00
        self.table = report_table_view(self.model)
        self.table.setObjectName("priorityTable")
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # by rank until told otherwise
        self.table.setToolTip(self.tr("双击一行：打开该客户的回款记录；右键：记录跟进或承诺"))
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.addActions(list(self.row_actions))
        self.table.doubleClicked.connect(lambda _index: self.record_action.trigger())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.model.modelReset.connect(self._update_actions)
        self.layout_.addWidget(self.table, 1)
        add_rules(self.layout_, self.rules_text())
        self._report: PriorityReport | None = None
        self._table: ReportTable | None = None
        self._update_actions()

    def rules_text(self) -> str:
        """How the score is made, with the service's own weights (checkable by hand)."""
        factors = self.tr("、").join(f"{rating} {factor.normalize()}"
                           for rating, factor in priority.RATING_FACTORS.items())
        return self.tr(
            "得分 = 评级系数 × (√(逾期金额 ÷ 100) × (1 + 最长逾期天数 ÷ {age}) + {broken} × 近 90 天失约次数"
            " + {share} × √(超额度 ÷ 100) + 今日有承诺时 {today} + √(今日承诺 ÷ 100)"
            " + 诉讼时效将届满时 {limitation} + √(其欠款 ÷ 100))，取整；"
            "评级系数 {factors}。同分时逾期金额大的在前，再按编码。"
            "逾期：到期日在截至日之前、那天仍未付的金额（当天到期不算）；"
            "失约：承诺日在截至日前 90 天内、未足额兑现的承诺；超额度：与今日提醒的超额相同；"
            "今日承诺：承诺日为截至日、尚未收到的部分；诉讼时效将届满：有分期的诉讼时效"
            "在截至日起“回款规则”所设月数内届满（建议寄送催款函并保留凭证，或请客户确认对账单；"
            "仅为提醒，不构成法律意见）。没有以上任何一项的客户不列出。").format(
            age=priority.AGE_DAYS, broken=priority.BROKEN_POINTS,
            share=priority.OVER_LIMIT_SHARE.normalize(), today=priority.PROMISE_TODAY_POINTS,
            limitation=priority.LIMITATION_POINTS, factors=factors)

    # -- loading ----------------------------------------------------------------------
    def load(self, as_of: dt.date, salesperson: str) -> None:
        ctx = self.ctx
        self.compute(lambda: priority_list(ctx.uow(), as_of, salesperson), self._loaded)

    def _loaded(self, report: PriorityReport) -> None:
        selected = self.selected_customer()
        self._report = report
        about = [self.tr("截至 {day}").format(day=fmt.day(report.as_of)),
                 self.tr("业务员：{name}").format(name=report.salesperson) if report.salesperson
                 else self.tr("业务员：全部")]
        self._table = priority_table(
            report, titles=[self.tr("排名"), self.tr("编码"), self.tr("客户"), self.tr("业务员"),
                            self.tr("评级"), self.tr("逾期金额"), self.tr("最长逾期天数"),
                            self.tr("近90天失约"), self.tr("超额度"), self.tr("今日承诺"),
                            self.tr("时效将届满"), self.tr("得分"), self.tr("原因")],
            title=self.tr("今日优先"), about=about, words=translated_words(), money=fmt.money,
            total_label=self.tr("合计"), date_text=fmt.day)
        rows = report.rows
        self.model.set_table(self._table, [r.customer_id for r in rows], warn)
        header = self.table.horizontalHeader()  # keep the order the user chose
        if header.sortIndicatorSection() >= 0:
            self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        fit_columns(self.table, self.model)
        self.count_label.setText(self.tr("客户 {count} 个").format(count=len(rows)))
        self.select_customer(selected)

    def report_table(self) -> ReportTable | None:
        return self._table

    # -- rows -------------------------------------------------------------------------
    def selected_customer(self) -> int | None:
        """The customer of the selected row (None: none, or the totals row)."""
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(KEY_ROLE) if rows else None

    def select_customer(self, customer_id: int | None) -> None:
        """Select that customer's row, if listed (kept across reloads)."""
        if customer_id is None or customer_id not in self.model.keys:
            return
        index = self.model.index(self.model.keys.index(customer_id), 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)

    def _update_actions(self) -> None:
        chosen = self.selected_customer() is not None
        for action in self.row_actions:
            action.setEnabled(chosen)

    def _for_selected(self, act) -> None:
        customer_id = self.selected_customer()
        if customer_id is not None:
            act(customer_id)
