"""The collection rate view: one month per salesperson with totals and the rules under it,
the month picker following the as-of day, the 12-month view, the table handed to export."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate

from services.reports import rate
from tests.reports.test_rate import month_book  # noqa: F401 - the fixture
from tests.ui.test_priority_view import Calls
from ui.rate_view import RateView
from ui.report_view import VALUE_ROLE

Y = Decimal


@pytest.fixture
def view(ctx, qtbot, request):
    request.getfixturevalue("month_book")  # test_rate's October, worked out by hand
    widget = RateView(ctx, Calls().actions())
    qtbot.addWidget(widget)
    widget.set_filters(dt.date(2026, 10, 20), "")
    widget.show()
    qtbot.waitUntil(lambda: widget.report_table() is not None and not widget.is_busy())
    return widget


def wait_for(view, qtbot, check) -> None:
    qtbot.waitUntil(lambda: not view.is_busy() and view.report_table() is not None
                    and check(view.report_table()))


def test_a_month_per_salesperson_with_totals_and_rules(view, qtmodeltester):
    assert view.view_title() == "回款率"
    assert view.selected_month() == dt.date(2026, 10, 1)  # the as-of month
    model = view.model
    assert [row[0] for row in model.rows] == ["张伟", "李娜", "王芳", "未分配"]
    assert model.rows[0][1:] == [Y("5000.00"), Y("5000.00"), Y("10000.00"), Y("7000.00"),
                                 Y("0.7000"), Y("3000.00"), 1]
    assert model.index(0, 5).data() == "70.0%"
    assert model.index(2, 5).data() == "200.0%"  # an advance: above 100 %
    totals = model.rowCount() - 1
    assert model.index(totals, 0).data() == "合计"
    assert model.index(totals, 5).data(VALUE_ROLE) == Y("0.6465")
    assert view.rules.text().startswith("本月到期：月初仍欠")
    assert view.rules.text().count("\n") == len(rate.RATE_RULES) - 1
    table = view.report_table()
    assert table.title == "回款率 2026-10"
    assert table.notes == rate.RATE_RULES
    assert "月末逾期计至 2026年10月31日" in table.about
    qtmodeltester.check(model)


def test_picking_a_month_and_a_new_as_of_day(view, qtbot):
    view.month.setDate(QDate(2026, 11, 1))
    wait_for(view, qtbot, lambda t: t.title == "回款率 2026-11")
    assert [row[0] for row in view.model.rows] == ["张伟", "李娜", "王芳"]
    assert view.model.rows[0][5] == Y("0.1000")
    view.set_filters(dt.date(2026, 9, 30), "李娜")  # the tab's as-of day and salesperson
    wait_for(view, qtbot, lambda t: t.title == "回款率 2026-09")
    assert view.selected_month() == dt.date(2026, 9, 1)
    assert {row[0] for row in view.model.rows} <= {"李娜"}
    assert "业务员：李娜" in view.report_table().about


def test_the_twelve_month_view_per_salesperson(view, qtbot):
    view.history.setChecked(True)
    wait_for(view, qtbot, lambda t: len(t.columns) == 13)
    table = view.report_table()
    assert [c.title for c in table.columns][-2:] == ["2026-09", "2026-10"]
    rows = {row[0]: row for row in view.model.rows}
    assert rows["张伟"][-1] == Y("0.7000")
    assert view.model.rows[-1] is not None and table.totals[-1] == Y("0.6465")
    view.figure.setCurrentIndex(view.figure.findData("received"))
    wait_for(view, qtbot, lambda t: t.title.startswith("本月已回款"))
    assert {row[0]: row for row in view.model.rows}["李娜"][-1] == Y("3000.00")
    view.history.setChecked(False)
    wait_for(view, qtbot, lambda t: t.title == "回款率 2026-10")
    assert not view.figure.isEnabled()
