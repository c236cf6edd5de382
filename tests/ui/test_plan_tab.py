"""The plan tab: promised, gap and still to collect; targets for the month; Excel; the record."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QAbstractItemView, QFileDialog, QMessageBox

from services.collection import plan, promises
from services.collection.promises import PromiseInput
from tests.factories import make_contract, make_customer, pay
from ui.events import PLAN, PROMISES
from ui.lazy_model import WARN
from ui.plan_model import GAP_COLUMN, PROMISED_COLUMN, STILL_COLUMN, TARGET_COLUMN

NOVEMBER = dt.date(2026, 11, 1)


def promise(ctx, customer_id, amount, on, replaces=None) -> int:
    return promises.record_promise(ctx.uow(), customer_id, PromiseInput(
        promised_on=on, amount=amount, made_on="2026-11-01", replaces_id=replaces))


@pytest.fixture
def tab(ctx, window):
    """Two customers with money due in November 2026 (the tests' today is 2026-11-24)."""
    a = make_customer(ctx, "A01", "甲公司", salesperson="张伟")
    b = make_customer(ctx, "B02", "乙公司", salesperson="李娜")
    make_contract(ctx, a, lines=[("1", "1000")], signed_on="2026-08-01",
                  installments=[("2026-10-01", "300"), ("2026-11-15", "700")])
    make_contract(ctx, b, lines=[("1", "2000")], signed_on="2026-11-02",
                  installments=[("2026-11-28", "2000")])
    pay(ctx, a, "100", received_on="2026-11-10")
    promise(ctx, a, "500", "2026-11-26", replaces=promise(ctx, a, "900", "2026-11-20"))
    plan.set_target(ctx.uow(), a, NOVEMBER, "800")
    window.events.announce(PLAN, "test")
    tab = window.plan_tab
    window.tabs.setCurrentWidget(tab)  # on screen, so clicks land on its table
    tab.ids = {"a": a, "b": b}
    assert tab.month.date() == QDate(2026, 11, 1)
    return tab


def cell(tab, row: int, column: int, role=Qt.ItemDataRole.DisplayRole):
    return tab.proxy.index(row, column).data(role)


def row_texts(tab, row: int) -> list[str]:
    return [cell(tab, row, c) for c in range(tab.proxy.columnCount())]


def test_new_columns_show_promised_gap_and_still_to_collect(tab):
    headers = [tab.proxy.headerData(c, Qt.Orientation.Horizontal)
               for c in range(tab.proxy.columnCount())]
    assert headers == ["编码", "客户", "业务员", "本月到期", "逾期转入", "承诺回款", "本月已回款",
                       "本月目标", "目标差距", "尚需回款"]
    # gap = 800 target − 100 received − 500 promised and still pending
    assert row_texts(tab, 0) == ["A01", "甲公司", "张伟", "¥700.00", "¥300.00", "¥500.00",
                                 "¥100.00", "¥800.00", "¥200.00", "¥700.00"]
    assert row_texts(tab, 1)[PROMISED_COLUMN:] == ["¥0.00", "¥0.00", "", "", ""]
    assert cell(tab, 0, GAP_COLUMN, Qt.ItemDataRole.ForegroundRole) == WARN  # still short
    assert cell(tab, 0, STILL_COLUMN, Qt.ItemDataRole.ForegroundRole) is None
    text = tab.totals.text()
    for part in ("承诺回款 ¥500.00", "本月目标 ¥800.00", "目标差距 ¥200.00", "尚需回款 ¥700.00"):
        assert part in text


def test_a_gap_covered_by_promises_is_not_red_and_never_below_zero(tab):
    assert tab.model.setData(tab.model.index(0, TARGET_COLUMN), "400")   # 100 + 500 pending
    assert cell(tab, 0, GAP_COLUMN) == "¥0.00"
    assert cell(tab, 0, GAP_COLUMN, Qt.ItemDataRole.ForegroundRole) is None
    plan.set_target(tab.ctx.uow(), tab.ids["b"], NOVEMBER, "50")        # promised 0: gap 50
    tab.reload()
    tab.table.sortByColumn(GAP_COLUMN, Qt.SortOrder.AscendingOrder)
    assert [cell(tab, r, 0) for r in range(2)] == ["A01", "B02"]
    plan.set_target(tab.ctx.uow(), tab.ids["b"], NOVEMBER, "")          # no target: lowest
    tab.reload()
    assert [cell(tab, r, 0) for r in range(2)] == ["B02", "A01"]


def test_targets_from_amounts_due_fill_the_table_and_totals(qtbot, tab):
    qtbot.mouseClick(tab.due_button, Qt.MouseButton.LeftButton)
    assert tab.notice.text() == "已设置 1 个客户的目标"
    # a keeps its 800; b: 2000 due in November.
    assert [cell(tab, r, TARGET_COLUMN) for r in range(2)] == ["¥800.00", "¥2,000.00"]
    assert cell(tab, 1, GAP_COLUMN) == "¥2,000.00"
    assert "本月目标 ¥2,800.00" in tab.totals.text()
    assert "尚需回款 ¥2,700.00" in tab.totals.text()
    qtbot.mouseClick(tab.due_button, Qt.MouseButton.LeftButton)
    assert tab.notice.text().startswith("没有需要设置目标的客户")


def test_copy_last_months_targets(qtbot, tab):
    tab.month.setDate(QDate(2026, 12, 1))
    assert tab.notice.text() == ""
    plan.set_target(tab.ctx.uow(), tab.ids["b"], dt.date(2026, 12, 1), "5")
    tab.reload()
    qtbot.mouseClick(tab.copy_button, Qt.MouseButton.LeftButton)
    assert tab.notice.text() == "已设置 1 个客户的目标"
    targets = {r.customer_code: r.target for r in tab.model.rows}
    assert targets == {"A01": Decimal("800.00"), "B02": Decimal("5.00")}


def test_bulk_targets_follow_the_salesperson_filter(qtbot, tab):
    plan.set_target(tab.ctx.uow(), tab.ids["a"], NOVEMBER, "")
    tab.salesperson.setCurrentIndex(tab.salesperson.findData("张伟"))
    assert [r.customer_code for r in tab.model.rows] == ["A01"]
    qtbot.mouseClick(tab.due_button, Qt.MouseButton.LeftButton)
    assert tab.model.rows[0].target == Decimal("1000.00")  # 700 due + 300 carried in
    tab.salesperson.setCurrentIndex(0)
    assert [r.target for r in tab.model.rows] == [Decimal("1000.00"), None]


def test_export_writes_the_view_to_xlsx_in_the_background(qtbot, tab, tmp_path, monkeypatch):
    openpyxl = pytest.importorskip("openpyxl")
    asked = []

    def save_name(parent, caption, default, filters):
        asked.append(default)
        return str(tmp_path / "plan.xlsx"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    assert asked[0].endswith("回款计划-2026-11.xlsx")
    qtbot.waitUntil(lambda: tab.export_button.isEnabled(), timeout=10000)
    assert "已导出到" in tab.notice.text() and "plan.xlsx" in tab.notice.text()
    assert tab.busy.isHidden()
    workbook = openpyxl.load_workbook(tmp_path / "plan.xlsx")
    sheet = workbook.active
    assert [c.value for c in sheet[3][:3]] == ["A01", "甲公司", "张伟"]
    assert Decimal(str(sheet["F3"].value)) == Decimal("500")   # promised
    assert sheet["A5"].value == "合计（2 个客户）"
    workbook.close()


def test_export_cancelled_writes_nothing(qtbot, tab, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: ("", ""))
    qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    assert tab.export_button.isEnabled() and tab.notice.text() == ""


def test_export_failure_is_reported(qtbot, tab, tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a: (str(blocker / "plan.xlsx"), ""))
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(warnings), timeout=10000)
    assert warnings[0].startswith("导出失败：")
    assert tab.export_button.isEnabled() and tab.busy.isHidden()
    assert tab.notice.text() == "导出失败"


@pytest.fixture
def record_dialogs(tab, monkeypatch):
    """Stands in for the main window's collection record and remembers who was opened."""
    opened = []

    def open_record(customer_id):
        opened.append(customer_id)
        # The clerk notes a promise in the record; its dialog announces it, as here.
        promise(tab.ctx, customer_id, "30", "2026-11-29")
        tab.events.announce(PROMISES)

    monkeypatch.setattr(tab, "open_record", open_record)
    return opened


def double_click(qtbot, tab, row: int, column: int) -> None:
    rect = tab.table.visualRect(tab.proxy.index(row, column))
    # A real double-click starts with a press: the view only acts on one that followed it.
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_double_click_opens_the_customers_collection_record(qtbot, tab, record_dialogs):
    tab.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # B02 first: the proxy maps rows
    double_click(qtbot, tab, 0, 1)
    assert record_dialogs == [tab.ids["b"]]
    assert tab.table.state() != QAbstractItemView.State.EditingState
    assert cell(tab, 0, PROMISED_COLUMN) == "¥30.00"  # the plan shows it at once
    assert cell(tab, tab.table.currentIndex().row(), 0) == "B02"  # still on that customer


def test_double_click_on_the_target_edits_it_in_place(qtbot, tab, record_dialogs):
    double_click(qtbot, tab, 0, TARGET_COLUMN)
    assert record_dialogs == []
    assert tab.table.state() == QAbstractItemView.State.EditingState


def test_plan_model_passes_qt_model_tester(qtmodeltester, tab):
    qtmodeltester.check(tab.model)
    qtmodeltester.check(tab.proxy)
