"""The start-up alerts: windows at their edges, paid items gone, partly paid show what is left."""
from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from models import Promise
from services.collection.alerts import compute_alerts
from tests.conftest import TODAY
from tests.factories import make_contract, make_customer, pay


def _due(ctx, customer_id, due: dt.date, amount="100", status="delivered"):
    return make_contract(ctx, customer_id, status=status, lines=[("1", amount)],
                         installments=[(due, amount)], signed_on="2026-06-01")


def _kinds(ctx, **kwargs):
    """The alerts about money; a customer who owes is also due a follow-up (tested apart)."""
    return [(a.kind, a.due_date, a.amount, a.days)
            for a in compute_alerts(ctx.uow(), **kwargs) if a.kind != "follow_up_due"]


def test_due_window_edges(ctx):
    customer_id = make_customer(ctx, "C1")
    for offset in (6, 5, 0, -1):
        _due(ctx, customer_id, TODAY + dt.timedelta(days=offset))
    assert _kinds(ctx, days=5) == [
        ("due_soon", TODAY, Decimal("100.00"), 0),
        ("due_soon", TODAY + dt.timedelta(days=5), Decimal("100.00"), 5),
        ("overdue", TODAY - dt.timedelta(days=1), Decimal("100.00"), 1)]


def test_fully_paid_never_appears_and_partly_paid_shows_what_is_left(ctx):
    customer_id = make_customer(ctx, "C1")
    _due(ctx, customer_id, TODAY - dt.timedelta(days=10), "300")
    _due(ctx, customer_id, TODAY + dt.timedelta(days=2), "200")
    pay(ctx, customer_id, "350", received_on=TODAY)   # 300 to the overdue one, 50 to the next
    assert _kinds(ctx, days=5) == [("due_soon", TODAY + dt.timedelta(days=2), Decimal("150.00"), 2)]


def test_drafts_and_cancelled_contracts_are_not_chased(ctx):
    customer_id = make_customer(ctx, "C1")
    _due(ctx, customer_id, TODAY, status="draft")
    assert _kinds(ctx) == []


def test_as_of_a_past_day_counts_only_payments_made_by_then(ctx):
    customer_id = make_customer(ctx, "C1")
    _due(ctx, customer_id, dt.date(2026, 11, 10), "100")
    pay(ctx, customer_id, "100", received_on=dt.date(2026, 11, 20))
    assert _kinds(ctx) == []
    assert _kinds(ctx, as_of=dt.date(2026, 11, 15), days=5) == [
        ("overdue", dt.date(2026, 11, 10), Decimal("100.00"), 5)]


def test_customer_over_limit_is_listed_with_the_excess(ctx):
    over = make_customer(ctx, "C1", credit_limit="150")
    at_limit = make_customer(ctx, "C2", credit_limit="100")
    _due(ctx, over, TODAY + dt.timedelta(days=30), "200")
    _due(ctx, at_limit, TODAY + dt.timedelta(days=30), "100")
    alerts = [a for a in compute_alerts(ctx.uow()) if a.kind == "over_limit"]
    assert [(a.customer_code, a.amount) for a in alerts] == [("C1", Decimal("50.00"))]


def test_unapplied_credit_lowers_the_excess_and_can_clear_it(ctx):
    """The over-limit alert counts as the credit hold does: owed + committed − credit."""
    partly = make_customer(ctx, "C1", credit_limit="100")
    cleared = make_customer(ctx, "C2", credit_limit="100")
    for customer_id, advance in ((partly, "120"), (cleared, "200")):
        pay(ctx, customer_id, advance, received_on="2026-11-01")   # nothing owed yet: credit
        _due(ctx, customer_id, TODAY + dt.timedelta(days=30), "250")
    alerts = [a for a in compute_alerts(ctx.uow()) if a.kind == "over_limit"]
    assert [(a.customer_code, a.amount) for a in alerts] == [("C1", Decimal("30.00"))]


