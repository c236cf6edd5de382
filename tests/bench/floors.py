"""The floors: the same question asked in raw SQL (sqlite3, read-only), rows fetched, nothing
else. What a screen could cost if it did nothing but ask the database.

Money is integer fen, dates ISO text, as the app stores them. "Open now" reads the cached
installment.paid through its partial index (what the issue says the hot paths should do);
the plan, a dated question, sums the allocations as of the month's start.
"""
from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from models.db import SQLITE_CACHE_KIB, SQLITE_MMAP_BYTES

SCREEN = 50  # rows a first screen fetches

OWED_NOW = ("(c.status IN ('delivered', 'closed') OR "
            "(i.is_deposit AND c.status IN ('confirmed', 'delivered', 'closed')))")
OPEN_NOW = f"i.paid < i.amount AND c.status IN ('confirmed', 'delivered') AND {OWED_NOW}"


def connect(db: Path) -> sqlite3.Connection:
    """Read-only, with the app's cache and memory-map sizes (models/db.py)."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    conn.execute(f"PRAGMA cache_size=-{SQLITE_CACHE_KIB}")
    conn.execute(f"PRAGMA mmap_size={SQLITE_MMAP_BYTES}")
    return conn


def _like(text: str) -> str:
    escaped = text.replace("/", "//").replace("%", "/%").replace("_", "/_")
    return f"%{escaped}%"


def alerts(conn: sqlite3.Connection, today: dt.date, days: int) -> int:
    """Open installments due by today + days with contract and customer; customers over a
    limit from the same cache. Returns how many rows came back."""
    until = (today + dt.timedelta(days=days)).isoformat()
    rows = conn.execute(f"""
        SELECT i.id, c.id, c.number, cu.id, cu.code, cu.name, i.due_date, i.amount - i.paid
        FROM installment i JOIN contract c ON c.id = i.contract_id
        JOIN customer cu ON cu.id = c.customer_id
        WHERE {OPEN_NOW} AND i.due_date <= ? ORDER BY i.due_date, cu.code""", (until,)).fetchall()
    over = conn.execute("""
        SELECT cu.id, cu.code, cu.name, SUM(i.amount - i.paid) - cu.credit_limit
        FROM installment i JOIN contract c ON c.id = i.contract_id
        JOIN customer cu ON cu.id = c.customer_id
        WHERE i.paid < i.amount AND c.status IN ('confirmed', 'delivered') AND cu.credit_limit > 0
        GROUP BY cu.id HAVING SUM(i.amount - i.paid) > cu.credit_limit""").fetchall()
    return len(rows) + len(over)


CUSTOMER_COLUMNS = ("code", "name", "short_name", "phone", "purchasing_phone", "finance_phone",
                    "cashier_phone", "salesperson")


def customer_filter(conn: sqlite3.Connection, text: str) -> int:
    """The customers matching `text` (the same columns as the tab), in code order, and the
    first screen's rows with their balances."""
    where = " OR ".join(f"{col} LIKE ? ESCAPE '/'" for col in CUSTOMER_COLUMNS)
    ids = [r[0] for r in conn.execute(
        f"SELECT id FROM customer WHERE {where} ORDER BY code, id",
        [_like(text)] * len(CUSTOMER_COLUMNS))]
    _customer_rows(conn, ids[:SCREEN])
    return len(ids)


def _customer_rows(conn: sqlite3.Connection, ids: list[int]) -> list:
    marks = ",".join("?" * len(ids))
    return conn.execute(f"""
        SELECT cu.id, cu.code, cu.name, cu.salesperson, cu.phone, cu.credit_rating,
               cu.credit_limit, cu.payment_terms, cu.status, b.outstanding, b.overdue
        FROM customer cu LEFT JOIN (
            SELECT c.customer_id, SUM(i.amount - i.paid) AS outstanding,
                   SUM(CASE WHEN i.due_date < date('now') THEN i.amount - i.paid END) AS overdue
            FROM installment i JOIN contract c ON c.id = i.contract_id
            WHERE {OPEN_NOW} AND c.customer_id IN ({marks}) GROUP BY c.customer_id
        ) b ON b.customer_id = cu.id WHERE cu.id IN ({marks})""", ids + ids).fetchall()


