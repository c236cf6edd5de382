"""Opening the app's data: default location, migration with backup, the context services use."""
from __future__ import annotations

from pathlib import Path

from models.db import DEFAULT_WAIT_MS, display_name, make_engine
from models.migrate import NewerSchema, upgrade_if_needed
from services.admin.location import refuse_network_share
from services.core.clock import Clock, SystemClock
from services.core.environment import DatabaseProblem, problem_from
from services.core.uow import AppContext

APP_NAME = "ReceivablesDesk"


def data_dir() -> Path:
    """This user's data folder for the app (platformdirs; on Windows under %LOCALAPPDATA%)."""
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_db_path(demo: bool = False) -> Path:
    """The usual database file in the data folder (the demo one with `demo`)."""
    return data_dir() / ("demo.sqlite3" if demo else "receivables.sqlite3")


def open_context(db: str | Path, clock: Clock | None = None, operator: str = "",
                 backup_dir: Path | None = None, wait_ms: int = DEFAULT_WAIT_MS) -> AppContext:
    """Open (creating if needed) and upgrade the database; back it up first if it has data
    (into `backup_dir`, or beside the file). `wait_ms`: how long one write waits for another
    user's lock before it fails as busy (the window waits little and tries again visibly).

    DatabaseProblem("network_share") for an SQLite file on a network share, before it is
    opened; DatabaseProblem("newer_schema", revision) for a database of a newer version of
    the app, before anything is copied or changed; DatabaseProblem of its kind when the file
    or server cannot be opened, read or written."""
    refuse_network_share(db)
    engine = None
    try:
        if "://" not in str(db):
            Path(db).expanduser().parent.mkdir(parents=True, exist_ok=True)
        engine = make_engine(db, wait_ms)
        upgrade_if_needed(engine, backup_dir)
    except Exception as error:
        if engine is not None:
            engine.dispose()
        if isinstance(error, NewerSchema):
            raise DatabaseProblem("newer_schema", error.revision) from error
        problem = problem_from(error)
        if problem is None:
            raise
        raise problem from error
    return AppContext(engine, clock or SystemClock(), operator, files_dir_for(db))


def database_label(db: str | Path) -> str:
    """Where the data is, for people (a URL's password left out)."""
    return display_name(db)


def files_dir_for(db: str | Path) -> Path:
    """Attachments sit beside a database file (so a copy of both travels together)."""
    if "://" in str(db):
        return data_dir() / "files"
    path = Path(db).expanduser().resolve()
    return path.parent / f"{path.stem}-files"


def database_is_empty(ctx: AppContext) -> bool:
    """True for a database with no customers yet (a fresh file)."""
    from sqlalchemy import select

    from models import Customer

    with ctx.uow() as uow:
        return uow.session.scalar(select(Customer.id).limit(1)) is None
