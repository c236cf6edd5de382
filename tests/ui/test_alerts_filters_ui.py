"""The alerts dialog's 只看逾期 and 业务员 filters, its totals and 导出 Excel… (issue 12)."""
from __future__ import annotations

import openpyxl

from services.collection.alerts import compute_alerts
from tests.ledger.test_list_filters import make_ledger
from ui.alerts_dialog import AlertsDialog


def _dialog(qtbot, ctx):
    ledger = make_ledger(ctx)
    found = compute_alerts(ctx.uow(), days=5)
    dialog = AlertsDialog(found, 5, ctx.clock.today())
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog, found, ledger


def test_filters_narrow_the_tree_and_the_totals(qtbot, ctx):
    dialog, found, ledger = _dialog(qtbot, ctx)
    assert dialog.model.count() == len(found)
    assert dialog.summary.text().startswith(f"共 {len(found)} 条提醒：")
    assert "已逾期 1 条 ¥700.00" in dialog.summary.text()
    dialog.overdue_check.setChecked(True)
    mine = [a for a in found if a.customer_id == ledger["A"]]
    assert dialog.model.count() == len(mine)
    assert dialog.summary.text().startswith(f"共 {len(mine)} 条提醒：")
    dialog.salesperson_combo.setCurrentIndex(dialog.salesperson_combo.findData("赵强"))
    assert dialog.model.count() == 0
    assert dialog.summary.text() == "没有符合筛选条件的提醒。"  # not "共 0 条提醒："
    dialog.overdue_check.setChecked(False)
    assert {a.customer_id for a in dialog.shown} == {ledger["B"]}
    assert "5 天内到期（事前催收） 1 条 ¥800.00" in dialog.summary.text()


def test_export_writes_the_alerts_shown(qtbot, ctx, tmp_path, monkeypatch):
    dialog, found, ledger = _dialog(qtbot, ctx)
    target = tmp_path / "提醒.xlsx"
    monkeypatch.setattr("ui.alerts_dialog.ask_xlsx_path", lambda _parent, _stem: str(target))
    dialog.overdue_check.setChecked(True)
    dialog.export_excel()
    qtbot.waitUntil(lambda: "已导出到" in dialog.export_status.notice.text(), timeout=10000)
    sheet = openpyxl.load_workbook(target).active
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    header_at = int(sheet.freeze_panes[1:]) - 2
    assert rows[0][0] == "今日提醒"
    assert "筛选：只看逾期" in [r[0] for r in rows[:header_at]]
    header = rows[header_at]
    assert header == ["类别", "客户", "客户名称", "合同号", "到期/承诺日", "金额", "天数"]
    data = rows[header_at + 1:header_at + 1 + len(dialog.shown)]
    assert len(dialog.shown) == len([a for a in found if a.customer_id == ledger["A"]])
    assert {r[1] for r in data} == {"A01"}
    assert rows[header_at + 1 + len(dialog.shown)][0] == f"合计（{len(dialog.shown)} 条）"
    overdue = next(r for r in data if r[0] == "已逾期")
    assert overdue[5] == 700 and overdue[6] == 23  # due 11-01, today 11-24
