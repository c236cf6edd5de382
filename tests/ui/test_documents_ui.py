"""Previewing, printing and saving documents, and the papers of a contract, in the window."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

from services.admin import company
from services.admin.company import CompanyInfo
from services.documents import printing
from services.documents.content import IOU, PRICE_CONFIRMATION
from tests.factories import make_contract, make_customer, set_branch
from ui.company_dialog import CompanyDialog
from ui.contract_dialog import ContractDialog
from ui.document_dialog import DocumentDialog
from ui.papers_dialog import PapersDialog


def _setup(ctx):
    company.save_company(ctx.uow(), CompanyInfo(company_name="北京康泰医疗用品有限公司"))
    set_branch(ctx, "BJ")
    customer_id = make_customer(ctx, "C001", "天津和平医院")
    return make_contract(ctx, customer_id, lines=[("3", "120", "体温计")],
                         installments=[("2026-12-20", "360")], signed_on="2026-11-01")


def _wait_for_pages(qtbot, dialog):
    qtbot.waitUntil(lambda: dialog.pdf_document.status() == QPdfDocument.Status.Ready,
                    timeout=10000)


def test_preview_shows_the_real_pdf_and_saves_it(qtbot, ctx, tmp_path, monkeypatch):
    contract_id, _ = _setup(ctx)
    dialog = DocumentDialog(ctx, PRICE_CONFIRMATION, contract_id=contract_id)
    qtbot.addWidget(dialog)
    dialog.show()
    _wait_for_pages(qtbot, dialog)
    assert dialog.pdf_document.pageCount() >= 1
    assert dialog.number == "BJ-QR-2026-00001" and dialog.number in dialog.status.text()
    assert dialog.print_button.isEnabled() and dialog.save_button.isEnabled()
    target = tmp_path / "out.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF"))
    dialog.save_pdf()
    [recorded] = printing.list_documents(ctx.uow(), contract_id=contract_id)
    assert target.read_bytes() == printing.document_pdf(ctx.uow(), recorded.id)


def test_printing_paints_every_page_on_white(qtbot, ctx, tmp_path):
    contract_id, _ = _setup(ctx)
    dialog = DocumentDialog(ctx, IOU, contract_id=contract_id)
    qtbot.addWidget(dialog)
    _wait_for_pages(qtbot, dialog)
    image = dialog.page_image(0, dialog.pdf_document.pagePointSize(0).toSize())
    assert image.pixelColor(2, 2).name() == "#ffffff"  # margin: white, not transparent
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    dialog.print_to(printer)
    printed = QPdfDocument()
    printed.load(str(tmp_path / "printed.pdf"))
    assert printed.pageCount() == dialog.pdf_document.pageCount()


def test_missing_company_name_is_told_in_the_preview(qtbot, ctx):
    contract_id, _ = make_contract(ctx, make_customer(ctx, "C001"))
    dialog = DocumentDialog(ctx, PRICE_CONFIRMATION, contract_id=contract_id)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "公司信息" in dialog.status.text(), timeout=10000)
    assert not dialog.print_button.isEnabled()


def test_reprint_from_the_papers_dialog_lists_what_was_made(qtbot, ctx):
    contract_id, number = _setup(ctx)
    printing.generate_document(ctx.uow(), PRICE_CONFIRMATION, contract_id=contract_id)
    papers = PapersDialog(ctx, contract_id, number)
    qtbot.addWidget(papers)
    assert papers.documents.rowCount() == 1
    assert papers.documents.data(papers.documents.index(0, 0)) == "BJ-QR-2026-00001"


def test_delivering_without_signed_price_confirmation_is_refused_in_the_dialog(qtbot, ctx):
    contract_id, _ = _setup(ctx)
    dialog = ContractDialog(ctx, contract_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.status.setCurrentIndex(dialog.status.findData("delivered"))
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert dialog.error_label.text().startswith("价格确认书签回日期必须先填写")
    assert dialog.focusWidget() is dialog.price_confirmation
    dialog.price_confirmation.setText("2026-11-02")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert dialog.became_delivered()


def test_company_dialog_saves_what_documents_print(qtbot, ctx):
    dialog = CompanyDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.edits["company_name"].setText("上海某某医药有限公司")
    dialog.edits["company_tax_number"].setText("91310000XXXX")
    dialog.rule.setChecked(False)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    saved = company.get_company(ctx.uow())
    assert (saved.company_name, saved.company_tax_number,
            saved.price_confirmation_before_delivery) == ("上海某某医药有限公司", "91310000XXXX", False)


def test_marking_delivered_offers_to_print_the_iou(qtbot, ctx, window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    import ui.contracts_tab as contracts_tab

    contract_id, _ = _setup(ctx)
    dialog = ContractDialog(ctx, contract_id, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.status.setCurrentIndex(dialog.status.findData("delivered"))
    dialog.price_confirmation.setText("2026-11-02")
    dialog.try_save()
    asked, opened = [], []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(contracts_tab.DocumentDialog, "exec", lambda self: opened.append(self))
    window.contracts_tab._offer_iou(dialog)
    assert "欠款确认书" in asked[0]
    assert opened and opened[0].windowTitle() == "欠款确认书"
    qtbot.waitUntil(lambda: opened[0].pdf_document.status() == QPdfDocument.Status.Ready,
                    timeout=10000)


def test_company_dialog_refuses_a_bad_rule_and_keeps_the_input(qtbot, ctx):
    from services.collection import rules

    dialog = CompanyDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.edits["company_name"].setText("某公司")
    dialog.follow_up["B"].setText("0")
    dialog.grace_days.setText("2")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    assert dialog.error_label.text() == "B 级客户跟进间隔（天）必须在 1 到 365 之间"
    assert dialog.follow_up["B"].text() == "0" and rules.get_rules(ctx.uow()).grace_days == 0
    dialog.follow_up["B"].setText("10")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    saved = rules.get_rules(ctx.uow())
    assert (saved.grace_days, saved.follow_up_days["B"]) == (2, 10)
