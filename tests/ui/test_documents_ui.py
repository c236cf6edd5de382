"""Previewing, printing and saving documents, and the papers of a contract, in the window."""
from __future__ import annotations

import pytest
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


def _setup(ctx, status="delivered"):
    company.save_company(ctx.uow(), CompanyInfo(company_name="北京康泰医疗用品有限公司"))
    set_branch(ctx, "BJ")
    customer_id = make_customer(ctx, "C001", "天津和平医院")
    return make_contract(ctx, customer_id, lines=[("3", "120", "体温计")], status=status,
                         installments=[("2026-12-20", "360")], signed_on="2026-11-01")


def _wait_for_pages(qtbot, dialog):
    qtbot.waitUntil(lambda: dialog.pdf_document.status() == QPdfDocument.Status.Ready,
                    timeout=10000)


def _opened(qtbot, ctx, kind, pay_by="2026-12-31", **target) -> DocumentDialog:
    """The dialog with its pages shown; a new IOU with its agreed repayment date typed."""
    dialog = DocumentDialog(ctx, kind, **target)
    qtbot.addWidget(dialog)
    dialog.show()
    _wait_for_pages(qtbot, dialog)
    if dialog.pay_by is not None and pay_by:
        dialog.pay_by.setText(pay_by)
    return dialog


def _recorded(ctx, contract_id):
    return printing.list_documents(ctx.uow(), contract_id=contract_id)


def _pdf_text(pdf: bytes) -> str:
    import io

    from pypdf import PdfReader

    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def _pdf_printer(path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_opening_and_closing_the_preview_uses_no_number(qtbot, ctx, tmp_path):
    """The first preview was BJ-QR-2026-00001, reopening it made -00002, nothing printed."""
    contract_id, _ = _setup(ctx)
    for _ in range(2):
        dialog = _opened(qtbot, ctx, PRICE_CONFIRMATION, contract_id=contract_id)
        assert dialog.pdf_document.pageCount() >= 1 and not dialog.issued
        assert dialog.number == "" and "预览" in dialog.status.text()
        assert "预览" in _pdf_text(dialog.pdf) and "-QR-" not in _pdf_text(dialog.pdf)
        assert dialog.print_button.isEnabled() and dialog.save_button.isEnabled()
        dialog.reject()
    assert _recorded(ctx, contract_id) == []
    dialog = _opened(qtbot, ctx, PRICE_CONFIRMATION, contract_id=contract_id)
    assert dialog.save_to(str(tmp_path / "out.pdf"))
    assert dialog.number == "BJ-QR-2026-00001"


def test_save_as_issues_the_document_once_and_saves_the_same_bytes_again(
        qtbot, ctx, tmp_path, monkeypatch):
    contract_id, _ = _setup(ctx)
    dialog = _opened(qtbot, ctx, PRICE_CONFIRMATION, contract_id=contract_id)
    target = tmp_path / "out.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF"))
    dialog.save_pdf()
    [recorded] = _recorded(ctx, contract_id)
    assert recorded.number == dialog.number == "BJ-QR-2026-00001"
    assert target.read_bytes() == printing.document_pdf(ctx.uow(), recorded.id) == dialog.pdf
    assert "BJ-QR-2026-00001" in _pdf_text(target.read_bytes())
    assert dialog.number in dialog.status.text() and "预览" not in dialog.status.text()
    _wait_for_pages(qtbot, dialog)  # the view now shows the issued document
    again = tmp_path / "again.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(again), "PDF"))
    dialog.save_pdf()
    assert again.read_bytes() == target.read_bytes()
    assert dialog.print_to(_pdf_printer(tmp_path / "printed.pdf"))
    assert [r.number for r in _recorded(ctx, contract_id)] == ["BJ-QR-2026-00001"]


