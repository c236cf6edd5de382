"""The customers and contracts lists' shared filters (overdue only, salesperson) combine with the
text and status, and their totals are the sums of the rows they let through (issue 12)."""
from __future__ import annotations

from decimal import Decimal

import pytest

from services.core import listing
from services.core.listing import ListQuery
from services.ledger import contract_list, customers
from services.ledger import contract_list as contract_list_module
from services.ledger.payments import reverse_payment
from tests.factories import installment_ids, make_contract, make_customer, pay


@pytest.fixture
def ledger(ctx):
    return make_ledger(ctx)


def make_ledger(ctx) -> dict[str, int]:
    """Today is 2026-11-24 (tests/conftest.py).

    A (王丽): a1 1,000.00 due 11-01, 300.00 paid: overdue 700.00; a2 500.00 due 12-20 (the
    contract's salesperson is 赵强). B (赵强): b1 800.00 due today: not overdue; a payment of
    100.00 reversed. C (王丽): c1 confirmed, not delivered: 2,000.00 committed; c2 400.00 due
    10-01, paid in full: nothing overdue.
    """
    a = make_customer(ctx, "A01", "北京九州诊所", salesperson="王丽")
    b = make_customer(ctx, "B01", "广州南方药房", salesperson="赵强")
    c = make_customer(ctx, "C01", "上海东方医药", salesperson="王丽")
    a1, _ = make_contract(ctx, a, lines=[("1", "1000")], installments=[("2026-11-01", "1000")],
                          salesperson="王丽")
    a2, _ = make_contract(ctx, a, lines=[("1", "500")], installments=[("2026-12-20", "500")],
                          salesperson="赵强")
    b1, _ = make_contract(ctx, b, lines=[("1", "800")], installments=[("2026-11-24", "800")],
                          salesperson="赵强")
    c1, _ = make_contract(ctx, c, lines=[("1", "2000")], installments=[("2027-01-31", "2000")],
                          status="confirmed", salesperson="王丽")
    c2, _ = make_contract(ctx, c, lines=[("1", "400")], installments=[("2026-10-01", "400")],
                          salesperson="王丽")
    pay(ctx, a, "300", allocations=[(installment_ids(ctx, a1)[0], "300")])
    pay(ctx, c, "400", allocations=[(installment_ids(ctx, c2)[0], "400")])
    reverse_payment(ctx.uow(), pay(ctx, b, "100"), "退票")
    return {"A": a, "B": b, "C": c, "a1": a1, "a2": a2, "b1": b1, "c1": c1, "c2": c2}


def _customers(ctx, **kw) -> set[int]:
    return set(customers.customer_ids(ctx.uow(), ListQuery(sort="code", **kw)))


def _contracts(ctx, customer_id=None, **kw) -> set[int]:
    return set(contract_list.contract_ids(ctx.uow(), ListQuery(sort="number", **kw), customer_id))


def test_overdue_only_customers_are_those_with_an_unpaid_installment_due_before_today(ctx, ledger):
    # A owes 700.00 from 11-01; B's installment is due today (not overdue: the alerts' rule);
    # C's past-due installment is paid in full.
    assert _customers(ctx, overdue_only=True) == {ledger["A"]}
    assert _customers(ctx) == {ledger["A"], ledger["B"], ledger["C"]}


def test_customer_salesperson_filter_is_the_customers_own_and_combines_with_the_others(ctx, ledger):
    assert _customers(ctx, salesperson="王丽") == {ledger["A"], ledger["C"]}
    assert _customers(ctx, salesperson="赵强") == {ledger["B"]}
    assert _customers(ctx, salesperson="王丽", overdue_only=True) == {ledger["A"]}
    assert _customers(ctx, salesperson="赵强", overdue_only=True) == set()
    assert _customers(ctx, salesperson="王丽", text="shanghai") == {ledger["C"]}
    assert _customers(ctx, salesperson="王丽", text="shanghai", overdue_only=True) == set()
    assert _customers(ctx, salesperson="王丽", status="on_hold") == set()
    assert _customers(ctx, salesperson="王") == set()  # exactly the name chosen, not a part


def test_overdue_only_contracts_have_something_unpaid_due_before_today(ctx, ledger):
    assert _contracts(ctx, overdue_only=True) == {ledger["a1"]}


