"""No goods leave before the customer signed the price confirmation (a switchable rule)."""
from __future__ import annotations

from decimal import Decimal

import pytest

from models import Contract
from services.admin import company
from services.admin.company import CompanyInfo
from services.core.errors import ValidationError
from services.ledger import contracts
from tests.factories import contract_input, count_rows, make_contract, make_customer


def _deliver(ctx, contract_id, **changes):
    data = contracts.get_contract(ctx.uow(), contract_id).as_input()
    data.status = "delivered"
    for key, value in changes.items():
        setattr(data, key, value)
    contracts.update_contract(ctx.uow(), contract_id, data)


def test_marking_delivered_without_signed_price_confirmation_is_refused(ctx):
    contract_id, _ = make_contract(ctx, make_customer(ctx, "C001"), status="confirmed")
    with pytest.raises(ValidationError) as error:
        _deliver(ctx, contract_id)
    assert (error.value.field, error.value.reason) == (
        "price_confirmation_signed_on", "required_before_delivery")
    assert contracts.get_contract(ctx.uow(), contract_id).status == "confirmed"


def test_creating_a_delivered_contract_without_it_is_refused(ctx):
    data = contract_input(make_customer(ctx, "C001"), status="delivered",
                          price_confirmation_signed_on="")
    with pytest.raises(ValidationError):
        contracts.create_contract(ctx.uow(), data)
    assert count_rows(ctx, Contract) == 0


def test_with_the_signed_date_recorded_delivery_goes_through(ctx):
    contract_id, _ = make_contract(ctx, make_customer(ctx, "C001"), status="confirmed")
    _deliver(ctx, contract_id, price_confirmation_signed_on="2026-01-12")
    assert contracts.get_contract(ctx.uow(), contract_id).status == "delivered"


def test_rule_switched_off_in_settings_lets_delivery_through(ctx):
    company.save_company(ctx.uow(), CompanyInfo(price_confirmation_before_delivery=False))
    contract_id, _ = make_contract(ctx, make_customer(ctx, "C001"), status="confirmed")
    _deliver(ctx, contract_id)
    assert contracts.get_contract(ctx.uow(), contract_id).status == "delivered"


def test_editing_an_already_delivered_contract_is_not_blocked(ctx):
    company.save_company(ctx.uow(), CompanyInfo(price_confirmation_before_delivery=False))
    contract_id, _ = make_contract(ctx, make_customer(ctx, "C001"), status="confirmed")
    _deliver(ctx, contract_id)
    company.save_company(ctx.uow(), CompanyInfo(price_confirmation_before_delivery=True))
    _deliver(ctx, contract_id, notes="补记送货单号", delivery_note_no="SH-1")
    detail = contracts.get_contract(ctx.uow(), contract_id)
    assert (detail.status, detail.delivery_note_no) == ("delivered", "SH-1")


def test_late_fee_is_entered_as_percent_per_day_and_kept_exact(ctx):
    contract_id, _ = make_contract(ctx, make_customer(ctx, "C001"), late_fee_percent="0.05")
    detail = contracts.get_contract(ctx.uow(), contract_id)
    assert detail.late_fee_rate == Decimal("0.000500")
    assert detail.as_input().late_fee_percent == "0.05"


@pytest.mark.parametrize("text, reason", [("2", "out_of_range"), ("abc", "not_a_number"),
                                          ("-0.1", "negative"), ("0.00001", "too_precise")])
def test_bad_late_fee_is_refused(ctx, text, reason):
    with pytest.raises(ValidationError) as error:
        make_contract(ctx, make_customer(ctx, "C001"), late_fee_percent=text)
    assert (error.value.field, error.value.reason) == ("late_fee_percent", reason)
