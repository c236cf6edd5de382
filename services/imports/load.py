"""Writing checked rows to the database: planned against what is there, then written in bulk
in one transaction (everything or nothing).

Planning decides each record's fate from the database and the other rows: created, updated
(customers only), skipped because it is already there (re-importing a file creates nothing
new: customers match by code, contracts and receivables by number, payments by customer,
date, amount and reference), or refused as a problem with its row. A dry run plans and stops.
The import plans again under the write lock, then writes with set-based inserts (not one unit
of work per row) so 100,000 rows take seconds, not hours.

History is not new business: the credit hold is not enforced on imported contracts; what it
would say of each customer afterwards is in the report (ImportReport.credit_holds).
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from models import (
    Allocation,
    Contract,
    ContractLine,
    Customer,
    Installment,
    NumberSequence,
    Payment,
)
from services.collection.credit import hold_reasons
from services.collection.rules import grace_days
from services.core.parsing import MAX_MONEY
from services.core.settings import BRANCH_CODE, get_setting
from services.core.uow import UnitOfWork, lock_for_inserts
from services.imports.rows import (
    OPENING_PRODUCT,
    Cancelled,
    CheckedRows,
    ImportOptions,
    Record,
    RowProblem,
)
from services.ledger import balances
from services.ledger.pinyin import pinyin_key
from services.ledger.terms import DEFAULT_CUSTOMER_TERMS, read_terms

WRITE_CHUNK = 2000          # records per batch of inserts, between progress reports
IN_CHUNK = 500              # values per IN (…) list
OPENING_METHOD = "other"    # how an opening receivable's paid part is recorded
OPENING_REFERENCE = "期初已收"


@dataclass(frozen=True)
class Skipped:
    """A row not imported: reason "exists" (a contract, invoice or payment already recorded),
    "unchanged" (a customer whose mapped fields are the same), "not_a_record" (a row below
    the header that holds no record: a signature line such as 制表人：张三, or a row with no
    required value; `key` its first text)."""

    row: int
    reason: str
    key: str


@dataclass(frozen=True)
class CreditHoldNote:
    """What the credit hold would say of a customer after the import (it is not enforced on
    history): reasons among on_hold, blacklisted, overdue and over_limit
    (collection.credit.hold_reasons), with the amounts in yuan."""

    customer_code: str
    customer_name: str
    reasons: tuple[str, ...]
    overdue: Decimal
    exposure: Decimal
    limit: Decimal


@dataclass
class ImportReport:
    """What an import did (or, for a dry run or a refused import, would do).

    `created`: {"customers" | "contracts" | "payments": count}; `updated`: customers changed;
    `skipped`: rows already there; `problems`: every row refused (the rows' own problems and
    those found against the database); `rejected_rows`: the row numbers not imported;
    `written`: True once committed. `credit_holds` only for a written import, and
    `unapplied`: the yuan of imported payments that paid nothing (more than the customer
    owed, or the rest of a payment to a contract when the user chose to keep it as credit);
    it stays as the customer's unapplied credit."""

    kind: str
    rows_read: int
    created: dict[str, int] = field(default_factory=dict)
    updated: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    rejected_rows: set[int] = field(default_factory=set)
    credit_holds: list[CreditHoldNote] = field(default_factory=list)
    unapplied: Decimal = Decimal("0.00")
    written: bool = False
    dry_run: bool = False


@dataclass
class _Plan:
    problems: list[RowProblem] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    new_customers: list[dict] = field(default_factory=list)
    customer_updates: list[dict] = field(default_factory=list)
    contracts: list[dict] = field(default_factory=list)   # each with "rows", "installments"
    payments: list[dict] = field(default_factory=list)

    def refuse(self, record: Record, name: str, column: str, reason: str, **params) -> None:
        self.problems.append(RowProblem(record.row, name, column,
                                        str(record.values.get(name, "") or ""), reason, params))


