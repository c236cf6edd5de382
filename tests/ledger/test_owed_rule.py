"""What is owed, the same on every screen and paper: a user's cases of undelivered contracts
chased, printed and counted, a paid contract moved to another customer, and a credit hold that
counted money already paid."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from services.admin import company
from services.collection.alerts import compute_alerts
from services.collection.credit import check_credit
from services.core.errors import ValidationError
from services.core.listing import ListQuery
from services.documents import printing
from services.documents.content import IOU
from services.ledger import contracts, customers
from tests.factories import contract_input, make_contract, make_customer, open_session, pay

TODAY = dt.date(2026, 11, 24)


def test_an_undelivered_contract_is_not_chased_printed_or_shown_as_owed(ctx):
    """Confirmed, never delivered, due 69 days ago: counted overdue in the alerts and the lists
    and listed on the customer's IOU under 供应货物."""
    customer = make_customer(ctx, "C001", "未发货客户", credit_limit="100000")
    make_contract(ctx, customer, status="confirmed", lines=[("1", "5000")],
                  signed_on="2026-09-01", installments=[("2026-09-16", "5000")])
    delivered, number = make_contract(ctx, customer, lines=[("1", "800")],
                                      signed_on="2026-10-01",
                                      installments=[("2026-11-01", "800")])
    assert {a.contract_id for a in compute_alerts(ctx.uow()) if a.kind == "overdue"} == {
        delivered}
    [row] = customers.customer_rows(ctx.uow(), customers.customer_ids(ctx.uow(), ListQuery()))
    assert (row.outstanding, row.overdue) == (Decimal("800.00"), Decimal("800.00"))
    with open_session(ctx) as session:
        check = check_credit(session, customer, Decimal("0"), TODAY)
    # The credit hold's "owed" is the customers tab's; the undelivered 5,000 is committed.
    assert (check.outstanding, check.overdue, check.undelivered) == (
        row.outstanding, row.overdue, Decimal("5000.00"))
    company.save_company(ctx.uow(), company.CompanyInfo(company_name="北京康泰"))
    pdf_text = _pdf_text(printing.preview_document(ctx.uow(), IOU, customer_id=customer))
    assert number in pdf_text and "5,000.00" not in pdf_text and "800.00" in pdf_text


def _pdf_text(pdf: bytes) -> str:
    import io

    from pypdf import PdfReader

    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_a_paid_contract_cannot_be_moved_to_another_customer(ctx):
    """Contract for A, 1,000.00, delivered; A pays 600.00; editing it to customer B was
    accepted, and after B paid 1,000.00 the contract showed received 1,600.00."""
    a = make_customer(ctx, "A01", "甲")
    b = make_customer(ctx, "B02", "乙")
    contract_id, _ = make_contract(ctx, a, lines=[("1", "1000")])
    pay(ctx, a, "600")
    edit = contracts.get_contract(ctx.uow(), contract_id).as_input()
    edit.customer_id = b
    with pytest.raises(ValidationError) as refused:
        contracts.update_contract(ctx.uow(), contract_id, edit)
    assert (refused.value.field, refused.value.reason) == ("customer", "has_payments")
    assert contracts.get_contract(ctx.uow(), contract_id).customer_id == a


@pytest.mark.parametrize("deposit", [False, True])
def test_money_paid_before_delivery_is_not_exposure(ctx, deposit):
    """Limit 10,000.00; a 12,000.00 contract confirmed with a manager's override, then paid
    12,000.00 before delivery; delivering it was held "over limit, exposure 12,000.00"."""
    customer = make_customer(ctx, "C001", credit_limit="10000")
    contract_id, _ = contracts.create_contract(ctx.uow(), contract_input(
        customer, status="confirmed", lines=[("1", "12000")], signed_on="2026-11-01",
        installments=[("2026-11-05", "12000", None, deposit)]))
    pay(ctx, customer, "12000", received_on="2026-11-03")
    edit = contracts.get_contract(ctx.uow(), contract_id).as_input()
    edit.status, edit.price_confirmation_signed_on = "delivered", "2026-11-01"
    edit.credit_override_reason = ""  # no manager this time: it must pass on its own
    contracts.update_contract(ctx.uow(), contract_id, edit)
    with open_session(ctx) as session:
        check = check_credit(session, customer, Decimal("0"), TODAY)
    # Paid as a deposit, the contract owes nothing; paid ahead as credit, the credit offsets it.
    assert check.exposure == Decimal("0.00")
