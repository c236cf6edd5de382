"""The payments window: references and reasons read whole, a reversed payment pays nothing,
totals below; and the papers of a contract with their numbers and times not cut."""
from __future__ import annotations

from services.admin import company
from services.admin.company import CompanyInfo
from services.documents import printing
from services.documents.content import PRICE_CONFIRMATION
from services.ledger import payments
from tests.factories import make_contract, make_customer, pay
from ui.events import DataEvents
from ui.papers_dialog import PapersDialog
from ui.payments_dialog import PaymentsDialog

REFERENCE = "HX-2026-11-24-000123456789"
REASON = "承兑汇票被拒付，银行退票通知书 2026-11-24"


def _payments(qtbot, ctx):
    customer_id = make_customer(ctx)
    make_contract(ctx, customer_id, lines=[("1", "1000")], installments=[("2026-02-09", "1000")])
    kept = pay(ctx, customer_id, "300", received_on="2026-11-20", reference="A1")
    bounced = pay(ctx, customer_id, "500", received_on="2026-11-21", reference=REFERENCE,
                  method="acceptance_bill")
    payments.reverse_payment(ctx.uow(), bounced, REASON)
    dialog = PaymentsDialog(ctx, DataEvents(), customer_id, None)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog, kept, bounced


def _row_of(dialog, payment_id: int) -> int:
    return dialog.rows.row_of(payment_id)


def _text(model, row: int, column: int) -> str:
    return model.index(row, column).data()


def test_a_reversed_payment_shows_nothing_allocated_and_its_allocations_not_counting(qtbot, ctx):
    dialog, kept, bounced = _payments(qtbot, ctx)
    allocated = [c.title for c in dialog.rows.columns].index("已分配")
    assert _text(dialog.rows, _row_of(dialog, kept), allocated) == "¥300.00"
    assert _text(dialog.rows, _row_of(dialog, bounced), allocated) == "—（已冲销）"
    dialog.table.selectRow(_row_of(dialog, bounced))
    assert dialog.paid.rowCount() == 1
    assert _text(dialog.paid, 0, 4).endswith("随回款冲销，不再计入")


def test_the_payments_have_totals_received_reversed_and_net(qtbot, ctx):
    dialog, _, _ = _payments(qtbot, ctx)
    qtbot.waitUntil(lambda: dialog.totals.text()
                    == "共 2 笔　回款合计 ¥800.00　已冲销 ¥500.00　净回款 ¥300.00")


def test_references_and_reasons_are_not_cut(qtbot, ctx):
    dialog, _, bounced = _payments(qtbot, ctx)
    titles = [c.title for c in dialog.rows.columns]
    metrics = dialog.table.fontMetrics()
    for title, text in (("凭证号", REFERENCE), ("冲销", REASON)):
        column = titles.index(title)
        assert dialog.table.columnWidth(column) >= metrics.horizontalAdvance(text)


def test_document_numbers_and_times_are_not_cut(qtbot, ctx):
    company.save_company(ctx.uow(), CompanyInfo(company_name="北京康泰医疗用品有限公司"))
    customer_id = make_customer(ctx)
    contract_id, number = make_contract(ctx, customer_id)
    made = printing.issue_document(ctx.uow(), PRICE_CONFIRMATION, contract_id=contract_id,
                                   deliver=lambda pdf, n: None)
    dialog = PapersDialog(ctx, contract_id, number)
    qtbot.addWidget(dialog)
    dialog.show()
    view, metrics = dialog.documents_view, dialog.documents_view.fontMetrics()
    assert view.columnWidth(0) >= metrics.horizontalAdvance(made.number)
    created = dialog.documents.index(0, 3).data()
    assert view.columnWidth(3) >= metrics.horizontalAdvance(created)
