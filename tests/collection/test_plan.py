"""The monthly collection plan: due in the month, carried in, promised, received, target."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import event, select

from models import CollectionTarget
from services.collection import plan, plan_targets, promises
from services.collection.promises import PromiseInput
from services.core.errors import NotFound, ValidationError
from services.ledger import payments
from tests.factories import audit_log, count_rows, make_contract, make_customer, pay

NOVEMBER = dt.date(2026, 11, 1)


@pytest.fixture
def book(ctx):
    """Customers with something (or nothing) to collect in November 2026."""
    a = make_customer(ctx, "A01", "甲公司", salesperson="张伟")
    b = make_customer(ctx, "B02", "乙公司", salesperson="李娜")
    c = make_customer(ctx, "C03", "丙公司", salesperson="张伟")
    d = make_customer(ctx, "D04", "丁公司", salesperson="李娜")
    # a: 300 due in September (100 paid in October), 500 due in November, 200 in December.
    make_contract(ctx, a, lines=[("1", "1000")], installments=[
        ("2026-09-01", "300"), ("2026-11-15", "500"), ("2026-12-15", "200")])
    pay(ctx, a, "100", received_on="2026-10-05")
    pay(ctx, a, "250", received_on="2026-11-10")  # received in the month
    # b: a contract signed during November, due in November.
    make_contract(ctx, b, lines=[("1", "1000")], signed_on="2026-11-20",
                  installments=[("2026-11-28", "1000")])
    # c: only due next year; a draft due in November; a payment in November that was reversed.
    make_contract(ctx, c, lines=[("1", "80")], installments=[("2027-01-31", "80")])
    make_contract(ctx, c, lines=[("1", "90")], installments=[("2026-11-05", "90")], status="draft")
    payments.reverse_payment(ctx.uow(), pay(ctx, c, "10", received_on="2026-11-02"), "错账")
    # d: nothing at all.
    return {"a": a, "b": b, "c": c, "d": d}


def rows_by_customer(ctx, month=NOVEMBER, salesperson=""):
    return {r.customer_id: r for r in plan.plan_rows(ctx.uow(), month, salesperson)}


def test_plan_row_shows_due_in_month_overdue_carried_in_and_received(ctx, book):
    row = rows_by_customer(ctx)[book["a"]]
    assert (row.customer_code, row.customer_name, row.salesperson) == ("A01", "甲公司", "张伟")
    assert (row.due, row.overdue_in, row.received, row.target) == (
        Decimal("500.00"), Decimal("200.00"), Decimal("250.00"), None)
    assert row.to_collect == Decimal("700.00")


def test_contract_signed_during_the_month_counts_for_that_month(ctx, book):
    row = rows_by_customer(ctx)[book["b"]]
    assert (row.due, row.overdue_in, row.received) == (
        Decimal("1000.00"), Decimal("0.00"), Decimal("0.00"))


def test_customer_with_nothing_in_the_month_does_not_appear(ctx, book):
    rows = rows_by_customer(ctx)
    assert set(rows) == {book["a"], book["b"]}  # c: only later, a draft and a reversed payment


def test_rows_are_in_customer_code_order(ctx, book):
    plan.set_target(ctx.uow(), book["d"], NOVEMBER, "10")
    assert [r.customer_code for r in plan.plan_rows(ctx.uow(), NOVEMBER)] == ["A01", "B02", "D04"]


def test_next_month_carries_in_what_was_not_collected(ctx, book):
    rows = rows_by_customer(ctx, dt.date(2026, 12, 1))
    # a as of 11-30: 100 + 250 paid oldest first -> 09-01 done, 11-15 has 450 left: overdue.
    assert (rows[book["a"]].due, rows[book["a"]].overdue_in, rows[book["a"]].received) == (
        Decimal("200.00"), Decimal("450.00"), Decimal("0.00"))
    assert (rows[book["b"]].due, rows[book["b"]].overdue_in) == (Decimal("0.00"),
                                                                Decimal("1000.00"))
    assert book["c"] not in rows


def test_any_day_of_the_month_means_the_whole_month(ctx, book):
    assert plan.plan_rows(ctx.uow(), dt.date(2026, 11, 30)) == plan.plan_rows(ctx.uow(), NOVEMBER)


def test_salesperson_filter_keeps_only_their_customers(ctx, book):
    assert set(rows_by_customer(ctx, salesperson="张伟")) == {book["a"]}
    assert set(rows_by_customer(ctx, salesperson="李娜")) == {book["b"]}
    assert rows_by_customer(ctx, salesperson="王五") == {}
    assert plan.salespeople(ctx.uow()) == sorted(["张伟", "李娜"])


def test_totals_add_up_the_rows(ctx, book):
    plan.set_target(ctx.uow(), book["a"], NOVEMBER, "600")
    plan.set_target(ctx.uow(), book["d"], NOVEMBER, "50.5")
    totals = plan.plan_totals(plan.plan_rows(ctx.uow(), NOVEMBER))
    assert totals == plan.PlanTotals(due=Decimal("1500.00"), overdue_in=Decimal("200.00"),
                                     received=Decimal("250.00"), target=Decimal("650.50"),
                                     promised=Decimal("0.00"), gap=Decimal("400.50"),
                                     still_to_collect=Decimal("400.50"))
    assert plan.plan_totals([]) == plan.PlanTotals(*(Decimal("0.00"),) * 7)


def test_set_target_adds_changes_and_empty_removes_it(ctx, book):
    a = book["a"]
    plan.set_target(ctx.uow(), a, dt.date(2026, 11, 17), "¥1,000")
    assert rows_by_customer(ctx)[a].target == Decimal("1000.00")
    plan.set_target(ctx.uow(), a, NOVEMBER, "800.5")
    assert rows_by_customer(ctx)[a].target == Decimal("800.50")
    assert count_rows(ctx, CollectionTarget) == 1
    plan.set_target(ctx.uow(), a, NOVEMBER, "  ")
    assert rows_by_customer(ctx)[a].target is None
    assert count_rows(ctx, CollectionTarget) == 0


def test_target_alone_puts_a_customer_on_the_plan_for_that_month_only(ctx, book):
    plan.set_target(ctx.uow(), book["d"], NOVEMBER, "0")
    assert rows_by_customer(ctx)[book["d"]].target == Decimal("0.00")
    assert book["d"] not in rows_by_customer(ctx, dt.date(2026, 12, 1))


@pytest.mark.parametrize("value, reason", [("-1", "negative"), ("abc", "not_a_number"),
                                           ("1.234", "too_precise")])
def test_bad_target_is_refused_and_nothing_saved(ctx, book, value, reason):
    plan.set_target(ctx.uow(), book["a"], NOVEMBER, "100")
    with pytest.raises(ValidationError) as info:
        plan.set_target(ctx.uow(), book["a"], NOVEMBER, value)
    assert (info.value.field, info.value.reason) == ("target", reason)
    assert rows_by_customer(ctx)[book["a"]].target == Decimal("100.00")


def test_target_for_unknown_customer_raises_not_found(ctx):
    with pytest.raises(NotFound):
        plan.set_target(ctx.uow(), 404, NOVEMBER, "1")
    assert count_rows(ctx, CollectionTarget) == 0


def test_set_target_writes_audit_entries(ctx, book):
    plan.set_target(ctx.uow(), book["a"], dt.date(2026, 11, 17), "1000")
    plan.set_target(ctx.uow(), book["a"], NOVEMBER, "")
    entries = [e for e in audit_log(ctx) if e["action"] == "set_target"]
    assert [(e["entity"], e["entity_id"], e["operator"], e["detail"]) for e in entries] == [
        ("customer", book["a"], "tester", {"month": "2026-11-01", "target": "1000.00"}),
        ("customer", book["a"], "tester", {"month": "2026-11-01", "target": None}),
    ]


# -- promises, gap and still to collect ---------------------------------------------------

def promise(ctx, customer_id, amount, on, replaces=None) -> int:
    """A promise through services.collection.promises (said on 2026-10-01, before any date used here)."""
    return promises.record_promise(ctx.uow(), customer_id, PromiseInput(
        promised_on=on, amount=amount, made_on="2026-10-01", replaces_id=replaces))


def test_promised_sums_the_promises_dated_in_the_month_without_replaced_ones(ctx, book):
    a = book["a"]
    promise(ctx, a, "100", "2026-11-20")
    broken = promise(ctx, a, "3000", "2026-11-12")             # 350 paid by then: partly kept
    promise(ctx, a, "120", "2026-11-28", replaces=broken)      # the new word counts, not the old
    moved = promise(ctx, a, "200", "2026-11-25")
    promise(ctx, a, "150", "2026-12-03", replaces=moved)       # moved out of November
    promise(ctx, a, "999", "2026-10-31")                       # another month
    promise(ctx, book["b"], "0.01", "2026-11-01")
    rows = rows_by_customer(ctx)
    assert rows[a].promised == Decimal("220.00")
    assert rows[book["b"]].promised == Decimal("0.01")
    assert rows_by_customer(ctx, dt.date(2026, 12, 1))[a].promised == Decimal("150.00")
    assert rows_by_customer(ctx, dt.date(2026, 10, 1))[a].promised == Decimal("999.00")


def test_a_promise_in_the_month_alone_puts_a_customer_on_the_plan(ctx, book):
    promise(ctx, book["c"], "80", "2026-11-30")
    row = rows_by_customer(ctx)[book["c"]]
    assert (row.due, row.overdue_in, row.received, row.promised, row.target) == (
        Decimal("0.00"), Decimal("0.00"), Decimal("0.00"), Decimal("80.00"), None)
    assert book["c"] not in rows_by_customer(ctx, dt.date(2026, 12, 1))
    # A replaced promise alone does not.
    promise(ctx, book["d"], "50", "2026-11-10",
            replaces=promise(ctx, book["d"], "60", "2026-11-05"))
    promise(ctx, book["d"], "70", "2026-12-10",
            replaces=promise(ctx, book["d"], "60", "2026-10-10"))
    assert rows_by_customer(ctx)[book["d"]].promised == Decimal("50.00")
    assert book["d"] not in rows_by_customer(ctx, dt.date(2026, 10, 1))


def test_gap_and_still_to_collect_follow_the_target(ctx, book):
    a = book["a"]  # 250 received in November
    promise(ctx, a, "220", "2026-11-20")  # kept (100 of 10-05, 120 of 11-10): not pending
    promise(ctx, a, "500", "2026-11-28")  # pending today (11-24): 130 of 11-10 came toward it
    row = rows_by_customer(ctx)[a]
    assert (row.gap, row.still_to_collect) == (None, None)  # no target, nothing to measure
    plan.set_target(ctx.uow(), a, NOVEMBER, "1000")
    row = rows_by_customer(ctx)[a]
    # gap = 1000 − 250 received − 370 still pending; still to collect = 1000 − 250.
    assert (row.promised, row.pending) == (Decimal("720.00"), Decimal("370.00"))
    assert (row.gap, row.still_to_collect) == (Decimal("380.00"), Decimal("750.00"))
    plan.set_target(ctx.uow(), a, NOVEMBER, "200")  # received more than aimed for
    row = rows_by_customer(ctx)[a]
    assert (row.gap, row.still_to_collect) == (Decimal("0.00"), Decimal("0.00"))


def test_a_customer_ahead_of_target_does_not_hide_anothers_shortfall(ctx, book):
    """A user's case: 16,358.44 received against 12,000.00 showed 目标差距 12,000.00 and
    尚需回款 −4,358.44, and the total of 尚需回款 fell by 4,358.44."""
    pay(ctx, book["b"], "16358.44", received_on="2026-11-21")
    plan.set_target(ctx.uow(), book["b"], NOVEMBER, "12000")
    plan.set_target(ctx.uow(), book["a"], NOVEMBER, "600")  # 250 received: 350 short
    rows = rows_by_customer(ctx)
    assert (rows[book["b"]].gap, rows[book["b"]].still_to_collect) == (Decimal("0.00"),
                                                                      Decimal("0.00"))
    totals = plan.plan_totals(list(rows.values()))
    assert (totals.gap, totals.still_to_collect) == (Decimal("350.00"), Decimal("350.00"))


def test_totals_cover_promised_gap_and_still_to_collect(ctx, book):
    promise(ctx, book["a"], "220", "2026-11-20")
    promise(ctx, book["b"], "1000", "2026-11-28")
    plan.set_target(ctx.uow(), book["a"], NOVEMBER, "600")  # gap 350 (promise kept), still 350
    # b has no target: its promise counts in promised, not in the gap.
    totals = plan.plan_totals(plan.plan_rows(ctx.uow(), NOVEMBER))
    assert (totals.promised, totals.target, totals.gap, totals.still_to_collect) == (
        Decimal("1220.00"), Decimal("600.00"), Decimal("350.00"), Decimal("350.00"))


def test_plan_is_three_sql_queries(ctx, book):
    """The month's promises and the payments they count (the promise rules), then everything
    else in one query."""
    promise(ctx, book["a"], "220", "2026-11-20")
    statements = []
    engine = ctx.engine
    listener = lambda *args: statements.append(args[2])  # noqa: E731
    event.listen(engine, "before_cursor_execute", listener)
    try:
        plan.plan_rows(ctx.uow(), NOVEMBER)
    finally:
        event.remove(engine, "before_cursor_execute", listener)
    assert len([s for s in statements if s.lstrip().upper().startswith("SELECT")]) == 3


# -- targets for a whole month ---------------------------------------------------------------

OCTOBER = dt.date(2026, 10, 1)


def targets(ctx, month=NOVEMBER) -> dict[int, Decimal]:
    with ctx.uow() as uow:
        return {cid: target for cid, target in uow.session.execute(
            select(CollectionTarget.customer_id, CollectionTarget.target)
            .where(CollectionTarget.month == month))}


def test_copy_targets_fills_only_customers_without_one(ctx, book):
    for key, amount in (("a", "500"), ("b", "300"), ("d", "40.5")):
        plan.set_target(ctx.uow(), book[key], OCTOBER, amount)
    plan.set_target(ctx.uow(), book["a"], NOVEMBER, "600")
    before = len(audit_log(ctx))
    assert plan_targets.copy_targets_from_previous_month(ctx.uow(), dt.date(2026, 11, 17)) == 2
    assert targets(ctx) == {book["a"]: Decimal("600.00"), book["b"]: Decimal("300.00"),
                            book["d"]: Decimal("40.50")}
    entries = audit_log(ctx)[before:]
    assert [(e["action"], e["entity"], e["entity_id"]) for e in entries] == [
        ("copy_targets", "plan", None)]
    assert entries[0]["detail"] == {
        "month": "2026-11-01", "from": "2026-10-01", "count": 2,
        "targets": {str(book["b"]): "300.00", str(book["d"]): "40.50"}}
    # Again: nothing left to fill, nothing written.
    assert plan_targets.copy_targets_from_previous_month(ctx.uow(), NOVEMBER) == 0
    assert len(audit_log(ctx)) == before + 1


def test_copy_targets_across_the_year_and_for_one_salesperson(ctx, book):
    plan.set_target(ctx.uow(), book["a"], dt.date(2026, 12, 1), "10")
    plan.set_target(ctx.uow(), book["b"], dt.date(2026, 12, 1), "20")
    january = dt.date(2027, 1, 1)
    assert plan_targets.copy_targets_from_previous_month(ctx.uow(), january, "李娜") == 1
    assert targets(ctx, january) == {book["b"]: Decimal("20.00")}


def test_targets_from_amounts_due(ctx, book):
    plan.set_target(ctx.uow(), book["b"], NOVEMBER, "10")   # kept as it is
    promise(ctx, book["c"], "80", "2026-11-30")              # on the plan, but nothing due
    before = len(audit_log(ctx))
    assert plan_targets.targets_from_amounts_due(ctx.uow(), NOVEMBER) == 1
    # a: 500 due in November + 200 carried in.
    assert targets(ctx) == {book["a"]: Decimal("700.00"), book["b"]: Decimal("10.00")}
    entries = audit_log(ctx)[before:]
    assert [(e["action"], e["detail"]["count"], e["detail"]["include_overdue"])
            for e in entries] == [("targets_from_due", 1, True)]
    assert plan_targets.targets_from_amounts_due(ctx.uow(), NOVEMBER) == 0


def test_targets_from_amounts_due_without_overdue_and_per_salesperson(ctx, book):
    assert plan_targets.targets_from_amounts_due(ctx.uow(), NOVEMBER, include_overdue=False,
                                                 salesperson="张伟") == 1
    assert targets(ctx) == {book["a"]: Decimal("500.00")}
    assert plan_targets.targets_from_amounts_due(ctx.uow(), NOVEMBER, False) == 1
    assert targets(ctx) == {book["a"]: Decimal("500.00"), book["b"]: Decimal("1000.00")}


def test_bulk_targets_refuse_a_negative_target_and_set_none(ctx, book):
    with ctx.uow() as uow:  # a bad row that slipped in past the service
        uow.session.add(CollectionTarget(customer_id=book["a"], month=OCTOBER,
                                         target=Decimal("-5.00")))
        uow.session.add(CollectionTarget(customer_id=book["b"], month=OCTOBER,
                                         target=Decimal("5.00")))
        uow.commit()
    before = len(audit_log(ctx))
    with pytest.raises(ValidationError) as info:
        plan_targets.copy_targets_from_previous_month(ctx.uow(), NOVEMBER)
    assert (info.value.field, info.value.reason) == ("target", "negative")
    assert targets(ctx) == {}
    assert len(audit_log(ctx)) == before


def test_a_bounced_payment_shows_again_as_owed_in_the_month_it_bounced(ctx, clock):
    """A user's case: 1,000.00 due 10-15, paid 10-20 by acceptance bill, the bill bounced and
    the payment was reversed on 11-10; viewed on 11-24, November showed nothing."""
    from services.ledger import payments

    customer = make_customer(ctx, "C001", "甲公司")
    make_contract(ctx, customer, lines=[("1", "1000")], signed_on="2026-09-01",
                  installments=[("2026-10-15", "1000")])
    paid = pay(ctx, customer, "1000", received_on="2026-10-20", method="acceptance_bill")
    clock.advance(-14)  # 11-10: the bill bounced
    payments.reverse_payment(ctx.uow(), paid, "承兑汇票退票")
    clock.advance(14)
    november = rows_by_customer(ctx)[customer]
    assert (november.overdue_in, november.due, november.received) == (
        Decimal("1000.00"), Decimal("0.00"), Decimal("0.00"))
    october = rows_by_customer(ctx, dt.date(2026, 10, 1))[customer]
    # Viewed today, October too: the reversed payment counts nowhere.
    assert (october.due, october.received) == (Decimal("1000.00"), Decimal("0.00"))
