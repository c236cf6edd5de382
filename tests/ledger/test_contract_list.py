"""The contracts list's filter: number, salesperson, and the customer as every customer box
finds it (code, name, 拼音)."""
from __future__ import annotations

from services.core.listing import ListQuery
from services.ledger import contract_list
from tests.factories import make_contract, make_customer


def _found(ctx, text, **kw):
    return set(contract_list.contract_ids(ctx.uow(), ListQuery(text, "number", **kw)))


def test_typed_text_finds_contracts_by_number_salesperson_and_customer(ctx):
    north = make_customer(ctx, "BJ001", "北京九州诊所")
    south = make_customer(ctx, "GZ002", "广州南方药房")
    a, a_number = make_contract(ctx, north, lines=[("1", "100")], salesperson="王丽")
    b, _ = make_contract(ctx, south, lines=[("1", "100")], salesperson="赵强")
    assert _found(ctx, "") == {a, b}
    assert _found(ctx, a_number) == {a}
    assert _found(ctx, a_number.lower()) == {a}         # case ignored
    assert _found(ctx, "赵强") == {b}
    assert _found(ctx, "bj001") == {a}                  # the customer's code
    assert _found(ctx, "九州") == {a}                   # its name
    assert _found(ctx, "bjjz") == {a}                   # its name's 拼音 initials
    assert _found(ctx, "guangzhou") == {b}              # full 拼音
    assert _found(ctx, "50%") == set()                  # LIKE signs are plain characters
    assert contract_list.contract_ids(ctx.uow(), ListQuery("", "customer")) == [a, b]
    assert contract_list.contract_ids(ctx.uow(), ListQuery("", "customer"), south) == [b]
