"""Applying credit from the window: the collection record's 核销预收款…, the offer when a contract
starts to owe, and the payments window showing (and undoing) where a payment went."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QInputDialog

from services.ledger import contracts
from tests.factories import make_contract, make_customer, pay
from ui import formatting as fmt
from ui.apply_credit_dialog import ApplyCreditDialog
from ui.collection_record_dialog import CollectionRecordDialog
from ui.events import CUSTOMERS
from ui.payments_dialog import PaymentsDialog


def _ok(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def _advance(ctx):
    customer = make_customer(ctx, "C001", "先付款客户")
    pay(ctx, customer, "1000", received_on="2026-11-01")
    contract_id, _ = make_contract(ctx, customer, lines=[("1", "1500")], signed_on="2026-11-02",
                                   installments=[("2026-11-10", "600"), ("2026-12-10", "900")])
    return customer, contract_id


def test_credit_is_applied_from_the_collection_record(qtbot, ctx, window, monkeypatch):
    customer, _ = _advance(ctx)
    window.events.announce(CUSTOMERS)
    monkeypatch.setattr(CollectionRecordDialog, "raise_", lambda self: None)
    monkeypatch.setattr(CollectionRecordDialog, "activateWindow", lambda self: None)
    record = window.open_collection_record(customer)
    assert record.credit.text() == fmt.money(Decimal("1000"))
    assert record.apply_credit_button.isEnabled()
    shown = []

    def fill_and_save(dialog: ApplyCreditDialog):
        qtbot.addWidget(dialog)
        shown.append([row.amount for row in dialog.rows.rows])  # oldest due first
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(ApplyCreditDialog, "exec", fill_and_save)
    qtbot.mouseClick(record.apply_credit_button, Qt.MouseButton.LeftButton)
    assert shown == [["600.00", "400.00"]]
    assert (record.outstanding.text(), record.credit.text()) == (
        fmt.money(Decimal("500")), fmt.money(Decimal("0")))
    assert not record.apply_credit_button.isEnabled()


def test_the_payments_window_shows_where_a_payment_went_and_undoes_it(qtbot, ctx, monkeypatch):
    customer, contract_id = _advance(ctx)
    from services.ledger import applications
    from services.ledger.applications import ApplicationInput

    applications.apply_credit(ctx.uow(), customer, ApplicationInput())
    from ui.events import DataEvents

    dialog = PaymentsDialog(ctx, DataEvents(), customer, None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.table.selectRow(0)
    assert [(r.due_date.isoformat(), r.amount) for r in dialog.paid.rows] == [
        ("2026-11-10", Decimal("600.00")), ("2026-12-10", Decimal("400.00"))]
    dialog.paid_table.selectRow(1)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("核销错了", True))
    dialog.undo_selected()
    assert dialog.paid.data(dialog.paid.index(1, 4)).endswith("撤销：核销错了")
    detail = contracts.get_contract(ctx.uow(), contract_id)
    assert detail.received == Decimal("600.00")


def test_delivering_a_contract_offers_to_apply_the_customers_credit(qtbot, ctx, window,
                                                                    monkeypatch):
    from ui.contract_dialog import ContractDialog

    customer = make_customer(ctx, "C001", "先付款客户")
    pay(ctx, customer, "360", received_on="2026-11-01")
    contract_id, _ = make_contract(ctx, customer, status="confirmed", lines=[("3", "120")],
                                   signed_on="2026-11-01", installments=[("2026-12-20", "360")])
    dialog = ContractDialog(ctx, contract_id, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.status.setCurrentIndex(dialog.status.findData("delivered"))
    dialog.price_confirmation.setText("2026-11-02")
    dialog.try_save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    asked = []
    import ui.contracts_tab as contracts_tab

    monkeypatch.setattr(contracts_tab, "ask", lambda _p, _t, said, question:
                        asked.append(said + question) or True)
    monkeypatch.setattr(ApplyCreditDialog, "exec",
                        lambda self: (self.try_save(), self.result())[1])
    window.contracts_tab._offer_credit(dialog)
    assert "预收款" in asked[0] and dialog.number in asked[0]
    assert contracts.get_contract(ctx.uow(), contract_id).status == "closed"
