"""Everyone's payments (issue 12): the filters, the totals and 导出 Excel…; for one customer
the filters are not offered (they would keep everything or nothing)."""
from __future__ import annotations

import openpyxl

from tests.ledger.test_list_filters import make_ledger
from ui.events import DataEvents
from ui.payments_dialog import PaymentsDialog


def _dialog(qtbot, ctx, customer_id=None):
    dialog = PaymentsDialog(ctx, DataEvents(), customer_id, None)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_everyones_payments_filtered_with_totals(qtbot, ctx):
    make_ledger(ctx)  # A 300, C 400, B 100 reversed
    dialog = _dialog(qtbot, ctx)
    assert dialog.overdue_check.isVisible() and dialog.salesperson_combo.isVisible()
    assert dialog.rows.rowCount() == 3
    qtbot.waitUntil(lambda: dialog.totals.text().startswith("共 3 笔　回款合计 ¥800.00"))
    dialog.overdue_check.setChecked(True)
    assert dialog.rows.rowCount() == 1
    qtbot.waitUntil(lambda: dialog.totals.text() ==
                    "共 1 笔　回款合计 ¥300.00　已冲销 ¥0.00　净回款 ¥300.00")
    dialog.overdue_check.setChecked(False)
    dialog.salesperson_combo.setCurrentIndex(dialog.salesperson_combo.findData("赵强"))
    assert dialog.rows.rowCount() == 1
    qtbot.waitUntil(lambda: "已冲销 ¥100.00　净回款 ¥0.00" in dialog.totals.text())


def test_one_customers_payments_offer_no_filters(qtbot, ctx):
    ledger = make_ledger(ctx)
    dialog = _dialog(qtbot, ctx, ledger["A"])
    assert not dialog.overdue_check.isVisible() and not dialog.salesperson_combo.isVisible()
    assert dialog.rows.rowCount() == 1


def test_export_writes_every_payment_listed(qtbot, ctx, tmp_path, monkeypatch):
    make_ledger(ctx)
    dialog = _dialog(qtbot, ctx)
    target = tmp_path / "回款.xlsx"
    monkeypatch.setattr("ui.payments_dialog.ask_xlsx_path", lambda _parent, _stem: str(target))
    dialog.salesperson_combo.setCurrentIndex(dialog.salesperson_combo.findData("王丽"))
    dialog.export_excel()
    qtbot.waitUntil(lambda: "已导出到" in dialog.export_status.notice.text(), timeout=10000)
    sheet = openpyxl.load_workbook(target).active
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    header_at = int(sheet.freeze_panes[1:]) - 2
    assert rows[0][0] == "全部回款"
    assert "筛选：业务员：王丽" in [r[0] for r in rows[:header_at]]
    assert rows[header_at] == ["日期", "客户", "金额", "已分配", "方式", "凭证号", "冲销"]
    data = rows[header_at + 1:header_at + 3]
    assert sorted(r[2] for r in data) == [300, 400]
    assert rows[header_at + 3][0] == "合计（2 笔）" and rows[header_at + 3][2] == 700


def test_a_credit_note_is_listed_but_not_counted_as_money(qtbot, ctx, tmp_path, monkeypatch):
    from services.ledger import credit_notes
    from services.ledger.credit_notes import CreditNoteInput

    ledger = make_ledger(ctx)
    credit_notes.create_credit_note(ctx.uow(), CreditNoteInput(
        contract_id=ledger["a1"], kind="allowance", issued_on="2026-11-24", reason="价格调整",
        amount="20"))
    dialog = _dialog(qtbot, ctx)
    assert dialog.rows.rowCount() == 4
    qtbot.waitUntil(lambda: dialog.totals.text() == (
        "共 4 笔　回款合计 ¥800.00　已冲销 ¥100.00　净回款 ¥700.00"
        "　另有退货/折让 ¥20.00（不是回款，未计入）"))
    target = tmp_path / "回款.xlsx"
    monkeypatch.setattr("ui.payments_dialog.ask_xlsx_path", lambda _parent, _stem: str(target))
    dialog.export_excel()
    qtbot.waitUntil(lambda: "已导出到" in dialog.export_status.notice.text(), timeout=10000)
    rows = [list(r) for r in openpyxl.load_workbook(target).active.iter_rows(values_only=True)]
    [totals] = [r for r in rows if isinstance(r[0], str) and r[0].startswith("合计")]
    assert totals[2] == 800  # the money received, the credit note left out
    assert any(isinstance(r[0], str) and "另有退货/折让 ¥20.00" in r[0] for r in rows)
