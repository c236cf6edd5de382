"""The collection rules staff may tune: alert window, credit-hold grace days, follow-up
intervals by rating, the late fee offered on new contracts, the aging report's buckets. Stored with the company's data so
every PC chases the same way; this module is their one reader and one writer."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import pairwise

from sqlalchemy.orm import Session

from models.customer import CREDIT_RATINGS
from services.core.errors import ValidationError
from services.core.parsing import parse_int
from services.core.settings import bump_settings_version, get_setting, set_setting
from services.core.uow import UnitOfWork
from services.ledger.contracts import parse_late_fee_percent

ALERT_DAYS_KEY = "alert_days"
GRACE_DAYS_KEY = "credit_grace_days"
INTERVAL_KEY = "follow_up_days_{rating}"
LATE_FEE_KEY = "late_fee_default_percent"
AGING_EDGES_KEY = "aging_edges"
DUNNING_DAYS_KEY = "dunning_days_{level}"
REMINDER_ON_KEY = "dunning_reminder_on"
LIMITATION_WARN_KEY = "limitation_warn_months"

# Seed 001: chasing starts 5 days before the due date.
DEFAULT_ALERT_DAYS = 5
DEFAULT_GRACE_DAYS = 0
# Days between follow-ups by credit rating: the worse the rating, the closer the watch.
DEFAULT_INTERVALS = {"A": 14, "B": 7, "C": 3, "D": 1}
LIMITS = {ALERT_DAYS_KEY: (0, 60), GRACE_DAYS_KEY: (0, 365), INTERVAL_KEY: (1, 365)}
# The aging report's buckets (应收账龄): the last day of each aged bucket, in days past due;
# 未到期 comes before the first and "365 以上" after the last. The usual Chinese aging
# columns (1–30, 31–60, 61–90, 91–180, 181–365 days, over a year).
DEFAULT_AGING_EDGES = (30, 60, 90, 180, 365)
AGING_EDGE_MAX = 3650   # ten years
AGING_EDGES_MOST = 8    # columns beyond 未到期 and the last stay readable on a landscape page
# Dunning letters (催款函) by level: the days past due from which each level is due. Level 1
# (付款提醒) goes out within the alert window before the due date and may be switched off;
# 2 催款通知 from 1 day overdue, 3 逾期警告函 from 30 days, 4 律师函 (draft, a manager issues
# it) from 90 days — the seeds' escalation (reminder, warning with supply limited, lawyer).
DUNNING_LEVELS = (1, 2, 3, 4)
DEFAULT_DUNNING_DAYS = {2: 1, 3: 30, 4: 90}
DUNNING_DAYS_LIMITS = (1, 3650)
# Warn this many months before an installment's limitation period (诉讼时效, 3 years under
# 民法典 art. 188) ends.
DEFAULT_LIMITATION_WARN_MONTHS = 6
LIMITATION_WARN_LIMITS = (1, 35)


def bucket_labels(edges: tuple[int, ...] = DEFAULT_AGING_EDGES) -> list[str]:
    """Column titles in Chinese: 未到期, 1–30, 31–60, …, 365 以上."""
    labels, low = ["未到期"], 1
    for edge in edges:
        labels.append(f"{low}–{edge}")
        low = edge + 1
    return labels + [f"{edges[-1]} 以上"]


def bucket_of(days: int, edges: tuple[int, ...] = DEFAULT_AGING_EDGES) -> int:
    """The column of an amount `days` old (≤ 0: 0, 未到期)."""
    if days <= 0:
        return 0
    for index, edge in enumerate(edges, start=1):
        if days <= edge:
            return index
    return len(edges) + 1


@dataclass(frozen=True)
class CollectionRules:
    alert_days: int = DEFAULT_ALERT_DAYS
    grace_days: int = DEFAULT_GRACE_DAYS
    follow_up_days: dict[str, int] = field(default_factory=lambda: dict(DEFAULT_INTERVALS))
    late_fee_percent: str = ""  # per day, offered on new contracts ("0.05" = 万分之五); "" none
    aging_edges: tuple[int, ...] = DEFAULT_AGING_EDGES
    # days overdue from which levels 2, 3 and 4 are due (rising)
    dunning_days: dict[int, int] = field(default_factory=lambda: dict(DEFAULT_DUNNING_DAYS))
    reminder_on: bool = True  # level 1, before the due date
    limitation_warn_months: int = DEFAULT_LIMITATION_WARN_MONTHS


def _stored_int(session: Session, key: str, default: int, limits: tuple[int, int]) -> int:
    """A stored whole number within its limits; anything else falls back to the default."""
    text = get_setting(session, key).strip()
    low, high = limits
    return int(text) if text.isdigit() and low <= int(text) <= high else default


def alert_days(session: Session) -> int:
    """How many days before the due date an installment shows as due soon."""
    return _stored_int(session, ALERT_DAYS_KEY, DEFAULT_ALERT_DAYS, LIMITS[ALERT_DAYS_KEY])


def grace_days(session: Session) -> int:
    """Days past due the credit hold tolerates before it holds new supply."""
    return _stored_int(session, GRACE_DAYS_KEY, DEFAULT_GRACE_DAYS, LIMITS[GRACE_DAYS_KEY])


def follow_up_intervals(session: Session) -> dict[str, int]:
    """Days between follow-ups per credit rating."""
    return {rating: _stored_int(session, INTERVAL_KEY.format(rating=rating), default,
                                LIMITS[INTERVAL_KEY])
            for rating, default in DEFAULT_INTERVALS.items()}


def check_edges(edges) -> tuple[int, ...]:
    """Aging bucket edges as whole days rising strictly from 1 up to AGING_EDGE_MAX, at most
    AGING_EDGES_MOST of them. ValidationError("aging_edges", "not_rising") otherwise."""
    try:
        edges = tuple(int(e) for e in edges)
    except (TypeError, ValueError):
        raise ValidationError("aging_edges", "not_rising") from None
    if (not edges or len(edges) > AGING_EDGES_MOST or edges[0] < 1 or edges[-1] > AGING_EDGE_MAX
            or any(b <= a for a, b in pairwise(edges))):
        raise ValidationError("aging_edges", "not_rising")
    return edges


def parse_edges(text: str) -> tuple[int, ...]:
    """Edges as typed ("30, 60, 90, 180, 365"; commas, 、, ， or spaces between) checked by
    check_edges; blank gives the defaults."""
    words = [w for w in re.split(r"[\s,，、;；]+", text.strip()) if w]
    if not words:
        return DEFAULT_AGING_EDGES
    return check_edges(parse_int(w, AGING_EDGES_KEY, 1, AGING_EDGE_MAX) for w in words)


def aging_edges(session: Session) -> tuple[int, ...]:
    """The aging buckets as saved (the defaults if never saved or unreadable)."""
    try:
        return parse_edges(get_setting(session, AGING_EDGES_KEY))
    except ValidationError:
        return DEFAULT_AGING_EDGES


def edges_text(edges: tuple[int, ...]) -> str:
    return ", ".join(str(e) for e in edges)


def dunning_days(session: Session) -> dict[int, int]:
    """{level: days overdue from which it is due} for levels 2–4 as saved; the defaults when
    any is unreadable or they do not rise."""
    days = {level: _stored_int(session, DUNNING_DAYS_KEY.format(level=level), default,
                               DUNNING_DAYS_LIMITS)
            for level, default in DEFAULT_DUNNING_DAYS.items()}
    return days if days[2] < days[3] < days[4] else dict(DEFAULT_DUNNING_DAYS)


def reminder_on(session: Session) -> bool:
    """Whether level 1 (付款提醒, before the due date) is sent."""
    return get_setting(session, REMINDER_ON_KEY).strip() != "0"


def limitation_warn_months(session: Session) -> int:
    """Months before the limitation end from which an installment is warned about."""
    return _stored_int(session, LIMITATION_WARN_KEY, DEFAULT_LIMITATION_WARN_MONTHS,
                       LIMITATION_WARN_LIMITS)


def read_rules(session: Session) -> CollectionRules:
    """The collection rules as saved, inside the caller's unit of work."""
    return CollectionRules(alert_days(session), grace_days(session),
                           follow_up_intervals(session), get_setting(session, LATE_FEE_KEY),
                           aging_edges(session), dunning_days(session), reminder_on(session),
                           limitation_warn_months(session))


