"""趋势 (trend): the 12 months ending with the as-of month — due, carried in, received, overdue
at month end and the average days late of the money received — as a table, and a chart of due
vs received bars with the overdue line. The rules stand under the table
(services.reports.trend).
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QSplitter, QVBoxLayout, QWidget

from services.reports import trend as trends
from services.reports.table import ReportTable
from services.reports.trend import TrendMonth
from ui import charts
from ui import formatting as fmt
from ui.report_view import ReportTableModel, ReportView, add_rules, fit_columns, report_table_view

MONTHS = 12


def rules_text() -> str:
    """services.reports.trend.TREND_RULES in the UI language, one rule a line."""
    return "\n".join(QCoreApplication.translate(trends.RULES_CONTEXT, line)
                     for line in trends.TREND_RULES)


class TrendView(ReportView):
    title = QT_TRANSLATE_NOOP("TrendView", "趋势")

    def __init__(self, ctx, actions, parent=None) -> None:
        super().__init__(ctx, actions, parent)
        self.setObjectName("trendView")
        self.model = ReportTableModel(self)
        self.table = report_table_view(self.model)
        self.table.setObjectName("trendTable")
        self.table.setSortingEnabled(False)  # months in their order
        self.chart_holder = QWidget()
        self.chart_layout = QVBoxLayout(self.chart_holder)
        self.chart_layout.setContentsMargins(0, 0, 0, 0)
        self.chart = None
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.chart_holder)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([330, 260])
        self.layout_.addWidget(self.splitter, 1)
        self.rules = add_rules(self.layout_, rules_text())
        self._months: list[TrendMonth] = []
        self._table: ReportTable | None = None

    # -- loading ----------------------------------------------------------------------
    def load(self, as_of: dt.date, salesperson: str) -> None:
        ctx = self.ctx
        self.compute(lambda: trends.trend(ctx.uow(), as_of, MONTHS, salesperson), self._loaded)

    def _loaded(self, months: list[TrendMonth]) -> None:
        self._months = months
        span = self.tr("{first} 至 {last}").format(first=fmt.month(months[0].month),
                                                   last=fmt.month(months[-1].month))
        person = (self.tr("业务员：{name}").format(name=self.salesperson) if self.salesperson
                  else self.tr("业务员：全部"))
        self._table = trends.trend_table(
            months, title=self.tr("回款趋势（近 {count} 个月）").format(count=len(months)),
            headers=[self.tr("月份"), self.tr("本月到期"), self.tr("逾期转入"),
                     self.tr("本月已回款"), self.tr("月末逾期"), self.tr("平均晚付天数")],
            about=[self.tr("月份：{span}").format(span=span), person],
            notes=rules_text().split("\n"), totals_label=self.tr("合计"))
        self.model.set_table(self._table, [m.month for m in months])
        fit_columns(self.table, self.model)
        self._draw()

    def _draw(self) -> None:
        months = self._months
        view = charts.bars_and_line(
            [fmt.month(m.month) for m in months],
            [(self.tr("本月到期"), [m.due for m in months]),
             (self.tr("本月已回款"), [m.received for m in months])],
            (self.tr("月末逾期"), [m.overdue_at_end for m in months]),
            self.tr("到期与回款"))
        self.chart = charts.replace_chart(self.chart_layout, self.chart, view)

    def report_table(self) -> ReportTable | None:
        return self._table
