"""A restore checks every table and column against what the backup's schema version should
have (the migrations run up to that version), refuses a file without a version, and is
recorded in the restored database's audit log."""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

from models import Base
from models.migrate import expected_schema, sqlite_schema
from models.migrations import HEAD
from services.admin.backup import (
    BackupRefused,
    backup_now,
    check_backup_file,
    restore_backup,
)
from services.admin.bootstrap import open_context
from tests.factories import audit_log, file_rows, make_0001_database, make_customer


def execute(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path)
    try:
        for statement in statements:
            conn.execute(statement)
        conn.commit()
    finally:
        conn.close()



@pytest.fixture
def saved(db_file, policy, clock) -> Path:
    """A good backup at HEAD holding one customer; the database is closed afterwards."""
    ctx = open_context(db_file, clock, operator="tester")
    make_customer(ctx, "C001", "甲")
    made = backup_now(db_file, policy)
    make_customer(ctx, "C002", "乙")
    ctx.engine.dispose()
    return made


def refused(db_file: Path, backup: Path, folder: Path) -> BackupRefused:
    before = db_file.read_bytes()
    with pytest.raises(BackupRefused) as caught:
        restore_backup(db_file, backup, folder)
    assert db_file.read_bytes() == before  # nothing changed
    assert not any("before-restore" in p.name for p in folder.iterdir())
    return caught.value


def test_the_expected_schema_is_what_the_migrations_make(db_file, saved):
    head = expected_schema(HEAD)
    assert set(head) == set(Base.metadata.tables) | {"alembic_version"}
    assert all(head[name] == {c.name for c in table.columns}
               for name, table in Base.metadata.tables.items())
    conn = sqlite3.connect(db_file)
    try:
        assert sqlite_schema(conn) == head  # a database the app made has exactly that
    finally:
        conn.close()
    first = expected_schema("0001")  # older revisions have less: tables added later are not in
    assert {"customer", "contract", "payment", "allocation"} <= set(first)
    assert "document" not in first and "document" in expected_schema("0002")
    assert "promise" not in expected_schema("0002") and "promise" in expected_schema("0003")


def test_a_backup_missing_a_table_is_refused(db_file, saved, policy):
    execute(saved, "DROP TABLE allocation")
    problem = refused(db_file, saved, policy.folder)
    assert problem.reason == "schema"
    assert problem.detail == f"{HEAD}: missing tables: allocation"


def test_a_backup_missing_a_column_is_refused(db_file, saved, policy):
    execute(saved, "ALTER TABLE payment DROP COLUMN reference")
    problem = refused(db_file, saved, policy.folder)
    assert (problem.reason, problem.detail) == ("schema", f"{HEAD}: payment lacks columns: "
                                                          "reference")


def test_a_backup_with_tables_of_another_version_is_refused(db_file, saved, policy):
    execute(saved, "CREATE TABLE scratch (id INTEGER PRIMARY KEY)",
            "ALTER TABLE customer ADD COLUMN nickname TEXT")
    problem = refused(db_file, saved, policy.folder)
    assert problem.detail == (f"{HEAD}: unexpected tables: scratch; "
                              "customer has unexpected columns: nickname")


def test_each_revision_is_checked_against_its_own_schema(db_file, saved, policy, tmp_path):
    old = tmp_path / "old" / "old.sqlite3"
    make_0001_database(old)
    assert check_backup_file(old).revision == "0001"  # a sound 0001 file passes
    execute(old, f"UPDATE alembic_version SET version_num = '{HEAD}'")  # but is not a HEAD one
    problem = refused(db_file, old, policy.folder)
    assert problem.reason == "schema" and "missing tables: " in problem.detail
    assert "document" in problem.detail and "promise" in problem.detail


@pytest.mark.parametrize("version", [None, ""])
def test_a_backup_whose_version_is_null_is_refused(db_file, saved, policy, version):
    execute(saved, "DROP TABLE alembic_version",
            "CREATE TABLE alembic_version (version_num VARCHAR(32))")
    conn = sqlite3.connect(saved)
    conn.execute("INSERT INTO alembic_version VALUES (?)", (version,))
    conn.commit()
    conn.close()
    problem = refused(db_file, saved, policy.folder)
    assert problem.reason == "no_version"


def test_a_restore_is_audited_in_the_restored_database(db_file, saved, policy, clock):
    digest = hashlib.sha256(saved.read_bytes()).hexdigest()

    restore_backup(db_file, saved, policy.folder, operator="王会计", clock=clock)

    [entry] = file_rows(db_file, "SELECT at, operator, action, entity, entity_id, detail "
                            "FROM audit_entry WHERE action = 'restore'")
    assert entry[:5] == ("2026-11-24 09:00:00.000000", "王会计", "restore", "database", None)
    assert json.loads(entry[5]) == {"file": saved.name, "sha256": digest, "revision": HEAD}
    assert hashlib.sha256(saved.read_bytes()).hexdigest() == digest  # the backup is untouched
    ctx = open_context(db_file, clock, operator="tester")  # the app reads it like its own
    try:
        [read] = audit_log(ctx, "database")
        assert (read["at"], read["operator"], read["action"]) == (
            dt.datetime(2026, 11, 24, 9, 0), "王会计", "restore")
    finally:
        ctx.engine.dispose()


def test_an_old_backup_restored_is_audited_too(db_file, saved, policy, clock, tmp_path):
    old = tmp_path / "old" / "old.sqlite3"
    make_0001_database(old)
    restore_backup(db_file, old, policy.folder, clock=clock)  # no operator named
    [(operator, detail)] = file_rows(db_file, "SELECT operator, detail FROM audit_entry")
    assert operator == "?" and json.loads(detail)["revision"] == "0001"
    assert file_rows(db_file, "SELECT version_num FROM alembic_version") == [("0001",)]
