"""Customers: create, edit, read one, and list with balances."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, fields
from decimal import Decimal

from sqlalchemy import ColumnElement, Select, and_, func, or_, select, true
from sqlalchemy.orm import Session

from models import Customer
from models.base import fen, fen_to_yuan
from models.customer import CREDIT_RATINGS, CUSTOMER_STATUSES, INVOICE_REQUIREMENTS
from services.core.errors import NotFound, ValidationError
from services.core.listing import ListQuery, chunks, fetch_ids
from services.core.parsing import (
    choice,
    clean_text,
    parse_bank_account,
    parse_credit_code,
    parse_date,
    parse_int,
    parse_money,
)
from services.core.uow import UnitOfWork, check_version, lock_for_inserts
from services.ledger.balances import (
    customer_balance_subquery,
    customer_open_now_subquery,
    unallocated_credit,
)
from services.ledger.pinyin import pinyin_key, pinyin_like, pinyin_pattern
from services.ledger.terms import DEFAULT_CUSTOMER_TERMS, check_customer_terms


@dataclass
class CustomerInput:
    """What the customer dialog (or an import) hands in: text as typed."""

    code: str = ""
    name: str = ""
    short_name: str = ""
    address: str = ""
    salesperson: str = ""
    phone: str = ""
    purchasing_contact: str = ""
    purchasing_phone: str = ""
    finance_contact: str = ""
    finance_phone: str = ""
    cashier_contact: str = ""
    cashier_phone: str = ""
    credit_code: str = ""   # 统一社会信用代码, printed as the buyer's tax number
    bank_name: str = ""     # 开户行
    bank_account: str = ""  # 账号
    credit_rating: str = "C"
    credit_limit: str = "0"
    # The default payment terms: a template's name (services.ledger.terms); "" for none.
    payment_terms: str = DEFAULT_CUSTOMER_TERMS
    application_received: bool = False
    application_approved_by: str = ""
    application_approved_on: str = ""
    payment_approver: str = ""
    usual_payment_day: str = ""
    invoice_requirement: str = "original"
    delivery_proof_required: bool = False
    cash_accepted: bool = False
    status: str = "active"
    status_reason: str = ""
    notes: str = ""


TEXT_LIMITS = {"code": 32, "name": 200, "short_name": 60, "address": 300, "salesperson": 60,
               "phone": 60, "purchasing_contact": 60, "purchasing_phone": 60, "finance_contact": 60,
               "finance_phone": 60, "cashier_contact": 60, "cashier_phone": 60,
               "application_approved_by": 60, "payment_approver": 60, "status_reason": 300,
               "notes": 5000, "payment_terms": 60,
               "bank_name": 120}


def validated_customer(data: CustomerInput) -> dict:
    """The customer dialog's check of what was typed, as the column values to store: the
    first ValidationError naming its field otherwise (an import checks its rows with it, so a
    value the dialog refuses is refused there too)."""
    return _validated(data)


def _validated(data: CustomerInput) -> dict:
    values: dict = {name: clean_text(getattr(data, name), name, limit,
                                     required=name in ("code", "name"))
                    for name, limit in TEXT_LIMITS.items()}
    values["credit_code"] = parse_credit_code(data.credit_code, "credit_code")
    values["bank_account"] = parse_bank_account(data.bank_account, "bank_account")
    values["credit_rating"] = choice(data.credit_rating, "credit_rating", CREDIT_RATINGS)
    values["credit_limit"] = parse_money(data.credit_limit or "0", "credit_limit")
    values["application_received"] = bool(data.application_received)
    values["application_approved_on"] = parse_date(
        data.application_approved_on, "application_approved_on", required=False)
    if values["application_approved_on"] and not values["application_approved_by"]:
        raise ValidationError("application_approved_by", "required")
    values["usual_payment_day"] = parse_int(data.usual_payment_day, "usual_payment_day", 1, 31,
                                            required=False)
    values["invoice_requirement"] = choice(data.invoice_requirement, "invoice_requirement",
                                           INVOICE_REQUIREMENTS)
    values["delivery_proof_required"] = bool(data.delivery_proof_required)
    values["cash_accepted"] = bool(data.cash_accepted)
    values["status"] = choice(data.status, "status", CUSTOMER_STATUSES)
    if values["status"] != "active" and not values["status_reason"]:
        raise ValidationError("status_reason", "required")
    return values


def lock_customer(session: Session, customer_id: int | None) -> Customer:
    """The customer's row, locked until the transaction ends; NotFound when there is none.

    Every action whose decision rests on one customer's installments, payments or promises
    takes this lock first, inside `uow.writing()`: on PostgreSQL a row lock (SELECT … FOR
    UPDATE) that makes a second clerk's action on the same customer wait; on SQLite the write
    transaction already holds the database's lock. One lock per customer, taken first, cannot
    deadlock the way locking installments one by one could, and leaves other customers free.
    """
    customer = session.scalars(select(Customer).where(Customer.id == customer_id)
                               .with_for_update()
                               .execution_options(populate_existing=True)).first()
    if customer is None:
        raise NotFound(f"customer {customer_id}")
    return customer


def _check_code_free(session: Session, code: str, own_id: int | None) -> None:
    """Codes are unique whatever their case. On PostgreSQL the table is locked against other
    writers first, so two clerks typing the same new code cannot both pass the check."""
    lock_for_inserts(session, "customer")
    other = session.scalar(select(Customer.id).where(func.lower(Customer.code) == code.lower()))
    if other is not None and other != own_id:
        raise ValidationError("code", "duplicate")


def create_customer(uow: UnitOfWork, data: CustomerInput) -> int:
    """Save a new customer; returns its id. Text as typed (CustomerInput). ValidationError naming
    the field for bad input, "duplicate" for a code already used (case ignored), "unknown_terms"
    for a default payment term (payment_terms) that names no template of the company's
    (services.ledger.terms.find_terms; "" is none); nothing is saved on an error.
    The buyer's particulars printed on documents, each may be empty: `credit_code` a
    统一社会信用代码 with its check character verified (GB 32100-2015; parsing.parse_credit_code:
    wrong_length, credit_code_characters, bad_check_character), `bank_name` up to 120
    characters, `bank_account` digits and spaces (parsing.parse_bank_account:
    bank_account_characters, too_many_digits).
    """
    values = _validated(data)
    with uow.writing():
        _check_code_free(uow.session, values["code"], None)
        check_customer_terms(uow.session, values["payment_terms"])
        now = uow.clock.now()
        customer = Customer(**values, pinyin=pinyin_key(values["name"], values["short_name"]),
                            created_at=now, updated_at=now, version=1)
        uow.session.add(customer)
        uow.session.flush()
        uow.audit("create", "customer", customer.id, {"code": customer.code, "name": customer.name})
        uow.commit()
        return customer.id


def update_customer(uow: UnitOfWork, customer_id: int, data: CustomerInput,
                    expected_version: int | None = None) -> int:
    """Save changes to a customer, auditing only what changed; returns the new version.

    `expected_version`: the version the editor read (CustomerDetail.version); when someone
    saved in between, EditConflict and nothing is saved. The same errors as create_customer,
    and NotFound for an unknown id.
    """
    values = _validated(data)
    with uow.writing():
        customer = lock_customer(uow.session, customer_id)
        check_version(uow.session, "customer", customer_id, customer.version, expected_version)
        if values["code"].lower() != customer.code.lower():
            _check_code_free(uow.session, values["code"], customer_id)
        if values["payment_terms"] != customer.payment_terms:  # a kept name stays valid
            check_customer_terms(uow.session, values["payment_terms"])
        changes = {k: v for k, v in values.items() if getattr(customer, k) != v}
        for key, value in changes.items():
            setattr(customer, key, value)
        if "name" in changes or "short_name" in changes or not customer.pinyin:
            customer.pinyin = customer_pinyin(customer)  # not audited
        customer.updated_at = uow.clock.now()
        if changes:
            customer.version += 1  # a save that changed nothing conflicts with nobody
        uow.audit("update", "customer", customer_id, changes)
        uow.commit()
        return customer.version


@dataclass(frozen=True)
class CustomerDetail:
    id: int
    data: CustomerInput
    outstanding: Decimal
    overdue: Decimal
    credit: Decimal  # received but not allocated
    version: int = 1  # what update_customer expects back


def get_customer(uow: UnitOfWork, customer_id: int) -> CustomerDetail:
    """The customer as the dialog edits it (text), with outstanding, overdue and unallocated
    credit in yuan as of today. NotFound for an unknown id.
    """
    with uow:
        customer = uow.session.get(Customer, customer_id)
        if customer is None:
            raise NotFound(f"customer {customer_id}")
        today = uow.clock.today()
        data = CustomerInput(**{f.name: _as_text(getattr(customer, f.name))
                                for f in fields(CustomerInput)})
        sub = customer_balance_subquery(today, [customer_id])
        row = uow.session.execute(select(sub.c.outstanding, sub.c.overdue)).first()
        return CustomerDetail(customer_id, data, fen_to_yuan(row[0] if row else 0),
                              fen_to_yuan(row[1] if row else 0),
                              unallocated_credit(uow.session, customer_id, today),
                              customer.version)


def _as_text(value: object) -> object:
    if isinstance(value, bool) or isinstance(value, str):
        return value
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


@dataclass(frozen=True)
class CustomerRow:
    id: int
    code: str
    name: str
    short_name: str
    salesperson: str
    phone: str
    credit_rating: str
    credit_limit: Decimal
    payment_terms: str  # the default term's name
    outstanding: Decimal
    overdue: Decimal
    status: str


def _list_columns(today: dt.date, ids: list[int] | None = None):
    """Outstanding and overdue today (from the cache of what is unpaid) and the sort keys."""
    balance = customer_open_now_subquery(today, ids)
    outstanding = func.coalesce(balance.c.outstanding, 0)
    overdue = func.coalesce(balance.c.overdue, 0)
    sort_keys = {
        "code": Customer.code, "name": Customer.name, "salesperson": Customer.salesperson,
        "phone": Customer.phone, "credit_rating": Customer.credit_rating,
        "credit_limit": Customer.credit_limit, "payment_terms": Customer.payment_terms,
        "outstanding": outstanding, "overdue": overdue, "status": Customer.status,
    }
    return balance, outstanding, overdue, sort_keys


# What a typed text is looked for in (besides the 拼音 of name and short name). former_codes:
# the codes and names of customers merged into this one (services.ledger.merge).
TEXT_COLUMNS = (Customer.code, Customer.name, Customer.short_name, Customer.phone,
                Customer.purchasing_phone, Customer.finance_phone, Customer.cashier_phone,
                Customer.salesperson, Customer.former_codes)


def former_lines(former_codes: str) -> list[str]:
    """The customers merged into one, one "code name" each, from Customer.former_codes (lines;
    "；" also separates, as a clerk may have typed)."""
    return [part.strip() for part in re.split(r"[\n；]", former_codes) if part.strip()]


def customer_pinyin(customer: Customer) -> str:
    """The 拼音 key kept with a customer (Customer.pinyin): its name, short name and the names
    merged into it (former_codes), so `bjjz` still finds a customer merged away."""
    return pinyin_key(customer.name, customer.short_name, *former_lines(customer.former_codes))


def customer_text_match(text: str) -> ColumnElement[bool]:
    """The SQL condition "this customer matches what was typed", for any list or box that
    filters customers (`select(...).where(customer_text_match(text))`, the customer table in
    the query): `text` (stripped) found, case ignored, in the code, name, short name, phones,
    salesperson or the codes and names of customers merged into it (former_codes), or as 拼音
    of those names (Customer.pinyin, customer_pinyin): initials (`bjjz`), full
    (`beijingjiuzhou`), mixed (`bjjiuzhou`), from any character on (`jiuzhou`, `jz`), spaces
    and apostrophes ignored (services.ledger.pinyin). A blank text matches every customer.

    On SQLite the 拼音 test is a LIKE on the letters in order, then a REGEXP (Python's, which
    SQLAlchemy registers); on PostgreSQL the same LIKE and `~`.
    """
    text = text.strip()
    if not text:
        return true()
    condition = or_(*(col.icontains(text, autoescape=True) for col in TEXT_COLUMNS))
    pattern = pinyin_pattern(text)
    if pattern is None:
        return condition
    return or_(condition, and_(Customer.pinyin.like(pinyin_like(text)),
                               Customer.pinyin.regexp_match(pattern)))


def customers_overdue_now(today: dt.date) -> Select:
    """Ids of the customers with something overdue today: an unpaid part of an owed
    installment due before today (the overdue figure of balances.customer_open_now_subquery,
    above zero). For the lists' "overdue only" filter (customers, and payments by customer)."""
    balance = customer_open_now_subquery(today)
    return select(balance.c.customer_id).where(balance.c.overdue > 0)


