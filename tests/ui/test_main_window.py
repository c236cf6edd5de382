"""The main window: its tabs, shortcuts, and what it remembers between runs."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel

from ui.main_window import MainWindow


def test_window_shows_its_tabs_in_chinese(window):
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles == ["客户", "合同", "回款计划", "报表"]


def test_all_payments_opens_the_payments_list_across_customers(qtbot, window, monkeypatch):
    from ui import payments_dialog

    opened = []
    monkeypatch.setattr(payments_dialog.PaymentsDialog, "exec",
                        lambda self: opened.append((self.customer_id, self.contract_id)))
    [action] = [a for a in window.findChildren(QAction) if a.text() == "全部回款…"]
    action.trigger()
    assert opened == [(None, None)]


def test_ctrl_f_focuses_the_filter_of_the_current_tab(qtbot, window):
    window.tabs.setCurrentWidget(window.contracts_tab)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.tabs.tabBar(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.contracts_tab.filter_edit.hasFocus()


def test_window_remembers_its_size_and_last_tab(qtbot, ctx, window):
    window.resize(700, 500)
    window.tabs.setCurrentIndex(2)
    window.close()
    again = MainWindow(ctx, "test")
    qtbot.addWidget(again)
    assert again.tabs.currentIndex() == 2
    assert (again.width(), again.height()) == (700, 500)


# -- refreshing, the keyboard, the status line ----------------------------------------------
def _customers_and_contracts(ctx, count=3):
    from tests.factories import make_contract, make_customer

    ids = []
    for n in range(count):
        customer_id = make_customer(ctx, f"C{n:03d}", f"客户{n}")
        contract_id, _ = make_contract(ctx, customer_id, lines=[("1", "100")], status="confirmed",
                                       signed_on="2026-11-01")
        ids.append((customer_id, contract_id))
    return ids


def test_a_hidden_list_loads_when_shown_and_a_save_keeps_the_selection(qtbot, ctx, window,
                                                                        monkeypatch):
    from ui.events import PAYMENTS

    ids = _customers_and_contracts(ctx)
    window.customers_tab.reload()
    asked = []
    original = window.contracts_tab.model._fetch_ids
    monkeypatch.setattr(window.contracts_tab.model, "_fetch_ids",
                        lambda q: asked.append(q) or original(q))
    window.events.announce(PAYMENTS)
    assert asked == []                                  # nobody looks at the contracts tab
    window.tabs.setCurrentWidget(window.contracts_tab)
    assert len(asked) == 1 and window.contracts_tab.model.rowCount() == 3
    window.contracts_tab.select_id(ids[1][1])
    window.events.announce(PAYMENTS)                    # in front: refreshed, in place
    assert len(asked) == 2
    assert window.contracts_tab.selected_id() == ids[1][1]


def test_refresh_after_a_new_record_keeps_the_selected_one(qtbot, ctx, window):
    from tests.factories import make_customer
    from ui.events import CUSTOMERS

    ids = _customers_and_contracts(ctx)
    tab = window.customers_tab
    tab.reload()
    tab.select_id(ids[2][0])
    make_customer(ctx, "A000", "排在最前")             # sorts before the selected one
    window.events.announce(CUSTOMERS)
    assert tab.model.rowCount() == 4
    assert tab.selected_id() == ids[2][0]


def test_enter_or_down_in_the_filter_goes_to_the_results(qtbot, ctx, window):
    _customers_and_contracts(ctx)
    tab = window.customers_tab
    tab.reload()
    window.activateWindow()
    tab.filter_edit.setFocus()
    tab.filter_edit.setText("客户1")                     # typed: the query waits for a pause
    qtbot.keyClick(tab.filter_edit, Qt.Key.Key_Down)    # before the pause: asks at once
    assert tab.table.hasFocus()
    assert tab.model.rowCount() == 1 and tab.selected_id() is not None


def test_the_status_line_stays_when_a_message_passes(window):
    text = window.status_label.text()
    assert "操作员" in text
    window.statusBar().showMessage("")                  # what a menu's hover does
    assert window.status_label.isVisible() and window.status_label.text() == text


def test_ctrl_r_in_the_contracts_tab_records_for_the_selected_contract(qtbot, ctx, window,
                                                                       monkeypatch):
    ids = _customers_and_contracts(ctx)
    window.tabs.setCurrentWidget(window.contracts_tab)
    window.contracts_tab.select_id(ids[1][1])
    asked = []
    monkeypatch.setattr(window, "record_payment", lambda *a: asked.append(a))
    window.record_payment_here()
    assert asked == [ids[1]]


def test_a_customers_contracts_and_a_new_contract_from_the_customers_tab(qtbot, ctx, window,
                                                                       monkeypatch):
    import ui.contracts_tab as contracts_tab

    ids = _customers_and_contracts(ctx)
    window.customers_tab.reload()
    window.customers_tab.select_id(ids[0][0])
    window.show_contracts_of(ids[0][0], "C000 客户0")
    tab = window.contracts_tab
    assert window.tabs.currentWidget() is tab and tab.model.rowCount() == 1
    assert tab.customer_chip.isVisible() and "客户0" in tab.customer_chip.text()
    tab.customer_chip.click()
    assert tab.model.rowCount() == 3 and not tab.customer_chip.isVisible()
    made = []
    monkeypatch.setattr(contracts_tab.ContractDialog, "exec", lambda self: made.append(self) or 0)
    window.new_contract_for(ids[2][0])
    assert made and made[0].customer.currentData() == ids[2][0]


def test_file_menu_opens_the_batch_of_price_confirmations(qtbot, window, monkeypatch):
    import ui.batch_documents_dialog as batch

    opened = []
    monkeypatch.setattr(batch.BatchDocumentsDialog, "exec", lambda self: opened.append(self))
    file_menu = window.menuBar().actions()[0].menu()
    [action] = [a for a in file_menu.actions() if a.text() == "批量打印价格确认书…"]
    action.trigger()
    assert len(opened) == 1


def test_a_new_contract_for_a_customer_takes_its_salesperson(qtbot, ctx):
    from tests.factories import make_customer
    from ui.contract_dialog import ContractDialog

    customer_id = make_customer(ctx, "C001", "北京九州诊所", salesperson="王建国")
    dialog = ContractDialog(ctx, customer_id=customer_id)
    qtbot.addWidget(dialog)
    assert dialog.salesperson.text() == "王建国"


def test_more_is_a_button_with_its_menu(window):
    from PySide6.QtWidgets import QPushButton

    [more] = [b for b in window.customers_tab.findChildren(QPushButton) if b.text() == "更多"]
    assert more.menu() is not None and more.menu().actions()


def test_the_credit_limit_reads_as_typed_on_reopening(qtbot, ctx):
    from tests.factories import make_customer
    from ui.customer_dialog import CustomerDialog

    customer_id = make_customer(ctx, "C001", "北京九州诊所", credit_limit="750000")
    dialog = CustomerDialog(ctx, customer_id)
    qtbot.addWidget(dialog)
    assert dialog.text["credit_limit"].text() == "750,000.00"
    dialog.try_save()                                   # and it reads back unchanged
    assert dialog.result() == dialog.DialogCode.Accepted


def test_follow_up_and_promise_from_a_report_row_open_for_that_customer(ctx, window, monkeypatch):
    from tests.factories import make_customer
    from ui import follow_up_dialog, promise_dialog

    customer = make_customer(ctx, "C077", "甲&乙 <诊所>")
    opened = []
    for module, name in ((follow_up_dialog, "FollowUpDialog"), (promise_dialog, "PromiseDialog")):
        kind = getattr(module, name)
        monkeypatch.setattr(kind, "exec", lambda self, name=name: opened.append(
            (name, " ".join(label.text() for label in self.findChildren(QLabel)))) or 0)
    window.record_follow_up(customer)
    window.record_promise(customer)
    assert [name for name, _title in opened] == ["FollowUpDialog", "PromiseDialog"]
    assert all("C077  甲&乙 <诊所>" in labels for _name, labels in opened), opened