def test_cancelling_save_as_issues_nothing(qtbot, ctx, monkeypatch):
    contract_id, _ = _setup(ctx)
    dialog = _opened(qtbot, ctx, IOU, contract_id=contract_id)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    dialog.save_pdf()
    assert _recorded(ctx, contract_id) == [] and not dialog.issued


def test_a_file_that_cannot_be_written_records_nothing_and_says_so(qtbot, ctx, tmp_path,
                                                                    monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    contract_id, _ = _setup(ctx)
    dialog = _opened(qtbot, ctx, IOU, contract_id=contract_id)
    told = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: told.append(a[2]))
    for path in (tmp_path / "no" / "such" / "x.pdf", tmp_path):
        assert not dialog.save_to(str(path))
        assert told[-1].startswith(f"无法保存到 {path}：") and "编号未被占用" in told[-1]
    assert _recorded(ctx, contract_id) == [] and not dialog.issued
    assert "预览" in dialog.status.text()
    assert dialog.save_to(str(tmp_path / "ok.pdf"))
    assert dialog.number == "BJ-QK-2026-00001"  # the failed tries used no number


def test_printing_issues_the_document_and_paints_every_page_on_white(qtbot, ctx, tmp_path):
    contract_id, _ = _setup(ctx)
    dialog = _opened(qtbot, ctx, IOU, contract_id=contract_id)
    image = dialog.page_image(0, dialog.pdf_document.pagePointSize(0).toSize())
    assert image.pixelColor(2, 2).name() == "#ffffff"  # margin: white, not transparent
    assert dialog.print_to(_pdf_printer(tmp_path / "printed.pdf"))
    [recorded] = _recorded(ctx, contract_id)
    assert recorded.number == dialog.number == "BJ-QK-2026-00001"
    printed = QPdfDocument()
    printed.load(str(tmp_path / "printed.pdf"))
    assert printed.pageCount() == dialog.pdf_document.pageCount() >= 1
    assert dialog.print_to(_pdf_printer(tmp_path / "again.pdf"))  # a reprint, no new number
    assert len(_recorded(ctx, contract_id)) == 1


@pytest.mark.qt_log_ignore(r"QPainter::begin")
def test_a_printer_that_will_not_start_records_nothing(qtbot, ctx, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    contract_id, _ = _setup(ctx)
    dialog = _opened(qtbot, ctx, PRICE_CONFIRMATION, contract_id=contract_id)
    told = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: told.append(a[2]))
    assert not dialog.print_to(_pdf_printer(tmp_path / "no" / "such" / "x.pdf"))
    assert "无法打印" in told[0] and _recorded(ctx, contract_id) == [] and not dialog.issued
    assert dialog.print_to(_pdf_printer(tmp_path / "x.pdf"))
    assert dialog.number == "BJ-QR-2026-00001"


def test_the_print_dialog_comes_first_and_cancel_issues_nothing(qtbot, ctx, tmp_path,
                                                                 monkeypatch):
    from PySide6.QtPrintSupport import QPrintDialog
    from PySide6.QtWidgets import QDialog

    contract_id, _ = _setup(ctx)
    dialog = _opened(qtbot, ctx, PRICE_CONFIRMATION, contract_id=contract_id)
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    dialog.print_document()
    assert _recorded(ctx, contract_id) == [] and not dialog.issued

    def accept_to_file(print_dialog):
        printer = print_dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "printed.pdf"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept_to_file)
    dialog.print_document()
    [recorded] = _recorded(ctx, contract_id)
    assert recorded.number == dialog.number == "BJ-QR-2026-00001"
    assert (tmp_path / "printed.pdf").read_bytes().startswith(b"%PDF")