def _filtered(query, list_query: ListQuery, today: dt.date):
    """The list's filters, combined: typed text (customer_text_match), status, salesperson
    (the customer's own, exactly) and overdue only (customers_overdue_now)."""
    if list_query.text.strip():
        query = query.where(customer_text_match(list_query.text))
    if list_query.status:
        query = query.where(Customer.status == list_query.status)
    if list_query.salesperson:
        query = query.where(Customer.salesperson == list_query.salesperson)
    if list_query.overdue_only:
        query = query.where(Customer.id.in_(customers_overdue_now(today)))
    return query


def _ids(session: Session, today: dt.date, list_query: ListQuery) -> list[int]:
    balance, _, _, sort_keys = _list_columns(today)
    key = sort_keys.get(list_query.sort, Customer.code)
    query = select(Customer.id)
    if list_query.sort in ("outstanding", "overdue"):  # only these need every balance
        query = query.outerjoin(balance, balance.c.customer_id == Customer.id)
    query = _filtered(query, list_query, today).order_by(
        key.desc() if list_query.descending else key.asc(), Customer.id)
    return fetch_ids(session, query)


def _rows(session: Session, today: dt.date, ids: list[int]) -> list[CustomerRow]:
    balance, outstanding, overdue, _ = _list_columns(today, ids)
    query = (select(Customer.id, Customer.code, Customer.name, Customer.short_name,
                    Customer.salesperson, Customer.phone, Customer.credit_rating,
                    Customer.credit_limit, Customer.payment_terms, outstanding, overdue,
                    Customer.status)
             .outerjoin(balance, balance.c.customer_id == Customer.id)
             .where(Customer.id.in_(ids)))
    rows = {r[0]: CustomerRow(*r[:9], fen_to_yuan(r[9]), fen_to_yuan(r[10]), r[11])
            for r in session.execute(query)}
    return [rows[i] for i in ids if i in rows]


