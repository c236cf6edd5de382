"""Readable document numbers that carry the branch code: BJ-2026-00042."""
from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from models import NumberSequence
from services.core.settings import BRANCH_CODE, get_setting


def next_number(session: Session, kind: str, year: int, prefix: str = "") -> str:
    """BJ-2026-00042 for contracts; with a prefix, BJ-QR-2026-00007 for documents."""
    branch = get_setting(session, BRANCH_CODE)
    # Bump in the database, inside the caller's transaction: two users never get the same number.
    bumped = session.execute(
        update(NumberSequence)
        .where(NumberSequence.kind == kind, NumberSequence.branch == branch, NumberSequence.year == year)
        .values(last=NumberSequence.last + 1))
    if bumped.rowcount == 0:
        session.add(NumberSequence(kind=kind, branch=branch, year=year, last=1))
        session.flush()
    last = session.scalar(select(NumberSequence.last).where(
        NumberSequence.kind == kind, NumberSequence.branch == branch, NumberSequence.year == year))
    middle = f"{prefix}-" if prefix else ""
    return f"{branch}-{middle}{year}-{last:05d}"