def _chunks(items: list, size: int = IN_CHUNK):
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _customers_by_code(session: Session, codes: set[str]) -> dict[str, tuple[int, str]]:
    """{code in lower case: (id, code)} of the customers with these codes (case ignored)."""
    found: dict[str, tuple[int, str]] = {}
    lowered = sorted({code.lower() for code in codes})
    for part in _chunks(lowered):
        query = select(Customer.id, Customer.code).where(func.lower(Customer.code).in_(part))
        for cid, code in session.execute(query):
            found[code.lower()] = (cid, code)
    return found


def _contracts_by_number(session: Session, numbers: set[str]) -> dict[str, tuple[int, int]]:
    """{number: (contract id, customer id)} of the contracts with these numbers."""
    found: dict[str, tuple[int, int]] = {}
    for part in _chunks(sorted(numbers)):
        query = select(Contract.number, Contract.id, Contract.customer_id).where(
            Contract.number.in_(part))
        for number, cid, customer_id in session.execute(query):
            found[number] = (cid, customer_id)
    return found


def _codes_without_zeros(session: Session, codes: set[str]) -> dict[str, str]:
    """{code as the file has it: an existing customer's code} for the numeric codes of the file
    that name no customer but equal one once leading zeros are dropped ("1" and "001": Excel
    drops a number's zeros when the column is not text)."""
    numeric = {code.lstrip("0"): code for code in codes if code.isdigit() and code.isascii()}
    found: dict[str, str] = {}
    stripped = func.ltrim(Customer.code, "0")
    for part in _chunks(sorted(numeric)):
        for code in session.scalars(select(Customer.code).where(stripped.in_(part))):
            if code.isdigit() and numeric[code.lstrip("0")] != code:
                found[numeric[code.lstrip("0")]] = code
    return found


def _known_customers(session: Session, records: list[Record],
                     name: str = "customer_code") -> tuple[dict[str, tuple[int, str]],
                                                          dict[str, str]]:
    """The customers the rows' codes (field `name`) name: ({code in lower case: (id, code)},
    and {code of the file: an existing code} for those that name one only with leading
    zeros, _codes_without_zeros)."""
    existing = _customers_by_code(session, {r.values[name] for r in records})
    near = _codes_without_zeros(session, {r.values[name] for r in records
                                          if r.values[name].lower() not in existing})
    return existing, near


def _header(headers: dict[str, str], name: str) -> str:
    return headers.get(name, "")


# -- planning -------------------------------------------------------------------------------

def _plan_customers(session: Session, records: list[Record], headers: dict[str, str],
                    plan: _Plan) -> None:
    existing_codes, near = _known_customers(session, records, "code")
    terms = {t.name for t in read_terms(session)} | {""}
    seen: dict[str, int] = {}
    columns = [c.key for c in Customer.__table__.columns]
    current = {}
    ids = [cid for cid, _ in existing_codes.values()]
    for part in _chunks(ids):
        for customer in session.scalars(select(Customer).where(Customer.id.in_(part))):
            current[customer.id] = {name: getattr(customer, name) for name in columns}
    for record in records:
        values = record.values
        key = values["code"].lower()
        if key in seen:
            plan.refuse(record, "code", _header(headers, "code"), "duplicate_in_file",
                        first=seen[key])
            continue
        seen[key] = record.row
        if values.get("payment_terms") not in terms and "payment_terms" in values["given"]:
            plan.refuse(record, "payment_terms", _header(headers, "payment_terms"),
                        "unknown_terms", name=values["payment_terms"])
            continue
        given = values["given"]
        if key in existing_codes:
            cid = existing_codes[key][0]
            changes = {name: values[name] for name in given
                       if name != "code" and values[name] != current[cid][name]}
            if not changes:
                plan.skipped.append(Skipped(record.row, "unchanged", values["code"]))
                continue
            if "name" in changes or "short_name" in changes:
                changes["pinyin"] = pinyin_key(changes.get("name", current[cid]["name"]),
                                               changes.get("short_name",
                                                           current[cid]["short_name"]))
            plan.customer_updates.append({"id": cid, "row": record.row, "changes": changes,
                                          "version": current[cid]["version"]})
        elif values["code"] in near:
            plan.refuse(record, "code", _header(headers, "code"), "customer_code_zeros",
                        code=near[values["code"]])
        else:
            row = {name: value for name, value in values.items() if name != "given"}
            if "payment_terms" not in given:
                row["payment_terms"] = DEFAULT_CUSTOMER_TERMS
            row["pinyin"] = pinyin_key(row["name"], row["short_name"])
            row["_row"] = record.row
            plan.new_customers.append(row)


