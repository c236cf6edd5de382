"""Backups of the SQLite file: daily and on demand with the online backup API, pruning, checks
that refuse a bad file, and restores that keep the current file aside. SQLite only."""
from __future__ import annotations

import datetime as dt
import re
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from models.migrate import current_revision
from models.migrations import HEAD
from services.admin import backup
from services.admin.backup import (
    BackupInfo,
    BackupPolicy,
    BackupRefused,
    BackupUnsupported,
    DatabaseInUse,
    backup_now,
    check_backup_file,
    daily_backup,
    default_backup_folder,
    restore_backup,
)
from services.admin.bootstrap import open_context
from tests.factories import file_codes, file_rows, make_0001_database, make_contract, make_customer

TODAY = dt.date(2026, 11, 24)


def engine_of(ctx):
    return ctx.engine




def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.fixture
def live(db_file, clock):
    """Always a SQLite file (even when the other tests run against a server)."""
    context = open_context(db_file, clock, operator="tester")
    yield context
    engine_of(context).dispose()


def test_default_folder_is_beside_the_database(db_file):
    assert default_backup_folder(db_file) == db_file.resolve().parent / "backups"
    assert default_backup_folder(f"sqlite:///{db_file}") == db_file.resolve().parent / "backups"
    assert BackupPolicy(db_file.parent).keep == 10


def test_daily_backup_is_made_once_a_day(live, db_file, policy):
    make_customer(live, "C001", "甲")
    first = daily_backup(db_file, policy, TODAY)
    assert first is not None and first.parent == policy.folder
    assert re.fullmatch(r"books-20261124-\d{6}-daily\.sqlite3", first.name)
    assert daily_backup(db_file, policy, TODAY) is None  # the same day: nothing new
    assert names(policy.folder) == [first.name]
    # A clean single file: no -wal/-shm beside it, not in WAL mode, every row in it.
    assert file_rows(first, "PRAGMA journal_mode") == [("delete",)]
    assert file_rows(first, "PRAGMA integrity_check") == [("ok",)]
    assert file_codes(first) == ["C001"]
    assert check_backup_file(first) == BackupInfo(HEAD, 1, 0)
    assert names(policy.folder) == [first.name]

    tomorrow = daily_backup(db_file, policy, TODAY + dt.timedelta(days=1))
    assert tomorrow is not None and "-20261125-" in tomorrow.name
    assert names(policy.folder) == sorted([first.name, tomorrow.name])


def test_a_manual_backup_does_not_count_as_the_daily_one(live, db_file, policy):
    manual = backup_now(db_file, policy)
    assert manual.name.endswith("-manual.sqlite3")
    daily = daily_backup(db_file, policy, dt.date.today())
    assert daily is not None and daily.name.endswith("-daily.sqlite3")


def test_two_backups_in_the_same_second_get_two_files(live, db_file, policy):
    policy = BackupPolicy(policy.folder, keep=5)
    made = {backup_now(db_file, policy) for _ in range(3)}
    assert len(made) == 3 and all(p.exists() for p in made)


def test_pruning_keeps_the_newest_n_and_never_touches_other_files(live, db_file, policy):
    folder = policy.folder
    folder.mkdir(parents=True)
    old_routine = [f"books-202610{day:02d}-0800{day:02d}-daily.sqlite3" for day in range(1, 13)]
    old_routine.append("books-20261020-170000-manual.sqlite3")
    others = [
        "books-20261001-120000-before-restore.sqlite3",  # safety copies: never pruned
        "books-20260901-120000-before-0003.sqlite3",
        "other-20261001-120000-daily.sqlite3",           # another database's backups
        "books-old-20261001-120000-daily.sqlite3",
        "books-20261001-daily.sqlite3",                  # not our pattern
        "books.sqlite3",
        "notes.txt",
    ]
    for name in old_routine + others:
        (folder / name).write_bytes(b"not touched")

    made = daily_backup(db_file, policy, TODAY)

    assert made is not None
    kept = {made.name, "books-20261020-170000-manual.sqlite3",
            "books-20261012-080012-daily.sqlite3"}
    assert names(folder) == sorted(kept | set(others))
    assert all((folder / name).read_bytes() == b"not touched" for name in others)

    removed = backup.prune(db_file, BackupPolicy(folder, keep=1))
    assert {p.name for p in removed} == kept - {made.name}
    assert names(folder) == sorted({made.name} | set(others))


def test_the_copy_holds_rows_still_only_in_the_wal(live, db_file, tmp_path, policy):
    make_customer(live, "C001", "甲")
    customer = make_customer(live, "C002", "乙")
    make_contract(live, customer)
    with engine_of(live).connect() as held:  # the app is running: nothing is checkpointed
        held.execute(text("SELECT count(*) FROM customer")).scalar()
        wal = db_file.with_name(db_file.name + "-wal")
        assert wal.exists() and wal.stat().st_size > 0
        main_only = tmp_path / "main-only.sqlite3"
        shutil.copyfile(db_file, main_only)  # what a plain file copy would have caught
        try:
            copied = file_codes(main_only)
        except sqlite3.OperationalError:  # even the tables are still in the WAL
            copied = []
        assert "C002" not in copied

        made = backup_now(db_file, policy)

    assert file_codes(made) == ["C001", "C002"]
    assert file_rows(made, "SELECT number FROM contract") == file_rows(db_file, "SELECT number FROM contract")
    assert check_backup_file(made) == BackupInfo(HEAD, 2, 1)


