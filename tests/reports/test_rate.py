"""The collection rate (回款率): a month worked out by hand, per salesperson (issue 12)."""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from decimal import Decimal

import pytest

from services.collection import plan
from services.ledger import credit_notes, payments
from services.ledger.credit_notes import CreditNoteInput
from services.reports import rate
from services.reports.rate import RateRow, collection_rate, rate_history
from services.reports.table import PERCENT
from tests.collection.test_plan_month_start import moved_book  # noqa: F401 - fixture
from tests.factories import make_contract, make_customer, pay

OCTOBER, NOVEMBER = dt.date(2026, 10, 1), dt.date(2026, 11, 1)
Y = Decimal


@pytest.fixture
def month_book(ctx, clock):
    """October 2026, viewed on 11-24 (TODAY). Three salespeople and a customer without one.

    张伟:
      A01  delivered 08-01: 3,000.00 due 09-15, 5,000.00 due 10-20, 2,000.00 due 11-20;
           paid 1,000.00 on 09-20, 2,500.00 on 10-10, 4,500.00 on 10-25 (oldest due first).
      B02  delivered 06-01: 4,000.00 due 07-31; paid 1,000.00 on 08-15 and 500.00 on 11-02.
    李娜:
      C03  delivered 09-01: 6,000.00 due 10-15; an acceptance bill of 6,000.00 received 10-16
           bounced and was reversed on 11-05; then 1,500.00 received 10-28.
      D04  delivered 09-01: 2,000.00 due 10-10; an allowance of 500.00 on 10-12 (a credit
           note: not money), the remaining 1,500.00 paid 10-20.
    王芳:
      E05  delivered 09-01: 1,000.00 due 10-31 (the month's last day), unpaid; a contract
           confirmed 10-05, not delivered (8,000.00 due 12-31: not owed); 2,000.00 received
           10-08 in advance, left unapplied.
    (none):
      F06  delivered 07-01: 800.00 due 08-31, paid 10-05.
    """
    a = make_customer(ctx, "A01", salesperson="张伟")
    b = make_customer(ctx, "B02", salesperson="张伟")
    c = make_customer(ctx, "C03", salesperson="李娜")
    d = make_customer(ctx, "D04", salesperson="李娜")
    e = make_customer(ctx, "E05", salesperson="王芳")
    f = make_customer(ctx, "F06")
    make_contract(ctx, a, signed_on="2026-08-01", lines=[("1", "10000")], installments=[
        ("2026-09-15", "3000"), ("2026-10-20", "5000"), ("2026-11-20", "2000")])
    for day, amount in (("2026-09-20", "1000"), ("2026-10-10", "2500"), ("2026-10-25", "4500")):
        pay(ctx, a, amount, received_on=day)
    make_contract(ctx, b, signed_on="2026-06-01", lines=[("1", "4000")],
                  installments=[("2026-07-31", "4000")])
    pay(ctx, b, "1000", received_on="2026-08-15")
    pay(ctx, b, "500", received_on="2026-11-02")
    make_contract(ctx, c, signed_on="2026-09-01", lines=[("1", "6000")],
                  installments=[("2026-10-15", "6000")])
    bill = pay(ctx, c, "6000", received_on="2026-10-16", method="acceptance_bill")
    clock._today = dt.date(2026, 11, 5)
    payments.reverse_payment(ctx.uow(), bill, "承兑汇票退票")
    clock._today = dt.date(2026, 11, 24)
    pay(ctx, c, "1500", received_on="2026-10-28")
    d_contract, _ = make_contract(ctx, d, signed_on="2026-09-01", lines=[("1", "2000")],
                                  installments=[("2026-10-10", "2000")])
    credit_notes.create_credit_note(ctx.uow(), CreditNoteInput(
        contract_id=d_contract, kind="allowance", issued_on="2026-10-12", reason="质量折让",
        amount="500"))
    pay(ctx, d, "1500", received_on="2026-10-20")
    make_contract(ctx, e, signed_on="2026-09-01", lines=[("1", "1000")],
                  installments=[("2026-10-31", "1000")])
    make_contract(ctx, e, signed_on="2026-10-05", status="confirmed", lines=[("1", "8000")],
                  installments=[("2026-12-31", "8000")])
    pay(ctx, e, "2000", received_on="2026-10-08", allocations=[])
    make_contract(ctx, f, signed_on="2026-07-01", lines=[("1", "800")],
                  installments=[("2026-08-31", "800")])
    pay(ctx, f, "800", received_on="2026-10-05")
    return {"a": a, "b": b, "c": c, "d": d, "e": e, "f": f}