def _promise(ctx, customer_id, promised_on, amount, made_on=dt.date(2026, 11, 1)):
    with ctx.uow() as uow:
        uow.session.add(Promise(customer_id=customer_id, made_on=made_on, promised_on=promised_on,
                                amount=Decimal(amount), created_at=dt.datetime(2026, 11, 1)))
        uow.commit()


def test_promise_due_today_and_broken_since_last_start(ctx):
    customer_id = make_customer(ctx, "C1")
    _due(ctx, customer_id, TODAY + dt.timedelta(days=40), "5000")
    _promise(ctx, customer_id, TODAY, "1000")
    _promise(ctx, customer_id, TODAY - dt.timedelta(days=2), "800")   # broken two days ago
    _promise(ctx, customer_id, TODAY - dt.timedelta(days=9), "700")   # broken long before
    found = _kinds(ctx, broken_since=TODAY - dt.timedelta(days=3))
    assert ("promise_due", TODAY, Decimal("1000.00"), 0) in found
    assert ("promise_broken", TODAY - dt.timedelta(days=2), Decimal("800.00"), 2) in found
    assert all(due != TODAY - dt.timedelta(days=9) for _, due, _, _ in found)


def test_a_promise_moved_to_another_day_is_not_due_today(ctx):
    """The customer rang this morning and moved today's 1,000.00 to next week: today's
    promise was replaced, so it is not due today (the day's priority list says the same)."""
    from services.collection import promises

    customer_id = make_customer(ctx, "C1")
    _due(ctx, customer_id, TODAY + dt.timedelta(days=40), "5000")
    first = promises.record_promise(ctx.uow(), customer_id, promises.PromiseInput(
        promised_on=TODAY, amount="1000", made_on="2026-11-01"))
    assert [k for k, *_ in _kinds(ctx) if k.startswith("promise")] == ["promise_due"]
    promises.record_promise(ctx.uow(), customer_id, promises.PromiseInput(
        promised_on=TODAY + dt.timedelta(days=7), amount="1000", made_on=TODAY,
        replaces_id=first))
    assert [k for k, *_ in _kinds(ctx) if k.startswith("promise")] == []


def test_kept_promise_is_not_an_alert(ctx):
    customer_id = make_customer(ctx, "C1")
    _due(ctx, customer_id, TODAY + dt.timedelta(days=40), "5000")
    _promise(ctx, customer_id, TODAY, "1000")
    pay(ctx, customer_id, "1000", received_on=TODAY - dt.timedelta(days=1))
    assert [k for k, *_ in _kinds(ctx) if k.startswith("promise")] == []


@pytest.mark.usefixtures("sqlite_only")
def test_alerts_command_prints_json(ctx, tmp_path):
    customer_id = make_customer(ctx, "C1")
    _due(ctx, customer_id, TODAY + dt.timedelta(days=5), "123.45")
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run(
        [sys.executable, str(root / "main.py"), "alerts", "--db", str(tmp_path / "t.sqlite3"),
         "--as-of", TODAY.isoformat(), "--days", "5", "--json"],
        capture_output=True, text=True, timeout=120, cwd=root)
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    due = [r for r in rows if r["kind"] == "due_soon"]
    assert due == [{"kind": "due_soon", "customer_code": "C1", "customer_name": "客户C1",
                    "contract_number": due[0]["contract_number"],
                    "due_date": "2026-11-29", "amount": "123.45", "days": 5}]
    assert due[0]["contract_number"].endswith("-2026-00001")


def test_customer_owing_with_no_follow_up_yet_is_due_one(ctx):
    customer_id = make_customer(ctx, "C1")
    _due(ctx, customer_id, TODAY + dt.timedelta(days=20))
    follow = [a for a in compute_alerts(ctx.uow()) if a.kind == "follow_up_due"]
    assert [(a.customer_code, a.due_date) for a in follow] == [("C1", TODAY)]