def _resolve_customer(plan: _Plan, record: Record, headers: dict[str, str],
                      existing: dict[str, tuple[int, str]], new_by_code: dict[str, int],
                      may_create: bool, near: dict[str, str] | None = None) -> int | None:
    """The customer id of a row (negative: the n-th customer this import creates), or None
    after refusing the row. A code that names no customer but one with its zeros (`near`,
    _codes_without_zeros) is refused, never created beside it."""
    code = record.values["customer_code"]
    key = code.lower()
    if key in existing:
        return existing[key][0]
    if key in new_by_code:
        return new_by_code[key]
    if near and code in near:
        plan.refuse(record, "customer_code", _header(headers, "customer_code"),
                    "customer_code_zeros", code=near[code])
        return None
    name = record.values.get("customer_name", "")
    if not may_create or not name:
        plan.refuse(record, "customer_code", _header(headers, "customer_code"),
                    "customer_not_found" if not may_create else "customer_not_found_no_name")
        return None
    plan.new_customers.append(_new_customer(code, name, record))
    new_by_code[key] = -len(plan.new_customers)
    return new_by_code[key]


def _new_customer(code: str, name: str, record: Record) -> dict:
    """A customer an open-receivables file names but we do not have: code and name, the
    rest at a new customer's defaults (rating C, no limit), the salesperson of the row."""
    return {"code": code, "name": name, "short_name": "", "pinyin": pinyin_key(name, ""),
            "salesperson": record.values.get("salesperson", ""),
            "payment_terms": DEFAULT_CUSTOMER_TERMS, "_row": record.row}


def _plan_contracts(session: Session, records: list[Record], headers: dict[str, str],
                    plan: _Plan) -> None:
    """One contract per number; its rows are its installments, in the file's order. The rows
    of one contract must agree on its customer, dates, status and salesperson."""
    groups: dict[str, list[Record]] = defaultdict(list)
    for record in records:
        groups[record.values["number"]].append(record)
    existing, near = _known_customers(session, records)
    used = _contracts_by_number(session, set(groups))
    for number, rows in groups.items():
        first = rows[0]
        if number in used:
            plan.skipped.extend(Skipped(r.row, "exists", number) for r in rows)
            continue
        clash = next(((r, name) for r in rows[1:]
                      for name in ("customer_code", "signed_on", "delivery_on", "status",
                                   "salesperson")
                      if r.values[name] != first.values[name]), None)
        if clash is not None:
            record, name = clash
            plan.refuse(record, name, _header(headers, name), "differs_in_contract",
                        row=first.row, number=number)
            _refuse_rest(plan, rows, record, number)
            continue
        customer_id = _resolve_customer(plan, first, headers, existing, {}, may_create=False,
                                        near=near)
        if customer_id is None:
            _refuse_rest(plan, rows, first, number)
            continue
        values = first.values
        total = sum((r.values["amount"] for r in rows), Decimal("0.00"))
        if total > MAX_MONEY:
            plan.refuse(first, "amount", _header(headers, "amount"), "too_large")
            _refuse_rest(plan, rows, first, number)
            continue
        status = values["status"] or ("delivered" if values["delivery_on"] else "confirmed")
        plan.contracts.append({
            "number": number, "customer_id": customer_id, "salesperson": values["salesperson"],
            "signed_on": values["signed_on"], "delivery_on": values["delivery_on"],
            "status": status, "total": total, "product": values["product"],
            "delivery_note_no": values["delivery_note_no"], "notes": values["notes"],
            "installments": [(r.values["due_date"], r.values["amount"], r.values["is_deposit"],
                              Decimal("0.00")) for r in rows],
            "rows": [r.row for r in rows], "paid": Decimal("0.00"), "paid_on": None})