def customer_ids(uow: UnitOfWork, list_query: ListQuery) -> list[int]:
    """Ids of the customers matching the filter (text, status, salesperson, overdue only:
    see _filtered), in the order asked for (all sorting in SQL)."""
    with uow:
        return _ids(uow.session, uow.clock.today(), list_query)


def customer_rows(uow: UnitOfWork, ids: list[int]) -> list[CustomerRow]:
    """Display rows for these ids, in the same order (ids no longer there are left out);
    outstanding and overdue in yuan as of today.
    """
    with uow:
        return _rows(uow.session, uow.clock.today(), ids)


def customer_list_rows(uow: UnitOfWork, list_query: ListQuery) -> list[CustomerRow]:
    """Every row of the list as filtered and ordered (what an export writes), read in one
    transaction, display rows fetched listing.ROWS_AT_ONCE ids at a time."""
    with uow:
        today = uow.clock.today()
        ids = _ids(uow.session, today, list_query)
        return [row for part in chunks(ids) for row in _rows(uow.session, today, part)]


@dataclass(frozen=True)
class CustomerTotals:
    """The list's totals over every customer the filter lets through, in yuan."""

    count: int
    credit_limit: Decimal
    outstanding: Decimal
    overdue: Decimal


def customer_totals(uow: UnitOfWork, list_query: ListQuery) -> CustomerTotals:
    """How many customers match the filter (as customer_ids) and the sums of their credit
    limits, outstanding and overdue today, in one SQL query (the same figures as adding up
    customer_rows over every id; the order is ignored)."""
    with uow:
        today = uow.clock.today()
        balance, outstanding, overdue, _ = _list_columns(today)
        query = (select(func.count(Customer.id), func.sum(fen(Customer.credit_limit)),
                        func.sum(outstanding), func.sum(overdue))
                 .select_from(Customer)
                 .outerjoin(balance, balance.c.customer_id == Customer.id))
        count, limit, owed, late = uow.session.execute(_filtered(query, list_query, today)).one()
        return CustomerTotals(count, fen_to_yuan(limit), fen_to_yuan(owed), fen_to_yuan(late))