def test_october_worked_out_by_hand(ctx, month_book):
    report = collection_rate(ctx.uow(), dt.date(2026, 10, 17))  # any day of the month
    assert report.month == OCTOBER and report.overdue_on == dt.date(2026, 10, 31)
    # 张伟 — due: A01's 5,000.00 (10-20; nothing of it paid by 09-30).
    #   carried in: A01's 09-15 3,000.00 less 1,000.00 paid 09-20 = 2,000.00, plus B02's
    #   4,000.00 less 1,000.00 = 3,000.00: 5,000.00.
    #   received: A01 2,500.00 + 4,500.00 = 7,000.00 (B02's 500.00 came in November).
    #   rate: 7,000.00 ÷ (5,000.00 + 5,000.00) = 0.7000.
    #   overdue at 10-31: A01 nothing (2,000.00 of the 2,500.00 paid the 09-15 installment,
    #   500.00 and the 4,500.00 the 10-20 one); B02 3,000.00 (the November 500.00 not yet):
    #   3,000.00, one customer.
    zhang = RateRow("张伟", Y("5000.00"), Y("5000.00"), Y("7000.00"), Y("0.7000"), Y("3000.00"), 1)
    # 李娜 — due: C03 6,000.00 + D04 2,000.00 = 8,000.00; nothing carried in.
    #   received: C03's bill was reversed by 11-24, so it counts nowhere; its 1,500.00 counts;
    #   D04's 500.00 allowance is not money, its 1,500.00 is: 3,000.00.
    #   rate: 3,000.00 ÷ 8,000.00 = 0.3750.
    #   overdue at 10-31: C03 6,000.00 − 1,500.00 = 4,500.00; D04 0 (500.00 + 1,500.00).
    li = RateRow("李娜", Y("8000.00"), Y("0.00"), Y("3000.00"), Y("0.3750"), Y("4500.00"), 1)
    # 王芳 — due: E05's 1,000.00 (the confirmed contract is not owed); received: the 2,000.00
    #   advance (money came in, though it pays nothing yet): rate 2,000.00 ÷ 1,000.00 = 2.0000.
    #   overdue at 10-31: none (due on 10-31 is not yet overdue that day).
    wang = RateRow("王芳", Y("1000.00"), Y("0.00"), Y("2000.00"), Y("2.0000"), Y("0.00"), 0)
    # (none) — carried in 800.00, received 800.00: 1.0000; nothing overdue at the end.
    nobody = RateRow("", Y("0.00"), Y("800.00"), Y("800.00"), Y("1.0000"), Y("0.00"), 0)
    assert report.rows == [zhang, li, wang, nobody]
    # Totals: due 14,000.00, carried in 5,800.00, received 12,800.00,
    # rate 12,800.00 ÷ 19,800.00 = 0.646464… → 0.6465; overdue 7,500.00 at 2 customers.
    assert report.totals == RateRow("", Y("14000.00"), Y("5800.00"), Y("12800.00"),
                                    Y("0.6465"), Y("7500.00"), 2)


def test_the_running_month_counts_overdue_on_the_day_it_is_viewed(ctx, month_book):
    report = collection_rate(ctx.uow(), NOVEMBER)
    assert report.overdue_on == dt.date(2026, 11, 24)
    rows = {r.salesperson: r for r in report.rows}
    # 张伟: A01's 11-20 2,000.00 due, B02's 3,000.00 carried in, 500.00 received (0.1000);
    # on 11-24 both are late: 2,000.00 + 2,500.00.
    assert rows["张伟"] == RateRow("张伟", Y("2000.00"), Y("3000.00"), Y("500.00"), Y("0.1000"),
                                   Y("4500.00"), 2)
    # 王芳: E05's 10-31 1,000.00 carried in and late on 11-24; the 2,000.00 credit stays apart.
    assert rows["王芳"] == RateRow("王芳", Y("0.00"), Y("1000.00"), Y("0.00"), Y("0.0000"),
                                   Y("1000.00"), 1)
    assert "" not in rows  # F06 has nothing in November


def test_salesperson_filter_keeps_only_their_customers(ctx, month_book):
    report = collection_rate(ctx.uow(), OCTOBER, salesperson="李娜")
    assert [r.salesperson for r in report.rows] == ["李娜"]
    assert report.totals.received == Y("3000.00") and report.totals.rate == Y("0.3750")


