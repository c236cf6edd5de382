"""balances.owed_sums (many days in one pass) adds up to exactly what owed_parts says for each
day, however the money moved: applied later, undone, reversed, viewed before or after."""
from __future__ import annotations

import datetime as dt
from collections import defaultdict

import pytest
from sqlalchemy import func, select

from services.ledger.balances import OwedSlot, owed_parts, owed_sums
from tests.collection.test_plan_month_start import KNOWN_ON, moved_book  # noqa: F401 - fixture

D = dt.date
SLOTS = [
    OwedSlot(D(2026, 8, 31), D(2026, 9, 1), D(2026, 9, 30)),                  # carried into Sep
    OwedSlot(D(2026, 9, 30), D(2026, 11, 1), D(2026, 10, 31), D(2026, 10, 1)),  # due in Oct
    OwedSlot(D(2026, 10, 31), D(2026, 10, 31)),                                # overdue on 10-31
    OwedSlot(D(2026, 11, 5), D(2026, 12, 1), D(2026, 11, 30)),                 # mid-application
    OwedSlot(D(2026, 11, 10), D(2026, 11, 10)),                                # the bounce's day
    OwedSlot(D(2026, 11, 24), D(2027, 2, 1)),                                  # everything today
]


def from_parts(session, slot: OwedSlot, known_on: dt.date) -> dict[int, int]:
    parts = owed_parts(slot.as_of, slot.due_before, slot.owed_by, known_on).subquery()
    query = select(parts.c.customer_id, func.sum(parts.c.remaining)).group_by(parts.c.customer_id)
    if slot.due_from is not None:
        query = query.where(parts.c.due_date >= slot.due_from)
    return {cid: fen for cid, fen in session.execute(query) if fen}


@pytest.mark.usefixtures("moved_book")
@pytest.mark.parametrize("known_on", KNOWN_ON, ids=str)
def test_owed_sums_equal_owed_parts_for_every_slot_at_once(ctx, known_on):
    with ctx.uow() as uow:
        got: dict[int, dict[int, int]] = defaultdict(dict)
        for cid, *sums in uow.session.execute(owed_sums(SLOTS, known_on)):
            for index, fen in enumerate(sums):
                if fen:
                    got[index][cid] = fen
        for index, slot in enumerate(SLOTS):
            assert got[index] == from_parts(uow.session, slot, known_on), slot
    assert any(got.values())


@pytest.mark.usefixtures("moved_book")
def test_one_slot_alone_gives_the_same_as_among_others(ctx):
    with ctx.uow() as uow:
        together = {cid: sums[2] for cid, *sums in uow.session.execute(
            owed_sums(SLOTS, D(2026, 11, 24)))}
        alone = dict(uow.session.execute(owed_sums(SLOTS[2:3], D(2026, 11, 24))).all())
    assert {c: v for c, v in together.items() if v} == {c: v for c, v in alone.items() if v}
