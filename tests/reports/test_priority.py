"""The day's priority list (今日优先): who is listed, each ingredient of the score raising it and
moving the rank, ties, the reasons in words, back-dated lists, the table for export."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from services.collection.promises import PromiseInput, record_promise
from services.core.parsing import db_date
from services.ledger import payments
from services.ledger.balances import days_overdue, installment_balances
from services.reports.priority import (
    REASON_WORDS,
    TITLES,
    Reason,
    describe,
    priority_list,
    priority_table,
    reasons_text,
    score,
)
from services.reports.table import COUNT, MONEY, TEXT
from tests.conftest import TODAY
from tests.factories import make_contract, make_customer, open_session, pay
from tests.ledger.test_balances_properties import actions, build, contracts

D = Decimal


def days_ago(days: int) -> dt.date:
    return TODAY - dt.timedelta(days=days)


def owe(ctx, customer_id, amount, due: dt.date, signed_on="2025-06-01") -> int:
    """A delivered contract of one installment of `amount` due on `due`; returns its id."""
    contract_id, _ = make_contract(ctx, customer_id, lines=[("1", amount)],
                                   installments=[(due, amount)], signed_on=signed_on)
    return contract_id


def promise(ctx, customer_id, promised_on: dt.date, amount, made_on: dt.date | None = None):
    made_on = made_on or min(promised_on, TODAY) - dt.timedelta(days=5)
    return record_promise(ctx.uow(), customer_id, PromiseInput(
        promised_on=promised_on.isoformat(), amount=str(amount), made_on=made_on.isoformat()))


def codes(report) -> list[str]:
    return [r.code for r in report.rows]


def row_of(report, code):
    [row] = [r for r in report.rows if r.code == code]
    return row


# -- the score: each ingredient ----------------------------------------------------------------

BASE = {"overdue": D("5000.00"), "max_days": 20, "rating": "B", "broken_promises": 1,
        "over_limit": D("1000.00"), "promised_today": D("0.00")}
money = st.decimals(min_value=0, max_value=10_000_000, places=2)
RATINGS = ("A", "B", "C", "D")  # best to worst


def _score(**changes) -> Decimal:
    return score(**{**BASE, **changes})


@given(base=st.fixed_dictionaries({"overdue": money, "max_days": st.integers(0, 2000),
                                   "rating": st.sampled_from(RATINGS),
                                   "broken_promises": st.integers(0, 20),
                                   "over_limit": money, "promised_today": money}),
       more_money=money, more_days=st.integers(0, 500), more_broken=st.integers(0, 10),
       worse=st.integers(0, 3))
def test_more_of_any_ingredient_never_lowers_the_score(base, more_money, more_days,
                                                       more_broken, worse):
    before = score(**base)
    worse_rating = RATINGS[min(RATINGS.index(base["rating"]) + worse, 3)]
    for field, value in (("overdue", base["overdue"] + more_money),
                         ("max_days", base["max_days"] + more_days),
                         ("rating", worse_rating),
                         ("broken_promises", base["broken_promises"] + more_broken),
                         ("over_limit", base["over_limit"] + more_money),
                         ("promised_today", base["promised_today"] + more_money)):
        assert score(**{**base, field: value}) >= before, field


def test_nothing_scores_nothing_and_scores_are_whole_points():
    assert score(D(0), 0, "D", 0, D(0), D(0)) == 0
    assert _score() == _score().to_integral_value()


def test_overdue_amount_raises_the_score():
    assert _score(overdue=D("50000")) > _score(overdue=D("5000")) > _score(overdue=D("500"))


def test_days_overdue_raise_the_score_but_a_tiny_old_remainder_stays_below_a_large_debt():
    assert _score(max_days=120) > _score(max_days=60) > _score(max_days=1)
    assert score(D("1.00"), 400, "B", 0, D(0), D(0)) < score(D("50000"), 3, "B", 0, D(0), D(0))


def test_a_worse_rating_raises_the_score():
    assert [_score(rating=r) for r in RATINGS] == sorted(_score(rating=r) for r in RATINGS)
    assert _score(rating="D") > _score(rating="C") > _score(rating="B") > _score(rating="A")


def test_broken_promises_raise_the_score():
    assert _score(broken_promises=3) > _score(broken_promises=1) > _score(broken_promises=0)


def test_over_limit_excess_raises_the_score():
    assert _score(over_limit=D("90000")) > _score(over_limit=D("1000")) > _score(over_limit=D(0))


def test_a_promise_due_today_raises_the_score():
    assert (_score(promised_today=D("20000")) > _score(promised_today=D("100"))
            > _score(promised_today=D(0)))


# -- who is listed, and the figures ---------------------------------------------------------------

def test_only_customers_with_a_reason_are_listed(ctx):
    listed = make_customer(ctx, "C1")
    owe(ctx, listed, "100", days_ago(1))                       # one day late
    not_yet = make_customer(ctx, "C2", credit_rating="D")
    owe(ctx, not_yet, "5000", TODAY)                           # due today: not overdue yet
    owe(ctx, not_yet, "5000", TODAY + dt.timedelta(days=10))
    paid_up = make_customer(ctx, "C3")
    contract_id = owe(ctx, paid_up, "300", days_ago(40))
    pay(ctx, paid_up, "300", received_on=days_ago(2), contract_id=contract_id)
    kept = make_customer(ctx, "C4")
    promise(ctx, kept, days_ago(10), "200")
    pay(ctx, kept, "200", received_on=days_ago(11))            # kept: credit, no debt
    report = priority_list(ctx.uow())
    assert report.as_of == TODAY
    assert codes(report) == ["C1"]
    row = report.rows[0]
    assert (row.overdue, row.max_days, row.broken_promises, row.over_limit,
            row.promised_today) == (D("100.00"), 1, 0, D("0.00"), D("0.00"))


def test_overdue_is_what_is_still_owed_and_days_count_from_the_oldest_unpaid(ctx):
    customer = make_customer(ctx, "C1")
    oldest = owe(ctx, customer, "1000", days_ago(60))
    owe(ctx, customer, "2000", days_ago(20))
    owe(ctx, customer, "4000", TODAY + dt.timedelta(days=5))   # not due: not overdue
    pay(ctx, customer, "1000", received_on=days_ago(3), contract_id=oldest)
    pay(ctx, customer, "500", received_on=days_ago(3))         # oldest due first: the 20-day one
    row = priority_list(ctx.uow()).rows[0]
    assert (row.overdue, row.max_days) == (D("1500.00"), 20)


def test_more_overdue_money_ranks_first(ctx):
    for code, amount in (("C1", "1000"), ("C2", "30000")):
        owe(ctx, make_customer(ctx, code, credit_rating="B"), amount, days_ago(10))
    assert codes(priority_list(ctx.uow())) == ["C2", "C1"]


def test_older_debt_ranks_first(ctx):
    for code, days in (("C1", 5), ("C2", 80)):
        owe(ctx, make_customer(ctx, code, credit_rating="B"), "10000", days_ago(days))
    report = priority_list(ctx.uow())
    assert codes(report) == ["C2", "C1"]
    assert [r.max_days for r in report.rows] == [80, 5]


def test_worse_rating_ranks_first_and_is_named(ctx):
    for code, rating in (("C1", "A"), ("C2", "D"), ("C3", "B")):
        owe(ctx, make_customer(ctx, code, credit_rating=rating), "10000", days_ago(10))
    report = priority_list(ctx.uow())
    assert codes(report) == ["C2", "C3", "C1"]
    assert [r.kind for r in report.rows[0].reasons] == ["overdue", "rating_D"]
    assert [r.kind for r in report.rows[2].reasons] == ["overdue"]


def test_broken_promises_of_the_last_90_days_count_and_rank_first(ctx):
    steady = make_customer(ctx, "C1", credit_rating="B")
    fickle = make_customer(ctx, "C2", credit_rating="B")
    for customer in (steady, fickle):
        owe(ctx, customer, "10000", days_ago(100), signed_on="2025-01-01")
    promise(ctx, fickle, days_ago(5), "3000")          # broken
    promise(ctx, fickle, days_ago(90), "2000")         # broken, the window's first day
    promise(ctx, fickle, days_ago(91), "2000")         # too long ago
    promise(ctx, fickle, days_ago(30), "1000")         # partly kept: still not kept
    pay(ctx, fickle, "400", received_on=days_ago(31))
    promise(ctx, steady, days_ago(20), "400")          # kept
    pay(ctx, steady, "400", received_on=days_ago(21))  # both owe 9,600 now
    report = priority_list(ctx.uow())
    assert codes(report) == ["C2", "C1"]
    assert [r.broken_promises for r in report.rows] == [3, 0]


def test_a_broken_promise_alone_lists_the_customer(ctx):
    customer = make_customer(ctx, "C1")
    owe(ctx, customer, "800", TODAY + dt.timedelta(days=20))
    promise(ctx, customer, days_ago(3), "800")
    [row] = priority_list(ctx.uow()).rows
    assert (row.overdue, row.broken_promises) == (D("0.00"), 1)
    assert reasons_text(row) == "近 90 天失约 1 次；评级 C"


def test_over_limit_excess_is_the_alerts_figure_and_ranks_first(ctx):
    within = make_customer(ctx, "C1", credit_rating="B", credit_limit="50000")
    over = make_customer(ctx, "C2", credit_rating="B", credit_limit="5000")
    for customer in (within, over):
        owe(ctx, customer, "10000", days_ago(10))
    pay(ctx, over, "1000", received_on=days_ago(5))     # paid toward the debt
    report = priority_list(ctx.uow())
    assert codes(report) == ["C2", "C1"]
    assert row_of(report, "C2").over_limit == D("4000.00")  # 9,000 owed − 5,000
    assert row_of(report, "C1").over_limit == D("0.00")


def test_a_promise_due_today_lists_the_customer_with_what_is_still_to_come(ctx):
    quiet = make_customer(ctx, "C1", credit_rating="B")
    promising = make_customer(ctx, "C2", credit_rating="B")
    for customer in (quiet, promising):
        owe(ctx, customer, "5000", days_ago(3))
    promise(ctx, promising, TODAY, "3000", made_on=days_ago(2))
    pay(ctx, promising, "1000", received_on=days_ago(1))   # 1,000 of it already in
    moved = make_customer(ctx, "C3")
    owe(ctx, moved, "900", TODAY + dt.timedelta(days=30))
    old = promise(ctx, moved, TODAY, "900", made_on=days_ago(4))
    record_promise(ctx.uow(), moved, PromiseInput(  # the customer moved it: not due today
        promised_on=(TODAY + dt.timedelta(days=7)).isoformat(), amount="900", replaces_id=old))
    report = priority_list(ctx.uow())
    assert codes(report) == ["C2", "C1"]
    row = report.rows[0]
    assert row.promised_today == D("2000.00")
    assert [r.kind for r in row.reasons] == ["overdue", "promise_today"]


def test_ties_go_to_more_overdue_money_then_to_the_code(ctx):
    # ¥10,000 and ¥10,100 three days late score the same whole points; identical twins by code
    assert score(D("10000"), 3, "B", 0, D(0), D(0)) == score(D("10100"), 3, "B", 0, D(0), D(0))
    for code, amount in (("C3", "10000"), ("C2", "10000"), ("C1", "10100")):
        owe(ctx, make_customer(ctx, code, credit_rating="B"), amount, days_ago(3))
    report = priority_list(ctx.uow())
    assert len({r.score for r in report.rows}) == 1
    assert codes(report) == ["C1", "C2", "C3"]
    owe(ctx, make_customer(ctx, "C0", credit_rating="B"), "10000", days_ago(3))
    assert codes(priority_list(ctx.uow())) == ["C1", "C0", "C2", "C3"]


def test_salesperson_filter_and_limit(ctx):
    for code, seller, amount in (("C1", "王丽", "1000"), ("C2", "李强", "9000"),
                                 ("C3", "王丽", "5000")):
        owe(ctx, make_customer(ctx, code, salesperson=seller), amount, days_ago(10))
    report = priority_list(ctx.uow(), salesperson="王丽")
    assert codes(report) == ["C3", "C1"] and report.salesperson == "王丽"
    assert {r.salesperson for r in report.rows} == {"王丽"}
    assert codes(priority_list(ctx.uow(), limit=2)) == ["C2", "C3"]
    assert priority_list(ctx.uow(), salesperson="没有的人").rows == []


# -- as of a past day: only what was true then -----------------------------------------------------

def test_back_dated_list_keeps_debt_paid_later_and_counts_only_promises_broken_by_then(ctx):
    customer = make_customer(ctx, "C1")
    contract_id = owe(ctx, customer, "1000", dt.date(2026, 10, 1))
    pay(ctx, customer, "1000", received_on=dt.date(2026, 11, 20), contract_id=contract_id)
    promise(ctx, customer, dt.date(2026, 11, 10), "1000", made_on=dt.date(2026, 11, 1))
    [now] = priority_list(ctx.uow()).rows   # paid since, but after the promised day: broken
    assert (now.overdue, now.broken_promises) == (D("0.00"), 1)
    then = priority_list(ctx.uow(), dt.date(2026, 11, 10))
    [row] = then.rows
    assert (row.overdue, row.max_days, row.broken_promises, row.promised_today) == (
        D("1000.00"), 40, 0, D("1000.00"))
    later = priority_list(ctx.uow(), dt.date(2026, 11, 15)).rows[0]
    assert (later.overdue, later.max_days, later.broken_promises, later.promised_today) == (
        D("1000.00"), 45, 1, D("0.00"))


def test_back_dated_list_counts_a_payment_reversed_after_that_day(ctx):
    customer = make_customer(ctx, "C1", credit_limit="500")
    contract_id = owe(ctx, customer, "1000", dt.date(2026, 10, 1))
    bounced = pay(ctx, customer, "1000", received_on=dt.date(2026, 10, 20),
                  contract_id=contract_id)
    payments.reverse_payment(ctx.uow(), bounced, "承兑汇票退票")   # reversed today
    [now] = priority_list(ctx.uow()).rows
    assert (now.overdue, now.over_limit) == (D("1000.00"), D("500.00"))
    assert priority_list(ctx.uow(), dt.date(2026, 11, 1)).rows == []  # paid on that day


# -- the reasons in words, and the table ----------------------------------------------------------

def test_reasons_in_words_as_the_issue_writes_them(ctx):
    customer = make_customer(ctx, "C1", credit_rating="C")
    owe(ctx, customer, "82000", days_ago(95), signed_on="2025-01-01")
    promise(ctx, customer, days_ago(40), "10000")
    promise(ctx, customer, days_ago(12), "10000")
    [row] = priority_list(ctx.uow()).rows
    assert reasons_text(row) == "逾期 ¥82,000.00，最长 95 天；近 90 天失约 2 次；评级 C"


def test_every_reason_kind_has_simple_named_words():
    reasons = {"overdue": Reason("overdue", D("1234.5"), 7), "promise_today":
               Reason("promise_today", D("10")), "broken_promises": Reason("broken_promises",
               count=3), "over_limit": Reason("over_limit", D("99.99")),
               "rating_C": Reason("rating_C"), "rating_D": Reason("rating_D"),
               "limitation": Reason("limitation", D("500"), day=dt.date(2027, 2, 28))}
    assert set(reasons) == set(REASON_WORDS)
    assert [describe(r) for r in reasons.values()] == [
        "逾期 ¥1,234.50，最长 7 天", "今日承诺回款 ¥10.00", "近 90 天失约 3 次",
        "超出信用额度 ¥99.99", "评级 C", "评级 D", "诉讼时效将于 2027-02-28 届满"]
    assert describe(reasons["limitation"], date_text=lambda d: f"{d:%Y年%m月%d日}") == \
        "诉讼时效将于 2027年02月28日 届满"
    english = {"overdue": "{amount} overdue, oldest {days} days"}
    assert describe(reasons["overdue"], english, money=lambda a: f"CNY {a}") == \
        "CNY 1234.5 overdue, oldest 7 days"


def test_table_has_the_columns_rows_totals_and_about_lines(ctx):
    first = make_customer(ctx, "C1", "甲医院", salesperson="王丽", credit_rating="D")
    owe(ctx, first, "20000", days_ago(30))
    second = make_customer(ctx, "C2", "乙诊所", salesperson="王丽", credit_rating="B")
    owe(ctx, second, "500", days_ago(2))
    report = priority_list(ctx.uow(), salesperson="王丽")
    table = priority_table(report)
    assert [c.title for c in table.columns] == list(TITLES)
    assert [c.kind for c in table.columns][:6] == [COUNT, TEXT, TEXT, TEXT, TEXT, MONEY]
    assert table.title == "今日优先" and table.about == ("截至 2026-11-24", "业务员：王丽")
    assert [row[:7] for row in table.rows] == [
        (1, "C1", "甲医院", "王丽", "D", D("20000.00"), 30),
        (2, "C2", "乙诊所", "王丽", "B", D("500.00"), 2)]
    assert table.rows[0][11] == int(report.rows[0].score)
    assert table.rows[0][12] == "逾期 ¥20,000.00，最长 30 天；评级 D"
    assert table.totals[1] == "合计" and table.totals[5] == D("20500.00")
    everyone = priority_table(priority_list(ctx.uow()), titles=[f"t{i}" for i in range(13)],
                              title="Priority", about=["as of"])
    assert everyone.title == "Priority" and everyone.about == ("as of",)
    assert priority_table(priority_list(ctx.uow())).about[1] == "业务员：全部"
    with pytest.raises(ValueError):
        priority_table(report, titles=["too", "few"])


@settings(max_examples=20, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(drawn_contracts=contracts, drawn_actions=actions, back=st.integers(0, 120))
def test_overdue_agrees_with_the_ledger_on_any_day(ctx, drawn_contracts, drawn_actions, back):
    """The list's overdue and oldest day are the ledger's (installment_balances as of the day:
    received, not reversed, applied by then), today from the cache and on past days too."""
    customer = build(ctx, drawn_contracts, drawn_actions)
    as_of = TODAY - dt.timedelta(days=back)
    inst = installment_balances(as_of, customer_ids=[customer]).subquery()
    with open_session(ctx) as session:
        rows = session.execute(select(inst.c.due_date, inst.c.remaining)
                               .where(inst.c.remaining > 0)).all()
    late = [(db_date(due), left) for due, left in rows if db_date(due) < as_of]
    rows = [r for r in priority_list(ctx.uow(), as_of).rows if r.customer_id == customer]
    overdue = sum((Decimal(left).scaleb(-2) for _, left in late), D("0.00"))
    if overdue:
        assert (rows[0].overdue, rows[0].max_days) == (
            overdue, days_overdue(min(due for due, _ in late), as_of))
    else:
        assert not rows or rows[0].overdue == 0


# -- the limitation clock (issue 13) ---------------------------------------------------------------

def test_an_installment_whose_limitation_ends_soon_raises_the_score():
    assert (_score(limitation_at_risk=D("5000")) > _score(limitation_at_risk=D("1"))
            > _score(limitation_at_risk=D(0)) == _score())


def test_a_limitation_ending_within_the_warning_months_is_a_reason_and_ranks_first(ctx):
    """Two customers owing ¥10,000 since 2024-02-29: C2's limitation (three years, 民法典
    art. 188) ends 2027-02-28, within 6 months of 2026-11-24; C1 promised in 2025, which
    restarted its clock (art. 195)."""
    ids = {}
    for code in ("C1", "C2"):
        ids[code] = make_customer(ctx, code, credit_rating="B")
        owe(ctx, ids[code], "10000", dt.date(2024, 2, 29), signed_on="2024-01-10")
    promise(ctx, ids["C1"], dt.date(2025, 3, 1), "100", made_on=dt.date(2025, 2, 1))
    report = priority_list(ctx.uow())
    assert codes(report) == ["C2", "C1"]
    row = row_of(report, "C2")
    assert (row.limitation_at_risk, row.limitation_ends) == (D("10000.00"), dt.date(2027, 2, 28))
    assert reasons_text(row) == "逾期 ¥10,000.00，最长 999 天；诉讼时效将于 2027-02-28 届满"
    assert row_of(report, "C1").limitation_at_risk == D("0.00")
    # the table shows it, so the score can be checked from an export
    table = priority_table(report)
    limitation = list(TITLES).index("时效将届满")
    assert table.columns[limitation].kind == MONEY
    assert [r[limitation] for r in table.rows] == [D("10000.00"), D("0.00")]
    assert table.totals[limitation] == D("10000.00")
    # a year earlier it was not yet within the warning months
    assert row_of(priority_list(ctx.uow(), dt.date(2025, 11, 24)), "C2").limitation_ends is None