def _refuse_rest(plan: _Plan, rows: list[Record], refused: Record, number: str) -> None:
    """The other rows of a contract one of whose rows was refused: refused with it."""
    for record in rows:
        if record is not refused:
            plan.problems.append(RowProblem(record.row, "", "", "", "contract_row_refused",
                                            {"row": refused.row, "number": number}))


def _plan_receivables(session: Session, records: list[Record], headers: dict[str, str],
                      plan: _Plan, today: dt.date) -> None:
    """Each row an invoice still (or once) open: a delivered contract with one installment,
    and for what was paid an opening payment applied to it."""
    existing, near = _known_customers(session, records)
    used = _contracts_by_number(session, {r.values["number"] for r in records})
    seen: dict[str, int] = {}
    new_by_code: dict[str, int] = {}
    for record in records:
        values = record.values
        number = values["number"]
        if number in seen:
            plan.refuse(record, "number", _header(headers, "number"), "duplicate_in_file",
                        first=seen[number])
            continue
        seen[number] = record.row
        if number in used:
            plan.skipped.append(Skipped(record.row, "exists", number))
            continue
        if values["date"] > today:  # history: an invoice of a day still to come is a slip
            plan.refuse(record, "date", _header(headers, "date"), "in_future")
            continue
        customer_id = _resolve_customer(plan, record, headers, existing, new_by_code,
                                        may_create=True, near=near)
        if customer_id is None:
            continue
        paid = values["paid"]
        plan.contracts.append({
            "number": number, "customer_id": customer_id, "salesperson": values["salesperson"],
            "signed_on": values["date"], "delivery_on": values["date"],
            "status": "closed" if paid == values["amount"] else "delivered",
            "total": values["amount"], "product": OPENING_PRODUCT, "delivery_note_no": "",
            "notes": values["notes"],
            "installments": [(values["due_date"], values["amount"], False, paid)],
            "rows": [record.row], "paid": paid, "paid_on": values["date"]})


def _plan_payments(session: Session, records: list[Record], headers: dict[str, str],
                   plan: _Plan, today: dt.date) -> None:
    existing, near = _known_customers(session, records)
    contracts = _contracts_by_number(
        session, {r.values["contract_number"] for r in records if r.values["contract_number"]})
    recorded = _recorded_payments(session, {cid for cid, _ in existing.values()})
    for record in records:
        values = record.values
        customer_id = _resolve_customer(plan, record, headers, existing, {}, may_create=False,
                                        near=near)
        if customer_id is None:
            continue
        if values["received_on"] > today:
            plan.refuse(record, "received_on", _header(headers, "received_on"), "in_future")
            continue
        contract_id = None
        if values["contract_number"]:
            found = contracts.get(values["contract_number"])
            if found is None:
                plan.refuse(record, "contract_number", _header(headers, "contract_number"),
                            "not_found")
                continue
            if found[1] != customer_id:
                plan.refuse(record, "contract_number", _header(headers, "contract_number"),
                            "wrong_customer")
                continue
            contract_id = found[0]
        key = (customer_id, values["received_on"], values["amount"], values["reference"])
        if recorded[key] > 0:  # as many rows as there are such payments count as there
            recorded[key] -= 1
            plan.skipped.append(Skipped(record.row, "exists", values["reference"] or
                                        f"{values['received_on']} {values['amount']}"))
            continue
        plan.payments.append({**values, "customer_id": customer_id, "contract_id": contract_id,
                              "row": record.row})


