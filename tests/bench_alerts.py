"""How long the start-up alerts take on a big database (not collected by pytest).

    python tests/bench_alerts.py [DB]    (default: writes a 2,000 / 100,000 demo into a temp dir)
"""
from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import select

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from models import Installment  # noqa: E402
from services.admin.bootstrap import open_context  # noqa: E402
from services.collection import alerts  # noqa: E402


def measure(db: Path) -> None:
    ctx = open_context(db, operator="bench")
    with ctx.uow() as uow:
        installments = uow.session.execute(select(Installment.id)).all()
    alerts.compute_alerts(ctx.uow())  # warm the caches the way a second start would be
    parts = {
        "installments (due soon + overdue)": lambda s, d: alerts._installment_alerts(s, d, d, 5),
        "over limit": lambda s, d: alerts._over_limit_alerts(s, d, d),
        "promises": lambda s, d: alerts._promise_alerts(s, d, d.replace(day=1)),
        "follow-ups": lambda s, d: alerts._follow_up_alerts(s, d),
    }
    print(f"{db.name}: {len(installments)} installments")
    for name, part in parts.items():
        with ctx.uow() as uow:
            started = time.perf_counter()
            found = part(uow.session, uow.clock.today())
            print(f"  {name:36} {1000 * (time.perf_counter() - started):7.1f} ms  {len(found)} rows")
    runs = 5
    started = time.perf_counter()
    for _ in range(runs):
        found = alerts.compute_alerts(ctx.uow())
    print(f"  {'compute_alerts (whole, mean of 5)':36} "
          f"{1000 * (time.perf_counter() - started) / runs:7.1f} ms  {len(found)} alerts")


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
