"""Migration 0008: customer.pinyin added and filled for the customers already there."""
from __future__ import annotations

import importlib.util
import sqlite3

from models.db import make_engine
from models.migrate import MIGRATIONS_DIR, current_revision, run_migrations
from models.migrations import HEAD
from services.admin.bootstrap import open_context
from services.core.listing import ListQuery
from services.ledger import customers
from services.ledger.pinyin import pinyin_key
from tests.factories import make_customer

NAMES = [("北京九州诊所", "九州"), ("重庆长沙银行", ""), ("吕氏ABC医疗（２）分公司", "吕氏"),
         ("天津百草药业有限公司", "百草药业"), ("（）", ""), ("Acme 上海 Ltd.", "")]


def _sql(path, statement) -> list:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(statement).fetchall()
    finally:
        conn.close()


def _at_0007(tmp_path, clock):
    """A file with customers, taken down to 0007: what the release before left."""
    path = tmp_path / "old.sqlite3"
    ctx = open_context(path, clock, operator="tester")
    for n, (name, short) in enumerate(NAMES, start=1):
        make_customer(ctx, f"C{n:03d}", name, short_name=short)
    ctx.close()
    engine = make_engine(path)
    run_migrations(engine, "0007", downgrade=True)
    engine.dispose()
    return path


def test_the_downgrade_drops_the_column(tmp_path, clock):
    path = _at_0007(tmp_path, clock)
    assert "pinyin" not in {row[1] for row in _sql(path, "PRAGMA table_info(customer)")}


def test_upgrading_fills_every_customers_key_as_a_save_would(tmp_path, clock):
    path = _at_0007(tmp_path, clock)
    before = _sql(path, "SELECT id, code, name, short_name, version, updated_at FROM customer")
    ctx = open_context(path, clock, operator="tester", backup_dir=tmp_path / "backups")
    try:
        assert current_revision(ctx.engine) == HEAD
        keys = _sql(path, "SELECT name, short_name, pinyin FROM customer ORDER BY id")
        assert keys == [(name, short, pinyin_key(name, short)) for name, short in NAMES]
        assert keys[0][2] == "bei jing jiu zhou zhen suo | jiu zhou"
        assert _sql(path, "SELECT id, code, name, short_name, version, updated_at"
                          " FROM customer") == before
        found = customers.customer_ids(ctx.uow(), ListQuery(text="bjjz"))
        assert [c.code for c in customers.customer_choices(ctx.uow()) if c.id in found] == [
            "C001"]
    finally:
        ctx.close()


def test_the_migrations_copy_of_the_key_is_the_services_key():
    """The migration keeps its own copy of the key (a migration must not change when the app
    does); while the two are meant to agree, this holds them equal."""
    script = MIGRATIONS_DIR / "versions" / "0008_customer_pinyin.py"
    spec = importlib.util.spec_from_file_location("migration_0008", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for name, short in [*NAMES, ("绿和行〇号", "ｘｙ"), ("", "")]:
        assert module._key(name, short) == pinyin_key(name, short), name
