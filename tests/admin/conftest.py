"""Fixtures of the backup and restore tests: where the database and its backups lie."""
from __future__ import annotations

from pathlib import Path

import pytest

from services.admin.backup import BackupPolicy


@pytest.fixture
def db_file(tmp_path) -> Path:
    return tmp_path / "data" / "books.sqlite3"


@pytest.fixture
def policy(tmp_path) -> BackupPolicy:
    return BackupPolicy(tmp_path / "backups", keep=3)
