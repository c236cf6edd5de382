"""Readable document numbers that carry the branch code: BJ-2026-00042."""
from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from models import NumberSequence
from services.core.settings import BRANCH_CODE, get_setting


def next_number(session: Session, kind: str, year: int, prefix: str = "") -> str:
    """BJ-2026-00042 for contracts; with a prefix, BJ-QR-2026-00007 for documents."""
    branch = get_setting(session, BRANCH_CODE)
    this = (NumberSequence.kind == kind, NumberSequence.branch == branch,
            NumberSequence.year == year)
    # Bump in the database, inside the caller's transaction: the row stays locked until it
    # commits, so two users never get the same number.
    if not _bump(session, this):
        try:  # the first number of its kind this year: two users may both try to start it
            with session.begin_nested():
                session.add(NumberSequence(kind=kind, branch=branch, year=year, last=0))
        except IntegrityError:  # the other one did; its row is there now
            pass
        _bump(session, this)
    last = session.scalar(select(NumberSequence.last).where(*this))
    middle = f"{prefix}-" if prefix else ""
    return f"{branch}-{middle}{year}-{last:05d}"


def _bump(session: Session, this) -> bool:
    bumped = session.execute(update(NumberSequence).where(*this)
                             .values(last=NumberSequence.last + 1))
    return bumped.rowcount > 0
