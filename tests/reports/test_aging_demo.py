"""On the demo database (18 months of contracts, payments, reversals, credit notes and
applications): for every customer, at random days, the aging's buckets add up to what the
ledger says was owed that day, by due and by delivery date, and the credit column is the
ledger's unapplied credit."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from services.admin.bootstrap import open_context
from services.core.clock import FixedClock
from services.demo.generate import write_demo
from services.ledger.balances import customer_balances, unapplied_credits
from services.reports.aging import aging

TODAY = dt.date(2026, 11, 24)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    ctx = open_context(tmp_path_factory.mktemp("demo") / "demo.sqlite3", FixedClock(TODAY),
                       operator="test")
    write_demo(ctx)
    yield ctx
    ctx.close()


def check(ctx, as_of: dt.date, by: str) -> None:
    report = aging(ctx.uow(), as_of, by)
    with ctx.uow() as uow:
        owed = {cid: b.outstanding for cid, b in customer_balances(uow.session, as_of).items()
                if b.outstanding != 0}
        credit = unapplied_credits(uow.session, as_of)
    for row in report.rows:
        assert sum(row.buckets, Decimal("0.00")) == row.total, (as_of, row.code)
        assert row.total == owed.get(row.customer_id, Decimal("0.00")), (as_of, by, row.code)
        assert row.credit == credit.get(row.customer_id, Decimal("0.00")), (as_of, row.code)
    listed = {row.customer_id for row in report.rows}
    assert set(owed) <= listed and {c for c, v in credit.items() if v} <= listed
    assert report.total == sum(owed.values(), Decimal("0.00"))


@pytest.mark.parametrize("by", ["due", "delivery"])
def test_buckets_are_what_was_owed_today_and_at_the_ends_of_months(demo, by):
    for as_of in (TODAY, dt.date(2026, 10, 31), dt.date(2026, 6, 30), dt.date(2025, 12, 31)):
        check(demo, as_of, by)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(days_back=st.integers(min_value=0, max_value=600), by=st.sampled_from(["due", "delivery"]))
def test_buckets_are_what_was_owed_on_any_day(demo, days_back, by):
    check(demo, TODAY - dt.timedelta(days=days_back), by)