def _recorded_payments(session: Session, customer_ids: set[int]) -> Counter:
    """How many payments (not reversed, not credit notes) each (customer, day, amount,
    reference) already has."""
    found: Counter = Counter()
    for part in _chunks(sorted(customer_ids)):
        query = (select(Payment.customer_id, Payment.received_on, Payment.amount,
                        Payment.reference)
                 .where(Payment.customer_id.in_(part), Payment.reversed_on.is_(None),
                        Payment.credit_note_id.is_(None)))
        for cid, day, amount, reference in session.execute(query):
            found[(cid, day, amount, reference)] += 1
    return found


def _plan(session: Session, checked: CheckedRows, headers: dict[str, str],
          today: dt.date) -> _Plan:
    plan = _Plan()
    records = checked.records
    if checked.kind == "customers":
        _plan_customers(session, records, headers, plan)
    elif checked.kind == "contracts":
        _plan_contracts(session, records, headers, plan)
    elif checked.kind == "receivables":
        _plan_receivables(session, records, headers, plan, today)
    elif checked.kind == "payments":
        _plan_payments(session, records, headers, plan, today)
    else:
        raise ValueError(f"unknown import kind {checked.kind!r}")
    return plan


# -- writing --------------------------------------------------------------------------------

class _Writer:
    def __init__(self, uow: UnitOfWork, total: int,
                 progress: Callable[[int, int], None] | None,
                 cancelled: Callable[[], bool] | None) -> None:
        self.uow, self.session = uow, uow.session
        self.now = uow.clock.now()
        self.today = uow.clock.today()
        self.total, self.done = max(total, 1), 0
        self.unapplied = Decimal("0.00")  # of the payments written, what paid nothing
        self.progress, self.cancelled = progress, cancelled

    def step(self, count: int) -> None:
        if self.cancelled is not None and self.cancelled():
            raise Cancelled()
        self.done += count
        if self.progress is not None:
            self.progress(min(self.done, self.total), self.total)

    def insert_returning_ids(self, table, rows: list[dict]) -> list[int]:
        if not rows:
            return []
        result = self.session.execute(
            insert(table).returning(table.id, sort_by_parameter_order=True), rows)
        return [row[0] for row in result]

    def customers(self, rows: list[dict]) -> list[int]:
        ids = []
        for part in _chunks(rows, WRITE_CHUNK):
            ids += self.insert_returning_ids(Customer, [
                {**{k: v for k, v in row.items() if not k.startswith("_")},
                 "created_at": self.now, "updated_at": self.now, "version": 1}
                for row in part])
            self.step(len(part))
        return ids

    def customer_updates(self, updates: list[dict]) -> None:
        for item in updates:
            self.session.execute(update(Customer).where(Customer.id == item["id"]).values(
                **item["changes"], updated_at=self.now, version=Customer.version + 1))
            self.step(1)

    def contracts(self, contracts: list[dict], new_ids: list[int]) -> set[int]:
        """Insert contracts, their line, installments and opening payments; returns the
        customers they belong to."""
        customers = set()
        for part in _chunks(contracts, WRITE_CHUNK):
            for item in part:
                if item["customer_id"] < 0:
                    item["customer_id"] = new_ids[-item["customer_id"] - 1]
                customers.add(item["customer_id"])
            ids = self.insert_returning_ids(Contract, [
                {"number": c["number"], "customer_id": c["customer_id"],
                 "salesperson": c["salesperson"], "signed_on": c["signed_on"],
                 "delivery_on": c["delivery_on"], "status": c["status"], "total": c["total"],
                 "delivery_note_no": c["delivery_note_no"], "notes": c["notes"],
                 "created_at": self.now, "updated_at": self.now, "version": 1}
                for c in part])
            self.session.execute(insert(ContractLine), [
                {"contract_id": cid, "position": 1, "product": c["product"], "spec": "",
                 "unit": "", "quantity": Decimal("1.000"), "unit_price": c["total"],
                 "amount": c["total"]} for cid, c in zip(ids, part, strict=True)])
            installments = [(cid, c, due, amount, deposit, paid)
                            for cid, c in zip(ids, part, strict=True)
                            for due, amount, deposit, paid in c["installments"]]
            installment_ids = self.insert_returning_ids(Installment, [
                {"contract_id": cid, "due_date": due, "amount": amount, "is_deposit": deposit,
                 "paid": paid} for cid, _c, due, amount, deposit, paid in installments])
            self._opening_payments(installments, installment_ids)
            self.step(len(part))
        return customers

    def _opening_payments(self, installments: list[tuple], installment_ids: list[int]) -> None:
        """The paid part of each opening receivable: a payment of the invoice's day applied
        to its installment on that day (installment.paid was written with it)."""
        paid = [(iid, cid, c) for iid, (cid, c, _d, _a, _p, amount)
                in zip(installment_ids, installments, strict=True) if amount > 0]
        if not paid:
            return
        payment_ids = self.insert_returning_ids(Payment, [
            {"customer_id": c["customer_id"], "contract_id": cid, "received_on": c["paid_on"],
             "amount": c["paid"], "method": OPENING_METHOD,
             "reference": f"{OPENING_REFERENCE} {c['number']}"[:80], "note": "",
             "created_at": self.now, "created_by": self.uow.operator} for _, cid, c in paid])
        self.session.execute(insert(Allocation), [
            {"payment_id": pid, "installment_id": iid, "amount": c["paid"],
             "applied_on": c["paid_on"], "undo_reason": ""}
            for pid, (iid, _cid, c) in zip(payment_ids, paid, strict=True)])

    def payments(self, payments: list[dict], rest: str) -> set[int]:
        """Record payments oldest first, each applied to what its customer owes now (its
        contract's installments first when it names one); returns the customers paid."""
        customers = sorted({p["customer_id"] for p in payments})
        open_items: dict[int, list[list]] = defaultdict(list)  # customer -> [id, contract, due, left]
        for part in _chunks(customers):
            rows = balances.open_installments_now(customer_ids=part).subquery()
            query = select(rows.c.customer_id, rows.c.installment_id, rows.c.contract_id,
                           rows.c.due_date, rows.c.remaining).order_by(
                rows.c.due_date, rows.c.installment_id)
            for cid, iid, contract_id, due, remaining in self.session.execute(query):
                open_items[cid].append([iid, contract_id, due, Decimal(int(remaining)) / 100])
        ids = [iid for items in open_items.values() for iid, *_ in items]
        since: dict[int, dt.date] = {}
        for part in _chunks(ids):
            since.update(balances.owed_since_days(self.session, part))
        contract_of = {item[0]: item[1] for items in open_items.values() for item in items}
        ordered = sorted(payments, key=lambda p: (p["received_on"], p["row"]))
        touched: set[int] = set()
        for part in _chunks(ordered, WRITE_CHUNK):
            payment_ids = self.insert_returning_ids(Payment, [
                {"customer_id": p["customer_id"], "contract_id": p["contract_id"],
                 "received_on": p["received_on"], "amount": p["amount"], "method": p["method"],
                 "reference": p["reference"], "note": p["note"], "created_at": self.now,
                 "created_by": self.uow.operator} for p in part])
            allocations, paid = [], defaultdict(Decimal)
            for pid, p in zip(payment_ids, part, strict=True):
                applied = _apply(open_items[p["customer_id"]], p, rest)
                self.unapplied += p["amount"] - sum((a for _, a in applied), Decimal("0.00"))
                for iid, amount in applied:
                    allocations.append({"payment_id": pid, "installment_id": iid,
                                        "amount": amount, "undo_reason": "",
                                        "applied_on": balances.allocation_day(
                                            p["received_on"], since.get(iid), self.today)})
                    paid[iid] += amount
            if allocations:
                self.session.execute(insert(Allocation), allocations)
                # The Core table: an ORM update with a list of parameters would be a bulk
                # update by primary key (and refuse this WHERE).
                table = Installment.__table__
                self.session.execute(
                    update(table).where(table.c.id == bindparam("iid"))
                    .values(paid=table.c.paid + bindparam("add", type_=table.c.paid.type)),
                    [{"iid": iid, "add": amount} for iid, amount in paid.items()])
                touched |= {contract_of[iid] for iid in paid}
            self.step(len(part))
        self._close_paid(touched)
        return set(customers)

    def _close_paid(self, contract_ids: set[int]) -> None:
        """Delivered contracts paid in full are closed (as a payment in the window does)."""
        for part in _chunks(sorted(contract_ids)):
            left = balances.remaining_by_contract(self.session, set(part))
            done = [cid for cid in part if left.get(cid, Decimal(0)) == 0]
            if done:
                self.session.execute(update(Contract).where(
                    Contract.id.in_(done), Contract.status == "delivered").values(status="closed"))


