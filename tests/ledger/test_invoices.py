"""VAT invoices on a contract: what is refused (naming the field), the total rule, the audit,
and the numbers other papers list."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from models import Invoice
from services.core.errors import NotFound, ValidationError
from services.ledger.invoices import (
    InvoiceInput,
    customer_invoices,
    delete_invoice,
    invoice_numbers,
    invoices_of,
    record_invoice,
    update_invoice,
)
from tests.factories import audit_log, count_rows, make_contract, make_customer, open_session


def invoice(number="12345678", amount="400", issued_on="2026-02-01", **fields) -> InvoiceInput:
    return InvoiceInput(number=number, amount=amount, issued_on=issued_on, **fields)


@pytest.fixture
def contract(ctx) -> int:
    customer = make_customer(ctx)
    contract_id, _number = make_contract(ctx, customer, lines=[("1", "1000")])
    return contract_id


def refused(ctx, call, field: str, reason: str) -> None:
    before = count_rows(ctx, Invoice)
    with pytest.raises(ValidationError) as error:
        call()
    assert (error.value.field, error.value.reason) == (field, reason)
    assert count_rows(ctx, Invoice) == before


def test_an_invoice_is_recorded_with_everything_and_audited(ctx, contract):
    new_id = record_invoice(ctx.uow(), contract, invoice(
        kind="ordinary", sent_method="courier", tracking_number="SF1234567890",
        received_on="2026-02-03", note="随货"))
    [view] = invoices_of(ctx.uow(), contract)
    assert (view.id, view.number, view.kind, view.issued_on, view.amount) == (
        new_id, "12345678", "ordinary", dt.date(2026, 2, 1), Decimal("400.00"))
    assert (view.sent_method, view.tracking_number, view.received_on, view.note) == (
        "courier", "SF1234567890", dt.date(2026, 2, 3), "随货")
    [entry] = audit_log(ctx, "invoice")
    assert entry["action"] == "create" and entry["detail"]["number"] == "12345678"


@pytest.mark.parametrize("fields, field, reason", [
    ({"number": " "}, "invoice_number", "required"),
    ({"kind": "red"}, "invoice_kind", "not_allowed"),
    ({"issued_on": ""}, "invoiced_on", "required"),
    ({"issued_on": "2026-11-25"}, "invoiced_on", "in_future"),
    ({"amount": "0"}, "invoice_amount", "not_positive"),
    ({"amount": "-1"}, "invoice_amount", "negative"),
    ({"amount": ""}, "invoice_amount", "required"),
    ({"sent_method": "pigeon"}, "sent_method", "not_allowed"),
    ({"sent_method": "courier"}, "tracking_number", "required"),
    ({"sent_method": "in_person", "tracking_number": "X1"}, "tracking_number", "not_allowed"),
    ({"received_on": "2026-02-03"}, "sent_method", "required"),
    ({"sent_method": "post", "received_on": "2026-01-31"}, "invoice_received_on",
     "before_issued"),
    ({"sent_method": "post", "received_on": "2026-11-25"}, "invoice_received_on", "in_future"),
])
def test_bad_input_is_refused_naming_the_field(ctx, contract, fields, field, reason):
    values = {"number": "12345678", "amount": "400", "issued_on": "2026-02-01"} | fields
    refused(ctx, lambda: record_invoice(ctx.uow(), contract, InvoiceInput(**values)),
            field, reason)


def test_a_number_is_used_once(ctx, contract):
    record_invoice(ctx.uow(), contract, invoice("A1"))
    refused(ctx, lambda: record_invoice(ctx.uow(), contract, invoice("A1")),
            "invoice_number", "duplicate")


def test_the_contracts_invoices_never_pass_its_total(ctx, contract):
    record_invoice(ctx.uow(), contract, invoice("A1", "600"))
    record_invoice(ctx.uow(), contract, invoice("A2", "400"))  # exactly the total: fine
    with pytest.raises(ValidationError) as error:
        record_invoice(ctx.uow(), contract, invoice("A3", "0.01"))
    assert error.value.reason == "above_invoiceable"
    assert error.value.params == {"invoiced": Decimal("1000.01"), "total": Decimal("1000.00")}


def test_an_edit_counts_its_new_amount_in_place_of_the_old(ctx, contract):
    first = record_invoice(ctx.uow(), contract, invoice("A1", "600"))
    record_invoice(ctx.uow(), contract, invoice("A2", "400"))
    update_invoice(ctx.uow(), first, invoice("A1", "500"))  # lower: fine
    update_invoice(ctx.uow(), first, invoice("A1", "600", sent_method="post",
                                             received_on="2026-02-05"))
    refused(ctx, lambda: update_invoice(ctx.uow(), first, invoice("A1", "600.01")),
            "invoice_amount", "above_invoiceable")
    refused(ctx, lambda: update_invoice(ctx.uow(), first, invoice("A2", "600")),
            "invoice_number", "duplicate")
    views = invoices_of(ctx.uow(), contract)
    assert [(v.number, v.amount, v.received_on) for v in views] == [
        ("A1", Decimal("600.00"), dt.date(2026, 2, 5)), ("A2", Decimal("400.00"), None)]
    update = [e for e in audit_log(ctx, "invoice") if e["action"] == "update"][-1]
    assert update["detail"]["before"]["amount"] == "500.00"


def test_a_removed_invoice_frees_its_amount_and_is_audited(ctx, contract):
    first = record_invoice(ctx.uow(), contract, invoice("A1", "1000"))
    delete_invoice(ctx.uow(), first)
    record_invoice(ctx.uow(), contract, invoice("A1", "1000"))  # number and amount free again
    assert [e["action"] for e in audit_log(ctx, "invoice")] == ["create", "delete", "create"]
    with pytest.raises(NotFound):
        delete_invoice(ctx.uow(), 9999)


def test_a_draft_or_cancelled_contract_is_not_invoiced(ctx):
    customer = make_customer(ctx)
    draft, _ = make_contract(ctx, customer, status="draft")
    refused(ctx, lambda: record_invoice(ctx.uow(), draft, invoice()), "contract", "not_receivable")
    with pytest.raises(NotFound):
        record_invoice(ctx.uow(), 9999, invoice())


def test_invoice_numbers_by_contract_in_date_order(ctx, contract):
    customer = make_customer(ctx, "C002")
    other, _ = make_contract(ctx, customer)
    bare, _ = make_contract(ctx, customer)
    record_invoice(ctx.uow(), contract, invoice("B", "100", "2026-03-01"))
    record_invoice(ctx.uow(), contract, invoice("A", "100", "2026-02-01"))
    record_invoice(ctx.uow(), contract, invoice("C", "100", "2026-03-01"))
    record_invoice(ctx.uow(), other, invoice("Z", "100", "2026-01-15"))
    with open_session(ctx) as session:
        assert invoice_numbers(session, [contract, other, bare]) == {
            contract: ["A", "B", "C"], other: ["Z"]}
        assert invoice_numbers(session, []) == {}
        assert [v.number for v in customer_invoices(session, customer)] == ["Z"]
