"""Follow-ups: recording, refusals, intervals per credit rating, and who is due when."""
from __future__ import annotations

import datetime as dt

import pytest

from models import AppSetting, FollowUp
from services.collection import follow_ups, rules
from services.collection.follow_ups import FollowUpInput
from services.collection.record import collection_record
from services.core.errors import NotFound, ValidationError
from services.ledger import contracts, payments
from tests.factories import (
    audit_log,
    contract_input,
    count_rows,
    make_contract,
    make_customer,
    open_session,
    pay,
)

TODAY = dt.date(2026, 11, 24)


def owing(ctx, code: str, rating: str = "C", due: str = "2026-11-01", **fields) -> int:
    """A customer owing 1000 due on `due` (overdue by default)."""
    customer_id = make_customer(ctx, code, f"客户{code}", credit_rating=rating, **fields)
    make_contract(ctx, customer_id, lines=[("1", "1000")], signed_on="2026-10-01",
                  installments=[(due, "1000")])
    return customer_id


def follow_up(ctx, customer_id: int, contacted_on="2026-11-24", channel="call", **fields) -> int:
    return follow_ups.record_follow_up(ctx.uow(), customer_id, FollowUpInput(
        contacted_on=str(contacted_on), channel=channel, **fields))


def due(ctx, as_of: dt.date = TODAY) -> dict[int, follow_ups.FollowUpDue]:
    with open_session(ctx) as session:
        return {f.customer_id: f for f in follow_ups.follow_ups_due(session, as_of)}


def next_due(ctx, customer_id: int, as_of: dt.date = TODAY) -> dt.date | None:
    with open_session(ctx) as session:
        found = follow_ups.next_follow_ups(session, as_of, [customer_id]).get(customer_id)
    return found.due_on if found else None


def set_intervals(ctx, intervals: dict[str, str]) -> None:
    """Through the one writer of the collection rules, alert and grace days as they were."""
    rules.save_rules(ctx.uow(), rules.RulesInput("5", "0", intervals))


# --- recording --------------------------------------------------------------------------------

def test_a_follow_up_is_recorded_with_an_audit_entry_and_listed_newest_first(ctx):
    customer = owing(ctx, "C001")
    first = follow_up(ctx, customer, "2026-11-20", "visit", contact_person="李出纳",
                      said="财务在走流程", result="答应月底付", next_action="再打电话",
                      next_action_on="2026-11-28")
    second = follow_up(ctx, customer, "2026-11-24", "wechat")
    listed = collection_record(ctx.uow(), customer).follow_ups
    assert [f.id for f in listed] == [second, first]
    assert listed[1] == follow_ups.FollowUpView(
        first, dt.date(2026, 11, 20), "visit", "李出纳", "财务在走流程", "答应月底付", "再打电话",
        dt.date(2026, 11, 28), "tester")
    entries = audit_log(ctx, "follow_up")
    assert [(e["action"], e["entity_id"]) for e in entries] == [("create", first),
                                                                ("create", second)]
    assert entries[0]["detail"]["channel"] == "visit"


@pytest.mark.parametrize("fields, field, reason", [
    ({"contacted_on": ""}, "contacted_on", "required"),
    ({"contacted_on": "2026-02-30"}, "contacted_on", "not_a_date"),
    ({"contacted_on": "2026-11-25"}, "contacted_on", "in_future"),
    ({"channel": ""}, "channel", "required"),
    ({"channel": "fax"}, "channel", "not_allowed"),
    ({"next_action_on": "2026-11-23"}, "next_action_on", "before_contact"),
    ({"next_action_on": "下周一"}, "next_action_on", "not_a_date"),
    ({"contact_person": "张" * 61}, "contact_person", "too_long"),
    ({"result": "好" * 301}, "result", "too_long"),
])
def test_bad_input_is_refused_naming_the_field_and_nothing_is_saved(ctx, fields, field, reason):
    customer = owing(ctx, "C001")
    data = FollowUpInput(**({"contacted_on": "2026-11-24", "channel": "call"} | fields))
    with pytest.raises(ValidationError) as info:
        follow_ups.record_follow_up(ctx.uow(), customer, data)
    assert (info.value.field, info.value.reason) == (field, reason)
    assert count_rows(ctx, FollowUp) == 0
    assert audit_log(ctx, "follow_up") == []


def test_unknown_customer_is_not_found(ctx):
    with pytest.raises(NotFound):
        follow_up(ctx, 999)
    assert count_rows(ctx, FollowUp) == 0


def test_next_action_on_the_contact_day_is_fine(ctx):
    follow_up(ctx, owing(ctx, "C001"), next_action_on="2026-11-24")
    assert count_rows(ctx, FollowUp) == 1


# --- intervals --------------------------------------------------------------------------------

def test_intervals_default_per_rating_and_can_be_changed(ctx):
    with open_session(ctx) as session:
        assert rules.follow_up_intervals(session) == {"A": 14, "B": 7, "C": 3, "D": 1}
    set_intervals(ctx, {"A": "30", "C": "5"})
    with open_session(ctx) as session:
        assert rules.follow_up_intervals(session) == {"A": 30, "B": 7, "C": 5, "D": 1}
    detail = audit_log(ctx)[-1]["detail"]
    assert (detail["follow_up_days_A"], detail["follow_up_days_C"]) == ("30", "5")
    assert "follow_up_days_B" not in detail  # the others keep their interval


