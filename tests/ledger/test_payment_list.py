"""The payments list (issue 12): everyone's, a customer's or a contract's, newest first;
"overdue only" = the payments of customers with something overdue today; the salesperson is
the customer's; totals are the sums of the rows."""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.core.listing import ListQuery
from services.ledger import payment_list, payments
from tests.factories import pay
from tests.ledger.test_list_filters import make_ledger


@pytest.fixture
def ledger(ctx):
    found = make_ledger(ctx)  # payments: A 300 (to a1), C 400 (to c2), B 100 reversed
    found["b_late"] = pay(ctx, found["B"], "50", received_on="2026-11-23", reference="XK-9")
    return found


def _customers_of(ctx, query, **scope) -> list[int]:
    ids = payment_list.payment_ids(ctx.uow(), query, **scope)
    by_id = {p.id: p.customer_code for p in payments.list_payments(ctx.uow())}
    return [by_id[i] for i in ids]


def test_everyone_newest_first_and_the_filters(ctx, ledger):
    every = payment_list.payment_ids(ctx.uow(), ListQuery())
    assert every == [p.id for p in payments.list_payments(ctx.uow())]  # the same order
    assert _customers_of(ctx, ListQuery(overdue_only=True)) == ["A01"]  # A owes from 11-01
    assert sorted(_customers_of(ctx, ListQuery(salesperson="王丽"))) == ["A01", "C01"]
    assert sorted(_customers_of(ctx, ListQuery(salesperson="赵强"))) == ["B01", "B01"]
    assert _customers_of(ctx, ListQuery(salesperson="赵强", overdue_only=True)) == []
    assert _customers_of(ctx, ListQuery(text="xk-9")) == ["B01"]  # the reference
    assert _customers_of(ctx, ListQuery(text="bjjz")) == ["A01"]  # the customer, as boxes find
    assert _customers_of(ctx, ListQuery(text="guangzhou", salesperson="王丽")) == []


def test_a_customers_and_a_contracts_payments(ctx, ledger):
    assert _customers_of(ctx, ListQuery(), customer_id=ledger["B"]) == ["B01", "B01"]
    assert payment_list.payment_ids(ctx.uow(), ListQuery(), contract_id=ledger["a1"]) == \
        [p.id for p in payments.list_payments(ctx.uow(), contract_id=ledger["a1"])]


@pytest.mark.parametrize("filters", [{}, {"overdue_only": True}, {"salesperson": "赵强"},
                                     {"text": "广州"}])
def test_totals_are_the_sums_of_the_rows(ctx, ledger, filters):
    query = ListQuery(**filters)
    rows = payment_list.payment_list_rows(ctx.uow(), query)
    assert [r.id for r in rows] == payment_list.payment_ids(ctx.uow(), query)
    assert rows == payment_list.payment_page(ctx.uow(), [r.id for r in rows])
    totals = payment_list.payment_totals(ctx.uow(), query)
    assert totals.count == len(rows)
    assert totals.received == sum((r.amount for r in rows), Decimal("0.00"))
    assert totals.reversed == sum((r.amount for r in rows if r.reversed_on), Decimal("0.00"))
    assert totals.net == totals.received - totals.reversed


def test_bs_totals(ctx, ledger):
    totals = payment_list.payment_totals(ctx.uow(), ListQuery(), customer_id=ledger["B"])
    assert (totals.count, totals.received, totals.reversed, totals.net) == (
        2, Decimal("150.00"), Decimal("100.00"), Decimal("50.00"))


def test_credit_notes_are_listed_but_are_not_money_in_the_totals(ctx, ledger):
    """Review case: an allowance of 80 on A's contract is a row of the list, not money
    received: 回款合计 and 净回款 leave it out; it is summed apart."""
    from services.ledger import credit_notes
    from services.ledger.credit_notes import CreditNoteInput

    credit_notes.create_credit_note(ctx.uow(), CreditNoteInput(
        contract_id=ledger["a1"], kind="allowance", issued_on="2026-11-20", reason="包装破损",
        amount="80"))
    totals = payment_list.payment_totals(ctx.uow(), ListQuery(), customer_id=ledger["A"])
    assert (totals.count, totals.received, totals.reversed, totals.net, totals.credit_notes) == (
        2, Decimal("300.00"), Decimal("0.00"), Decimal("300.00"), Decimal("80.00"))
    rows = payment_list.payment_list_rows(ctx.uow(), ListQuery(), customer_id=ledger["A"])
    assert payment_list.PaymentTotals.of_rows(rows) == totals
