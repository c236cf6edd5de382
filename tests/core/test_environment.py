"""What the environment does to the database arrives as DatabaseProblem of the right kind, on
SQLite and PostgreSQL, and the command line says it in one line."""
from __future__ import annotations

import errno
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import event, text

from services.admin.bootstrap import open_context
from services.core.environment import DatabaseProblem, classify
from services.ledger import customers
from tests.conftest import SERVER_URL
from tests.factories import customer_input, make_customer

ROOT = Path(__file__).resolve().parents[2]


def sqlite_error(code: int, message: str = "x") -> sqlite3.Error:
    error = sqlite3.OperationalError(message)
    error.sqlite_errorcode = code
    return error


class PgError(Exception):
    def __init__(self, sqlstate: str) -> None:
        super().__init__(sqlstate)
        self.sqlstate = sqlstate


@pytest.mark.parametrize("error, kind", [
    (sqlite_error(5), "busy"), (sqlite_error(517), "busy"),        # BUSY, BUSY_SNAPSHOT
    (sqlite_error(8), "read_only"), (sqlite_error(1032), "read_only"),
    (sqlite_error(13), "disk_full"), (sqlite_error(11), "damaged"), (sqlite_error(26), "damaged"),
    (sqlite_error(14), "unreachable"), (sqlite_error(10), "io_error"),
    (sqlite_error(1), None), (sqlite_error(19), None),            # a bug: SQL error, constraint
    (PgError("55P03"), "busy"), (PgError("40P01"), "busy"), (PgError("25006"), "read_only"),
    (PgError("53100"), "disk_full"), (PgError("57P01"), "disconnected"),
    (PgError("08006"), "disconnected"), (PgError("42P01"), None), (PgError("23505"), None),
    (OSError(errno.ENOSPC, "full"), "disk_full"), (OSError(errno.EROFS, "ro"), "read_only"),
    (OSError(errno.ENOENT, "gone"), None), (ValueError("bug"), None),
])
def test_known_environment_errors_are_told_apart_from_bugs(error, kind):
    assert classify(error) == kind


def test_the_cause_of_a_wrapped_error_is_found():
    try:
        try:
            raise sqlite_error(13, "database or disk is full")
        except sqlite3.Error as inner:
            raise RuntimeError("while saving") from inner
    except RuntimeError as outer:
        assert classify(outer) == "disk_full"


def test_a_locked_sqlite_database_is_busy_within_the_wait(tmp_path):
    db = tmp_path / "locked.sqlite3"
    ctx = open_context(db, operator="tester", wait_ms=100)
    other = sqlite3.connect(db, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another clerk's save in progress
    try:
        with pytest.raises(DatabaseProblem) as problem:
            customers.create_customer(ctx.uow(), customer_input("C001"))
        assert problem.value.kind == "busy"
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert customers.create_customer(ctx.uow(), customer_input("C001")) > 0  # free again
    ctx.close()


def test_a_read_only_file_refuses_writes_in_words(tmp_path):
    db = tmp_path / "ro.sqlite3"
    open_context(db).close()
    ctx = open_context(f"sqlite:///file:{db}?mode=ro&uri=true", operator="tester")
    with pytest.raises(DatabaseProblem) as problem:
        customers.create_customer(ctx.uow(), customer_input("C001"))
    assert problem.value.kind == "read_only"
    ctx.close()


def test_a_full_disk_is_reported_and_nothing_half_saved(tmp_path):
    db = tmp_path / "full.sqlite3"
    ctx = open_context(db, operator="tester")
    ctx.engine.dispose()
    pages = sqlite3.connect(db).execute("PRAGMA page_count").fetchone()[0]
    # SQLite answers SQLITE_FULL, as on a full disk, once the file may not grow further.
    event.listen(ctx.engine, "connect", lambda conn, _r: conn.execute(
        f"PRAGMA max_page_count={pages + 2}"))
    with pytest.raises(DatabaseProblem) as problem:
        for n in range(500):
            make_customer(ctx, f"C{n:04d}", "很长的名字" * 30, notes="备注" * 1000)
    assert problem.value.kind == "disk_full"
    saved = customers.customer_ids(ctx.uow(), customers.ListQuery())
    assert len(saved) == n  # every customer before the full one, none half-written
    ctx.close()


def test_a_damaged_file_is_reported_as_damaged(tmp_path):
    db = tmp_path / "damaged.sqlite3"
    ctx = open_context(db, operator="tester")
    for n in range(300):
        make_customer(ctx, f"C{n:04d}", f"客户{n}" * 10)
    ctx.close()
    conn = sqlite3.connect(db)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'customer'").fetchone()[0]
    conn.close()
    with open(db, "r+b") as file:  # garbage over the customers' table, as a failing disk leaves
        file.seek((root - 1) * page_size)
        file.write(b"\xde\xad\xbe\xef" * (page_size // 4))
    ctx = open_context(db, operator="tester")  # opening reads only the schema: it works
    ids = customers.customer_ids(ctx.uow(), customers.ListQuery())  # the code index is whole
    assert len(ids) == 300
    with pytest.raises(DatabaseProblem) as problem:
        customers.customer_rows(ctx.uow(), ids)
    assert (problem.value.kind, problem.value.detail) == (
        "damaged", "database disk image is malformed")
    ctx.close()


@pytest.mark.skipif(not SERVER_URL, reason="needs the PostgreSQL server")
def test_a_server_restart_between_actions_is_met_with_a_new_connection(ctx, backend):
    if backend != "postgresql":
        pytest.skip("a server connection")
    make_customer(ctx, "C001")
    with ctx.engine.connect() as admin:  # the server drops every other connection of ours
        admin.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                           "WHERE datname = current_database() AND pid <> pg_backend_pid()"))
    assert len(customers.customer_ids(ctx.uow(), customers.ListQuery())) == 1
    make_customer(ctx, "C002")


def _cli(*args):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True,
                          text=True, cwd=ROOT, timeout=120)


def test_the_command_line_says_an_environment_problem_in_one_line(tmp_path):
    db = tmp_path / "locked.sqlite3"
    open_context(db).close()
    newer = sqlite3.connect(db)
    newer.execute("UPDATE alembic_version SET version_num = '9999'")
    newer.commit()
    newer.close()
    result = _cli("alerts", "--db", str(db))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines() == [
        "alerts: the database was written by a newer version of the app (9999)"]


def test_the_command_line_on_a_file_it_cannot_open_says_so_in_one_line(tmp_path):
    db = tmp_path / "ro.sqlite3"
    open_context(db).close()
    result = _cli("alerts", "--db", f"sqlite:///file:{db}?mode=ro&uri=true")
    # Reading works read-only; the command needs nothing more.
    assert result.returncode == 0, result.stderr
    folder = tmp_path / "not-a-db.sqlite3"
    folder.mkdir()
    result = _cli("alerts", "--db", str(folder))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
