"""合并客户 from the customers tab: choose the one to keep, see what moves, give the reason,
confirm naming both codes."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

import ui.merge_customers_dialog as merge_dialog
from models import Customer
from services.core.listing import ListQuery
from services.ledger import customers
from tests.factories import audit_log, count_rows, make_contract, make_customer, pay
from ui.events import CUSTOMERS
from ui.merge_customers_dialog import MergeCustomersDialog

# The offscreen platform cannot raise a pop-up or give it the keyboard; not the app's doing.
pytestmark = pytest.mark.qt_log_ignore(".*does not support raise.*",
                                       ".*does not support grabbing.*",
                                       ".*does not support propagateSizeHints.*")


def _ok(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def _pair(ctx) -> tuple[int, int]:
    keep = make_customer(ctx, "C001", "北京九州诊所")
    gone = make_customer(ctx, "C-0042", "北京九州诊所（旧）")
    make_contract(ctx, gone, lines=[("1", "5000")])
    make_contract(ctx, gone, lines=[("1", "800")])
    pay(ctx, gone, "1000")
    return keep, gone


def _answer(monkeypatch, answer: bool) -> list[str]:
    asked: list[str] = []
    monkeypatch.setattr(merge_dialog, "ask", lambda _p, _t, said, question, **_k:
                        asked.append(said + question) or answer)
    return asked


def _choose(qtbot, dialog, typed: str) -> None:
    """Type in the customer box and take the first match with Enter, as a clerk does."""
    box = dialog.keep_box
    box.setFocus()
    qtbot.keyClicks(box.lineEdit(), typed)
    qtbot.waitUntil(lambda: box.completer().popup().isVisible())
    qtbot.keyClick(box.completer().popup(), Qt.Key.Key_Return)


def _open(qtbot, ctx, gone) -> MergeCustomersDialog:
    dialog = MergeCustomersDialog(ctx, gone)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_merging_through_the_dialog_moves_everything_and_both_codes_find_it(
        qtbot, ctx, monkeypatch, tmp_path):
    keep, gone = _pair(ctx)
    asked = _answer(monkeypatch, True)
    dialog = _open(qtbot, ctx, gone)
    assert dialog.merged_label.text() == "C-0042  北京九州诊所（旧）"
    assert dialog.keep_box.findData(gone) == -1  # not offered as the one to keep
    _choose(qtbot, dialog, "C001")
    assert dialog.keep_box.chosen_id() == keep
    assert dialog.counts["contracts"].text() == "2"
    assert dialog.counts["payments"].text() == "1"
    dialog.reason.setText("同一客户录入两次")
    dialog.grab().save(str(tmp_path / "merge-dialog.png"))

    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert "C-0042" in asked[0] and "C001" in asked[0] and "合同 2 份" in asked[0]
    assert (dialog.merged.kept_id, dialog.merged.merged_code) == (keep, "C-0042")
    assert count_rows(ctx, Customer) == 1
    assert customers.customer_ids(ctx.uow(), ListQuery(text="C-0042")) == [keep]
    [entry] = [e for e in audit_log(ctx, "customer") if e["action"] == "merge"]
    assert entry["detail"]["reason"] == "同一客户录入两次"


def test_saying_no_keeps_the_dialog_open_and_changes_nothing(qtbot, ctx, monkeypatch):
    keep, gone = _pair(ctx)
    asked = _answer(monkeypatch, False)
    dialog = _open(qtbot, ctx, gone)
    _choose(qtbot, dialog, "bjjz")
    dialog.reason.setText("重复")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and dialog.isVisible()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert count_rows(ctx, Customer) == 2


def test_no_customer_chosen_or_no_reason_is_said_next_to_the_field_before_asking(
        qtbot, ctx, monkeypatch):
    _, gone = _pair(ctx)
    asked = _answer(monkeypatch, True)
    dialog = _open(qtbot, ctx, gone)
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.error_label.text() == "保留的客户不能为空"
    assert dialog.focusWidget() in (dialog.keep_box, dialog.keep_box.lineEdit())
    _choose(qtbot, dialog, "C001")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.error_label.text() == "原因不能为空"
    assert dialog.focusWidget() is dialog.reason
    assert asked == [] and count_rows(ctx, Customer) == 2


def test_a_customer_changed_after_the_dialog_opened_is_still_merged_on_fresh_versions(
        qtbot, ctx, monkeypatch):
    """The question is asked on what is there when OK is pressed (a fresh preview)."""
    keep, gone = _pair(ctx)
    _answer(monkeypatch, True)
    dialog = _open(qtbot, ctx, gone)
    _choose(qtbot, dialog, "C001")
    dialog.reason.setText("重复")
    detail = customers.get_customer(ctx.uow(), keep)
    detail.data.phone = "010-1"
    customers.update_customer(ctx.uow(), keep, detail.data, detail.version)
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert count_rows(ctx, Customer) == 1


def test_the_tab_merges_the_selected_customer_and_selects_the_kept_one(
        qtbot, ctx, window, monkeypatch):
    keep, gone = _pair(ctx)
    _answer(monkeypatch, True)
    tab = window.customers_tab
    window.tabs.setCurrentWidget(tab)
    window.events.announce(CUSTOMERS)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2)
    tab.select_id(gone)
    [action] = [a for a in tab.table.actions() if a.text() == "合并客户…"]

    def run(self):
        qtbot.waitUntil(lambda: self.keep_box.count() == 1)
        self.keep_box.select_id(keep)
        self.reason.setText("旧系统编码")
        self.try_save()
        return self.result()

    monkeypatch.setattr(MergeCustomersDialog, "exec", run)
    action.trigger()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    assert tab.selected_id() == keep
    tab.filter_edit.insert("C-0042")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1 and tab.model.row_at(0) is not None)
    assert tab.model.row_at(0).code == "C001"
