"""Applying credit (核销): money that came before the contract, applied later with its own date,
and undone with a reason."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from services.collection.alerts import compute_alerts
from services.collection.credit import check_credit
from services.core.errors import ValidationError
from services.documents import printing
from services.documents.content import IOU
from services.ledger import applications, payments
from services.ledger.applications import ApplicationInput
from services.ledger.balances import customer_balance, unallocated_credit
from services.ledger.payments import AllocationInput
from tests.factories import (
    audit_log,
    installment_ids,
    make_contract,
    make_customer,
    open_session,
    pay,
)

D = dt.date


def figures(ctx, customer, as_of):
    with open_session(ctx) as session:
        balance = customer_balance(session, customer, as_of)
        return balance.outstanding, balance.overdue, unallocated_credit(session, customer, as_of)


@pytest.fixture
def advance(ctx):
    """A user's case: 1,000.00 paid on 11-01 before any contract; a 1,000.00 contract delivered
    11-02, due 11-10; today 11-24."""
    customer = make_customer(ctx, "C001", "先付款客户")
    pay(ctx, customer, "1000", received_on="2026-11-01")
    contract_id, _ = make_contract(ctx, customer, lines=[("1", "1000")], signed_on="2026-11-02",
                                   installments=[("2026-11-10", "1000")])
    return customer, contract_id


def test_before_the_application_credit_and_debt_stand_side_by_side(ctx, advance):
    customer, _ = advance
    assert figures(ctx, customer, D(2026, 11, 24)) == (
        Decimal("1000.00"), Decimal("1000.00"), Decimal("1000.00"))


def test_applied_credit_pays_the_contract_which_closes_and_is_no_longer_chased(ctx, advance):
    customer, contract_id = advance
    applied = applications.apply_credit(ctx.uow(), customer, ApplicationInput())
    assert applied == Decimal("1000.00")
    assert figures(ctx, customer, D(2026, 11, 24)) == (Decimal("0.00"),) * 3
    # As of a day before the application, both still show (it has its own date).
    assert figures(ctx, customer, D(2026, 11, 23)) == (
        Decimal("1000.00"), Decimal("1000.00"), Decimal("1000.00"))
    from services.ledger.contracts import get_contract

    assert get_contract(ctx.uow(), contract_id).status == "closed"
    assert [a for a in compute_alerts(ctx.uow()) if a.customer_id == customer] == []
    with open_session(ctx) as session:
        assert check_credit(session, customer, Decimal("500"), D(2026, 11, 24)).ok
    with pytest.raises(ValidationError) as refused:
        printing.preview_document(ctx.uow(), IOU, customer_id=customer)
    assert refused.value.reason == "nothing_owed"
    [entry] = [e for e in audit_log(ctx) if e["action"] == "apply"]
    assert (entry["entity"], entry["entity_id"], entry["detail"]["amount"]) == (
        "customer", customer, "1000.00")


def test_credit_is_applied_by_hand_and_never_above_what_is_owed_or_the_credit(ctx, advance):
    customer, contract_id = advance
    [installment] = installment_ids(ctx, contract_id)
    with pytest.raises(ValidationError) as above:
        applications.apply_credit(ctx.uow(), customer, ApplicationInput(
            allocations=[AllocationInput(installment, "1000.01")]))
    assert (above.value.field, above.value.reason) == ("allocations.1.amount", "above_owed")
    applications.apply_credit(ctx.uow(), customer, ApplicationInput(
        applied_on="2026-11-20", allocations=[AllocationInput(installment, "400")]))
    assert figures(ctx, customer, D(2026, 11, 24)) == (
        Decimal("600.00"), Decimal("600.00"), Decimal("600.00"))
    second, _ = make_contract(ctx, customer, lines=[("1", "1000")], signed_on="2026-11-03",
                              installments=[("2026-12-03", "1000")])
    with pytest.raises(ValidationError) as too_much:  # 700 of the 600 credit left
        applications.apply_credit(ctx.uow(), customer, ApplicationInput(allocations=[
            AllocationInput(installment, "600"),
            AllocationInput(installment_ids(ctx, second)[0], "100")]))
    assert (too_much.value.field, too_much.value.reason) == ("allocations", "above_credit")
    assert figures(ctx, customer, D(2026, 11, 24))[2] == Decimal("600.00")  # nothing applied


def test_money_is_never_applied_to_a_day_before_it_came_in(ctx, advance):
    customer, _ = advance
    with pytest.raises(ValidationError) as early:
        applications.apply_credit(ctx.uow(), customer, ApplicationInput(applied_on="2026-10-31"))
    assert (early.value.field, early.value.reason) == ("applied_on", "no_credit")
    with pytest.raises(ValidationError) as future:
        applications.apply_credit(ctx.uow(), customer, ApplicationInput(applied_on="2026-11-25"))
    assert future.value.reason == "in_future"


def test_an_application_dated_before_delivery_pays_from_the_delivery_day(ctx):
    """Credit applied with a date before the contract was delivered: the installment was not
    owed yet, so the money stays credit until the delivery day (as a payment would)."""
    customer = make_customer(ctx, "C009")
    pay(ctx, customer, "500", received_on="2026-03-01")
    make_contract(ctx, customer, lines=[("1", "500")], signed_on="2026-03-02",
                  delivery_on="2026-03-10", installments=[("2026-04-10", "500")])
    applications.apply_credit(ctx.uow(), customer, ApplicationInput(applied_on="2026-03-05"))
    zero = Decimal("0.00")
    assert figures(ctx, customer, D(2026, 3, 7)) == (zero, zero, Decimal("500.00"))
    assert figures(ctx, customer, D(2026, 3, 10)) == (zero, zero, zero)


def test_an_application_is_undone_with_a_reason_and_the_debt_returns(ctx, clock, advance):
    customer, contract_id = advance
    applications.apply_credit(ctx.uow(), customer, ApplicationInput())
    [payment] = payments.list_payments(ctx.uow(), customer)
    [row] = applications.payment_allocations(ctx.uow(), payment.id)
    assert (row.amount, row.applied_on, row.undone_on) == (
        Decimal("1000.00"), D(2026, 11, 24), None)
    with pytest.raises(ValidationError):
        applications.undo_application(ctx.uow(), row.id, " ")
    clock.advance(2)
    applications.undo_application(ctx.uow(), row.id, "核销错了合同")
    assert figures(ctx, customer, D(2026, 11, 26)) == (
        Decimal("1000.00"), Decimal("1000.00"), Decimal("1000.00"))
    assert figures(ctx, customer, D(2026, 11, 25)) == (Decimal("0.00"),) * 3  # as it stood
    from services.ledger.contracts import get_contract

    assert get_contract(ctx.uow(), contract_id).status == "delivered"  # reopened
    with pytest.raises(ValidationError) as twice:
        applications.undo_application(ctx.uow(), row.id, "再撤一次")
    assert twice.value.reason == "already_undone"
    [entry] = [e for e in audit_log(ctx) if e["action"] == "undo_application"]
    assert entry["detail"]["reason"] == "核销错了合同"


def test_the_oldest_money_is_applied_first_across_payments(ctx):
    customer = make_customer(ctx, "C001")
    pay(ctx, customer, "300", received_on="2026-10-01")
    pay(ctx, customer, "500", received_on="2026-10-15")
    make_contract(ctx, customer, lines=[("1", "600")], signed_on="2026-11-01",
                  installments=[("2026-11-30", "600")])
    applications.apply_credit(ctx.uow(), customer, ApplicationInput())
    by_payment = {p.received_on: p.allocated for p in payments.list_payments(ctx.uow(), customer)}
    assert by_payment == {D(2026, 10, 1): Decimal("300.00"), D(2026, 10, 15): Decimal("300.00")}
    assert figures(ctx, customer, D(2026, 11, 24))[2] == Decimal("200.00")
