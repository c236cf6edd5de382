"""How long follow_ups_due and promise_views take on a big database (not collected by pytest).

    python tests/bench_collection.py [DB]   (default: a 2,000 / 100,000 demo in a temp dir)

follow_ups_due is timed on the database as it is, then promises and follow-ups are added
(the demo has none; the file is changed): per customer 3 promises over the last 4 months
(made a week before their day) and 4 follow-ups, the latest 0-20 days ago, half of them
with a next-action day.
"""
from __future__ import annotations

import datetime as dt
import random
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import func, select  # noqa: E402

from models import Customer, FollowUp, Promise  # noqa: E402
from services.admin.bootstrap import open_context  # noqa: E402
from services.collection.follow_ups import follow_ups_due  # noqa: E402
from services.collection.promises import promise_views  # noqa: E402


def add_promises_and_follow_ups(ctx) -> None:
    rng = random.Random(7)
    with ctx.uow() as uow:
        if uow.session.scalar(select(func.count()).select_from(Promise)):
            return
        today, now = uow.clock.today(), uow.clock.now()
        for customer_id in uow.session.scalars(select(Customer.id)):
            for _ in range(3):
                promised_on = today - dt.timedelta(days=rng.randint(-20, 120))
                uow.session.add(Promise(
                    customer_id=customer_id, made_on=promised_on - dt.timedelta(days=7),
                    promised_on=promised_on, amount=Decimal(rng.randint(1, 500) * 100),
                    created_at=now, created_by="bench"))
            last = today - dt.timedelta(days=rng.randint(0, 20))
            for k in range(4):
                day = last - dt.timedelta(days=10 * k)
                uow.session.add(FollowUp(
                    customer_id=customer_id, contacted_on=day, channel="call",
                    next_action_on=day + dt.timedelta(days=5) if rng.random() < 0.5 else None,
                    created_at=now, created_by="bench"))
        uow.commit()


def timed(ctx, name: str, work, runs: int = 5) -> None:
    with ctx.uow() as uow:
        work(uow.session, uow.clock.today())  # warm, the way a second start would be
    best, found = float("inf"), []
    for _ in range(runs):
        with ctx.uow() as uow:
            started = time.perf_counter()
            found = work(uow.session, uow.clock.today())
            best = min(best, time.perf_counter() - started)
    print(f"  {name:44} {1000 * best:7.1f} ms  {len(found)} rows (best of {runs})")


def measure(db: Path) -> None:
    ctx = open_context(db, operator="bench")
    print(db.name)
    timed(ctx, "follow_ups_due (as the demo is)", follow_ups_due)
    add_promises_and_follow_ups(ctx)
    timed(ctx, "follow_ups_due (with follow-ups)", follow_ups_due)
    timed(ctx, "promise_views (all)", lambda s, d: promise_views(s, d))
    timed(ctx, "promise_views (since 1st of the month)",
          lambda s, d: promise_views(s, d, since=d.replace(day=1)))
    timed(ctx, "promise_views (since yesterday)",
          lambda s, d: promise_views(s, d, since=d - dt.timedelta(days=1)))
    timed(ctx, "promise_views (one customer)", lambda s, d: promise_views(s, d, [1]))


def main() -> None:
    if len(sys.argv) > 1:
        measure(Path(sys.argv[1]))
        return
    from cli.commands import run_demo

    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "big.sqlite3"
        run_demo(db, 2000, 100_000, 2026, False)
        measure(db)


if __name__ == "__main__":
    main()