def test_contract_salesperson_filter_is_the_contracts_own_and_combines(ctx, ledger):
    # a2 is A's contract but 赵强's sale: the contract's salesperson decides, not the customer's.
    assert _contracts(ctx, salesperson="赵强") == {ledger["a2"], ledger["b1"]}
    assert _contracts(ctx, salesperson="王丽") == {ledger["a1"], ledger["c1"], ledger["c2"]}
    assert _contracts(ctx, salesperson="王丽", overdue_only=True) == {ledger["a1"]}
    assert _contracts(ctx, salesperson="赵强", overdue_only=True) == set()
    assert _contracts(ctx, salesperson="赵强", text="bjjz") == {ledger["a2"]}
    assert _contracts(ctx, salesperson="王丽", status="confirmed") == {ledger["c1"]}
    assert _contracts(ctx, ledger["C"], salesperson="王丽") == {ledger["c1"], ledger["c2"]}
    assert _contracts(ctx, ledger["A"], overdue_only=True) == {ledger["a1"]}


def test_sorting_keeps_the_filters(ctx, ledger):
    # c1 owes nothing yet (committed) and c2 is paid: 0 each, in id order after a1's 700.00.
    query = ListQuery(sort="outstanding", descending=True, salesperson="王丽")
    assert contract_list.contract_ids(ctx.uow(), query) == [ledger["a1"], ledger["c1"],
                                                              ledger["c2"]]
    assert customers.customer_ids(ctx.uow(), ListQuery(sort="overdue", overdue_only=True)) \
        == [ledger["A"]]


QUERIES = [{}, {"overdue_only": True}, {"salesperson": "王丽"}, {"salesperson": "赵强"},
           {"text": "广州"}, {"salesperson": "王丽", "overdue_only": True, "text": "九州"},
           {"status": "confirmed"}]


@pytest.mark.parametrize("filters", QUERIES)
def test_customer_totals_are_the_sums_of_the_rows(ctx, ledger, filters):
    query = ListQuery(sort="code", **filters)
    rows = customers.customer_list_rows(ctx.uow(), query)
    assert [r.id for r in rows] == customers.customer_ids(ctx.uow(), query)
    totals = customers.customer_totals(ctx.uow(), query)
    assert totals.count == len(rows)
    assert totals.credit_limit == sum((r.credit_limit for r in rows), Decimal("0.00"))
    assert totals.outstanding == sum((r.outstanding for r in rows), Decimal("0.00"))
    assert totals.overdue == sum((r.overdue for r in rows), Decimal("0.00"))


@pytest.mark.parametrize("many", [False, True], ids=["few", "many"])
@pytest.mark.parametrize("filters", QUERIES)
def test_contract_totals_are_the_sums_of_the_rows(ctx, ledger, filters, many, monkeypatch):
    if many:  # the path for a filter that lets many through: every allocation read once
        monkeypatch.setattr(contract_list_module, "ROWS_AT_ONCE", 0)
    query = ListQuery(sort="number", **filters)
    rows = contract_list.contract_list_rows(ctx.uow(), query)
    assert [r.id for r in rows] == contract_list.contract_ids(ctx.uow(), query)
    totals = contract_list.contract_totals(ctx.uow(), query)
    assert totals.count == len(rows)
    for field in ("total", "received", "outstanding", "committed"):
        assert getattr(totals, field) == sum((getattr(r, field) for r in rows),
                                             Decimal("0.00")), field


def test_the_ledgers_figures(ctx, ledger):
    everything = contract_list.contract_totals(ctx.uow(), ListQuery())
    assert everything.count == 5
    assert everything.total == Decimal("4700.00")
    assert everything.received == Decimal("700.00")  # the reversed 100.00 counts nowhere
    assert everything.outstanding == Decimal("2000.00")  # 700 + 500 + 800
    assert everything.committed == Decimal("2000.00")
    late = customers.customer_totals(ctx.uow(), ListQuery(overdue_only=True))
    assert (late.count, late.outstanding, late.overdue) == (1, Decimal("1200.00"),
                                                            Decimal("700.00"))


def test_a_whole_list_is_read_in_parts_in_order(ctx, ledger, monkeypatch):
    assert list(listing.chunks([1, 2, 3, 4, 5], 2)) == [[1, 2], [3, 4], [5]]
    monkeypatch.setattr(contract_list_module, "chunks",
                        lambda ids: listing.chunks(ids, 2))  # three parts for five contracts
    query = ListQuery(sort="number", descending=True)
    assert [r.id for r in contract_list.contract_list_rows(ctx.uow(), query)] == \
        contract_list.contract_ids(ctx.uow(), query)
