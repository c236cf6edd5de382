"""The trend (趋势) and a customer's payment habit, on the hand-made book of test_rate."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from services.collection.limitation import add_months
from services.reports import trend as trends
from services.reports.rate import collection_rate
from services.reports.table import DAYS
from services.reports.trend import PaymentHabit, TrendMonth, payment_habit, trend
from tests.reports.test_rate import month_book  # noqa: F401 - fixture

Y = Decimal
OCTOBER, NOVEMBER = dt.date(2026, 10, 1), dt.date(2026, 11, 1)
pytestmark = pytest.mark.usefixtures("month_book")


@pytest.fixture
def book(request) -> dict[str, int]:
    """test_rate's month_book: its customers' ids by letter."""
    return request.getfixturevalue("month_book")


def test_two_months_worked_out_by_hand(ctx):
    october, november = trend(ctx.uow(), dt.date(2026, 11, 24), months=2)
    # October's figures are the collection rate's totals (test_rate works them out).
    # Days late of the money received in October, per application:
    #   A01 10-10: 2,000.00 to 09-15 → 25 days; 500.00 to 10-20 → early, 0
    #   A01 10-25: 4,500.00 to 10-20 → 5 days
    #   C03 10-16: the bill was reversed → nowhere; C03 10-28: 1,500.00 to 10-15 → 13 days
    #   D04: the allowance is not money; 10-20: 1,500.00 to 10-10 → 10 days
    #   E05 10-08: 2,000.00 applied to nothing → no weight
    #   F06 10-05: 800.00 to 08-31 → 35 days
    # Σ amount × days = 50,000 + 0 + 22,500 + 19,500 + 15,000 + 28,000 = 135,000;
    # Σ amount = 10,800.00; 135,000 ÷ 10,800 = 12.5 days.
    assert october == TrendMonth(OCTOBER, Y("14000.00"), Y("12800.00"), Y("7500.00"), Y("12.5"),
                                 Y("5800.00"))
    # November: due A01's 2,000.00; carried in B02 3,000.00 + C03 4,500.00 + E05 1,000.00;
    # received B02's 500.00 on 11-02, applied to 07-31: 94 days; overdue on 11-24 (the month
    # runs): A01 2,000.00 + B02 2,500.00 + C03 4,500.00 + E05 1,000.00 = 10,000.00.
    assert november == TrendMonth(NOVEMBER, Y("2000.00"), Y("500.00"), Y("10000.00"), Y("94.0"),
                                  Y("8500.00"))


def test_the_trend_is_the_rates_totals(ctx):
    for month in trend(ctx.uow(), NOVEMBER, months=4):
        totals = collection_rate(ctx.uow(), month.month).totals
        assert (month.due, month.carried_in, month.received, month.overdue_at_end) == (
            totals.due, totals.carried_in, totals.received, totals.overdue_at_end)


def test_one_salesperson_and_one_customer(ctx, book):
    [li] = trend(ctx.uow(), OCTOBER, months=1, salesperson="李娜")
    # C03 1,500.00 × 13 + D04 1,500.00 × 10 = 34,500 over 3,000.00: 11.5 days.
    assert (li.due, li.received, li.overdue_at_end, li.avg_days_late) == (
        Y("8000.00"), Y("3000.00"), Y("4500.00"), Y("11.5"))
    [a01] = trend(ctx.uow(), OCTOBER, months=1, customer_id=book["a"])
    # (50,000 + 0 + 22,500) ÷ 7,000 = 10.357… → 10.4 days.
    assert (a01.due, a01.carried_in, a01.received, a01.avg_days_late) == (
        Y("5000.00"), Y("2000.00"), Y("7000.00"), Y("10.4"))
    [e05] = trend(ctx.uow(), OCTOBER, months=1, customer_id=book["e"])
    assert e05.received == Y("2000.00") and e05.avg_days_late is None  # nothing applied


def test_payment_habit(ctx, book):
    # A01 over the year to 11-24: 1,000.00 on 09-20 to 09-15 (5 days), then October's
    # (25, 0, 5): (5,000 + 50,000 + 0 + 22,500) ÷ 8,000 = 9.6875 → 9.7 days, 3 payments.
    assert payment_habit(ctx.uow(), book["a"]) == PaymentHabit(Y("9.7"), Y("8000.00"), 3)
    # As of 10-15: the 09-20 and 10-10 payments only: 55,000 ÷ 3,500 = 15.71… → 15.7.
    assert payment_habit(ctx.uow(), book["a"], as_of=dt.date(2026, 10, 15)) == \
        PaymentHabit(Y("15.7"), Y("3500.00"), 2)
    # One month back from 11-24 (after 10-24): A01's 10-25 payment alone, 5 days.
    assert payment_habit(ctx.uow(), book["a"], months=1).avg_days_late == Y("5.0")
    # C03: the bounced bill counts nowhere; 1,500.00 at 13 days.
    assert payment_habit(ctx.uow(), book["c"]) == PaymentHabit(Y("13.0"), Y("1500.00"), 1)
    # E05: money came, nothing applied: no habit to tell.
    assert payment_habit(ctx.uow(), book["e"]) == PaymentHabit(None, Y("0.00"), 0)


def test_months_back_keeps_the_day_or_the_months_last():
    """The habit's window starts the day after add_months(as_of, -months) (the limitation
    clock's month arithmetic, one rule)."""
    assert add_months(dt.date(2026, 11, 24), -12) == dt.date(2025, 11, 24)
    assert add_months(dt.date(2026, 3, 31), -1) == dt.date(2026, 2, 28)
    assert add_months(dt.date(2026, 1, 15), -1) == dt.date(2025, 12, 15)
    assert not hasattr(trends, "months_back")


def test_trend_table(ctx):
    months = trend(ctx.uow(), NOVEMBER, months=2)
    table = trends.trend_table(months)
    assert [c.title for c in table.columns] == list(trends.TREND_HEADERS)
    assert table.columns[-1].kind == DAYS
    assert table.rows[0] == ["2026-10", Y("14000.00"), Y("5800.00"), Y("12800.00"),
                             Y("7500.00"), Y("12.5")]
    assert table.totals == ["合计", Y("16000.00"), None, Y("13300.00"), None, None]
    assert table.notes == trends.TREND_RULES and "月份：2026-10 – 2026-11" in table.about