def _apply(items: list[list], payment: dict, rest: str) -> list[tuple[int, Decimal]]:
    """(installment id, yuan) a payment pays: its contract's installments first, oldest due
    first; the rest oldest due first across the customer's, or left as credit when `rest` is
    "credit" and the payment named a contract. `items` ([id, contract, due, left]) is
    updated."""
    left = payment["amount"]
    parts = []
    contract_id = payment["contract_id"]
    passes = [True] if contract_id is not None and rest == "credit" else [True, False]
    for own_contract in passes:
        for item in items:
            if left <= 0:
                break
            if item[3] <= 0 or (contract_id is not None and
                                (item[1] == contract_id) != own_contract):
                continue
            part = min(left, item[3])
            item[3] -= part
            left -= part
            parts.append((item[0], part))
        if contract_id is None:
            break
    return parts


def _bump_sequences(session: Session, numbers: list[str]) -> None:
    """Numbers in the branch's own form (BJ-2024-00017) move the branch's sequence past them:
    a contract typed after the import never collides with an imported one."""
    branch = get_setting(session, BRANCH_CODE)
    form = re.compile(rf"{re.escape(branch)}-([0-9]{{4}})-([0-9]+)")
    highest: dict[int, int] = {}
    for number in numbers:
        match = form.fullmatch(number)
        if match:
            year, last = int(match.group(1)), int(match.group(2))
            highest[year] = max(highest.get(year, 0), last)
    for year, last in highest.items():
        row = session.get(NumberSequence, ("contract", branch, year))
        if row is None:
            session.add(NumberSequence(kind="contract", branch=branch, year=year, last=last))
        elif row.last < last:
            row.last = last


