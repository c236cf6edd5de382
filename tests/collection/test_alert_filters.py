"""The alerts list's filters and totals (issue 12): "overdue only" keeps every alert about a
customer with something overdue; the salesperson is the customer's; totals per kind."""
from __future__ import annotations

from decimal import Decimal

from services.collection.alerts import (
    alert_totals,
    compute_alerts,
    filter_alerts,
    overdue_customer_ids,
)
from services.core.listing import ListQuery
from services.ledger import customers
from tests.ledger.test_list_filters import make_ledger


def test_alerts_carry_their_customers_salesperson(ctx):
    ledger = make_ledger(ctx)
    found = compute_alerts(ctx.uow(), days=5)
    people = {ledger["A"]: "王丽", ledger["B"]: "赵强", ledger["C"]: "王丽"}
    assert found and all(a.salesperson == people[a.customer_id] for a in found)


def test_overdue_customers_are_the_lists_overdue_customers(ctx):
    ledger = make_ledger(ctx)
    found = compute_alerts(ctx.uow(), days=5)
    assert overdue_customer_ids(found) == {ledger["A"]}
    # The same customers as the customers list's "overdue only" (one rule: balances).
    assert overdue_customer_ids(found) == set(
        customers.customer_ids(ctx.uow(), ListQuery(overdue_only=True)))


def test_overdue_only_keeps_every_kind_of_alert_of_those_customers(ctx):
    ledger = make_ledger(ctx)
    found = compute_alerts(ctx.uow(), days=5)
    late = filter_alerts(found, overdue_only=True)
    assert late and {a.customer_id for a in late} == {ledger["A"]}
    assert {a.kind for a in late} >= {"overdue"}
    assert late == [a for a in found if a.customer_id == ledger["A"]]  # order kept
    # B's installment due today is an alert, not overdue: 赵强's list is empty when combined.
    assert {a.customer_id for a in filter_alerts(found, salesperson="赵强")} == {ledger["B"]}
    assert filter_alerts(found, overdue_only=True, salesperson="赵强") == []
    # Overdue customers are found among every alert, even when their overdue row is snoozed.
    others = [a for a in found if a.kind != "overdue"]
    assert filter_alerts(others, overdue_only=True, among=found) == \
        [a for a in others if a.customer_id == ledger["A"]]


def test_totals_per_kind_are_the_sums_of_the_alerts(ctx):
    make_ledger(ctx)
    found = compute_alerts(ctx.uow(), days=5)
    totals = alert_totals(found)
    assert totals.count == len(found)
    assert sum(count for count, _ in totals.by_kind.values()) == len(found)
    for kind, (count, amount) in totals.by_kind.items():
        mine = [a for a in found if a.kind == kind]
        assert (count, amount) == (len(mine), sum((a.amount for a in mine), Decimal("0.00")))
    assert totals.by_kind["overdue"] == (1, Decimal("700.00"))
    assert alert_totals([]).by_kind == {}