CONTRACT_COLUMNS = ("c.number", "cu.code", "cu.name", "cu.short_name", "c.salesperson")


def contract_filter(conn: sqlite3.Connection, text: str) -> int:
    """The contracts matching `text` (number, customer, salesperson), newest number first,
    and the first screen's rows."""
    where = " OR ".join(f"{col} LIKE ? ESCAPE '/'" for col in CONTRACT_COLUMNS)
    ids = [r[0] for r in conn.execute(
        f"SELECT c.id FROM contract c JOIN customer cu ON cu.id = c.customer_id WHERE {where} "
        "ORDER BY c.number DESC, c.id", [_like(text)] * len(CONTRACT_COLUMNS))]
    contract_rows(conn, ids[:SCREEN])
    return len(ids)


def contract_rows(conn: sqlite3.Connection, ids: list[int]) -> list:
    marks = ",".join("?" * len(ids))
    return conn.execute(f"""
        SELECT c.id, c.number, cu.code, cu.name, c.salesperson, c.signed_on, c.total, c.status,
               SUM(CASE WHEN {OWED_NOW} THEN i.paid END),
               SUM(CASE WHEN {OWED_NOW} THEN i.amount - i.paid END),
               MIN(CASE WHEN i.paid < i.amount AND {OWED_NOW} THEN i.due_date END)
        FROM contract c JOIN customer cu ON cu.id = c.customer_id
        LEFT JOIN installment i ON i.contract_id = c.id
        WHERE c.id IN ({marks}) GROUP BY c.id""", ids).fetchall()


def contracts_by_outstanding(conn: sqlite3.Connection) -> int:
    """Every contract id by what is still owed on it (largest first), and the first screen."""
    ids = [r[0] for r in conn.execute(f"""
        SELECT c.id FROM contract c LEFT JOIN (
            SELECT i.contract_id, SUM(i.amount - i.paid) AS owed
            FROM installment i JOIN contract c ON c.id = i.contract_id
            WHERE {OPEN_NOW} GROUP BY i.contract_id
        ) o ON o.contract_id = c.id ORDER BY COALESCE(o.owed, 0) DESC, c.id""")]
    contract_rows(conn, ids[:SCREEN])
    return len(ids)


def plan(conn: sqlite3.Connection, month: dt.date, today: dt.date) -> int:
    """The month's plan per customer as the service defines it (owed at the month's start on
    what is owed by its end, received in the month, the target), in one statement."""
    first = month.replace(day=1)
    after = (first + dt.timedelta(days=32)).replace(day=1)
    last, before = after - dt.timedelta(days=1), first - dt.timedelta(days=1)
    args = {"first": first.isoformat(), "after": after.isoformat(), "last": last.isoformat(),
            "before": before.isoformat(), "today": today.isoformat()}
    return len(conn.execute("""
        WITH paid AS (
            SELECT a.installment_id, SUM(a.amount) AS paid
            FROM allocation a JOIN payment p ON p.id = a.payment_id
            WHERE p.received_on <= :before AND (p.reversed_on IS NULL OR p.reversed_on > :today)
              AND a.applied_on <= :before AND (a.undone_on IS NULL OR a.undone_on > :today)
            GROUP BY a.installment_id),
        inst AS (
            SELECT c.customer_id, i.due_date, i.amount - COALESCE(paid.paid, 0) AS remaining
            FROM installment i JOIN contract c ON c.id = i.contract_id
            LEFT JOIN paid ON paid.installment_id = i.id
            WHERE i.due_date < :after AND (
                (c.status IN ('delivered', 'closed')
                 AND COALESCE(c.delivery_on, c.signed_on) <= :last)
                OR (i.is_deposit AND c.status IN ('confirmed', 'delivered', 'closed')
                    AND c.signed_on <= :last))),
        owed AS (
            SELECT customer_id,
                   SUM(CASE WHEN due_date >= :first THEN remaining ELSE 0 END) AS due,
                   SUM(CASE WHEN due_date < :first THEN remaining ELSE 0 END) AS overdue_in
            FROM inst GROUP BY customer_id),
        received AS (
            SELECT customer_id, SUM(amount) AS received FROM payment
            WHERE received_on >= :first AND received_on <= :last
              AND (reversed_on IS NULL OR reversed_on > :today) AND method != 'credit_note'
            GROUP BY customer_id)
        SELECT cu.id, cu.code, cu.name, cu.salesperson, COALESCE(o.due, 0),
               COALESCE(o.overdue_in, 0), COALESCE(r.received, 0), t.target
        FROM customer cu LEFT JOIN owed o ON o.customer_id = cu.id
        LEFT JOIN received r ON r.customer_id = cu.id
        LEFT JOIN collection_target t ON t.customer_id = cu.id AND t.month = :first
        WHERE o.due > 0 OR o.overdue_in > 0 OR r.received > 0 OR t.target IS NOT NULL
        ORDER BY cu.code""", args).fetchall())


