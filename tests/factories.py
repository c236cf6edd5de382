"""Plain helpers that build test data through the services (so every rule applies).

Each takes the AppContext first; the GUI tests reuse them.
"""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from contextlib import contextmanager

from sqlalchemy import func, select

from models import AuditEntry
from services.core.parsing import parse_date, parse_decimal
from services.core.settings import set_setting
from services.ledger import contracts, customers, payments
from services.ledger.contracts import ContractInput, InstallmentInput, LineInput
from services.ledger.customers import CustomerInput
from services.ledger.payments import AllocationInput, PaymentInput


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def customer_input(code: str = "C001", name: str | None = None, **fields) -> CustomerInput:
    """An approved account (no credit without one) with no credit limit, unless told otherwise."""
    fields.setdefault("application_received", True)
    fields.setdefault("application_approved_by", "张经理")
    fields.setdefault("application_approved_on", "2025-12-01")
    return CustomerInput(code=code, name=name if name is not None else f"客户{code}", **fields)


def make_customer(ctx, code: str = "C001", name: str | None = None, **fields) -> int:
    """A customer through services.customers.create_customer; returns its id."""
    return customers.create_customer(ctx.uow(), customer_input(code, name, **fields))


def contract_input(customer_id: int, *,
                   lines: Sequence[tuple] = (("1", "1000"),),
                   installments: Sequence[tuple] | None = None,
                   status: str = "delivered", signed_on="2026-01-10", delivery_on: object = "",
                   salesperson: str = "", **fields) -> ContractInput:
    """Lines are (quantity, unit_price[, product]); installments (due_date, amount[, id[,
    is_deposit]]).

    Delivered on the signing day unless told otherwise (`delivery_on=None`: no date given), so
    every installment is owed from then.
    Without installments the whole total is due 30 days after signing.
    """
    line_inputs = [LineInput(product=line[2] if len(line) > 2 else f"产品{i}", unit="件",
                             quantity=_text(line[0]), unit_price=_text(line[1]))
                   for i, line in enumerate(lines, start=1)]
    if installments is None:
        total = sum(contracts.line_amount(parse_decimal(_text(q), "quantity", 3),
                                          parse_decimal(_text(p), "unit_price", 4))
                    for q, p, *_ in lines)
        signed = parse_date(signed_on, "signed_on")
        installments = [(signed + dt.timedelta(days=30), total)]
    inst_inputs = [InstallmentInput(due_date=_text(item[0]), amount=_text(item[1]),
                                    id=item[2] if len(item) > 2 else None,
                                    is_deposit=bool(item[3]) if len(item) > 3 else False)
                   for item in installments]
    # Test data often has old debts on purpose; the credit hold has tests of its own.
    fields.setdefault("credit_override_reason", "测试数据")
    if status == "delivered":  # delivery needs the signed price confirmation (company rule)
        fields.setdefault("price_confirmation_signed_on", _text(signed_on))
        delivery_on = signed_on if delivery_on == "" else delivery_on
    return ContractInput(customer_id=customer_id, salesperson=salesperson,
                         signed_on=_text(signed_on), delivery_on=_text(delivery_on or ""),
                         status=status, lines=line_inputs, installments=inst_inputs, **fields)


def make_contract(ctx, customer_id: int, **kwargs) -> tuple[int, str]:
    """A contract through services.contracts.create_contract; returns (id, number)."""
    return contracts.create_contract(ctx.uow(), contract_input(customer_id, **kwargs))


def payment_input(customer_id: int, amount, *, received_on="2026-11-24",
                  contract_id: int | None = None,
                  allocations: Iterable[tuple[int, object]] | None = None,
                  method: str = "bank_transfer", **fields) -> PaymentInput:
    return PaymentInput(
        customer_id=customer_id, received_on=_text(received_on), amount=_text(amount),
        method=method, contract_id=contract_id,
        allocations=None if allocations is None else
        [AllocationInput(installment_id=i, amount=_text(a)) for i, a in allocations],
        **fields)


def pay(ctx, customer_id: int, amount, **kwargs) -> int:
    """A payment through services.payments.record_payment; returns its id."""
    return payments.record_payment(ctx.uow(), payment_input(customer_id, amount, **kwargs))


def installment_ids(ctx, contract_id: int) -> list[int]:
    """The contract's installment ids, earliest due first."""
    return [i.id for i in contracts.get_contract(ctx.uow(), contract_id).installments]


def file_rows(path, sql: str) -> list[tuple]:
    """Rows straight from an SQLite file, opened read-only (it is never changed or created)."""
    import sqlite3
    from pathlib import Path

    conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def file_codes(path) -> list[str]:
    """The customer codes in an SQLite file, in code order."""
    return [r[0] for r in file_rows(path, "SELECT code FROM customer ORDER BY code")]


@contextmanager
def open_session(ctx):
    """A session of its own for a test to look at (or set up) rows directly."""
    with ctx.uow() as uow:
        yield uow.session


def set_branch(ctx, code: str) -> None:
    with ctx.uow() as uow:
        set_setting(uow.session, "branch_code", code)
        uow.commit()


def count_rows(ctx, model) -> int:
    with ctx.uow() as uow:
        return uow.session.scalar(select(func.count()).select_from(model))


def audit_log(ctx, entity: str | None = None) -> list[dict]:
    """Audit entries (oldest first) as plain dicts, detail decoded from JSON."""
    with ctx.uow() as uow:
        query = select(AuditEntry).order_by(AuditEntry.id)
        if entity is not None:
            query = query.where(AuditEntry.entity == entity)
        return [{"at": e.at, "operator": e.operator, "action": e.action, "entity": e.entity,
                 "entity_id": e.entity_id, "detail": json.loads(e.detail)}
                for e in uow.session.scalars(query)]


def make_0001_database(path, customer_code: str = "OLD1", with_contract: bool = False) -> None:
    """A database as the first release left it (schema 0001) holding one customer (and one
    confirmed contract of 123.45), to test upgrades and restores of old files."""
    from pathlib import Path

    from alembic import command
    from sqlalchemy import text

    from models.db import make_engine
    from models.migrate import alembic_config

    Path(path).parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(path)
    config = alembic_config(engine)
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0001")
        conn.execute(text(
            "INSERT INTO customer (code, name, short_name, address, salesperson, phone, "
            "purchasing_contact, purchasing_phone, finance_contact, finance_phone, cashier_contact,"
            " cashier_phone, credit_rating, credit_limit, payment_term_days, application_received,"
            " application_approved_by, payment_approver, invoice_requirement,"
            " delivery_proof_required, cash_accepted, status, status_reason, notes, created_at,"
            " updated_at) VALUES (:code, '旧客户', '', '', '', '', '', '', '', '', '', '', 'B',"
            " 100000, 30, 1, '', '', 'original', 0, 0, 'active', '', '', '2026-01-01', '2026-01-01')"),
            {"code": customer_code})
        if with_contract:
            conn.execute(text(
                "INSERT INTO contract (number, customer_id, salesperson, signed_on, status, total,"
                " notes, created_at, updated_at) VALUES ('HQ-2026-00001', 1, '', '2026-01-02',"
                " 'confirmed', 12345, '', '2026-01-02', '2026-01-02')"))
    engine.dispose()
