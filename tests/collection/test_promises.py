"""Promises to pay: recording, refusals, the computed status, shared payments, re-promises,
the customer's record and what the plan counts as promised."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from models import Promise
from services.collection import promises
from services.collection.promises import PromiseInput
from services.collection.record import collection_record
from services.core.errors import NotFound, ValidationError
from services.ledger import payments
from tests.factories import audit_log, count_rows, make_contract, make_customer, open_session, pay

TODAY = dt.date(2026, 11, 24)


@pytest.fixture
def customer(ctx) -> int:
    """Owes 900 in three installments of 300 (one overdue, two coming)."""
    customer_id = make_customer(ctx, "C001", "北京华通")
    make_contract(ctx, customer_id, lines=[("3", "300")], signed_on="2026-10-01",
                  installments=[("2026-11-01", "300"), ("2026-12-01", "300"),
                                ("2026-12-20", "300")])
    return customer_id


def promise(ctx, customer_id: int, promised_on, amount, **fields) -> int:
    return promises.record_promise(ctx.uow(), customer_id, PromiseInput(
        promised_on=str(promised_on), amount=str(amount), **fields))


def views(ctx, customer_id: int) -> dict[int, promises.PromiseView]:
    return {v.id: v for v in collection_record(ctx.uow(), customer_id).promises}


def status(ctx, customer_id: int, promise_id: int) -> tuple[str, Decimal]:
    view = views(ctx, customer_id)[promise_id]
    return view.status, view.covered


def on(clock, day: str) -> None:
    clock.advance((dt.date.fromisoformat(day) - clock.today()).days)


# --- recording --------------------------------------------------------------------------------

def test_a_promise_is_recorded_with_today_as_made_on_and_an_audit_entry(ctx, customer):
    promise_id = promise(ctx, customer, "2026-11-30", "500", made_by="王会计", note="月底前")
    [view] = collection_record(ctx.uow(), customer).promises
    assert (view.id, view.made_on, view.promised_on, view.amount, view.made_by, view.note) == (
        promise_id, TODAY, dt.date(2026, 11, 30), Decimal("500.00"), "王会计", "月底前")
    assert (view.customer_code, view.customer_name, view.replaces_id, view.replaced) == (
        "C001", "北京华通", None, False)
    [entry] = audit_log(ctx, "promise")
    assert (entry["action"], entry["entity_id"], entry["operator"]) == ("create", promise_id,
                                                                         "tester")
    assert entry["detail"]["amount"] == "500.00"


def test_promised_on_the_day_it_is_made_is_fine(ctx, customer):
    promise(ctx, customer, "2026-11-24", "100")
    assert count_rows(ctx, Promise) == 1


@pytest.mark.parametrize("fields, field, reason", [
    ({"promised_on": ""}, "promised_on", "required"),
    ({"promised_on": "2026-11-31"}, "promised_on", "not_a_date"),
    ({"promised_on": "下周"}, "promised_on", "not_a_date"),
    ({"amount": ""}, "amount", "required"),
    ({"amount": "0"}, "amount", "not_positive"),
    ({"amount": "-100"}, "amount", "negative"),
    ({"amount": "五百"}, "amount", "not_a_number"),
    ({"amount": "1.005"}, "amount", "too_precise"),
    ({"promised_on": "2026-11-20"}, "promised_on", "before_made"),
    ({"made_on": "2026-11-21", "promised_on": "2026-11-20"}, "promised_on", "before_made"),
    ({"made_on": "2026-11-25"}, "made_on", "in_future"),
    ({"made_on": "昨天"}, "made_on", "not_a_date"),
    ({"made_by": "王" * 61}, "made_by", "too_long"),
    ({"note": "备" * 301}, "note", "too_long"),
])
def test_bad_input_is_refused_naming_the_field_and_nothing_is_saved(ctx, customer, fields,
                                                                     field, reason):
    data = PromiseInput(**({"promised_on": "2026-11-30", "amount": "500"} | fields))
    with pytest.raises(ValidationError) as info:
        promises.record_promise(ctx.uow(), customer, data)
    assert (info.value.field, info.value.reason) == (field, reason)
    assert count_rows(ctx, Promise) == 0
    assert audit_log(ctx, "promise") == []


def test_unknown_customer_is_not_found_and_nothing_is_saved(ctx):
    with pytest.raises(NotFound):
        promise(ctx, 999, "2026-11-30", "500")
    assert count_rows(ctx, Promise) == 0


def test_a_promise_made_earlier_can_be_recorded_afterwards(ctx, customer):
    promise_id = promise(ctx, customer, "2026-11-22", "100", made_on="2026-11-15")
    assert status(ctx, customer, promise_id) == ("broken", Decimal("0.00"))


# --- status -----------------------------------------------------------------------------------

def test_pending_until_a_payment_before_the_date_keeps_it(ctx, clock, customer):
    promise_id = promise(ctx, customer, "2026-11-30", "500")
    assert status(ctx, customer, promise_id) == ("pending", Decimal("0.00"))
    on(clock, "2026-11-27")
    pay(ctx, customer, "500", received_on="2026-11-27")
    assert status(ctx, customer, promise_id) == ("kept", Decimal("500.00"))
    on(clock, "2026-12-15")
    assert status(ctx, customer, promise_id) == ("kept", Decimal("500.00"))


def test_pending_on_the_promised_day_then_broken_when_it_passes_with_nothing(ctx, clock, customer):
    promise_id = promise(ctx, customer, "2026-11-30", "500")
    on(clock, "2026-11-30")
    assert status(ctx, customer, promise_id) == ("pending", Decimal("0.00"))
    on(clock, "2026-12-01")
    assert status(ctx, customer, promise_id) == ("broken", Decimal("0.00"))


def test_a_payment_on_the_promised_day_counts(ctx, clock, customer):
    promise_id = promise(ctx, customer, "2026-11-30", "500")
    on(clock, "2026-11-30")
    pay(ctx, customer, "500", received_on="2026-11-30")
    on(clock, "2026-12-02")
    assert status(ctx, customer, promise_id) == ("kept", Decimal("500.00"))


def test_short_payment_is_pending_then_partly_kept(ctx, clock, customer):
    promise_id = promise(ctx, customer, "2026-11-30", "500")
    on(clock, "2026-11-26")
    pay(ctx, customer, "200", received_on="2026-11-26")
    assert status(ctx, customer, promise_id) == ("pending", Decimal("200.00"))
    on(clock, "2026-12-01")
    assert status(ctx, customer, promise_id) == ("partly_kept", Decimal("200.00"))
    assert views(ctx, customer)[promise_id].shortfall == Decimal("300.00")


def test_a_payment_after_the_promised_date_does_not_make_it_kept(ctx, clock, customer):
    promise_id = promise(ctx, customer, "2026-11-26", "500")
    on(clock, "2026-11-28")
    pay(ctx, customer, "500", received_on="2026-11-28")
    assert status(ctx, customer, promise_id) == ("broken", Decimal("0.00"))


def test_a_payment_before_the_promise_was_made_does_not_count(ctx, customer):
    pay(ctx, customer, "500", received_on="2026-11-20")
    promise_id = promise(ctx, customer, "2026-11-30", "500")
    assert status(ctx, customer, promise_id) == ("pending", Decimal("0.00"))


def test_more_than_promised_keeps_it_and_covered_is_the_amount(ctx, customer):
    promise_id = promise(ctx, customer, "2026-11-30", "300")
    pay(ctx, customer, "900")
    assert status(ctx, customer, promise_id) == ("kept", Decimal("300.00"))


def test_partial_payments_over_several_installments_add_up(ctx, clock, customer):
    promise_id = promise(ctx, customer, "2026-12-10", "900")
    pay(ctx, customer, "300", received_on="2026-11-24")
    on(clock, "2026-11-30")
    pay(ctx, customer, "250", received_on="2026-11-30")
    assert status(ctx, customer, promise_id) == ("pending", Decimal("550.00"))
    on(clock, "2026-12-05")
    pay(ctx, customer, "350", received_on="2026-12-05")
    assert status(ctx, customer, promise_id) == ("kept", Decimal("900.00"))
    # The money went to three installments; the promise counts payments, not allocations.
    assert payments.open_installments(ctx.uow(), customer) == []


def test_two_promises_share_payments_earliest_promised_date_first(ctx, clock, customer):
    later = promise(ctx, customer, "2026-12-10", "400")   # recorded first, due later
    earlier = promise(ctx, customer, "2026-11-30", "300")
    on(clock, "2026-11-25")
    pay(ctx, customer, "500", received_on="2026-11-25")
    assert status(ctx, customer, earlier) == ("kept", Decimal("300.00"))
    assert status(ctx, customer, later) == ("pending", Decimal("200.00"))
    on(clock, "2026-12-11")
    assert status(ctx, customer, later) == ("partly_kept", Decimal("200.00"))


def test_a_payment_outside_the_first_promise_window_goes_to_the_next(ctx, clock, customer):
    first = promise(ctx, customer, "2026-11-26", "300")
    second = promise(ctx, customer, "2026-12-10", "300")
    on(clock, "2026-11-28")
    pay(ctx, customer, "300", received_on="2026-11-28")
    assert status(ctx, customer, first) == ("broken", Decimal("0.00"))
    assert status(ctx, customer, second) == ("kept", Decimal("300.00"))


def test_a_reversed_payment_does_not_count(ctx, clock, customer):
    promise_id = promise(ctx, customer, "2026-11-30", "500")
    payment_id = pay(ctx, customer, "500")
    assert status(ctx, customer, promise_id) == ("kept", Decimal("500.00"))
    payments.reverse_payment(ctx.uow(), payment_id, "退票")
    assert status(ctx, customer, promise_id) == ("pending", Decimal("0.00"))
    on(clock, "2026-12-01")
    assert status(ctx, customer, promise_id) == ("broken", Decimal("0.00"))


def test_another_customers_payment_does_not_count(ctx, customer):
    other = make_customer(ctx, "C002", "天津联合")
    promise_id = promise(ctx, customer, "2026-11-30", "500")
    pay(ctx, other, "500")
    assert status(ctx, customer, promise_id) == ("pending", Decimal("0.00"))


def test_status_as_of_an_earlier_day_ignores_later_payments(ctx, clock, customer):
    promise_id = promise(ctx, customer, "2026-11-30", "500")
    on(clock, "2026-11-28")
    pay(ctx, customer, "500", received_on="2026-11-28")
    with open_session(ctx) as session:
        [then] = promises.promise_views(session, dt.date(2026, 11, 26), [customer])
        [now] = promises.promise_views(session, dt.date(2026, 11, 28), [customer])
    assert (then.id, then.status, then.covered) == (promise_id, "pending", Decimal("0.00"))
    assert (now.status, now.covered) == ("kept", Decimal("500.00"))


def test_since_keeps_later_promises_but_earlier_ones_still_take_their_share(ctx, clock, customer):
    other = make_customer(ctx, "C002", "天津联合")
    early = promise(ctx, customer, "2026-11-28", "300")
    late = promise(ctx, customer, "2026-12-10", "300")
    promise(ctx, other, "2026-11-26", "100")  # before `since`: its customer is not looked at
    on(clock, "2026-11-25")
    pay(ctx, customer, "400", received_on="2026-11-25")
    on(clock, "2026-12-01")
    with open_session(ctx) as session:
        found = promises.promise_views(session, clock.today(), since=dt.date(2026, 11, 29))
        everything = promises.promise_views(session, clock.today())
    assert [(v.id, v.status, v.covered) for v in found] == [(late, "pending", Decimal("100.00"))]
    assert [v.promised_on for v in everything] == [  # newest promised day first
        dt.date(2026, 12, 10), dt.date(2026, 11, 28), dt.date(2026, 11, 26)]
    assert {v.id: v.status for v in everything}[early] == "kept"


def test_views_for_no_customers_or_no_promises_are_empty(ctx, customer):
    with open_session(ctx) as session:
        assert promises.promise_views(session, TODAY, []) == []
        assert promises.promise_views(session, TODAY) == []


# --- re-promising -----------------------------------------------------------------------------

def test_a_re_promise_names_the_broken_one_which_shows_as_replaced(ctx, clock, customer):
    broken = promise(ctx, customer, "2026-11-26", "500")
    on(clock, "2026-11-27")
    new = promise(ctx, customer, "2026-12-05", "500", replaces_id=broken)
    found = views(ctx, customer)
    assert (found[broken].status, found[broken].replaced) == ("broken", True)
    assert (found[new].replaces_id, found[new].replaced, found[new].status) == (
        broken, False, "pending")
    assert audit_log(ctx, "promise")[-1]["detail"]["replaces_id"] == broken


def test_re_promise_refusals(ctx, clock, customer):
    other = make_customer(ctx, "C002", "天津联合")
    theirs = promise(ctx, other, "2026-11-26", "100")
    broken = promise(ctx, customer, "2026-11-26", "500")
    on(clock, "2026-11-27")
    promise(ctx, customer, "2026-12-05", "500", replaces_id=broken)
    for replaces_id, reason in ((999, "not_found"), (theirs, "wrong_customer"),
                                (broken, "already_replaced")):
        with pytest.raises(ValidationError) as info:
            promise(ctx, customer, "2026-12-06", "500", replaces_id=replaces_id)
        assert (info.value.field, info.value.reason) == ("replaces_id", reason)
    assert count_rows(ctx, Promise) == 3


def test_a_kept_promise_cannot_be_replaced_and_the_month_keeps_its_figure(ctx, clock, customer):
    kept = promise(ctx, customer, "2026-11-26", "300")
    pay(ctx, customer, "300", received_on="2026-11-24")
    on(clock, "2026-11-27")
    assert (views(ctx, customer)[kept].status, views(ctx, customer)[kept].repromisable) == (
        "kept", False)
    with pytest.raises(ValidationError) as info:
        promise(ctx, customer, "2026-11-30", "100", replaces_id=kept)
    assert (info.value.field, info.value.reason, info.value.params) == (
        "replaces_id", "not_repromisable", {"status": "kept"})
    assert count_rows(ctx, Promise) == 1
    with open_session(ctx) as session:
        made = promises.month_promises(session, dt.date(2026, 11, 1), dt.date(2026, 11, 27))
        assert made == {customer: promises.MonthPromises(Decimal("300.00"), Decimal("0.00"))}


@pytest.mark.parametrize("paid, status", [("0", "pending"), ("100", "pending")])
def test_a_pending_promise_can_be_moved_before_its_day(ctx, customer, paid, status):
    moved = promise(ctx, customer, "2026-11-28", "300")
    if paid != "0":
        pay(ctx, customer, paid, received_on="2026-11-24")
    assert views(ctx, customer)[moved].status == status
    assert views(ctx, customer)[moved].repromisable
    new = promise(ctx, customer, "2026-12-05", "300", replaces_id=moved)
    assert views(ctx, customer)[new].replaces_id == moved
    assert not views(ctx, customer)[moved].repromisable  # once replaced, never again


def test_a_failed_promise_awaits_a_new_one_until_it_is_given(ctx, clock, customer):
    partly = promise(ctx, customer, "2026-11-25", "500")
    pay(ctx, customer, "200", received_on="2026-11-24")
    on(clock, "2026-11-26")
    view = views(ctx, customer)[partly]
    assert (view.status, view.awaits_new_promise, view.repromisable) == ("partly_kept", True, True)
    promise(ctx, customer, "2026-12-05", "300", replaces_id=partly)
    view = views(ctx, customer)[partly]
    assert (view.awaits_new_promise, view.repromisable) == (False, False)


# --- the record and the month ---------------------------------------------------------------

def test_promise_record_counts_the_last_twelve_months(ctx, customer):
    promise(ctx, customer, "2025-11-20", "100", made_on="2025-11-10")  # over a year ago
    promise(ctx, customer, "2026-03-10", "100", made_on="2026-03-01")  # broken
    promise(ctx, customer, "2026-06-10", "200", made_on="2026-06-01")  # partly kept
    promise(ctx, customer, "2026-11-20", "100", made_on="2026-11-18")  # kept (the 11-19 payment)
    promise(ctx, customer, "2026-12-10", "300")                        # pending
    pay(ctx, customer, "50", received_on="2026-06-05")
    pay(ctx, customer, "100", received_on="2026-11-19")
    record = collection_record(ctx.uow(), customer).promise_record
    assert record == promises.PromiseRecord(made=4, kept=1, partly_kept=1, broken=1, pending=1)


def test_months_before_keeps_the_day_or_the_months_last_day():
    assert promises.months_before(dt.date(2026, 11, 24), 12) == dt.date(2025, 11, 24)
    assert promises.months_before(dt.date(2026, 3, 31), 1) == dt.date(2026, 2, 28)
    assert promises.months_before(dt.date(2026, 1, 15), 1) == dt.date(2025, 12, 15)


def test_promised_in_month_sums_promises_dated_in_it_without_replaced_ones(ctx, clock, customer):
    other = make_customer(ctx, "C002", "天津联合")
    broken = promise(ctx, customer, "2026-11-25", "500")
    promise(ctx, customer, "2026-11-30", "200.50")
    promise(ctx, customer, "2026-12-01", "999")          # next month
    promise(ctx, other, "2026-11-28", "100")
    on(clock, "2026-11-26")
    promise(ctx, customer, "2026-11-29", "500", replaces_id=broken)
    with open_session(ctx) as session:
        november = promises.month_promises(session, dt.date(2026, 11, 1), clock.today())
        december = promises.month_promises(session, dt.date(2026, 12, 1), clock.today())
    # Promised: what they said. Pending on 11-26: 200.50 by 11-30, the new 500 by 11-29, and
    # the other's 100 by 11-28 (the replaced 500 of 11-25 counts in neither).
    assert november == {customer: promises.MonthPromises(Decimal("700.50"), Decimal("700.50")),
                        other: promises.MonthPromises(Decimal("100.00"), Decimal("100.00"))}
    assert december == {customer: promises.MonthPromises(Decimal("999.00"), Decimal("999.00"))}
