"""Payment terms in the window: the customer's default term, the contract dialog's schedule from
a term (with its 定金 column), the offer to shift due dates when delivery slipped, and the
templates in the company settings."""
from __future__ import annotations

import datetime as dt
import os
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMessageBox

from services.admin import company
from services.admin.company import CompanyInfo
from services.ledger import contracts, customers, terms
from tests.factories import make_contract, make_customer
from ui.company_dialog import CompanyDialog
from ui.contract_dialog import ContractDialog
from ui.customer_dialog import CustomerDialog
from ui.events import CUSTOMERS

# Screenshots for a person to look at: RKT_SCREENSHOTS=folder keeps them there.
SHOTS = os.environ.get("RKT_SCREENSHOTS", "")


def _ok(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)


def _edit(model, row: int, field: str, text: str) -> None:
    assert model.setData(model.index(row, model.column_of(field)), text)


def _shot(widget, name: str, tmp_path: Path) -> Path:
    folder = Path(SHOTS) if SHOTS else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.png"
    QApplication.processEvents()  # pending layout requests: the picture as the clerk sees it
    assert widget.grab().save(str(path))
    return path


def _deposit_checks(dialog) -> list[bool]:
    model = dialog.schedule
    column = model.column_of("is_deposit")
    return [model.data(model.index(row, column), Qt.ItemDataRole.CheckStateRole)
            == Qt.CheckState.Checked for row in range(model.rowCount())]


@pytest.fixture
def answers(monkeypatch):
    """The dialog's questions (ui.ask) answered without a window: what was asked (the statement
    and the question, one after the other), and the answer to give."""
    state = {"asked": [], "answer": QMessageBox.StandardButton.Yes}

    def question(_parent, _title, statement, question, **kwargs):
        state["asked"].append(statement + question)
        return state["answer"] == QMessageBox.StandardButton.Yes

    monkeypatch.setattr("ui.contract_dialog.ask", question)
    return state


# -- the contract dialog ---------------------------------------------------------------------
def test_the_dialog_fills_a_30_70_schedule_from_the_customers_term(qtbot, ctx, tmp_path):
    make_customer(ctx, "C000", "别的客户", payment_terms="月结 30 天")
    customer_id = make_customer(ctx, "C001", "南京仁和药房连锁有限公司", payment_terms="30/70")
    dialog = ContractDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.customer.setCurrentIndex(dialog.customer.findData(customer_id))
    assert dialog.terms_picker.currentData() == "30/70"  # the customer's default term
    assert dialog.terms_parts.text() == "30%定金@签订+0; 70%@发货+60"
    _edit(dialog.lines, 0, "product", "一次性使用无菌注射器")
    _edit(dialog.lines, 0, "quantity", "1000")
    _edit(dialog.lines, 0, "unit_price", "12.345")   # 12,345.00
    dialog.signed_on.setText("2026-11-24")
    dialog.delivery_on.setText("2026-12-10")          # planned
    dialog.fill_by_terms()
    rows = [(r.due_date, r.amount, r.is_deposit) for r in dialog.schedule.rows]
    assert rows == [("2026-11-24", "3,703.50", True), ("2027-02-08", "8,641.50", False)]
    assert _deposit_checks(dialog) == [True, False]
    assert "差额 ¥0.00" in dialog.summary.text()
    _shot(dialog, "contract-dialog-30-70", tmp_path)

    dialog.status.setCurrentIndex(dialog.status.findData("confirmed"))
    _ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.error_label.text()
    saved = contracts.get_contract(ctx.uow(), dialog.contract_id).installments
    assert [(i.due_date, i.amount, i.is_deposit) for i in saved] == [
        (dt.date(2026, 11, 24), Decimal("3703.50"), True),
        (dt.date(2027, 2, 8), Decimal("8641.50"), False)]


