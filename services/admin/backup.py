"""Backups of the SQLite database file: daily, on demand, checked restores. No Qt here.

Every copy is made with SQLite's online backup API (never a file copy), so it is consistent
even while the app has the file open and pages are still in the write-ahead log. Copies are
written as clean single files (rollback journal mode, no -wal/-shm beside them) named

    <stem>-YYYYMMDD-HHMMSS-<label>.sqlite3      e.g. receivables-20261124-083012-daily.sqlite3

in the backup folder (default: a "backups" folder beside the database). Pruning keeps the newest
`keep` routine backups of that database (labels "daily", "manual", …) and never touches any
other file: not other databases' backups, not files of another name, and not the safety copies
whose label starts with "before-" (made before a migration or a restore; delete those by hand).

Every copy passes SQLite's integrity check before it is kept. A copy that fails it shows the
database itself is damaged (the backup API copies pages as they are): it is kept under its own
label ("damaged-daily", "damaged-manual"), never counts toward `keep`, so good backups are never
pruned to make room for bad ones, and the caller gets BackupDamaged. Damaged copies are pruned
among themselves (the newest `keep` stay). A failed copy leaves no ".part" file behind, and one
left by a crash is removed at the next backup. A full or read-only disk arrives as
`DatabaseProblem("disk_full" / "read_only")` (services.core.environment), in the user's words.

`quick_check(db)` runs SQLite's quick check on the database (at start, off the UI thread).
A restore checks the backup's tables and columns against what its schema revision should have
(the migrations run up to that revision, models.migrate.expected_schema) and is recorded in the
restored database's audit log.

Only SQLite files are handled. For a server URL (PostgreSQL) every function raises
`BackupUnsupported`: a server is backed up with its own tools (pg_dump / pg_basebackup), by
whoever runs the server.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import re
import shutil
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from models import migrate
from services.core.clock import Clock, SystemClock
from services.core.environment import classify, problem_from
from services.core.uow import UNKNOWN_OPERATOR

SUFFIX = ".sqlite3"
SQLITE_HEADER = b"SQLite format 3\x00"
DEFAULT_KEEP = 10
SAFETY_PREFIX = "before-"  # before-restore, before-0004: kept out of pruning
DAMAGED_PREFIX = "damaged-"  # a copy that failed the integrity check: never counts toward keep
PART = ".part"  # a copy being written; renamed when complete and checked
STRAY_PART_AGE_S = 3600  # a .part untouched this long is a crash's leftover, not a live copy

REFUSAL_TEXT = {
    "not_sqlite": "is not an SQLite database",
    "integrity": "failed SQLite's integrity check",
    "no_version": "has no schema version (alembic_version): not a database of this app",
    "newer_version": "was written by a newer version of the app",
    "unknown_version": "has a schema version this app does not know",
    "schema": "does not have the tables and columns its schema version should have",
}


class BackupError(Exception):
    """A backup or restore could not be done; nothing was changed."""


class BackupUnsupported(BackupError):
    """Not an SQLite file (a server URL): back the server up with its own tools."""


class DatabaseInUse(BackupError):
    """A restore needs every connection to the database closed first."""


class BackupDamaged(BackupError):
    """The copy just made failed SQLite's integrity check, so the database file itself is
    damaged. The copy was kept as `path` (label "damaged-…"), outside the `keep` count; the
    good backups are all still there. `problems`: SQLite's first findings."""

    def __init__(self, path: str | Path, problems: list[str]) -> None:
        self.path = Path(path)
        self.problems = list(problems)
        super().__init__(f"the database failed SQLite's integrity check; the copy was kept "
                         f"aside as {self.path.name}: " + "; ".join(self.problems[:5]))


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
    already in the folder. A damaged copy (BackupDamaged) is not the day's backup: the next
    start tries again, so a restored file gets its daily backup the same day.
    """
    db = sqlite_file(db_path)
    today = today or dt.date.today()
    pattern, day = backup_pattern(db), today.strftime("%Y%m%d")
    for existing in list_backups(db, policy.folder):
        match = pattern.match(existing.name)
        if match.group(1) == day and re.fullmatch(r"daily(-\d+)?", match.group(3)):
            return None
    now = dt.datetime.combine(today, dt.datetime.now().time())
    return _backup_and_prune(db, policy, "daily", now)


def backup_now(db_path: str | Path, policy: BackupPolicy, label: str = "manual") -> Path:
    """Back the database up now, then prune. Returns the new file.

    BackupDamaged when the copy fails the integrity check (kept aside, see the module);
    DatabaseProblem for a full or read-only disk (nothing left behind)."""
    db = sqlite_file(db_path)
    return _backup_and_prune(db, policy, label, dt.datetime.now())


def backup_to(db_path: str | Path, folder: str | Path) -> Path:
    """Back the database up now into a folder the user picked (a USB stick now and then),
    checked like every backup; nothing there is pruned (the folder is the user's). Returns the
    new file. Errors as backup_now."""
    db = sqlite_file(db_path)
    with _environment_errors():
        made, problems = _backup(db, Path(folder), "manual", dt.datetime.now())
    if problems:
        raise BackupDamaged(made, problems)
    return made


def prune(db_path: str | Path, policy: BackupPolicy) -> list[Path]:
    """Delete this database's routine backups beyond the newest `keep`, and damaged copies
    beyond the newest `keep` of those (counted apart). Returns what went."""
    pattern = backup_pattern(db_path)
    routine, damaged = [], []
    for path in list_backups(db_path, policy.folder):
        label = pattern.match(path.name).group(3)
        if label.startswith(DAMAGED_PREFIX):
            damaged.append(path)
        elif not label.startswith(SAFETY_PREFIX):
            routine.append(path)
    removed = []
    for old in routine[policy.keep:] + damaged[policy.keep:]:
        old.unlink()
        removed.append(old)
    return removed


def _backup_and_prune(db: Path, policy: BackupPolicy, label: str, now: dt.datetime) -> Path:
    with _environment_errors():
        made, problems = _backup(db, policy.folder, label, now)
        prune(db, policy)
    if problems:
        raise BackupDamaged(made, problems)
    return made


def _backup(db: Path, folder: Path, label: str, now: dt.datetime) -> tuple[Path, list[str]]:
    """Copy, check, keep: (the file kept, the integrity check's findings; [] when good)."""
    if not re.fullmatch(r"[A-Za-z0-9_]+(-[A-Za-z0-9_]+)*", label):
        raise ValueError(f"backup label {label!r}: letters, digits, _ and - only")
    if not db.is_file():
        raise FileNotFoundError(f"no database file at {db}")
    folder.mkdir(parents=True, exist_ok=True)
    remove_stray_parts(db, folder)
    base = f"{db.stem}-{now:%Y%m%d-%H%M%S}-"
    target = _free_name(folder, base + label)
    partial = target.with_name(target.name + PART)
    source = sqlite3.connect(_uri(db, "mode=rw"), uri=True)  # never creates a file
    try:
        _copy_into(source, partial)
    finally:
        source.close()
    try:
        problems = integrity_problems(partial)
        if problems:
            target = _free_name(folder, base + DAMAGED_PREFIX + label)
        os.replace(partial, target)
    except BaseException:
        _remove_part(partial)
        raise
    return target, problems


def integrity_problems(path: str | Path, check: str = "integrity_check",
                       mode: str = "ro") -> list[str]:
    """SQLite's integrity check (or quick_check) of a file: [] when it is sound, else its
    first findings (an unreadable header counts as one). Neither check writes; `mode` "rw"
    for a live database in WAL mode, whose -wal a read-only connection could not remove."""
    conn = sqlite3.connect(_uri(Path(path), f"mode={mode}"), uri=True)
    try:
        found = [str(row[0]) for row in conn.execute(f"PRAGMA {check}(20)")]
    except sqlite3.DatabaseError as error:
        if _is_damage(error):
            return [str(error)]
        raise
    finally:
        conn.close()
    return [] if found == ["ok"] else found


def _is_damage(error: BaseException) -> bool:
    return classify(error) == "damaged"


def remove_stray_parts(db_path: str | Path, folder: str | Path,
                       older_than_s: float = STRAY_PART_AGE_S) -> list[Path]:
    """Delete this database's unfinished copies (…sqlite3.part and its -journal) left in the
    folder by a crash: only those untouched for `older_than_s` seconds, so a copy another
    window is writing right now is left alone. Returns what went."""
    folder = Path(folder)
    if not folder.is_dir():
        return []
    pattern, cutoff, removed = backup_pattern(db_path), time.time() - older_than_s, []
    for entry in folder.iterdir():
        name = entry.name
        for side in ("-journal", "-wal", "-shm"):
            if name.endswith(side):
                name = name[:-len(side)]
                break
        if not (name.endswith(PART) and pattern.match(name[:-len(PART)])):
            continue
        try:
            if entry.is_file() and entry.stat().st_mtime <= cutoff:
                entry.unlink()
                removed.append(entry)
        except OSError:  # gone meanwhile, or held open (Windows): try again next time
            continue
    return removed


@contextlib.contextmanager
def _environment_errors() -> Iterator[None]:
    """A full disk, a read-only folder, a failing disk: DatabaseProblem, in the user's words."""
    try:
        yield
    except (OSError, sqlite3.Error) as error:
        problem = problem_from(error)
        if problem is None or problem is error:
            raise
        raise problem from error


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
    partial = target.with_name(target.name + PART)
    _copy_into(source, partial)
    try:
        os.replace(partial, target)
    except BaseException:
        _remove_part(partial)
        raise


def _copy_into(source: sqlite3.Connection, partial: Path) -> None:
    """The online backup API into a new file `partial`; on any failure (a full disk, a
    read-only folder, an interrupted copy) nothing of it is left behind."""
    _remove_part(partial)
    try:
        dest = _connect_destination(partial)
        try:
            source.backup(dest)
            # The copy inherits the source's WAL header; a backup is one self-contained file.
            dest.execute("PRAGMA journal_mode=DELETE").fetchall()
        finally:
            dest.close()
    except BaseException:
        _remove_part(partial)
        raise


def _connect_destination(path: Path) -> sqlite3.Connection:
    """The connection a copy is written through (a seam for tests: a page limit = a full disk).
    The file is created first by Python, so a read-only folder says so (EACCES/EROFS: read_only)
    rather than SQLite's "unable to open database file"."""
    with open(path, "xb"):
        pass
    return sqlite3.connect(path)


def _remove_part(partial: Path) -> None:
    for side in ("", "-journal", "-wal", "-shm"):
        with contextlib.suppress(OSError):
            partial.with_name(partial.name + side).unlink(missing_ok=True)


# -- checking a file --------------------------------------------------------------------------
@dataclass(frozen=True)
class FileCheck:
    """What SQLite's quick check said of the database file: `problems` empty when sound."""

    problems: tuple[str, ...]
    seconds: float

    @property
    def ok(self) -> bool:
        return not self.problems


def quick_check(db_path: str | Path) -> FileCheck:
    """PRAGMA quick_check on the database file, read only (it reads every page once but skips
    the index-to-table comparison of the full integrity check: about a second for 100,000
    contracts). A damaged file is a result, not an error; a file that cannot be read at all
    raises DatabaseProblem; BackupUnsupported for a server URL."""
    db = sqlite_file(db_path)
    started = time.perf_counter()
    with _environment_errors():
        problems = integrity_problems(db, "quick_check", mode="rw")
    return FileCheck(tuple(problems), time.perf_counter() - started)


def migration_revisions() -> list[str]:
    """The migration scripts' revisions, oldest first, read from the files (no Alembic)."""
    return migrate.script_revisions()


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
    if not versions or any(not isinstance(v, str) or not v.strip() for v in versions):
        raise BackupRefused("no_version", path, ", ".join(repr(v) for v in versions))
    if len(versions) > 1:
        raise BackupRefused("unknown_version", path, ", ".join(versions))
    revision = versions[0]
    known, head = migration_revisions(), migrate.HEAD
    if revision not in known:
        newer = revision.isdigit() and head.isdigit() and int(revision) > int(head)
        raise BackupRefused("newer_version" if newer else "unknown_version", path, revision)
    if head in known and known.index(revision) > known.index(head):
        raise BackupRefused("newer_version", path, revision)
    differences = schema_differences(migrate.sqlite_schema(conn), migrate.expected_schema(revision))
    if differences:
        raise BackupRefused("schema", path, f"{revision}: " + "; ".join(differences))
    customers = conn.execute("SELECT count(*) FROM customer").fetchone()[0]
    contracts = conn.execute("SELECT count(*) FROM contract").fetchone()[0]
    return BackupInfo(revision, customers, contracts)


def schema_differences(found: dict[str, frozenset[str]],
                       expected: dict[str, frozenset[str]]) -> list[str]:
    """What a database's tables and columns lack or have beyond `expected`, for people."""
    differences = []
    missing_tables = sorted(set(expected) - set(found))
    if missing_tables:
        differences.append("missing tables: " + ", ".join(missing_tables))
    extra_tables = sorted(set(found) - set(expected))
    if extra_tables:
        differences.append("unexpected tables: " + ", ".join(extra_tables))
    for table in sorted(set(expected) & set(found)):
        missing = sorted(expected[table] - found[table])
        if missing:
            differences.append(f"{table} lacks columns: " + ", ".join(missing))
        extra = sorted(found[table] - expected[table])
        if extra:
            differences.append(f"{table} has unexpected columns: " + ", ".join(extra))
    return differences


# -- restoring --------------------------------------------------------------------------------
def restore_backup(db_path: str | Path, backup_path: str | Path,
                   folder: str | Path | None = None, operator: str = "",
                   clock: Clock | None = None) -> Path | None:
    """Replace the database with a checked backup; the current file is kept aside.

    The caller must have closed every connection to the database first (the app: close_context;
    tests: engine.dispose()); DatabaseInUse is raised, with nothing changed, when one is open.
    Steps: check the backup (BackupRefused, nothing changed): integrity, a known version, and
    every table and column its version should have; copy it with the online backup API to a
    temporary file beside the database and record the restore in that copy's audit log
    (action "restore", entity "database", by `operator`, at `clock.now()`, with the backup's
    file name, revision and SHA-256), so the restored database says where it came from and
    an unaudited restore cannot happen; checkpoint the current database and move it (and any
    -wal/-shm left) into `folder` (default: the backup folder beside the database) as
    `<stem>-YYYYMMDD-HHMMSS-before-restore.sqlite3`; move the copy into place. Returns the file
    kept aside (None when there was no database file). A backup from an older schema is
    upgraded by the next open_context, which backs it up first like any migration.
    """
    db = sqlite_file(db_path)
    backup = Path(backup_path).expanduser().resolve()
    if backup == db:
        raise BackupError("the backup to restore is the database file itself")
    info = check_backup_file(backup)
    folder = Path(folder).expanduser() if folder else default_backup_folder(db)
    with _environment_errors():
        folder.mkdir(parents=True, exist_ok=True)
    staging = db.with_name(f".{db.name}.restoring")
    try:
        with _environment_errors():
            source = _open_read_only(backup)
            try:
                _online_copy(source, staging)
            finally:
                source.close()
            _audit_restore(staging, backup, info.revision, operator,
                           (clock or SystemClock()).now())
    except BaseException:
        staging.unlink(missing_ok=True)
        raise
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


def _audit_restore(copy: Path, backup: Path, revision: str, operator: str,
                   at: dt.datetime) -> None:
    """One audit_entry row in the restored copy, in the format the app's own entries have."""
    detail = {"file": backup.name, "sha256": file_sha256(backup), "revision": revision}
    conn = sqlite3.connect(copy)
    try:
        with conn:
            conn.execute(
                "INSERT INTO audit_entry (at, operator, action, entity, entity_id, detail) "
                "VALUES (?, ?, 'restore', 'database', NULL, ?)",
                (at.strftime("%Y-%m-%d %H:%M:%S.%f"), operator or UNKNOWN_OPERATOR,
                 json.dumps(detail, ensure_ascii=False)))
    finally:
        conn.close()


def file_sha256(path: str | Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as file:
        for block in iter(lambda: file.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


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
    """Checkpoint the WAL into the file; fail if another connection still has it open.

    A file too damaged to read its journal mode is not checkpointed: it is moved aside as it
    is, with its -wal/-shm (restoring over a damaged database is what restores are for)."""
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
        if _is_damage(error):
            return
        raise DatabaseInUse(f"{db.name}: {error}") from None
    finally:
        conn.close()
    # The last connection to close removes the WAL; if it is still there, someone else is open.
    if wal.exists():
        raise DatabaseInUse(f"{db.name} is still open elsewhere (close the app or its windows)")
