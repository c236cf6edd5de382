"""The tunable collection rules: saved together, refused field by field."""
from __future__ import annotations

import pytest

from services.collection import rules
from services.core.errors import ValidationError


def test_rules_have_the_issue_defaults(ctx):
    current = rules.get_rules(ctx.uow())
    assert (current.alert_days, current.grace_days, current.follow_up_days) == (
        5, 0, {"A": 14, "B": 7, "C": 3, "D": 1})


def test_saved_rules_are_read_back(ctx):
    rules.save_rules(ctx.uow(), "7", "3", {"A": "30", "B": "10", "C": "5", "D": "2"})
    current = rules.get_rules(ctx.uow())
    assert (current.alert_days, current.grace_days, current.follow_up_days) == (
        7, 3, {"A": 30, "B": 10, "C": 5, "D": 2})


@pytest.mark.parametrize("alert, grace, d, field", [
    ("x", "0", "1", "alert_days"), ("5", "-1", "1", "credit_grace_days"),
    ("5", "0", "0", "follow_up_days_D")])
def test_bad_rule_is_refused_by_name_and_nothing_saved(ctx, alert, grace, d, field):
    with pytest.raises(ValidationError) as error:
        rules.save_rules(ctx.uow(), alert, grace, {"A": "14", "D": d})
    assert error.value.field == field
    assert rules.get_rules(ctx.uow()) == rules.CollectionRules()


def test_default_late_fee_is_kept_exactly_and_refused_above_one_percent(ctx):
    rules.save_rules(ctx.uow(), "5", "0", {}, "0.050")
    assert rules.get_rules(ctx.uow()).late_fee_percent == "0.05"
    with pytest.raises(ValidationError) as error:
        rules.save_rules(ctx.uow(), "5", "0", {}, "1.5")
    assert (error.value.field, error.value.reason) == ("late_fee_percent", "out_of_range")