def first_screen_query() -> str:
    """The one query of the start-up floor: the first customers with what they owe."""
    return f"""
        SELECT cu.code, cu.name, cu.salesperson, cu.phone, cu.credit_rating, cu.credit_limit,
               cu.payment_terms, COALESCE(b.outstanding, 0), COALESCE(b.overdue, 0), cu.status
        FROM customer cu LEFT JOIN (
            SELECT c.customer_id, SUM(i.amount - i.paid) AS outstanding,
                   SUM(CASE WHEN i.due_date < date('now') THEN i.amount - i.paid END) AS overdue
            FROM installment i JOIN contract c ON c.id = i.contract_id
            WHERE {OPEN_NOW} GROUP BY c.customer_id
        ) b ON b.customer_id = cu.id ORDER BY cu.code LIMIT 200"""


def _owed_on(day: str) -> str:
    """Owed on a day (services.ledger.balances.owed): delivered by then, or a deposit of an
    agreed contract signed by then."""
    return (f"((c.status IN ('delivered', 'closed') AND COALESCE(c.delivery_on, c.signed_on)"
            f" <= '{day}') OR (i.is_deposit AND c.status IN ('confirmed', 'delivered', 'closed')"
            f" AND c.signed_on <= '{day}'))")


def aging(conn: sqlite3.Connection, as_of: dt.date, today: dt.date) -> int:
    """The aging's two figures per customer without its buckets, in one GROUP BY: what was
    owed on the day (Σ of each owed installment's remainder) and the unapplied credit
    (Σ payments counting on the day − Σ their allocations counting on the day). Today (and
    later) the remainders come from the cached paid through the open-installment index; a past
    day's from the allocations that counted then. Returns how many customers came back."""
    day = as_of.isoformat()
    payment_active = f"p.received_on <= '{day}' AND (p.reversed_on IS NULL OR p.reversed_on > '{day}')"
    allocation_active = (f"{payment_active} AND a.applied_on <= '{day}'"
                         f" AND (a.undone_on IS NULL OR a.undone_on > '{day}')")
    if as_of >= today:
        owed = f"""
            SELECT c.customer_id, i.amount - i.paid AS owed, 0 AS credit
            FROM installment i JOIN contract c ON c.id = i.contract_id
            WHERE i.paid < i.amount AND {_owed_on(day)}"""
    else:
        owed = f"""
            SELECT c.customer_id, i.amount - COALESCE(paid.paid, 0) AS owed, 0 AS credit
            FROM installment i JOIN contract c ON c.id = i.contract_id
            LEFT JOIN (SELECT a.installment_id, SUM(a.amount) AS paid
                       FROM allocation a JOIN payment p ON p.id = a.payment_id
                       WHERE {allocation_active} GROUP BY a.installment_id
            ) paid ON paid.installment_id = i.id
            WHERE {_owed_on(day)}"""
    return len(conn.execute(f"""
        SELECT customer_id, SUM(owed), SUM(credit) FROM ({owed}
            UNION ALL SELECT p.customer_id, 0, p.amount FROM payment p WHERE {payment_active}
            UNION ALL SELECT p.customer_id, 0, -a.amount
                      FROM allocation a JOIN payment p ON p.id = a.payment_id
                      WHERE {allocation_active})
        GROUP BY customer_id HAVING SUM(owed) != 0 OR SUM(credit) > 0""").fetchall())
