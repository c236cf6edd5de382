"""Returns and allowances in the window: the dialog with its preview of the effect, the page of a
customer's credit notes, and the confirmation recorded once it is saved or printed."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QMessageBox

from services.admin import company
from services.admin.company import CompanyInfo
from services.documents import printing
from services.documents.content import CREDIT_NOTE
from services.ledger import credit_notes
from services.ledger.balances import unallocated_credit
from services.ledger.credit_notes import CreditNoteInput
from tests.factories import make_contract, make_customer, open_session, pay, set_branch
from ui import formatting as fmt
from ui.credit_note_dialog import CreditNoteDialog
from ui.credit_notes_page import CreditNotesPage
from ui.document_dialog import DocumentDialog
from ui.events import PAYMENTS, DataEvents
from ui.labels import PAYMENT_METHOD, label

Y = Decimal


def _ok(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def _type(model, row: int, field: str, text: str) -> None:
    assert model.setData(model.index(row, model.column_of(field)), text)


def _text(model, row: int, column: int) -> str:
    return model.data(model.index(row, column))


@pytest.fixture
def books(ctx):
    """Masks 10 × 12.50 and thermometers 4 × 30 (245.00), delivered 10-01, due 60 on 10-31,
    50 on 11-30 and 135 on 12-31; 100.00 paid on 11-01 (60 + 40), so 145.00 is unpaid."""
    company.save_company(ctx.uow(), CompanyInfo(company_name="北京康泰医疗用品有限公司"))
    set_branch(ctx, "BJ")
    customer = make_customer(ctx, "C001", "天津和平医院")
    contract_id, number = make_contract(
        ctx, customer, lines=[("10", "12.50", "医用口罩"), ("4", "30", "体温计")],
        signed_on="2026-10-01",
        installments=[("2026-10-31", "60"), ("2026-11-30", "50"), ("2026-12-31", "135")])
    pay(ctx, customer, "100", received_on="2026-11-01")
    return customer, contract_id, number


def _dialog(qtbot, ctx, customer, **kw) -> CreditNoteDialog:
    dialog = CreditNoteDialog(ctx, customer, **kw)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _wait_for_pages(qtbot, dialog):
    qtbot.waitUntil(lambda: dialog.pdf_document.status() == QPdfDocument.Status.Ready,
                    timeout=10000)


# --- the dialog -----------------------------------------------------------------------------

def test_a_return_shows_its_amount_and_effect_then_saves(qtbot, ctx, books):
    customer, contract_id, number = books
    dialog = _dialog(qtbot, ctx, customer)
    assert dialog.contract.currentData() == contract_id and number in dialog.contract.currentText()
    assert "尚欠 ¥145.00" in dialog.contract_info.text()
    assert [_text(dialog.lines, i, 0) for i in range(2)] == ["医用口罩", "体温计"]
    assert not dialog.amount.isVisible() and dialog.lines_view.isVisible()
    _type(dialog.lines, 0, "quantity", "2")
    assert _text(dialog.lines, 0, dialog.lines.columnCount() - 1) == fmt.money(Y("25.00"))
    # Latest due first: the 12-31 installment takes all 25.00.
    assert [r.amount for r in dialog.reductions.rows] == ["", "25.00"]
    assert dialog.effect.text() == "金额 ¥25.00：冲减应收 ¥25.00"
    dialog.reason.setText("外箱受潮")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.error_label.text()
    assert dialog.number == "BJ-TH-2026-00001"
    detail = credit_notes.get_credit_note(ctx.uow(), dialog.credit_note_id)
    assert (detail.kind, detail.amount, detail.issued_on, detail.reason) == (
        "return", Y("25.00"), dt.date(2026, 11, 24), "外箱受潮")
    assert [(r.due_date, r.amount) for r in detail.reductions] == [
        (dt.date(2026, 12, 31), Y("25.00"))]


def test_a_return_of_more_than_supplied_points_at_the_line_and_keeps_what_was_typed(
        qtbot, ctx, books):
    customer, _, _ = books
    dialog = _dialog(qtbot, ctx, customer)
    dialog.reason.setText("质量问题")
    _type(dialog.lines, 1, "quantity", "5")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error_label.text() == (
        "产品明细第 2 行：数量5 超过“体温计”可退的 4（供货 4，已扣除此前退货）")
    current = dialog.lines_view.currentIndex()
    assert (current.row(), current.column()) == (1, dialog.lines.column_of("quantity"))
    assert dialog.lines.rows[1].quantity == "5"
    assert credit_notes.list_credit_notes(ctx.uow(), customer_id=customer) == []


def test_an_allowance_beyond_what_is_unpaid_previews_the_credit(qtbot, ctx, books):
    customer, contract_id, _ = books
    dialog = _dialog(qtbot, ctx, customer, contract_id=contract_id)
    dialog.allowance_kind.setChecked(True)
    assert dialog.amount.isVisible() and not dialog.lines_view.isVisible()
    qtbot.keyClicks(dialog.amount, "200")
    assert [r.amount for r in dialog.reductions.rows] == ["10.00", "135.00"]
    assert dialog.effect.text() == "金额 ¥200.00：冲减应收 ¥145.00；超出部分 ¥55.00 转为客户预收款"
    dialog.reason.setText("价格调整")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.error_label.text()
    with open_session(ctx) as session:
        assert unallocated_credit(session, customer, dt.date(2026, 11, 24)) == Y("55.00")


def test_reductions_chosen_by_hand_are_checked(qtbot, ctx, books):
    customer, _, _ = books
    dialog = _dialog(qtbot, ctx, customer)
    dialog.allowance_kind.setChecked(True)
    dialog.amount.setText("30")
    dialog.reason.setText("折让")
    dialog.manual.setChecked(True)
    _type(dialog.reductions, 0, "amount", "20")   # 10.00 still owed there
    _type(dialog.reductions, 1, "amount", "")
    assert "金额 ¥30.00：冲减应收 ¥20.00" in dialog.effect.text()
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.error_label.text() == "冲减分期第 1 行：金额¥20.00 超过该期尚欠的 ¥10.00"
    current = dialog.reductions_view.currentIndex()
    assert (current.row(), current.column()) == (0, dialog.reductions.column_of("amount"))
    _type(dialog.reductions, 0, "amount", "10")
    _type(dialog.reductions, 1, "amount", "30")
    assert dialog.effect.text() == "冲减合计 ¥40.00 超过退货/折让金额 ¥30.00"
    _type(dialog.reductions, 1, "amount", "5")
    assert dialog.effect.text() == "金额 ¥30.00：冲减应收 ¥15.00；超出部分 ¥15.00 转为客户预收款"
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.error_label.text()
    detail = credit_notes.get_credit_note(ctx.uow(), dialog.credit_note_id)
    assert (detail.reduced, detail.surplus) == (Y("15.00"), Y("15.00"))


def test_a_customer_without_a_delivered_contract_is_told_so(qtbot, ctx):
    customer = make_customer(ctx, "C002")
    make_contract(ctx, customer, status="confirmed", lines=[("1", "100")])
    dialog = _dialog(qtbot, ctx, customer)
    assert dialog.contract.count() == 0
    assert dialog.contract_info.text() == "该客户没有已发货的合同，不能退货或折让。"
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.error_label.text() == "合同不能为空"


# --- the page -------------------------------------------------------------------------------

def _page(qtbot, ctx, customer, events=None) -> CreditNotesPage:
    page = CreditNotesPage(ctx, events or DataEvents(), customer)
    qtbot.addWidget(page)
    page.show()
    return page


def test_the_page_lists_the_notes_and_refreshes_on_changes(qtbot, ctx, books, qtmodeltester):
    customer, contract_id, number = books
    events = DataEvents()
    page = _page(qtbot, ctx, customer, events)
    assert page.model.rowCount() == 0 and not page.print_button.isEnabled()
    credit_notes.create_credit_note(ctx.uow(), CreditNoteInput(
        contract_id=contract_id, kind="allowance", issued_on="2026-11-22", reason="价格调整",
        amount="20"))
    events.announce(PAYMENTS)
    assert page.model.rowCount() == 1
    assert [_text(page.model, 0, c) for c in range(6)] == [
        "BJ-TH-2026-00001", fmt.day(dt.date(2026, 11, 22)), "折让", number,
        fmt.money(Y("20.00")), "价格调整"]
    page.table.selectRow(0)
    assert page.print_button.isEnabled()
    qtmodeltester.check(page.model)
    assert label(PAYMENT_METHOD, "credit_note") == "退货/折让"  # as the payments list shows it


def test_a_new_note_from_the_page_is_announced_and_offered_for_printing(
        qtbot, ctx, books, monkeypatch):
    customer, _, _ = books
    events = DataEvents()
    announced = []
    events.changed.connect(announced.append)
    page = _page(qtbot, ctx, customer, events)

    def fill_and_save(dialog: CreditNoteDialog):
        qtbot.addWidget(dialog)
        _type(dialog.lines, 0, "quantity", "2")
        dialog.reason.setText("外箱受潮")
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
        return dialog.result()

    asked = []
    monkeypatch.setattr(CreditNoteDialog, "exec", fill_and_save)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or
                        QMessageBox.StandardButton.No)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert announced == [{PAYMENTS}]
    assert asked == ["已保存 BJ-TH-2026-00001。现在打印确认书，请客户签字盖章？"]
    assert page.model.rowCount() == 1 and page.selected().number == "BJ-TH-2026-00001"


def test_the_confirmation_is_recorded_after_save_as_and_reprinted_from_it(
        qtbot, ctx, books, monkeypatch, tmp_path):
    customer, contract_id, _ = books
    note_id, number = credit_notes.create_credit_note(ctx.uow(), CreditNoteInput(
        contract_id=contract_id, kind="allowance", issued_on="2026-11-22", reason="价格调整",
        amount="20"))
    page = _page(qtbot, ctx, customer)
    page.table.selectRow(0)
    target = tmp_path / "确认书.pdf"
    opened: list[DocumentDialog] = []

    def preview_and_save(dialog: DocumentDialog):
        qtbot.addWidget(dialog)
        opened.append(dialog)
        _wait_for_pages(qtbot, dialog)
        if not dialog.issued:
            assert dialog.status.text() == "预览（打印或另存为 PDF 时记录），共 1 页"
            assert printing.list_documents(ctx.uow(), customer_id=customer) == []
            monkeypatch.setattr(QFileDialog, "getSaveFileName",
                                lambda *a, **k: (str(target), "PDF"))
            dialog.save_pdf()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(DocumentDialog, "exec", preview_and_save)
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    first = opened[-1]
    assert first.windowTitle() == "退货/折让确认书"
    assert first.issued and first.number == number and number in first.status.text()
    [recorded] = printing.list_documents(ctx.uow(), customer_id=customer)
    assert (recorded.number, recorded.kind) == (number, CREDIT_NOTE)
    assert target.read_bytes() == printing.document_pdf(ctx.uow(), recorded.id) == first.pdf
    # Printing again opens the paper as recorded: the same bytes, nothing new recorded.
    page.print_confirmation()
    again = opened[-1]
    assert again is not first and again.issued and again.document_id == recorded.id
    assert again.pdf == first.pdf
    assert len(printing.list_documents(ctx.uow(), customer_id=customer)) == 1
    assert printing.credit_note_document_id(ctx.uow(), note_id) == recorded.id
