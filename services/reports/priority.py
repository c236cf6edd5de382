"""The day's priority list (今日优先): which customers to chase first, and why, as of any day.

Each customer who, on the day, has something overdue, a promise broken in the last 90 days,
an exposure over the credit limit, a promise due that day or an installment whose limitation
period (诉讼时效) ends within the warning months gets a score (`score`: every
weight in that one function) and the reasons in words ("逾期 ¥82,000.00，最长 95 天；近 90 天失约
2 次；评级 C"). Nobody else is listed: a good rating alone is no reason to call.

What each figure is, by the ledger's and the alerts' own rules (nothing is redefined here):
- overdue: what is still owed on installments due before the day (balances: today from the
  cached open installments, a past day from the allocations as they stood then, as the alerts
  do); max_days: days overdue of the oldest of them (balances.days_overdue);
- broken_promises: promises whose promised day fell in the 90 days before the day and that
  were broken or only partly kept (promises.FAILED, status as of the day);
- promised_today: what the customer promised for the day itself and has not paid yet (pending
  promises; one replaced by a newer promise is left out: the customer moved it);
- over_limit: the over-limit alert's excess (alerts.over_limit_excess);
- limitation: what is still owed on installments whose limitation ends from the day through
  the rules' limitation_warn_months after it, and the earliest such end (the limitation
  alert's rows: collection.limitation.limitation_warnings; a reminder, not legal advice);
- rating: the customer's credit rating as it is now (no history of ratings is kept).
Every figure is summed in SQL over all customers at once (no query per customer).
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import Customer
from models.base import fen_to_yuan
from services.collection.alerts import over_limit_excess
from services.collection.limitation import limitation_warnings
from services.collection.promises import FAILED, promise_views
from services.collection.rules import limitation_warn_months
from services.core.parsing import db_date
from services.core.uow import UnitOfWork
from services.ledger.balances import days_overdue, open_installments_now, owed_parts
from services.reports.table import COUNT, DAYS, MONEY, TEXT, Column, ReportTable

ZERO = Decimal("0.00")
PROMISE_DAYS = 90  # broken promises count when their day fell within this many days before

# -- the score: every weight, and why -------------------------------------------------------

HUNDRED = Decimal(100)
# How much the money counts: points = √(yuan / 100), so ¥10,000 is 10 points, ¥1,000,000 is
# 100. Ten times the money is about three times the points: a big account comes first, but one
# huge account does not bury ten large ones, and ¥1 never outranks ¥10,000.
# Age multiplies the overdue money's points by (1 + days / AGE_DAYS): money 90 days late counts
# twice, 180 days three times. Old debt is the hardest to collect and the most likely to be
# lost, so it must be chased harder; as a multiplier (not added) so that a tiny old remainder
# never outranks a large debt a few days late.
AGE_DAYS = Decimal(90)
# Each promise broken (or only partly kept) in the last 90 days: 10 points, as much as ¥10,000
# overdue. A customer who does not keep their word needs a call and a new exact promise (seed
# 002), whatever the amount.
BROKEN_POINTS = Decimal(10)
# The excess over the credit limit counts half as much as overdue money: it is not late yet,
# but it is risk the company took beyond what it agreed to, and the credit hold stops supply.
OVER_LIMIT_SHARE = Decimal("0.5")
# A promise due today: 20 points for the day itself plus the money's points. Today is the day
# a call ("is the transfer on its way?") brings money in, so it ranks with a sizeable debt.
PROMISE_TODAY_POINTS = Decimal(20)
# An installment whose limitation period ends within the warning months: 30 points plus the
# money's points. Once it ends the customer may refuse to pay and a court will not order it
# (民法典 art. 192): more urgent than a promise due today, and a letter sent with proof (or a
# statement confirmed) restarts the clock.
LIMITATION_POINTS = Decimal(30)
# The credit rating multiplies everything: the worse the customer, the sooner the call (as
# the follow-up intervals say: A every 14 days, B 7, C 3, D daily). B is the norm (× 1).
RATING_FACTORS = {"A": Decimal("0.8"), "B": Decimal("1.0"), "C": Decimal("1.3"),
                  "D": Decimal("1.6")}
DEFAULT_RATING = "C"  # a customer's rating when none is known (the model's default)


def _money_points(amount: Decimal) -> Decimal:
    return (amount / HUNDRED).sqrt() if amount > 0 else Decimal(0)


def score(overdue: Decimal, max_days: int, rating: str, broken_promises: int,
          over_limit: Decimal, promised_today: Decimal,
          limitation_at_risk: Decimal = Decimal(0)) -> Decimal:
    """The priority score (whole points, higher first) from yuan amounts, days and counts:

        rating factor × (√(overdue/100) × (1 + max_days/90) + 10 × broken_promises
                         + ½ √(over_limit/100) + [promised_today > 0] (20 + √(promised_today/100))
                         + [limitation_at_risk > 0] (30 + √(limitation_at_risk/100)))

    More of any ingredient never lowers it (a worse rating is more). All zero gives 0.
    The weights and why: the constants above."""
    points = _money_points(overdue) * (1 + Decimal(max(max_days, 0)) / AGE_DAYS)
    points += BROKEN_POINTS * max(broken_promises, 0)
    points += OVER_LIMIT_SHARE * _money_points(over_limit)
    if promised_today > 0:
        points += PROMISE_TODAY_POINTS + _money_points(promised_today)
    if limitation_at_risk > 0:
        points += LIMITATION_POINTS + _money_points(limitation_at_risk)
    factor = RATING_FACTORS.get(rating, RATING_FACTORS[DEFAULT_RATING])
    return (factor * points).quantize(Decimal(1), ROUND_HALF_UP)


# -- the reasons, in words -------------------------------------------------------------------

# One template per kind of reason (str.format, named fields: amount is money with ¥, days and
# count whole numbers). The UI declares the same words for translation.
REASON_WORDS = {
    "overdue": "逾期 {amount}，最长 {days} 天",
    "promise_today": "今日承诺回款 {amount}",
    "broken_promises": "近 90 天失约 {count} 次",
    "over_limit": "超出信用额度 {amount}",
    "limitation": "诉讼时效将于 {date} 届满",
    "rating_C": "评级 C",
    "rating_D": "评级 D",
}
# Ratings named as a reason: those that raise the score (factor above 1).
RATINGS_NAMED = ("C", "D")


@dataclass(frozen=True)
class Reason:
    kind: str                 # a key of REASON_WORDS
    amount: Decimal | None = None
    days: int | None = None
    count: int | None = None
    day: dt.date | None = None


def _iso(day: dt.date) -> str:
    return day.isoformat()


def _yuan(amount: Decimal) -> str:
    return f"¥{amount:,.2f}"


def describe(reason: Reason, words: dict[str, str] | None = None, money=_yuan,
             date_text=_iso) -> str:
    """A reason in words: its template (from `words`, default REASON_WORDS) filled with its
    amount formatted by `money` (default "¥82,000.00"), days, count and day formatted by
    `date_text` (default 2027-02-28)."""
    template = (words or REASON_WORDS)[reason.kind]
    amount = money(reason.amount) if reason.amount is not None else ""
    day = date_text(reason.day) if reason.day is not None else ""
    return template.format(amount=amount, days=reason.days, count=reason.count, date=day)


def reasons_text(row: PriorityRow, words: dict[str, str] | None = None, money=_yuan,
                 separator: str = "；", date_text=_iso) -> str:
    """All of a row's reasons in words, in order, joined by `separator`."""
    return separator.join(describe(reason, words, money, date_text) for reason in row.reasons)


