"""The collection record window: a broken promise in red, a follow-up and a re-promise
recorded through their dialogs."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from models import FollowUp, Promise
from services.collection import promises
from services.collection.promises import PromiseInput
from tests.factories import count_rows, make_contract, make_customer, pay
from ui import formatting as fmt
from ui.alerts_dialog import AlertsDialog
from ui.collection_record_dialog import CollectionRecordDialog
from ui.events import CUSTOMERS, PAYMENTS
from ui.follow_up_dialog import FollowUpDialog
from ui.promise_dialog import PromiseDialog
from ui.rows_model import WARN

STATUS_COLUMN = 3  # in the promises table


def _ok(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def _text(model, row: int, column: int, role=Qt.ItemDataRole.DisplayRole):
    return model.data(model.index(row, column), role)


def _customer_with_failed_promises(ctx) -> tuple[int, int, int]:
    """Owes 1000 since 11-01; promised 500 by 11-20 and paid 200 (partly kept), then
    promised 100 by 11-22 and paid nothing (broken). Returns (customer, partly, broken)."""
    customer = make_customer(ctx, "C001", "南京仁和药房连锁有限公司", credit_rating="B",
                             finance_contact="王会计", finance_phone="025-8888")
    make_contract(ctx, customer, lines=[("1", "1000")], signed_on="2026-10-01",
                  installments=[("2026-11-01", "1000")])
    partly = promises.record_promise(ctx.uow(), customer, PromiseInput(
        promised_on="2026-11-20", amount="500", made_on="2026-11-10", made_by="王会计"))
    pay(ctx, customer, "200", received_on="2026-11-15")
    broken = promises.record_promise(ctx.uow(), customer, PromiseInput(
        promised_on="2026-11-22", amount="100", made_on="2026-11-21", made_by="李出纳"))
    return customer, partly, broken


def _open(qtbot, window, monkeypatch, customer: int) -> CollectionRecordDialog:
    tab = window.customers_tab
    window.events.announce(CUSTOMERS)
    tab.select_id(customer)
    assert "回款档案…" in [a.text() for a in tab.table.actions()]
    dialog = tab.open_record()
    qtbot.waitExposed(dialog)
    # One window per customer (offscreen Qt cannot raise a window, so that part is skipped).
    monkeypatch.setattr(CollectionRecordDialog, "raise_", lambda self: None)
    monkeypatch.setattr(CollectionRecordDialog, "activateWindow", lambda self: None)
    assert tab.open_record() is dialog
    return dialog


def _row_of(model, promise_id: int) -> int:
    return next(i for i, row in enumerate(model.rows) if row.id == promise_id)


def test_record_shows_a_broken_promise_in_red_and_the_header(qtbot, ctx, window, monkeypatch):
    customer, partly, broken = _customer_with_failed_promises(ctx)
    dialog = _open(qtbot, window, monkeypatch, customer)

    row = _row_of(dialog.promises, broken)
    assert _text(dialog.promises, row, STATUS_COLUMN) == "已失约"
    assert _text(dialog.promises, row, STATUS_COLUMN, Qt.ItemDataRole.ForegroundRole) == WARN
    row = _row_of(dialog.promises, partly)
    assert [_text(dialog.promises, row, c) for c in (2, STATUS_COLUMN)] == [
        fmt.money(200), "部分兑现"]
    assert dialog.promise_summary.text() == "近12个月承诺 2 次：守约 0，部分 1，失约 1"
    assert "南京仁和药房连锁有限公司" in dialog.title.text()
    assert (dialog.outstanding.text(), dialog.overdue.text()) == (fmt.money(800), fmt.money(800))
    assert "王会计 025-8888" in dialog.contacts.text()
    assert "今天" in dialog.next_follow_up.text()  # owes, never followed up
    assert [dialog.tabs.tabText(i) for i in range(4)] == [
        "未结分期 (1)", "回款 (1)", "承诺回款 (2)", "跟进记录 (0)"]


def test_follow_up_is_recorded_through_its_dialog(qtbot, ctx, window, monkeypatch):
    customer, _, _ = _customer_with_failed_promises(ctx)
    dialog = _open(qtbot, window, monkeypatch, customer)
    seen = []

    def fill_and_save(follow_up: FollowUpDialog):
        qtbot.addWidget(follow_up)
        follow_up.channel.setCurrentIndex(follow_up.channel.findData("visit"))
        follow_up.contact_person.setText("李出纳")
        follow_up.said.setPlainText("财务审批中，月底前付清")
        follow_up.result_edit.setText("答应 11-30 付 300")
        follow_up.next_action_on.setText("2026-11-01")      # before the contact: refused
        qtbot.mouseClick(_ok(follow_up), Qt.MouseButton.LeftButton)
        seen.append(follow_up.error_label.text())
        follow_up.next_action_on.setText("2026-11-27")
        qtbot.mouseClick(_ok(follow_up), Qt.MouseButton.LeftButton)
        return follow_up.result()

    monkeypatch.setattr(FollowUpDialog, "exec", fill_and_save)
    qtbot.mouseClick(dialog.follow_up_button, Qt.MouseButton.LeftButton)

    assert seen == ["下次跟进日期不能早于本次跟进日期"]
    assert count_rows(ctx, FollowUp) == 1
    assert dialog.follow_ups.rowCount() == 1
    assert [_text(dialog.follow_ups, 0, c) for c in (1, 2, 3)] == [
        "拜访", "李出纳", "财务审批中，月底前付清"]
    assert dialog.next_follow_up.text() == fmt.day(dt.date(2026, 11, 27))
    assert dialog.tabs.tabText(3) == "跟进记录 (1)"


def test_re_promise_for_the_shortfall_replaces_the_broken_one(qtbot, ctx, window, monkeypatch):
    customer, _, old = _customer_with_failed_promises(ctx)
    dialog = _open(qtbot, window, monkeypatch, customer)
    dialog.tabs.setCurrentIndex(2)
    row = _row_of(dialog.promises, old)
    assert _text(dialog.promises, row, STATUS_COLUMN) == "已失约"
    dialog.promises_table.selectRow(row)
    assert dialog.repromise_button.isEnabled()
    prefilled = []

    def fill_and_save(promise: PromiseDialog):
        qtbot.addWidget(promise)
        prefilled.append((promise.amount.text(), promise.made_by.text(), promise.windowTitle()))
        qtbot.mouseClick(_ok(promise), Qt.MouseButton.LeftButton)   # no date yet: refused
        prefilled.append(promise.error_label.text())
        promise.promised_on.setText("2026-11-30")
        qtbot.mouseClick(_ok(promise), Qt.MouseButton.LeftButton)
        return promise.result()

    monkeypatch.setattr(PromiseDialog, "exec", fill_and_save)
    qtbot.mouseClick(dialog.repromise_button, Qt.MouseButton.LeftButton)

    assert prefilled == [("100.00", "李出纳", "重新承诺"), "承诺日期不能为空"]
    assert count_rows(ctx, Promise) == 3
    new = next(p for p in dialog.promises.rows if p.replaces_id == old)
    new_row = _row_of(dialog.promises, new.id)
    assert (new.promised_on, str(new.amount)) == (dt.date(2026, 11, 30), "100.00")
    assert _text(dialog.promises, new_row, STATUS_COLUMN) == "待兑现"
    assert _text(dialog.promises, new_row, STATUS_COLUMN, Qt.ItemDataRole.ForegroundRole) is None
    old_row = _row_of(dialog.promises, old)
    assert "已有新承诺" in _text(dialog.promises, old_row, 6)
    dialog.promises_table.selectRow(old_row)
    assert not dialog.repromise_button.isEnabled()  # replaced once is enough
    dialog.promises_table.selectRow(new_row)
    assert dialog.repromise_button.isEnabled()  # pending: the customer may still move it


def test_new_promise_from_the_record(qtbot, ctx, window, monkeypatch):
    customer, _, _ = _customer_with_failed_promises(ctx)
    dialog = _open(qtbot, window, monkeypatch, customer)

    def fill_and_save(promise: PromiseDialog):
        qtbot.addWidget(promise)
        promise.promised_on.setText("2026-12-05")
        promise.amount.setText("800")
        promise.made_by.setText("张总")
        qtbot.mouseClick(_ok(promise), Qt.MouseButton.LeftButton)
        return promise.result()

    monkeypatch.setattr(PromiseDialog, "exec", fill_and_save)
    qtbot.mouseClick(dialog.new_promise_button, Qt.MouseButton.LeftButton)
    assert dialog.promises.rowCount() == 3
    assert _text(dialog.promises, 0, 4) == "张总"           # newest promised day first
    assert "待兑现 1" in dialog.promise_summary.text()


def test_record_windows_are_one_per_customer_from_every_screen_and_go_when_closed(
        qtbot, ctx, window, monkeypatch):
    customer, _, _ = _customer_with_failed_promises(ctx)
    monkeypatch.setattr(CollectionRecordDialog, "raise_", lambda self: None)
    monkeypatch.setattr(CollectionRecordDialog, "activateWindow", lambda self: None)
    reloads = []
    real_reload = CollectionRecordDialog.reload
    monkeypatch.setattr(CollectionRecordDialog, "reload",
                        lambda self: (reloads.append(self.customer_id), real_reload(self)))
    window.events.announce(CUSTOMERS)
    for _ in range(3):  # from the plan, the alerts and the customers tab, in turn
        window.plan_tab.open_record(customer)
        alerts = AlertsDialog([], 5, ctx.clock.today(), window)
        alerts.open_customer.connect(window.open_collection_record)
        alerts.open_customer.emit(customer)
        window.customers_tab.select_id(customer)
        dialog = window.customers_tab.open_record()
        assert window.open_collection_record(customer) is dialog  # one window, brought forward
        dialog.close()
        qtbot.waitUntil(lambda: customer not in window._records, timeout=2000)
    reloads.clear()
    pay(ctx, customer, "10")
    window.events.announce(PAYMENTS)
    assert reloads == []  # no closed window is left listening
