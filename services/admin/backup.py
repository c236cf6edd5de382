"""Backups of the SQLite database file: daily, on demand, checked restores. No Qt here.

Every copy is made with SQLite's online backup API (never a file copy), so it is consistent
even while the app has the file open and pages are still in the write-ahead log. Copies are
written as clean single files (rollback journal mode, no -wal/-shm beside them) named

    <stem>-YYYYMMDD-HHMMSS-<label>.sqlite3      e.g. receivables-20261124-083012-daily.sqlite3

in the backup folder (default: a "backups" folder beside the database). Pruning keeps the newest
`keep` routine backups of that database (labels "daily", "manual", …) and never touches any
other file: not other databases' backups, not files of another name, and not the safety copies
whose label starts with "before-" (made before a migration or a restore; delete those by hand).

Only SQLite files are handled. For a server URL (PostgreSQL) every function raises
`BackupUnsupported`: a server is backed up with its own tools (pg_dump / pg_basebackup), by
whoever runs the server.
"""
from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from models import migrate

SUFFIX = ".sqlite3"
SQLITE_HEADER = b"SQLite format 3\x00"
DEFAULT_KEEP = 10
SAFETY_PREFIX = "before-"  # before-restore, before-0004: kept out of pruning

REFUSAL_TEXT = {
    "not_sqlite": "is not an SQLite database",
    "integrity": "failed SQLite's integrity check",
    "no_version": "has no schema version (alembic_version): not a database of this app",
    "newer_version": "was written by a newer version of the app",
    "unknown_version": "has a schema version this app does not know",
}


class BackupError(Exception):
    """A backup or restore could not be done; nothing was changed."""


class BackupUnsupported(BackupError):
    """Not an SQLite file (a server URL): back the server up with its own tools."""


class DatabaseInUse(BackupError):
    """A restore needs every connection to the database closed first."""


class BackupRefused(BackupError):
    """A file that must not be restored. `reason` is one of REFUSAL_TEXT's keys."""

    def __init__(self, reason: str, path: str | Path, detail: str = "") -> None:
        self.reason = reason
        self.path = Path(path)
        self.detail = detail
        text = f"{self.path.name} {REFUSAL_TEXT[reason]}"
        super().__init__(f"{text}: {detail}" if detail else text)


@dataclass(frozen=True)
class BackupPolicy:
    folder: Path
    keep: int = DEFAULT_KEEP

    def __post_init__(self) -> None:
        object.__setattr__(self, "folder", Path(self.folder).expanduser())
        object.__setattr__(self, "keep", max(1, int(self.keep)))


@dataclass(frozen=True)
class BackupInfo:
    revision: str
    customers: int
    contracts: int
    integrity: str = "ok"

    @property
    def needs_upgrade(self) -> bool:
        """True for a backup from an older schema: opening it after a restore upgrades it."""
        return self.revision != migrate.HEAD


# -- which file -------------------------------------------------------------------------------
def sqlite_file(db: str | Path) -> Path:
    """The database file of a path or a sqlite:/// URL; BackupUnsupported for anything else."""
    text = str(db)
    if "://" in text:
        from sqlalchemy.engine import make_url

        url = make_url(text)
        if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
            raise BackupUnsupported(
                f"{url.get_backend_name()} databases are not backed up by the app; "
                "use the server's own tools (for PostgreSQL: pg_dump)")
        text = url.database
    return Path(text).expanduser().resolve()


def default_backup_folder(db_path: str | Path) -> Path:
    """The "backups" folder beside the database file. BackupUnsupported for a server URL."""
    return sqlite_file(db_path).parent / "backups"


def backup_pattern(db_path: str | Path) -> re.Pattern[str]:
    """Names of this database's backups: stem, date, time, label (groups 1-3)."""
    db = sqlite_file(db_path)
    suffixes = {SUFFIX, db.suffix} - {""}
    return re.compile(rf"^{re.escape(db.stem)}-(\d{{8}})-(\d{{6}})-([A-Za-z0-9_-]+?)"
                      rf"(?:{'|'.join(re.escape(s) for s in sorted(suffixes))})$")


def list_backups(db_path: str | Path, folder: str | Path) -> list[Path]:
    """Every backup of this database in the folder (safety copies too), newest first."""
    folder = Path(folder).expanduser()
    if not folder.is_dir():
        return []
    pattern = backup_pattern(db_path)
    found = []
    for entry in folder.iterdir():
        match = pattern.match(entry.name)
        if match and entry.is_file():
            found.append((match.group(1) + match.group(2), entry.stat().st_mtime, entry.name,
                          entry))
    return [item[-1] for item in sorted(found, reverse=True)]


def backup_time(path: str | Path) -> dt.datetime:
    """When a backup was taken: from its name, else the file's modification time."""
    path = Path(path)
    match = re.search(r"-(\d{8})-(\d{6})-", path.name)
    if match:
        try:
            return dt.datetime.strptime(match.group(1) + match.group(2), "%Y%m%d%H%M%S")
        except ValueError:
            pass
    return dt.datetime.fromtimestamp(path.stat().st_mtime)


