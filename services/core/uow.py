"""One unit of work per user action: it commits whole or rolls back (cosmicpython's pattern)."""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from models import AuditEntry
from services.core.clock import Clock


class UnitOfWork:
    session: Session

    def __init__(self, session_factory: sessionmaker[Session], clock: Clock, operator: str,
                 files_dir: Path | None = None) -> None:
        self._factory = session_factory
        self.clock = clock
        self.operator = operator
        self.files_dir = files_dir
        self._committed = False
        self.pending_audit: list[tuple[str, dict]] = []  # entries whose record id comes later

    def __enter__(self) -> UnitOfWork:
        self.session = self._factory()
        self._committed = False
        return self

    def __exit__(self, *exc_info) -> None:
        if not self._committed:
            self.session.rollback()
        self.session.close()

    def commit(self) -> None:
        self.session.commit()
        self._committed = True

    def flush_pending_audit(self, entity: str, entity_id: int) -> None:
        for action, detail in self.pending_audit:
            self.audit(action, entity, entity_id, detail)
        self.pending_audit.clear()

    def audit(self, action: str, entity: str, entity_id: int | None, detail: dict | None = None) -> None:
        self.session.add(AuditEntry(
            at=self.clock.now(), operator=self.operator or "?", action=action, entity=entity,
            entity_id=entity_id, detail=json.dumps(detail or {}, ensure_ascii=False, default=str)))


@dataclass
class AppContext:
    """What every service call needs: where the data is, what day it is, who is working."""

    session_factory: sessionmaker[Session]
    clock: Clock
    operator: str = ""
    files_dir: Path | None = None  # scans and photos of signed papers live here

    def uow(self) -> UnitOfWork:
        return UnitOfWork(self.session_factory, self.clock, self.operator, self.files_dir)
