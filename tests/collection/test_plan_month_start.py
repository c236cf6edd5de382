"""What was owed when a month began, read the fast way (balances.owed_parts: the cache plus what
moved since), is exactly what installment_balances says, however the money moved."""
from __future__ import annotations

import datetime as dt
from collections import defaultdict

import pytest
from sqlalchemy import select

from services.collection import plan
from services.core.parsing import db_date, month_start, next_month
from services.ledger import applications, payments
from services.ledger.applications import ApplicationInput
from services.ledger.balances import installment_balances, owed_parts, paid_cache_mismatches
from tests.factories import installment_ids, make_contract, make_customer, pay


def figures_from_history(session, month: dt.date, known_on: dt.date) -> dict:
    """{(customer, due in the month?): fen} from every allocation (the plan's old query)."""
    first, after = month_start(month), next_month(month)
    inst = installment_balances(first - dt.timedelta(days=1), owed_by=after - dt.timedelta(days=1),
                                known_on=known_on).subquery()
    sums: dict = defaultdict(int)  # summed here: PostgreSQL will not group by a bound compare
    for cid, due_date, fen in session.execute(select(inst.c.customer_id, inst.c.due_date,
                                                     inst.c.remaining)
                                              .where(inst.c.due_date < after)):
        sums[cid, db_date(due_date) >= first] += fen
    return {key: fen for key, fen in sums.items() if fen}


def figures_from_parts(session, month: dt.date, known_on: dt.date) -> dict:
    first, after = month_start(month), next_month(month)
    parts = owed_parts(first - dt.timedelta(days=1), after, owed_by=after - dt.timedelta(days=1),
                       known_on=known_on).subquery()
    sums: dict = defaultdict(int)
    for cid, due_date, fen in session.execute(select(parts.c.customer_id, parts.c.due_date,
                                                     parts.c.remaining)):
        due_date = due_date if isinstance(due_date, dt.date) else dt.date.fromisoformat(due_date)
        sums[(cid, due_date >= first)] += fen
    return {key: fen for key, fen in sums.items() if fen}


@pytest.fixture
def moved_book(ctx, clock):
    """Money that came, was applied later, undone and reversed, over autumn 2026."""
    a = make_customer(ctx, "A01")
    b = make_customer(ctx, "B02")
    c = make_customer(ctx, "C03")
    make_contract(ctx, a, signed_on="2026-08-01", lines=[("1", "1400")], installments=[
        ("2026-09-01", "300"), ("2026-10-15", "400"), ("2026-11-20", "500"),
        ("2026-12-10", "200")])
    # A deposit owed from signing; the rest only once delivered (never, here).
    make_contract(ctx, a, signed_on="2026-10-20", status="confirmed", lines=[("1", "1000")],
                  installments=[("2026-10-25", "300", None, True), ("2027-01-10", "700")])
    make_contract(ctx, b, signed_on="2026-09-01", lines=[("1", "900")],
                  installments=[("2026-10-01", "450"), ("2026-11-01", "450")])
    # Delivered late: owed only from November.
    make_contract(ctx, c, signed_on="2026-09-15", delivery_on="2026-11-12",
                  lines=[("1", "600")], installments=[("2026-10-30", "600")])
    pay(ctx, a, "250", received_on="2026-09-10")
    pay(ctx, a, "100", received_on="2026-10-05")
    bounced = pay(ctx, a, "300", received_on="2026-10-28")
    pay(ctx, a, "120", received_on="2026-11-03")
    # b pays in advance (nothing applied), then the credit is applied in November.
    pay(ctx, b, "500", received_on="2026-09-20", allocations=[])
    clock._today = dt.date(2026, 11, 6)
    applications.apply_credit(ctx.uow(), b, ApplicationInput(applied_on="2026-11-06"))
    pay(ctx, c, "200", received_on="2026-10-02", allocations=[])
    # On the 10th the bill bounces and one application is undone.
    clock._today = dt.date(2026, 11, 10)
    payments.reverse_payment(ctx.uow(), bounced, "退票")
    first_b = installment_ids(ctx, make_contract(ctx, b, signed_on="2026-10-01",
                                                 lines=[("1", "80")],
                                                 installments=[("2026-10-31", "80")])[0])[0]
    applied = pay(ctx, b, "80", received_on="2026-10-31", allocations=[(first_b, "80")])
    [allocation] = applications.payment_allocations(ctx.uow(), applied)
    applications.undo_application(ctx.uow(), allocation.id, "错账")
    clock._today = dt.date(2026, 11, 12)
    applications.apply_credit(ctx.uow(), c, ApplicationInput(applied_on="2026-11-12"))
    clock._today = dt.date(2026, 11, 24)
    pay(ctx, b, "40", received_on="2026-11-24")
    return {"a": a, "b": b, "c": c}


MONTHS = [dt.date(2026, m, 1) for m in (9, 10, 11, 12)] + [dt.date(2027, 1, 1)]
# Viewed today, and as if from before the reversal and the undoing (they then count on).
KNOWN_ON = [dt.date(2026, 11, 24), dt.date(2026, 11, 8), dt.date(2026, 10, 31)]


@pytest.mark.parametrize("month", MONTHS, ids=lambda d: d.strftime("%Y-%m"))
@pytest.mark.parametrize("known_on", KNOWN_ON, ids=str)
def test_month_start_balances_from_the_cache_equal_those_from_every_allocation(
        ctx, moved_book, month, known_on):
    with ctx.uow() as uow:
        assert paid_cache_mismatches(uow.session) == []
        expected = figures_from_history(uow.session, month, known_on)
        assert figures_from_parts(uow.session, month, known_on) == expected
    assert expected or month == dt.date(2026, 9, 1) or known_on < month  # not all trivial


def test_plan_of_november_counts_the_bounced_bill_and_the_undone_application_as_owed(
        ctx, moved_book):
    rows = {r.customer_code: r for r in plan.plan_rows(ctx.uow(), dt.date(2026, 11, 1))}
    # a: 1400 delivered + 300 deposit; by 10-31 paid 250 + 100 (the 300 bounced: nowhere).
    # 09-01 300 paid, 10-15 400: 50 paid -> 350 carried in, deposit 300 carried in;
    # 11-20 500 due in the month.
    assert (rows["A01"].due, rows["A01"].overdue_in) == (500, 650)
    assert rows["A01"].received == 120
    # b: 450 of 10-01 and 80 of 10-31 (its application undone) carried in, 11-01 450 due;
    # the credit applied on 11-06 counts from then, not at the month's start.
    assert (rows["B02"].due, rows["B02"].overdue_in) == (450, 530)
    # c: delivered on 11-12, owed by the month's end: carried in whole.
    assert (rows["C03"].due, rows["C03"].overdue_in) == (0, 600)
