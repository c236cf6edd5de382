"""The contract dialog's invoices (发票) and the collection record's 证据材料包… (pytest-qt)."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from services.admin import company
from services.admin.company import CompanyInfo
from services.ledger import invoices
from tests.factories import make_contract, make_customer
from ui.contract_dialog import ContractDialog
from ui.events import DataEvents
from ui.invoice_dialog import InvoiceDialog, InvoicesBox


def _ok(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_an_invoice_is_recorded_from_its_form_and_listed_on_the_contract(qtbot, ctx):
    contract_id, _ = make_contract(ctx, make_customer(ctx), lines=[("1", "1000")])
    dialog = InvoiceDialog(ctx, contract_id)
    qtbot.addWidget(dialog)
    dialog.number.setText("04412345")
    dialog.amount.setText("600")
    dialog.sent_method.setCurrentIndex(dialog.sent_method.findData("courier"))
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error_label.text() == "快递单号不能为空"
    dialog.tracking_number.setText("SF123")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.error_label.text()
    [saved] = invoices.invoices_of(ctx.uow(), contract_id)
    assert (saved.number, saved.amount, saved.tracking_number) == (
        "04412345", Decimal("600.00"), "SF123")

    contract = ContractDialog(ctx, contract_id)
    qtbot.addWidget(contract)
    assert contract.invoices.summary.text() == "1 张，已开票 ¥600.00：04412345"
    box = InvoicesBox(ctx, contract_id)
    qtbot.addWidget(box)
    assert box.table.rowCount() == 1 and box.table.item(0, 0).text() == "04412345"
    assert box.table.item(0, 4).text() == "快递 SF123"
    assert box.total_label.text() == "已开票 ¥600.00"


def test_an_invoice_above_the_contracts_total_is_refused_in_words(qtbot, ctx):
    contract_id, _ = make_contract(ctx, make_customer(ctx), lines=[("1", "1000")])
    dialog = InvoiceDialog(ctx, contract_id)
    qtbot.addWidget(dialog)
    dialog.number.setText("1")
    dialog.amount.setText("1000.01")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.error_label.text() == "发票金额累计开票 ¥1,000.01，超过合同总额 ¥1,000.00"
    assert invoices.invoices_of(ctx.uow(), contract_id) == []


def test_a_new_contract_has_no_invoice_box(qtbot, ctx):
    dialog = ContractDialog(ctx, customer_id=make_customer(ctx))
    qtbot.addWidget(dialog)
    assert not hasattr(dialog, "invoices")


def test_the_evidence_bundle_is_made_in_the_background_with_a_link(qtbot, ctx, tmp_path):
    from ui.collection_record_dialog import CollectionRecordDialog

    company.save_company(ctx.uow(), CompanyInfo(company_name="北京康泰医疗用品有限公司"))
    customer = make_customer(ctx)
    make_contract(ctx, customer)
    record = CollectionRecordDialog(ctx, DataEvents(), customer)
    qtbot.addWidget(record)
    target = tmp_path / "证据.pdf"
    record.evidence.start(str(target))
    assert not record.evidence.button.isEnabled()
    qtbot.waitUntil(lambda: record.evidence.job is None, timeout=60000)
    assert target.read_bytes().startswith(b"%PDF")
    assert "已生成" in record.evidence.notice.text() and target.name in record.evidence.notice.text()
    assert record.evidence.button.isEnabled()


def test_an_evidence_bundle_that_fails_is_said_in_words(qtbot, ctx, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from services.core.errors import ValidationError
    from services.papers import evidence
    from ui.evidence_bar import EvidenceBar

    def refuse(*_args):
        raise ValidationError("company_name", "company_missing")

    said = []
    monkeypatch.setattr(evidence, "write_evidence_bundle", refuse)
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: said.append(text))
    bar = EvidenceBar(ctx, make_customer(ctx))
    qtbot.addWidget(bar)
    bar.start(str(tmp_path / "证据.pdf"))
    qtbot.waitUntil(lambda: bar.job is None, timeout=10000)
    assert said == ["未能生成证据材料包：公司名称未填写：请先在“设置 > 公司信息”中填写本公司名称"]
    assert bar.notice.text() == "未能生成证据材料包" and bar.button.isEnabled()
    assert not bar.busy.isVisibleTo(bar)
