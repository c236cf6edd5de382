"""Driving the customers tab and its dialog as a clerk would."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from models import Customer
from services.ledger import customers
from tests.factories import count_rows, make_customer
from ui.customer_dialog import CustomerDialog
from ui.events import CUSTOMERS
from ui.lazy_model import RAW_ROLE


def _ok(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def _cell(tab, row: int, key: str, role=Qt.ItemDataRole.DisplayRole):
    model = tab.model
    return model.data(model.index(row, model.column_of(key)), role)


def test_customer_added_in_dialog_is_found_by_filter(qtbot, ctx, window):
    make_customer(ctx, "C001", "上海东方医药有限公司", salesperson="王磊")
    window.customers_tab.reload()
    dialog = CustomerDialog(ctx, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.text["code"], "C900")
    dialog.text["name"].insert("杭州华康医疗器械有限公司")
    dialog.text["salesperson"].insert("李娜")
    qtbot.keyClicks(dialog.text["credit_limit"], "80,000")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    window.events.announce(CUSTOMERS)

    tab = window.customers_tab
    window.tabs.setCurrentWidget(tab)
    tab.filter_edit.insert("李娜")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    assert _cell(tab, 0, "code") == "C900"
    assert _cell(tab, 0, "name") == "杭州华康医疗器械有限公司"
    assert _cell(tab, 0, "credit_limit", RAW_ROLE) == Decimal("80000.00")
    assert _cell(tab, 0, "credit_limit") == "¥80,000.00"


def test_empty_name_is_refused_in_the_dialog_and_input_kept(qtbot, ctx):
    dialog = CustomerDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.text["code"], "C901")
    dialog.text["address"].insert("北京市朝阳区")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error_label.text() == "客户全称不能为空"
    assert dialog.text["code"].text() == "C901"
    assert dialog.text["address"].text() == "北京市朝阳区"
    assert count_rows(ctx, Customer) == 0


def test_bad_date_points_at_the_field_on_its_page(qtbot, ctx):
    dialog = CustomerDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.text["code"], "C902")
    dialog.text["name"].insert("天津某医院")
    dialog.text["application_approved_by"].insert("张经理")
    qtbot.keyClicks(dialog.text["application_approved_on"], "2026-02-30")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert "开户申请审批日期" in dialog.error_label.text()
    assert "不是有效的日期" in dialog.error_label.text()
    assert dialog.tabs.currentIndex() == 2  # the credit page, where the field is
    assert dialog.focusWidget() is dialog.text["application_approved_on"]
    assert count_rows(ctx, Customer) == 0


def test_editing_a_customer_saves_the_change(qtbot, ctx, window):
    customer_id = make_customer(ctx, "C010", "旧名称")
    window.customers_tab.reload()
    dialog = CustomerDialog(ctx, customer_id, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.text["name"].text() == "旧名称"
    dialog.text["name"].setText("新名称")
    dialog.status.setCurrentIndex(dialog.status.findData("on_hold"))
    dialog.text["status_reason"].setText("逾期超过90天")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = customers.get_customer(ctx.uow(), customer_id).data
    assert (saved.name, saved.status, saved.status_reason) == ("新名称", "on_hold", "逾期超过90天")
    window.events.announce(CUSTOMERS)
    assert _cell(window.customers_tab, 0, "status") == "暂停供货"


def test_sorting_the_customer_table_sorts_in_sql_by_raw_amount(qtbot, ctx, window):
    from tests.factories import make_contract

    for code, amount in (("C1", "900"), ("C2", "10000"), ("C3", "2000")):
        make_contract(ctx, make_customer(ctx, code), lines=[("1", amount)])
    tab = window.customers_tab
    tab.reload()
    column = tab.model.column_of("outstanding")
    tab.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
    assert [_cell(tab, r, "code") for r in range(3)] == ["C2", "C3", "C1"]
    tab.table.sortByColumn(column, Qt.SortOrder.AscendingOrder)
    assert [_cell(tab, r, "code") for r in range(3)] == ["C1", "C3", "C2"]


def test_customer_model_passes_qt_model_tester(qtmodeltester, ctx, window):
    make_customer(ctx, "C001")
    make_customer(ctx, "C002")
    window.customers_tab.reload()
    qtmodeltester.check(window.customers_tab.model)


def test_enter_saves_and_escape_cancels(qtbot, ctx):
    dialog = CustomerDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.text["code"], "C100")
    dialog.text["name"].insert("保定市第一医院")
    qtbot.keyClick(dialog.text["name"], Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert count_rows(ctx, Customer) == 1

    second = CustomerDialog(ctx)
    qtbot.addWidget(second)
    second.show()
    qtbot.keyClicks(second.text["code"], "C101")
    qtbot.keyClick(second.text["code"], Qt.Key.Key_Escape)
    assert second.result() == QDialog.DialogCode.Rejected and not second.isVisible()
    assert count_rows(ctx, Customer) == 1
