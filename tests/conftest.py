"""Shared fixtures. Service fixtures first (no Qt); GUI fixtures may be added below them."""
from __future__ import annotations

import datetime as dt

import pytest

from services.bootstrap import open_context
from services.clock import FixedClock

TODAY = dt.date(2026, 11, 24)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(TODAY)


@pytest.fixture
def ctx(tmp_path, clock):
    context = open_context(tmp_path / "t.sqlite3", clock, operator="tester")
    yield context
    context.session_factory.kw["bind"].dispose()
