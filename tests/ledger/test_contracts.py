"""Contracts: numbering, exact amounts, the schedule, status rules, editing, the list."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from models import Contract, ContractLine, Installment, NumberSequence
from services.core.errors import NotFound, ValidationError
from services.core.listing import ListQuery
from services.ledger import contract_list, contracts
from services.ledger.contracts import InstallmentInput, LineInput
from tests.factories import (
    audit_log,
    contract_input,
    count_rows,
    installment_ids,
    make_contract,
    make_customer,
    open_session,
    pay,
    set_branch,
)


@pytest.fixture
def customer(ctx) -> int:
    return make_customer(ctx, "C001", "北京华通")


def refusal(ctx, data) -> ValidationError:
    with pytest.raises(ValidationError) as info:
        contracts.create_contract(ctx.uow(), data)
    return info.value


# --- numbering ------------------------------------------------------------------------------

def test_contract_numbers_carry_branch_code_and_year_and_count_up(ctx, customer):
    set_branch(ctx, "BJ")
    assert make_contract(ctx, customer)[1] == "BJ-2026-00001"
    assert make_contract(ctx, customer)[1] == "BJ-2026-00002"


def test_contract_numbers_restart_each_signing_year(ctx, customer):
    set_branch(ctx, "BJ")
    assert make_contract(ctx, customer, signed_on="2026-03-01")[1] == "BJ-2026-00001"
    assert make_contract(ctx, customer, signed_on="2025-12-30")[1] == "BJ-2025-00001"
    assert make_contract(ctx, customer, signed_on="2026-04-01")[1] == "BJ-2026-00002"
    assert make_contract(ctx, customer, signed_on="2025-01-02")[1] == "BJ-2025-00002"


def test_contract_numbers_use_default_branch_then_count_per_branch(ctx, customer):
    assert make_contract(ctx, customer)[1] == "HQ-2026-00001"
    set_branch(ctx, "SH")
    assert make_contract(ctx, customer)[1] == "SH-2026-00001"
    set_branch(ctx, "HQ")
    assert make_contract(ctx, customer)[1] == "HQ-2026-00002"


def test_refused_contract_does_not_use_up_a_number(ctx, customer):
    set_branch(ctx, "BJ")
    with pytest.raises(ValidationError):
        make_contract(ctx, customer, installments=[("2026-02-01", "999")])
    assert count_rows(ctx, NumberSequence) == 0
    assert make_contract(ctx, customer)[1] == "BJ-2026-00001"


def test_find_contract_id_by_number(ctx, customer):
    contract_id, number = make_contract(ctx, customer)
    assert contracts.find_contract_id(ctx.uow(), f"  {number} ") == contract_id
    with pytest.raises(NotFound):
        contracts.find_contract_id(ctx.uow(), "XX-2026-99999")


# --- amounts ----------------------------------------------------------------------------------

@pytest.mark.parametrize("quantity, unit_price, amount", [
    ("3", "0.335", "1.01"),        # 1.005: half-up, not banker's 1.00
    ("1", "0.125", "0.13"),
    ("1.5", "3.3333", "5.00"),     # 4.99995
    ("2.5", "0.0001", "0.00"),     # 0.00025
    ("1000", "12.3456", "12345.60"),
])
def test_line_amount_is_quantity_times_price_rounded_half_up_to_fen(quantity, unit_price, amount):
    assert contracts.line_amount(Decimal(quantity), Decimal(unit_price)) == Decimal(amount)


def test_contract_total_is_the_sum_of_rounded_line_amounts(ctx, customer):
    # 1.005 -> 1.01 twice: total 2.02, where rounding the sum (2.01) would differ.
    contract_id, _ = make_contract(ctx, customer, lines=[("3", "0.335"), ("3", "0.335")],
                                   installments=[("2026-02-01", "2.02")])
    detail = contracts.get_contract(ctx.uow(), contract_id)
    assert [line.amount for line in detail.lines] == [Decimal("1.01"), Decimal("1.01")]
    assert detail.total == Decimal("2.02")


def test_schedule_must_add_up_to_the_total_exactly(ctx, customer):
    data = contract_input(customer, lines=[("2", "10.5"), ("1", "0.1"), ("1", "0.2")],
                          installments=[("2026-02-01", "10.00"), ("2026-03-01", "11.29")])
    error = refusal(ctx, data)
    assert (error.field, error.reason) == ("installments", "schedule_mismatch")
    assert error.params == {"scheduled": Decimal("21.29"), "total": Decimal("21.30")}
    for model in (Contract, ContractLine, Installment):
        assert count_rows(ctx, model) == 0
    assert [e["entity"] for e in audit_log(ctx)] == ["customer"]

    data.installments[1].amount = "11.30"
    contract_id, _ = contracts.create_contract(ctx.uow(), data)
    assert contracts.get_contract(ctx.uow(), contract_id).total == Decimal("21.30")


def test_schedule_above_the_total_is_refused_too(ctx, customer):
    error = refusal(ctx, contract_input(customer, lines=[("1", "100")],
                                        installments=[("2026-02-01", "100.01")]))
    assert error.reason == "schedule_mismatch"


@pytest.mark.parametrize("kwargs, field, reason", [
    ({"lines": []}, "lines", "no_lines"),
    ({"installments": []}, "installments", "no_installments"),
    ({"lines": [("0", "10")], "installments": [("2026-02-01", "10")]},
     "lines.1.quantity", "not_positive"),
    ({"lines": [("1", "10"), ("-2", "10")], "installments": [("2026-02-01", "10")]},
     "lines.2.quantity", "negative"),
    ({"lines": [("1.0001", "10")], "installments": [("2026-02-01", "10")]},
     "lines.1.quantity", "too_precise"),
    ({"lines": [("1", "0")], "installments": [("2026-02-01", "1")]}, "lines", "not_positive"),
    ({"lines": [("1", "1", "  ")], "installments": [("2026-02-01", "1")]},
     "lines.1.product", "required"),
    ({"installments": [("2026-02-01", "500"), ("2026-02-30", "500")]},
     "installments.2.due_date", "not_a_date"),
    ({"installments": [("2026-01-09", "1000")]}, "installments.1.due_date", "before_signed"),
    ({"installments": [("2026-02-01", "1000"), ("2026-03-01", "0")]},
     "installments.2.amount", "not_positive"),
    ({"signed_on": "2026-13-01", "installments": [("2026-02-01", "1000")]},
     "signed_on", "not_a_date"),
    ({"delivery_on": "2026-01-01"}, "delivery_on", "before_signed"),
    ({"status": "closed"}, "status", "bad_transition"),
    ({"status": "paid"}, "status", "not_allowed"),
    ({"lines": [("1000000", "1000000")],  # 1e12: above the largest amount the app handles
      "installments": [("2026-02-01", "500000000000"), ("2026-03-01", "500000000000")]},
     "lines", "too_large"),
])
def test_bad_contract_input_is_refused_and_nothing_is_saved(ctx, customer, kwargs, field, reason):
    error = refusal(ctx, contract_input(customer, **kwargs))
    assert (error.field, error.reason) == (field, reason)
    for model in (Contract, ContractLine, Installment, NumberSequence):
        assert count_rows(ctx, model) == 0
    assert [e["entity"] for e in audit_log(ctx)] == ["customer"]


def test_contract_for_unknown_customer_is_refused(ctx):
    assert refusal(ctx, contract_input(None)).field == "customer"
    error = refusal(ctx, contract_input(12345))
    assert (error.field, error.reason) == ("customer", "not_found")


def test_delivery_date_before_due_date_is_fine_and_due_on_signing_day_is_allowed(ctx, customer):
    contract_id, _ = make_contract(ctx, customer, signed_on="2026-01-10",
                                   installments=[("2026-01-10", "1000")])
    assert contracts.get_contract(ctx.uow(), contract_id).installments[0].due_date == \
        dt.date(2026, 1, 10)


def test_contract_created_as_delivered_without_a_date_is_delivered_today(ctx, customer):
    contract_id, _ = make_contract(ctx, customer, status="delivered", delivery_on=None)
    detail = contracts.get_contract(ctx.uow(), contract_id)
    assert (detail.status, detail.delivery_on) == ("delivered", dt.date(2026, 11, 24))


# --- status -------------------------------------------------------------------------------

def update_status(ctx, contract_id: int, status: str) -> None:
    data = contracts.get_contract(ctx.uow(), contract_id).as_input()
    data.status = status
    if status == "delivered" and not data.price_confirmation_signed_on:
        data.price_confirmation_signed_on = data.signed_on  # the rule tested in test_delivery_rule
    contracts.update_contract(ctx.uow(), contract_id, data)


def status_of(ctx, contract_id: int) -> str:
    return contracts.get_contract(ctx.uow(), contract_id).status


def test_draft_can_be_confirmed_then_delivered(ctx, customer):
    contract_id, _ = make_contract(ctx, customer, status="draft")
    update_status(ctx, contract_id, "confirmed")
    assert status_of(ctx, contract_id) == "confirmed"
    update_status(ctx, contract_id, "delivered")
    detail = contracts.get_contract(ctx.uow(), contract_id)
    assert (detail.status, detail.delivery_on) == ("delivered", dt.date(2026, 11, 24))


def test_confirmed_contract_without_payments_can_go_back_to_draft_or_be_cancelled(ctx, customer):
    first, _ = make_contract(ctx, customer, status="confirmed")
    second, _ = make_contract(ctx, customer, status="confirmed")
    update_status(ctx, first, "draft")
    update_status(ctx, second, "cancelled")
    assert (status_of(ctx, first), status_of(ctx, second)) == ("draft", "cancelled")


@pytest.mark.parametrize("target", ["draft", "confirmed", "delivered"])
def test_cancelled_contract_cannot_be_reopened(ctx, customer, target):
    contract_id, _ = make_contract(ctx, customer, status="cancelled")
    with pytest.raises(ValidationError) as info:
        update_status(ctx, contract_id, target)
    assert (info.value.field, info.value.reason) == ("status", "bad_transition")
    assert status_of(ctx, contract_id) == "cancelled"


@pytest.mark.parametrize("target", ["draft", "confirmed", "delivered", "cancelled"])
def test_closed_contract_cannot_be_reopened_by_hand(ctx, customer, target):
    contract_id, _ = make_contract(ctx, customer, status="delivered")
    pay(ctx, customer, "1000")
    assert status_of(ctx, contract_id) == "closed"
    with pytest.raises(ValidationError) as info:
        update_status(ctx, contract_id, target)
    assert (info.value.field, info.value.reason) == ("status", "bad_transition")
    assert status_of(ctx, contract_id) == "closed"


def test_delivered_contract_cannot_go_back_to_confirmed(ctx, customer):
    contract_id, _ = make_contract(ctx, customer, status="delivered")
    with pytest.raises(ValidationError) as info:
        update_status(ctx, contract_id, "confirmed")
    assert info.value.reason == "bad_transition"


@pytest.mark.parametrize("start, target", [("confirmed", "draft"), ("confirmed", "cancelled"),
                                           ("delivered", "cancelled")])
def test_contract_with_payments_cannot_go_to_draft_or_cancelled(ctx, customer, start, target):
    # A confirmed contract is paid only through its deposit (the rest is not owed yet).
    contract_id, _ = make_contract(ctx, customer, status=start,
                                   installments=[("2026-02-09", "1000", None, True)])
    pay(ctx, customer, "1")
    with pytest.raises(ValidationError) as info:
        update_status(ctx, contract_id, target)
    assert (info.value.field, info.value.reason) == ("status", "has_payments")
    assert status_of(ctx, contract_id) == start


def test_contract_whose_payments_were_reversed_can_be_cancelled(ctx, customer):
    from services.ledger.payments import reverse_payment

    contract_id, _ = make_contract(ctx, customer)
    reverse_payment(ctx.uow(), pay(ctx, customer, "10"), "打错了")
    update_status(ctx, contract_id, "cancelled")
    assert status_of(ctx, contract_id) == "cancelled"


def test_a_deposit_paid_in_full_closes_the_contract_once_delivered(ctx, customer):
    """款到发货: the whole total is a deposit, paid before the goods leave."""
    contract_id, _ = make_contract(ctx, customer, status="confirmed",
                                   installments=[("2026-01-15", "1000", None, True)])
    pay(ctx, customer, "1000")
    assert status_of(ctx, contract_id) == "confirmed"  # paid ahead, goods not yet out
    update_status(ctx, contract_id, "delivered")
    assert status_of(ctx, contract_id) == "closed"


def test_money_paid_before_a_confirmed_contract_is_owed_stays_credit(ctx, customer):
    from services.ledger.balances import unallocated_credit

    contract_id, _ = make_contract(ctx, customer, status="confirmed")
    pay(ctx, customer, "1000")  # nothing owed yet: the money is the customer's credit
    with open_session(ctx) as session:
        assert unallocated_credit(session, customer, dt.date(2026, 11, 24)) == Decimal("1000.00")
    update_status(ctx, contract_id, "delivered")
    assert status_of(ctx, contract_id) == "delivered"  # owed now; the credit is applied apart


# --- editing --------------------------------------------------------------------------------

def test_get_contract_as_input_round_trips_unchanged(ctx, customer):
    data = contract_input(customer, lines=[("2.5", "12.3456", "螺纹钢"), ("3", "0.335", "垫片")],
                          installments=[("2026-02-01", "20.00"), ("2026-03-01", "11.87")],
                          salesperson="张伟", delivery_on="2026-01-20",
                          price_confirmation_signed_on="2026-01-11", iou_signed_on="",
                          notes="分两期")
    contract_id, number = contracts.create_contract(ctx.uow(), data)
    before = contracts.get_contract(ctx.uow(), contract_id)
    edit = before.as_input()
    assert [line.quantity for line in edit.lines] == ["2.5", "3"]
    assert [line.unit_price for line in edit.lines] == ["12.3456", "0.335"]
    assert (edit.signed_on, edit.delivery_on, edit.iou_signed_on) == ("2026-01-10", "2026-01-20", "")

    contracts.update_contract(ctx.uow(), contract_id, edit)
    after = contracts.get_contract(ctx.uow(), contract_id)
    assert after == before
    assert (after.number, after.total, after.salesperson) == (number, Decimal("31.87"), "张伟")
    assert audit_log(ctx, "contract")[-1]["detail"] == {"number": number}  # nothing changed


def test_editing_lines_and_schedule_changes_total_and_keeps_installment_ids(ctx, customer):
    contract_id, _ = make_contract(ctx, customer, lines=[("1", "1000")],
                                   installments=[("2026-02-01", "400"), ("2026-03-01", "600")])
    first, second = installment_ids(ctx, contract_id)
    edit = contracts.get_contract(ctx.uow(), contract_id).as_input()
    edit.lines.append(LineInput(product="运费", quantity="1", unit_price="200"))
    edit.installments[1].amount = "800"
    contracts.update_contract(ctx.uow(), contract_id, edit)
    detail = contracts.get_contract(ctx.uow(), contract_id)
    assert detail.total == Decimal("1200.00")
    assert [(i.id, i.amount) for i in detail.installments] == [
        (first, Decimal("400.00")), (second, Decimal("800.00"))]
    assert count_rows(ctx, ContractLine) == 2
    assert audit_log(ctx, "contract")[-1]["detail"]["total"] == "1200.00"


def test_edit_that_breaks_the_schedule_is_refused_and_nothing_changes(ctx, customer):
    contract_id, _ = make_contract(ctx, customer)
    before = contracts.get_contract(ctx.uow(), contract_id)
    edit = before.as_input()
    edit.lines[0].unit_price = "1000.01"
    with pytest.raises(ValidationError) as info:
        contracts.update_contract(ctx.uow(), contract_id, edit)
    assert info.value.reason == "schedule_mismatch"
    assert contracts.get_contract(ctx.uow(), contract_id) == before


def test_updating_a_missing_contract_raises_not_found(ctx, customer):
    with pytest.raises(NotFound):
        contracts.update_contract(ctx.uow(), 404, contract_input(customer))
    with pytest.raises(NotFound):
        contracts.get_contract(ctx.uow(), 404)


@pytest.fixture
def part_paid(ctx, customer):
    """A contract of 1000 in two installments; 300 paid on the first (400)."""
    contract_id, _ = make_contract(ctx, customer, lines=[("1", "1000")],
                                   installments=[("2026-02-01", "400"), ("2026-03-01", "600")])
    first, _ = installment_ids(ctx, contract_id)
    pay(ctx, customer, "300", allocations=[(first, "300")])
    return contract_id


def test_partly_paid_installment_cannot_be_removed(ctx, part_paid):
    before = contracts.get_contract(ctx.uow(), part_paid)
    edit = before.as_input()
    edit.installments = [InstallmentInput("2026-03-01", "1000.00", edit.installments[1].id)]
    with pytest.raises(ValidationError) as info:
        contracts.update_contract(ctx.uow(), part_paid, edit)
    assert (info.value.field, info.value.reason) == ("installments", "already_paid")
    assert info.value.params == {"paid": Decimal("300.00")}
    assert contracts.get_contract(ctx.uow(), part_paid) == before


def test_partly_paid_installment_cannot_be_made_smaller_than_paid(ctx, part_paid):
    before = contracts.get_contract(ctx.uow(), part_paid)
    edit = before.as_input()
    edit.installments[0].amount = "299.99"
    edit.installments[1].amount = "700.01"
    with pytest.raises(ValidationError) as info:
        contracts.update_contract(ctx.uow(), part_paid, edit)
    assert (info.value.field, info.value.reason) == ("installments.1.amount", "already_paid")
    assert contracts.get_contract(ctx.uow(), part_paid) == before


def test_partly_paid_installment_can_shrink_to_exactly_what_was_paid(ctx, part_paid):
    edit = contracts.get_contract(ctx.uow(), part_paid).as_input()
    edit.installments[0].amount = "300"
    edit.installments[0].due_date = "2026-02-15"
    edit.installments[1].amount = "700"
    contracts.update_contract(ctx.uow(), part_paid, edit)
    first, second = contracts.get_contract(ctx.uow(), part_paid).installments
    assert (first.amount, first.paid, first.remaining, first.due_date) == (
        Decimal("300.00"), Decimal("300.00"), Decimal("0.00"), dt.date(2026, 2, 15))
    assert (second.amount, second.paid) == (Decimal("700.00"), Decimal("0.00"))


def test_unpaid_installment_can_be_removed_while_a_paid_one_stays(ctx, part_paid):
    edit = contracts.get_contract(ctx.uow(), part_paid).as_input()
    edit.lines[0].unit_price = "400"
    edit.installments = edit.installments[:1]
    contracts.update_contract(ctx.uow(), part_paid, edit)
    detail = contracts.get_contract(ctx.uow(), part_paid)
    assert [(i.amount, i.paid) for i in detail.installments] == [(Decimal("400.00"),
                                                                  Decimal("300.00"))]
    assert (detail.received, detail.outstanding) == (Decimal("300.00"), Decimal("100.00"))
    assert count_rows(ctx, Installment) == 1


# --- the contracts list -----------------------------------------------------------------------

@pytest.fixture
def listed_contracts(ctx):
    """Three contracts of two customers, with different totals, balances and due dates."""
    set_branch(ctx, "BJ")
    north = make_customer(ctx, "N01", "北方钢材")
    south = make_customer(ctx, "S02", "南方建材")
    a, _ = make_contract(ctx, north, lines=[("1", "500")],             # BJ-2026-00001
                         installments=[("2026-12-20", "500", None, True)], status="confirmed")
    b, _ = make_contract(ctx, south, lines=[("1", "3000")],            # BJ-2026-00002
                         installments=[("2026-10-01", "1000"), ("2026-12-01", "2000")],
                         status="delivered")
    c, _ = make_contract(ctx, north, lines=[("1", "2000")],             # BJ-2026-00003
                         installments=[("2026-11-30", "2000")], status="draft")
    pay(ctx, south, "1000")  # pays b's first installment: b owes 2000, next due 12-01
    return {"a": a, "b": b, "c": c, "north": north, "south": south}


def ids(ctx, customer_id=None, **kwargs) -> list[int]:
    return contract_list.contract_ids(ctx.uow(), ListQuery(**kwargs), customer_id)


def test_contract_list_sorts_by_number_by_default_and_both_ways(ctx, listed_contracts):
    a, b, c = (listed_contracts[k] for k in "abc")
    assert ids(ctx) == [a, b, c]
    assert ids(ctx, sort="number", descending=True) == [c, b, a]


def test_contract_list_sorts_by_total(ctx, listed_contracts):
    a, b, c = (listed_contracts[k] for k in "abc")
    assert ids(ctx, sort="total") == [a, c, b]
    assert ids(ctx, sort="total", descending=True) == [b, c, a]


def test_contract_list_sorts_by_outstanding(ctx, listed_contracts):
    a, b, c = (listed_contracts[k] for k in "abc")
    # outstanding: a 500, b 2000, c 0 (a draft owes nothing)
    assert ids(ctx, sort="outstanding") == [c, a, b]
    assert ids(ctx, sort="outstanding", descending=True) == [b, a, c]


def test_contract_list_sorts_by_next_due_with_nothing_due_last(ctx, listed_contracts):
    a, b, c = (listed_contracts[k] for k in "abc")
    # next due: a 12-20, b 12-01 (10-01 is paid), c none (draft)
    assert ids(ctx, sort="next_due") == [b, a, c]
    assert ids(ctx, sort="next_due", descending=True) == [a, b, c]


def test_contract_list_filters_by_customer_name_number_and_status(ctx, listed_contracts):
    a, b, c = (listed_contracts[k] for k in "abc")
    assert ids(ctx, text="北方") == [a, c]
    assert ids(ctx, text="s02") == [b]
    assert ids(ctx, text="2026-00003") == [c]
    assert ids(ctx, status="draft") == [c]
    assert ids(ctx, text="北方", status="confirmed") == [a]
    assert ids(ctx, text="%") == []
    assert ids(ctx, listed_contracts["south"]) == [b]


def test_contract_rows_show_balances_in_the_order_asked(ctx, listed_contracts):
    a, b, c = (listed_contracts[k] for k in "abc")
    rows = contract_list.contract_rows(ctx.uow(), [c, b, a])
    assert [r.id for r in rows] == [c, b, a]
    row_c, row_b, row_a = rows
    assert (row_b.number, row_b.customer_code, row_b.total, row_b.received, row_b.outstanding,
            row_b.next_due, row_b.status) == (
        "BJ-2026-00002", "S02", Decimal("3000.00"), Decimal("1000.00"), Decimal("2000.00"),
        dt.date(2026, 12, 1), "delivered")
    assert (row_a.outstanding, row_a.next_due) == (Decimal("500.00"), dt.date(2026, 12, 20))
    assert (row_c.outstanding, row_c.received, row_c.next_due) == (
        Decimal("0.00"), Decimal("0.00"), None)
    assert contract_list.contract_rows(ctx.uow(), []) == []


def test_raising_a_closed_contracts_total_reopens_it_as_delivered(ctx, customer):
    contract_id, _ = make_contract(ctx, customer, status="delivered")
    pay(ctx, customer, "1000")
    edit = contracts.get_contract(ctx.uow(), contract_id).as_input()
    assert edit.status == "closed"
    edit.lines[0].unit_price = "1200"
    edit.installments.append(InstallmentInput("2026-12-31", "200"))
    contracts.update_contract(ctx.uow(), contract_id, edit)
    detail = contracts.get_contract(ctx.uow(), contract_id)
    assert (detail.status, detail.outstanding) == ("delivered", Decimal("200.00"))
    assert audit_log(ctx, "contract")[-1]["detail"]["status"] == "delivered"


def test_refused_edit_leaves_earlier_installments_untouched(ctx, customer):
    contract_id, _ = make_contract(ctx, customer, lines=[("1", "1000")],
                                   installments=[("2026-02-01", "400"), ("2026-03-01", "600")])
    second = installment_ids(ctx, contract_id)[1]
    pay(ctx, customer, "300", allocations=[(second, "300")])
    before = contracts.get_contract(ctx.uow(), contract_id)
    edit = before.as_input()
    edit.installments[0].due_date, edit.installments[0].amount = "2026-02-20", "750"
    edit.installments[1].amount = "250"  # below the 300 paid: refused after the first changed
    with pytest.raises(ValidationError) as info:
        contracts.update_contract(ctx.uow(), contract_id, edit)
    assert (info.value.field, info.value.reason) == ("installments.2.amount", "already_paid")
    assert contracts.get_contract(ctx.uow(), contract_id) == before
