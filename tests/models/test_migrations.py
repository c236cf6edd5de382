"""The schema: Alembic brings any database to head, backs up before upgrading, matches the models."""
from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
import textwrap
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import BigInteger, inspect, text
from sqlalchemy.exc import IntegrityError

import models.migrate
from models import Base, Customer
from models.base import ScaledDecimal
from models.db import make_engine
from models.migrate import MIGRATIONS_DIR, alembic_config, backup_sqlite, current_revision
from models.migrations import HEAD
from services.admin.bootstrap import open_context
from tests.factories import make_0001_database, make_contract, make_customer, open_session, pay

PROJECT_ROOT = Path(__file__).resolve().parents[2]


def engine_of(ctx):
    return ctx.engine


def sqlite_rows(path: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_empty_file_is_migrated_to_head(ctx):
    from alembic.script import ScriptDirectory

    script_head = ScriptDirectory(str(MIGRATIONS_DIR)).get_current_head()
    assert HEAD == script_head
    assert current_revision(engine_of(ctx)) == HEAD
    tables = set(inspect(engine_of(ctx)).get_table_names())
    assert tables == set(Base.metadata.tables) | {"alembic_version"}


def test_head_in_code_matches_alembic_config_script_location():
    from alembic.script import ScriptDirectory

    assert ScriptDirectory.from_config(alembic_config()).get_current_head() == HEAD


def is_scaled_decimal_vs_bigint(diff) -> bool:
    """ScaledDecimal is stored as BigInteger: the same column, whatever a comparison says."""
    if not (isinstance(diff, list) and len(diff) == 1 and diff[0][0] == "modify_type"):
        return False
    existing_type, metadata_type = diff[0][-2], diff[0][-1]
    return isinstance(metadata_type, ScaledDecimal) and isinstance(existing_type, BigInteger)


def test_migrated_schema_matches_the_models(ctx):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    with engine_of(ctx).connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True,
                                                         "render_as_batch": True})
        differences = compare_metadata(context, Base.metadata)
    assert [d for d in differences if not is_scaled_decimal_vs_bigint(d)] == []


def test_migrations_go_down_to_nothing_and_back_up(tmp_path):
    from alembic import command

    engine = make_engine(tmp_path / "round.sqlite3")
    try:
        models.migrate.upgrade_if_needed(engine)
        config = alembic_config(engine)
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.downgrade(config, "base")
        assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
        assert current_revision(engine) is None
        models.migrate.upgrade_if_needed(engine)
        assert current_revision(engine) == HEAD
    finally:
        engine.dispose()


def test_fresh_database_is_not_backed_up(tmp_path, clock):
    ctx = open_context(tmp_path / "new.sqlite3", clock)
    engine_of(ctx).dispose()
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".sqlite3") == ["new.sqlite3"]


def test_up_to_date_database_is_opened_without_upgrade_or_backup(ctx, tmp_path):
    make_customer(ctx, "C001")
    assert models.migrate.upgrade_if_needed(engine_of(ctx)) is None
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".sqlite3") == ["t.sqlite3"]


def install_newer_migrations(folder: Path, monkeypatch) -> None:
    """Pretend a newer app: a copy of the migrations with one more revision, made the head."""
    shutil.copytree(MIGRATIONS_DIR, folder, ignore=shutil.ignore_patterns("__pycache__"))
    (folder / "versions" / "9999_probe.py").write_text(textwrap.dedent(f'''
        """probe: a later revision for the upgrade test"""
        from alembic import op
        import sqlalchemy as sa

        revision = "9999"
        down_revision = "{HEAD}"
        branch_labels = None
        depends_on = None


        def upgrade() -> None:
            op.create_table("probe", sa.Column("id", sa.Integer(), primary_key=True))


        def downgrade() -> None:
            op.drop_table("probe")
        '''), encoding="utf-8")
    monkeypatch.setattr(models.migrate, "MIGRATIONS_DIR", folder)
    monkeypatch.setattr(models.migrate, "HEAD", "9999")