# -- checks -----------------------------------------------------------------------------------
@pytest.fixture
def good_backup(live, db_file, policy) -> Path:
    make_customer(live, "C001", "甲")
    return backup_now(db_file, policy)


def refusal(path: Path) -> BackupRefused:
    before = path.read_bytes()
    siblings = names(path.parent)
    with pytest.raises(BackupRefused) as caught:
        check_backup_file(path)
    assert path.read_bytes() == before and names(path.parent) == siblings  # untouched
    return caught.value


def test_check_refuses_a_file_that_is_not_sqlite(tmp_path):
    text_file = tmp_path / "notes.sqlite3"
    text_file.write_text("客户名单\n" * 100, encoding="utf-8")
    assert refusal(text_file).reason == "not_sqlite"
    empty = tmp_path / "empty.sqlite3"
    empty.write_bytes(b"")
    assert refusal(empty).reason == "not_sqlite"
    with pytest.raises(BackupRefused, match="not_sqlite|not an SQLite"):
        check_backup_file(tmp_path / "missing.sqlite3")


def test_check_refuses_a_corrupted_copy(live, db_file, policy):
    make_customer(live, "C001", "甲")
    with engine_of(live).begin() as conn:  # enough rows for a table of many b-tree pages
        columns = [r[1] for r in conn.exec_driver_sql("PRAGMA table_info(customer)")
                   if r[1] not in ("id", "code")]
        listed = ", ".join(columns)
        conn.exec_driver_sql(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) "
            f"INSERT INTO customer (code, {listed}) SELECT 'X' || i, {listed} "
            "FROM n, customer WHERE customer.code = 'C001'")
    copy = backup_now(db_file, policy)
    assert check_backup_file(copy).customers == 2001
    [(page_size,)] = file_rows(copy, "PRAGMA page_size")
    [(root,)] = file_rows(copy, "SELECT rootpage FROM sqlite_master WHERE name = 'customer'")
    data = bytearray(copy.read_bytes())
    root_at = (root - 1) * page_size
    assert data[root_at] == 0x05  # an interior page: the table spans many pages
    leaf = int.from_bytes(data[root_at + 8:root_at + 12], "big")  # its right-most child
    leaf_at = (leaf - 1) * page_size
    assert data[leaf_at] == 0x0D  # a leaf page of the table
    # Cells fill a page from its end backwards: the last half holds rows even when the page is
    # only partly full (its middle may be free space, which no check reads).
    data[leaf_at + page_size // 2:leaf_at + page_size] = b"\xff" * (page_size // 2)
    copy.write_bytes(bytes(data))

    assert file_rows(copy, "PRAGMA integrity_check") != [("ok",)]  # SQLite itself sees it
    refused = refusal(copy)
    assert refused.reason == "integrity" and "page" in refused.detail


def test_check_refuses_a_database_without_a_version(tmp_path):
    other = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE customer (id INTEGER PRIMARY KEY, name TEXT)")
    conn.commit()
    conn.close()
    assert refusal(other).reason == "no_version"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE alembic_version (version_num TEXT)")
    conn.commit()
    conn.close()
    assert refusal(other).reason == "no_version"


def set_version(path: Path, revision: str) -> None:
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    conn.commit()
    conn.close()


def test_check_refuses_a_newer_or_unknown_revision(good_backup):
    set_version(good_backup, "9999")
    refused = refusal(good_backup)
    assert (refused.reason, refused.detail) == ("newer_version", "9999")
    set_version(good_backup, "abc123")
    assert refusal(good_backup).reason == "unknown_version"
    set_version(good_backup, HEAD)
    assert check_backup_file(good_backup).revision == HEAD


def test_known_revisions_are_read_from_the_scripts():
    revisions = backup.migration_revisions()
    assert revisions[:3] == ["0001", "0002", "0003"] and revisions[-1] == HEAD


def test_a_pre_migration_backup_in_wal_mode_is_checked_without_leaving_files(live, db_file,
                                                                                 tmp_path):
    from models.migrate import backup_sqlite

    make_customer(live, "C001")
    old_style = backup_sqlite(db_file, tmp_path / "m", "before-0004")  # WAL header, no -wal
    assert check_backup_file(old_style).customers == 1
    assert names(tmp_path / "m") == [old_style.name]


# -- restore ----------------------------------------------------------------------------------
def test_restore_keeps_the_current_file_aside_and_opens_at_head(live, db_file, policy, clock):
    make_customer(live, "C001", "甲")
    saved = backup_now(db_file, policy)
    make_customer(live, "C002", "乙")
    engine_of(live).dispose()

    aside = restore_backup(db_file, saved, policy.folder)

    assert aside is not None and aside.parent == policy.folder
    assert re.fullmatch(r"books-\d{8}-\d{6}-before-restore\.sqlite3", aside.name)
    assert file_codes(aside) == ["C001", "C002"]  # the replaced data, checkpointed into one file
    assert not db_file.with_name("books.sqlite3-wal").exists()
    assert sorted(p.name for p in db_file.parent.iterdir()
                  if p.name.startswith("books.")) == ["books.sqlite3"]
    assert file_codes(db_file) == ["C001"]
    assert saved.exists() and file_codes(saved) == ["C001"]  # the backup itself stays
    reopened = open_context(db_file, clock, operator="tester")
    try:
        assert current_revision(engine_of(reopened)) == HEAD
        with engine_of(reopened).connect() as conn:
            assert conn.execute(text("SELECT code FROM customer")).scalars().all() == ["C001"]
    finally:
        engine_of(reopened).dispose()
    # The aside copy is never pruned with the routine backups.
    backup.prune(db_file, BackupPolicy(policy.folder, keep=1))
    assert aside.exists()


def test_restore_defaults_to_the_backup_folder_beside_the_database(live, db_file, policy):
    saved = backup_now(db_file, policy)
    engine_of(live).dispose()
    aside = restore_backup(db_file, saved)
    assert aside.parent == db_file.resolve().parent / "backups"


def test_restore_refuses_while_the_database_is_open(live, db_file, policy):
    make_customer(live, "C001")
    saved = backup_now(db_file, policy)
    make_customer(live, "C002")
    with engine_of(live).connect() as held:
        held.execute(text("SELECT 1 FROM customer")).all()
        with pytest.raises(DatabaseInUse):
            restore_backup(db_file, saved, policy.folder)
    assert names(policy.folder) == [saved.name]  # nothing moved aside
    assert not any(p.name.endswith(".restoring") for p in db_file.parent.iterdir())
    with engine_of(live).connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM customer")).scalar() == 2


def test_restore_of_a_bad_file_changes_nothing(live, db_file, policy, tmp_path):
    make_customer(live, "C001")
    engine_of(live).dispose()
    before = db_file.read_bytes()
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 500)
    with pytest.raises(BackupRefused):
        restore_backup(db_file, bad, policy.folder)
    assert db_file.read_bytes() == before
    assert not policy.folder.exists() or names(policy.folder) == []
    with pytest.raises(backup.BackupError):
        restore_backup(db_file, db_file, policy.folder)


