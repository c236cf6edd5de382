"""到期未开票: an installment due within the window (or overdue) that the contract's invoices do
not cover. Invoices cover a contract's schedule in due order (services.ledger.invoices)."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from services.collection.alerts import compute_alerts
from services.ledger.invoices import InvoiceInput, record_invoice
from tests.conftest import TODAY
from tests.factories import make_contract, make_customer, pay

SOON = TODAY + dt.timedelta(days=3)      # within the 5-day window
LATE = TODAY - dt.timedelta(days=4)      # overdue
LATER = TODAY + dt.timedelta(days=20)    # beyond the window


@pytest.fixture
def contract(ctx) -> int:
    customer = make_customer(ctx)
    contract_id, _ = make_contract(ctx, customer, lines=[("1", "1500")],
                                   installments=[(LATE, "600"), (SOON, "400"), (LATER, "500")])
    return contract_id


def invoice(ctx, contract_id, amount, number, issued_on="2026-02-01"):
    record_invoice(ctx.uow(), contract_id, InvoiceInput(number=number, amount=amount,
                                                        issued_on=issued_on))


def uninvoiced(ctx, **kwargs):
    return [(a.due_date, a.amount, a.days) for a in compute_alerts(ctx.uow(), days=5, **kwargs)
            if a.kind == "uninvoiced"]


def test_installments_no_invoice_covers_are_listed_with_their_days(ctx, contract):
    other_customer = make_customer(ctx, "C002")
    other, _ = make_contract(ctx, other_customer)
    invoice(ctx, other, "10", "X1", "2026-01-15")  # the company records invoices
    assert uninvoiced(ctx) == [(dt.date(2026, 2, 9), Decimal("990.00"), 288),  # 1,000 less 10
                               (LATE, Decimal("600.00"), 4), (SOON, Decimal("400.00"), -3)]


def test_covered_installments_are_not_listed(ctx, contract):
    invoice(ctx, contract, "1000", "A1")  # the first two installments exactly
    assert uninvoiced(ctx) == []


def test_a_partly_covered_installment_shows_what_is_not_invoiced(ctx, contract):
    invoice(ctx, contract, "500", "A1")
    invoice(ctx, contract, "200", "A2")  # 700: the first (600) covered, 100 of the second
    assert uninvoiced(ctx) == [(SOON, Decimal("300.00"), -3)]


def test_a_paid_installment_is_not_chased_for_its_invoice(ctx, contract):
    invoice(ctx, contract, "100", "A1")
    customer = compute_alerts(ctx.uow())[0].customer_id
    pay(ctx, customer, "600")  # the overdue one is paid
    assert uninvoiced(ctx) == [(SOON, Decimal("400.00"), -3)]


def test_nothing_is_asked_before_the_company_records_invoices(ctx, contract):
    assert uninvoiced(ctx) == []  # no invoice recorded anywhere
    invoice(ctx, contract, "100", "A1", issued_on=TODAY - dt.timedelta(days=1))
    # the overdue one fell due before the first invoice was recorded: on paper, not asked
    assert uninvoiced(ctx) == [(SOON, Decimal("400.00"), -3)]


def test_a_past_day_counts_only_invoices_issued_by_then(ctx, contract):
    invoice(ctx, contract, "100", "A1", issued_on="2026-02-01")
    invoice(ctx, contract, "900", "A2", issued_on=TODAY)
    assert uninvoiced(ctx) == []
    day = TODAY - dt.timedelta(days=2)
    assert uninvoiced(ctx, as_of=day) == [(LATE, Decimal("500.00"), 2),
                                          (SOON, Decimal("400.00"), -5)]


def test_what_a_credit_note_took_off_is_not_asked_to_be_invoiced(ctx):
    """Review case: a 10,000 contract invoiced 10,000; an allowance of 2,000, the invoice
    lowered to 8,000 (the red-letter correction): nothing is left to invoice."""
    from services.ledger import credit_notes
    from services.ledger.credit_notes import CreditNoteInput
    from services.ledger.invoices import invoices_of, update_invoice

    customer = make_customer(ctx)
    contract_id, _ = make_contract(ctx, customer, lines=[("1", "10000")],
                                   installments=[(LATE, "10000")])
    invoice(ctx, contract_id, "10000", "A1")
    credit_notes.create_credit_note(ctx.uow(), CreditNoteInput(
        contract_id=contract_id, kind="allowance", issued_on="2026-11-19", reason="包装破损",
        amount="2000"))
    first = invoices_of(ctx.uow(), contract_id)[0].id
    update_invoice(ctx.uow(), first, InvoiceInput(number="A1", amount="8000",
                                                  issued_on="2026-02-01"))
    assert uninvoiced(ctx) == []
    # Before the allowance the whole 10,000 was to be invoiced: 2,000 of it lacked then.
    assert uninvoiced(ctx, as_of=dt.date(2026, 11, 18)) == [(LATE, Decimal("2000.00"), -2)]
