"""One unit of work per user action: it commits whole or rolls back (cosmicpython's pattern),
and the context every service call starts from."""
from __future__ import annotations

import datetime as dt
import getpass
import json
from pathlib import Path

from sqlalchemy import Engine, select, text
from sqlalchemy.orm import Session, sessionmaker

from models import AuditEntry
from models.db import SQLITE_BEGIN, display_name, make_session_factory, optimize
from services.core.clock import Clock
from services.core.environment import problem_from
from services.core.errors import EditConflict

UNKNOWN_OPERATOR = "?"  # recorded in the audit when nobody is named


class UnitOfWork:
    """`with uow:` opens a session; it rolls back unless `commit()` was called, and closes.

    A service that writes opens it with `with uow.writing():`, so the transaction holds the
    write lock before it reads what it decides on (SQLite: BEGIN IMMEDIATE; on PostgreSQL the
    service locks the rows it decides on, see services.ledger.customers.lock_customer).
    Audit entries added with `audit()` ride in the same transaction: they are written with the
    change or not at all. A unit of work is entered once: entering it again while open raises
    RuntimeError (a nested `with` would share and then close the outer session).

    A known environment error (busy, read-only, full, damaged, disconnected…) leaves it as
    `DatabaseProblem` (services.core.environment), never as a driver's exception.
    """

    session: Session

    def __init__(self, session_factory: sessionmaker[Session], clock: Clock, operator: str,
                 files_dir: Path | None = None) -> None:
        self._factory = session_factory
        self.clock = clock
        self.operator = operator
        self.files_dir = files_dir
        self._committed = False
        self._open = False
        self._write = False
        self.pending_audit: list[tuple[str, dict]] = []  # entries whose record id comes later

    def writing(self) -> UnitOfWork:
        """Mark this unit of work as one that writes: `with uow.writing():`."""
        self._write = True
        return self

    def __enter__(self) -> UnitOfWork:
        if self._open:
            raise RuntimeError("this unit of work is already open; make a new one (ctx.uow())")
        self.session = self._factory()
        self._committed = False
        self._open = True
        if self._write and self.session.get_bind().dialect.name == "sqlite":
            try:  # take the write lock now, waiting up to the busy timeout for another writer
                self.session.connection(execution_options={SQLITE_BEGIN: "IMMEDIATE"})
            except BaseException as error:
                self.__exit__(type(error), error, error.__traceback__)
                raise
        return self

    def __exit__(self, exc_type, exc, _tb) -> None:
        try:
            if not self._committed:
                try:
                    self.session.rollback()
                except Exception:
                    if exc is None:  # a rollback failing on its own is worth reporting
                        raise  # (after an error, the connection may be gone: keep that error)
        finally:
            self.session.close()
            self._open = False
            self._write = False
        problem = problem_from(exc) if exc is not None else None
        if problem is not None and problem is not exc:
            raise problem from exc

    def commit(self) -> None:
        self.session.commit()
        self._committed = True

    def flush_pending_audit(self, entity: str, entity_id: int) -> None:
        for action, detail in self.pending_audit:
            self.audit(action, entity, entity_id, detail)
        self.pending_audit.clear()

    def audit(self, action: str, entity: str, entity_id: int | None,
              detail: dict | None = None) -> None:
        """Record who did what to which record, now, in this unit of work's transaction."""
        self.session.add(AuditEntry(
            at=self.clock.now(), operator=self.operator or UNKNOWN_OPERATOR, action=action,
            entity=entity, entity_id=entity_id,
            detail=json.dumps(detail or {}, ensure_ascii=False, default=str)))


def lock_for_inserts(session: Session, table: str) -> None:
    """Make other writers of `table` wait until this transaction ends, readers not: for an
    action that checks "not there yet" and then inserts, where no existing row can be locked.
    PostgreSQL: LOCK TABLE … SHARE ROW EXCLUSIVE; SQLite: the write transaction already holds
    the database's lock."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text(f'LOCK TABLE "{table}" IN SHARE ROW EXCLUSIVE MODE'))


def last_change(session: Session, entities: tuple[str, ...],
                entity_id: int | None) -> tuple[str, dt.datetime | None]:
    """(operator, when) of the newest audit entry about a record ("", None if none)."""
    query = (select(AuditEntry.operator, AuditEntry.at)
             .where(AuditEntry.entity.in_(entities), AuditEntry.entity_id == entity_id)
             .order_by(AuditEntry.id.desc()).limit(1))
    row = session.execute(query).first()
    return (row[0], row[1]) if row else ("", None)


def check_version(session: Session, entity: str, entity_id: int | None, current: int,
                  expected: int | None, audit_entities: tuple[str, ...] = ()) -> None:
    """Optimistic concurrency: EditConflict when the record's `current` version is not the
    `expected` one its editor read (None: no check, e.g. a script). Call it on the locked row."""
    if expected is not None and current != expected:
        operator, at = last_change(session, audit_entities or (entity,), entity_id)
        raise EditConflict(entity, entity_id, operator, at)


def login_name() -> str:
    """The operator's name when none was set: the computer login, or "" when there is none
    (a service account); the audit then records UNKNOWN_OPERATOR."""
    try:
        return getpass.getuser()
    except Exception:  # getpass raises OSError, KeyError or ImportError by platform
        return ""


class AppContext:
    """What every service call needs: where the data is, what day it is, who is working.

    Screens use what it offers (`uow()`, `is_sqlite`, `sqlite_file`, `database_label`,
    `close()`), never the engine or a session.
    """

    def __init__(self, engine: Engine, clock: Clock, operator: str = "",
                 files_dir: Path | None = None) -> None:
        self.engine = engine
        self.clock = clock
        self.operator = operator
        self.files_dir = files_dir  # scans and photos of signed papers live here
        self._sessions = make_session_factory(engine)

    def uow(self) -> UnitOfWork:
        return UnitOfWork(self._sessions, self.clock, self.operator, self.files_dir)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def sqlite_file(self) -> Path | None:
        """The database file, or None for a server (or an in-memory database)."""
        database = self.engine.url.database
        if not self.is_sqlite or database in (None, "", ":memory:"):
            return None
        return Path(database)

    @property
    def database_label(self) -> str:
        """Where the data is, for people: the file, or the server's URL without the password."""
        return display_name(self.engine.url.render_as_string(hide_password=False))

    def close(self) -> None:
        """At exit: refresh the planner's statistics, then let go of every connection (also
        when the statistics cannot be written: a damaged or read-only file)."""
        try:
            optimize(self.engine)
        except Exception:  # noqa: BLE001 - statistics are a nicety; the connections must go
            pass
        finally:
            self.engine.dispose()