def get_rules(uow: UnitOfWork) -> CollectionRules:
    """The collection rules as saved (defaults for any never saved)."""
    with uow:
        return read_rules(uow.session)


@dataclass
class RulesInput:
    """What the settings dialog hands in: text as typed. `follow_up_days` may name some
    ratings only; the others keep their interval."""

    alert_days: str = str(DEFAULT_ALERT_DAYS)
    grace_days: str = str(DEFAULT_GRACE_DAYS)
    follow_up_days: dict[str, str] = field(default_factory=dict)
    late_fee_percent: str = ""
    aging_edges: str = edges_text(DEFAULT_AGING_EDGES)
    dunning_days: dict[int, str] = field(default_factory=dict)  # level 2–4 -> days as typed
    reminder_on: bool = True
    limitation_warn_months: str = str(DEFAULT_LIMITATION_WARN_MONTHS)


def validated_rules(data: RulesInput) -> dict[str, str]:
    """{setting key: value to store}, each checked: ValidationError with the setting's key as
    the field (alert days 0–60, grace days 0–365, intervals 1–365 days for a known rating, the
    late fee as contracts take it, aging edges rising from 1 day: parse_edges)."""
    values = {ALERT_DAYS_KEY: parse_int(data.alert_days, ALERT_DAYS_KEY, *LIMITS[ALERT_DAYS_KEY]),
              GRACE_DAYS_KEY: parse_int(data.grace_days, GRACE_DAYS_KEY, *LIMITS[GRACE_DAYS_KEY])}
    for rating, text in data.follow_up_days.items():
        key = INTERVAL_KEY.format(rating=rating)
        if rating not in CREDIT_RATINGS:
            raise ValidationError(key, "not_allowed")
        values[key] = parse_int(text, key, *LIMITS[INTERVAL_KEY])
    late_fee = parse_late_fee_percent(data.late_fee_percent)
    values[LATE_FEE_KEY] = "" if late_fee is None else _plain(late_fee)
    values[AGING_EDGES_KEY] = edges_text(parse_edges(data.aging_edges))
    if data.dunning_days:
        days = dict(DEFAULT_DUNNING_DAYS)
        for level, text in data.dunning_days.items():
            key = DUNNING_DAYS_KEY.format(level=level)
            if level not in DEFAULT_DUNNING_DAYS:
                raise ValidationError(key, "not_allowed")
            days[level] = parse_int(text, key, *DUNNING_DAYS_LIMITS)
        for low, high in pairwise(sorted(days)):
            if days[high] <= days[low]:
                raise ValidationError(DUNNING_DAYS_KEY.format(level=high), "not_rising")
        values.update({DUNNING_DAYS_KEY.format(level=lv): d for lv, d in days.items()})
    values[REMINDER_ON_KEY] = "1" if data.reminder_on else "0"
    values[LIMITATION_WARN_KEY] = parse_int(data.limitation_warn_months, LIMITATION_WARN_KEY,
                                            *LIMITATION_WARN_LIMITS)
    return {key: str(value) for key, value in values.items()}


def store_rules(session: Session, values: dict[str, str]) -> None:
    """Write checked values (validated_rules) inside the caller's writing unit of work."""
    for key, value in values.items():
        set_setting(session, key, value)


def save_rules(uow: UnitOfWork, data: RulesInput) -> None:
    """Check and save the collection rules alone (the settings dialog saves them with the
    company's details: services.admin.company.save_settings). Nothing saved on a bad value."""
    values = validated_rules(data)
    with uow.writing():
        store_rules(uow.session, values)
        bump_settings_version(uow.session)
        uow.audit("update", "settings", None, values)
        uow.commit()


def _plain(number: Decimal) -> str:
    return format(number.normalize(), "f")
