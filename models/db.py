"""Opening the database: SQLite by default (one file, offline), any SQLAlchemy URL otherwise."""
from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker


def database_url(db: str | Path) -> str:
    """A path becomes a SQLite URL; a URL (postgresql+psycopg://…) passes through."""
    text = str(db)
    if "://" in text:
        return text
    return f"sqlite:///{Path(text).expanduser().resolve()}"


def make_engine(db: str | Path) -> Engine:
    url = database_url(db)
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    # WAL lets the UI read while a write is in progress; foreign keys are off unless asked.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    # A bigger page cache and memory-mapped reads: lists and alerts scan tens of MB.
    cursor.execute("PRAGMA cache_size=-65536")
    cursor.execute("PRAGMA mmap_size=268435456")
    cursor.close()


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    # expire_on_commit=False: services return plain data, never objects reloaded later.
    return sessionmaker(engine, expire_on_commit=False)


def optimize(engine: Engine) -> None:
    """Refresh the query planner's statistics (SQLite's advice: run it before closing), so
    queries pick the small indexes once tables have grown."""
    if engine.dialect.name == "sqlite":
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA optimize")