def _credit_holds(session: Session, customer_ids: set[int], today: dt.date) -> list[CreditHoldNote]:
    """Customers the credit hold would stop now, with the figures: the list an import reports
    instead of enforcing (collection.credit.hold_reasons, the hold's own rule). A missing
    account-opening approval is left out of the reasons: no imported customer has one yet,
    and the list would name them all."""
    notes = []
    grace = grace_days(session)
    for part in _chunks(sorted(customer_ids)):
        found = balances.exposures(session, today - dt.timedelta(days=grace), part)
        query = select(Customer.id, Customer.code, Customer.name, Customer.credit_limit,
                       Customer.status).where(Customer.id.in_(part))
        for cid, code, name, limit, status in session.execute(query):
            exposure = found.get(cid)
            if exposure is None and status == "active":
                continue
            overdue = exposure.overdue if exposure else Decimal("0.00")
            total = exposure.total if exposure else Decimal("0.00")
            reasons = hold_reasons(True, status, overdue, total, limit)
            if reasons:
                notes.append(CreditHoldNote(code, name, reasons, overdue, total, limit))
    return sorted(notes, key=lambda note: note.customer_code)


def _rows_of(plan: _Plan) -> int:
    return (len(plan.new_customers) + len(plan.customer_updates) + len(plan.contracts)
            + len(plan.payments))


