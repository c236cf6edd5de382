"""Property tests of the ledger: whatever contracts, payments and reversals a customer has,
the cached "open now" figures agree with the allocations, nothing is paid beyond its amount and
no payment gives more than it had (hypothesis draws the histories)."""
from __future__ import annotations

import datetime as dt
import itertools
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from models import Allocation, Installment, Payment
from models.base import fen, fen_to_yuan
from services.core.parsing import db_date
from services.ledger import balances, payments
from tests.factories import make_contract, make_customer, open_session, pay

TODAY = dt.date(2026, 11, 24)  # the ctx fixture's clock
_codes = itertools.count(1)

cents = st.integers(min_value=1, max_value=500_00)
contracts = st.lists(  # per contract: status and installments (days from today, fen, deposit)
    st.tuples(st.sampled_from(["confirmed", "delivered"]),
              st.lists(st.tuples(st.integers(-90, 60), cents, st.booleans()),
                       min_size=1, max_size=3)),
    min_size=1, max_size=3)
actions = st.lists(st.one_of(
    st.tuples(st.just("pay"), cents, st.integers(-60, 0), st.booleans()),
    st.tuples(st.just("reverse"), st.integers(0, 20))), max_size=12)


def yuan(cents_: int) -> Decimal:
    return Decimal(cents_).scaleb(-2)


def build(ctx, drawn_contracts, drawn_actions) -> int:
    customer = make_customer(ctx, f"P{next(_codes):05d}")
    contract_ids = []
    for status, schedule in drawn_contracts:
        total = sum(amount for _, amount, _ in schedule)
        installments = [(TODAY + dt.timedelta(days=days), yuan(amount), None, deposit)
                        for days, amount, deposit in schedule]
        signed = min(min(item[0] for item in installments), TODAY) - dt.timedelta(days=1)
        contract_id, _ = make_contract(ctx, customer, lines=[("1", yuan(total))],
                                       installments=installments, status=status,
                                       signed_on=signed, delivery_on=signed)
        contract_ids.append(contract_id)
    paid_ids = []
    for action in drawn_actions:
        if action[0] == "pay":
            _, amount, days, to_contract = action
            paid_ids.append(pay(ctx, customer, yuan(amount),
                                received_on=TODAY + dt.timedelta(days=days),
                                contract_id=contract_ids[-1] if to_contract else None))
        elif paid_ids:
            target = paid_ids[action[1] % len(paid_ids)]
            try:
                payments.reverse_payment(ctx.uow(), target, "退票")
            except Exception as error:  # reversing twice is refused; that is all
                assert getattr(error, "reason", "") == "already_reversed"
    return customer


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(drawn_contracts=contracts, drawn_actions=actions)
def test_cache_agrees_with_allocations_and_nothing_is_over_paid(ctx, drawn_contracts,
                                                               drawn_actions):
    customer = build(ctx, drawn_contracts, drawn_actions)
    with open_session(ctx) as session:
        assert balances.paid_cache_mismatches(session) == []
        from_cache = {row.installment_id: row.remaining for row in session.execute(
            balances.open_installments_now(customer_ids=[customer]))}
        truth = {i.id: int(i.remaining * 100)
                 for i in balances.open_installments(session, TODAY, customer_id=customer)}
        assert from_cache == truth

        over_paid = session.scalar(select(func.count()).select_from(Installment).where(
            Installment.paid > Installment.amount))
        assert over_paid == 0
        given_out = dict(session.execute(
            select(Payment.id, func.coalesce(func.sum(fen(Allocation.amount)), 0))
            .outerjoin(Allocation, Allocation.payment_id == Payment.id)
            .where(Payment.customer_id == customer).group_by(Payment.id)).all())
        amounts = dict(session.execute(select(Payment.id, fen(Payment.amount))
                                       .where(Payment.customer_id == customer)).all())
        assert all(given_out[pid] <= amounts[pid] for pid in amounts)

        # Outstanding today = what is scheduled − what active payments allocated; the rest
        # of the active payments is the customer's credit.
        balance = balances.customer_balance(session, customer, TODAY)
        assert balance.outstanding == fen_to_yuan(sum(truth.values()))
        active = session.scalar(select(func.coalesce(func.sum(fen(Payment.amount)), 0))
                                .where(Payment.customer_id == customer,
                                       balances.payment_active(TODAY)))
        # Owed: every installment of a delivered contract, the deposits of a confirmed one.
        scheduled = sum(amount for status, schedule in drawn_contracts
                        for _, amount, deposit in schedule if status == "delivered" or deposit)
        credit = balances.unallocated_credit(session, customer, TODAY)
        assert fen_to_yuan(active) - credit == fen_to_yuan(scheduled) - balance.outstanding


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(drawn_contracts=contracts, drawn_actions=actions)
def test_today_from_the_cache_agrees_with_the_allocations_per_contract(ctx, drawn_contracts,
                                                                       drawn_actions):
    """The contracts list sorts by outstanding and next due from the cache; the rows it shows
    come from the allocations. Both say the same for every contract."""
    build(ctx, drawn_contracts, drawn_actions)
    with open_session(ctx) as session:
        now = balances.contract_open_now_subquery()
        fast = {cid: (left, due) for cid, left, due in session.execute(
            select(now.c.contract_id, now.c.outstanding, now.c.next_due))}
        slow_query = balances.contract_balance_subquery(TODAY)
        slow = {cid: (left, due) for cid, left, due in session.execute(
            select(slow_query.c.contract_id, slow_query.c.outstanding, slow_query.c.next_due))
            if left}
        assert {cid: (left, db_date(due)) for cid, (left, due) in fast.items()} == \
            {cid: (left, db_date(due)) for cid, (left, due) in slow.items()}
