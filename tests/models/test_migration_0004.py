"""Migration 0004: version columns and CHECK constraints, after the paid cache is recomputed and
rows that would break the constraints are reported (the upgrade is refused, nothing changed)."""
from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy.exc import IntegrityError

from models.db import make_engine
from models.migrate import current_revision, run_migrations
from models.migrations import HEAD
from services.admin.bootstrap import open_context
from tests.factories import make_contract, make_customer, open_session, pay


def _at_0003(tmp_path, clock):
    """A file at schema 0003 with one customer owing 300.00 on 3 installments of 100.00, 150.00
    paid: what the previous release left."""
    path = tmp_path / "old.sqlite3"
    ctx = open_context(path, clock, operator="tester")
    customer = make_customer(ctx, "C001")
    make_contract(ctx, customer, lines=[("3", "100")], status="delivered",
                  installments=[("2026-09-01", "100"), ("2026-10-01", "100"), ("2026-11-01", "100")])
    pay(ctx, customer, "150")
    ctx.close()
    engine = make_engine(path)
    run_migrations(engine, "0003", downgrade=True)
    engine.dispose()
    return path


def _sql(path, *statements) -> list:
    conn = sqlite3.connect(path)
    try:
        rows = [conn.execute(s).fetchall() for s in statements]
        conn.commit()
        return rows
    finally:
        conn.close()


def test_a_short_paid_cache_is_recomputed_from_the_allocations(tmp_path, clock):
    path = _at_0003(tmp_path, clock)
    _sql(path, "UPDATE installment SET paid = 0")  # as a race of two clerks left it
    ctx = open_context(path, clock, operator="tester", backup_dir=tmp_path / "backups")
    assert current_revision(ctx.engine) == HEAD
    paid = _sql(path, "SELECT paid FROM installment ORDER BY due_date")[0]
    assert paid == [(10000,), (5000,), (0,)]
    ctx.close()


def test_an_over_paid_installment_refuses_the_upgrade_with_the_rows_listed(tmp_path, clock):
    path = _at_0003(tmp_path, clock)
    # Two clerks' payments both allocated to the first installment: 100.00 owed, 170.00 paid.
    _sql(path, "INSERT INTO payment (customer_id, received_on, amount, method, reference, note,"
               " reversal_reason, created_at, created_by) VALUES (1, '2026-11-20', 7000,"
               " 'cash', '', '', '', '2026-11-20', 'B')",
         "INSERT INTO allocation (payment_id, installment_id, amount) VALUES (2, 1, 7000)")
    with pytest.raises(Exception) as refused:
        open_context(path, clock, operator="tester", backup_dir=tmp_path / "backups")
    message = str(refused.value)
    assert "不能升级" in message and "1 installments paid beyond their amount" in message
    assert "HQ-2026-00001 2026-09-01 10000 17000" in message
    assert _sql(path, "SELECT version_num FROM alembic_version")[0] == [("0003",)]  # unchanged
    assert len(list((tmp_path / "backups").glob(f"*before-{HEAD}*"))) == 1  # the copy is there


def test_the_database_itself_refuses_paid_beyond_the_amount_and_empty_allocations(ctx):
    customer = make_customer(ctx, "C001")
    make_contract(ctx, customer, lines=[("1", "100")])
    pay(ctx, customer, "60")
    with open_session(ctx) as session:
        from sqlalchemy import text

        with pytest.raises(IntegrityError):
            session.execute(text("UPDATE installment SET paid = amount + 1"))
        session.rollback()
        with pytest.raises(IntegrityError):
            session.execute(text("UPDATE installment SET paid = -1"))
        session.rollback()
        with pytest.raises(IntegrityError):
            session.execute(text("UPDATE allocation SET amount = 0"))
