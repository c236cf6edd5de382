"""The credit hold: no new supply while old debts are past due, unless a manager overrides."""
from __future__ import annotations

from decimal import Decimal

import pytest

from models import Contract
from services.collection.credit import CreditHoldError
from services.core.settings import set_setting
from services.ledger import contracts
from tests.factories import audit_log, contract_input, count_rows, make_contract, make_customer

NO_OVERRIDE = {"credit_override_reason": ""}


def _confirm(ctx, customer_id, amount="1000", **fields):
    return contracts.create_contract(ctx.uow(), contract_input(
        customer_id, lines=[("1", amount)], installments=[("2026-12-31", amount)],
        signed_on="2026-11-20", **({"status": "confirmed"} | NO_OVERRIDE | fields)))


def _refused(ctx, customer_id, **fields) -> CreditHoldError:
    before = count_rows(ctx, Contract)
    with pytest.raises(CreditHoldError) as error:
        _confirm(ctx, customer_id, **fields)
    assert count_rows(ctx, Contract) == before
    return error.value


def test_customer_without_approved_application_gets_no_credit(ctx):
    customer_id = make_customer(ctx, "C1", application_approved_on="", application_approved_by="")
    assert _refused(ctx, customer_id).check.reasons == ("application_not_approved",)


@pytest.mark.parametrize("status", ["on_hold", "blacklisted"])
def test_customer_on_hold_or_blacklisted_is_refused(ctx, status):
    customer_id = make_customer(ctx, "C1", status=status, status_reason="逾期")
    assert _refused(ctx, customer_id).check.reasons == (status,)


def test_overdue_installment_blocks_and_grace_days_allow(ctx):
    customer_id = make_customer(ctx, "C1")
    make_contract(ctx, customer_id, lines=[("1", "500")], installments=[("2026-11-21", "500")],
                  signed_on="2026-11-01")
    error = _refused(ctx, customer_id)
    assert error.check.reasons == ("overdue",) and error.check.overdue == Decimal("500.00")
    with ctx.uow() as uow:
        set_setting(uow.session, "credit_grace_days", "3")  # due 21st, today 24th: 3 days late
        uow.commit()
    _confirm(ctx, customer_id)


def test_due_today_is_not_overdue(ctx):
    customer_id = make_customer(ctx, "C1")
    make_contract(ctx, customer_id, lines=[("1", "500")], installments=[("2026-11-24", "500")],
                  signed_on="2026-11-01")
    _confirm(ctx, customer_id)


def test_exposure_up_to_the_limit_passes_and_one_fen_more_is_refused(ctx):
    customer_id = make_customer(ctx, "C1", credit_limit="3000")
    make_contract(ctx, customer_id, status="delivered", lines=[("1", "1000")],
                  installments=[("2026-12-10", "1000")], signed_on="2026-11-01")
    make_contract(ctx, customer_id, status="confirmed", lines=[("1", "1000")],
                  installments=[("2026-12-20", "1000")], signed_on="2026-11-02")
    _confirm(ctx, customer_id, amount="1000")           # 1000 + 1000 + 1000 = 3000: passes
    error = _refused(ctx, customer_id, amount="0.01")   # 3000.01
    check = error.check
    assert check.reasons == ("over_limit",)
    assert (check.outstanding, check.undelivered, check.this_contract, check.limit) == (
        Decimal("1000.00"), Decimal("2000.00"), Decimal("0.01"), Decimal("3000.00"))


def test_limit_of_zero_means_no_limit(ctx):
    customer_id = make_customer(ctx, "C1", credit_limit="0")
    _confirm(ctx, customer_id, amount="99999999")


def test_every_failing_reason_is_listed_at_once(ctx):
    customer_id = make_customer(ctx, "C1", credit_limit="100", status="on_hold",
                                status_reason="老账未清", application_approved_on="",
                                application_approved_by="")
    make_contract(ctx, customer_id, lines=[("1", "500")], installments=[("2026-11-01", "500")],
                  signed_on="2026-10-01")
    assert set(_refused(ctx, customer_id).check.reasons) == {
        "application_not_approved", "on_hold", "overdue", "over_limit"}


def test_override_with_a_reason_is_recorded_on_the_contract_and_in_the_audit(ctx):
    customer_id = make_customer(ctx, "C1", status="on_hold", status_reason="老账未清")
    contract_id, _ = _confirm(ctx, customer_id, credit_override_reason="王总同意，月底前回款")
    detail = contracts.get_contract(ctx.uow(), contract_id)
    assert detail.credit_override.startswith("王总同意，月底前回款（tester，2026-11-24")
    entry = [e for e in audit_log(ctx, "contract") if e["action"] == "credit_override"][-1]
    assert entry["entity_id"] == contract_id and entry["operator"] == "tester"
    assert entry["detail"]["failed"] == ["on_hold"]


def test_draft_is_not_checked_but_confirming_it_is(ctx):
    customer_id = make_customer(ctx, "C1", status="on_hold", status_reason="老账未清")
    contract_id, _ = _confirm(ctx, customer_id, status="draft")
    data = contracts.get_contract(ctx.uow(), contract_id).as_input()
    data.status = "confirmed"
    with pytest.raises(CreditHoldError):
        contracts.update_contract(ctx.uow(), contract_id, data)
    assert contracts.get_contract(ctx.uow(), contract_id).status == "draft"


def test_marking_delivered_is_checked_again(ctx):
    customer_id = make_customer(ctx, "C1")
    contract_id, _ = _confirm(ctx, customer_id)
    make_contract(ctx, customer_id, lines=[("1", "500")], installments=[("2026-11-01", "500")],
                  signed_on="2026-10-01")  # an old debt falls overdue after the confirmation
    data = contracts.get_contract(ctx.uow(), contract_id).as_input()
    data.status, data.price_confirmation_signed_on = "delivered", "2026-11-21"
    with pytest.raises(CreditHoldError) as error:
        contracts.update_contract(ctx.uow(), contract_id, data)
    assert error.value.check.reasons == ("overdue",)
