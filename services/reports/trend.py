"""The trend (趋势): month by month, what fell due, what came in, what was overdue at the end,
and how late the money came; and a customer's payment habit (付款习惯).

The figures (issue 12), per month:
- 本月到期 due, 逾期转入 carried in, 本月已回款 received, 月末逾期 overdue at month end: the
  collection rate's (services.reports.rate: the plan's rules; viewed today, a payment reversed
  by then counts nowhere; the month still running counted to today), over every customer, one
  salesperson's or one customer;
- 平均晚付天数 average days late: over the money received in the month (credit notes are not
  money) and applied to installments by the day the report is viewed (not undone, not
  reversed), each application weighs its amount and counts days = the day the money was
  received − the installment's due date, 0 when it came on or before the due date. The money's
  day, not the day a clerk applied it: an advance applied later was not late. Money that pays
  no installment yet has no lateness and does not weigh. Rounded half up to 0.1 day; none
  when nothing was applied.
The customer's payment habit is the same average over the money received in the `months`
months up to a day (default today).
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import Allocation, Customer, Installment, Payment
from models.base import fen, fen_to_yuan
from models.payment import CREDIT_NOTE_METHOD
from services.collection.limitation import add_months
from services.core.parsing import db_date, month_start, next_month
from services.core.uow import UnitOfWork
from services.ledger.balances import allocation_active
from services.reports.rate import (
    QT_TRANSLATE_NOOP,
    by_salesperson,
    history_figures,
    month_text,
    months_ending,
    people,
)
from services.reports.table import DAYS, MONEY, TEXT, Column, ReportTable

ZERO = Decimal("0.00")
DAY_PLACES = Decimal("0.1")

RULES_CONTEXT = "TrendRules"
TREND_RULES = (
    QT_TRANSLATE_NOOP("TrendRules",
                      "本月到期、逾期转入、本月已回款、月末逾期：与回款率同一口径（见回款率下方说明）；"
                      "当月未结束时月末逾期按查看当天。"),
    QT_TRANSLATE_NOOP("TrendRules",
                      "平均晚付天数：本月收到、已核销到分期的钱，按核销金额加权；天数 = 收款日 − 分期到期日，"
                      "按时或提前付款计 0 天；预收后来才核销的，按收款日计；未核销的钱和退货/折让不计。"),
)


@dataclass(frozen=True)
class TrendMonth:
    month: dt.date                 # the month's first day
    due: Decimal                   # yuan
    received: Decimal
    overdue_at_end: Decimal
    avg_days_late: Decimal | None  # days, 0.1 precision; None when no money was applied
    carried_in: Decimal = ZERO


@dataclass(frozen=True)
class PaymentHabit:
    avg_days_late: Decimal | None  # None when no money was applied in the window
    amount: Decimal                # yuan applied (the weight)
    count: int                     # payments whose applications were counted


def average_days(amount_fen: int, weighted_fen_days: int) -> Decimal | None:
    """Σ(amount × days) ÷ Σ amount rounded half up to 0.1 day; None when Σ amount is 0."""
    if not amount_fen:
        return None
    return (Decimal(weighted_fen_days) / Decimal(amount_fen)).quantize(
        DAY_PLACES, rounding=ROUND_HALF_UP)


def lateness_query(first: dt.date, last: dt.date, today: dt.date, salesperson: str = "",
                   customer_id: int | None = None):
    """(received_on, due_date, fen applied) per pair of days: the applications of money
    received from `first` to `last`, counted as viewed on `today`."""
    query = (select(Payment.received_on, Installment.due_date, func.sum(fen(Allocation.amount)))
             .select_from(Allocation)
             .join(Payment, Payment.id == Allocation.payment_id)
             .join(Installment, Installment.id == Allocation.installment_id)
             .where(allocation_active(today), Payment.method != CREDIT_NOTE_METHOD,
                    Payment.received_on >= first, Payment.received_on <= last)
             .group_by(Payment.received_on, Installment.due_date))
    if salesperson:
        query = query.join(Customer, Customer.id == Payment.customer_id).where(
            Customer.salesperson == salesperson)
    if customer_id is not None:
        query = query.where(Payment.customer_id == customer_id)
    return query


def _days_late(received_on, due_date) -> int:
    return max(0, (db_date(received_on) - db_date(due_date)).days)


def lateness_by_month(session: Session, firsts: Sequence[dt.date], today: dt.date,
                      salesperson: str = "", customer_id: int | None = None
                      ) -> dict[dt.date, tuple[int, int]]:
    """{month's first day: (fen applied, Σ fen × days late)} over the months given."""
    last = next_month(firsts[-1]) - dt.timedelta(days=1)
    out: dict[dt.date, list[int]] = {first: [0, 0] for first in firsts}
    for received_on, due_date, amount in session.execute(
            lateness_query(firsts[0], last, today, salesperson, customer_id)):
        sums = out[month_start(db_date(received_on))]
        sums[0] += amount
        sums[1] += amount * _days_late(received_on, due_date)
    return {first: (a, w) for first, (a, w) in out.items()}


def trend(uow: UnitOfWork, last_month: dt.date, months: int = 12, salesperson: str = "",
          customer_id: int | None = None) -> list[TrendMonth]:
    """One TrendMonth per month, oldest first, for the `months` months ending with the one
    holding `last_month`, viewed today (the rules in the module docstring; yuan). Narrowed to
    one salesperson's customers or to one customer when given. ValueError for months < 1."""
    if months < 1:
        raise ValueError("months must be at least 1")
    firsts = months_ending(last_month, months)
    with uow:
        today = uow.clock.today()
        owners = people(uow.session, salesperson, customer_id)
        history = history_figures(uow.session, firsts, today)
        late = lateness_by_month(uow.session, firsts, today, salesperson, customer_id)
    out = []
    for first, figures in zip(firsts, history, strict=True):
        _rows, totals = by_salesperson(figures, owners)
        out.append(TrendMonth(first, totals.due, totals.received, totals.overdue_at_end,
                              average_days(*late[first]), totals.carried_in))
    return out


def payment_habit(uow: UnitOfWork, customer_id: int, as_of: dt.date | None = None,
                  months: int = 12) -> PaymentHabit:
    """The customer's average days late over the money received after the same day `months`
    months before `as_of` (default today) up to `as_of`: the trend's rule (days from the due
    date to the day the money came, early counting 0, weighted by the amount applied)."""
    with uow:
        today = uow.clock.today()
        as_of = as_of or today
        first = add_months(as_of, -months) + dt.timedelta(days=1)
        rows = uow.session.execute(lateness_query(first, as_of, today, customer_id=customer_id))
        amount = weighted = 0
        for received_on, due_date, fen_amount in rows:
            amount += fen_amount
            weighted += fen_amount * _days_late(received_on, due_date)
        count = uow.session.scalar(
            select(func.count(func.distinct(Allocation.payment_id)))
            .select_from(Allocation).join(Payment, Payment.id == Allocation.payment_id)
            .where(allocation_active(today), Payment.method != CREDIT_NOTE_METHOD,
                   Payment.received_on >= first, Payment.received_on <= as_of,
                   Payment.customer_id == customer_id)) or 0
    return PaymentHabit(average_days(amount, weighted), fen_to_yuan(amount), count)


# -- as a table ------------------------------------------------------------------------------

TREND_HEADERS = ("月份", "本月到期", "逾期转入", "本月已回款", "月末逾期", "平均晚付天数")
TREND_KINDS = (TEXT, MONEY, MONEY, MONEY, MONEY, DAYS)


def trend_table(months: Sequence[TrendMonth], *, title: str = "",
                headers: Sequence[str] = TREND_HEADERS, about: Sequence[str] | None = None,
                notes: Sequence[str] = TREND_RULES, totals_label: str = "合计",
                salesperson: str = "", customer: str = "") -> ReportTable:
    """The months as a ReportTable, oldest first; the totals row sums due and received only
    (carried in and overdue are stocks, not flows; the days late an average): the rest blank.
    Chinese words by default."""
    span = f"{month_text(months[0].month)} – {month_text(months[-1].month)}" if months else ""
    if about is None:
        about = [f"月份：{span}", f"业务员：{salesperson or '全部'}"]
        if customer:
            about.append(f"客户：{customer}")
    rows = [[month_text(m.month), m.due, m.carried_in, m.received, m.overdue_at_end,
             m.avg_days_late] for m in months]
    totals = [totals_label, _sum(m.due for m in months), None,
              _sum(m.received for m in months), None, None]
    return ReportTable(
        title=title or f"回款趋势（近 {len(months)} 个月）",
        columns=[Column(h, k) for h, k in zip(headers, TREND_KINDS, strict=True)],
        rows=rows, about=tuple(about), totals=totals, notes=tuple(notes),
        sheet_name=f"回款趋势 {len(months)} 个月")


def _sum(values: Iterable[Decimal]) -> Decimal:
    return sum(values, ZERO)
