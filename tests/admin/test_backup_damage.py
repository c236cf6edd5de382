"""Backups on a bad day: a damaged database file never costs the good backups, the quick check
finds it, a full or read-only disk leaves no half-written copy and says so in words."""
from __future__ import annotations

import datetime as dt
import errno
import os
import sqlite3
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from services.admin import backup
from services.admin.backup import (
    BackupDamaged,
    BackupRefused,
    backup_now,
    check_backup_file,
    daily_backup,
    quick_check,
    restore_backup,
)
from services.admin.bootstrap import open_context
from services.core.environment import DatabaseProblem
from tests.admin.damage import damage_middle, fill_customers

TODAY = dt.date(2026, 11, 24)


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


@pytest.fixture
def filled(db_file, clock):
    """A database of 2,001 customers, closed (so the file holds everything)."""
    ctx = open_context(db_file, clock, operator="tester")
    fill_customers(ctx)
    ctx.engine.dispose()
    return db_file


def test_a_damaged_file_opens_and_lists_but_the_quick_check_finds_it(filled, clock):
    sound = quick_check(filled)
    assert sound.ok and sound.problems == () and sound.seconds < 5
    damage_middle(filled)

    ctx = open_context(filled, clock, operator="tester")  # opens normally…
    try:
        with ctx.engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM customer")).scalar() == 2001
    finally:
        ctx.engine.dispose()
    damaged = quick_check(filled)  # …but the check sees it
    assert not damaged.ok and damaged.problems
    assert any("malformed" in p or "page" in p.lower() for p in damaged.problems)


def test_damaged_daily_copies_never_prune_the_good_backups(filled, policy):
    good = [daily_backup(filled, policy, TODAY - dt.timedelta(days=n)) for n in (3, 2, 1)]
    assert all(p is not None and check_backup_file(p).customers == 2001 for p in good)
    damage_middle(filled)

    damaged = []
    for day in range(4):  # four starts on the damaged file, with "keep 3"
        with pytest.raises(BackupDamaged) as caught:
            daily_backup(filled, policy, TODAY + dt.timedelta(days=day))
        copy = caught.value.path
        assert copy.exists() and copy.name.endswith("-damaged-daily.sqlite3")
        assert caught.value.problems
        damaged.append(copy.name)

    # Every good backup is still there; the damaged copies are pruned among themselves.
    assert names(policy.folder) == sorted([p.name for p in good] + damaged[1:])
    assert [check_backup_file(p).customers for p in good] == [2001, 2001, 2001]
    assert not any(name.endswith(".part") for name in names(policy.folder))


def test_a_damaged_copy_is_refused_by_restore(filled, policy, tmp_path):
    damage_middle(filled)
    with pytest.raises(BackupDamaged) as caught:
        backup_now(filled, policy)
    copy = caught.value.path
    assert copy.name.endswith("-damaged-manual.sqlite3")
    healthy = tmp_path / "other" / "books.sqlite3"
    ctx = open_context(healthy)
    ctx.engine.dispose()
    before = healthy.read_bytes()
    with pytest.raises(BackupRefused) as refused:
        restore_backup(healthy, copy, policy.folder)
    assert refused.value.reason == "integrity"
    assert healthy.read_bytes() == before


def test_the_next_good_copy_after_a_restore_prunes_as_usual(filled, policy, clock):
    good = backup_now(filled, policy)
    damage_middle(filled)
    with pytest.raises(BackupDamaged):
        daily_backup(filled, policy, TODAY)
    aside = restore_backup(filled, good, policy.folder, operator="tester", clock=clock)
    assert aside is not None and not quick_check(aside).ok  # the damaged file, kept aside
    assert quick_check(filled).ok
    made = daily_backup(filled, policy, TODAY)  # the day's good backup is made after all
    assert made is not None and made.name.endswith("-daily.sqlite3")


# -- a full or read-only disk -----------------------------------------------------------------
def test_a_full_disk_leaves_no_part_file_and_says_disk_full(filled, policy, monkeypatch):
    earlier = backup_now(filled, policy)

    def small_disk(path):  # SQLite's own page limit: a real SQLITE_FULL part way through
        conn = sqlite3.connect(path)
        conn.execute("PRAGMA max_page_count = 20")
        return conn

    monkeypatch.setattr(backup, "_connect_destination", small_disk)
    with pytest.raises(DatabaseProblem) as caught:
        backup_now(filled, policy)
    assert caught.value.kind == "disk_full"
    assert isinstance(caught.value.__cause__, sqlite3.OperationalError)
    assert caught.value.__cause__.sqlite_errorname == "SQLITE_FULL"
    assert names(policy.folder) == [earlier.name]  # no .part, no -journal
    with pytest.raises(DatabaseProblem, match="full"):
        daily_backup(filled, policy, TODAY)
    assert names(policy.folder) == [earlier.name]


def test_a_read_only_backup_folder_says_read_only(filled, policy, monkeypatch):
    def refused(path):
        path.write_bytes(b"")  # the file was begun before the folder refused more
        raise PermissionError(errno.EACCES, "Permission denied", str(path))

    monkeypatch.setattr(backup, "_connect_destination", refused)
    with pytest.raises(DatabaseProblem) as caught:
        backup_now(filled, policy)
    assert caught.value.kind == "read_only"
    assert names(policy.folder) == []


def test_stray_part_files_of_this_database_are_removed_at_the_next_backup(filled, policy):
    folder = policy.folder
    folder.mkdir(parents=True)
    stale = ["books-20261101-080000-daily.sqlite3.part",
             "books-20261101-080000-daily.sqlite3.part-journal",
             "books-20261102-120000-manual-2.sqlite3.part"]
    kept = ["books-20261124-085959-manual.sqlite3.part",  # being written right now
            "other-20261101-080000-daily.sqlite3.part",   # another database's
            "books.sqlite3.part",                          # not a backup's name
            "notes.part"]
    hours_ago = time.time() - 2 * 3600
    for name in stale + kept:
        (folder / name).write_bytes(b"half a copy")
        if name not in kept[:1]:
            os.utime(folder / name, (hours_ago, hours_ago))

    made = backup_now(filled, policy)

    assert names(folder) == sorted(kept + [made.name])


def test_quick_check_of_a_server_database_is_unsupported():
    with pytest.raises(backup.BackupUnsupported):
        quick_check("postgresql+psycopg://rkt@localhost/rkt")
