"""A database file damaged the way users met it: 8 KB of garbage in the middle of the file.
It still opens and lists (SQLite reads only the pages a query needs), but a check finds it."""
from __future__ import annotations

import random
from pathlib import Path

from sqlalchemy import text

from tests.factories import make_customer

GARBAGE = 8192


def fill_customers(ctx, count: int = 2000) -> None:
    """C001 and `count` copies of it (X1, X2, …): a table and indexes of many pages."""
    make_customer(ctx, "C001", "甲")
    with ctx.engine.begin() as conn:
        columns = [r[1] for r in conn.exec_driver_sql("PRAGMA table_info(customer)")
                   if r[1] not in ("id", "code")]
        listed = ", ".join(columns)
        conn.execute(text(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < :count) "
            f"INSERT INTO customer (code, {listed}) SELECT 'X' || i, {listed} "
            "FROM n, customer WHERE customer.code = 'C001'"), {"count": count})


def damage_middle(path: Path, seed: int = 8) -> None:
    """Overwrite 8 KB at the page boundary nearest the middle of a closed database file
    (no -wal beside it) with random bytes."""
    assert not path.with_name(path.name + "-wal").exists(), "close the database first"
    data = bytearray(path.read_bytes())
    assert len(data) > 4 * GARBAGE
    middle = len(data) // 2 // 4096 * 4096
    data[middle:middle + GARBAGE] = random.Random(seed).randbytes(GARBAGE)
    path.write_bytes(bytes(data))
