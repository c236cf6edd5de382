"""The day's priority list view: ranked rows with their reasons in words, the row's actions
(follow-up, promise, collection record) from buttons, the context menu and a double-click,
the filters, the table handed to export."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import QItemSelectionModel

from services.collection.promises import PromiseInput, record_promise
from services.reports import priority
from tests.factories import make_contract, make_customer
from ui import priority_view
from ui.priority_view import PriorityView
from ui.report_view import VALUE_ROLE, ReportActions


class Calls:
    def __init__(self) -> None:
        self.made: list[tuple[str, int]] = []

    def actions(self) -> ReportActions:
        return ReportActions(*(lambda cid, name=name: self.made.append((name, cid))
                               for name in ("record", "contract", "follow_up", "promise")))


@pytest.fixture
def data(ctx):
    """A01 (王丽, D) owes 20,000 due 2026-08-01, 115 days late on 11-24; B02 (李娜, B) owes
    1,000 due 11-20 and promised 500 for today; C03 owes only what is not due yet."""
    a = make_customer(ctx, "A01", "甲公司", salesperson="王丽", credit_rating="D")
    b = make_customer(ctx, "B02", "乙公司", salesperson="李娜", credit_rating="B")
    c = make_customer(ctx, "C03", "丙公司", salesperson="王丽", credit_rating="A")
    make_contract(ctx, a, lines=[("1", "20000")], signed_on="2026-07-01",
                  installments=[("2026-08-01", "20000")])
    make_contract(ctx, b, lines=[("1", "1000")], signed_on="2026-10-01",
                  installments=[("2026-11-20", "1000")])
    make_contract(ctx, c, lines=[("1", "3000")], signed_on="2026-11-01",
                  installments=[("2026-12-31", "3000")])
    record_promise(ctx.uow(), b, PromiseInput(promised_on="2026-11-24", amount="500",
                                              made_on="2026-11-21"))
    return {"A01": a, "B02": b, "C03": c}


@pytest.fixture
def view(ctx, data, qtbot):
    calls = Calls()
    widget = PriorityView(ctx, calls.actions())
    widget.calls = calls
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: widget.report_table() is not None and not widget.is_busy())
    return widget


def codes(view) -> list[str]:
    return [row[1] for row in view.model.rows]


def select_row(view, row: int) -> None:
    view.table.selectionModel().setCurrentIndex(
        view.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
        | QItemSelectionModel.SelectionFlag.Rows)


def test_rows_are_ranked_with_their_reasons_in_words(view, qtmodeltester):
    assert view.view_title() == "今日优先"
    assert codes(view) == ["A01", "B02"]  # C03 owes nothing overdue: not listed
    model = view.model
    assert [c.title for c in model.columns] == list(priority.TITLES)
    assert model.index(0, priority_view.REASONS).data() == "逾期 ¥20,000.00，最长 115 天；评级 D"
    assert model.index(1, priority_view.REASONS).data() == "逾期 ¥1,000.00，最长 4 天；今日承诺回款 ¥500.00"
    assert model.index(0, priority_view.MAX_DAYS).data(VALUE_ROLE) == 115
    totals = model.rowCount() - 1
    assert model.index(totals, 1).data() == "合计"
    assert model.index(totals, priority_view.OVERDUE).data(VALUE_ROLE) == Decimal("21000.00")
    assert view.count_label.text() == "客户 2 个"
    qtmodeltester.check(model)


def test_the_ui_words_are_the_services_words():
    assert priority_view.REASON_WORDS == priority.REASON_WORDS


def test_row_actions_need_a_customer_row(view, data):
    assert view.table.actions() == list(view.row_actions)   # the context menu
    assert not any(action.isEnabled() for action in view.row_actions)
    select_row(view, 1)
    assert all(action.isEnabled() for action in view.row_actions)
    for button in view.buttons:
        button.click()
    assert view.calls.made == [("follow_up", data["B02"]), ("promise", data["B02"]),
                               ("record", data["B02"])]
    select_row(view, view.model.rowCount() - 1)  # the totals row is nobody
    assert not any(action.isEnabled() for action in view.row_actions)


def test_double_click_opens_the_record(view, data):
    select_row(view, 0)
    view.table.doubleClicked.emit(view.model.index(0, 2))
    assert view.calls.made == [("record", data["A01"])]


def test_salesperson_filter_and_a_past_day(view, qtbot):
    view.set_filters(dt.date(2026, 11, 24), "王丽")
    qtbot.waitUntil(lambda: not view.is_busy() and codes(view) == ["A01"])
    assert view.report_table().about == ("截至 2026年11月24日", "业务员：王丽")
    view.set_filters(dt.date(2026, 10, 1), "")
    qtbot.waitUntil(lambda: not view.is_busy() and view.report_table().about[1] == "业务员：全部")
    assert codes(view) == ["A01"]  # B02 was not yet owed
    assert view.model.rows[0][priority_view.MAX_DAYS] == 61


def test_selection_is_kept_when_the_list_reloads(view, data, qtbot):
    select_row(view, 1)
    view.reload()
    qtbot.waitUntil(lambda: not view.is_busy())
    assert view.selected_customer() == data["B02"]


def test_report_table_is_what_is_shown(view):
    table = view.report_table()
    assert table.title == "今日优先"
    assert [row[1] for row in table.rows] == codes(view)
    assert table.rows[0][priority_view.SCORE] == view.model.rows[0][priority_view.SCORE]
    assert "得分 = 评级系数" in view.rules_text() and "D 1.6" in view.rules_text()


def test_the_reports_tab_shows_the_priority_view(ctx, data, window, qtbot):
    tab = window.reports_tab
    window.tabs.setCurrentWidget(tab)
    titles = [tab.pages.tabText(i) for i in range(tab.pages.count())]
    assert "今日优先" in titles
    tab.pages.setCurrentIndex(titles.index("今日优先"))
    view = tab.current_view()
    qtbot.waitUntil(lambda: view.report_table() is not None and not view.is_busy())
    assert codes(view) == ["A01", "B02"]


def test_red_cells_follow_their_rows_when_sorted(view):
    """A01 is 115 days late (red), B02 4 days: sorted by code descending, B02 comes first and
    its days stay black while A01's stay red."""
    from PySide6.QtCore import Qt

    from ui.report_view import WARN

    view.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert codes(view) == ["B02", "A01"]
    colour = Qt.ItemDataRole.ForegroundRole
    assert view.model.index(0, priority_view.MAX_DAYS).data(colour) is None
    assert view.model.index(1, priority_view.MAX_DAYS).data(colour) == WARN
