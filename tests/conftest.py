"""Shared fixtures. Service fixtures first (no Qt); GUI fixtures live in tests/ui/conftest.py.

Set RKT_TEST_DATABASE_URL (e.g. postgresql+psycopg://user:pw@localhost/db) and every test that
uses `ctx` outside tests/ui, tests/models and tests/demo runs twice: on a SQLite file and on that
server (each time from an empty schema there). CI does this with a real PostgreSQL.
"""
from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from models.migrate import copy_sqlite
from services.admin.bootstrap import open_context
from services.core.clock import FixedClock

TODAY = dt.date(2026, 11, 24)
SERVER_URL = os.environ.get("RKT_TEST_DATABASE_URL", "")


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(TODAY)


# Tests of the window, of the schema's files and of the demo file run on SQLite only.
SQLITE_ONLY_FOLDERS = ("ui", "models", "demo")


def pytest_generate_tests(metafunc):
    """Every test using `backend` (through `ctx`) runs on SQLite, and on the server when one
    is given and the test is not in a SQLite-only folder."""
    if "backend" in metafunc.fixturenames:
        here = metafunc.definition.path.relative_to(metafunc.config.rootpath).parts
        on_server = SERVER_URL and not (len(here) > 1 and here[1] in SQLITE_ONLY_FOLDERS)
        metafunc.parametrize("backend", ["sqlite", "postgresql"] if on_server else ["sqlite"],
                             indirect=True)


@pytest.fixture
def backend(request) -> str:
    return request.param


@pytest.fixture
def sqlite_only(backend):
    """For tests that hand the database file to something else (the command line)."""
    if backend != "sqlite":
        pytest.skip("the command is given the SQLite file")


@pytest.fixture(scope="session")
def migrated_sqlite(tmp_path_factory) -> Path:
    """One freshly migrated SQLite file per session; each test gets a copy (migrating a new
    file for every test was most of the suite's time)."""
    template = tmp_path_factory.mktemp("template") / "migrated.sqlite3"
    open_context(template, FixedClock(TODAY), operator="tester").engine.dispose()
    return template


@pytest.fixture
def ctx(tmp_path, clock, backend, migrated_sqlite):
    if backend == "postgresql":
        _clear_server_schema(SERVER_URL)
        db = SERVER_URL
    else:
        db = tmp_path / "t.sqlite3"
        copy_sqlite(migrated_sqlite, db)
    context = open_context(db, clock, operator="tester")
    yield context
    context.engine.dispose()


def _clear_server_schema(url: str) -> None:
    """The server's schema as a fresh migration leaves it: at the newest revision, every
    table empty and every identity restarted (a migration adds no rows but its version).
    A schema at another revision (a test dropped it, or an older run) is rebuilt."""
    from sqlalchemy import text

    from models.db import make_engine
    from models.migrations import HEAD

    engine = make_engine(url)
    try:
        with engine.begin() as conn:
            conn.execute(text("SET lock_timeout = '10s'"))
            tables = conn.execute(text(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")).scalars().all()
            revision = (conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
                        if "alembic_version" in tables else None)
            if revision == HEAD:
                names = ", ".join(f'"{t}"' for t in tables if t != "alembic_version")
                conn.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
                return
    finally:
        engine.dispose()
    _empty_server_schema(url)


def _empty_server_schema(url: str) -> None:
    from sqlalchemy import text

    from models.db import make_engine

    engine = make_engine(url)
    with engine.begin() as conn:
        # A session a test forgot to close would block this forever: fail instead.
        conn.execute(text("SET lock_timeout = '10s'"))
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()
