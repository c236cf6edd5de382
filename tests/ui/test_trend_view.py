"""The trend view (12 months: table and the due/received bars with the overdue line) and the
customer's payment habit in the customer dialog, computed off the UI thread."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from services.reports import trend as trends
from tests.reports.test_rate import month_book  # noqa: F401 - the fixture
from tests.ui.test_priority_view import Calls
from ui.report_view import VALUE_ROLE
from ui.trend_view import TrendView

Y = Decimal
pytestmark = pytest.mark.usefixtures("month_book")


@pytest.fixture
def view(ctx, qtbot):
    widget = TrendView(ctx, Calls().actions())
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: widget.report_table() is not None and not widget.is_busy())
    return widget


def test_twelve_months_ending_with_the_as_of_month(view, qtmodeltester):
    assert view.view_title() == "趋势"
    model = view.model
    assert len(model.rows) == 12
    assert [model.rows[0][0], model.rows[-1][0]] == ["2025-12", "2026-11"]
    october = model.rows[-2]
    assert october[1:] == [Y("14000.00"), Y("5800.00"), Y("12800.00"), Y("7500.00"), Y("12.5")]
    assert model.index(10, 5).data() == "12.5"
    assert model.index(0, 5).data(VALUE_ROLE) is None  # nothing received then
    assert model.index(model.rowCount() - 1, 0).data() == "合计"
    assert view.chart is not None
    assert view.rules.text().startswith("本月到期、逾期转入")
    table = view.report_table()
    assert table.title == "回款趋势（近 12 个月）" and table.notes == trends.TREND_RULES
    qtmodeltester.check(model)


def test_salesperson_and_an_earlier_as_of_day(view, qtbot):
    first_chart = view.chart
    view.set_filters(dt.date(2026, 10, 5), "李娜")
    qtbot.waitUntil(lambda: not view.is_busy() and view.model.rows[-1][0] == "2026-10")
    assert view.model.rows[-1][1:] == [Y("8000.00"), Y("0.00"), Y("3000.00"), Y("4500.00"),
                                       Y("11.5")]
    assert "业务员：李娜" in view.report_table().about
    assert view.chart is not first_chart


def test_customer_dialog_shows_the_payment_habit(ctx, qtbot, request):
    from ui.customer_dialog import CustomerDialog

    book = request.getfixturevalue("month_book")
    dialog = CustomerDialog(ctx, book["a"])
    qtbot.addWidget(dialog)
    # A01: 9.7 days late on average over the last 12 months (test_trend works it out).
    qtbot.waitUntil(lambda: "9.7" in dialog.habit.text())
    assert dialog.habit.text() == "付款习惯：平均晚付 9.7 天（近 12 个月 3 笔回款，¥8,000.00）"
    other = CustomerDialog(ctx, book["e"])  # money came, nothing applied
    qtbot.addWidget(other)
    qtbot.waitUntil(lambda: other.habit.text() != "付款习惯：计算中…")
    assert other.habit.text() == "付款习惯：近 12 个月没有已核销的回款"
    new = CustomerDialog(ctx)
    qtbot.addWidget(new)
    assert new.habit.isHidden()
