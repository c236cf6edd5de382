"""A property of importing open receivables: whatever the rows (amounts with two decimals,
paid from nothing to all of it, any dates), written to a CSV and imported, each customer owes
exactly Σ(amount − paid) of its rows, and the cached paid equals the allocations."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from models import Customer
from services.imports import run
from services.ledger import balances
from tests.conftest import TODAY
from tests.factories import open_session
from tests.imports.files import make_csv

HEADERS = ["客户编码", "客户名称", "发票号", "日期", "到期日", "金额", "已收金额"]
CODES = ("001", "0002", "A01", "b-7")


@st.composite
def receivable_rows(draw) -> list[tuple[str, dt.date, dt.date, int, int]]:
    """(customer code, date, due date, amount in fen, paid in fen), 1 to 25 of them."""
    count = draw(st.integers(1, 25))
    rows = []
    for _ in range(count):
        code = draw(st.sampled_from(CODES))
        day = draw(st.dates(dt.date(2000, 1, 1), TODAY))
        due = day + dt.timedelta(days=draw(st.integers(0, 20)))
        amount = draw(st.integers(1, 99_999_999_999))
        paid = draw(st.one_of(st.just(0), st.just(amount), st.integers(0, amount)))
        rows.append((code, day, due, amount, paid))
    return rows


def yuan(fen: int) -> Decimal:
    return Decimal(fen) / 100


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(rows=receivable_rows(), spelling=st.sampled_from(["plain", "grouped", "yen"]))
def test_each_customer_owes_the_rows_amount_less_paid(ctx, tmp_path, rows, spelling):
    with open_session(ctx) as session:  # each example adds to the same database: new numbers
        known = dict(session.execute(select(Customer.code, Customer.id)).all())
        before = balances.customer_balances(session, TODAY)
    tag = len(list(tmp_path.iterdir()))
    shown = {"plain": "{}", "grouped": "{:,}", "yen": "¥{:,}"}[spelling]
    table = [HEADERS] + [
        [code, f"客户{code}", f"FP-{tag}-{i}", day.isoformat(), due.strftime("%Y/%m/%d"),
         shown.format(yuan(amount)), str(yuan(paid))]
        for i, (code, day, due, amount, paid) in enumerate(rows)]
    path = make_csv(tmp_path / f"r{tag}.csv", table)
    opened = run.open_file(ctx.uow(), path, "receivables")
    checked = run.check_file(opened, opened.mapping)
    assert checked.problems == []
    report = run.run_import(ctx.uow(), opened, checked, opened.mapping)
    assert report.written and report.created["contracts"] == len(rows)
    expected: dict[str, Decimal] = {}
    for code, _day, _due, amount, paid in rows:
        expected[code] = expected.get(code, Decimal("0.00")) + yuan(amount - paid)
    with open_session(ctx) as session:
        ids = dict(session.execute(select(Customer.code, Customer.id)).all())
        after = balances.customer_balances(session, TODAY)
        assert balances.paid_cache_mismatches(session) == []
    for code, owed in expected.items():
        was = before.get(known[code]).outstanding if code in known and known[code] in before \
            else Decimal("0.00")
        now = after[ids[code]].outstanding if ids[code] in after else Decimal("0.00")
        assert now - was == owed, code
