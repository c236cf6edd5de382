"""Collection rate (回款率) by salesperson and month, and the same for 12 months.

The figures (issue 12; they feed commissions, so each can be worked out by hand). A customer's
figures go to the customer's salesperson (customer.salesperson; none: "", shown as 未分配).
- 本月到期 due: what was still owed when the month began on installments due in the month;
- 逾期转入 carried in: what was still owed when the month began on installments already past
  due. Both are the collection plan's own figures (services.collection.plan.month_owed): owed
  means delivered contracts' installments and deposits, counted if owed by the month's end;
- 本月已回款 received: money received in the month (services.collection.plan.month_received),
  the whole payment, advances and over-payments included; credit notes (returns, allowances)
  are not money and never count;
- a payment reversed (or an application undone) by the day the report is viewed counts
  nowhere: not as received, not as paid at the month's start or end;
- 月末逾期 overdue at month end: what was still owed on the month's last day on installments
  due before that day (balances.days_overdue > 0; due on the last day is not yet overdue); for
  the month still running, on the day the report is viewed instead of its last day;
- 逾期客户数: customers with something overdue at month end;
- 回款率 rate = received ÷ (due + carried in), a fraction rounded half up to 4 places
  (81.25 % is 0.8125); none when due + carried in is 0. It may pass 100 %.
Totals are sums over the salespeople; the total rate is Σ received ÷ Σ (due + carried in).

Why "received" counts every yuan that came in, not only what paid the month's due and carried
in: it is the plan's 本月已回款 (the rate's row of a salesperson is the sum of the plan's rows
of their customers, checkable line by line), and commission is paid on money collected
(回款额). Counting only money applied would move an advance to the month a clerk applies it
(a bookkeeping date, not the salesperson's work) and never count one left unapplied. The cost:
an advance or an installment paid before its month lifts the month's rate, even above 100 %.

One month costs three queries (balances.owed_parts: what is open and what moved since); the
12-month view reads the same sums for four months per query (balances.owed_sums), then sums
the customers per salesperson in Python: never a query per salesperson.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import Customer
from models.base import fen_to_yuan
from services.collection.plan import month_owed, month_received, month_slots
from services.core.parsing import month_start, next_month
from services.core.uow import UnitOfWork
from services.ledger.balances import OwedSlot, owed_parts, owed_sums
from services.reports.table import COUNT, MONEY, PERCENT, TEXT, Column, ReportTable

ZERO = Decimal("0.00")
RATE_PLACES = Decimal("0.0001")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate reads
    """Marks words for the translators (pyside6-lupdate finds the calls by name); no Qt here.
    The UI shows them through QCoreApplication.translate(context, text)."""
    return text


RULES_CONTEXT = "RateRules"
# The rules as the rate view states them under its table and the export writes below it.
RATE_RULES = (
    QT_TRANSLATE_NOOP("RateRules",
                      "本月到期：月初仍欠、到期日在本月的分期；逾期转入：月初仍欠、到期日在本月之前的分期"
                      "（与回款计划同一口径：已发货合同的分期及定金，月底前应收的都算）。"),
    QT_TRANSLATE_NOOP("RateRules",
                      "本月已回款：本月收到的钱（含预收、多付），退货/折让不是钱，不算回款；"
                      "在查看当天之前已冲销的回款、已撤销的核销，哪里都不计。"),
    QT_TRANSLATE_NOOP("RateRules",
                      "回款率 = 本月已回款 ÷（本月到期 + 逾期转入），四舍五入到万分之一；分母为零时不计，"
                      "可超过 100%（预收或提前付款）。"),
    QT_TRANSLATE_NOOP("RateRules",
                      "月末逾期：月末最后一天仍欠、到期日早于该日的金额（当月未结束时按查看当天）；"
                      "逾期客户数：月末有逾期的客户数。按客户的业务员归属，合计为各业务员之和。"),
)


@dataclass(frozen=True)
class RateRow:
    """One salesperson's month (yuan); `rate` a fraction, None when due + carried in is 0."""

    salesperson: str
    due: Decimal
    carried_in: Decimal
    received: Decimal
    rate: Decimal | None
    overdue_at_end: Decimal
    customers_overdue: int

    @property
    def to_collect(self) -> Decimal:
        """due + carried in: the rate's denominator (应收合计)."""
        return self.due + self.carried_in


@dataclass(frozen=True)
class RateReport:
    month: dt.date          # the month's first day
    rows: list[RateRow]     # by salesperson, "" (未分配) last
    totals: RateRow         # salesperson "": sums over the rows
    overdue_on: dt.date     # the day 月末逾期 is counted on (the month's last day, or today)


@dataclass(frozen=True)
class RateMonth:
    month: dt.date
    rows: list[RateRow]
    totals: RateRow


def rate_of(received: Decimal, to_collect: Decimal) -> Decimal | None:
    """received ÷ to_collect rounded half up to 4 places; None when to_collect is 0."""
    if not to_collect:
        return None
    return (received / to_collect).quantize(RATE_PLACES, rounding=ROUND_HALF_UP)


