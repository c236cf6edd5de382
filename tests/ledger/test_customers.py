"""Customers: the round trip, every refusal, the audit trail, the list's filter and sort."""
from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest

from models import AuditEntry, Customer
from services.core.errors import NotFound, ValidationError
from services.core.listing import ListQuery
from services.ledger import customers
from services.ledger.customers import CustomerInput
from tests.factories import audit_log, count_rows, customer_input, make_contract, make_customer, pay


def full_input(**overrides) -> CustomerInput:
    data = CustomerInput(
        code="BJ001", name="北京华通商贸有限公司", short_name="华通", address="北京市朝阳区",
        salesperson="张伟", phone="010-6512 3456",
        purchasing_contact="李采购", purchasing_phone="13800000001",
        finance_contact="王财务", finance_phone="13800000002",
        cashier_contact="赵出纳", cashier_phone="13800000003",
        credit_rating="B", credit_limit="50000.00", payment_terms="45 天账期",
        application_received=True, application_approved_by="陈经理",
        application_approved_on="2026-03-01", payment_approver="刘总", usual_payment_day="25",
        invoice_requirement="copy", delivery_proof_required=True, cash_accepted=True,
        status="active", status_reason="", notes="老客户")
    return dataclasses.replace(data, **overrides)


# --- round trip -------------------------------------------------------------------------

def test_created_customer_reads_back_as_entered(ctx):
    data = full_input()
    customer_id = customers.create_customer(ctx.uow(), data)
    detail = customers.get_customer(ctx.uow(), customer_id)
    assert detail.id == customer_id
    assert detail.data == data
    assert (detail.outstanding, detail.overdue, detail.credit) == (Decimal("0.00"),) * 3


def test_typed_values_are_normalised_on_save(ctx):
    customer_id = customers.create_customer(ctx.uow(), full_input(
        code="  BJ002 ", name=" 某公司 ", credit_limit="¥１２，０００", payment_terms=" 月结 60 天 ",
        application_approved_on="2026/03/01"))
    with ctx.uow() as uow:
        row = uow.session.get(Customer, customer_id)
        assert (row.code, row.name) == ("BJ002", "某公司")
        assert row.credit_limit == Decimal("12000.00")
        assert row.payment_terms == "月结 60 天"
        assert row.application_approved_on == dt.date(2026, 3, 1)


def test_updated_customer_reads_back_with_changes(ctx):
    customer_id = customers.create_customer(ctx.uow(), full_input())
    changed = full_input(name="北京华通新名称", credit_limit="80000.50", status="on_hold",
                         status_reason="逾期未付", usual_payment_day="", phone="010-1")
    customers.update_customer(ctx.uow(), customer_id, changed)
    detail = customers.get_customer(ctx.uow(), customer_id)
    assert detail.data == changed
    assert count_rows(ctx, Customer) == 1


def test_updating_a_missing_customer_raises_not_found(ctx):
    with pytest.raises(NotFound):
        customers.update_customer(ctx.uow(), 999, full_input())
    with pytest.raises(NotFound):
        customers.get_customer(ctx.uow(), 999)


def test_customer_may_keep_its_own_code_on_update(ctx):
    customer_id = customers.create_customer(ctx.uow(), full_input(code="abc"))
    customers.update_customer(ctx.uow(), customer_id, full_input(code="ABC"))
    assert customers.get_customer(ctx.uow(), customer_id).data.code == "ABC"


# --- refusals -----------------------------------------------------------------------------

REFUSALS = [
    ({"name": "   "}, "name", "required"),
    ({"code": ""}, "code", "required"),
    ({"credit_limit": "-1"}, "credit_limit", "negative"),
    ({"credit_limit": "五万"}, "credit_limit", "not_a_number"),
    ({"credit_limit": "100.001"}, "credit_limit", "too_precise"),
    ({"payment_terms": "半年后再说"}, "payment_terms", "unknown_terms"),
    ({"payment_terms": "721 天账期"}, "payment_terms", "unknown_terms"),
    ({"payment_terms": "名" * 61}, "payment_terms", "too_long"),
    ({"usual_payment_day": "32"}, "usual_payment_day", "out_of_range"),
    ({"application_approved_by": ""}, "application_approved_by", "required"),
    ({"application_approved_on": "2026-02-30"}, "application_approved_on", "not_a_date"),
    ({"status": "blacklisted", "status_reason": ""}, "status_reason", "required"),
    ({"status": "on_hold", "status_reason": "  "}, "status_reason", "required"),
    ({"status": "gone"}, "status", "not_allowed"),
    ({"credit_rating": "E"}, "credit_rating", "not_allowed"),
    ({"invoice_requirement": "email"}, "invoice_requirement", "not_allowed"),
    ({"name": "名" * 201}, "name", "too_long"),
]


