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
    rules.save_rules(ctx.uow(), rules.RulesInput("7", "3", {"A": "30", "B": "10", "C": "5", "D": "2"}))
    current = rules.get_rules(ctx.uow())
    assert (current.alert_days, current.grace_days, current.follow_up_days) == (
        7, 3, {"A": 30, "B": 10, "C": 5, "D": 2})


@pytest.mark.parametrize("alert, grace, d, field", [
    ("x", "0", "1", "alert_days"), ("5", "-1", "1", "credit_grace_days"),
    ("5", "0", "0", "follow_up_days_D")])
def test_bad_rule_is_refused_by_name_and_nothing_saved(ctx, alert, grace, d, field):
    with pytest.raises(ValidationError) as error:
        rules.save_rules(ctx.uow(), rules.RulesInput(alert, grace, {"A": "14", "D": d}))
    assert error.value.field == field
    assert rules.get_rules(ctx.uow()) == rules.CollectionRules()


def test_default_late_fee_is_kept_exactly_and_refused_above_one_percent(ctx):
    rules.save_rules(ctx.uow(), rules.RulesInput("5", "0", {}, "0.050"))
    assert rules.get_rules(ctx.uow()).late_fee_percent == "0.05"
    with pytest.raises(ValidationError) as error:
        rules.save_rules(ctx.uow(), rules.RulesInput("5", "0", {}, "1.5"))
    assert (error.value.field, error.value.reason) == ("late_fee_percent", "out_of_range")


def test_aging_edges_default_to_the_usual_columns_and_are_read_back():
    assert rules.CollectionRules().aging_edges == (30, 60, 90, 180, 365)
    assert rules.parse_edges(" 15，45、 90 ;120 ") == (15, 45, 90, 120)
    assert rules.parse_edges("３０, ６０") == (30, 60)  # full-width digits are digits
    assert rules.parse_edges("") == (30, 60, 90, 180, 365)


def test_saved_aging_edges_are_read_back(ctx):
    rules.save_rules(ctx.uow(), rules.RulesInput("5", "0", {}, "", "7, 30, 90"))
    assert rules.get_rules(ctx.uow()).aging_edges == (7, 30, 90)


@pytest.mark.parametrize("typed", [
    "30, 30, 60", "60, 30", "0, 30", "-5, 30", "30, x", "1.5, 30", "30, 3651",
    "1, 2, 3, 4, 5, 6, 7, 8, 9", "30 60 9e2"])
def test_bad_aging_edges_are_refused_by_name_and_nothing_saved(ctx, typed):
    with pytest.raises(ValidationError) as error:
        rules.save_rules(ctx.uow(), rules.RulesInput("9", "0", {}, "", typed))
    assert error.value.field == "aging_edges"
    assert rules.get_rules(ctx.uow()) == rules.CollectionRules()


def test_unreadable_stored_edges_fall_back_to_the_defaults(ctx):
    from services.core.settings import set_setting

    with ctx.uow().writing() as uow:
        set_setting(uow.session, rules.AGING_EDGES_KEY, "90, 30")
        uow.commit()
    assert rules.get_rules(ctx.uow()).aging_edges == rules.DEFAULT_AGING_EDGES


# -- the settings dialog's save: company and rules together ---------------------------------

def test_settings_save_is_one_transaction_nothing_half_saved(ctx):
    from services.admin import company

    good_rules = rules.RulesInput("9", "2", {"A": "20"})
    with pytest.raises(ValidationError) as error:  # the company block is refused…
        company.save_settings(ctx.uow(), company.CompanyInfo(company_name="甲", branch_code="北京"),
                              good_rules)
    assert error.value.field == "branch_code"
    assert rules.get_rules(ctx.uow()) == rules.CollectionRules()  # …so no rule was written
    company.save_settings(ctx.uow(), company.CompanyInfo(company_name="甲", branch_code="bj"),
                          good_rules)
    saved = company.get_company(ctx.uow())
    assert (saved.company_name, saved.branch_code, saved.version) == ("甲", "BJ", 1)
    assert (rules.get_rules(ctx.uow()).alert_days, rules.get_rules(ctx.uow()).grace_days) == (9, 2)


def test_settings_saved_over_someone_elses_save_are_refused(ctx, clock):
    from services.admin import company
    from services.core.errors import EditConflict

    opened_by_a = company.get_company(ctx.uow())
    opened_by_b = company.get_company(ctx.uow())
    ctx.operator = "王会计"
    company.save_settings(ctx.uow(), company.CompanyInfo(company_name="甲公司"),
                          rules.RulesInput("7"), opened_by_a.version)
    ctx.operator = "李出纳"
    with pytest.raises(EditConflict) as conflict:
        company.save_settings(ctx.uow(), company.CompanyInfo(company_name="乙公司"),
                              rules.RulesInput("3"), opened_by_b.version)
    assert (conflict.value.operator, conflict.value.at) == ("王会计", clock.now())
    assert (company.get_company(ctx.uow()).company_name, rules.get_rules(ctx.uow()).alert_days) == (
        "甲公司", 7)


def test_dunning_levels_and_limitation_warning_default_and_save(ctx):
    current = rules.get_rules(ctx.uow())
    assert (current.dunning_days, current.reminder_on, current.limitation_warn_months) == (
        {2: 1, 3: 30, 4: 90}, True, 6)
    rules.save_rules(ctx.uow(), rules.RulesInput(
        "5", "0", {}, "", "", {2: "3", 3: "45", 4: "120"}, False, "3"))
    current = rules.get_rules(ctx.uow())
    assert (current.dunning_days, current.reminder_on, current.limitation_warn_months) == (
        {2: 3, 3: 45, 4: 120}, False, 3)


@pytest.mark.parametrize("days, months, field", [
    ({2: "30", 3: "30"}, "6", "dunning_days_3"), ({4: "20"}, "6", "dunning_days_4"),
    ({2: "0"}, "6", "dunning_days_2"), ({}, "36", "limitation_warn_months")])
def test_bad_dunning_days_or_warning_refused_by_name(ctx, days, months, field):
    with pytest.raises(ValidationError) as error:
        rules.save_rules(ctx.uow(), rules.RulesInput("5", "0", {}, "", "", days, True, months))
    assert error.value.field == field
    assert rules.get_rules(ctx.uow()) == rules.CollectionRules()
