"""Migration 0010: customer.former_codes, and dunning_letter.merged_from in the letter's per-day
key; the letters already there (with their items and sendings) come through unchanged."""
from __future__ import annotations

import sqlite3

import pytest

from models.db import make_engine
from models.migrate import current_revision, run_migrations
from models.migrations import HEAD
from services.admin.bootstrap import open_context
from tests.factories import installment_ids, make_contract, make_customer

LETTER = ("INSERT INTO dunning_letter (customer_id, level, letter_date, overdue, late_fee, pay_by,"
          " skipped_reason, created_at, created_by) VALUES (1, 2, '2026-11-24', 50000, 0,"
          " '2026-12-01', '', '2026-11-24 09:00:00', 'tester')")


def _sql(path, *statements) -> list:
    conn = sqlite3.connect(path)
    try:
        rows = [conn.execute(statement).fetchall() for statement in statements]
        conn.commit()
        return rows[-1]
    finally:
        conn.close()


def _at_0009(tmp_path, clock):
    """A file at 0009 holding a customer with a letter, its item and a sending."""
    path = tmp_path / "old.sqlite3"
    ctx = open_context(path, clock, operator="tester")
    customer = make_customer(ctx, "C001", "北京九州诊所")
    contract, _ = make_contract(ctx, customer)
    [installment] = installment_ids(ctx, contract)
    ctx.close()
    engine = make_engine(path)
    run_migrations(engine, "0009", downgrade=True)
    engine.dispose()
    _sql(path, LETTER,
         "INSERT INTO dunning_letter_item (letter_id, installment_id, remaining, days_overdue,"
         f" late_fee) VALUES (1, {installment}, 50000, 60, 0)",
         "INSERT INTO letter_sending (letter_id, sent_on, method, tracking_number, sent_by,"
         " recorded_at) VALUES (1, '2026-11-24', 'wechat', '', 'tester', '2026-11-24 10:00:00')")
    return path


def test_the_downgrade_drops_both_columns(tmp_path, clock):
    path = _at_0009(tmp_path, clock)
    assert "former_codes" not in {r[1] for r in _sql(path, "PRAGMA table_info(customer)")}
    assert "merged_from" not in {r[1] for r in _sql(path, "PRAGMA table_info(dunning_letter)")}
    with pytest.raises(sqlite3.IntegrityError, match="UNIQUE"):
        _sql(path, LETTER)


def test_upgrading_keeps_letters_items_and_sendings_and_the_per_day_key(tmp_path, clock):
    path = _at_0009(tmp_path, clock)
    ctx = open_context(path, clock, operator="tester", backup_dir=tmp_path / "backups")
    try:
        assert current_revision(ctx.engine) == HEAD
    finally:
        ctx.close()
    assert _sql(path, "SELECT code, former_codes FROM customer") == [("C001", "")]
    assert _sql(path, "SELECT id, customer_id, level, merged_from FROM dunning_letter") == [
        (1, 1, 2, "")]
    assert _sql(path, "SELECT letter_id FROM dunning_letter_item") == [(1,)]
    assert _sql(path, "SELECT letter_id, method FROM letter_sending") == [(1, "wechat")]
    with pytest.raises(sqlite3.IntegrityError, match="UNIQUE"):  # a run's letter: still once
        _sql(path, LETTER)
    _sql(path, LETTER.replace("created_by)", "created_by, merged_from)")
                      .replace("'tester')", "'tester', 'C-0042')"))  # a merged one's letter
    assert _sql(path, "SELECT count(*) FROM dunning_letter") == [(2,)]