@pytest.mark.parametrize("overrides, field, reason", REFUSALS,
                         ids=[f"{f}-{r}" for _, f, r in REFUSALS])
def test_bad_customer_input_is_refused_and_nothing_is_saved(ctx, overrides, field, reason):
    with pytest.raises(ValidationError) as info:
        customers.create_customer(ctx.uow(), full_input(**overrides))
    assert (info.value.field, info.value.reason) == (field, reason)
    assert count_rows(ctx, Customer) == 0
    assert count_rows(ctx, AuditEntry) == 0


@pytest.mark.parametrize("overrides, field, reason", REFUSALS,
                         ids=[f"{f}-{r}" for _, f, r in REFUSALS])
def test_bad_customer_update_is_refused_and_the_record_is_unchanged(ctx, overrides, field, reason):
    original = full_input()
    customer_id = customers.create_customer(ctx.uow(), original)
    with pytest.raises(ValidationError) as info:
        customers.update_customer(ctx.uow(), customer_id, full_input(**overrides))
    assert (info.value.field, info.value.reason) == (field, reason)
    assert customers.get_customer(ctx.uow(), customer_id).data == original
    assert len(audit_log(ctx, "customer")) == 1  # the create only


def test_approval_date_without_approver_is_refused_but_approver_alone_is_fine(ctx):
    with pytest.raises(ValidationError) as info:
        make_customer(ctx, "C1", application_approved_on="2026-01-05", application_approved_by="")
    assert (info.value.field, info.value.reason) == ("application_approved_by", "required")
    make_customer(ctx, "C2", application_approved_by="陈经理", application_approved_on="")
    assert count_rows(ctx, Customer) == 1


def test_duplicate_code_is_refused_case_insensitively(ctx):
    make_customer(ctx, "sh001", "上海一号")
    with pytest.raises(ValidationError) as info:
        make_customer(ctx, "SH001", "上海二号")
    assert (info.value.field, info.value.reason) == ("code", "duplicate")
    assert count_rows(ctx, Customer) == 1


def test_update_to_another_customers_code_is_refused(ctx):
    make_customer(ctx, "A1")
    second = make_customer(ctx, "B1")
    with pytest.raises(ValidationError) as info:
        customers.update_customer(ctx.uow(), second, customer_input("a1", "改名"))
    assert (info.value.field, info.value.reason) == ("code", "duplicate")
    assert customers.get_customer(ctx.uow(), second).data.code == "B1"


# --- audit --------------------------------------------------------------------------------

def test_create_and_update_write_audit_entries_with_operator(ctx, clock):
    customer_id = customers.create_customer(ctx.uow(), full_input())
    clock.advance(1)
    customers.update_customer(ctx.uow(), customer_id, full_input(name="新名字"))
    created, updated = audit_log(ctx, "customer")
    assert (created["action"], created["entity_id"]) == ("create", customer_id)
    assert (updated["action"], updated["entity_id"]) == ("update", customer_id)
    assert created["operator"] == updated["operator"] == "tester"
    assert created["at"].date() == dt.date(2026, 11, 24)
    assert updated["at"].date() == dt.date(2026, 11, 25)
    assert created["detail"]["code"] == "BJ001"
    assert updated["detail"] == {"name": "新名字"}  # only what changed


# --- list ---------------------------------------------------------------------------------

@pytest.fixture
def three_customers(ctx):
    ids = {
        "north": make_customer(ctx, "N01", "北方钢材有限公司", phone="010-8888", salesperson="张伟"),
        "south": make_customer(ctx, "S02", "南方建材", phone="020-1234", salesperson="李娜",
                               short_name="南建"),
        "west": make_customer(ctx, "W03", "西部100%五金_店", phone="028-5555", salesperson="张伟"),
    }
    return ids