@dataclass(frozen=True)
class PriorityRow:
    customer_id: int
    code: str
    name: str
    salesperson: str
    rating: str
    overdue: Decimal          # yuan owed on installments due before the day
    max_days: int             # days overdue of the oldest of them (0: nothing overdue)
    broken_promises: int      # last 90 days
    over_limit: Decimal       # yuan above the credit limit
    promised_today: Decimal   # yuan promised for the day and not yet paid
    score: Decimal
    reasons: tuple[Reason, ...]
    limitation_at_risk: Decimal = ZERO      # yuan owed whose limitation ends within the warning
    limitation_ends: dt.date | None = None  # the earliest such end


@dataclass(frozen=True)
class PriorityReport:
    as_of: dt.date
    rows: list[PriorityRow]   # best first: score, then overdue, then code
    salesperson: str = ""     # the filter asked for ("" = everyone)


def _reasons(overdue: Decimal, max_days: int, rating: str, broken: int,
             over_limit: Decimal, promised_today: Decimal, limitation_at_risk: Decimal = ZERO,
             limitation_ends: dt.date | None = None) -> tuple[Reason, ...]:
    found = []
    if overdue > 0:
        found.append(Reason("overdue", amount=overdue, days=max_days))
    if limitation_at_risk > 0:
        found.append(Reason("limitation", amount=limitation_at_risk, day=limitation_ends))
    if promised_today > 0:
        found.append(Reason("promise_today", amount=promised_today))
    if broken:
        found.append(Reason("broken_promises", count=broken))
    if over_limit > 0:
        found.append(Reason("over_limit", amount=over_limit))
    if rating in RATINGS_NAMED:
        found.append(Reason(f"rating_{rating}"))
    return tuple(found)


