"""The plan tab asks the database only when shown, refreshes only while on screen, filters by
customer (Ctrl+F; code, name or 拼音), sorts in its own model and sizes its columns so names
are read whole."""
from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from services.collection import plan
from services.ledger import customers
from tests.factories import customer_input, make_contract, make_customer
from ui.events import CONTRACTS, CUSTOMERS, PAYMENTS, DataEvents
from ui.plan_model import NAME_COLUMN, TARGET_COLUMN
from ui.plan_tab import PlanTab

LONG_NAME = "内蒙古自治区呼和浩特市赛罕区金桥开发区医药连锁有限公司"


@pytest.fixture
def book(ctx):
    ids = {}
    for code, name in (("A01", "北京九州诊所"), ("B02", "Harbour Clinic"), ("C03", LONG_NAME)):
        ids[code] = make_customer(ctx, code, name)
        make_contract(ctx, ids[code], lines=[("1", "1000")], signed_on="2026-10-01",
                      installments=[("2026-11-20", "1000")])
    return ids


@pytest.fixture
def asked(ctx, monkeypatch):
    """Counts the plan's queries."""
    calls = []
    real = plan.plan_rows

    def counting(*args, **kwargs):
        calls.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(plan, "plan_rows", counting)
    return calls


def make_tab(qtbot, ctx, events=None) -> PlanTab:
    tab = PlanTab(ctx, events or DataEvents(), lambda _customer: None)
    qtbot.addWidget(tab)
    tab.resize(1366, 600)
    return tab


def active(qtbot, tab) -> PlanTab:
    tab.show()
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    return tab


def shown_codes(tab) -> list[str]:
    return [tab.proxy.index(r, 0).data() for r in range(tab.proxy.rowCount())]


def test_the_plan_is_not_asked_for_until_the_tab_is_shown(qtbot, ctx, book, asked):
    tab = make_tab(qtbot, ctx)
    assert asked == [] and tab.model.rowCount() == 0
    tab.show()
    assert len(asked) == 1
    assert shown_codes(tab) == ["A01", "B02", "C03"]


def test_a_change_elsewhere_reloads_only_a_visible_plan(qtbot, ctx, book, asked):
    events = DataEvents()
    tab = make_tab(qtbot, ctx, events)
    events.announce(CONTRACTS)  # hidden, never shown: nothing asked
    assert asked == []
    tab.show()
    events.announce(PAYMENTS)
    assert len(asked) == 2  # first showing, then the change while on screen
    tab.hide()
    make_customer(ctx, "D04", "丁公司")
    plan.set_target(ctx.uow(), book["A01"], tab.selected_month(), "10")
    events.announce(PAYMENTS)
    assert len(asked) == 2  # hidden: marked stale
    tab.show()
    assert len(asked) == 3
    assert tab.model.rows[0].target == Decimal("10.00")


def test_picking_a_month_while_hidden_waits_for_the_showing(qtbot, ctx, book, asked):
    tab = make_tab(qtbot, ctx)
    tab.show_month(tab.selected_month().replace(month=12))
    assert asked == []
    tab.show()
    assert len(asked) == 1 and tab.model.month.month == 12


def test_ctrl_f_goes_to_the_customer_filter_which_narrows_rows_and_totals(qtbot, ctx, book):
    tab = active(qtbot, make_tab(qtbot, ctx))
    tab.focus_filter()
    assert tab.customer_filter.hasFocus()
    qtbot.keyClicks(tab.customer_filter, "harb")  # the name, case ignored
    assert shown_codes(tab) == ["B02"]
    assert "合计（1 个客户）" in tab.totals.text()
    tab.customer_filter.setText("c03")  # the code
    assert shown_codes(tab) == ["C03"]
    tab.customer_filter.setText("九州")
    assert shown_codes(tab) == ["A01"]
    tab.customer_filter.clear()
    assert shown_codes(tab) == ["A01", "B02", "C03"]
    assert "合计（3 个客户）" in tab.totals.text()


