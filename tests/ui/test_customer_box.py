"""The customer box: `bjjz` finds 北京九州诊所 in the payment and contract dialogs, and in the
customers tab's filter; the keyboard picks it; 2,000 customers are filtered as they are typed."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from services.ledger.customers import CustomerChoice
from tests.factories import make_customer
from ui.contract_dialog import ContractDialog
from ui.customer_box import CustomerBox
from ui.payment_dialog import PaymentDialog

# The offscreen platform cannot raise a pop-up or give it the keyboard; not the app's doing.
pytestmark = pytest.mark.qt_log_ignore(".*does not support raise.*",
                                       ".*does not support grabbing.*")


@pytest.fixture
def three(ctx):
    return {"bj": make_customer(ctx, "C001", "天津百草药业有限公司", short_name="百草"),
            "jz": make_customer(ctx, "C002", "北京九州诊所", short_name="九州诊所"),
            "cq": make_customer(ctx, "C003", "重庆长沙银行")}


def _type(qtbot, box: CustomerBox, text: str) -> None:
    box.setFocus()
    box.lineEdit().selectAll()
    if text.isascii():
        qtbot.keyClicks(box.lineEdit(), text)
    else:  # Chinese comes from the input method, committed whole
        event = QInputMethodEvent()
        event.setCommitString(text)
        QApplication.sendEvent(box.lineEdit(), event)


def _listed(box: CustomerBox) -> list[str]:
    model = box.matches
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def _dialog(qtbot, dialog_class, ctx):
    dialog = dialog_class(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


@pytest.mark.parametrize("dialog_class", [PaymentDialog, ContractDialog])
def test_typing_the_pinyin_initials_and_enter_picks_the_customer(qtbot, ctx, three,
                                                                 dialog_class):
    dialog = _dialog(qtbot, dialog_class, ctx)
    box = dialog.customer
    assert box.chosen_id() is None
    _type(qtbot, box, "bjjz")
    assert _listed(box) == ["C002  北京九州诊所"]
    popup = box.completer().popup()
    assert popup.isVisible() and popup.currentIndex().row() == 0  # Enter takes it
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert box.chosen_id() == three["jz"]
    assert box.currentText() == "C002  北京九州诊所"
    assert dialog.isVisible()  # Enter picked the customer; it did not press OK


@pytest.mark.parametrize("typed, expected", [
    ("jiuzhou", ["C002"]), ("BJJZ", ["C002"]), ("bjjiuzhou", ["C002"]), ("九州", ["C002"]),
    ("c003", ["C003"]), ("cqcsyh", ["C003"]), ("bc", ["C001"]), ("c00", ["C001", "C002", "C003"]),
])
def test_the_list_holds_the_customers_matching_code_name_or_pinyin(qtbot, ctx, three, typed,
                                                                   expected):
    dialog = _dialog(qtbot, ContractDialog, ctx)
    _type(qtbot, dialog.customer, typed)
    assert [text.split()[0] for text in _listed(dialog.customer)] == expected


def test_down_moves_to_the_next_match_and_tab_takes_it(qtbot, ctx, three):
    dialog = _dialog(qtbot, PaymentDialog, ctx)
    box = dialog.customer
    _type(qtbot, box, "c00")
    popup = box.completer().popup()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Tab)
    assert box.chosen_id() == three["jz"]
    assert not popup.isVisible()
    assert QApplication.focusWidget() is not box.lineEdit()  # on to the next field


def test_the_payment_dialog_loads_the_picked_customers_open_items(qtbot, ctx, three):
    from tests.factories import make_contract

    make_contract(ctx, three["jz"], lines=[("1", "500")], installments=[("2026-11-30", "500")])
    dialog = _dialog(qtbot, PaymentDialog, ctx)
    assert dialog.rows.rowCount() == 0
    _type(qtbot, dialog.customer, "jz")
    qtbot.keyClick(dialog.customer.completer().popup(), Qt.Key.Key_Return)
    assert dialog.rows.rowCount() == 1
    assert dialog.value().customer_id == three["jz"]


def test_text_typed_but_not_picked_names_no_customer(qtbot, ctx, three):
    dialog = _dialog(qtbot, PaymentDialog, ctx)
    box = dialog.customer
    box.select_id(three["jz"])
    assert box.chosen_id() == three["jz"]
    _type(qtbot, box, "zzzz")
    assert _listed(box) == [] and not box.completer().popup().isVisible()
    assert box.chosen_id() is None and dialog.value().customer_id is None


def test_the_contract_dialog_opened_for_a_customer_shows_it(qtbot, ctx, three):
    dialog = ContractDialog(ctx, customer_id=three["cq"])
    qtbot.addWidget(dialog)
    assert dialog.customer.chosen_id() == three["cq"]
    assert dialog.customer.currentText() == "C003  重庆长沙银行"


def test_two_thousand_customers_filter_as_typed(qtbot):
    """The box holds only matching indexes: filtering 2,000 customers is one pass in Python
    per keystroke (no timing asserted; what is checked is that the result is right)."""
    choices = [CustomerChoice(i, f"C{i:04d}", f"客户{i}", "", "", "", f"ke hu {i}")
               for i in range(1, 2001)]
    choices.append(CustomerChoice(2001, "C2001", "北京九州诊所", "", "", "九州",
                                  "bei jing jiu zhou zhen suo | jiu zhou"))
    box = CustomerBox(choices)
    qtbot.addWidget(box)
    box.show()
    _type(qtbot, box, "bjjz")
    assert _listed(box) == ["C2001  北京九州诊所"]
    _type(qtbot, box, "kh199")
    assert len(_listed(box)) == 11  # 199 and 1990–1999
    qtbot.keyClick(box.completer().popup(), Qt.Key.Key_Return)
    assert box.chosen_id() == 199


def test_typing_bjjz_in_the_customers_tab_filter_finds_the_customer(qtbot, ctx, three, window):
    """The tab's filter goes through services.ledger.customers.customer_text_match."""
    tab = window.customers_tab
    window.tabs.setCurrentWidget(tab)
    tab.reload()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 3)
    qtbot.keyClicks(tab.filter_edit, "bjjz")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    model = tab.model
    assert model.data(model.index(0, model.column_of("name"))) == "北京九州诊所"
    tab.filter_edit.clear()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 3)
    qtbot.keyClicks(tab.filter_edit, "CQCS")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    assert model.data(model.index(0, model.column_of("code"))) == "C003"
