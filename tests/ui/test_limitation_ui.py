"""The limitation clock on screen: the collection record's 时效届满日 and what restarted it,
记录法律行动…, and the alerts' limitation group (with its suggested action and disclaimer)."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from services.collection.alerts import compute_alerts
from services.collection.limitation import legal_actions
from services.collection.promises import PromiseInput, record_promise
from tests.conftest import TODAY
from tests.factories import make_contract, make_customer
from ui import formatting as fmt
from ui.collection_record_dialog import CollectionRecordDialog
from ui.events import DataEvents
from ui.legal_action_dialog import LegalActionDialog


def day(*ymd) -> str:
    return fmt.day(dt.date(*ymd))


def _owing(ctx):
    customer = make_customer(ctx, "C001", "天津和平医院")
    make_contract(ctx, customer, lines=[("1", "1000")], installments=[("2024-02-29", "1000")],
                  signed_on="2024-01-10")
    make_contract(ctx, customer, lines=[("1", "500")], installments=[("2026-10-31", "500")],
                  signed_on="2026-10-01")
    return customer


def _cells(dialog, column_title):
    model = dialog.installments
    column = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())].index(column_title)
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_the_record_shows_each_installments_limitation_end_and_what_restarted_it(qtbot, ctx):
    customer = _owing(ctx)
    dialog = CollectionRecordDialog(ctx, DataEvents(), customer)
    qtbot.addWidget(dialog)
    assert _cells(dialog, "时效届满日") == [day(2027, 2, 28), day(2029, 10, 31)]
    assert _cells(dialog, "时效重新起算") == ["", ""]
    record_promise(ctx.uow(), customer, PromiseInput(
        promised_on="2026-11-30", amount="100", made_on="2026-11-20"))
    dialog.reload()
    assert _cells(dialog, "时效届满日") == [day(2029, 11, 20)] * 2
    assert _cells(dialog, "时效重新起算") == [f"承诺回款 {day(2026, 11, 20)}"] * 2


def test_recording_legal_action_from_the_record(qtbot, ctx, monkeypatch):
    customer = _owing(ctx)
    events = DataEvents()
    dialog = CollectionRecordDialog(ctx, events, customer)
    qtbot.addWidget(dialog)
    opened = []

    def fill(self):
        opened.append(self)
        self.taken_on.setText("2026-11-10")
        self.kind.setCurrentIndex(self.kind.findData("payment_order"))
        self.contract.setCurrentIndex(1)  # the first contract
        self.note.setPlainText("（2026）津0101民督123号")
        self.try_save()
        return QDialog.DialogCode.Accepted if self.result() else QDialog.DialogCode.Rejected

    monkeypatch.setattr(LegalActionDialog, "exec", fill)
    dialog.legal_action_button.click()
    assert [a.kind for a in legal_actions(ctx.uow(), customer)] == ["payment_order"]
    assert _cells(dialog, "时效重新起算")[0] == f"法律行动 {day(2026, 11, 10)}"
    assert _cells(dialog, "时效届满日")[0] == day(2029, 11, 10)
    assert [[k for k in (opened[0].kind.itemText(i) for i in range(4))]] == [
        ["起诉", "仲裁", "支付令", "其他"]]


def test_a_legal_action_in_the_future_is_refused_next_to_its_field(qtbot, ctx):
    customer = _owing(ctx)
    dialog = LegalActionDialog(ctx, customer, "C001", [])
    qtbot.addWidget(dialog)
    dialog.taken_on.setText((TODAY + dt.timedelta(days=1)).isoformat())
    dialog.try_save()
    assert dialog.error_label.text() == "法律行动日期不能晚于今天"
    assert legal_actions(ctx.uow(), customer) == []


def test_the_alerts_list_limitation_ends_with_the_action_to_take(qtbot, ctx):
    from ui.alerts_dialog import AlertsDialog

    _owing(ctx)
    alerts = compute_alerts(ctx.uow())
    dialog = AlertsDialog(alerts, 5, TODAY)
    qtbot.addWidget(dialog)
    model = dialog.model
    titles = [model.index(r, 0).data() for r in range(model.rowCount())]
    [title] = [t for t in titles if t.startswith("诉讼时效即将届满")]
    assert "催款函" in title and "对账单" in title and "仅为提醒，不构成法律意见" in title
    group = model.index(titles.index(title), 0)
    assert [model.index(0, c, group).data() for c in (2, 3, 4)] == [
        day(2027, 2, 28), "¥1,000.00", "还有 96 天届满"]
    assert Decimal("1000.00") in [a.amount for a in alerts if a.kind == "limitation"]
