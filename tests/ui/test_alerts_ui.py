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
    return [model.item(row, 0).text() for row in range(model.rowCount())]


def test_alerts_show_after_the_window_once_a_day(qtbot, ctx, window):
    _due_items(ctx)
    assert window.isVisible()
    window.start_alerts()
    qtbot.waitUntil(lambda: getattr(window, "alerts_dialog", None) is not None, timeout=10000)
    dialog = window.alerts_dialog
    assert dialog.isVisible()
    assert _group_titles(dialog) == ["5 天内到期（事前催收）（1）", "已逾期（1）",
                                     "到期应跟进的客户（1）"]
    overdue = dialog.model.item(1, 0).child(0, 4).text()
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
