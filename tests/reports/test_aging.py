"""The aging report: every remainder in exactly one bucket, the edges, partly paid
installments, back-dated reports (issue 12's rules)."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from models import Allocation
from services.core.errors import ValidationError
from services.ledger import applications, balances, credit_notes, payments
from services.ledger.applications import ApplicationInput
from services.ledger.credit_notes import CreditNoteInput
from services.reports.aging import aging, bucket_labels, bucket_of
from tests.conftest import TODAY
from tests.factories import make_contract, make_customer, open_session, pay
from tests.ledger.test_balances_properties import actions, build, contracts


def _row(report, customer_id):
    [row] = [r for r in report.rows if r.customer_id == customer_id]
    return row


def test_labels_and_edges():
    assert bucket_labels() == ["未到期", "1–30", "31–60", "61–90", "91–180", "181–365", "365 以上"]
    assert [bucket_of(d) for d in (-5, 0, 1, 30, 31, 60, 61, 90, 91, 180, 181, 365, 366)] == \
        [0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6]


def test_each_installment_falls_in_its_bucket_by_days_past_due(ctx):
    customer = make_customer(ctx, "C001")
    days = {3: "1.00", 0: "2.00", -1: "4.00", -30: "8.00", -31: "16.00", -400: "32.00"}
    make_contract(ctx, customer, lines=[("1", "63")], signed_on="2025-09-01",
                  installments=[(TODAY + dt.timedelta(days=d), a) for d, a in days.items()])
    row = _row(aging(ctx.uow()), customer)
    assert row.buckets == tuple(Decimal(x) for x in
                                ("3.00", "12.00", "16.00", "0.00", "0.00", "0.00", "32.00"))
    assert row.total == Decimal("63.00") == sum(row.buckets)


def test_a_partly_paid_installment_keeps_its_own_age(ctx):
    """10,000.00 due 04-30, paid 1,500.00 on 04-10, 1,000.00 on 05-20, 2,000.00 on 07-05."""
    customer = make_customer(ctx, "C001")
    contract_id, _ = make_contract(ctx, customer, lines=[("1", "10000")], signed_on="2026-03-01",
                                   installments=[("2026-04-30", "10000")])
    for day, amount in (("2026-04-10", "1500"), ("2026-05-20", "1000"), ("2026-07-05", "2000")):
        pay(ctx, customer, amount, received_on=day, contract_id=contract_id)
    june = _row(aging(ctx.uow(), dt.date(2026, 6, 30)), customer)
    assert june.total == Decimal("7500.00") and june.buckets[3] == Decimal("7500.00")  # 61–90
    july = _row(aging(ctx.uow(), dt.date(2026, 7, 31)), customer)
    assert july.total == Decimal("5500.00") and july.buckets[4] == Decimal("5500.00")  # 91–180


def test_back_dated_keeps_what_was_owed_then(ctx):
    customer = make_customer(ctx, "C001")
    contract_id, _ = make_contract(ctx, customer, lines=[("1", "1000")], signed_on="2026-09-01",
                                   installments=[("2026-10-15", "1000")])
    pay(ctx, customer, "400", received_on="2026-11-20", contract_id=contract_id)
    bounced = pay(ctx, customer, "600", received_on="2026-10-20", contract_id=contract_id)
    payments.reverse_payment(ctx.uow(), bounced, "承兑汇票退票")  # reversed today, 11-24
    on_11_10 = _row(aging(ctx.uow(), dt.date(2026, 11, 10)), customer)
    # the 400 came later; the 600 was still good on 11-10
    assert on_11_10.total == Decimal("400.00") and on_11_10.buckets[1] == Decimal("400.00")
    today = _row(aging(ctx.uow()), customer)
    assert today.total == Decimal("600.00") and today.buckets[2] == Decimal("600.00")  # 40 days


def test_credit_is_shown_apart_and_by_delivery_ages_from_delivery(ctx):
    customer = make_customer(ctx, "C001", salesperson="王丽")
    pay(ctx, customer, "200", received_on="2026-09-01")  # nothing owed yet: it stays credit
    make_contract(ctx, customer, lines=[("1", "500")], signed_on="2026-10-01",
                  delivery_on="2026-10-10", installments=[("2026-12-31", "500")])
    row = _row(aging(ctx.uow()), customer)
    assert (row.total, row.buckets[0], row.credit, row.net) == (
        Decimal("500.00"), Decimal("500.00"), Decimal("200.00"), Decimal("300.00"))
    by_delivery = _row(aging(ctx.uow(), by="delivery"), customer)
    assert by_delivery.total == row.total
    assert by_delivery.buckets[2] == row.total  # delivered 45 days before 11-24: 31–60
    assert aging(ctx.uow(), salesperson="别人").rows == []
    with pytest.raises(ValidationError):
        aging(ctx.uow(), by="invoice")
    with pytest.raises(ValidationError):
        aging(ctx.uow(), edges=(30, 30))


@settings(max_examples=20, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(drawn_contracts=contracts, drawn_actions=actions, back=st.integers(0, 120))
def test_buckets_add_up_to_what_was_owed_on_any_day(ctx, drawn_contracts, drawn_actions, back):
    customer = build(ctx, drawn_contracts, drawn_actions)
    as_of = TODAY - dt.timedelta(days=back)
    report = aging(ctx.uow(), as_of)
    with open_session(ctx) as session:
        owed = balances.customer_balance(session, customer, as_of).outstanding
        credit = balances.unallocated_credit(session, customer, as_of)
    rows = [r for r in report.rows if r.customer_id == customer]
    total = rows[0].total if rows else Decimal("0.00")
    assert total == owed
    assert all(sum(r.buckets) == r.total for r in report.rows)
    assert (rows[0].credit if rows else Decimal("0.00")) == credit
    assert sum(report.totals) == report.total == sum(r.total for r in report.rows)


def _dated_the_long_way(ctx, as_of, **options):
    """The report as of `as_of` when that day is already past: from the allocations, never
    from the cache (the clock moved on a day, and back)."""
    ctx.clock.advance(1)
    try:
        return aging(ctx.uow(), as_of, **options)
    finally:
        ctx.clock.advance(-1)


def test_today_from_the_cache_equals_today_from_the_allocations(ctx):
    """As of today the report reads the cached paid (fast); the same day summed from the
    allocations gives the same rows, credit included: a payment applied later, credit applied
    after it came, an undone application, a reversed payment, a credit note, an over-payment."""
    early = make_customer(ctx, "C001", salesperson="王丽")
    pay(ctx, early, "300", received_on="2026-09-01")  # before anything was owed: credit
    first, _ = make_contract(ctx, early, lines=[("1", "1000")], signed_on="2026-09-10",
                             installments=[("2026-10-10", "400"), ("2026-12-10", "600")])
    applications.apply_credit(ctx.uow(), early, ApplicationInput(applied_on="2026-11-01"))
    with open_session(ctx) as session:
        undone = session.scalar(select(func.max(Allocation.id)))
    applications.undo_application(ctx.uow(), undone, "核销错误")
    pay(ctx, early, "500", received_on="2026-11-05", contract_id=first)
    other = make_customer(ctx, "C002", salesperson="李强")
    second, _ = make_contract(ctx, other, lines=[("10", "50")], signed_on="2026-06-01",
                              installments=[("2026-07-01", "200"), ("2026-08-01", "300")])
    bounced = pay(ctx, other, "150", received_on="2026-07-15", contract_id=second)
    payments.reverse_payment(ctx.uow(), bounced, "承兑汇票退票")
    pay(ctx, other, "600", received_on="2026-10-01", contract_id=second)  # 100 over: credit
    third, _ = make_contract(ctx, other, lines=[("1", "800")], signed_on="2026-10-01",
                             installments=[("2026-11-01", "800")])
    credit_notes.create_credit_note(ctx.uow(), CreditNoteInput(
        contract_id=third, kind="allowance", issued_on="2026-11-20", reason="质量折让",
        amount="120"))
    applied = applications.apply_credit(ctx.uow(), other, ApplicationInput())
    assert applied > 0
    pay(ctx, early, "2000", received_on="2026-11-20")  # more than owed: the rest is credit
    for by in ("due", "delivery"):
        fast = aging(ctx.uow(), by=by)
        assert fast == _dated_the_long_way(ctx, TODAY, by=by)
        assert [r.code for r in fast.rows] == ["C001", "C002"] and fast.credit > 0
    assert aging(ctx.uow(), salesperson="李强") == _dated_the_long_way(
        ctx, TODAY, salesperson="李强")


@settings(max_examples=20, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(drawn_contracts=contracts, drawn_actions=actions)
def test_today_from_the_cache_equals_the_allocations_on_random_ledgers(ctx, drawn_contracts,
                                                                        drawn_actions):
    build(ctx, drawn_contracts, drawn_actions)
    assert aging(ctx.uow()) == _dated_the_long_way(ctx, TODAY)


def test_the_report_takes_the_edges_the_settings_take(ctx):
    """One rule for the edges (services.collection.rules.check_edges): more than
    AGING_EDGES_MOST edges or an edge beyond AGING_EDGE_MAX days is refused here too."""
    from services.collection import rules

    too_many = tuple(range(10, 10 * (rules.AGING_EDGES_MOST + 2), 10))
    for edges in (too_many, (30, rules.AGING_EDGE_MAX + 1)):
        with pytest.raises(ValidationError):
            aging(ctx.uow(), edges=edges)
    assert aging(ctx.uow()).edges == rules.DEFAULT_AGING_EDGES