def test_upgrading_an_older_database_backs_it_up_first(tmp_path, clock, monkeypatch):
    data = tmp_path / "data"
    ctx = open_context(data / "books.sqlite3", clock, operator="tester")  # at today's head
    customer = make_customer(ctx, "C001", "老客户")
    make_contract(ctx, customer)
    pay(ctx, customer, "123.45")
    engine_of(ctx).dispose()
    install_newer_migrations(tmp_path / "migrations", monkeypatch)

    engine = make_engine(data / "books.sqlite3")
    try:
        backup = models.migrate.upgrade_if_needed(engine, tmp_path / "backups")
        assert current_revision(engine) == "9999"
        assert "probe" in inspect(engine).get_table_names()
    finally:
        engine.dispose()

    assert backup is not None and backup.parent == tmp_path / "backups"
    assert backup.name.startswith("books-") and backup.name.endswith("-before-9999.sqlite3")
    assert sqlite_rows(backup, "PRAGMA integrity_check") == [("ok",)]
    assert sqlite_rows(backup, "SELECT version_num FROM alembic_version") == [(HEAD,)]
    assert sqlite_rows(backup, "SELECT code, name FROM customer") == [("C001", "老客户")]
    assert sqlite_rows(backup, "SELECT amount FROM payment") == [(12345,)]  # fen
    assert "probe" not in {r[0] for r in sqlite_rows(
        backup, "SELECT name FROM sqlite_master WHERE type = 'table'")}


def test_backup_sqlite_copies_every_row_including_uncheckpointed_wal(ctx, tmp_path):
    make_customer(ctx, "C001", "甲")
    make_customer(ctx, "C002", "乙")
    source = tmp_path / "t.sqlite3"
    with engine_of(ctx).connect() as conn:  # keep the database open: pages may still be in WAL
        conn.execute(text("SELECT 1"))
        backup = backup_sqlite(source, tmp_path / "copies", "manual")
    assert backup.exists() and backup.parent == tmp_path / "copies"
    assert sqlite_rows(backup, "PRAGMA integrity_check") == [("ok",)]
    assert sqlite_rows(backup, "SELECT code, name FROM customer ORDER BY code") == [
        ("C001", "甲"), ("C002", "乙")]
    assert sqlite_rows(backup, "SELECT version_num FROM alembic_version") == [(HEAD,)]


