"""Charts beside the report tables, drawn with Qt Charts (PySide6.QtCharts).

Why Qt Charts rather than pyqtgraph (measured on this machine, 2026-12-01): QtCharts imports in
3–13 ms and adds 3.3 MB (libQt6Charts 2.3 MB + its binding 1.0 MB) from PySide6-Addons, a wheel
the app already ships for QtPdf; pyqtgraph imports in 410–450 ms and brings numpy (73 MB
installed) plus itself (9.6 MB). This module is imported only when the Reports tab is first
opened, so the start of the app does not pay for it.

Amounts arrive as Decimal yuan and are drawn in 万元 (ten thousands) when large, so the axis
reads "12.5" rather than "125000.00"; the axis title says which.
"""
from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalStackedBarSeries,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QFont, QPainter

# The aging buckets from fresh to old: green, then yellow to deep red.
AGE_COLORS = ("#4caf50", "#fdd835", "#fb8c00", "#f4511e", "#e53935", "#b71c1c", "#6d0f0f")
DUE_COLOR, RECEIVED_COLOR, OVERDUE_COLOR = "#90a4ae", "#1e88e5", "#e53935"
TEN_THOUSAND = Decimal(10000)
WAN_YUAN = QT_TRANSLATE_NOOP("Charts", "万元")
YUAN = QT_TRANSLATE_NOOP("Charts", "元")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Charts", text)


def scale(values: Sequence[Decimal]) -> tuple[Decimal, str]:
    """The divisor and axis unit for amounts: 万元 when the largest is 100,000 or more."""
    largest = max((abs(v) for v in values), default=Decimal(0))
    if largest >= 10 * TEN_THOUSAND:
        return TEN_THOUSAND, _tr(WAN_YUAN)
    return Decimal(1), _tr(YUAN)


def color(index: int, palette: Sequence[str] = AGE_COLORS) -> QColor:
    return QColor(palette[min(index, len(palette) - 1)])


def _small_fonts(chart: QChart) -> None:
    """Axis labels a point smaller than the window's text, so category names and amounts fit
    (Qt Charts elides a label to "…" rather than shrink it)."""
    font = QFont(chart.font())
    size = font.pointSizeF() if font.pointSizeF() > 0 else 9.0
    font.setPointSizeF(max(7.5, size - 1))
    for axis in chart.axes():
        axis.setLabelsFont(font)
        axis.setTitleFont(font)
    chart.legend().setFont(font)
    title = QFont(font)
    title.setBold(True)
    chart.setTitleFont(title)


def _view(chart: QChart, legend=Qt.AlignmentFlag.AlignBottom) -> QChartView:
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setAlignment(legend)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    _small_fonts(chart)
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(180)
    return view


def _value_axis(top: float, unit: str) -> QValueAxis:
    axis = QValueAxis()
    axis.setRange(0, top * 1.08 if top > 0 else 1)
    axis.setLabelFormat("%.0f" if top >= 10 else "%.1f")
    axis.setTitleText(unit)
    axis.applyNiceNumbers()
    return axis


def stacked_bars(categories: Sequence[str], stacks: Sequence[tuple[str, Sequence[Decimal]]],
                 title: str = "", palette: Sequence[str] = AGE_COLORS,
                 horizontal: bool = False) -> QChartView:
    """One bar per category (a salesperson, 合计), stacked by `stacks` (name, one amount per
    category), coloured fresh to old. Negative amounts (credit) are drawn as 0. Horizontal bars
    (categories down the left) suit a wide, low strip under a table."""
    chart = QChart()
    chart.setTitle(title)
    every = [v for _name, values in stacks for v in values]
    divisor, unit = scale([sum((values[i] for _n, values in stacks), Decimal(0))
                           for i in range(len(categories))] or every)
    if horizontal:  # Qt draws the first category at the bottom: keep the reading order
        categories = list(reversed(categories))
        stacks = [(name, list(reversed(values))) for name, values in stacks]
    series = QHorizontalStackedBarSeries() if horizontal else QStackedBarSeries()
    for index, (name, values) in enumerate(stacks):
        bar = QBarSet(name)
        bar.setColor(color(index, palette))
        bar.setBorderColor(color(index, palette))
        for value in values:
            bar.append(float(max(Decimal(0), value) / divisor))
        series.append(bar)
    chart.addSeries(series)
    names = QBarCategoryAxis()
    names.append(list(categories))
    names.setTruncateLabels(False)  # a salesperson's name whole, even where bands are low
    tops = [sum((max(Decimal(0), values[i]) for _n, values in stacks), Decimal(0)) / divisor
            for i in range(len(categories))]
    amounts = _value_axis(float(max(tops, default=0)), unit)
    if horizontal:
        chart.addAxis(names, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(amounts, Qt.AlignmentFlag.AlignBottom)
    else:
        chart.addAxis(names, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(amounts, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(names)
    series.attachAxis(amounts)
    return _view(chart)


def bars_and_line(categories: Sequence[str], bars: Sequence[tuple[str, Sequence[Decimal]]],
                  line: tuple[str, Sequence[Decimal]], title: str = "",
                  bar_colors: Sequence[str] = (DUE_COLOR, RECEIVED_COLOR),
                  line_color: str = OVERDUE_COLOR) -> QChartView:
    """Grouped bars per category (e.g. per month: due, received) with a line over them (the
    overdue at month end), on one amount axis."""
    chart = QChart()
    chart.setTitle(title)
    every = [v for _n, values in bars for v in values] + list(line[1])
    divisor, unit = scale(every)
    series = QBarSeries()
    for index, (name, values) in enumerate(bars):
        bar = QBarSet(name)
        bar.setColor(QColor(bar_colors[index % len(bar_colors)]))
        for value in values:
            bar.append(float(value / divisor))
        series.append(bar)
    chart.addSeries(series)
    trend = QLineSeries()
    trend.setName(line[0])
    pen = trend.pen()
    pen.setColor(QColor(line_color))
    pen.setWidth(3)
    trend.setPen(pen)
    trend.setPointsVisible(True)
    for index, value in enumerate(line[1]):
        trend.append(QPointF(index, float(value / divisor)))
    chart.addSeries(trend)
    x = QBarCategoryAxis()
    x.append(list(categories))
    x.setTruncateLabels(False)
    chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(x)
    trend.attachAxis(x)
    y = _value_axis(float(max((v / divisor for v in every), default=0)), unit)
    chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(y)
    trend.attachAxis(y)
    return _view(chart)


def replace_chart(holder, old: QChartView | None, new: QChartView) -> QChartView:
    """Put `new` where `old` was in `holder` (a layout), deleting the old one."""
    if old is not None:
        holder.replaceWidget(old, new)
        old.deleteLater()
    else:
        holder.addWidget(new)
    return new
