"""How long demo data and the big list screens take. Not a test: run it by hand.

    PYTHONPATH=. /work/venv/bin/python tests/bench_demo.py
"""
from __future__ import annotations

import tempfile
import time
from pathlib import Path

from services.admin.bootstrap import open_context
from services.core.listing import ListQuery
from services.demo.generate import write_demo
from services.ledger.contract_list import contract_ids, contract_rows
from services.ledger.customers import customer_ids, customer_rows

SIZES = ((40, 300), (2000, 100_000))
PAGE = 200  # rows a list screen fetches first


def timed(label: str, work):
    started = time.perf_counter()
    result = work()
    print(f"{label:<48} {time.perf_counter() - started:7.2f} s")
    return result


def bench_lists(ctx) -> None:
    ids = timed("customer_ids (code)", lambda: customer_ids(ctx.uow(), ListQuery()))
    timed(f"customer_rows (first {PAGE} of {len(ids)})",
          lambda: customer_rows(ctx.uow(), ids[:PAGE]))
    for sort in ("number", "outstanding"):
        ids = timed(f"contract_ids (sort {sort})",
                    lambda sort=sort: contract_ids(ctx.uow(), ListQuery(sort=sort)))
        timed(f"contract_rows (first {PAGE} of {len(ids)})",
              lambda ids=ids: contract_rows(ctx.uow(), ids[:PAGE]))


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        for customers, contracts in SIZES:
            path = Path(folder) / f"demo-{contracts}.sqlite3"
            ctx = open_context(path, operator="bench")
            summary = timed(f"write_demo {customers} customers / {contracts} contracts",
                            lambda ctx=ctx, c=customers, n=contracts: write_demo(ctx, c, n))
            if contracts == SIZES[-1][1]:
                bench_lists(ctx)
            ctx.engine.dispose()  # the last close checkpoints the WAL
            print(f"  {summary}, file {path.stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