@dataclass(frozen=True)
class CustomerChoice:
    id: int
    code: str
    name: str
    salesperson: str
    payment_terms: str  # the default term's name ("" none): a new contract's schedule
    short_name: str = ""
    pinyin: str = ""  # the key of name and short name (services.ledger.pinyin)
    former_codes: str = ""  # the codes and names of customers merged into it


def customer_choices(uow: UnitOfWork) -> list[CustomerChoice]:
    """All customers for a picker (code order), with what choice_matcher looks in."""
    with uow:
        query = select(Customer.id, Customer.code, Customer.name, Customer.salesperson,
                       Customer.payment_terms, Customer.short_name,
                       Customer.pinyin, Customer.former_codes).order_by(Customer.code)
        return [CustomerChoice(*r) for r in uow.session.execute(query)]


def choice_matcher(text: str) -> Callable[[CustomerChoice], bool]:
    """A test for customer boxes that filter in memory: does a choice match `text` by code,
    name, short name, a merged customer's code or name (former_codes) or 拼音 (the same 拼音
    rule as customer_text_match; case ignored)? A blank text matches every choice."""
    needle = text.strip().casefold()
    pattern = pinyin_pattern(text)
    regex = re.compile(pattern) if pattern else None

    def matches(choice: CustomerChoice) -> bool:
        return (needle in choice.code.casefold() or needle in choice.name.casefold()
                or needle in choice.short_name.casefold()
                or needle in choice.former_codes.casefold()
                or (regex is not None and regex.search(choice.pinyin) is not None))
    return matches
