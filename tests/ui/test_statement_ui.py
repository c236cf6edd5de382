"""对账单 in the window: the period defaults, the real PDF previewed and issued on save, the
statements listed with status, the reply recorded; the batch dialog run to the end."""
from __future__ import annotations

from PySide6.QtPdf import QPdfDocument

from models import Statement
from tests.factories import count_rows
from tests.papers.test_statements import ledger, two_customers  # noqa: F401 - fixtures
from ui.statement_batch_dialog import StatementBatchDialog
from ui.statement_dialog import ReplyDialog, StatementDialog


def test_preview_issue_list_and_reply(qtbot, ctx, ledger, tmp_path):  # noqa: F811
    customer, *_ = ledger
    dialog = StatementDialog(ctx, customer)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.period_from.text() == "2026-03-01", timeout=10000)
    assert dialog.period_to.text() == "2026-11-24"
    dialog.period_from.setText("2026-06-01")
    preview = dialog.preview()
    qtbot.addWidget(preview)
    qtbot.waitUntil(lambda: preview.pdf_document.status() == QPdfDocument.Status.Ready,
                    timeout=20000)
    assert "预览" in preview.status.text() and count_rows(ctx, Statement) == 0
    assert preview.save_to(str(tmp_path / "s.pdf"))
    assert preview.number == "BJ-DZ-2026-00001" and count_rows(ctx, Statement) == 1
    qtbot.waitUntil(lambda: len(dialog.model.rows) == 1, timeout=10000)
    assert dialog.model.rows[0].status == "issued"
    dialog.view.selectRow(0)
    assert dialog.reply_button.isEnabled()

    reply = ReplyDialog(ctx, dialog.model.rows[0], dialog)
    qtbot.addWidget(reply)
    reply.differ.setChecked(True)
    reply.save()
    assert reply.error.text() and reply.result() != ReplyDialog.DialogCode.Accepted
    reply.balance.setText("4,600.00")
    reply.note.setPlainText("折让未入账")
    reply.save()
    assert reply.result() == ReplyDialog.DialogCode.Accepted
    dialog.reload()
    qtbot.waitUntil(lambda: dialog.model.rows[0].status == "disputed", timeout=10000)


def test_batch_dialog_runs_to_the_end(qtbot, ctx, two_customers, tmp_path):  # noqa: F811
    dialog = StatementBatchDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(tmp_path / "all.pdf"))
    dialog.start_button.click()
    assert dialog.running
    qtbot.waitUntil(lambda: not dialog.running, timeout=60000)
    assert "已生成 2 份对账单" in dialog.status.text()
    assert (tmp_path / "all.pdf").exists() and count_rows(ctx, Statement) == 2


def test_an_issued_statement_keeps_its_documents_id_not_its_own(qtbot, ctx, ledger, tmp_path):  # noqa: F811
    from sqlalchemy import select

    from models import Contract
    from services.documents import printing
    from services.documents.content import PRICE_CONFIRMATION
    from services.papers import statements
    from tests.factories import open_session
    customer, first_no, _ = ledger
    with open_session(ctx) as session:
        contract_id = session.scalar(select(Contract.id).where(Contract.number == first_no))
    printing.issue_document(ctx.uow(), PRICE_CONFIRMATION, contract_id=contract_id,
                            deliver=lambda _pdf, _number: None)  # document 1: not a statement
    dialog = StatementDialog(ctx, customer)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.period_from.text() == "2026-03-01", timeout=10000)
    preview = dialog.preview()
    qtbot.addWidget(preview)
    qtbot.waitUntil(lambda: preview.pdf_document.status() == QPdfDocument.Status.Ready,
                    timeout=20000)
    assert preview.save_to(str(tmp_path / "s.pdf"))
    [row] = statements.list_statements(ctx.uow(), customer)
    assert row.id != row.document_id and preview.document_id == row.document_id


def test_the_batch_says_which_customers_it_skipped(qtbot, ctx):
    from pathlib import Path

    from services.papers.statement_batch import StatementBatch

    dialog = StatementBatchDialog(ctx)
    qtbot.addWidget(dialog)
    result = StatementBatch(issued=[], files=[], output=Path("/tmp/x.pdf"),
                            skipped=[("C0003", ValueError("x")), ("C0007", ValueError("y"))])
    dialog._finished(result)
    assert dialog.status.text().endswith("；跳过 2 个客户：C0003、C0007")