def test_restoring_an_older_revision_is_upgraded_by_open_context(live, db_file, policy, tmp_path,
                                                                 clock):
    make_customer(live, "C001")
    engine_of(live).dispose()
    old = tmp_path / "elsewhere" / "old.sqlite3"
    make_0001_database(old)
    info = check_backup_file(old)
    assert (info.revision, info.customers, info.needs_upgrade) == ("0001", 1, True)

    aside = restore_backup(db_file, old, policy.folder)
    assert file_codes(aside) == ["C001"]
    assert file_rows(db_file, "SELECT version_num FROM alembic_version") == [("0001",)]

    reopened = open_context(db_file, clock, operator="tester")
    try:
        assert current_revision(engine_of(reopened)) == HEAD
        with engine_of(reopened).connect() as conn:
            assert conn.execute(text("SELECT code FROM customer")).scalars().all() == ["OLD1"]
    finally:
        engine_of(reopened).dispose()
    [pre_migration] = [p for p in db_file.parent.iterdir() if "-before-" in p.name]
    assert file_rows(pre_migration, "SELECT version_num FROM alembic_version") == [("0001",)]


def test_a_server_database_is_not_backed_up_by_the_app(policy):
    url = "postgresql+psycopg://rkt:secret@localhost/rkt"
    for call in (lambda: daily_backup(url, policy, TODAY), lambda: backup_now(url, policy),
                 lambda: restore_backup(url, "x.sqlite3"), lambda: default_backup_folder(url)):
        with pytest.raises(BackupUnsupported, match="pg_dump"):
            call()
    assert not policy.folder.exists()


def test_paths_with_spaces_cjk_and_uri_characters(live, db_file, tmp_path):
    make_customer(live, "C001")
    engine_of(live).dispose()
    odd = tmp_path / "账套 #1?" / "回款 100%.sqlite3"
    odd.parent.mkdir()
    shutil.move(db_file, odd)
    policy = BackupPolicy(tmp_path / "备份 #2%20")
    made = daily_backup(odd, policy, TODAY)
    assert made.name.startswith("回款 100%-20261124-") and file_codes(made) == ["C001"]
    assert check_backup_file(made).customers == 1
    aside = restore_backup(odd, made, policy.folder)
    assert file_codes(odd) == ["C001"] and aside.parent == policy.folder
