"""Which dunning letter a customer is due (services.collection.dunning): the next level, one at
a time, never for a customer who owes nothing overdue, partly paid installments reminded for
their remainder, the late fee rounded once."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from services.admin import company
from services.admin.company import CompanyInfo
from services.collection import dunning
from services.collection.dunning import Skip
from services.core.errors import ValidationError
from services.core.parsing import round_fen
from services.core.settings import set_setting
from services.papers.dunning import run_dunning
from tests.conftest import TODAY
from tests.factories import installment_ids, make_contract, make_customer, open_session, pay

DAY = dt.timedelta(days=1)


def ago(days: int) -> dt.date:
    return TODAY - dt.timedelta(days=days)


def owes(ctx, code="C001", *dues, rate="0.05") -> tuple[int, int]:
    """A customer with one delivered contract (late fee `rate` % a day) of `dues`
    [(due date, amount)]; returns (customer id, contract id)."""
    cid = make_customer(ctx, code)
    total = sum(Decimal(a) for _, a in dues)
    kid, _ = make_contract(ctx, cid, lines=[("1", total)], installments=list(dues),
                           late_fee_percent=rate)
    return cid, kid


def propose(ctx, day=TODAY, **kw):
    with open_session(ctx) as session:
        return dunning.proposals(session, day, **kw)


@pytest.fixture
def named(ctx):
    company.save_company(ctx.uow(), CompanyInfo(company_name="我司"))
    return ctx


def test_late_fee_of_the_issue_example_is_300(ctx):
    owes(ctx, "C001", (ago(60), "10000.00"))
    [p] = propose(ctx)
    assert (p.level, p.overdue, p.days_overdue) == (2, Decimal("10000.00"), 60)
    assert p.late_fee == Decimal("300.00")
    assert p.items[0].late_fee == Decimal("300.0000")


def test_late_fee_is_rounded_once_for_the_letter_not_per_line(ctx):
    # each line 10.01 × 0.0005 × 1 = 0.005005: 0.01 apiece if rounded, 0.01 together
    owes(ctx, "C001", (ago(1), "10.01"), (ago(1), "10.01"))
    [p] = propose(ctx)
    assert [i.late_fee for i in p.items] == [Decimal("0.005005")] * 2
    assert p.late_fee == Decimal("0.01")
    assert sum(round_fen(i.late_fee) for i in p.items) == Decimal("0.02")


def test_no_late_fee_without_a_rate(ctx):
    owes(ctx, "C001", (ago(60), "10000.00"), rate="")
    [p] = propose(ctx)
    assert p.late_fee == 0


def test_a_customer_who_never_had_level_2_gets_level_2_even_at_120_days(ctx):
    owes(ctx, "C001", (ago(120), "500.00"))
    [p] = propose(ctx)
    assert (p.level, p.last_level, p.due_level) == (2, 0, 4)
    assert p.pay_by == TODAY + 7 * DAY


def test_nothing_for_a_customer_who_owes_nothing_overdue(ctx):
    owes(ctx, "C001", (TODAY + 30 * DAY, "500.00"))
    cid, _ = owes(ctx, "C002", (ago(10), "500.00"))
    pay(ctx, cid, "500.00")
    assert propose(ctx) == []


def test_due_today_is_not_overdue_it_is_reminded(ctx):
    owes(ctx, "C001", (TODAY, "500.00"))
    [p] = propose(ctx)
    assert (p.level, p.late_fee, p.pay_by) == (1, 0, TODAY)


def test_reminder_within_the_alert_window_only_and_only_when_switched_on(ctx):
    owes(ctx, "C001", (TODAY + 5 * DAY, "500.00"))
    owes(ctx, "C002", (TODAY + 6 * DAY, "500.00"))
    assert [(p.code, p.level) for p in propose(ctx)] == [("C001", 1)]
    with open_session(ctx) as session:
        set_setting(session, "dunning_reminder_on", "0")
        session.commit()
    assert propose(ctx) == []


def test_a_partly_paid_installment_is_demanded_for_its_remainder(ctx):
    cid, _ = owes(ctx, "C001", (ago(60), "10000.00"))
    pay(ctx, cid, "4000.00")
    [p] = propose(ctx)
    assert (p.items[0].amount, p.items[0].remaining, p.overdue) == (
        Decimal("10000.00"), Decimal("6000.00"), Decimal("6000.00"))
    assert p.late_fee == Decimal("180.00")


def test_one_level_at_a_time_after_the_deadline_of_the_last(named):
    owes(named, "C001", (ago(120), "500.00"))
    run = run_dunning(named.uow(), TODAY)
    assert [i.level for i in run.issued] == [2]
    assert propose(named) == []                         # served today
    assert propose(named, TODAY + 7 * DAY) == []        # until its deadline
    [p] = propose(named, TODAY + 8 * DAY)
    assert (p.level, p.last_level) == (3, 2)
    named.clock.advance(8)  # letters are dated the day they go out
    run_dunning(named.uow(), TODAY + 8 * DAY)
    [p] = propose(named, TODAY + 16 * DAY)
    assert p.level == 4 and p.needs_manager


def test_the_next_level_waits_for_its_days(named):
    owes(named, "C001", (ago(5), "500.00"))
    run_dunning(named.uow(), TODAY)
    assert propose(named, TODAY + 20 * DAY) == []       # 25 days: level 3 needs 30
    assert propose(named, TODAY + 25 * DAY)[0].level == 3


def test_levels_start_again_once_what_the_letters_demanded_is_paid(named):
    cid, kid = owes(named, "C001", (ago(40), "500.00"), (TODAY + 10 * DAY, "300.00"))
    run_dunning(named.uow(), TODAY)                     # level 2 for the first
    first, second = installment_ids(named, kid)
    pay(named, cid, "500.00", allocations=[(first, "500.00")])
    later = TODAY + 45 * DAY                            # the second: 35 days overdue
    [p] = propose(named, later)
    assert (p.level, p.last_level) == (2, 0)
    assert [i.installment_id for i in p.items] == [second]


def test_a_manager_skips_levels_with_a_reason(ctx):
    cid, _ = owes(ctx, "C001", (ago(120), "500.00"))
    [p] = propose(ctx, skip={cid: Skip(4, "王经理", "多次拒接电话")})
    assert (p.level, p.skipped_levels, p.manager) == (4, (2, 3), "王经理")


@pytest.mark.parametrize("skip, reason", [
    (Skip(4, "王经理", ""), "reason_required"),
    (Skip(4, "", "拒付"), "manager_required"),
    (Skip(2, "王经理", "拒付"), "level_not_allowed"),
])
def test_a_skip_needs_a_manager_a_reason_and_a_higher_level(ctx, skip, reason):
    cid, _ = owes(ctx, "C001", (ago(120), "500.00"))
    with pytest.raises(ValidationError) as error:
        propose(ctx, skip={cid: skip})
    assert error.value.reason == reason


def test_a_skip_cannot_pass_what_the_days_allow(ctx):
    cid, _ = owes(ctx, "C001", (ago(40), "500.00"))
    with pytest.raises(ValidationError) as error:
        propose(ctx, skip={cid: Skip(4, "王经理", "拒付")})
    assert error.value.reason == "level_not_allowed"


def test_a_reminder_is_not_sent_twice_for_the_same_installments(named):
    owes(named, "C001", (TODAY + 5 * DAY, "500.00"))
    assert [i.level for i in run_dunning(named.uow(), TODAY).issued] == [1]
    assert propose(named, TODAY + DAY) == []
