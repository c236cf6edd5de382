"""Shared fixtures. Service fixtures first (no Qt); GUI fixtures live in tests/ui/conftest.py.

Set RKT_TEST_DATABASE_URL (e.g. postgresql+psycopg://user:pw@localhost/db) to run the same
tests against a server; each test then starts from an empty schema there.
"""
from __future__ import annotations

import datetime as dt
import os

import pytest

from services.admin.bootstrap import open_context
from services.core.clock import FixedClock

TODAY = dt.date(2026, 11, 24)
SERVER_URL = os.environ.get("RKT_TEST_DATABASE_URL", "")


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(TODAY)


@pytest.fixture
def ctx(tmp_path, clock):
    if SERVER_URL:
        _empty_server_schema(SERVER_URL)
    context = open_context(SERVER_URL or tmp_path / "t.sqlite3", clock, operator="tester")
    yield context
    context.engine.dispose()


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
