"""The demo database: reproducible, consistent with the services' rules, and fit for the alerts."""
from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from cli.commands import run_demo
from models import (
    Allocation,
    CollectionTarget,
    Contract,
    ContractLine,
    Customer,
    Installment,
    Payment,
)
from models.payment import PAYMENT_METHODS
from services.admin.bootstrap import open_context
from services.core.clock import FixedClock
from services.demo.generate import write_demo
from services.ledger.balances import contract_balance_subquery, installment_balances
from services.ledger.contracts import line_amount
from tests.factories import make_contract, open_session

TODAY = dt.date(2026, 11, 24)
ROOT = Path(__file__).resolve().parents[2]
TABLES = ("customer", "contract", "contract_line", "installment", "payment", "allocation",
          "collection_target", "number_sequence", "app_setting")


def _open(path: Path):
    return open_context(path, FixedClock(TODAY), operator="tester")


def _close(ctx) -> None:
    ctx.engine.dispose()


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """One default-size demo database shared by the read-only checks."""
    ctx = _open(tmp_path_factory.mktemp("demo") / "demo.sqlite3")
    summary = write_demo(ctx)
    yield ctx, summary
    _close(ctx)


def _all(ctx, query):
    with open_session(ctx) as session:
        return session.execute(query).all()


def _dump(ctx) -> dict[str, list]:
    return {table: _all(ctx, text(f"SELECT * FROM {table} ORDER BY 1, 2")) for table in TABLES}


def test_counts_are_as_asked(demo):
    ctx, summary = demo
    assert (summary.customers, summary.contracts) == (40, 300)
    models = {"customers": Customer, "contracts": Contract, "lines": ContractLine,
              "installments": Installment, "payments": Payment, "allocations": Allocation,
              "targets": CollectionTarget}
    for name, model in models.items():
        assert _all(ctx, select(func.count()).select_from(model))[0][0] == getattr(summary, name)


def test_same_seed_and_day_give_identical_rows(demo, tmp_path):
    ctx, summary = demo
    again = _open(tmp_path / "again.sqlite3")
    other = _open(tmp_path / "other.sqlite3")
    try:
        assert write_demo(again) == summary
        assert _dump(again) == _dump(ctx)
        write_demo(other, seed=7)
        assert _dump(other)["contract"] != _dump(ctx)["contract"]
    finally:
        _close(again)
        _close(other)


def test_a_database_with_customers_is_refused(demo):
    ctx, _ = demo
    with pytest.raises(ValueError, match="already has customers"):
        write_demo(ctx)


def test_line_amounts_and_schedules_add_up_to_every_contract_total(demo):
    ctx, _ = demo
    for quantity, unit_price, amount in _all(ctx, select(
            ContractLine.quantity, ContractLine.unit_price, ContractLine.amount)):
        assert amount == line_amount(quantity, unit_price)
    for table in ("contract_line", "installment"):
        mismatched = _all(ctx, text(
            f"SELECT c.id FROM contract c JOIN (SELECT contract_id, SUM(amount) AS s FROM {table}"
            f" GROUP BY contract_id) t ON t.contract_id = c.id WHERE t.s != c.total"))
        assert mismatched == [], table
    assert _all(ctx, text("SELECT COUNT(*) FROM installment WHERE amount <= 0"))[0][0] == 0


def test_allocations_never_exceed_installments_or_payments(demo):
    ctx, _ = demo
    over_installment = _all(ctx, text(
        "SELECT i.id FROM installment i JOIN allocation a ON a.installment_id = i.id"
        " GROUP BY i.id HAVING SUM(a.amount) > MAX(i.amount)"))
    over_payment = _all(ctx, text(
        "SELECT p.id FROM payment p JOIN allocation a ON a.payment_id = p.id"
        " GROUP BY p.id HAVING SUM(a.amount) > MAX(p.amount)"))
    assert over_installment == [] and over_payment == []


def test_closed_contracts_are_paid_in_full_and_paid_deliveries_are_closed(demo):
    ctx, _ = demo
    balance = contract_balance_subquery(TODAY)
    rows = _all(ctx, select(Contract.status, balance.c.outstanding)
                .join(balance, balance.c.contract_id == Contract.id))
    assert all(left == 0 for status, left in rows if status == "closed")
    assert all(left > 0 for status, left in rows if status == "delivered")
    statuses = [status for status, in _all(ctx, select(Contract.status))]
    assert set(statuses) == {"draft", "confirmed", "delivered", "closed", "cancelled"}
    assert sum(s in ("delivered", "closed") for s in statuses) > 0.7 * len(statuses)


def test_installments_due_within_five_days_and_in_every_aging_bucket(demo):
    ctx, _ = demo
    inst = installment_balances(TODAY).subquery()
    rows = _all(ctx, select(inst.c.due_date, inst.c.remaining).where(inst.c.remaining > 0))
    soon = [due for due, _ in rows if TODAY <= due <= TODAY + dt.timedelta(days=5)]
    late = [(TODAY - due).days for due, _ in rows if due < TODAY]
    assert len(soon) >= 5
    for low, high in ((1, 30), (31, 60), (61, 90), (91, 10_000)):
        assert any(low <= days <= high for days in late), (low, high)


def test_exactly_one_customer_is_on_hold_with_a_reason(demo):
    ctx, _ = demo
    held = _all(ctx, select(Customer.status_reason).where(Customer.status == "on_hold"))
    assert len(held) == 1 and held[0][0]
    codes = [code for code, in _all(ctx, select(Customer.code).order_by(Customer.id))]
    assert codes[:2] == ["C0001", "C0002"]