# -- making backups ---------------------------------------------------------------------------
def daily_backup(db_path: str | Path, policy: BackupPolicy,
                 today: dt.date | None = None) -> Path | None:
    """The first call of a day backs the database up (label "daily") and prunes.

    Returns the new file, or None when a daily backup of this database dated `today` is
    already in the folder.
    """
    db = sqlite_file(db_path)
    today = today or dt.date.today()
    pattern, day = backup_pattern(db), today.strftime("%Y%m%d")
    for existing in list_backups(db, policy.folder):
        match = pattern.match(existing.name)
        if match.group(1) == day and re.fullmatch(r"daily(-\d+)?", match.group(3)):
            return None
    now = dt.datetime.combine(today, dt.datetime.now().time())
    made = _backup(db, policy.folder, "daily", now)
    prune(db, policy)
    return made


def backup_now(db_path: str | Path, policy: BackupPolicy, label: str = "manual") -> Path:
    """Back the database up now, then prune. Returns the new file."""
    db = sqlite_file(db_path)
    made = _backup(db, policy.folder, label, dt.datetime.now())
    prune(db, policy)
    return made


def prune(db_path: str | Path, policy: BackupPolicy) -> list[Path]:
    """Delete this database's routine backups beyond the newest `keep`. Returns what went."""
    pattern = backup_pattern(db_path)
    routine = [p for p in list_backups(db_path, policy.folder)
               if not pattern.match(p.name).group(3).startswith(SAFETY_PREFIX)]
    removed = []
    for old in routine[policy.keep:]:
        old.unlink()
        removed.append(old)
    return removed


def _backup(db: Path, folder: Path, label: str, now: dt.datetime) -> Path:
    if not re.fullmatch(r"[A-Za-z0-9_]+(-[A-Za-z0-9_]+)*", label):
        raise ValueError(f"backup label {label!r}: letters, digits, _ and - only")
    if not db.is_file():
        raise FileNotFoundError(f"no database file at {db}")
    folder.mkdir(parents=True, exist_ok=True)
    target = _free_name(folder, f"{db.stem}-{now:%Y%m%d-%H%M%S}-{label}")
    source = sqlite3.connect(_uri(db, "mode=rw"), uri=True)  # never creates a file
    try:
        _online_copy(source, target)
    finally:
        source.close()
    return target


def _uri(path: Path, query: str) -> str:
    """An SQLite URI for a local or network (UNC) path: empty authority, path percent-encoded."""
    text = path.resolve().as_posix()
    if not text.startswith("/"):  # C:/… on Windows
        text = "/" + text
    return f"file://{quote(text, safe='/:')}?{query}"


def _free_name(folder: Path, base: str) -> Path:
    """base.sqlite3, or base-2.sqlite3, … when two backups fall in the same second."""
    target, n = folder / f"{base}{SUFFIX}", 1
    while target.exists():
        n += 1
        target = folder / f"{base}-{n}{SUFFIX}"
    return target


def _online_copy(source: sqlite3.Connection, target: Path) -> None:
    """SQLite's online backup API into `target`, as a clean single file, written atomically."""
    partial = target.with_name(target.name + ".part")
    partial.unlink(missing_ok=True)
    dest = sqlite3.connect(partial)
    try:
        source.backup(dest)
        # The copy inherits the source's WAL header; a backup is one self-contained file.
        dest.execute("PRAGMA journal_mode=DELETE").fetchall()
    finally:
        dest.close()
    try:
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


# -- checking a file --------------------------------------------------------------------------
def migration_revisions() -> list[str]:
    """The migration scripts' revisions, oldest first, read from the files (no Alembic)."""
    parents: dict[str, str | None] = {}
    for script in sorted((Path(migrate.MIGRATIONS_DIR) / "versions").glob("*.py")):
        source = script.read_text(encoding="utf-8")
        revision = re.search(r"^revision\s*(?::[^=]*)?=\s*['\"]([^'\"]+)['\"]", source, re.M)
        if not revision:
            continue
        down = re.search(r"^down_revision\s*(?::[^=]*)?=\s*['\"]([^'\"]+)['\"]", source, re.M)
        parents[revision.group(1)] = down.group(1) if down else None
    children = {parent: rev for rev, parent in parents.items()}
    ordered, current = [], children.get(None)
    while current is not None and current not in ordered:
        ordered.append(current)
        current = children.get(current)
    return ordered + sorted(set(parents) - set(ordered))


def check_backup_file(path: str | Path) -> BackupInfo:
    """Open a file read-only and say what it holds, or raise BackupRefused. Never changes it.

    It must be an SQLite file that passes PRAGMA integrity_check and carries an
    alembic_version this app knows and can upgrade from (not newer than HEAD).
    """
    path = Path(path).expanduser()
    conn = _open_read_only(path)
    try:
        return _inspect(conn, path)
    finally:
        conn.close()


