"""Payments: allocation to installments, refusals, closing contracts, reversal, the trail."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from models import Allocation, Installment, Payment
from services.core.errors import NotFound, ValidationError
from services.ledger import contracts, payments
from services.ledger.balances import customer_balance, unallocated_credit
from tests.factories import (
    audit_log,
    count_rows,
    installment_ids,
    make_contract,
    make_customer,
    open_session,
    pay,
    payment_input,
)

TODAY = dt.date(2026, 11, 24)


@pytest.fixture
def customer(ctx) -> int:
    return make_customer(ctx, "C001", "北京华通")


def paid_by_installment(ctx, contract_id: int) -> list[Decimal]:
    return [i.paid for i in contracts.get_contract(ctx.uow(), contract_id).installments]


def status_of(ctx, contract_id: int) -> str:
    return contracts.get_contract(ctx.uow(), contract_id).status


def refused(ctx, data) -> ValidationError:
    with pytest.raises(ValidationError) as info:
        payments.record_payment(ctx.uow(), data)
    assert count_rows(ctx, Payment) == count_rows(ctx, Allocation) == 0
    assert not [e for e in audit_log(ctx) if e["entity"] == "payment"]
    return info.value


@pytest.fixture
def two_contracts(ctx, customer):
    """x: 100 due 03-01 and 100 due 12-01; y: 100 due 06-01."""
    x, _ = make_contract(ctx, customer, lines=[("2", "100")],
                         installments=[("2026-12-01", "100"), ("2026-03-01", "100")])
    y, _ = make_contract(ctx, customer, lines=[("1", "100")], installments=[("2026-06-01", "100")])
    return x, y


# --- allocation -------------------------------------------------------------------------------

def test_payment_is_allocated_oldest_due_first_across_contracts(ctx, customer, two_contracts):
    x, y = two_contracts
    pay(ctx, customer, "250")
    assert paid_by_installment(ctx, x) == [Decimal("100.00"), Decimal("50.00")]  # 03-01, 12-01
    assert paid_by_installment(ctx, y) == [Decimal("100.00")]
    with open_session(ctx) as session:
        assert unallocated_credit(session, customer, TODAY) == Decimal("0.00")


def test_payment_from_a_contract_pays_that_contract_first(ctx, customer, two_contracts):
    x, y = two_contracts
    pay(ctx, customer, "150", contract_id=y)
    assert paid_by_installment(ctx, y) == [Decimal("100.00")]
    assert paid_by_installment(ctx, x) == [Decimal("50.00"), Decimal("0.00")]


def test_later_payment_continues_where_the_last_one_stopped(ctx, customer, two_contracts):
    x, y = two_contracts
    pay(ctx, customer, "120")
    pay(ctx, customer, "100")
    assert paid_by_installment(ctx, x) == [Decimal("100.00"), Decimal("20.00")]
    assert paid_by_installment(ctx, y) == [Decimal("100.00")]


def test_money_beyond_what_is_owed_stays_as_unallocated_credit(ctx, customer, two_contracts):
    payment_id = pay(ctx, customer, "300.55")
    with open_session(ctx) as session:
        assert unallocated_credit(session, customer, TODAY) == Decimal("0.55")
        assert customer_balance(session, customer, TODAY).outstanding == Decimal("0.00")
    (row,) = payments.list_payments(ctx.uow(), customer)
    assert (row.id, row.amount, row.allocated) == (payment_id, Decimal("300.55"), Decimal("300.00"))


def test_payment_from_a_customer_with_nothing_owed_is_all_credit(ctx, customer):
    pay(ctx, customer, "88.80")
    assert count_rows(ctx, Allocation) == 0
    with open_session(ctx) as session:
        assert unallocated_credit(session, customer, TODAY) == Decimal("88.80")


def test_manual_allocation_is_used_exactly_and_the_rest_is_credit(ctx, customer, two_contracts):
    x, y = two_contracts
    late_x = installment_ids(ctx, x)[1]
    pay(ctx, customer, "100", allocations=[(late_x, "60"), (installment_ids(ctx, y)[0], "")])
    assert paid_by_installment(ctx, x) == [Decimal("0.00"), Decimal("60.00")]
    assert paid_by_installment(ctx, y) == [Decimal("0.00")]
    with open_session(ctx) as session:
        assert unallocated_credit(session, customer, TODAY) == Decimal("40.00")


def test_manual_allocation_above_amount_owed_is_refused(ctx, customer, two_contracts):
    x, _ = two_contracts
    first = installment_ids(ctx, x)[0]
    pay(ctx, customer, "30", allocations=[(first, "30")])
    before = (count_rows(ctx, Payment), count_rows(ctx, Allocation))
    with pytest.raises(ValidationError) as info:
        pay(ctx, customer, "100", allocations=[(first, "70.01")])
    assert (info.value.field, info.value.reason) == ("allocations.1.amount", "above_owed")
    assert info.value.params == {"amount": Decimal("70.01"), "owed": Decimal("70.00")}
    assert (count_rows(ctx, Payment), count_rows(ctx, Allocation)) == before
    assert paid_by_installment(ctx, x)[0] == Decimal("30.00")


def test_two_manual_allocations_to_one_installment_cannot_exceed_what_is_owed(ctx, customer,
                                                                              two_contracts):
    first = installment_ids(ctx, two_contracts[0])[0]
    error = refused(ctx, payment_input(customer, "200",
                                       allocations=[(first, "60"), (first, "40.01")]))
    assert (error.field, error.reason) == ("allocations.2.amount", "above_owed")


def test_manual_allocations_above_the_payment_are_refused(ctx, customer, two_contracts):
    x, y = two_contracts
    error = refused(ctx, payment_input(customer, "150", allocations=[
        (installment_ids(ctx, x)[0], "100"), (installment_ids(ctx, y)[0], "50.01")]))
    assert (error.field, error.reason) == ("allocations", "above_payment")
    assert error.params == {"allocated": Decimal("150.01"), "amount": Decimal("150.00")}


@pytest.mark.parametrize("status", ["draft", "cancelled"])
def test_allocation_to_a_contract_that_is_not_receivable_is_refused(ctx, customer, status):
    contract_id, _ = make_contract(ctx, customer, status=status)
    error = refused(ctx, payment_input(customer, "100", allocations=[
        (installment_ids(ctx, contract_id)[0], "100")]))
    assert (error.field, error.reason) == ("allocations.1.installment", "not_receivable")


def test_auto_allocation_skips_draft_and_cancelled_contracts(ctx, customer):
    draft, _ = make_contract(ctx, customer, status="draft", installments=[("2026-01-20", "1000")])
    cancelled, _ = make_contract(ctx, customer, status="cancelled")
    live, _ = make_contract(ctx, customer)
    pay(ctx, customer, "1500")
    assert paid_by_installment(ctx, draft) == paid_by_installment(ctx, cancelled) == [
        Decimal("0.00")]
    assert paid_by_installment(ctx, live) == [Decimal("1000.00")]


def test_allocation_to_another_customers_installment_is_refused(ctx, customer):
    other = make_customer(ctx, "C002")
    theirs, _ = make_contract(ctx, other)
    error = refused(ctx, payment_input(customer, "10", allocations=[
        (installment_ids(ctx, theirs)[0], "10")]))
    assert error.field == "allocations.1.installment"


def test_payment_against_another_customers_contract_is_refused(ctx, customer):
    other = make_customer(ctx, "C002")
    theirs, _ = make_contract(ctx, other)
    error = refused(ctx, payment_input(customer, "10", contract_id=theirs))
    assert (error.field, error.reason) == ("contract", "wrong_customer")
    error = refused(ctx, payment_input(customer, "10", contract_id=9999))
    assert (error.field, error.reason) == ("contract", "not_found")


# --- refusals ---------------------------------------------------------------------------------

def test_payment_dated_in_the_future_is_refused(ctx, customer):
    error = refused(ctx, payment_input(customer, "10", received_on=TODAY + dt.timedelta(days=1)))
    assert (error.field, error.reason) == ("received_on", "in_future")
    pay(ctx, customer, "10", received_on=TODAY)
    assert count_rows(ctx, Payment) == 1


@pytest.mark.parametrize("amount, reason", [("0", "not_positive"), ("0.00", "not_positive"),
                                            ("-10", "negative"), ("十元", "not_a_number"),
                                            ("", "required"), ("10.001", "too_precise")])
def test_bad_payment_amount_is_refused(ctx, customer, amount, reason):
    error = refused(ctx, payment_input(customer, amount))
    assert (error.field, error.reason) == ("amount", reason)


@pytest.mark.parametrize("kwargs, field, reason", [
    ({"received_on": "2026-02-30"}, "received_on", "not_a_date"),
    ({"received_on": ""}, "received_on", "required"),
    ({"method": "bitcoin"}, "method", "not_allowed"),
    ({"reference": "x" * 81}, "reference", "too_long"),
])
def test_bad_payment_fields_are_refused(ctx, customer, kwargs, field, reason):
    error = refused(ctx, payment_input(customer, "10", **kwargs))
    assert (error.field, error.reason) == (field, reason)


def test_payment_without_a_known_customer_is_refused(ctx):
    assert refused(ctx, payment_input(None, "10")).field == "customer"
    assert refused(ctx, payment_input(404, "10")).field == "customer"


# --- contract status --------------------------------------------------------------------------

def test_delivered_contract_paid_in_full_is_closed_and_reversal_reopens_it(ctx, customer):
    contract_id, _ = make_contract(ctx, customer, status="delivered", lines=[("1", "1000")],
                                   installments=[("2026-06-01", "400"), ("2026-07-01", "600")])
    pay(ctx, customer, "400")
    assert status_of(ctx, contract_id) == "delivered"
    last = pay(ctx, customer, "600")
    assert status_of(ctx, contract_id) == "closed"
    payments.reverse_payment(ctx.uow(), last, "银行退票")
    assert status_of(ctx, contract_id) == "delivered"
    assert paid_by_installment(ctx, contract_id) == [Decimal("400.00"), Decimal("0.00")]


def test_confirmed_contract_paid_in_full_stays_confirmed(ctx, customer):
    contract_id, _ = make_contract(ctx, customer, status="confirmed")
    pay(ctx, customer, "1000")
    assert status_of(ctx, contract_id) == "confirmed"


def test_closed_contract_no_longer_takes_allocations(ctx, customer):
    contract_id, _ = make_contract(ctx, customer, status="delivered")
    pay(ctx, customer, "1000")
    assert payments.open_installments(ctx.uow(), customer) == []
    pay(ctx, customer, "5")
    assert paid_by_installment(ctx, contract_id) == [Decimal("1000.00")]


# --- reversal ---------------------------------------------------------------------------------

def test_reversal_keeps_the_payment_row_and_marks_it(ctx, customer, clock):
    contract_id, _ = make_contract(ctx, customer)
    payment_id = pay(ctx, customer, "700", reference="BANK-1")
    clock.advance(2)
    payments.reverse_payment(ctx.uow(), payment_id, "  重复录入 ")
    with open_session(ctx) as session:
        row = session.get(Payment, payment_id)
        assert (row.amount, row.reversed_on, row.reversal_reason) == (
            Decimal("700.00"), TODAY + dt.timedelta(days=2), "重复录入")
        assert len(row.allocations) == 1  # the record of what it paid stays
    assert count_rows(ctx, Payment) == 1
    assert paid_by_installment(ctx, contract_id) == [Decimal("0.00")]
    (listed,) = payments.list_payments(ctx.uow(), customer)
    assert (listed.reversed_on, listed.reversal_reason) == (TODAY + dt.timedelta(days=2),
                                                            "重复录入")


def test_reversed_payment_frees_the_installment_for_the_next_payment(ctx, customer):
    contract_id, _ = make_contract(ctx, customer)
    payments.reverse_payment(ctx.uow(), pay(ctx, customer, "1000"), "退票")
    assert [i.remaining for i in payments.open_installments(ctx.uow(), customer)] == [
        Decimal("1000.00")]
    pay(ctx, customer, "1000")
    assert paid_by_installment(ctx, contract_id) == [Decimal("1000.00")]
    with open_session(ctx) as session:
        assert unallocated_credit(session, customer, TODAY) == Decimal("0.00")


@pytest.mark.parametrize("reason", ["", "   "])
def test_reversal_needs_a_reason(ctx, customer, reason):
    payment_id = pay(ctx, customer, "10")
    with pytest.raises(ValidationError) as info:
        payments.reverse_payment(ctx.uow(), payment_id, reason)
    assert (info.value.field, info.value.reason) == ("reversal_reason", "required")
    assert payments.list_payments(ctx.uow(), customer)[0].reversed_on is None


def test_reversing_twice_is_refused(ctx, customer, clock):
    payment_id = pay(ctx, customer, "10")
    payments.reverse_payment(ctx.uow(), payment_id, "第一次")
    clock.advance(1)
    with pytest.raises(ValidationError) as info:
        payments.reverse_payment(ctx.uow(), payment_id, "第二次")
    assert (info.value.field, info.value.reason) == ("payment", "already_reversed")
    (row,) = payments.list_payments(ctx.uow(), customer)
    assert (row.reversed_on, row.reversal_reason) == (TODAY, "第一次")


def test_reversing_an_unknown_payment_raises_not_found(ctx):
    with pytest.raises(NotFound):
        payments.reverse_payment(ctx.uow(), 404, "?")


# --- audit and listing --------------------------------------------------------------------------

def test_recording_and_reversing_write_audit_entries(ctx, customer):
    contract_id, _ = make_contract(ctx, customer)
    payment_id = pay(ctx, customer, "1200", method="cash")
    payments.reverse_payment(ctx.uow(), payment_id, "假币")
    created, reversed_ = audit_log(ctx, "payment")
    (inst,) = installment_ids(ctx, contract_id)
    assert (created["action"], created["entity_id"], created["operator"]) == (
        "create", payment_id, "tester")
    assert created["detail"] == {"customer_id": customer, "amount": "1200.00", "method": "cash",
                                 "allocations": {str(inst): "1000.00"}}
    assert (reversed_["action"], reversed_["entity_id"], reversed_["operator"]) == (
        "reverse", payment_id, "tester")
    assert reversed_["detail"] == {"amount": "1200.00", "reason": "假币"}


def test_payment_records_who_entered_it(ctx, customer):
    payment_id = pay(ctx, customer, "1")
    with open_session(ctx) as session:
        row = session.get(Payment, payment_id)
        assert (row.created_by, row.created_at.date()) == ("tester", TODAY)


def test_list_payments_newest_first_and_by_contract(ctx, customer, two_contracts):
    x, y = two_contracts
    old = pay(ctx, customer, "100", received_on="2026-03-02")   # pays x's 03-01
    new = pay(ctx, customer, "50", received_on="2026-11-01")    # pays y's 06-01 in part
    tagged = pay(ctx, customer, "1", contract_id=x, received_on="2026-11-01",
                 allocations=[])                                # names x, allocates nothing
    assert [p.id for p in payments.list_payments(ctx.uow(), customer)] == [tagged, new, old]
    assert [p.id for p in payments.list_payments(ctx.uow(), contract_id=x)] == [tagged, old]
    assert [p.id for p in payments.list_payments(ctx.uow(), contract_id=y)] == [new]


def test_open_installments_are_oldest_due_first_with_what_is_left(ctx, customer, two_contracts):
    x, y = two_contracts
    pay(ctx, customer, "30")
    items = payments.open_installments(ctx.uow(), customer)
    assert [(i.contract_id, i.due_date, i.amount, i.remaining) for i in items] == [
        (x, dt.date(2026, 3, 1), Decimal("100.00"), Decimal("70.00")),
        (y, dt.date(2026, 6, 1), Decimal("100.00"), Decimal("100.00")),
        (x, dt.date(2026, 12, 1), Decimal("100.00"), Decimal("100.00")),
    ]


def test_paid_cache_follows_payments_reversals_and_edits(ctx):
    from services.ledger.balances import paid_cache_mismatches
    from tests.factories import installment_ids

    customer_id = make_customer(ctx, "C900")
    contract_id, _ = make_contract(ctx, customer_id, lines=[("1", "1000")],
                                   installments=[("2026-10-01", "400"), ("2026-12-01", "600")],
                                   signed_on="2026-09-01")
    first = pay(ctx, customer_id, "500", received_on="2026-11-01")
    pay(ctx, customer_id, "100", received_on="2026-11-02")
    payments.reverse_payment(ctx.uow(), first, "退票")
    with ctx.uow() as uow:
        assert paid_cache_mismatches(uow.session) == []
        paid = [uow.session.get(Installment, i).paid for i in installment_ids(ctx, contract_id)]
    assert paid == [Decimal("0.00"), Decimal("100.00")]  # the 100 went to the 2nd, the 1st was full


@pytest.mark.parametrize("by_hand", [False, True])
def test_a_back_dated_payment_before_delivery_is_credit_until_the_contract_is_owed(
        ctx, customer, by_hand):
    """Review case: a contract signed 03-01 and delivered 03-10; 400 received 03-05 against it,
    entered afterwards (today 11-24). Until 03-10 the 400 is credit and nothing is owed; from
    03-10 it pays the contract (owed 600), and a statement for a period ending between is
    drawn without its check failing."""
    from services.admin import company
    from services.papers import statements

    company.save_company(ctx.uow(), company.CompanyInfo(company_name="北京康泰医疗用品有限公司"))
    contract_id, _ = make_contract(ctx, customer, lines=[("1", "1000")], signed_on="2026-03-01",
                                   delivery_on="2026-03-10",
                                   installments=[("2026-04-10", "1000")])
    allocations = [(installment_ids(ctx, contract_id)[0], "400")] if by_hand else None
    pay(ctx, customer, "400", received_on="2026-03-05", contract_id=contract_id,
        allocations=allocations)
    with open_session(ctx) as session:
        allocation = session.query(Allocation).one()
        assert allocation.applied_on == dt.date(2026, 3, 10)
        before = customer_balance(session, customer, dt.date(2026, 3, 7))
        assert (before.outstanding, unallocated_credit(session, customer, dt.date(2026, 3, 7))
                ) == (Decimal("0.00"), Decimal("400.00"))
        owed = customer_balance(session, customer, dt.date(2026, 3, 10))
        assert (owed.outstanding, unallocated_credit(session, customer, dt.date(2026, 3, 10))
                ) == (Decimal("600.00"), Decimal("0.00"))
    with ctx.uow() as uow:
        doc = statements.statement_content(uow, customer, "X", dt.date(2026, 3, 1),
                                           dt.date(2026, 3, 7))
        assert (doc.closing_owed, doc.closing_credit) == (Decimal("0.00"), Decimal("400.00"))


def test_a_payment_after_delivery_is_applied_on_its_own_day(ctx, customer):
    contract_id, _ = make_contract(ctx, customer, lines=[("1", "1000")], signed_on="2026-03-01",
                                   delivery_on="2026-03-10",
                                   installments=[("2026-04-10", "1000")])
    pay(ctx, customer, "400", received_on="2026-03-12", contract_id=contract_id)
    with open_session(ctx) as session:
        assert session.query(Allocation).one().applied_on == dt.date(2026, 3, 12)