def run_python(code: str) -> str:
    result = subprocess.run([sys.executable, "-c", code], cwd=PROJECT_ROOT, capture_output=True,
                            text=True, timeout=120, env={"PYTHONPATH": str(PROJECT_ROOT),
                                                         "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


OPEN_AND_REPORT = """
import sys
from services.admin.bootstrap import open_context
ctx = open_context(sys.argv[1] if len(sys.argv) > 1 else {path!r})
ctx.engine.dispose()
print("alembic" in sys.modules)
"""


def test_opening_an_up_to_date_database_does_not_import_alembic(ctx, tmp_path):
    make_customer(ctx, "C001")
    engine_of(ctx).dispose()
    assert run_python(OPEN_AND_REPORT.format(path=str(tmp_path / "t.sqlite3"))) == "False"
    # The check can fail: a database that needs migrating does bring Alembic in.
    assert run_python(OPEN_AND_REPORT.format(path=str(tmp_path / "fresh.sqlite3"))) == "True"


def test_sqlite_runs_in_wal_mode_with_foreign_keys_enforced(ctx):
    with open_session(ctx) as session:
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
        with pytest.raises(IntegrityError, match="FOREIGN KEY"):
            session.execute(text(
                "INSERT INTO contract (number, customer_id, salesperson, signed_on, status, "
                "total, notes, created_at, updated_at) VALUES ('X-1', 999, '', '2026-01-01', "
                "'draft', 0, '', '2026-01-01 00:00:00', '2026-01-01 00:00:00')"))
    assert sqlite_rows(Path(engine_of(ctx).url.database), "PRAGMA journal_mode") == [("wal",)]


def test_money_is_stored_as_integer_fen(ctx):
    customer = make_customer(ctx, "C001", credit_limit="1234.56")
    with open_session(ctx) as session:
        raw = session.execute(text("SELECT credit_limit, typeof(credit_limit) FROM customer "
                                   "WHERE id = :id"), {"id": customer}).one()
        assert tuple(raw) == (123456, "integer")
        assert session.get(Customer, customer).credit_limit.as_tuple().exponent == -2


def test_a_0001_database_with_data_is_upgraded_to_head_and_backed_up(tmp_path, clock):
    path = tmp_path / "old.sqlite3"
    make_0001_database(path, "C1", with_contract=True)

    ctx = open_context(path, clock, "tester")
    assert current_revision(ctx.engine) == HEAD
    from services.ledger import contracts

    detail = contracts.get_contract(ctx.uow(), 1)
    assert (detail.number, detail.total, detail.delivery_note_no, detail.late_fee_rate) == (
        "HQ-2026-00001", Decimal("123.45"), "", None)
    [backup] = [p for p in tmp_path.iterdir() if "before-" in p.name]
    with sqlite3.connect(backup) as old:
        assert old.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    ctx.engine.dispose()


def test_database_in_a_folder_with_chinese_and_percent_opens_and_migrates(tmp_path, clock):
    """A Windows login like 张三 puts hanzi in the data folder; Alembic's config must cope."""
    ctx = open_context(tmp_path / "张三 100% 数据" / "回款.sqlite3", clock, "tester")
    make_customer(ctx, "C1")
    assert current_revision(ctx.engine) == HEAD
    ctx.engine.dispose()


def test_a_database_of_a_newer_app_is_refused_before_any_copy(tmp_path, clock):
    """Every start used to write another full "before upgrade" copy, then fail in Alembic."""
    from services.core.environment import DatabaseProblem

    data = tmp_path / "data"
    ctx = open_context(data / "books.sqlite3", clock, "tester")
    make_customer(ctx, "C001")
    engine_of(ctx).dispose()
    with sqlite3.connect(data / "books.sqlite3") as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    before = (data / "books.sqlite3").read_bytes()

    for _start in range(2):
        with pytest.raises(DatabaseProblem) as caught:
            open_context(data / "books.sqlite3", clock, "tester", backup_dir=tmp_path / "backups")
        assert (caught.value.kind, caught.value.detail) == ("newer_schema", "9999")
        assert isinstance(caught.value.__cause__, models.migrate.NewerSchema)

    assert not (tmp_path / "backups").exists()
    assert sorted(p.name for p in data.iterdir()) == ["books.sqlite3"]  # no copy, no -wal left
    assert sqlite_rows(data / "books.sqlite3", "SELECT version_num FROM alembic_version") == [
        ("9999",)]
    assert sqlite_rows(data / "books.sqlite3", "SELECT code FROM customer") == [("C001",)]
    assert (data / "books.sqlite3").read_bytes() == before


def test_known_revisions_come_from_the_scripts(tmp_path, monkeypatch):
    """A revision is "newer" only when no script names it: a newer app's scripts know 9999."""
    known = models.migrate.script_revisions()
    assert known[0] == "0001" and known[-1] == HEAD and "9999" not in known
    install_newer_migrations(tmp_path / "migrations", monkeypatch)
    assert models.migrate.script_revisions() == known + ["9999"]
    engine = make_engine(tmp_path / "new.sqlite3")
    try:
        models.migrate.upgrade_if_needed(engine)
        assert current_revision(engine) == "9999"
        # The older app (its scripts, its head) meets that file.
        monkeypatch.setattr(models.migrate, "MIGRATIONS_DIR", MIGRATIONS_DIR)
        monkeypatch.setattr(models.migrate, "HEAD", known[-1])
        with pytest.raises(models.migrate.NewerSchema) as caught:
            models.migrate.upgrade_if_needed(engine, tmp_path / "backups")
        assert caught.value.revision == "9999"
    finally:
        engine.dispose()
    assert not (tmp_path / "backups").exists()
