"""The collection rules staff may tune: alert window, credit-hold grace days, follow-up
intervals by rating. Stored with the company's data so every PC chases the same way."""
from __future__ import annotations

from dataclasses import dataclass, field

from services.collection.alerts import ALERT_DAYS_KEY, alert_days
from services.collection.credit import GRACE_DAYS_KEY, grace_days
from services.collection.follow_ups import INTERVAL_KEY, follow_up_intervals
from services.core.parsing import parse_decimal, parse_int
from services.core.settings import get_setting, set_setting
from services.core.uow import UnitOfWork


@dataclass(frozen=True)
class CollectionRules:
    alert_days: int = 5
    grace_days: int = 0
    follow_up_days: dict[str, int] = field(default_factory=lambda: {
        "A": 14, "B": 7, "C": 3, "D": 1})
    late_fee_percent: str = ""  # per day, offered on new contracts ("0.05" = 万分之五); "" none


LATE_FEE_KEY = "late_fee_default_percent"


def get_rules(uow: UnitOfWork) -> CollectionRules:
    with uow:
        return CollectionRules(alert_days(uow.session), grace_days(uow.session),
                               follow_up_intervals(uow.session),
                               get_setting(uow.session, LATE_FEE_KEY))


def save_rules(uow: UnitOfWork, alert_days_text: str, grace_days_text: str,
               follow_up_texts: dict[str, str], late_fee_text: str = "") -> None:
    """Text as typed; each value checked and named in the error (nothing saved on a bad one)."""
    values = {ALERT_DAYS_KEY: parse_int(alert_days_text, ALERT_DAYS_KEY, 0, 60),
              GRACE_DAYS_KEY: parse_int(grace_days_text, GRACE_DAYS_KEY, 0, 365)}
    for rating, text in follow_up_texts.items():
        key = INTERVAL_KEY.format(rating=rating)
        values[key] = parse_int(text, key, 1, 365)
    late_fee = parse_decimal(late_fee_text, "late_fee_percent", 4, required=False)
    if late_fee is not None and late_fee > 1:
        from services.core.errors import ValidationError

        raise ValidationError("late_fee_percent", "out_of_range", low=0, high=1)
    values[LATE_FEE_KEY] = "" if not late_fee else format(late_fee.normalize(), "f")
    with uow:
        for key, value in values.items():
            set_setting(uow.session, key, str(value))
        uow.audit("update", "settings", None, values)
        uow.commit()