def listed(ctx, **kwargs) -> list[int]:
    return customers.customer_ids(ctx.uow(), ListQuery(**kwargs))


@pytest.mark.parametrize("text, expected", [
    ("s02", {"south"}),          # code, case-insensitive
    ("钢材", {"north"}),          # name
    ("南建", {"south"}),          # short name
    ("8888", {"north"}),          # phone
    ("张伟", {"north", "west"}),   # salesperson
    ("0", {"north", "south", "west"}),
    ("nothing-like-this", set()),
])
def test_customer_list_filters_by_substring(ctx, three_customers, text, expected):
    assert set(listed(ctx, text=text)) == {three_customers[k] for k in expected}


def test_customer_list_filter_treats_percent_and_underscore_literally(ctx, three_customers):
    assert listed(ctx, text="%") == [three_customers["west"]]
    assert listed(ctx, text="_") == [three_customers["west"]]
    assert listed(ctx, text="0%") == [three_customers["west"]]


def test_customer_list_filters_by_status(ctx, three_customers):
    customers.update_customer(ctx.uow(), three_customers["south"], customer_input(
        "S02", "南方建材", status="on_hold", status_reason="待核对"))
    assert listed(ctx, status="on_hold") == [three_customers["south"]]
    assert set(listed(ctx, status="active")) == {three_customers["north"], three_customers["west"]}


def test_customer_list_default_order_is_by_code(ctx, three_customers):
    assert listed(ctx) == [three_customers[k] for k in ("north", "south", "west")]
    assert listed(ctx, sort="code", descending=True) == [
        three_customers[k] for k in ("west", "south", "north")]


def test_customer_list_sorts_by_outstanding_and_overdue_both_ways(ctx, three_customers):
    north, south, west = (three_customers[k] for k in ("north", "south", "west"))
    # north: 500 outstanding, all overdue; south: 2000 outstanding, none overdue; west: nothing.
    make_contract(ctx, north, lines=[("1", "500")], installments=[("2026-10-01", "500")])
    make_contract(ctx, south, lines=[("2", "1000")], installments=[("2026-12-31", "2000")])

    assert listed(ctx, sort="outstanding") == [west, north, south]
    assert listed(ctx, sort="outstanding", descending=True) == [south, north, west]
    # south and west both have 0 overdue: ties fall back to id order.
    assert listed(ctx, sort="overdue") == [south, west, north]
    assert listed(ctx, sort="overdue", descending=True) == [north, south, west]

    rows = {r.id: r for r in customers.customer_rows(ctx.uow(), [north, south, west])}
    assert (rows[north].outstanding, rows[north].overdue) == (Decimal("500.00"), Decimal("500.00"))
    assert (rows[south].outstanding, rows[south].overdue) == (Decimal("2000.00"), Decimal("0.00"))
    assert (rows[west].outstanding, rows[west].overdue) == (Decimal("0.00"), Decimal("0.00"))


def test_customer_rows_come_back_in_the_order_of_the_ids(ctx, three_customers):
    ids = [three_customers["west"], three_customers["north"]]
    assert [r.id for r in customers.customer_rows(ctx.uow(), ids)] == ids


def test_customer_detail_shows_balances_and_unallocated_credit(ctx):
    customer_id = make_customer(ctx, "D1")
    make_contract(ctx, customer_id, lines=[("1", "300")],
                  installments=[("2026-11-01", "100"), ("2026-12-01", "200")])
    pay(ctx, customer_id, "350")  # 300 allocated, 50 left as credit
    detail = customers.get_customer(ctx.uow(), customer_id)
    assert (detail.outstanding, detail.overdue, detail.credit) == (
        Decimal("0.00"), Decimal("0.00"), Decimal("50.00"))


def test_customer_choices_list_everyone_in_code_order(ctx, three_customers):
    choices = customers.customer_choices(ctx.uow())
    assert [c.code for c in choices] == ["N01", "S02", "W03"]
    assert choices[0].payment_terms == "30 天账期"  # the default, as the old 30 days
