"""At 1366×768 a dialog's tables show enough rows to work in without scrolling each one."""
from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QTableView

from tests.factories import make_contract, make_customer
from ui import geometry
from ui.contract_dialog import ContractDialog


def _rows_in_view(view: QTableView) -> float:
    return view.viewport().height() / view.verticalHeader().defaultSectionSize()


def test_the_contract_dialog_shows_five_lines_and_two_installments_on_an_office_screen(
        qtbot, ctx, monkeypatch):
    monkeypatch.setattr(geometry, "available_area", lambda w, near=None: QRect(0, 0, 1366, 728))
    customer_id = make_customer(ctx)
    lines = [("10", "12.5", f"医用防护服 第{i}种") for i in range(8)]
    contract_id, _ = make_contract(ctx, customer_id, lines=lines,
                                   installments=[("2026-03-10", "500.00"),
                                                 ("2026-04-10", "500.00")])
    dialog = ContractDialog(ctx, contract_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert _rows_in_view(dialog.lines_view) >= 5
    assert _rows_in_view(dialog.schedule_view) >= 2