def overdue_day(month: dt.date, today: dt.date) -> dt.date:
    """The day a month's 月末逾期 is counted on: its last day, or `today` while it runs."""
    first = month_start(month)
    last = next_month(month) - dt.timedelta(days=1)
    return today if first <= today < last else last


def late_slot(month: dt.date, today: dt.date) -> OwedSlot:
    """月末逾期 as an owed slot: still owed on overdue_day on installments owed by then and due
    before it (days_overdue > 0 that day)."""
    end = overdue_day(month, today)
    return OwedSlot(end, end, end)


# Per customer: [due, carried in, received, overdue at end] in fen.
Figures = dict[int, list[int]]


def _add(figures: Figures, index: int, pairs) -> None:
    for customer_id, value in pairs:
        if value:
            figures.setdefault(customer_id, [0, 0, 0, 0])[index] += value


def _received(session: Session, month: dt.date, today: dt.date, figures: Figures) -> None:
    got = month_received(month, today)
    _add(figures, 2, session.execute(select(got.c.customer_id, got.c.received)))


def month_figures(session: Session, month: dt.date, today: dt.date) -> Figures:
    """The month's figures per customer (three queries: the plan's owed and received, and
    what was overdue at month end)."""
    figures: Figures = {}
    owed = month_owed(month, today)
    for customer_id, due, carried in session.execute(
            select(owed.c.customer_id, owed.c.due, owed.c.overdue_in)):
        _add(figures, 0, [(customer_id, due)])
        _add(figures, 1, [(customer_id, carried)])
    _received(session, month, today, figures)
    late = late_slot(month, today)
    parts = owed_parts(late.as_of, late.due_before, late.owed_by, known_on=today).subquery()
    _add(figures, 3, session.execute(select(parts.c.customer_id, func.sum(parts.c.remaining))
                                     .group_by(parts.c.customer_id)))
    return figures


MONTHS_PER_QUERY = 4  # measured at 100k contracts: 12 months in 3 queries ~0.7 s, in 1 ~1.0 s


def history_figures(session: Session, firsts: Sequence[dt.date],
                    today: dt.date) -> list[Figures]:
    """month_figures for each month, from balances.owed_sums a few months per query (the
    same sums as the plan's and the month-end's owed_parts; held by a test)."""
    out: list[Figures] = [{} for _ in firsts]
    for start in range(0, len(firsts), MONTHS_PER_QUERY):
        chunk = firsts[start:start + MONTHS_PER_QUERY]
        slots = [slot for first in chunk for slot in (*month_slots(first), late_slot(first, today))]
        for customer_id, *sums in session.execute(owed_sums(slots, today)):
            for offset in range(len(chunk)):
                carried, due, late = sums[3 * offset:3 * offset + 3]
                if carried or due or late:
                    out[start + offset][customer_id] = [due or 0, carried or 0, 0, late or 0]
    for first, figures in zip(firsts, out, strict=True):
        _received(session, first, today, figures)
    return out


def people(session: Session, salesperson: str = "",
           customer_id: int | None = None) -> dict[int, str]:
    """{customer id: salesperson ("" for none)} of the customers a report covers."""
    query = select(Customer.id, Customer.salesperson)
    if salesperson:
        query = query.where(Customer.salesperson == salesperson)
    if customer_id is not None:
        query = query.where(Customer.id == customer_id)
    return {cid: name or "" for cid, name in session.execute(query)}


def by_salesperson(figures: Figures, owners: dict[int, str]) -> tuple[list[RateRow], RateRow]:
    """The customers' figures summed per salesperson (rows by name, "" last) and the totals;
    customers not in `owners` are left out."""
    sums: dict[str, list[int]] = {}
    for customer_id, values in figures.items():
        if customer_id not in owners:
            continue
        into = sums.setdefault(owners[customer_id], [0, 0, 0, 0, 0])
        for index, value in enumerate(values):
            into[index] += value
        into[4] += values[3] > 0
    rows = [_row(name, values) for name, values in
            sorted(sums.items(), key=lambda item: (item[0] == "", item[0]))]
    return rows, totals_of(rows)


def _row(salesperson: str, figures: Sequence[int]) -> RateRow:
    due, carried, received, overdue = (fen_to_yuan(v) for v in figures[:4])
    return RateRow(salesperson, due, carried, received, rate_of(received, due + carried),
                   overdue, int(figures[4]))


def totals_of(rows: Sequence[RateRow]) -> RateRow:
    """Sums over the rows; the rate of the sums (salesperson "")."""
    def total(name: str) -> Decimal:
        return sum((getattr(r, name) for r in rows), ZERO)

    due, carried, received = total("due"), total("carried_in"), total("received")
    return RateRow("", due, carried, received, rate_of(received, due + carried),
                   total("overdue_at_end"), sum(r.customers_overdue for r in rows))


def collection_rate(uow: UnitOfWork, month: dt.date, salesperson: str = "") -> RateReport:
    """The collection rate of the month holding `month` (any day of it), one RateRow per
    salesperson with anything due, carried in, received or overdue, viewed today (the rules
    in the module docstring; amounts in yuan). `salesperson` keeps only that salesperson's
    customers."""
    with uow:
        today = uow.clock.today()
        figures = month_figures(uow.session, month, today)
        rows, totals = by_salesperson(figures, people(uow.session, salesperson))
    return RateReport(month_start(month), rows, totals, overdue_day(month, today))


