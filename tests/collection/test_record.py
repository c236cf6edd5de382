"""The collection record: everything about chasing one customer, read in one unit of work."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from services.collection.follow_ups import FollowUpInput, record_follow_up
from services.collection.promises import PromiseInput, PromiseRecord, record_promise
from services.collection.record import collection_record
from services.core.errors import NotFound
from tests.factories import make_contract, make_customer, pay


def test_record_gathers_balance_installments_payments_promises_and_follow_ups(ctx):
    customer = make_customer(ctx, "C001", "北京华通", credit_rating="B", finance_contact="王会计",
                             finance_phone="010-1234", cashier_contact="李出纳")
    make_contract(ctx, customer, lines=[("1", "1000")], signed_on="2026-10-01",
                  installments=[("2026-11-01", "400"), ("2026-12-20", "600")])
    pay(ctx, customer, "100", received_on="2026-11-10")
    broken = record_promise(ctx.uow(), customer, PromiseInput(
        promised_on="2026-11-20", amount="300", made_on="2026-11-12"))
    record_follow_up(ctx.uow(), customer, FollowUpInput(contacted_on="2026-11-22", channel="call",
                                                        next_action_on="2026-11-27"))
    record = collection_record(ctx.uow(), customer)
    assert (record.code, record.name, record.credit_rating, record.status) == (
        "C001", "北京华通", "B", "active")
    assert (record.finance_contact, record.finance_phone, record.cashier_contact) == (
        "王会计", "010-1234", "李出纳")
    assert (record.outstanding, record.overdue, record.credit) == (
        Decimal("900.00"), Decimal("300.00"), Decimal("0.00"))
    assert [(i.due_date, i.remaining) for i in record.open_installments] == [
        (dt.date(2026, 11, 1), Decimal("300.00")), (dt.date(2026, 12, 20), Decimal("600.00"))]
    assert [p.amount for p in record.payments] == [Decimal("100.00")]
    [promise] = record.promises
    assert (promise.id, promise.status) == (broken, "broken")  # the payment came before it
    assert [f.channel for f in record.follow_ups] == ["call"]
    assert record.promise_record == PromiseRecord(made=1, kept=0, partly_kept=0, broken=1,
                                                  pending=0)
    assert (record.next_follow_up.due_on, record.next_follow_up.is_due) == (
        dt.date(2026, 11, 27), False)


def test_record_of_a_customer_owing_nothing_has_no_next_follow_up(ctx):
    customer = make_customer(ctx, "C001")
    record = collection_record(ctx.uow(), customer)
    assert (record.outstanding, record.next_follow_up, record.promises) == (
        Decimal("0.00"), None, [])


def test_record_of_an_unknown_customer_is_not_found(ctx):
    with pytest.raises(NotFound):
        collection_record(ctx.uow(), 42)
