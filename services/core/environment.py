"""What the environment does to the database, told apart from bugs (qutebrowser's misc/sql.py
is the model: a short list of known errors the user must see; everything else is a bug).

`classify(error)` maps an exception from SQLite, PostgreSQL (psycopg) or the file system to one
of PROBLEMS, or None for a bug. The unit of work raises `DatabaseProblem(kind)` in place of a
known error, so every caller (window, command line, worker) gets the same few kinds and shows
them in the user's words; anything else keeps its traceback for the crash log.
"""
from __future__ import annotations

import errno
import sqlite3

PROBLEMS = {
    "busy": "the database is busy with another user's change; try again in a moment",
    "read_only": "the database cannot be written (a read-only file, folder or server)",
    "disk_full": "the disk (or the server's) is full",
    "damaged": "the database file is damaged",
    "io_error": "the database file could not be read or written (a disk or network fault)",
    "disconnected": "the connection to the database server was lost",
    "unreachable": "the database cannot be opened (missing, no permission, or no server)",
    "newer_schema": "the database was written by a newer version of the app",
    "network_share": "the database file is on a network share, where SQLite cannot lock it safely",
}

# SQLite primary result codes (https://www.sqlite.org/rescode.html).
_SQLITE = {
    5: "busy",            # SQLITE_BUSY: another connection holds the lock
    6: "busy",            # SQLITE_LOCKED: a conflict inside one connection's tables
    8: "read_only",       # SQLITE_READONLY
    10: "io_error",       # SQLITE_IOERR: the disk (or the network under it) failed
    11: "damaged",        # SQLITE_CORRUPT: "database disk image is malformed"
    13: "disk_full",      # SQLITE_FULL
    14: "unreachable",    # SQLITE_CANTOPEN
    26: "damaged",        # SQLITE_NOTADB: "file is not a database"
}
# PostgreSQL SQLSTATE codes and classes (https://www.postgresql.org/docs/current/errcodes-appendix.html).
_PG_CODES = {
    "40001": "busy",          # serialization_failure
    "40P01": "busy",          # deadlock_detected
    "55P03": "busy",          # lock_not_available (lock_timeout)
    "57014": "busy",          # query_canceled (statement_timeout)
    "25006": "read_only",     # read_only_sql_transaction (a standby, or default_transaction_read_only)
    "53100": "disk_full",     # disk_full
    "XX001": "damaged",       # data_corrupted
    "XX002": "damaged",       # index_corrupted
    "57P01": "disconnected",  # admin_shutdown (the server restarted)
    "57P02": "disconnected",  # crash_shutdown
    "57P03": "unreachable",   # cannot_connect_now (starting up)
    "3D000": "unreachable",   # invalid_catalog_name (no such database)
    "28P01": "unreachable",   # invalid_password
    "28000": "unreachable",   # invalid_authorization_specification
}
_PG_CLASSES = {"08": "disconnected", "53": "disk_full", "58": "damaged"}

_OS_ERRNO = {
    errno.ENOSPC: "disk_full",
    getattr(errno, "EDQUOT", -1): "disk_full",
    errno.EROFS: "read_only",
    errno.EACCES: "read_only",
    errno.EPERM: "read_only",
    errno.EIO: "io_error",
}


class DatabaseProblem(Exception):
    """Something outside the program stops the database (or a file next to it) from working.

    `kind` is one of PROBLEMS; `detail` keeps the original message for the log. Never a bug:
    the window shows it in the user's words and keeps what was typed; the command line prints
    one line and exits non-zero.
    """

    def __init__(self, kind: str, detail: str = "") -> None:
        if kind not in PROBLEMS:
            raise ValueError(f"unknown database problem {kind!r}")
        self.kind = kind
        self.detail = detail
        super().__init__(f"{PROBLEMS[kind]}" + (f" ({detail})" if detail else ""))


def classify(error: BaseException) -> str | None:
    """The PROBLEMS kind of an exception (looking through SQLAlchemy's wrapper and the
    exception's causes), or None when it is not a known environment error (a bug)."""
    return _find(error)[0]


def _find(error: BaseException | None) -> tuple[str | None, BaseException | None]:
    """(kind, the exception that says so) through wrappers and causes; (None, None) if none."""
    seen = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        kind = _classify_one(error)
        if kind is not None:
            return kind, error
        error = getattr(error, "orig", None) or error.__cause__ or error.__context__
    return None, None


def _classify_one(error: BaseException) -> str | None:
    if isinstance(error, DatabaseProblem):
        return error.kind
    if isinstance(error, sqlite3.Error):
        return _sqlite_kind(error)
    sqlstate = getattr(error, "sqlstate", None)
    if isinstance(sqlstate, str) and sqlstate:
        return _PG_CODES.get(sqlstate) or _PG_CLASSES.get(sqlstate[:2])
    if _is_psycopg_connection_error(error):
        return "disconnected"
    if isinstance(error, OSError) and not isinstance(error, sqlite3.Error):
        return _OS_ERRNO.get(error.errno)
    return None


def _sqlite_kind(error: sqlite3.Error) -> str | None:
    code = getattr(error, "sqlite_errorcode", None)
    if code is None:  # old Pythons: the message is all there is
        text = str(error).lower()
        for needle, kind in (("locked", "busy"), ("readonly", "read_only"),
                             ("read-only", "read_only"), ("disk is full", "disk_full"),
                             ("malformed", "damaged"), ("not a database", "damaged"),
                             ("unable to open", "unreachable"), ("disk i/o", "io_error")):
            if needle in text:
                return kind
        return None
    return _SQLITE.get(code & 0xFF)


def _is_psycopg_connection_error(error: BaseException) -> bool:
    """psycopg raises OperationalError without a SQLSTATE when the socket dies."""
    module = type(error).__module__
    return (module.startswith("psycopg") and type(error).__name__ in ("OperationalError",
                                                                       "InterfaceError"))


def problem_from(error: BaseException) -> DatabaseProblem | None:
    """`DatabaseProblem` for a known environment error, None for a bug. Its detail is the
    first line of what the driver or the system said (for the log and the command line)."""
    kind, source = _find(error)
    if kind is None:
        return None
    if isinstance(error, DatabaseProblem):
        return error
    if isinstance(source, DatabaseProblem):
        return source
    said = str(source).strip().splitlines()
    return DatabaseProblem(kind, said[0] if said else "")
