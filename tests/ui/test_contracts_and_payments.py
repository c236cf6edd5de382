"""Contracts, payments and the plan, driven through their dialogs and tabs."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from models import Contract
from services.ledger import contracts
from tests.factories import count_rows, make_contract, make_customer
from ui.contract_dialog import ContractDialog
from ui.events import CONTRACTS, PAYMENTS
from ui.lazy_model import RAW_ROLE
from ui.payment_dialog import PaymentDialog
from ui.plan_model import TARGET_COLUMN


def _ok(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def _raw(model, row: int, column: int):
    return model.data(model.index(row, column), RAW_ROLE)


def _edit(model, row: int, field: str, text: str) -> None:
    assert model.setData(model.index(row, model.column_of(field)), text)


def test_contract_with_two_installments_is_added_through_the_dialog(qtbot, ctx, window):
    customer_id = make_customer(ctx, "C001", "南京仁和药房连锁有限公司", salesperson="赵敏",
                                payment_terms="45 天账期")
    dialog = ContractDialog(ctx, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.customer.setCurrentIndex(dialog.customer.findData(customer_id))
    assert dialog.salesperson.text() == "赵敏"  # taken from the customer
    _edit(dialog.lines, 0, "product", "阿莫西林胶囊")
    _edit(dialog.lines, 0, "quantity", "120")
    _edit(dialog.lines, 0, "unit_price", "15.5")
    dialog.lines.append()
    _edit(dialog.lines, 1, "product", "布洛芬缓释胶囊")
    _edit(dialog.lines, 1, "quantity", "3")
    _edit(dialog.lines, 1, "unit_price", "33.333")   # 99.999 rounds to 100.00
    assert dialog.total() == Decimal("1960.00")
    dialog.schedule.append()
    _edit(dialog.schedule, 0, "due_date", "2026-12-20")
    _edit(dialog.schedule, 0, "amount", "1000")
    dialog.schedule.append()
    _edit(dialog.schedule, 1, "due_date", "2027-01-20")
    _edit(dialog.schedule, 1, "amount", "960")
    dialog.status.setCurrentIndex(dialog.status.findData("confirmed"))
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.error_label.text()

    saved = contracts.get_contract(ctx.uow(), dialog.contract_id)
    assert [(i.due_date.isoformat(), i.amount) for i in saved.installments] == [
        ("2026-12-20", Decimal("1000.00")), ("2027-01-20", Decimal("960.00"))]
    window.events.announce(CONTRACTS)
    tab = window.contracts_tab
    window.tabs.setCurrentWidget(tab)
    tab.filter_edit.insert("仁和")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    assert _raw(tab.model, 0, tab.model.column_of("total")) == Decimal("1960.00")
    # Confirmed, not delivered: nothing owed yet, all of it committed.
    assert _raw(tab.model, 0, tab.model.column_of("outstanding")) == Decimal("0.00")
    assert _raw(tab.model, 0, tab.model.column_of("committed")) == Decimal("1960.00")
    assert tab.model.data(tab.model.index(0, tab.model.column_of("number"))) == saved.number


def test_schedule_not_adding_up_is_refused_and_kept(qtbot, ctx):
    customer_id = make_customer(ctx, "C001")
    dialog = ContractDialog(ctx, customer_id=customer_id)
    qtbot.addWidget(dialog)
    dialog.show()
    _edit(dialog.lines, 0, "product", "纱布")
    _edit(dialog.lines, 0, "quantity", "10")
    _edit(dialog.lines, 0, "unit_price", "10")
    dialog.schedule.append()
    _edit(dialog.schedule, 0, "due_date", "2026-12-31")
    _edit(dialog.schedule, 0, "amount", "99.99")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error_label.text() == "回款计划分期合计 ¥99.99，与合同总额 ¥100.00 不一致"
    assert dialog.schedule.rows[0].amount == "99.99"
    assert count_rows(ctx, Contract) == 0


def test_by_payment_term_fills_one_installment(qtbot, ctx):
    customer_id = make_customer(ctx, "C001", payment_terms="45 天账期")
    dialog = ContractDialog(ctx, customer_id=customer_id)
    qtbot.addWidget(dialog)
    assert dialog.terms_picker.currentData() == "45 天账期"  # understood without a template
    _edit(dialog.lines, 0, "quantity", "2")
    _edit(dialog.lines, 0, "unit_price", "250.5")
    dialog.delivery_on.setText("2026-12-01")
    dialog.fill_by_terms()
    assert [(r.due_date, r.amount, r.is_deposit) for r in dialog.schedule.rows] == [
        ("2027-01-15", "501.00", False)]


def test_bad_line_quantity_selects_the_cell(qtbot, ctx):
    customer_id = make_customer(ctx, "C001")
    dialog = ContractDialog(ctx, customer_id=customer_id)
    qtbot.addWidget(dialog)
    dialog.show()
    _edit(dialog.lines, 0, "product", "口罩")
    _edit(dialog.lines, 0, "quantity", "十")
    _edit(dialog.lines, 0, "unit_price", "1")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.error_label.text() == "产品明细第 1 行：数量不是有效的数字"
    current = dialog.lines_view.currentIndex()
    assert (current.row(), current.column()) == (0, dialog.lines.column_of("quantity"))


def _outstanding_everywhere(window):
    """What each tab shows once the user looks at it (a hidden tab refreshes when shown)."""
    for tab in (window.customers_tab, window.contracts_tab, window.plan_tab):
        window.tabs.setCurrentWidget(tab)
    window.tabs.setCurrentWidget(window.customers_tab)
    customers, contracts_, plan = (window.customers_tab.model, window.contracts_tab.model,
                                   window.plan_tab.model)
    return (_raw(customers, 0, customers.column_of("outstanding")),
            _raw(contracts_, 0, contracts_.column_of("outstanding")),
            plan.rows[0].received)


def test_payment_changes_outstanding_in_all_three_tabs(qtbot, ctx, window):
    customer_id = make_customer(ctx, "C001")
    contract_id, _ = make_contract(ctx, customer_id, lines=[("10", "100")], status="delivered",
                                   installments=[("2026-11-10", "400"), ("2026-12-10", "600")],
                                   signed_on="2026-11-01", delivery_on="2026-11-02")
    window.events.announce(CONTRACTS)
    assert _outstanding_everywhere(window) == (Decimal("1000.00"), Decimal("1000.00"),
                                               Decimal("0.00"))
    dialog = PaymentDialog(ctx, None, contract_id, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.customer.setCurrentIndex(dialog.customer.findData(customer_id))
    qtbot.keyClicks(dialog.amount, "450")
    # The preview shows oldest due first: 400 to the first installment, 50 to the next.
    assert [r.amount for r in dialog.rows.rows] == ["400.00", "50.00"]
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.error_label.text()
    window.events.announce(PAYMENTS)
    assert _outstanding_everywhere(window) == (Decimal("550.00"), Decimal("550.00"),
                                               Decimal("450.00"))


def test_manual_allocation_above_owed_is_refused_in_the_dialog(qtbot, ctx):
    customer_id = make_customer(ctx, "C001")
    make_contract(ctx, customer_id, lines=[("1", "300")], status="delivered",
                  signed_on="2026-11-01", delivery_on="2026-11-01")
    dialog = PaymentDialog(ctx, customer_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.amount, "500")
    dialog.manual.setChecked(True)
    assert dialog.rows.setData(dialog.rows.index(0, 3), "350")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error_label.text() == "分配金额第 1 行：金额¥350.00 超过该期尚欠的 ¥300.00"


def test_target_is_edited_in_place_and_totals_follow(qtbot, ctx, window):
    customer_id = make_customer(ctx, "C001")
    make_contract(ctx, customer_id, lines=[("1", "800")], installments=[("2026-11-30", "800")],
                  signed_on="2026-11-01")
    tab = window.plan_tab
    tab.month.setDate(QDate(2026, 11, 1))
    tab.reload()
    assert tab.model.rows[0].due == Decimal("800.00")
    assert tab.model.setData(tab.model.index(0, TARGET_COLUMN), "750")
    assert tab.model.rows[0].target == Decimal("750.00")
    assert "本月目标 ¥750.00" in tab.totals.text()
    errors = []
    tab.model.failed.disconnect()
    tab.model.failed.connect(errors.append)
    assert not tab.model.setData(tab.model.index(0, TARGET_COLUMN), "-5")
    assert errors[0].field == "target" and errors[0].reason == "negative"
    assert tab.model.rows[0].target == Decimal("750.00")


def test_models_pass_qt_model_tester(qtmodeltester, ctx, window):
    customer_id = make_customer(ctx, "C001")
    make_contract(ctx, customer_id, lines=[("1", "800")], installments=[("2026-11-30", "800")],
                  signed_on="2026-11-01")
    window.events.announce(CONTRACTS)
    qtmodeltester.check(window.contracts_tab.model)
    qtmodeltester.check(window.plan_tab.model)
    dialog = ContractDialog(ctx, customer_id=customer_id)
    qtmodeltester.check(dialog.lines)


def test_plan_sorts_by_amount_as_numbers(qtbot, ctx, window):
    for code, amount in (("C1", "900"), ("C2", "10000"), ("C3", "2000")):
        make_contract(ctx, make_customer(ctx, code), lines=[("1", amount)],
                      installments=[("2026-11-30", amount)], signed_on="2026-11-01")
    tab = window.plan_tab
    tab.reload()
    tab.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
    codes = [tab.proxy.index(r, 0).data() for r in range(3)]
    assert codes == ["C2", "C3", "C1"]
    tab.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert [tab.proxy.index(r, 0).data() for r in range(3)] == ["C1", "C2", "C3"]


def test_customer_text_that_names_no_customer_is_refused(qtbot, ctx):
    customer_id = make_customer(ctx, "C001", "甲医院")
    dialog = ContractDialog(ctx, customer_id=customer_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.customer.setEditText("乙医院")  # typed, but not picked from the list
    _edit(dialog.lines, 0, "product", "口罩")
    _edit(dialog.lines, 0, "quantity", "1")
    _edit(dialog.lines, 0, "unit_price", "1")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.error_label.text() == "客户不能为空"
    assert count_rows(ctx, Contract) == 0
