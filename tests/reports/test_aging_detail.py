"""The installments behind an aging cell add up to the cell, on any day and either basis."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from services.core.errors import ValidationError
from services.reports.aging import aging
from services.reports.aging_detail import aging_items
from tests.conftest import TODAY
from tests.factories import make_contract, make_customer, pay


@pytest.mark.parametrize("by", ["due", "delivery"])
@pytest.mark.parametrize("as_of", [TODAY, dt.date(2026, 6, 30), dt.date(2026, 7, 31)])
def test_items_of_each_cell_add_up_to_the_cell(ctx, by, as_of):
    customer = make_customer(ctx, "C001")
    contract_id, _ = make_contract(ctx, customer, lines=[("1", "10000")], signed_on="2026-03-01",
                                   delivery_on="2026-03-05",
                                   installments=[("2026-04-30", "6000"), ("2026-08-31", "4000")])
    make_contract(ctx, customer, lines=[("1", "900")], signed_on="2026-10-01",
                  delivery_on="2026-10-02", installments=[("2026-12-20", "900")])
    for day, amount in (("2026-04-10", "1500"), ("2026-05-20", "1000"), ("2026-07-05", "2000")):
        pay(ctx, customer, amount, received_on=day, contract_id=contract_id)
    edges = (30, 60, 90, 180, 365)
    [row] = aging(ctx.uow(), as_of, by, edges).rows
    for column, cell in enumerate(row.buckets):
        items = aging_items(ctx.uow(), customer, as_of, by, edges, column)
        assert sum((i.remaining for i in items), Decimal("0.00")) == cell
        assert all(i.bucket == column for i in items)
    every = aging_items(ctx.uow(), customer, as_of, by, edges)
    assert sum((i.remaining for i in every), Decimal("0.00")) == row.total
    assert [i.due_date for i in every] == sorted(i.due_date for i in every)


def test_a_partly_paid_installment_lists_its_amount_paid_and_remainder(ctx):
    customer = make_customer(ctx, "C001")
    contract_id, _ = make_contract(ctx, customer, lines=[("1", "10000")], signed_on="2026-03-01",
                                   installments=[("2026-04-30", "10000")])
    pay(ctx, customer, "1500", received_on="2026-04-10", contract_id=contract_id)
    pay(ctx, customer, "2000", received_on="2026-07-05", contract_id=contract_id)
    [item] = aging_items(ctx.uow(), customer, dt.date(2026, 6, 30))
    assert (item.amount, item.paid, item.remaining, item.days_overdue, item.bucket) == (
        Decimal("10000.00"), Decimal("1500.00"), Decimal("8500.00"), 61, 3)


def test_bad_arguments_are_refused(ctx):
    customer = make_customer(ctx, "C001")
    for kwargs, field in (({"by": "x"}, "aging_by"), ({"edges": (60, 30)}, "aging_edges"),
                          ({"bucket": 7}, "aging_bucket")):
        with pytest.raises(ValidationError) as error:
            aging_items(ctx.uow(), customer, TODAY, **kwargs)
        assert error.value.field == field


def test_aging_table_rows_subtotals_and_totals_add_up(ctx):
    from services.reports.aging_table import aging_table

    for code, seller, amount in (("C1", "王丽", "100"), ("C2", "", "40"), ("C3", "王丽", "5")):
        customer = make_customer(ctx, code, salesperson=seller)
        make_contract(ctx, customer, lines=[("1", amount)], signed_on="2026-09-01",
                      installments=[("2026-10-01", amount)])
    report = aging(ctx.uow())
    flat = aging_table(report)
    assert [r[0] for r in flat.rows] == ["C1", "C2", "C3"]
    assert flat.totals[0] == "合计" and flat.totals[3 + 7] == Decimal("145.00")
    grouped = aging_table(report, grouped=True)
    # 王丽's customers, her subtotal, then the customers with no salesperson and theirs
    assert [r[0] or r[1] for r in grouped.rows] == ["C1", "C3", "小计：王丽", "C2", "小计：（未分配）"]
    assert grouped.rows[2][3 + 7] == Decimal("105.00")
    assert grouped.extra["keys"][2] is None and grouped.extra["subtotals"] == [2, 4]


def test_by_delivery_an_undelivered_deposit_ages_from_signing_not_the_planned_delivery(ctx):
    """Confirmed 2026-01-10, delivery planned 2027-01-10, deposit 300 due 01-20: owed since the
    signing, 318 days on 11-24 → 181–365 (not 未到期, as the planned delivery would put it)."""
    customer = make_customer(ctx, "C001")
    make_contract(ctx, customer, lines=[("1", "1000")], status="confirmed",
                  signed_on="2026-01-10", delivery_on="2027-01-10",
                  installments=[("2026-01-20", "300", None, True), ("2027-02-10", "700")])
    [row] = aging(ctx.uow(), TODAY, "delivery").rows
    assert row.buckets[5] == row.total == Decimal("300.00")
    assert row.buckets[0] == Decimal("0.00")
    [item] = aging_items(ctx.uow(), customer, TODAY, "delivery")
    assert (item.bucket, item.age, item.owed_since) == (5, 318, dt.date(2026, 1, 10))
    assert item.delivered_on is None  # a planned day is not a delivery
    assert aging_items(ctx.uow(), customer, TODAY, "delivery", bucket=5) == [item]
