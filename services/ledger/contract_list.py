"""The contracts table: ids in the order asked for, then display rows for the ids on screen."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from models import Contract, Customer, Installment
from models.base import fen, fen_to_yuan
from services.core.listing import ROWS_AT_ONCE, ListQuery, chunks, fetch_ids
from services.core.parsing import db_date
from services.core.uow import UnitOfWork
from services.ledger.balances import (
    committed,
    contract_balance_subquery,
    contract_open_now_subquery,
    remaining_now,
)
from services.ledger.customers import customer_text_match


@dataclass(frozen=True)
class ContractRow:
    id: int
    number: str
    customer_code: str
    customer_name: str
    salesperson: str
    signed_on: dt.date
    total: Decimal
    received: Decimal
    outstanding: Decimal   # owed and unpaid (balances.owed: delivered, or deposits)
    next_due: dt.date | None
    status: str
    price_confirmation_signed: bool
    iou_signed: bool
    committed: Decimal = Decimal("0.00")  # confirmed, not delivered: owed once delivered
    customer_id: int = 0


def contract_ids(uow: UnitOfWork, list_query: ListQuery, customer_id: int | None = None) -> list[int]:
    """Ids of the contracts matching the filter (text in number, salesperson or the customer
    as customer boxes match it; status; the contract's salesperson; overdue only; one
    customer: see _filtered), in the order asked for; balances as of today. Sorted in SQL,
    except by today's outstanding or next due date: those order the ids in Python by the
    figures of the contracts with something unpaid (read from the cache through the
    open-installment index), the rest counting 0 / no date — ties by id, as the SQL order
    would (a third of the time at 100,000 contracts).
    """
    with uow:
        return _ids(uow.session, uow.clock.today(), list_query, customer_id)


def _ids(session: Session, today: dt.date, list_query: ListQuery,
         customer_id: int | None) -> list[int]:
    if list_query.sort in ("outstanding", "next_due"):
        return _ids_by_open_figure(session, today, list_query, customer_id)
    query = select(Contract.id)
    if list_query.sort == "customer":  # the only order that needs the customer's row
        query = query.join(Customer, Customer.id == Contract.customer_id)
    keys = {"number": Contract.number, "customer": Customer.name,
            "salesperson": Contract.salesperson, "signed_on": Contract.signed_on,
            "total": Contract.total, "status": Contract.status,
            "price_confirmation": Contract.price_confirmation_signed_on,
            "iou": Contract.iou_signed_on}
    if list_query.sort == "received":  # money only, credit notes apart: the allocations
        balance = contract_balance_subquery(today)
        query = query.outerjoin(balance, balance.c.contract_id == Contract.id)
        keys["received"] = func.coalesce(balance.c.received, 0)
    if list_query.sort == "committed":
        pending = _committed_subquery()
        query = query.outerjoin(pending, pending.c.contract_id == Contract.id)
        keys["committed"] = func.coalesce(pending.c.committed, 0)
    key = keys.get(list_query.sort, Contract.number)
    order = key.desc() if list_query.descending else key.asc()
    query = _filtered(query, list_query, customer_id, today).order_by(order, Contract.id)
    return fetch_ids(session, query)


def _ids_by_open_figure(session: Session, today: dt.date, list_query: ListQuery,
                        customer_id: int | None) -> list[int]:
    """contract_ids ordered by today's outstanding (0 when nothing is unpaid) or next due date
    (contracts with nothing due last either way), then by id."""
    ids = fetch_ids(session, _filtered(select(Contract.id), list_query, customer_id, today)
                    .order_by(Contract.id))
    now = contract_open_now_subquery()
    column = now.c.outstanding if list_query.sort == "outstanding" else now.c.next_due
    figures = dict(session.execute(select(now.c.contract_id, column)).all())
    descending = list_query.descending
    if list_query.sort == "outstanding":  # a stable sort: equal amounts stay in id order
        ids.sort(key=lambda i: figures.get(i, 0), reverse=descending)
        return ids
    due = [i for i in ids if i in figures]
    due.sort(key=figures.__getitem__, reverse=descending)
    return due + [i for i in ids if i not in figures]


def _committed_subquery(ids: list[int] | None = None):
    """(contract_id, committed fen): what confirmed contracts will owe once delivered."""
    query = (select(Installment.contract_id, func.sum(remaining_now()).label("committed"))
             .join(Contract, Contract.id == Installment.contract_id)
             .where(committed()).group_by(Installment.contract_id))
    if ids is not None:
        query = query.where(Installment.contract_id.in_(ids))
    return query.subquery("pending")


def contract_salespeople(uow: UnitOfWork) -> list[str]:
    """Every salesperson named on a contract, sorted, without blanks (the list's filter)."""
    with uow:
        return [s for s in uow.session.scalars(
            select(Contract.salesperson).distinct().order_by(Contract.salesperson)) if s]


def contracts_overdue_now(today: dt.date) -> Select:
    """Ids of the contracts with something overdue today: an unpaid part of an owed
    installment due before today (their earliest unpaid due date, the next_due of
    balances.contract_open_now_subquery, is before today: the list's red 下次到期)."""
    now = contract_open_now_subquery()
    return select(now.c.contract_id).where(now.c.next_due < today)


def _filtered(query, list_query: ListQuery, customer_id: int | None, today: dt.date):
    """The typed text is looked for in the contract's number and salesperson, and in its
    customer the way every customer box looks (code, name, phones, 拼音:
    customers.customer_text_match). The customers are matched first (a few thousand rows,
    once), so 100,000 contracts are read once, without a customer lookup per contract.
    The status, the contract's own salesperson (exactly), overdue only (contracts_overdue_now)
    and one customer narrow it further; all of them combine."""
    text = list_query.text.strip()
    if text:
        matching_customers = select(Customer.id).where(customer_text_match(text))
        query = query.where(or_(Contract.customer_id.in_(matching_customers),
                                Contract.number.icontains(text, autoescape=True),
                                Contract.salesperson.icontains(text, autoescape=True)))
    if list_query.status:
        query = query.where(Contract.status == list_query.status)
    if list_query.salesperson:
        query = query.where(Contract.salesperson == list_query.salesperson)
    if list_query.overdue_only:
        query = query.where(Contract.id.in_(contracts_overdue_now(today)))
    if customer_id is not None:
        query = query.where(Contract.customer_id == customer_id)
    return query


def contract_rows(uow: UnitOfWork, ids: list[int]) -> list[ContractRow]:
    """Display rows for these ids, in the same order (ids no longer there are left out);
    received, outstanding (owed) and committed in yuan as of today.
    """
    if not ids:
        return []
    with uow:
        return _rows(uow.session, uow.clock.today(), ids)


def _rows(session: Session, today: dt.date, ids: list[int]) -> list[ContractRow]:
    balance = contract_balance_subquery(today, ids)
    pending = _committed_subquery(ids)
    committed_fen = dict(session.execute(select(pending.c.contract_id,
                                                pending.c.committed)).all())
    query = (select(Contract.id, Contract.number, Customer.code, Customer.name,
                    Contract.salesperson, Contract.signed_on, Contract.total,
                    balance.c.received, balance.c.outstanding, balance.c.next_due,
                    Contract.status, Contract.price_confirmation_signed_on,
                    Contract.iou_signed_on, Contract.customer_id)
             .join(Customer, Customer.id == Contract.customer_id)
             .outerjoin(balance, balance.c.contract_id == Contract.id)
             .where(Contract.id.in_(ids)))
    rows = {}
    for r in session.execute(query):
        rows[r[0]] = ContractRow(
            *r[:7], received=fen_to_yuan(r[7]), outstanding=fen_to_yuan(r[8]),
            next_due=db_date(r[9]), status=r[10],
            price_confirmation_signed=r[11] is not None, iou_signed=r[12] is not None,
            committed=fen_to_yuan(committed_fen.get(r[0], 0)), customer_id=r[13])
    return [rows[i] for i in ids if i in rows]


def contract_list_rows(uow: UnitOfWork, list_query: ListQuery,
                       customer_id: int | None = None) -> list[ContractRow]:
    """Every row of the list as filtered and ordered (what an export writes), read in one
    transaction, display rows fetched listing.ROWS_AT_ONCE ids at a time."""
    with uow:
        today = uow.clock.today()
        ids = _ids(uow.session, today, list_query, customer_id)
        return [row for part in chunks(ids) for row in _rows(uow.session, today, part)]


@dataclass(frozen=True)
class ContractTotals:
    """The list's totals over every contract the filter lets through, in yuan."""

    count: int
    total: Decimal
    received: Decimal
    outstanding: Decimal
    committed: Decimal


def contract_totals(uow: UnitOfWork, list_query: ListQuery,
                    customer_id: int | None = None) -> ContractTotals:
    """How many contracts match the filter (as contract_ids) and the sums of their totals,
    received, outstanding and committed today: the same figures as adding up contract_rows
    over every id (the order is ignored). Summed in SQL; when the filter leaves a few
    (≤ listing.ROWS_AT_ONCE) only their allocations are read, otherwise everyone's once
    (received needs every allocation: ~0.5 s at 100,000 contracts, so call it off the UI
    thread)."""
    with uow:
        today = uow.clock.today()
        matching = _filtered(select(Contract.id), list_query, customer_id, today)
        ids = fetch_ids(uow.session, matching)
        narrow = ids if len(ids) <= ROWS_AT_ONCE else None
        balance = contract_balance_subquery(today, narrow)
        pending = _committed_subquery(narrow)
        query = (select(func.count(Contract.id), func.sum(fen(Contract.total)),
                        func.sum(balance.c.received), func.sum(balance.c.outstanding),
                        func.sum(pending.c.committed))
                 .select_from(Contract)
                 .outerjoin(balance, balance.c.contract_id == Contract.id)
                 .outerjoin(pending, pending.c.contract_id == Contract.id))
        query = (query.where(Contract.id.in_(ids)) if narrow is not None
                 else _filtered(query, list_query, customer_id, today))
        count, total, received, owed, pending_fen = uow.session.execute(query).one()
        return ContractTotals(count, fen_to_yuan(total), fen_to_yuan(received),
                              fen_to_yuan(owed), fen_to_yuan(pending_fen))
