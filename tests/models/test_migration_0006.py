"""Migration 0006: customer.payment_term_days dropped, the named payment terms kept; from 0005
(and from 0004, through 0005's "N 天账期") with data in every table that refers to customers."""
from __future__ import annotations

import datetime as dt
import sqlite3
from decimal import Decimal

from sqlalchemy import inspect

from models.db import make_engine
from models.migrate import current_revision, run_migrations
from models.migrations import HEAD
from services.admin.bootstrap import open_context
from services.ledger import contracts, customers, terms
from tests.factories import customer_input, make_contract, make_customer, pay


def _sql(path, *statements) -> list:
    conn = sqlite3.connect(path)
    try:
        rows = [conn.execute(s).fetchall() for s in statements]
        conn.commit()
        return rows
    finally:
        conn.close()


def _columns(path) -> set[str]:
    return {row[1] for row in _sql(path, "PRAGMA table_info(customer)")[0]}


def _books_at(tmp_path, clock, revision: str):
    """A file with three customers (one owing 300.00 on a contract, 100.00 paid), taken down to
    `revision`: what an older release left."""
    path = tmp_path / "old.sqlite3"
    ctx = open_context(path, clock, operator="tester")
    first = make_customer(ctx, "C001", payment_terms="45 天账期")
    make_customer(ctx, "C002", payment_terms="30/70")
    make_customer(ctx, "C003", payment_terms="月结 60 天")
    make_contract(ctx, first, lines=[("3", "100")], status="delivered",
                  installments=[("2026-10-01", "100"), ("2026-11-01", "200")])
    pay(ctx, first, "100")
    ctx.close()
    engine = make_engine(path)
    run_migrations(engine, revision, downgrade=True)
    engine.dispose()
    return path


def test_the_downgrade_to_0005_brings_the_days_back_from_the_names(tmp_path, clock):
    path = _books_at(tmp_path, clock, "0005")
    assert {"payment_term_days", "payment_terms"} <= _columns(path)
    assert _sql(path, "SELECT code, payment_term_days, payment_terms FROM customer"
                      " ORDER BY code")[0] == [("C001", 45, "45 天账期"), ("C002", 30, "30/70"),
                                               ("C003", 30, "月结 60 天")]


def test_upgrading_from_0005_drops_the_days_and_keeps_everything_else(tmp_path, clock):
    path = _books_at(tmp_path, clock, "0005")
    before = _sql(path, "SELECT * FROM contract", "SELECT * FROM installment",
                  "SELECT * FROM payment", "SELECT * FROM allocation", "SELECT * FROM audit_entry")
    ctx = open_context(path, clock, operator="tester", backup_dir=tmp_path / "backups")
    try:
        assert current_revision(ctx.engine) == HEAD  # upgraded through 0006 to the newest
        assert "payment_term_days" not in {c["name"] for c in
                                           inspect(ctx.engine).get_columns("customer")}
        assert _sql(path, "SELECT code, payment_terms FROM customer ORDER BY code")[0] == [
            ("C001", "45 天账期"), ("C002", "30/70"), ("C003", "月结 60 天")]
        after = _sql(path, "SELECT * FROM contract", "SELECT * FROM installment",
                     "SELECT * FROM payment", "SELECT * FROM allocation",
                     "SELECT * FROM audit_entry")
        assert after == before
        assert _sql(path, "PRAGMA foreign_key_check")[0] == []
        assert len(list((tmp_path / "backups").glob(f"*before-{HEAD}*"))) == 1
        # The books work as before: the customer's term resolves, edits save.
        [choice, *_] = customers.customer_choices(ctx.uow())
        found = terms.find_terms(terms.get_terms(ctx.uow()), choice.payment_terms)
        assert terms.schedule_from_terms(found, "100", dt.date(2026, 12, 1),
                                         dt.date(2026, 12, 2))[0].due_date == "2027-01-16"
        customers.update_customer(ctx.uow(), choice.id,
                                  customer_input("C001", payment_terms="45 天账期", phone="1"))
        detail = contracts.get_contract(ctx.uow(), 1)
        assert (detail.total, detail.received) == (Decimal("300.00"), Decimal("100.00"))
    finally:
        ctx.close()


def test_upgrading_from_0004_names_each_customers_days(tmp_path, clock):
    path = _books_at(tmp_path, clock, "0004")
    assert "payment_terms" not in _columns(path)
    _sql(path, "UPDATE customer SET payment_term_days = 75 WHERE code = 'C003'")
    ctx = open_context(path, clock, operator="tester", backup_dir=tmp_path / "backups")
    try:
        assert current_revision(ctx.engine) == HEAD
        assert "payment_term_days" not in _columns(path)
        assert _sql(path, "SELECT code, payment_terms FROM customer ORDER BY code")[0] == [
            ("C001", "45 天账期"), ("C002", "30 天账期"), ("C003", "75 天账期")]
        assert _sql(path, "PRAGMA foreign_key_check")[0] == []
        # "75 天账期" is no template, and is understood all the same.
        choices = {c.code: c for c in customers.customer_choices(ctx.uow())}
        found = terms.find_terms(terms.get_terms(ctx.uow()), choices["C003"].payment_terms)
        assert found.parts == (terms.TermPart(Decimal(100), "delivery", 75),)
    finally:
        ctx.close()