@pytest.mark.parametrize("intervals, field, reason", [
    ({"A": "0"}, "follow_up_days_A", "out_of_range"),
    ({"B": "366"}, "follow_up_days_B", "out_of_range"),
    ({"C": "三"}, "follow_up_days_C", "not_an_integer"),
    ({"D": ""}, "follow_up_days_D", "required"),
    ({"A": "10", "E": "5"}, "follow_up_days_E", "not_allowed"),
])
def test_bad_intervals_are_refused_and_nothing_changes(ctx, intervals, field, reason):
    with pytest.raises(ValidationError) as info:
        set_intervals(ctx, intervals)
    assert (info.value.field, info.value.reason) == (field, reason)
    assert count_rows(ctx, AppSetting) == 0


def test_interval_of_the_rating_counts_from_the_latest_contact(ctx):
    rated = {rating: owing(ctx, f"C{rating}", rating) for rating in "ABCD"}
    for customer in rated.values():
        follow_up(ctx, customer, "2026-11-20")
    assert {r: next_due(ctx, c) for r, c in rated.items()} == {
        "A": dt.date(2026, 12, 4), "B": dt.date(2026, 11, 27), "C": dt.date(2026, 11, 23),
        "D": dt.date(2026, 11, 21)}
    found = due(ctx)
    assert set(found) == {rated["C"], rated["D"]}
    assert (found[rated["C"]].days_late, found[rated["C"]].last_contacted_on) == (
        1, dt.date(2026, 11, 20))
    assert (found[rated["D"]].days_late, found[rated["D"]].credit_rating) == (3, "D")
    assert set(due(ctx, dt.date(2026, 12, 4))) == set(rated.values())


def test_changed_intervals_move_the_due_date(ctx):
    customer = owing(ctx, "C001", "B")
    follow_up(ctx, customer, "2026-11-20")
    set_intervals(ctx, {"B": "2"})
    assert next_due(ctx, customer) == dt.date(2026, 11, 22)
    assert customer in due(ctx)


# --- who is due -------------------------------------------------------------------------------

def test_owing_customer_never_followed_up_is_due_today(ctx):
    customer = owing(ctx, "C001", "A", due="2026-12-20")  # owes, nothing overdue yet
    [found] = due(ctx).values()
    assert (found.customer_id, found.customer_code, found.customer_name, found.due_on,
            found.last_contacted_on, found.days_late) == (
        customer, "C001", "客户C001", TODAY, None, 0)


def test_next_action_day_wins_over_the_interval(ctx, clock):
    customer = owing(ctx, "C001", "C")
    follow_up(ctx, customer, "2026-11-24", next_action_on="2026-12-01")
    assert next_due(ctx, customer) == dt.date(2026, 12, 1)   # not 11-27
    assert due(ctx, dt.date(2026, 11, 30)) == {}
    assert due(ctx, dt.date(2026, 12, 3))[customer].days_late == 2


def test_only_the_latest_follow_up_counts(ctx):
    customer = owing(ctx, "C001", "C")
    follow_up(ctx, customer, "2026-11-10", next_action_on="2026-12-31")
    follow_up(ctx, customer, "2026-11-23")                 # later contact, no next action
    follow_up(ctx, customer, "2026-11-01", next_action_on="2026-11-02")  # recorded late, older
    assert next_due(ctx, customer) == dt.date(2026, 11, 26)


def test_rating_d_is_chased_only_while_something_is_overdue(ctx, clock):
    customer = owing(ctx, "C001", "D", due="2026-11-30")
    assert due(ctx) == {} and next_due(ctx, customer) is None
    clock.advance(7)  # 12-01: now overdue
    assert due(ctx, clock.today())[customer].due_on == clock.today()


def test_customer_that_owes_nothing_is_never_due(ctx):
    nothing = make_customer(ctx, "C001", "没有合同")
    draft = make_customer(ctx, "C002", "只有草稿")
    make_contract(ctx, draft, status="draft")
    paid = owing(ctx, "C003")
    pay(ctx, paid, "1000")                      # paid in full: the contract is closed
    cancelled = make_customer(ctx, "C004", "合同作废")
    contract_id, _ = make_contract(ctx, cancelled, installments=[("2026-11-01", "1000")])
    contracts.update_contract(ctx.uow(), contract_id, contract_input(
        cancelled, status="cancelled", installments=[("2026-11-01", "1000")]))
    for customer in (nothing, draft, paid, cancelled):
        assert next_due(ctx, customer) is None
        assert next_due(ctx, customer, dt.date(2027, 6, 1)) is None
    assert due(ctx) == {}


def test_paying_off_stops_the_chase_and_a_reversal_restarts_it(ctx):
    customer = owing(ctx, "C001")
    assert customer in due(ctx)
    payment_id = pay(ctx, customer, "1000")
    assert due(ctx) == {}
    payments.reverse_payment(ctx.uow(), payment_id, "退票")
    assert customer in due(ctx)


def test_partly_paid_still_owes_and_is_due(ctx):
    customer = owing(ctx, "C001")
    pay(ctx, customer, "999.99")
    assert customer in due(ctx)


def test_due_list_is_most_late_first(ctx):
    a = owing(ctx, "C001", "C")
    b = owing(ctx, "C002", "C")
    c = owing(ctx, "C003", "C")
    follow_up(ctx, a, "2026-11-18")   # due 11-21
    follow_up(ctx, b, "2026-11-10")   # due 11-13
    with open_session(ctx) as session:
        assert [f.customer_id for f in follow_ups.follow_ups_due(session, TODAY)] == [b, a, c]
