"""Saving over someone else's change is refused with who and when; nothing of either is lost."""
from __future__ import annotations

import pytest

from services.core.errors import EditConflict
from services.ledger import contracts, customers
from tests.factories import make_contract, make_customer


def test_a_customer_saved_by_a_after_b_opened_it_refuses_bs_save(ctx, clock):
    customer = make_customer(ctx, "C001", "甲公司", phone="010-1111")
    opened_by_b = customers.get_customer(ctx.uow(), customer)
    opened_by_a = customers.get_customer(ctx.uow(), customer)
    ctx.operator = "王会计"
    opened_by_a.data.phone = "010-2222"
    new_version = customers.update_customer(ctx.uow(), customer, opened_by_a.data,
                                            opened_by_a.version)
    assert new_version == opened_by_a.version + 1
    ctx.operator = "李出纳"
    opened_by_b.data.credit_limit = "50000"
    with pytest.raises(EditConflict) as conflict:
        customers.update_customer(ctx.uow(), customer, opened_by_b.data, opened_by_b.version)
    assert (conflict.value.entity, conflict.value.entity_id, conflict.value.operator,
            conflict.value.at) == ("customer", customer, "王会计", clock.now())
    saved = customers.get_customer(ctx.uow(), customer)
    assert (saved.data.phone, saved.data.credit_limit, saved.version) == (
        "010-2222", "0.00", new_version)


def test_saving_unchanged_keeps_the_version_so_it_conflicts_with_nobody(ctx):
    customer = make_customer(ctx, "C001")
    detail = customers.get_customer(ctx.uow(), customer)
    assert customers.update_customer(ctx.uow(), customer, detail.data,
                                     detail.version) == detail.version


def test_a_contract_edited_meanwhile_refuses_the_older_edit(ctx):
    customer = make_customer(ctx, "C001")
    contract_id, _ = make_contract(ctx, customer, lines=[("1", "1000")])
    first = contracts.get_contract(ctx.uow(), contract_id)
    second = contracts.get_contract(ctx.uow(), contract_id)
    ctx.operator = "张伟"
    edit = first.as_input()
    edit.notes = "客户要求月底送货"
    contracts.update_contract(ctx.uow(), contract_id, edit, first.version)
    ctx.operator = "李娜"
    other = second.as_input()
    other.delivery_note_no = "SH-001"
    with pytest.raises(EditConflict) as conflict:
        contracts.update_contract(ctx.uow(), contract_id, other, second.version)
    assert conflict.value.operator == "张伟"
    saved = contracts.get_contract(ctx.uow(), contract_id)
    assert (saved.notes, saved.delivery_note_no) == ("客户要求月底送货", "")


def test_a_script_without_a_version_still_saves(ctx):
    customer = make_customer(ctx, "C001")
    detail = customers.get_customer(ctx.uow(), customer)
    detail.data.phone = "1"
    customers.update_customer(ctx.uow(), customer, detail.data)  # no expected version: no check
    detail.data.phone = "2"
    customers.update_customer(ctx.uow(), customer, detail.data)
    assert customers.get_customer(ctx.uow(), customer).data.phone == "2"
