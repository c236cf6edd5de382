"""Payment terms: templates kept with the company's settings, and the exact schedule from one."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from models import AppSetting
from services.admin import company
from services.admin.company import CompanyInfo
from services.collection.rules import RulesInput
from services.core.errors import EditConflict, ValidationError
from services.ledger import contracts, customers, terms
from services.ledger.contracts import InstallmentInput
from services.ledger.terms import (
    DEFAULT_TERMS,
    PaymentTerms,
    TermPart,
    TermsInput,
    find_terms,
    new_customer_terms,
    schedule_from_terms,
    split_total,
)
from tests.factories import audit_log, contract_input, customer_input, make_customer, open_session

D = dt.date


def _named(name: str) -> PaymentTerms:
    return find_terms(list(DEFAULT_TERMS), name)


def _schedule(name_or_terms, total, signed, delivery=None) -> list[tuple]:
    chosen = _named(name_or_terms) if isinstance(name_or_terms, str) else name_or_terms
    return [(i.due_date, i.amount, i.is_deposit)
            for i in schedule_from_terms(chosen, total, signed, delivery)]


def _save(ctx, templates: list[TermsInput], version: int | None = None) -> int:
    info = company.get_company(ctx.uow())
    return company.save_settings(ctx.uow(), CompanyInfo(company_name="某公司"), RulesInput(),
                                 info.version if version is None else version, templates)


# -- defaults and names ------------------------------------------------------------------------
def test_the_defaults_are_there_when_nothing_is_saved(ctx):
    saved = terms.get_terms(ctx.uow())
    assert [t.name for t in saved] == ["款到发货", "货到付款", "30 天账期", "60 天账期",
                                       "90 天账期", "月结 30 天", "月结 60 天", "30/70"]
    by_name = {t.name: t for t in saved}
    assert by_name["款到发货"].parts == (TermPart(Decimal(100), "signing", 0, True),)
    assert by_name["货到付款"].parts == (TermPart(Decimal(100), "delivery", 0, False),)
    assert by_name["90 天账期"].parts == (TermPart(Decimal(100), "delivery", 90, False),)
    assert by_name["月结 60 天"].parts == (TermPart(Decimal(100), "month_end", 60, False),)
    assert by_name["30/70"].parts == (TermPart(Decimal(30), "signing", 0, True),
                                      TermPart(Decimal(70), "delivery", 60, False))
    for template in saved:
        assert sum(p.percent for p in template.parts) == 100


@pytest.mark.parametrize("name, days", [("45 天账期", 45), ("45天账期", 45), (" ４５ 天账期 ", 45),
                                        ("0 天账期", 0), ("720 天账期", 720), ("Net 45", 45),
                                        ("net45", 45), ("NET 60 days", 60), ("Net 1 day", 1)])
def test_n_days_is_understood_without_a_template(name, days):
    found = find_terms([], name)
    assert found.parts == (TermPart(Decimal(100), "delivery", days, False),)
    assert _schedule(found, "100", D(2026, 1, 5), D(2026, 1, 10)) == [
        ((D(2026, 1, 10) + dt.timedelta(days=days)).isoformat(), "100.00", False)]


@pytest.mark.parametrize("name, reason", [("半年后再说", "unknown_terms"), ("721 天账期", "unknown_terms"),
                                          ("月结30天", "unknown_terms"), ("Net 721", "unknown_terms"),
                                          ("Net", "unknown_terms"), ("Net 30 weeks", "unknown_terms"), ("  ", "required")])
def test_an_unknown_term_name_is_refused(name, reason):
    with pytest.raises(ValidationError) as info:
        find_terms(list(DEFAULT_TERMS), name)
    assert (info.value.field, info.value.reason) == ("payment_terms", reason)
    if reason == "unknown_terms":
        assert info.value.params == {"name": name.strip()}


# -- amounts -----------------------------------------------------------------------------------
def test_the_rounding_remainder_goes_on_the_last_installment():
    thirds = [Decimal("33.33"), Decimal("33.33"), Decimal("33.34")]
    assert split_total(Decimal("100.00"), thirds) == [Decimal("33.33"), Decimal("33.33"),
                                                      Decimal("33.34")]
    assert split_total(Decimal("1.00"), thirds) == [Decimal("0.33"), Decimal("0.33"),
                                                    Decimal("0.34")]
    # 30 % of 1000.05 is 300.015: rounded half up to 300.02; the last takes 700.03.
    assert split_total(Decimal("1000.05"), [Decimal(30), Decimal(70)]) == [
        Decimal("300.02"), Decimal("700.03")]


@pytest.mark.parametrize("total", ["0.01", "0.03", "1.01", "99999.99", "123456789.87"])
@pytest.mark.parametrize("percents", [("33.33", "33.33", "33.34"), ("0.01", "99.99"),
                                      ("99.99", "0.01"), ("50", "49.99", "0.01"), ("100",)])
def test_the_split_always_adds_up_and_is_never_negative(total, percents):
    amounts = split_total(Decimal(total), [Decimal(p) for p in percents])
    assert sum(amounts) == Decimal(total)
    assert all(a >= 0 and a == a.quantize(Decimal("0.01")) for a in amounts)


def test_a_part_too_small_for_a_fen_is_left_out_of_the_schedule():
    tiny = PaymentTerms("x", (TermPart(Decimal(30), "signing", 0, True),
                              TermPart(Decimal(70), "delivery", 0)))
    assert _schedule(tiny, "0.01", D(2026, 1, 1), D(2026, 1, 2)) == [("2026-01-02", "0.01", False)]


# -- due dates ---------------------------------------------------------------------------------
def test_days_after_delivery_and_cash_on_delivery():
    assert _schedule("60 天账期", "500", D(2026, 1, 5), D(2026, 1, 20)) == [
        ("2026-03-21", "500.00", False)]
    assert _schedule("货到付款", "500", D(2026, 1, 5), D(2026, 1, 20)) == [
        ("2026-01-20", "500.00", False)]


def test_payment_before_delivery_is_a_deposit_due_at_signing():
    assert _schedule("款到发货", "8888.88", D(2026, 3, 2), D(2026, 3, 9)) == [
        ("2026-03-02", "8888.88", True)]


def test_30_70_has_a_deposit_at_signing_and_the_rest_60_days_after_delivery():
    assert _schedule("30/70", "10000.01", D(2026, 1, 10), D(2026, 1, 31)) == [
        ("2026-01-10", "3000.00", True), ("2026-04-01", "7000.01", False)]


@pytest.mark.parametrize("delivery, days, due", [
    (D(2026, 12, 5), 30, D(2027, 1, 30)),    # December's end + 30, into January
    (D(2026, 12, 31), 30, D(2027, 1, 30)),   # delivered on the last day itself
    (D(2027, 1, 15), 30, D(2027, 3, 2)),     # 31 January + 30 crosses February (28 days)
    (D(2027, 2, 10), 30, D(2027, 3, 30)),    # 28 February 2027 + 30
    (D(2028, 2, 10), 30, D(2028, 3, 30)),    # 29 February 2028 (leap year) + 30
    (D(2028, 2, 29), 60, D(2028, 4, 29)),
    (D(2026, 11, 30), 60, D(2027, 1, 29)),   # month end + 60 across December/January
])
def test_month_end_terms_count_from_the_last_day_of_the_delivery_month(delivery, days, due):
    name = f"月结 {days} 天"
    assert _schedule(name, "100", D(2026, 11, 1), delivery) == [(due.isoformat(), "100.00", False)]


def test_month_end_itself_in_february_and_december():
    assert terms.month_end(D(2028, 2, 1)) == D(2028, 2, 29)
    assert terms.month_end(D(2027, 2, 28)) == D(2027, 2, 28)
    assert terms.month_end(D(2026, 12, 1)) == D(2026, 12, 31)


def test_without_a_delivery_day_the_signing_day_stands_in():
    assert _schedule("30/70", "100", D(2026, 1, 10), None) == [
        ("2026-01-10", "30.00", True), ("2026-03-11", "70.00", False)]
    assert _schedule("月结 30 天", "100", D(2026, 1, 10), None) == [("2026-03-02", "100.00", False)]


def test_a_schedule_from_terms_is_accepted_by_create_contract(ctx):
    customer_id = make_customer(ctx, "C001")
    data = contract_input(customer_id, lines=[("3", "333.33")], status="confirmed",
                          signed_on="2026-11-02", delivery_on="2026-11-20")
    data.installments = schedule_from_terms(_named("30/70"), "999.99", D(2026, 11, 2),
                                            D(2026, 11, 20))
    contract_id, _ = contracts.create_contract(ctx.uow(), data)
    saved = contracts.get_contract(ctx.uow(), contract_id).installments
    assert [(i.due_date, i.amount, i.is_deposit) for i in saved] == [
        (D(2026, 11, 2), Decimal("300.00"), True), (D(2027, 1, 19), Decimal("699.99"), False)]


# -- the templates as text ---------------------------------------------------------------------
def test_parts_read_as_a_clerk_types_them():
    assert terms.parse_parts("30%定金@签订+0; 70%@发货+60", "f") == (
        TermPart(Decimal(30), "signing", 0, True), TermPart(Decimal(70), "delivery", 60))
    assert terms.parse_parts("３０％预付款＠签约＋３；７０％＠月底＋３０天", "f") == (
        TermPart(Decimal(30), "signing", 3, True), TermPart(Decimal(70), "month_end", 30))
    assert terms.parse_parts("50% deposit @ signing + 7\n50% @ Month-End + 30 days", "f") == (
        TermPart(Decimal(50), "signing", 7, True), TermPart(Decimal(50), "month_end", 30))
    assert terms.parse_parts("100%@发货", "f") == (TermPart(Decimal(100), "delivery", 0),)
    for template in DEFAULT_TERMS:  # what is written reads back the same
        assert terms.parse_parts(terms.format_parts(template.parts), "f") == template.parts
    assert terms.format_parts(_named("30/70").parts) == "30%定金@签订+0; 70%@发货+60"


@pytest.mark.parametrize("text, reason", [
    ("", "required"),
    ("30%@发货+60; 60%@发货+90", "terms_percent"),
    ("30%@发货; 80%@月末+30", "terms_percent"),
    ("33.333%@发货; 66.667%@发货", "too_precise"),
    ("0%@签订; 100%@发货", "not_positive"),
    ("30%@明天+1; 70%@发货", "terms_syntax"),
    ("30%尾款@签订; 70%@发货", "terms_syntax"),
    ("30 发货 60", "terms_syntax"),
    ("100%@发货+721", "out_of_range"),
    ("30%定金@发货+5; 70%@发货+60", "deposit_at_signing"),
    (";".join(["5%@发货"] * 20), "out_of_range"),
])
def test_parts_that_do_not_read_are_refused(text, reason):
    with pytest.raises(ValidationError) as info:
        terms.parse_parts(text, "f", "某模板")
    assert (info.value.field, info.value.reason) == ("f", reason)


def test_percentages_not_adding_up_are_refused_naming_the_template(ctx):
    before = terms.get_terms(ctx.uow())
    with pytest.raises(ValidationError) as info:
        _save(ctx, [TermsInput("款到发货", "100%定金@签订"),
                    TermsInput("40/50", "40%定金@签订+0; 50%@发货+30")])
    error = info.value
    assert (error.field, error.reason) == ("payment_terms.2.parts", "terms_percent")
    assert error.params == {"percent": "90", "name": "40/50"}
    assert "40/50" in str(error) and "90%" in str(error)
    assert terms.get_terms(ctx.uow()) == before  # nothing saved


@pytest.mark.parametrize("items, field, reason", [
    ([], "payment_terms", "required"),
    ([TermsInput("", "100%@发货")], "payment_terms.1.name", "required"),
    ([TermsInput("甲", "100%@发货"), TermsInput("甲", "100%@发货+30")], "payment_terms.2.name",
     "duplicate"),
    ([TermsInput("名" * 61, "100%@发货")], "payment_terms.1.name", "too_long"),
    ([TermsInput("甲", "100%@发货+天")], "payment_terms.1.parts", "terms_syntax"),
])
def test_bad_templates_are_refused_naming_the_row(ctx, items, field, reason):
    with pytest.raises(ValidationError) as info:
        _save(ctx, items)
    assert (info.value.field, info.value.reason) == (field, reason)


# -- saved templates -------------------------------------------------------------------------
def test_saved_templates_round_trip_in_one_settings_save(ctx):
    version = _save(ctx, [TermsInput("月结 45 天", "100%@月末+45"),
                          TermsInput("三期", "33.33%@发货; 33.33%@发货+30; 33.34%@发货+60"),
                          TermsInput("定金两成", "20%定金@签订+3; 80%@发货+30")])
    saved = terms.get_terms(ctx.uow())
    assert [t.name for t in saved] == ["月结 45 天", "三期", "定金两成"]
    assert saved[1].parts[2] == TermPart(Decimal("33.34"), "delivery", 60)
    assert saved[2].parts[0] == TermPart(Decimal(20), "signing", 3, True)
    assert terms.terms_inputs(saved)[2] == TermsInput("定金两成", "20%定金@签订+3; 80%@发货+30")
    assert company.get_company(ctx.uow()).version == version
    assert _schedule(saved[1], "100", D(2026, 1, 1), D(2026, 1, 10)) == [
        ("2026-01-10", "33.33", False), ("2026-02-09", "33.33", False),
        ("2026-03-11", "33.34", False)]
    entry = audit_log(ctx, "settings")[-1]
    assert "定金两成" in entry["detail"]["payment_terms"]
    # A save without templates keeps them as they are.
    company.save_settings(ctx.uow(), CompanyInfo(company_name="某公司"), RulesInput(), version)
    assert terms.get_terms(ctx.uow()) == saved


def test_the_version_check_covers_the_templates(ctx):
    version = company.get_company(ctx.uow()).version
    _save(ctx, [TermsInput("甲", "100%@发货+10")], version)
    with pytest.raises(EditConflict):
        _save(ctx, [TermsInput("乙", "100%@发货+20")], version)
    assert [t.name for t in terms.get_terms(ctx.uow())] == ["甲"]


def test_a_stored_value_that_does_not_read_falls_back_to_the_defaults(ctx):
    with open_session(ctx) as session:
        session.add(AppSetting(key=terms.TERMS_KEY, value="[{not json"))
        session.commit()
    assert terms.get_terms(ctx.uow()) == list(DEFAULT_TERMS)


# -- customers' default terms ----------------------------------------------------------------
def test_a_customer_has_a_default_term_from_the_templates(ctx):
    customer_id = customers.create_customer(ctx.uow(), customer_input("C001",
                                                                      payment_terms="30/70"))
    assert customers.get_customer(ctx.uow(), customer_id).data.payment_terms == "30/70"
    [choice] = customers.customer_choices(ctx.uow())
    assert choice.payment_terms == "30/70"
    [row] = customers.customer_rows(ctx.uow(), [customer_id])
    assert row.payment_terms == "30/70"
    # "N 天账期" needs no template; no term at all is allowed too.
    other = customers.create_customer(ctx.uow(), customer_input("C002",
                                                                payment_terms="45 天账期"))
    customers.update_customer(ctx.uow(), other, customer_input("C002", payment_terms=""))
    assert customers.get_customer(ctx.uow(), other).data.payment_terms == ""


def test_a_customer_term_must_name_a_saved_template(ctx):
    _save(ctx, [TermsInput("季结", "100%@月末+90")])
    with pytest.raises(ValidationError) as info:
        customers.create_customer(ctx.uow(), customer_input("C001", payment_terms="30/70"))
    assert (info.value.field, info.value.reason) == ("payment_terms", "unknown_terms")
    customers.create_customer(ctx.uow(), customer_input("C001", payment_terms="季结"))


def test_a_template_customers_use_cannot_be_removed_or_renamed(ctx):
    make_customer(ctx, "C001", payment_terms="月结 30 天")
    make_customer(ctx, "C002", payment_terms="月结 30 天")
    make_customer(ctx, "C003", payment_terms="45 天账期")
    with pytest.raises(ValidationError) as info:
        _save(ctx, [TermsInput("月结三十天", "100%@月末+30")])
    assert (info.value.field, info.value.reason) == ("payment_terms", "terms_in_use")
    assert info.value.params == {"name": "月结 30 天", "count": 2}
    # Keeping it (and dropping every template nobody uses) is fine; "45 天账期" needs none.
    _save(ctx, [TermsInput("月结 30 天", "100%@月末+30")])
    assert [t.name for t in terms.get_terms(ctx.uow())] == ["月结 30 天"]


# -- a delivery that slipped -------------------------------------------------------------------
def test_delivery_slip_days():
    assert contracts.delivery_slip_days(D(2026, 11, 10), D(2026, 11, 17)) == 7
    assert contracts.delivery_slip_days(D(2026, 11, 10), D(2026, 11, 8)) == 0
    assert contracts.delivery_slip_days(None, D(2026, 11, 8)) == 0
    assert contracts.delivery_slip_days(D(2026, 11, 10), None) == 0


def test_shifting_moves_every_installment_but_the_deposits():
    schedule = [InstallmentInput("2026-11-02", "300.00", 7, True),
                InstallmentInput("2027-01-09", "400.00", 8),
                InstallmentInput("2027-02-28", "300.00", None)]
    shifted = contracts.shift_due_dates(schedule, 7)
    assert [(i.due_date, i.amount, i.id, i.is_deposit) for i in shifted] == [
        ("2026-11-02", "300.00", 7, True), ("2027-01-16", "400.00", 8, False),
        ("2027-03-07", "300.00", None, False)]
    assert schedule[1].due_date == "2027-01-09"  # the input is left as it was
    with pytest.raises(ValidationError) as info:
        contracts.shift_due_dates([InstallmentInput("2026-11-02", "1"),
                                   InstallmentInput("明年", "1")], 3)
    assert info.value.field == "installments.2.due_date"


@pytest.mark.parametrize("templates, expected", [
    (list(DEFAULT_TERMS), "30 天账期"),
    ([PaymentTerms("Prepaid", (TermPart(Decimal(100), "signing", 0, True),)),
      PaymentTerms("Net 30", (TermPart(Decimal(100), "delivery", 30, False),))], "Net 30"),
    ([PaymentTerms("Prepaid", (TermPart(Decimal(100), "signing", 0, True),))], "30 天账期"),
])
def test_a_new_customer_starts_with_the_companys_30_day_term(templates, expected):
    assert new_customer_terms(templates) == expected