def _overdue(session: Session, as_of: dt.date, today: dt.date) -> dict[int, tuple]:
    """{customer id: (overdue yuan, earliest due date with something unpaid)} over the
    installments due before `as_of`, as they stood that day: today from the cached open
    installments (as the alerts), a past day from the cache and what moved since
    (balances.owed_parts: the same figures as installment_balances, reading only what is open
    and what happened after the day). Remainders are never negative, so a due date with a
    positive sum has an installment unpaid."""
    if as_of >= today:
        rows = open_installments_now(until=as_of - dt.timedelta(days=1)).subquery("late")
    else:
        rows = owed_parts(as_of, due_before=as_of).subquery("late")
    per_day = (select(rows.c.customer_id, rows.c.due_date,
                      func.sum(rows.c.remaining).label("left"))
               .group_by(rows.c.customer_id, rows.c.due_date)
               .having(func.sum(rows.c.remaining) > 0).subquery("per_day"))
    query = (select(per_day.c.customer_id, func.sum(per_day.c.left), func.min(per_day.c.due_date))
             .group_by(per_day.c.customer_id))
    return {cid: (fen_to_yuan(total), db_date(first))
            for cid, total, first in session.connection().execute(query)}


def _promises(session: Session, as_of: dt.date) -> tuple[dict[int, int], dict[int, Decimal]]:
    """({customer id: promises failed in the last 90 days}, {customer id: yuan still to come
    on promises due on the day})."""
    since = as_of - dt.timedelta(days=PROMISE_DAYS)
    broken: dict[int, int] = defaultdict(int)
    today: dict[int, Decimal] = defaultdict(lambda: ZERO)
    for view in promise_views(session, as_of, since=since):
        if view.promised_on < as_of and view.status in FAILED:
            broken[view.customer_id] += 1
        elif view.promised_on == as_of and view.status == "pending" and not view.replaced:
            today[view.customer_id] += view.shortfall
    return broken, today


def _limitation(session: Session, as_of: dt.date, today: dt.date) -> dict[int, tuple]:
    """{customer id: (yuan owed on installments whose limitation ends within the warning
    months, the earliest end)}: the limitation alert's rows, summed per customer."""
    found: dict[int, tuple] = {}
    for row in limitation_warnings(session, as_of, limitation_warn_months(session), today):
        amount, first = found.get(row.customer_id, (ZERO, row.ends_on))
        found[row.customer_id] = (amount + row.remaining, min(first, row.ends_on))
    return found