def test_payments_are_past_with_references_credit_and_one_reversal(demo):
    ctx, _ = demo
    rows = _all(ctx, select(Payment.received_on, Payment.method, Payment.reference,
                            Payment.reversed_on, Payment.reversal_reason))
    assert all(received <= TODAY and method in PAYMENT_METHODS for received, method, *_ in rows)
    assert all(ref for _, method, ref, *_ in rows if method == "bank_transfer")
    reversed_rows = [r for r in rows if r[3] is not None]
    assert len(reversed_rows) == 1 and reversed_rows[0][4] and reversed_rows[0][3] <= TODAY
    with_credit = _all(ctx, text(
        "SELECT p.id FROM payment p JOIN allocation a ON a.payment_id = p.id"
        " WHERE p.reversed_on IS NULL GROUP BY p.id HAVING SUM(a.amount) < MAX(p.amount)"))
    assert len(with_credit) >= 3


def test_targets_are_set_for_this_month(demo):
    ctx, _ = demo
    months = [month for month, in _all(ctx, select(CollectionTarget.month))]
    assert months and set(months) == {dt.date(2026, 11, 1)}


def test_new_contracts_continue_the_demo_numbering(ctx):
    write_demo(ctx, customers=5, contracts=40)
    numbers = {n for n, in _all(ctx, select(Contract.number))}
    for year, signed_on in ((2026, "2026-11-20"), (2025, "2025-12-01")):
        used = [int(n.rsplit("-", 1)[1]) for n in numbers if n.startswith(f"BJ-{year}-")]
        _, number = make_contract(ctx, 1, signed_on=signed_on, status="draft")
        assert number == f"BJ-{year}-{max(used) + 1:05d}" and number not in numbers


def test_demo_command_writes_once_and_refuses_to_overwrite(tmp_path):
    target = tmp_path / "cli.sqlite3"
    command = [sys.executable, "main.py", "demo", "--db", str(target),
               "--customers", "5", "--contracts", "20"]
    env = os.environ | {"PYTHONPATH": str(ROOT)}
    first = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert first.returncode == 0, first.stderr
    second = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert second.returncode == 1 and "--force" in second.stderr


def test_demo_command_replaces_with_force_and_checks_arguments(tmp_path, capsys):
    target = tmp_path / "cli.sqlite3"
    assert run_demo(target, 3, 10, 1, force=False) == 0
    assert run_demo(target, 3, 10, 1, force=False) == 1
    assert run_demo(target, 4, 12, 1, force=True) == 0
    assert "4 customers, 12 contracts" in capsys.readouterr().out
    assert run_demo(target, 0, 10, 1, force=True) == 2
    assert run_demo(target, 3, -1, 1, force=True) == 2
    assert target.exists()



def test_only_customers_with_an_approved_application_have_contracts(tmp_path):
    from sqlalchemy import select

    from models import Contract, Customer
    from services.admin.bootstrap import open_context
    from services.core.clock import FixedClock
    from services.demo.generate import write_demo

    ctx = open_context(tmp_path / "d.sqlite3", FixedClock(dt.date(2026, 11, 24)), "demo")
    write_demo(ctx, customers=60, contracts=400)
    with ctx.uow() as uow:
        unapproved = uow.session.scalars(select(Customer.id).where(
            Customer.application_approved_on.is_(None))).all()
        with_contracts = set(uow.session.scalars(select(Contract.customer_id).distinct()))
    assert unapproved, "the demo should show customers still waiting for approval"
    assert not with_contracts & set(unapproved)


def test_demo_fills_the_paid_cache_from_allocations(tmp_path):
    from services.admin.bootstrap import open_context
    from services.core.clock import FixedClock
    from services.demo.generate import write_demo
    from services.ledger.balances import allocations_to_unowed, paid_cache_mismatches

    ctx = open_context(tmp_path / "d.sqlite3", FixedClock(dt.date(2026, 11, 24)), "demo")
    write_demo(ctx, customers=20, contracts=200)
    with ctx.uow() as uow:
        assert paid_cache_mismatches(uow.session) == []
        assert allocations_to_unowed(uow.session) == []


def test_rows_do_not_depend_on_the_chunk_size(demo, tmp_path, monkeypatch):
    """The demo is written in chunks to keep memory flat; the chunk size changes no row."""
    import services.demo.generate as generate

    ctx, summary = demo
    monkeypatch.setattr(generate, "CHUNK", 7)  # many chunks, none aligned with anything
    again = _open(tmp_path / "chunked.sqlite3")
    try:
        assert write_demo(again) == summary
        assert _dump(again) == _dump(ctx)
    finally:
        _close(again)


def test_writing_the_demo_puts_the_connections_cache_settings_back(tmp_path):
    """The demo writes with a small SQLite page cache and no memory map; the app that goes on
    using the same connection (main.py --demo) gets its own settings back."""
    ctx = _open(tmp_path / "pragmas.sqlite3")
    try:
        def settings():
            with open_session(ctx) as session:
                return [session.execute(text(f"PRAGMA {name}")).scalar()
                        for name in ("cache_size", "mmap_size")]
        before = settings()
        write_demo(ctx, customers=5, contracts=30)
        assert settings() == before
    finally:
        _close(ctx)