@pytest.mark.parametrize("typed", ["bjjz", "BeiJingJiuZhou", "jiuzhou", "bj jz"])
def test_the_customer_filter_finds_a_name_by_its_pinyin(qtbot, ctx, book, typed):
    tab = make_tab(qtbot, ctx)
    tab.show()
    tab.customer_filter.setText(typed)
    assert shown_codes(tab) == ["A01"]


def test_a_renamed_customer_is_found_by_its_new_pinyin_after_the_change(qtbot, ctx, book):
    events = DataEvents()
    tab = make_tab(qtbot, ctx, events)
    tab.show()
    tab.customer_filter.setText("shjz")
    assert shown_codes(tab) == []
    customers.update_customer(ctx.uow(), book["A01"], customer_input("A01", "上海九州诊所"))
    events.announce(CUSTOMERS)
    assert shown_codes(tab) == ["A01"]


def test_enter_or_down_in_the_customer_filter_goes_to_the_first_row(qtbot, ctx, book):
    tab = active(qtbot, make_tab(qtbot, ctx))
    tab.focus_filter()
    qtbot.keyClicks(tab.customer_filter, "B02")
    qtbot.keyClick(tab.customer_filter, Qt.Key.Key_Down)
    assert tab.table.hasFocus()
    assert tab.proxy.index(tab.table.currentIndex().row(), 0).data() == "B02"
    tab.focus_filter()
    tab.customer_filter.clear()
    qtbot.keyClick(tab.customer_filter, Qt.Key.Key_Return)
    assert tab.table.hasFocus()


def test_a_filtered_sorted_plan_edits_the_right_customers_target(qtbot, ctx, book):
    tab = make_tab(qtbot, ctx)
    tab.show()
    tab.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert shown_codes(tab) == ["C03", "B02", "A01"]
    tab.customer_filter.setText("0")  # every code: the sort order holds under the filter
    assert shown_codes(tab) == ["C03", "B02", "A01"]
    assert tab.proxy.setData(tab.proxy.index(1, TARGET_COLUMN), "250")
    assert {r.customer_code: r.target for r in tab.model.all_rows}["B02"] == Decimal("250.00")
    tab.reload()
    assert shown_codes(tab) == ["C03", "B02", "A01"]  # still sorted after a reload


def test_customer_names_are_read_whole_even_in_a_narrow_window(qtbot, ctx, book):
    tab = make_tab(qtbot, ctx)
    tab.resize(900, 500)  # every money column still fits; the table scrolls sideways
    tab.show()
    qtbot.waitExposed(tab)
    metrics = tab.table.fontMetrics()
    width = tab.table.horizontalHeader().sectionSize(NAME_COLUMN)
    assert width > metrics.horizontalAdvance(LONG_NAME)
    for column in range(NAME_COLUMN + 1, tab.model.columnCount()):
        for row in range(tab.proxy.rowCount()):
            text = tab.proxy.index(row, column).data() or ""
            assert tab.table.horizontalHeader().sectionSize(column) > \
                metrics.horizontalAdvance(text)


def test_the_customer_column_takes_the_room_left_in_a_wide_window(qtbot, ctx, book):
    tab = make_tab(qtbot, ctx)
    tab.resize(2400, 600)
    tab.show()
    qtbot.waitExposed(tab)
    header = tab.table.horizontalHeader()
    assert header.length() >= tab.table.viewport().width() - 1


def test_sort_and_filter_keep_the_model_sound(qtmodeltester, qtbot, ctx, book):
    tab = make_tab(qtbot, ctx)
    tab.show()
    tab.table.sortByColumn(NAME_COLUMN, Qt.SortOrder.DescendingOrder)
    tab.customer_filter.setText("a")
    qtmodeltester.check(tab.model)
    qtmodeltester.check(tab.proxy)