def priority_list(uow: UnitOfWork, as_of: dt.date | None = None, salesperson: str = "",
                  limit: int | None = None) -> PriorityReport:
    """The day's priority list as of a day (default today): one PriorityRow per customer with
    anything overdue, a promise broken in the last 90 days, an over-limit excess or a promise
    due that day, best first (score, then overdue amount, then code). `salesperson` keeps the
    customers of one salesperson (the customer's); `limit` keeps the first so many rows."""
    with uow:
        today = uow.clock.today()
        as_of = as_of or today
        session = uow.session
        overdue = _overdue(session, as_of, today)
        broken, promised = _promises(session, as_of)
        over = over_limit_excess(session, as_of, today)
        ending = _limitation(session, as_of, today)
        listed = set(overdue) | set(broken) | set(promised) | set(over) | set(ending)
        people = select(Customer.id, Customer.code, Customer.name, Customer.salesperson,
                        Customer.credit_rating)
        if salesperson:
            people = people.where(Customer.salesperson == salesperson)
        rows = []
        for cid, code, name, seller, rating in session.connection().execute(people):
            if cid not in listed:
                continue
            owed, first_due = overdue.get(cid, (ZERO, None))
            days = days_overdue(first_due, as_of) if first_due else 0
            figures = (owed, days, rating or DEFAULT_RATING, broken.get(cid, 0),
                       over.get(cid, ZERO), promised.get(cid, ZERO))
            at_risk, ends = ending.get(cid, (ZERO, None))
            rows.append(PriorityRow(cid, code, name, seller or "", figures[2], owed, days,
                                    figures[3], figures[4], figures[5],
                                    score(*figures, at_risk), _reasons(*figures, at_risk, ends),
                                    at_risk, ends))
    rows.sort(key=lambda r: (-r.score, -r.overdue, r.code))
    return PriorityReport(as_of, rows[:limit] if limit is not None else rows, salesperson)


# -- as a table, for export and print ----------------------------------------------------------

TITLE = "今日优先"
TITLES = ("排名", "编码", "客户", "业务员", "评级", "逾期金额", "最长逾期天数", "近90天失约",
          "超额度", "今日承诺", "时效将届满", "得分", "原因")
KINDS = (COUNT, TEXT, TEXT, TEXT, TEXT, MONEY, DAYS, COUNT, MONEY, MONEY, MONEY, COUNT, TEXT)
ABOUT = ("截至 {day}", "业务员：{salesperson}", "业务员：全部")


def priority_table(report: PriorityReport, titles: Sequence[str] | None = None,
                   title: str | None = None, about: Sequence[str] | None = None,
                   words: dict[str, str] | None = None, money=_yuan,
                   total_label: str = "合计", date_text=_iso) -> ReportTable:
    """The list as a ReportTable, rows in rank order (1 first), with every ingredient of the
    score (时效将届满: limitation_at_risk) so it can be checked from an export. `titles` (13,
    see TITLES),
    `title` and `about` (lines above the table) in the user's language default to Chinese:
    the as-of day and the salesperson filter. `words`/`money`/`date_text` word the reasons
    (describe).
    The totals row sums the money columns and the broken promises."""
    if about is None:
        who = (ABOUT[1].format(salesperson=report.salesperson) if report.salesperson
               else ABOUT[2])
        about = (ABOUT[0].format(day=report.as_of.isoformat()), who)
    columns = [Column(name, kind) for name, kind in zip(titles or TITLES, KINDS, strict=True)]
    rows = [(rank, r.code, r.name, r.salesperson, r.rating, r.overdue, r.max_days,
             r.broken_promises, r.over_limit, r.promised_today, r.limitation_at_risk,
             int(r.score),
             reasons_text(r, words, money, date_text=date_text))
            for rank, r in enumerate(report.rows, start=1)]

    def total(field: str) -> Decimal:
        return sum((getattr(r, field) for r in report.rows), ZERO)
    totals = (None, total_label, "", "", "", total("overdue"), None,
              sum(r.broken_promises for r in report.rows), total("over_limit"),
              total("promised_today"), total("limitation_at_risk"), None, "")
    return ReportTable(title or TITLE, columns, rows, about=tuple(about), totals=totals,
                       sheet_name=title or TITLE)