def test_an_iou_asks_for_the_agreed_repayment_date_and_prints_it(qtbot, ctx, tmp_path):
    contract_id, _ = _setup(ctx)
    dialog = _opened(qtbot, ctx, IOU, pay_by="", contract_id=contract_id)
    assert "（待约定）" in _pdf_text(dialog.pdf)
    assert not dialog.save_to(str(tmp_path / "x.pdf"))          # no date: refused, told why
    assert dialog.status.text() == "约定还款日期不能为空"
    assert _recorded(ctx, contract_id) == [] and not (tmp_path / "x.pdf").exists()
    dialog.pay_by.setText("2027-01-15")
    dialog.pay_by.editingFinished.emit()                         # the preview follows the date
    qtbot.waitUntil(lambda: "2027年1月15日" in _pdf_text(dialog.pdf), timeout=10000)
    assert dialog.save_to(str(tmp_path / "x.pdf"))
    assert "双方约定还款日期为2027年1月15日" in _pdf_text(dialog.pdf).replace("\n", "")
    assert dialog.pay_by.isReadOnly()


def test_a_document_changed_meanwhile_is_refused_at_issue(qtbot, ctx, monkeypatch):
    """Another clerk recorded the full payment while the IOU was on screen: nothing to issue."""
    from PySide6.QtWidgets import QMessageBox

    from services.ledger import contracts
    from tests.factories import pay

    contract_id, _ = _setup(ctx)
    dialog = _opened(qtbot, ctx, IOU, contract_id=contract_id)
    pay(ctx, contracts.get_contract(ctx.uow(), contract_id).customer_id, "360",
        received_on="2026-11-20")
    told = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: told.append(a[2]))
    assert not dialog.save_to("unused.pdf")
    assert "欠款确认书" in told[0] and _recorded(ctx, contract_id) == []


def test_a_stored_document_reprints_its_own_bytes(qtbot, ctx, tmp_path):
    contract_id, _ = _setup(ctx)
    made = printing.issue_document(ctx.uow(), IOU, contract_id=contract_id,
                                   deliver=lambda pdf, number: None, pay_by="2026-12-31")
    dialog = _opened(qtbot, ctx, IOU, document_id=made.id)
    assert dialog.issued and dialog.pdf == made.pdf
    assert dialog.save_to(str(tmp_path / "copy.pdf"))
    assert (tmp_path / "copy.pdf").read_bytes() == made.pdf
    assert len(_recorded(ctx, contract_id)) == 1


def test_missing_company_name_is_told_in_the_preview(qtbot, ctx):
    contract_id, _ = make_contract(ctx, make_customer(ctx, "C001"))
    dialog = DocumentDialog(ctx, PRICE_CONFIRMATION, contract_id=contract_id)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "公司信息" in dialog.status.text(), timeout=10000)
    assert not dialog.print_button.isEnabled()


def test_reprint_from_the_papers_dialog_lists_what_was_made(qtbot, ctx):
    contract_id, number = _setup(ctx)
    printing.issue_document(ctx.uow(), PRICE_CONFIRMATION, contract_id=contract_id,
                            deliver=lambda pdf, number: None)
    papers = PapersDialog(ctx, contract_id, number)
    qtbot.addWidget(papers)
    assert papers.documents.rowCount() == 1
    assert papers.documents.data(papers.documents.index(0, 0)) == "BJ-QR-2026-00001"