def test_another_term_can_be_picked_and_the_schedule_stays_editable(qtbot, ctx):
    customer_id = make_customer(ctx, "C001", payment_terms="30/70")
    dialog = ContractDialog(ctx, customer_id=customer_id)
    qtbot.addWidget(dialog)
    _edit(dialog.lines, 0, "quantity", "3")
    _edit(dialog.lines, 0, "unit_price", "33.33")     # 99.99
    dialog.signed_on.setText("2026-12-01")
    dialog.delivery_on.setText("2026-12-15")
    dialog.terms_picker.setCurrentIndex(dialog.terms_picker.findData("月结 30 天"))
    assert dialog.terms_parts.text() == "100%@月末+30"
    dialog.fill_by_terms()
    assert [(r.due_date, r.amount, r.is_deposit) for r in dialog.schedule.rows] == [
        ("2027-01-30", "99.99", False)]
    # A clerk may still make the first part a deposit and move its date by hand.
    model = dialog.schedule
    index = model.index(0, model.column_of("is_deposit"))
    assert model.flags(index) & Qt.ItemFlag.ItemIsUserCheckable
    assert not model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    _edit(model, 0, "due_date", "2026-12-05")
    assert (model.rows[0].is_deposit, model.rows[0].due_date) == (True, "2026-12-05")
    assert model.setData(index, Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    assert model.rows[0].is_deposit is False
    assert model.data(index, Qt.ItemDataRole.DisplayRole) is None  # a check box, no text


def test_the_schedule_model_with_a_check_column_passes_the_model_tester(qtmodeltester, qtbot,
                                                                         ctx):
    dialog = ContractDialog(ctx, customer_id=make_customer(ctx, "C001", payment_terms="30/70"))
    qtbot.addWidget(dialog)
    _edit(dialog.lines, 0, "quantity", "1")
    _edit(dialog.lines, 0, "unit_price", "100")
    dialog.fill_by_terms()
    qtmodeltester.check(dialog.schedule)


def test_a_customer_without_a_term_leaves_the_picker_and_an_unknown_pick_is_said(qtbot, ctx):
    customer_id = make_customer(ctx, "C001", payment_terms="")
    dialog = ContractDialog(ctx, customer_id=customer_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.terms_picker.currentData() == "款到发货"  # the first template
    dialog.signed_on.setText("2026-02-30")
    dialog.fill_by_terms()
    assert dialog.error_label.text() == "签订日期不是有效的日期（格式：2026-01-31）"
    assert dialog.schedule.rows == []


# -- a delivery that slipped -----------------------------------------------------------------
def _confirmed_30_70(ctx) -> int:
    customer_id = make_customer(ctx, "C001", payment_terms="30/70")
    data_terms = terms.find_terms(terms.get_terms(ctx.uow()), "30/70")
    schedule = terms.schedule_from_terms(data_terms, "1000", dt.date(2026, 11, 2),
                                         dt.date(2026, 11, 10))
    contract_id, _ = make_contract(
        ctx, customer_id, lines=[("1", "1000")], status="confirmed", signed_on="2026-11-02",
        delivery_on="2026-11-10", price_confirmation_signed_on="2026-11-03",
        installments=[(i.due_date, i.amount, None, i.is_deposit) for i in schedule])
    return contract_id


def _deliver(qtbot, ctx, contract_id: int, on: str) -> ContractDialog:
    dialog = ContractDialog(ctx, contract_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.status.setCurrentIndex(dialog.status.findData("delivered"))
    dialog.delivery_on.setText(on)
    _ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.error_label.text()
    return dialog


def _due_dates(ctx, contract_id: int) -> list[tuple]:
    return [(i.due_date.isoformat(), i.is_deposit)
            for i in contracts.get_contract(ctx.uow(), contract_id).installments]


def test_a_late_delivery_offers_to_shift_the_due_dates_after_delivery(qtbot, ctx, answers):
    contract_id = _confirmed_30_70(ctx)
    assert _due_dates(ctx, contract_id) == [("2026-11-02", True), ("2027-01-09", False)]
    _deliver(qtbot, ctx, contract_id, "2026-11-17")  # 7 days after the planned 11-10
    assert answers["asked"] == ["发货比计划晚 7 天。把发货后的各期到期日顺延 7 天吗？"]
    # The deposit runs from signing and stays; the rest moves by the 7 days.
    assert _due_dates(ctx, contract_id) == [("2026-11-02", True), ("2027-01-16", False)]


def test_declining_the_shift_keeps_the_due_dates(qtbot, ctx, answers):
    contract_id = _confirmed_30_70(ctx)
    answers["answer"] = QMessageBox.StandardButton.No
    _deliver(qtbot, ctx, contract_id, "2026-11-20")
    assert answers["asked"] == ["发货比计划晚 10 天。把发货后的各期到期日顺延 10 天吗？"]
    assert _due_dates(ctx, contract_id) == [("2026-11-02", True), ("2027-01-09", False)]


@pytest.mark.parametrize("on", ["2026-11-10", "2026-11-08"])
def test_a_delivery_on_time_or_early_asks_nothing(qtbot, ctx, answers, on):
    contract_id = _confirmed_30_70(ctx)
    _deliver(qtbot, ctx, contract_id, on)
    assert answers["asked"] == []
    assert _due_dates(ctx, contract_id) == [("2026-11-02", True), ("2027-01-09", False)]


def test_the_shift_is_offered_once_even_when_the_save_is_tried_again(qtbot, ctx, answers):
    contract_id = _confirmed_30_70(ctx)
    dialog = ContractDialog(ctx, contract_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.status.setCurrentIndex(dialog.status.findData("delivered"))
    dialog.delivery_on.setText("2026-11-15")
    dialog.notes.setText("x" * 5001)  # refused: the dialog stays open with what was typed
    _ok(qtbot, dialog)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert [r.due_date for r in dialog.schedule.rows] == ["2026-11-02", "2027-01-14"]
    dialog.notes.setText("")
    _ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.error_label.text()
    assert len(answers["asked"]) == 1
    assert _due_dates(ctx, contract_id) == [("2026-11-02", True), ("2027-01-14", False)]


# -- the customer's default term -------------------------------------------------------------
def test_the_customer_dialog_picks_the_default_term_and_the_tab_shows_it(qtbot, ctx, window):
    dialog = CustomerDialog(ctx, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    names = [dialog.terms.itemText(i) for i in range(dialog.terms.count())]
    assert names == [t.name for t in terms.DEFAULT_TERMS]
    assert dialog.terms.currentData() == "30 天账期"  # a new customer's default
    dialog.text["code"].setText("C009")
    dialog.text["name"].setText("天津和平医院")
    dialog.terms.setCurrentIndex(dialog.terms.findData("月结 60 天"))
    _ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.error_label.text()
    assert customers.get_customer(ctx.uow(), dialog.customer_id).data.payment_terms == "月结 60 天"
    window.events.announce(CUSTOMERS)
    tab = window.customers_tab
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    column = tab.model.column_of("payment_terms")
    assert tab.model.headerData(column, Qt.Orientation.Horizontal) == "付款方式"
    assert tab.model.data(tab.model.index(0, column)) == "月结 60 天"


def test_an_old_customers_n_days_term_is_shown_and_kept(qtbot, ctx):
    customer_id = make_customer(ctx, "C001", payment_terms="45 天账期")  # as migration 0005 named it
    dialog = CustomerDialog(ctx, customer_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.terms.currentText() == "45 天账期"
    dialog.text["phone"].setText("022-1")
    _ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.error_label.text()
    assert customers.get_customer(ctx.uow(), customer_id).data.payment_terms == "45 天账期"


# -- the templates in the company settings ---------------------------------------------------
def _company_dialog(qtbot, ctx) -> CompanyDialog:
    company.save_company(ctx.uow(), CompanyInfo(company_name="北京康泰医疗用品有限公司"))
    dialog = CompanyDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_company_dialog_shows_the_templates_with_what_they_mean(qtbot, ctx, tmp_path):
    dialog = _company_dialog(qtbot, ctx)
    model = dialog.terms_model
    texts = [[model.data(model.index(r, c)) for c in range(3)] for r in range(model.rowCount())]
    assert texts[0] == ["款到发货", "100%定金@签订+0", "签订时付 100%（定金）"]
    assert texts[5] == ["月结 30 天", "100%@月末+30", "发货当月月末后 30 天付 100%"]
    assert texts[7] == ["30/70", "30%定金@签订+0; 70%@发货+60",
                        "签订时付 30%（定金）；发货后 60 天付 70%"]
    _edit(model, 7, "parts", "30%@发货+60")
    assert model.data(model.index(7, 2)) == "无法识别，请按上面的写法填写"
    assert model.data(model.index(7, 2), Qt.ItemDataRole.ForegroundRole) is not None  # red
    _edit(model, 7, "parts", "30%定金@签订+0; 70%@发货+60")
    _shot(dialog, "company-dialog-terms", tmp_path)


def test_templates_edited_in_the_company_dialog_are_saved_with_the_settings(qtbot, ctx):
    dialog = _company_dialog(qtbot, ctx)
    model = dialog.terms_model
    row = model.append()
    _edit(model, row, "name", "20/80")
    _edit(model, row, "parts", "20%定金@签订+3; 70%@发货+30")
    _ok(qtbot, dialog)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error_label.text() == "付款方式第 9 行：分期比例合计 90%，应为 100%（20/80）"
    current = dialog.terms_view.currentIndex()
    assert (current.row(), current.column()) == (8, model.column_of("parts"))
    _edit(model, row, "parts", "20%定金@签订+3; 80%@发货+30")
    _ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.error_label.text()
    saved = terms.find_terms(terms.get_terms(ctx.uow()), "20/80")
    assert saved.parts == (terms.TermPart(Decimal(20), "signing", 3, True),
                           terms.TermPart(Decimal(80), "delivery", 30))


def test_removing_a_template_a_customer_uses_is_refused_in_words(qtbot, ctx):
    make_customer(ctx, "C001", payment_terms="30/70")
    dialog = _company_dialog(qtbot, ctx)
    dialog.terms_model.remove(7)
    _ok(qtbot, dialog)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error_label.text() == (
        "付款方式“30/70”是 1 个客户的默认付款方式，请先为这些客户改选其他付款方式")
    assert [t.name for t in terms.get_terms(ctx.uow())][-1] == "30/70"
