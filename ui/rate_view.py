"""回款率 (collection rate): per salesperson for one month (due, carried in, received, rate,
overdue at month end, customers overdue) with the totals, or the last 12 months side by side
for one figure. The rules of the figures stand under the table (services.reports.rate).

The month follows the tab's as-of day until the user picks another one.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QLabel

from services.reports import rate
from services.reports.rate import RateMonth, RateReport
from services.reports.table import ReportTable
from ui import formatting as fmt
from ui.report_view import ReportTableModel, ReportView, add_rules, fit_columns, report_table_view

HISTORY_MONTHS = 12
# The 12-month view's figures, in the order offered (keys of rate.HISTORY_FIGURES).
FIGURES = (("rate", QT_TRANSLATE_NOOP("RateView", "回款率")),
           ("received", QT_TRANSLATE_NOOP("RateView", "本月已回款")),
           ("to_collect", QT_TRANSLATE_NOOP("RateView", "应收合计")),
           ("overdue_at_end", QT_TRANSLATE_NOOP("RateView", "月末逾期")))


def rules_text() -> str:
    """services.reports.rate.RATE_RULES in the UI language, one rule a line."""
    return "\n".join(QCoreApplication.translate(rate.RULES_CONTEXT, line)
                     for line in rate.RATE_RULES)


class RateView(ReportView):
    title = QT_TRANSLATE_NOOP("RateView", "回款率")

    def __init__(self, ctx, actions, parent=None) -> None:
        super().__init__(ctx, actions, parent)
        self.setObjectName("rateView")
        today = ctx.clock.today()
        self.month = QDateEdit()
        self.month.setObjectName("rateMonth")
        self.month.setDisplayFormat("yyyy-MM")
        self.month.setCalendarPopup(True)
        self.month.setMaximumDate(QDate(today.year, today.month, 1).addMonths(1).addDays(-1))
        self.month.setDate(QDate(today.year, today.month, 1))
        self.history = QCheckBox(self.tr("近 12 个月"))
        self.history.setObjectName("rateHistory")
        self.history.setToolTip(self.tr("按业务员列出截至所选月份的 12 个月，每月一列"))
        self.figure = QComboBox()
        self.figure.setObjectName("rateFigure")
        for key, words in FIGURES:
            self.figure.addItem(self.tr(words), key)
        self.figure.setEnabled(False)
        self.controls.addWidget(QLabel(self.tr("月份")))
        self.controls.addWidget(self.month)
        self.controls.addWidget(self.history)
        self.controls.addWidget(self.figure)
        self.controls.addStretch(1)
        self.model = ReportTableModel(self)
        self.table = report_table_view(self.model)
        self.table.setObjectName("rateTable")
        self.layout_.addWidget(self.table, 1)
        self.rules = add_rules(self.layout_, rules_text())
        self._table: ReportTable | None = None
        self._result: RateReport | list[RateMonth] | None = None
        self._as_of_month: dt.date | None = None  # the as-of month the picker last followed
        self.month.dateChanged.connect(lambda _d: self.reload())
        self.history.toggled.connect(self._history_toggled)
        self.figure.currentIndexChanged.connect(lambda _i: self._show())

    def selected_month(self) -> dt.date:
        return self.month.date().toPython().replace(day=1)

    def _history_toggled(self, on: bool) -> None:
        self.figure.setEnabled(on)
        self.reload()

    # -- loading ----------------------------------------------------------------------
    def load(self, as_of: dt.date, salesperson: str) -> None:
        if as_of.replace(day=1) != self._as_of_month:  # a new as-of day: show its month
            self._as_of_month = as_of.replace(day=1)
            self.month.blockSignals(True)
            self.month.setDate(QDate(as_of.year, as_of.month, 1))
            self.month.blockSignals(False)
        ctx, month = self.ctx, self.selected_month()
        if self.history.isChecked():
            self.compute(lambda: rate.rate_history(ctx.uow(), month, HISTORY_MONTHS,
                                                   salesperson), self._loaded)
        else:
            self.compute(lambda: rate.collection_rate(ctx.uow(), month, salesperson),
                         self._loaded)

    def _loaded(self, result) -> None:
        self._result = result
        self._show()

    def _person(self) -> str:
        return (self.tr("业务员：{name}").format(name=self.salesperson) if self.salesperson
                else self.tr("业务员：全部"))

    def _show(self) -> None:
        result = self._result
        if result is None:
            return
        notes = rules_text().split("\n")
        if isinstance(result, RateReport):
            self._table = rate.rate_table(
                result, title=self.tr("回款率 {month}").format(month=fmt.month(result.month)),
                headers=[self.tr("业务员"), self.tr("本月到期"), self.tr("逾期转入"),
                         self.tr("应收合计"), self.tr("本月已回款"), self.tr("回款率"),
                         self.tr("月末逾期"), self.tr("逾期客户数")],
                about=[self.tr("月份：{month}").format(month=fmt.month(result.month)),
                       self._person(),
                       self.tr("月末逾期计至 {day}").format(day=fmt.day(result.overdue_on))],
                notes=notes, unassigned=self.tr("未分配"), totals_label=self.tr("合计"))
        elif result:
            figure = self.figure.currentData()
            words = self.figure.currentText()
            span = self.tr("{first} 至 {last}").format(first=fmt.month(result[0].month),
                                                       last=fmt.month(result[-1].month))
            self._table = rate.history_table(
                result, figure, title=self.tr("{figure}（近 {count} 个月）").format(
                    figure=words, count=len(result)),
                first_header=self.tr("业务员"),
                about=[self.tr("月份：{span}").format(span=span), self._person(),
                       self.tr("数字：{figure}").format(figure=words)],
                notes=notes, unassigned=self.tr("未分配"), totals_label=self.tr("合计"),
                figure_title=words)
        else:
            return
        self.model.set_table(self._table)
        fit_columns(self.table, self.model)

    def report_table(self) -> ReportTable | None:
        return self._table