def import_checked(uow: UnitOfWork, checked: CheckedRows, headers: dict[str, str], *,
                   source: str = "", digest: str = "", options: ImportOptions = ImportOptions(),
                   dry_run: bool = False, valid_only: bool = False,
                   remember: Callable | None = None,
                   progress: Callable[[int, int], None] | None = None,
                   cancelled: Callable[[], bool] | None = None) -> ImportReport:
    """Plan `checked` (services.imports.rows.check_rows) against the database and, unless
    `dry_run`, write it in one transaction.

    `headers`: {field: the file's header of its column}, for the problems' words; `source`
    and `digest`: the file's name and SHA-256, for the audit. Without `valid_only` any problem
    (a row's own, or found against the database: an unknown customer, a contract number of
    another customer, a number twice in the file, …) refuses the whole import and nothing is
    written; with it, the rows without problems are written and the others reported. Rows
    already in the database are skipped (re-importing creates nothing new). `remember(session)`
    runs inside the transaction (the dialog keeps its column mapping with the import).
    `progress(done, total)` reports written records; Cancelled when `cancelled()` turns true,
    with nothing written. Returns an ImportReport; a database problem raises DatabaseProblem.
    """
    report = ImportReport(checked.kind, checked.rows_read, dry_run=dry_run)
    with (uow if dry_run else uow.writing()):
        session = uow.session
        if not dry_run:
            for table in ("customer", "contract", "payment"):
                lock_for_inserts(session, table)
        plan = _plan(session, checked, headers, uow.clock.today())
        report.problems = sorted(checked.problems + plan.problems,
                                 key=lambda p: (p.row, p.column))
        report.rejected_rows = {p.row for p in report.problems}
        report.skipped = sorted(plan.skipped + [Skipped(row, "not_a_record", text)
                                                for row, text in checked.not_records],
                                key=lambda s: s.row)
        report.created = {"customers": len(plan.new_customers),
                          "contracts": len(plan.contracts), "payments": _payments_of(plan)}
        report.updated = len(plan.customer_updates)
        if dry_run or (report.problems and not valid_only):
            return report
        writer = _Writer(uow, _rows_of(plan), progress, cancelled)
        new_ids = writer.customers(plan.new_customers)
        writer.customer_updates(plan.customer_updates)
        touched = set(new_ids) | {u["id"] for u in plan.customer_updates}
        if plan.contracts:
            touched |= writer.contracts(plan.contracts, new_ids)
            _bump_sequences(session, [c["number"] for c in plan.contracts])
        if plan.payments:
            touched |= writer.payments(plan.payments, options.rest)
            report.unapplied = writer.unapplied
        if checked.kind != "customers":
            report.credit_holds = _credit_holds(session, touched, uow.clock.today())
        if remember is not None:
            remember(session)
        uow.audit("import", checked.kind, None, {
            "file": source, "sha256": digest, "rows": checked.rows_read,
            "created": report.created, "updated": report.updated,
            "skipped": len(report.skipped), "rejected": len(report.rejected_rows),
            "valid_only": valid_only, "unapplied": report.unapplied,
            "credit_hold_not_enforced": [n.customer_code for n in report.credit_holds][:200]})
        uow.commit()
        report.written = True
    return report


def _payments_of(plan: _Plan) -> int:
    """Payments the plan records: the payments themselves, or opening payments of the paid
    part of receivables."""
    return len(plan.payments) + sum(1 for c in plan.contracts if c["paid"] > 0)