def test_the_rate_is_the_plans_figures_summed_per_salesperson(ctx, month_book):
    for month in (dt.date(2026, 9, 1), OCTOBER, NOVEMBER):
        sums: dict[str, list[Decimal]] = defaultdict(lambda: [Y("0.00")] * 3)
        for row in plan.plan_rows(ctx.uow(), month):
            for index, value in enumerate((row.due, row.overdue_in, row.received)):
                sums[row.salesperson][index] += value
        report = collection_rate(ctx.uow(), month)
        assert {r.salesperson: [r.due, r.carried_in, r.received] for r in report.rows} == \
            {name: values for name, values in sums.items() if any(values)}


def test_nothing_to_collect_gives_no_rate(ctx):
    customer = make_customer(ctx, "G07", salesperson="赵敏")
    pay(ctx, customer, "300", received_on="2026-11-03")  # an advance, nothing owed
    [row] = collection_rate(ctx.uow(), NOVEMBER).rows
    assert (row.salesperson, row.received, row.to_collect, row.rate) == (
        "赵敏", Y("300.00"), Y("0.00"), None)
    assert collection_rate(ctx.uow(), OCTOBER).rows == []


def test_history_months_equal_each_month_on_its_own(ctx, month_book):
    history = rate_history(ctx.uow(), dt.date(2026, 11, 30), months=5)
    assert [m.month for m in history] == [dt.date(2026, m, 1) for m in (7, 8, 9, 10, 11)]
    for month in history:
        alone = collection_rate(ctx.uow(), month.month)
        assert (month.rows, month.totals) == (alone.rows, alone.totals), month.month
    only_li = rate_history(ctx.uow(), NOVEMBER, months=2, salesperson="李娜")
    assert [[r.salesperson for r in m.rows] for m in only_li] == [["李娜"], ["李娜"]]


@pytest.mark.usefixtures("moved_book")
def test_history_equals_the_month_however_the_money_moved(ctx):
    """Applied later, undone, reversed (the plan's month-start book): five months in two
    queries give what each month gives alone."""
    history = rate_history(ctx.uow(), dt.date(2027, 1, 1), months=5)
    for month in history:
        alone = collection_rate(ctx.uow(), month.month)
        assert (month.rows, month.totals) == (alone.rows, alone.totals), month.month
    assert any(m.rows for m in history)


def test_months_ending_crosses_the_year():
    assert rate.months_ending(dt.date(2026, 2, 14), 3) == [
        dt.date(2025, 12, 1), dt.date(2026, 1, 1), dt.date(2026, 2, 1)]
    with pytest.raises(ValueError):
        rate.rate_history(None, dt.date(2026, 2, 1), months=0)


def test_rate_table_has_a_row_per_salesperson_totals_and_the_rules(ctx, month_book):
    table = rate.rate_table(collection_rate(ctx.uow(), OCTOBER))
    assert table.title == "回款率 2026-10"
    assert [c.title for c in table.columns] == list(rate.RATE_HEADERS)
    assert table.columns[5].kind == PERCENT
    assert [r[0] for r in table.rows] == ["张伟", "李娜", "王芳", "未分配"]
    assert table.rows[0] == ["张伟", Y("5000.00"), Y("5000.00"), Y("10000.00"), Y("7000.00"),
                             Y("0.7000"), Y("3000.00"), 1]
    assert table.totals[0] == "合计" and table.totals[5] == Y("0.6465")
    assert table.notes == rate.RATE_RULES
    assert "月份：2026-10" in table.about


def test_history_table_puts_months_side_by_side(ctx, month_book):
    history = rate_history(ctx.uow(), NOVEMBER, months=2)
    table = rate.history_table(history)
    assert [c.title for c in table.columns] == ["业务员", "2026-10", "2026-11"]
    rows = {r[0]: r[1:] for r in table.rows}
    assert rows["张伟"] == [Y("0.7000"), Y("0.1000")]
    assert rows["未分配"] == [Y("1.0000"), None]  # nothing in November: no rate
    assert table.totals[1:] == [Y("0.6465"), history[1].totals.rate]
    received = rate.history_table(history, "received")
    assert {r[0]: r[1:] for r in received.rows}["未分配"] == [Y("800.00"), Y("0.00")]
    with pytest.raises(ValueError):
        rate.history_table(history, "commission")
