"""The customer dialog's 开票信息 page: 统一社会信用代码, 开户行 and 账号, checked as typed and
on save, kept when the customer is opened again."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel

from models import Customer
from services.ledger import customers
from tests.factories import count_rows, make_customer
from ui.customer_dialog import CustomerDialog
from ui.form_dialog import INVALID_STYLE


def _ok(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def _hint(dialog, name: str) -> QLabel:
    return dialog.findChild(QLabel, f"hint.{name}")


def test_particulars_are_typed_saved_and_shown_again(qtbot, ctx):
    dialog = CustomerDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.text["code"], "C100")
    dialog.text["name"].insert("福州仁和药房有限公司")
    qtbot.keyClicks(dialog.text["credit_code"], "91350100m000100y43")
    dialog.text["bank_name"].insert("中国工商银行福州分行营业部")
    qtbot.keyClicks(dialog.text["bank_account"], "1402 0230 0920 0012 345")
    assert _hint(dialog, "credit_code").isHidden() and _hint(dialog, "bank_account").isHidden()
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.error_label.text()

    again = CustomerDialog(ctx, dialog.customer_id)
    qtbot.addWidget(again)
    assert again.text["credit_code"].text() == "91350100M000100Y43"
    assert again.text["bank_name"].text() == "中国工商银行福州分行营业部"
    assert again.text["bank_account"].text() == "1402 0230 0920 0012 345"


def test_a_wrong_check_character_is_said_while_typing_and_refused_on_save(qtbot, ctx):
    dialog = CustomerDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.text["code"], "C101")
    dialog.text["name"].insert("某公司")
    qtbot.keyClicks(dialog.text["credit_code"], "91350100M000100Y4")
    assert _hint(dialog, "credit_code").text() == "统一社会信用代码必须是 18 位"
    qtbot.keyClicks(dialog.text["credit_code"], "4")
    assert _hint(dialog, "credit_code").text() == "统一社会信用代码校验位不正确，请核对"
    assert dialog.text["credit_code"].styleSheet() == INVALID_STYLE
    dialog.tabs.setCurrentIndex(0)
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error_label.text() == "统一社会信用代码校验位不正确，请核对"
    assert dialog.tabs.currentWidget().isAncestorOf(dialog.text["credit_code"])  # its page
    assert count_rows(ctx, Customer) == 0


def test_bank_account_with_letters_is_said_while_typing(qtbot, ctx):
    customer_id = make_customer(ctx, "C102")
    dialog = CustomerDialog(ctx, customer_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.text["bank_account"], "6222-0200")
    assert _hint(dialog, "bank_account").text() == "账号只能包含数字和空格"
    dialog.text["bank_account"].clear()
    assert _hint(dialog, "bank_account").isHidden()
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert customers.get_customer(ctx.uow(), customer_id).data.bank_account == ""
