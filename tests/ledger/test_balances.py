"""Outstanding and overdue as of any date: the one definition the whole app uses."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from services.core.listing import ListQuery
from services.ledger import contract_list, payments
from services.ledger.balances import (
    Balance,
    customer_balance,
    customer_balances,
    unallocated_credit,
)
from tests.factories import installment_ids, make_contract, make_customer, open_session, pay

D = dt.date


@pytest.fixture
def customer(ctx) -> int:
    return make_customer(ctx, "C001")


def balance(ctx, customer_id: int, as_of: dt.date) -> tuple[Decimal, Decimal]:
    with open_session(ctx) as session:
        result = customer_balance(session, customer_id, as_of)
    return result.outstanding, result.overdue


def money(*values: str) -> tuple[Decimal, ...]:
    return tuple(Decimal(v) for v in values)


@pytest.fixture
def schedule(ctx, customer) -> int:
    """One contract signed 2026-01-10: 300 due 2026-03-01, 700 due 2026-06-01."""
    contract_id, _ = make_contract(ctx, customer, lines=[("1", "1000")],
                                   installments=[("2026-03-01", "300"), ("2026-06-01", "700")])
    return contract_id


def test_installment_due_on_the_as_of_date_is_not_overdue_but_the_day_after_it_is(ctx, customer,
                                                                                  schedule):
    assert balance(ctx, customer, D(2026, 3, 1)) == money("1000.00", "0.00")
    assert balance(ctx, customer, D(2026, 3, 2)) == money("1000.00", "300.00")
    assert balance(ctx, customer, D(2026, 6, 1)) == money("1000.00", "300.00")
    assert balance(ctx, customer, D(2026, 6, 2)) == money("1000.00", "1000.00")


def test_contract_signed_after_the_as_of_date_does_not_count(ctx, customer, schedule):
    assert balance(ctx, customer, D(2026, 1, 9)) == money("0.00", "0.00")
    assert balance(ctx, customer, D(2026, 1, 10)) == money("1000.00", "0.00")


def test_payment_counts_from_the_day_it_was_received(ctx, customer, schedule):
    pay(ctx, customer, "400", received_on="2026-05-15")  # 300 + 100 of the 700
    assert balance(ctx, customer, D(2026, 5, 14)) == money("1000.00", "300.00")
    assert balance(ctx, customer, D(2026, 5, 15)) == money("600.00", "0.00")
    assert balance(ctx, customer, D(2026, 6, 2)) == money("600.00", "600.00")


def test_reversed_payment_still_counts_before_the_day_it_was_reversed(ctx, customer, schedule,
                                                                      clock):
    payment_id = pay(ctx, customer, "300", received_on="2026-11-20")
    payments.reverse_payment(ctx.uow(), payment_id, "退票")  # reversed on 2026-11-24
    assert balance(ctx, customer, D(2026, 11, 19)) == money("1000.00", "1000.00")
    assert balance(ctx, customer, D(2026, 11, 20)) == money("700.00", "700.00")
    assert balance(ctx, customer, D(2026, 11, 23)) == money("700.00", "700.00")
    assert balance(ctx, customer, D(2026, 11, 24)) == money("1000.00", "1000.00")
    with open_session(ctx) as session:
        assert unallocated_credit(session, customer, D(2026, 11, 23)) == Decimal("0.00")


@pytest.mark.parametrize("status", ["draft", "cancelled"])
def test_draft_and_cancelled_contracts_owe_nothing(ctx, customer, status):
    make_contract(ctx, customer, status=status, installments=[("2026-02-01", "1000")])
    assert balance(ctx, customer, D(2026, 11, 24)) == money("0.00", "0.00")


def test_a_delivered_contract_is_owed_from_the_day_of_delivery(ctx, customer):
    make_contract(ctx, customer, status="delivered", delivery_on="2026-01-20",
                  installments=[("2026-02-01", "1000")])
    assert balance(ctx, customer, D(2026, 1, 19)) == money("0.00", "0.00")
    assert balance(ctx, customer, D(2026, 1, 20)) == money("1000.00", "0.00")
    assert balance(ctx, customer, D(2026, 11, 24)) == money("1000.00", "1000.00")


def test_a_confirmed_contract_owes_its_deposits_only_the_rest_is_committed(ctx, customer):
    """A user's case: a contract confirmed, never delivered, due 69 days ago, was chased as
    overdue and printed on the IOU as a debt for goods supplied."""
    make_contract(ctx, customer, status="confirmed", lines=[("1", "1000")],
                  installments=[("2026-01-20", "300", None, True),   # 定金, before delivery
                                ("2026-09-16", "700")])
    assert balance(ctx, customer, D(2026, 11, 24)) == money("300.00", "300.00")
    with open_session(ctx) as session:
        assert [i.remaining for i in payments_open(session, customer)] == [Decimal("300.00")]
        from services.ledger.balances import exposures

        exposure = exposures(session, D(2026, 11, 24), [customer])[customer]
    assert (exposure.owed, exposure.committed, exposure.total) == (
        Decimal("300.00"), Decimal("700.00"), Decimal("1000.00"))


def payments_open(session, customer_id):
    from services.ledger.balances import open_installments

    return open_installments(session, D(2026, 11, 24), customer_id=customer_id)


def test_closed_contract_owes_nothing_now_but_did_before_it_was_paid(ctx, customer):
    make_contract(ctx, customer, status="delivered", installments=[("2026-02-01", "1000")])
    pay(ctx, customer, "1000", received_on="2026-10-01")
    assert balance(ctx, customer, D(2026, 11, 24)) == money("0.00", "0.00")
    assert balance(ctx, customer, D(2026, 9, 30)) == money("1000.00", "1000.00")


def test_amounts_sum_exactly_without_float_error(ctx, customer):
    # 0.1 + 0.2 is 0.30000000000000004 in floating point; here it must be exactly 0.30.
    make_contract(ctx, customer, lines=[("1", "0.1"), ("1", "0.2")],
                  installments=[("2026-02-01", "0.1"), ("2026-03-01", "0.2")])
    outstanding, overdue = balance(ctx, customer, D(2026, 11, 24))
    assert outstanding == overdue == Decimal("0.3")
    assert str(outstanding) == "0.30"


def test_many_small_amounts_add_up_to_the_fen(ctx, customer):
    contract_id, _ = make_contract(ctx, customer, lines=[("10", "0.1")],
                                   installments=[(f"2026-02-{d:02d}", "0.1") for d in range(1, 11)])
    for inst in installment_ids(ctx, contract_id)[:3]:
        pay(ctx, customer, "0.1", allocations=[(inst, "0.1")])
    assert balance(ctx, customer, D(2026, 11, 24)) == money("0.70", "0.70")


def test_customer_balances_cover_only_customers_that_owe(ctx, customer, schedule):
    other = make_customer(ctx, "C002")
    third = make_customer(ctx, "C003")
    make_contract(ctx, other, lines=[("3", "33.33")], installments=[("2026-12-31", "99.99")])
    with open_session(ctx) as session:
        result = customer_balances(session, D(2026, 11, 24))
        assert result == {customer: Balance(*money("1000.00", "1000.00")),
                          other: Balance(*money("99.99", "0.00"))}
        assert customer_balances(session, D(2026, 11, 24), [other]) == {
            other: Balance(*money("99.99", "0.00"))}
        assert customer_balance(session, third, D(2026, 11, 24)) == Balance(*money("0.00", "0.00"))


def test_contract_list_balances_follow_the_clock(ctx, customer, schedule, clock):
    pay(ctx, customer, "300", received_on="2026-11-24")
    (row,) = contract_list.contract_rows(ctx.uow(), [schedule])
    assert (row.received, row.outstanding, row.next_due) == (
        Decimal("300.00"), Decimal("700.00"), D(2026, 6, 1))
    clock.advance(-1)  # the day before the payment
    (row,) = contract_list.contract_rows(ctx.uow(), [schedule])
    assert (row.received, row.outstanding, row.next_due) == (
        Decimal("0.00"), Decimal("1000.00"), D(2026, 3, 1))
    assert contract_list.contract_ids(ctx.uow(), ListQuery(sort="outstanding")) == [schedule]
