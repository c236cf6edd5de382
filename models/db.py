"""Opening the database: SQLite by default (one file, offline), any SQLAlchemy URL otherwise."""
from __future__ import annotations

from functools import partial
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

# Per connection: the page cache (KiB) and the memory-mapped part of the file (bytes).
SQLITE_CACHE_KIB = 32 * 1024
SQLITE_MMAP_BYTES = 64 * 1024 * 1024

def database_url(db: str | Path) -> str:
    """A path becomes a SQLite URL; a URL (postgresql+psycopg://…) passes through."""
    text = str(db)
    if "://" in text:
        return text
    return f"sqlite:///{Path(text).expanduser().resolve()}"


# A transaction started with this execution option takes SQLite's write lock at BEGIN
# (BEGIN IMMEDIATE), before it reads what it decides on; see services.core.uow.
SQLITE_BEGIN = "sqlite_begin"
DEFAULT_WAIT_MS = 5000  # how long a write waits for another writer's lock before giving up
CONNECT_TIMEOUT_S = 10  # a server that does not answer in this long is reported unreachable


def display_name(db: str | Path) -> str:
    """Where the data is, for people: the file's full path, or the URL without its password."""
    url = database_url(db)
    if url.startswith("sqlite:///"):
        return url[len("sqlite:///"):]
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


def make_engine(db: str | Path, wait_ms: int = DEFAULT_WAIT_MS) -> Engine:
    """An engine for a file path or URL. `wait_ms`: how long a write waits for a lock held by
    another user (SQLite's busy timeout; PostgreSQL's lock_timeout) before it fails as busy."""
    url = database_url(db)
    if url.startswith("sqlite"):
        engine = create_engine(url)
        event.listen(engine, "connect", partial(_sqlite_connect, wait_ms=wait_ms))
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    options = {"pool_pre_ping": True}  # a server restart is met with a new connection
    if url.startswith("postgresql"):
        options["connect_args"] = {"connect_timeout": CONNECT_TIMEOUT_S,
                                   "options": f"-c lock_timeout={int(wait_ms)}"}
    return create_engine(url, **options)


def _sqlite_connect(dbapi_connection, _record, wait_ms: int) -> None:
    # The driver's own BEGIN is deferred and comes too late to protect a read-then-write:
    # turn it off and begin each transaction ourselves (_sqlite_begin).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    # WAL lets the UI read while a write is in progress; foreign keys are off unless asked.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={int(wait_ms)}")
    # A bigger page cache and memory-mapped reads: lists and alerts scan tens of MB. Each
    # connection has its own cache, and mapped pages count in the process's memory: 32 MB and
    # 64 MB keep a working session at 300,000 contracts ~110 MB smaller than 64 MB and 256 MB
    # did, the lists as fast, the start-up alerts (off the UI thread) ~30 % slower
    # (`python -m tests.bench`).
    cursor.execute(f"PRAGMA cache_size=-{SQLITE_CACHE_KIB}")
    cursor.execute(f"PRAGMA mmap_size={SQLITE_MMAP_BYTES}")
    cursor.close()


def _sqlite_begin(connection) -> None:
    mode = connection.get_execution_options().get(SQLITE_BEGIN, "DEFERRED")
    connection.exec_driver_sql(f"BEGIN {mode}")


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    # expire_on_commit=False: services return plain data, never objects reloaded later.
    return sessionmaker(engine, expire_on_commit=False)


def optimize(engine: Engine) -> None:
    """Refresh the query planner's statistics (SQLite's advice: run it before closing), so
    queries pick the small indexes once tables have grown."""
    if engine.dialect.name == "sqlite":
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA optimize")
