"""The alerts dialog after the main window: once a day, grouped, snoozable, reopenable."""
from __future__ import annotations

import datetime as dt

from tests.conftest import TODAY
from tests.factories import make_contract, make_customer


def _due_items(ctx):
    customer_id = make_customer(ctx, "C1", "石家庄同泰诊所")
    for offset in (3, -4):
        make_contract(ctx, customer_id, status="delivered", lines=[("1", "500")],
                      installments=[(TODAY + dt.timedelta(days=offset), "500")],
                      signed_on="2026-06-01")


def _group_titles(dialog):
    model = dialog.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_alerts_show_after_the_window_once_a_day(qtbot, ctx, window):
    _due_items(ctx)
    assert window.isVisible()
    window.start_alerts()
    qtbot.waitUntil(lambda: getattr(window, "alerts_dialog", None) is not None, timeout=10000)
    dialog = window.alerts_dialog
    assert dialog.isVisible()
    assert _group_titles(dialog) == ["5 天内到期（事前催收）（1）", "已逾期（1）",
                                     "到期应跟进的客户（1）"]
    overdue = dialog.model.index(0, 4, dialog.model.index(1, 0)).data()
    assert overdue == "逾期 4 天"
    dialog.close()
    window.alerts_dialog = None
    window.start_alerts()  # same day, same PC: not again
    qtbot.wait(200)
    assert window.alerts_dialog is None


def test_snoozed_row_is_hidden_until_tomorrow(qtbot, ctx, window):
    _due_items(ctx)
    window.show_alerts(at_start=False)
    qtbot.waitUntil(lambda: getattr(window, "alerts_dialog", None) is not None, timeout=10000)
    dialog = window.alerts_dialog
    first = dialog.model.index(0, 0, dialog.model.index(0, 0))
    dialog.view.selectionModel().select(first, dialog.view.selectionModel().SelectionFlag.Rows
                                        | dialog.view.selectionModel().SelectionFlag.Select)
    dialog.snooze_selected()
    window.alerts_dialog = None
    window.show_alerts(at_start=False)
    qtbot.waitUntil(lambda: window.alerts_dialog is not None, timeout=10000)
    assert _group_titles(window.alerts_dialog)[0] == "已逾期（1）"


def test_turned_off_at_start_stays_off_but_menu_still_opens_it(qtbot, ctx, window):
    from ui import alert_prefs

    _due_items(ctx)
    alert_prefs.set_show_at_start(False)
    window.start_alerts()
    qtbot.wait(200)
    assert getattr(window, "alerts_dialog", None) is None
    window.show_alerts(at_start=False)
    qtbot.waitUntil(lambda: getattr(window, "alerts_dialog", None) is not None, timeout=10000)
    assert not window.alerts_dialog.at_start.isChecked()


def _alert(kind, customer_id, number, days, amount="100.00"):
    from decimal import Decimal

    from services.collection.alerts import Alert

    return Alert(kind, customer_id, f"C{customer_id:03d}", f"客户{customer_id}", number,
                 f"HQ-2026-{number:05d}", TODAY + dt.timedelta(days=days), Decimal(amount),
                 abs(days), f"{kind}:{number}")


def test_due_today_says_so_rather_than_zero_days(qtbot):
    from ui.alerts_dialog import AlertsDialog

    dialog = AlertsDialog([_alert("due_soon", 1, 1, 0), _alert("due_soon", 1, 2, 3)], 5, TODAY)
    qtbot.addWidget(dialog)
    group = dialog.model.index(0, 0)
    assert [dialog.model.index(r, 4, group).data() for r in range(2)] == ["今天到期", "还有 3 天"]


def test_many_alerts_are_grouped_by_customer_and_snoozed_together(qtbot):
    from ui.alerts_dialog import GROUP_BY_CUSTOMER_ABOVE, AlertsDialog

    many = [_alert("overdue", 1 + n % 7, n, -(n % 40 + 1))
            for n in range(1, 2 * GROUP_BY_CUSTOMER_ABOVE)]
    dialog = AlertsDialog(many, 5, TODAY)
    qtbot.addWidget(dialog)
    model = dialog.model
    group = model.index(0, 0)
    assert group.data() == f"已逾期（{len(many)}）"
    assert model.rowCount(group) == 7                      # one row per customer
    first = model.index(0, 0, group)
    cid = many[0].customer_id                              # in the order they came
    own = [a for a in many if a.customer_id == cid]
    assert first.data() == f"C{cid:03d}  客户{cid}（{len(own)} 项）"
    from decimal import Decimal

    from ui import formatting as fmt
    assert model.index(0, 3, group).data() == fmt.money(sum((a.amount for a in own), Decimal(0)))
    assert model.index(0, 4, group).data() == f"逾期 {max(a.days for a in own)} 天"
    assert model.rowCount(first) == len(own)               # its alerts below it
    opened = []
    dialog.open_customer.connect(opened.append)
    dialog._open(model.index(0, 1, group))
    assert opened == [cid]
    selection = dialog.view.selectionModel()
    selection.select(first, selection.SelectionFlag.Rows | selection.SelectionFlag.Select)
    dialog.snooze_selected()
    assert model.index(0, 0).data() == f"已逾期（{len(many) - len(own)}）"
    assert model.rowCount(model.index(0, 0)) == 6
    again = AlertsDialog(many, 5, TODAY)
    qtbot.addWidget(again)
    assert len(again.alerts) == len(many) - len(own)      # until tomorrow, on this PC


def test_a_few_alerts_are_listed_one_per_row(qtbot):
    from ui.alerts_dialog import AlertsDialog

    dialog = AlertsDialog([_alert("overdue", 1, 1, -3), _alert("overdue", 1, 2, -9)], 5, TODAY)
    qtbot.addWidget(dialog)
    group = dialog.model.index(0, 0)
    assert [dialog.model.index(r, 1, group).data() for r in range(2)] == ["HQ-2026-00001",
                                                                        "HQ-2026-00002"]
    opened = []
    dialog.open_contract.connect(opened.append)
    dialog._open(dialog.model.index(1, 0, group))
    assert opened == [2]
