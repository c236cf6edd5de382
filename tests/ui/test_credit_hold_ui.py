"""The credit hold met in the contract dialog: reasons shown, a manager's override saved."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel

from models import Contract
from services.ledger import contracts
from tests.factories import count_rows, make_customer
from ui.contract_dialog import ContractDialog
from ui.credit_hold_dialog import CreditHoldDialog


def _held_contract_dialog(qtbot, ctx):
    customer_id = make_customer(ctx, "C1", status="on_hold", status_reason="逾期90天")
    dialog = ContractDialog(ctx, customer_id=customer_id)
    qtbot.addWidget(dialog)
    dialog.show()
    for field, value in (("product", "口罩"), ("quantity", "10"), ("unit_price", "10")):
        dialog.lines.setData(dialog.lines.index(0, dialog.lines.column_of(field)), value)
    dialog.schedule.append()
    dialog.schedule.setData(dialog.schedule.index(0, 0), "2026-12-31")
    dialog.schedule.setData(dialog.schedule.index(0, 1), "100")
    dialog.status.setCurrentIndex(dialog.status.findData("confirmed"))
    return dialog


def _save(qtbot, dialog):
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)


def test_held_contract_shows_reasons_and_cancel_saves_nothing(qtbot, ctx, monkeypatch):
    dialog = _held_contract_dialog(qtbot, ctx)
    shown = []

    def cancel(hold):
        shown.append(hold.findChild(QLabel, "creditReasons").text())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(CreditHoldDialog, "exec", cancel)
    _save(qtbot, dialog)
    assert "暂停供货" in shown[0]
    assert "因信用控制未保存" in dialog.error_label.text()
    assert dialog.result() != QDialog.DialogCode.Accepted and count_rows(ctx, Contract) == 0


def test_manager_override_with_reason_saves_and_shows_on_the_contract(qtbot, ctx, monkeypatch):
    dialog = _held_contract_dialog(qtbot, ctx)

    def override(hold):
        assert not hold.override_button.isEnabled()  # no reason, no override
        hold.reason.setText("总经理同意，本周内结清")
        assert hold.override_button.isEnabled()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(CreditHoldDialog, "exec", override)
    _save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    again = ContractDialog(ctx, dialog.contract_id)
    qtbot.addWidget(again)
    label = again.findChild(QLabel, "creditOverride")
    assert label is not None and "总经理同意，本周内结清" in label.text()
    assert contracts.get_contract(ctx.uow(), dialog.contract_id).status == "confirmed"