def months_ending(last_month: dt.date, months: int) -> list[dt.date]:
    """The first days of the `months` months ending with the one holding `last_month`."""
    first = month_start(last_month)
    out = [first]
    for _ in range(months - 1):
        first = month_start(first - dt.timedelta(days=1))
        out.append(first)
    return out[::-1]


def rate_history(uow: UnitOfWork, last_month: dt.date, months: int = 12,
                 salesperson: str = "") -> list[RateMonth]:
    """The collection rate of each of the `months` months ending with `last_month`, oldest
    first, viewed today, in a few queries (history_figures), not one per month or person.
    ValueError for months < 1."""
    if months < 1:
        raise ValueError("months must be at least 1")
    firsts = months_ending(last_month, months)
    with uow:
        today = uow.clock.today()
        owners = people(uow.session, salesperson)
        history = history_figures(uow.session, firsts, today)
    return [RateMonth(first, *by_salesperson(figures, owners))
            for first, figures in zip(firsts, history, strict=True)]


# -- as a table (export, print, the view) ----------------------------------------------------

RATE_HEADERS = ("业务员", "本月到期", "逾期转入", "应收合计", "本月已回款", "回款率", "月末逾期",
                "逾期客户数")
RATE_KINDS = (TEXT, MONEY, MONEY, MONEY, MONEY, PERCENT, MONEY, COUNT)
# The figures the 12-month view can show, one column per month (the RateRow field each reads).
HISTORY_FIGURES = {"rate": "回款率", "received": "本月已回款", "to_collect": "应收合计",
                   "overdue_at_end": "月末逾期"}


def month_text(month: dt.date) -> str:
    return f"{month.year:04d}-{month.month:02d}"


def rate_cells(row: RateRow, name: str) -> list:
    return [name, row.due, row.carried_in, row.to_collect, row.received, row.rate,
            row.overdue_at_end, row.customers_overdue]


def rate_table(report: RateReport, *, title: str = "", headers: Sequence[str] = RATE_HEADERS,
               about: Sequence[str] | None = None, notes: Sequence[str] = RATE_RULES,
               unassigned: str = "未分配", totals_label: str = "合计",
               salesperson: str = "") -> ReportTable:
    """The month's report as a ReportTable: one row per salesperson, then 合计. The words
    default to Chinese; the UI passes its own (translated) ones."""
    month = month_text(report.month)
    if about is None:
        about = (f"月份：{month}", f"业务员：{salesperson or '全部'}",
                 f"月末逾期计至：{report.overdue_on.isoformat()}")
    return ReportTable(
        title=title or f"回款率 {month}",
        columns=[Column(h, k) for h, k in zip(headers, RATE_KINDS, strict=True)],
        rows=[rate_cells(r, r.salesperson or unassigned) for r in report.rows],
        about=tuple(about), totals=rate_cells(report.totals, totals_label), notes=tuple(notes),
        sheet_name=f"回款率 {month}")


def history_table(history: Sequence[RateMonth], figure: str = "rate", *, title: str = "",
                  first_header: str = "业务员", about: Sequence[str] | None = None,
                  notes: Sequence[str] = RATE_RULES, unassigned: str = "未分配",
                  totals_label: str = "合计", salesperson: str = "",
                  figure_title: str = "") -> ReportTable:
    """The months side by side for one figure (a key of HISTORY_FIGURES): one row per
    salesperson met in any month, one column per month (a month without them: 0, or blank for
    the rate), the totals row last."""
    if figure not in HISTORY_FIGURES:
        raise ValueError(f"figure {figure!r} not in {tuple(HISTORY_FIGURES)}")
    kind = PERCENT if figure == "rate" else MONEY
    empty = None if figure == "rate" else ZERO
    names = sorted({r.salesperson for m in history for r in m.rows},
                   key=lambda name: (name == "", name))
    by_month = [{r.salesperson: r for r in m.rows} for m in history]
    rows = [[name or unassigned] + [_figure(found.get(name), figure, empty) for found in by_month]
            for name in names]
    totals = [totals_label] + [_figure(m.totals, figure, empty) for m in history]
    span = f"{month_text(history[0].month)} – {month_text(history[-1].month)}" if history else ""
    label = figure_title or HISTORY_FIGURES[figure]
    if about is None:
        about = (f"月份：{span}", f"业务员：{salesperson or '全部'}", f"数字：{label}")
    return ReportTable(
        title=title or f"{label}（近 {len(history)} 个月）",
        columns=[Column(first_header, TEXT)] + [Column(month_text(m.month), kind)
                                                for m in history],
        rows=rows, about=tuple(about), totals=totals, notes=tuple(notes),
        sheet_name=f"{label} {len(history)} 个月")


def _figure(row: RateRow | None, figure: str, empty):
    return empty if row is None else getattr(row, figure)