def test_delivering_without_signed_price_confirmation_is_refused_in_the_dialog(qtbot, ctx):
    contract_id, _ = _setup(ctx, "confirmed")
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

    import ui.contracts_tab as contracts_tab

    contract_id, _ = _setup(ctx, "confirmed")
    dialog = ContractDialog(ctx, contract_id, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.status.setCurrentIndex(dialog.status.findData("delivered"))
    dialog.price_confirmation.setText("2026-11-02")
    dialog.try_save()
    asked, opened = [], []
    monkeypatch.setattr(contracts_tab, "ask", lambda _p, _t, said, question:
                        asked.append(said + question) or True)
    monkeypatch.setattr(contracts_tab.DocumentDialog, "exec", lambda self: opened.append(self))
    window.contracts_tab._offer_iou(dialog)
    assert "欠款确认书" in asked[0]
    assert opened and opened[0].windowTitle() == "欠款确认书"
    qtbot.waitUntil(lambda: opened[0].pdf_document.status() == QPdfDocument.Status.Ready,
                    timeout=10000)
    assert not opened[0].issued and _recorded(ctx, contract_id) == []


def test_the_customers_tab_previews_one_iou_for_the_whole_balance(qtbot, ctx, window, tmp_path,
                                                                  monkeypatch):
    import ui.customers_tab as customers_tab
    from services.ledger import contracts

    contract_id, _ = _setup(ctx)
    customer_id = contracts.get_contract(ctx.uow(), contract_id).customer_id
    tab = window.customers_tab
    tab.reload()
    tab.select_id(customer_id)
    opened = []
    monkeypatch.setattr(customers_tab.DocumentDialog, "exec", lambda self: opened.append(self))
    tab.print_iou()
    [dialog] = opened
    qtbot.addWidget(dialog)
    _wait_for_pages(qtbot, dialog)
    dialog.pay_by.setText("2026-12-31")
    assert dialog.customer_id == customer_id and not dialog.issued
    assert printing.list_documents(ctx.uow(), customer_id=customer_id) == []
    assert dialog.save_to(str(tmp_path / "iou.pdf"))
    [row] = printing.list_documents(ctx.uow(), customer_id=customer_id)
    assert row.number == dialog.number == "BJ-QK-2026-00001"


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


def test_a_saved_file_the_database_did_not_take_is_removed(qtbot, ctx, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from services.core.environment import DatabaseProblem
    from services.core.uow import UnitOfWork

    contract_id, _ = _setup(ctx)
    dialog = _opened(qtbot, ctx, IOU, contract_id=contract_id)
    target = tmp_path / "x.pdf"
    original = UnitOfWork.commit

    def commit(uow):
        if target.exists():
            raise DatabaseProblem("disk_full", "test")
        original(uow)

    monkeypatch.setattr(UnitOfWork, "commit", commit)
    told = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: told.append(a[2]))
    assert not dialog.save_to(str(target))
    assert "BJ-QK-2026-00001" in told[0] and str(target) in told[0] and "磁盘" in told[0]
    assert not target.exists() and _recorded(ctx, contract_id) == [] and not dialog.issued


def test_a_print_the_database_did_not_take_tells_to_discard_the_paper(qtbot, ctx, tmp_path,
                                                                      monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from services.core.environment import DatabaseProblem
    from services.core.uow import UnitOfWork

    contract_id, _ = _setup(ctx)
    dialog = _opened(qtbot, ctx, PRICE_CONFIRMATION, contract_id=contract_id)
    paper = tmp_path / "paper.pdf"
    original = UnitOfWork.commit

    def commit(uow):
        if paper.exists():
            raise DatabaseProblem("read_only", "test")
        original(uow)

    monkeypatch.setattr(UnitOfWork, "commit", commit)
    told = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: told.append(a[2]))
    assert not dialog.print_to(_pdf_printer(paper))
    assert "BJ-QR-2026-00001" in told[0] and "作废" in told[0] and "只读" in told[0]
    assert _recorded(ctx, contract_id) == [] and not dialog.issued


def test_a_busy_database_at_print_time_is_said_and_nothing_leaves(qtbot, ctx, tmp_path,
                                                                  monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from services.core.environment import DatabaseProblem
    from ui.problem_text import problem_message

    contract_id, _ = _setup(ctx)
    dialog = _opened(qtbot, ctx, PRICE_CONFIRMATION, contract_id=contract_id)

    def busy(*_a, **_k):
        raise DatabaseProblem("busy", "database is locked")

    monkeypatch.setattr(printing, "next_number", busy)
    told = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: told.append(a[2]))
    paper = tmp_path / "paper.pdf"
    assert not dialog.print_to(_pdf_printer(paper))
    assert told == [problem_message(DatabaseProblem("busy"))]
    assert not paper.exists() and not dialog.issued and _recorded(ctx, contract_id) == []