def _open_read_only(path: Path) -> sqlite3.Connection:
    try:
        with open(path, "rb") as file:
            header = file.read(100)
    except OSError as error:
        raise BackupRefused("not_sqlite", path, str(error)) from None
    if len(header) < 100 or not header.startswith(SQLITE_HEADER):
        raise BackupRefused("not_sqlite", path)
    wal_mode = header[18] == 2 or header[19] == 2
    if wal_mode and not path.with_name(path.name + "-wal").exists():
        # Nothing pending: read it as an immutable file, so no -wal/-shm appear beside it.
        uri = _uri(path, "immutable=1")
    else:
        uri = _uri(path, "mode=ro")
    try:
        return sqlite3.connect(uri, uri=True)
    except sqlite3.Error as error:
        raise BackupRefused("not_sqlite", path, str(error)) from None


def _inspect(conn: sqlite3.Connection, path: Path) -> BackupInfo:
    try:
        problems = [row[0] for row in conn.execute("PRAGMA integrity_check(20)")]
    except sqlite3.DatabaseError as error:
        reason = "not_sqlite" if "not a database" in str(error) else "integrity"
        raise BackupRefused(reason, path, str(error)) from None
    if problems != ["ok"]:
        raise BackupRefused("integrity", path, "; ".join(problems[:5]))
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if "alembic_version" not in tables:
        raise BackupRefused("no_version", path)
    versions = [row[0] for row in conn.execute("SELECT version_num FROM alembic_version")]
    if not versions:
        raise BackupRefused("no_version", path)
    if len(versions) > 1:
        raise BackupRefused("unknown_version", path, ", ".join(versions))
    revision = versions[0]
    known, head = migration_revisions(), migrate.HEAD
    if revision not in known:
        newer = revision.isdigit() and head.isdigit() and int(revision) > int(head)
        raise BackupRefused("newer_version" if newer else "unknown_version", path, revision)
    if head in known and known.index(revision) > known.index(head):
        raise BackupRefused("newer_version", path, revision)
    missing = {"customer", "contract"} - tables
    if missing:
        raise BackupRefused("integrity", path, "missing tables: " + ", ".join(sorted(missing)))
    customers = conn.execute("SELECT count(*) FROM customer").fetchone()[0]
    contracts = conn.execute("SELECT count(*) FROM contract").fetchone()[0]
    return BackupInfo(revision, customers, contracts)


# -- restoring --------------------------------------------------------------------------------
def restore_backup(db_path: str | Path, backup_path: str | Path,
                   folder: str | Path | None = None) -> Path | None:
    """Replace the database with a checked backup; the current file is kept aside.

    The caller must have closed every connection to the database first (the app: close_context;
    tests: engine.dispose()); DatabaseInUse is raised, with nothing changed, when one is open.
    Steps: check the backup (BackupRefused, nothing changed); copy it with the online backup API
    to a temporary file beside the database; checkpoint the current database and move it (and any
    -wal/-shm left) into `folder` (default: the backup folder beside the database) as
    `<stem>-YYYYMMDD-HHMMSS-before-restore.sqlite3`; move the copy into place. Returns the file
    kept aside (None when there was no database file). A backup from an older schema is
    upgraded by the next open_context, which backs it up first like any migration.
    """
    db = sqlite_file(db_path)
    backup = Path(backup_path).expanduser().resolve()
    if backup == db:
        raise BackupError("the backup to restore is the database file itself")
    check_backup_file(backup)
    folder = Path(folder).expanduser() if folder else default_backup_folder(db)
    folder.mkdir(parents=True, exist_ok=True)
    staging = db.with_name(f".{db.name}.restoring")
    source = _open_read_only(backup)
    try:
        _online_copy(source, staging)
    finally:
        source.close()
    try:
        aside = _move_aside(db, folder) if db.exists() else None
        try:
            os.replace(staging, db)
        except BaseException:
            if aside is not None:
                shutil.move(aside, db)
            raise
    finally:
        staging.unlink(missing_ok=True)
    return aside


def _move_aside(db: Path, folder: Path) -> Path:
    _settle(db)
    aside = _free_name(folder, f"{db.stem}-{dt.datetime.now():%Y%m%d-%H%M%S}-before-restore")
    shutil.move(db, aside)
    for side in ("-wal", "-shm"):  # normally gone after _settle; kept with the file if not
        left = db.with_name(db.name + side)
        if left.exists():
            shutil.move(left, aside.with_name(aside.name + side))
    return aside


def _settle(db: Path) -> None:
    """Checkpoint the WAL into the file; fail if another connection still has it open."""
    wal = db.with_name(db.name + "-wal")
    try:
        conn = sqlite3.connect(_uri(db, "mode=rw"), uri=True)
    except sqlite3.Error as error:
        raise DatabaseInUse(f"{db.name}: {error}") from None
    try:
        mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
        if mode == "wal":
            busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
            if busy:
                raise DatabaseInUse(f"{db.name} is in use by another connection")
    except sqlite3.Error as error:
        raise DatabaseInUse(f"{db.name}: {error}") from None
    finally:
        conn.close()
    # The last connection to close removes the WAL; if it is still there, someone else is open.
    if wal.exists():
        raise DatabaseInUse(f"{db.name} is still open elsewhere (close the app or its windows)")
