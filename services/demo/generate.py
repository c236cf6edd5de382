"""Demo data: the books of a medical-supplies distributor in Beijing, reproducible from a seed.

Rows are built in Python and written in chunks by the driver's executemany, in one transaction:
the per-record services would take minutes at 100,000 contracts, and rows held until the end
took 684 MB at that size (about 190 MB now). Amounts are computed as integer fen and
handed to the database as Decimal; the same seed and the same clock day give the same rows.
"""
from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import asdict, dataclass
from decimal import Decimal
from itertools import accumulate
from typing import NamedTuple

from sqlalchemy import Dialect, Table, func, insert, select, text
from sqlalchemy.orm import Session

from models import (
    Allocation,
    CollectionTarget,
    Contract,
    ContractLine,
    Customer,
    Installment,
    NumberSequence,
    Payment,
)
from services.core.parsing import month_start, next_month
from services.core.settings import set_setting
from services.core.statuses import OPEN_STATUSES
from services.core.uow import AppContext
from services.demo.collection import add_collection_history
from services.demo.customers import Profile, make_customers
from services.demo.vocab import (
    CONTRACT_NOTES,
    PRODUCT_COUNT,
    SALESPEOPLE,
    payment_reference,
    pick_product,
    stamp,
    yuan,
)
from services.ledger.balances import PAID_FROM_ALLOCATIONS
from services.ledger.contracts import line_amount
from services.ledger.terms import PaymentTerms, scheduled_parts

BRANCH = "BJ"
HISTORY_DAYS = 548  # contracts reach back about 18 months
SOON = (0, 1, 2, 4, 5)  # days until due: kept unpaid so pre-due reminders always have work
LATE = (3, 18, 45, 75, 130)  # days overdue, one per aging bucket, kept unpaid
DELAYS = {"good": (-7, 8), "slow": (0, 50), "bad": (10, 140)}  # payment day minus due day
NEVER_PER_MILLE = {"good": 5, "slow": 20, "bad": 120}  # installments disputed and left unpaid
METHODS = ("bank_transfer", "acceptance_bill", "wechat_pay", "alipay", "cash", "goods")
METHOD_WEIGHTS = ((64, 16, 7, 6, 0, 2), (58, 14, 7, 6, 10, 2))  # without / with cash accepted
CHUNK = 5_000  # contracts (with their lines and installments), or payments, written at a time
# SQLite while the demo is written: a 32 MB page cache (the app's own is 64 MB, models.db;
# 8 MB saved 30 MB more but cost 10 % more time re-reading index pages) and no memory-mapped
# reads (ANALYZE reads every table once; mapped, the whole file would count in the process's
# memory). Put back before each commit.
WRITING = {"cache_size": -32_768, "mmap_size": 0}


@dataclass(frozen=True)
class DemoSummary:
    customers: int
    contracts: int
    lines: int
    installments: int
    payments: int
    allocations: int
    targets: int


LATE_FEE_RATES = (Decimal("0.0005"), Decimal("0.0005"), Decimal("0.0003"), Decimal("0.001"))
DEMO_COMPANY = {
    "company_name": "北京康泰医疗用品有限公司",
    "company_address": "北京市丰台区南四环西路188号总部基地12区3号楼",
    "company_phone": "010-63718800",
    "company_tax_number": "91110106MA01ABCD2X",
    "company_bank_account": "中国工商银行北京丰台支行 0200 0045 0920 0123 456",
}


def write_demo(ctx: AppContext, customers: int = 40, contracts: int = 300,
               seed: int = 2026) -> DemoSummary:
    """Fill an empty database with demo data; refuses a database that has customers.

    Written in chunks (CHUNK contracts with their lines and installments, then CHUNK payments
    with their allocations) inside one transaction, so memory stays flat in the size asked for;
    the rows are the same whatever the chunk size.
    """
    if customers < 1 or contracts < 0:
        raise ValueError("demo needs at least 1 customer and 0 or more contracts")
    with ctx.uow() as uow:
        session = uow.session
        if session.scalar(select(func.count()).select_from(Customer)):
            raise ValueError("the database already has customers; demo data needs an empty one")
        set_setting(session, "branch_code", BRANCH)
        for key, value in DEMO_COMPANY.items():  # printed on every document
            set_setting(session, key, value)
        before = _pragmas(session, WRITING)
        rng, today = random.Random(seed), ctx.clock.today()
        profiles, customer_rows = make_customers(rng, today, customers)
        writer = _Writer(session)
        writer.write(Customer, customer_rows)
        del customer_rows
        book = _Book(rng, today, uow.operator or "demo", _last_numbers(session), profiles,
                     writer)
        book.add_contracts(contracts)
        book.finish()
        _save_numbers(session, book.last_number)
        session.execute(text(PAID_FROM_ALLOCATIONS))  # the open-installment cache
        add_collection_history(session, rng, today, uow.operator or "demo")
        count = writer.counts.get
        summary = DemoSummary(count(Customer, 0), count(Contract, 0), count(ContractLine, 0),
                              count(Installment, 0), count(Payment, 0), count(Allocation, 0),
                              count(CollectionTarget, 0))
        uow.audit("demo", "database", None, asdict(summary) | {"seed": seed})
        _pragmas(session, before)
        uow.commit()
    with ctx.uow() as uow:  # statistics for the planner, now that the tables are full
        before = _pragmas(uow.session, WRITING)
        uow.session.execute(text("ANALYZE"))
        _pragmas(uow.session, before)
        uow.commit()
    return summary


def _pragmas(session: Session, values: dict[str, int]) -> dict[str, int]:
    """Set SQLite pragmas on this session's connection; returns the values they had, to put
    back the same way. Nothing on another database."""
    if session.get_bind().dialect.name != "sqlite":
        return {}
    before = {name: session.execute(text(f"PRAGMA {name}")).scalar() for name in values}
    for name, value in values.items():
        session.execute(text(f"PRAGMA {name}={int(value)}"))
    return before


def _last_numbers(session: Session) -> dict[int, int]:
    query = select(NumberSequence.year, NumberSequence.last).where(
        NumberSequence.kind == "contract", NumberSequence.branch == BRANCH)
    return dict(session.execute(query).all())


def _save_numbers(session: Session, last: dict[int, int]) -> None:
    # create_contract bumps these rows, so new contracts follow on without a collision.
    for year in sorted(last):
        session.merge(NumberSequence(kind="contract", branch=BRANCH, year=year, last=last[year]))


class _Writer:
    """Inserts rows as they come and counts them per model.

    One INSERT per table and set of keys, run by the driver's executemany on values converted
    by the columns' own types: what session.execute(insert(table), rows) sends, without its
    bookkeeping per row (half the demo's time went there). Columns a row leaves out get their
    default, as an insert through SQLAlchemy gives them (the demo's tables have only plain
    values as defaults; anything else is refused here rather than left out).
    """

    def __init__(self, session: Session) -> None:
        self.session = session
        self.counts: dict[type, int] = {}
        self._prepared: dict[tuple, tuple[str, Callable[[dict], tuple | dict]]] = {}

    def write(self, model: type, rows: list[dict]) -> None:
        if not rows:
            return
        connection = self.session.connection()
        statement, convert = self._prepare(model.__table__, tuple(rows[0]), connection.dialect)
        connection.exec_driver_sql(statement, [convert(row) for row in rows])
        self.counts[model] = self.counts.get(model, 0) + len(rows)

    def _prepare(self, table: Table, keys: tuple[str, ...], dialect: Dialect):
        if (table.name, keys) not in self._prepared:
            defaults = {}
            for column in table.columns:
                if column.key not in keys and column.default is not None:
                    if not column.default.is_scalar:
                        raise ValueError(f"{table.name}.{column.key}: give it in every row")
                    defaults[column.key] = column.default.arg
            compiled = insert(table).compile(dialect=dialect,
                                             column_keys=[*keys, *defaults])
            names = list(compiled.positiontup) if compiled.positional else list(compiled.binds)
            fields = [(name, name in defaults, defaults.get(name),
                       table.c[name].type.dialect_impl(dialect).bind_processor(dialect))
                      for name in names]

            def values(row: dict) -> list:
                out = []
                for name, is_default, default, process in fields:
                    value = default if is_default else row[name]
                    out.append(value if process is None or value is None else process(value))
                return out

            convert = ((lambda row: tuple(values(row))) if compiled.positional
                       else (lambda row: dict(zip(names, values(row), strict=True))))
            self._prepared[table.name, keys] = (compiled.string, convert)
        return self._prepared[table.name, keys]


def _days(n: int) -> dt.timedelta:
    return dt.timedelta(days=n)


def _lead_days(terms: PaymentTerms) -> int | None:
    """Days from delivery to the last part's due date, when that part runs from delivery."""
    last = terms.parts[-1]
    return last.days if last.base == "delivery" else None


@dataclass(slots=True)
class _Plan:
    """A contract's dates and status, fixed before ids are given in signing order."""
    customer: Profile
    signed_on: dt.date
    status: str
    delivery_on: dt.date | None
    start: dt.date  # delivery, or planned delivery: the term runs from here
    kept_open: bool = False
    due: dt.date | None = None  # kept open: the day its last installment falls due


@dataclass(slots=True)
class _Pending:
    """A payment before it gets its id (ids follow the day received)."""
    received_on: dt.date
    customer: Profile
    contract_id: int
    amount: int
    parts: list[tuple[int, int]]  # (installment id, fen)
    reversed_on: dt.date | None = None
    method: str = ""
    reason: str = ""
    note: str = ""


class _Owed(NamedTuple):
    """An installment still (partly) unpaid today."""
    customer: Profile
    contract_id: int
    installment_id: int
    due: dt.date
    rest: int  # fen
    status: str


class _Book:
    """Contracts, payments and targets for the customers' profiles, handed to the writer in
    chunks. Ids are counted here, so they do not depend on the chunk size."""

    def __init__(self, rng: random.Random, today: dt.date, operator: str,
                 last_number: dict[int, int], profiles: list[Profile], writer: _Writer) -> None:
        self.rng, self.today, self.operator = rng, today, operator
        self.last_number = dict(last_number)
        self.profiles = profiles
        self.writer = writer
        self.contracts: list[dict] = []  # rows not yet written
        self.lines: list[dict] = []
        self.installments: list[dict] = []
        self.line_id = self.installment_id = self.allocation_id = 0  # the last given
        self.pending: list[_Pending] = []  # payments wait for all contracts: ids by day
        self.open: list[_Owed] = []

    def _flush_contracts(self) -> None:
        for model, rows in ((Contract, self.contracts), (ContractLine, self.lines),
                            (Installment, self.installments)):
            self.writer.write(model, rows)
            rows.clear()

    # --- contracts -------------------------------------------------------------------------

    def add_contracts(self, count: int) -> None:
        cum_weights = list(accumulate(profile.weight for profile in self.profiles))
        plans = [self._plan(customer)
                 for customer in self.rng.choices(self.profiles, cum_weights=cum_weights, k=count)]
        active = ([p for p in self.profiles if p.status == "active" and p.weight]
                  or [p for p in self.profiles if p.weight])
        # Kept open to fall due on given days: customers whose last part runs from delivery.
        active = [p for p in active if _lead_days(p.terms) is not None] or active
        kept = min(len(SOON), count // 4)
        for i in range(kept):  # replace the first plans: the same count, guaranteed alerts
            plans[i] = self._kept_open(self.rng.choice(active), self.today + _days(SOON[i]))
            plans[kept + i] = self._kept_open(self.rng.choice(active), self.today - _days(LATE[i]))
        plans.sort(key=lambda plan: plan.signed_on)  # stable: ids and numbers in signing order
        for contract_id, plan in enumerate(plans, start=1):
            self._contract(contract_id, plan)
            if contract_id % CHUNK == 0:
                self._flush_contracts()
        self._flush_contracts()

    def _plan(self, customer: Profile) -> _Plan:
        rng = self.rng
        signed = self.today - _days(rng.randrange(HISTORY_DAYS))
        status = self._status((self.today - signed).days, customer)
        planned = signed + _days(rng.randint(2, 15))
        delivery = min(planned, self.today) if status == "delivered" else None
        return _Plan(customer, signed, status, delivery, delivery or planned)

    def _status(self, age: int, customer: Profile) -> str:
        r = self.rng.randrange(1000)
        if r < 30 or (customer.status == "blacklisted" and age < 180):
            return "cancelled"
        draft, confirmed = (120, 450) if age <= 60 else (40, 100) if age <= 180 else (35, 55)
        return "draft" if r < draft else "confirmed" if r < confirmed else "delivered"

    def _kept_open(self, customer: Profile, due: dt.date) -> _Plan:
        lead = _lead_days(customer.terms)
        delivery = due - _days(30 if lead is None else lead)
        signed = delivery - _days(self.rng.randint(1, 10))
        return _Plan(customer, signed, "delivered", delivery, delivery, kept_open=True, due=due)

    def _number(self, year: int) -> str:
        self.last_number[year] = self.last_number.get(year, 0) + 1
        return f"{BRANCH}-{year}-{self.last_number[year]:05d}"

    def _contract(self, contract_id: int, plan: _Plan) -> None:
        rng, status = self.rng, plan.status
        total = self._lines(contract_id)  # Decimal yuan; the schedule splits integer fen
        installments = self._installments(contract_id, plan, int(total.scaleb(2)))
        # What is owed (services.ledger.balances.owed): a delivered contract's installments,
        # a confirmed one's deposits; only those are paid and chased.
        owed = [(iid, due, amount) for iid, due, amount, deposit in installments
                if status == "delivered" or (status == "confirmed" and deposit)]
        receivable = status in OPEN_STATUSES
        paid = self._collect(contract_id, plan, owed) if receivable else {}
        left = [(iid, due, amount - paid.get(iid, 0)) for iid, due, amount in owed]
        if status == "delivered" and not any(rest for _, _, rest in left) and left:
            status = "closed"  # what refresh_contract_status does when the last fen arrives
        elif receivable:
            self.open += [_Owed(plan.customer, contract_id, iid, due, rest, status)
                          for iid, due, rest in left if rest > 0]
        agreed = plan.signed_on if status not in ("draft", "cancelled") else None
        created = stamp(self.rng, plan.signed_on)
        # Now and then a colleague stands in for the customer's usual salesperson.
        salesperson = plan.customer.salesperson if rng.randrange(10) else rng.choice(SALESPEOPLE)
        self.contracts.append({
            "id": contract_id, "number": self._number(plan.signed_on.year),
            "customer_id": plan.customer.id, "salesperson": salesperson,
            "signed_on": plan.signed_on, "delivery_on": plan.delivery_on, "status": status,
            "total": total, "notes": rng.choice(CONTRACT_NOTES),
            # The price confirmation is signed before supply, the IOU at or after it.
            "price_confirmation_signed_on": self._signed(agreed, plan.delivery_on, 90),
            "iou_signed_on": self._signed(plan.delivery_on, None, 85),
            "delivery_note_no": (f"SH-{plan.delivery_on:%Y%m%d}-{contract_id:05d}"
                                 if plan.delivery_on else ""),
            # About a third of contracts agree a late fee, mostly 万分之五 a day.
            "late_fee_rate": (rng.choice(LATE_FEE_RATES) if rng.randrange(3) == 0 else None),
            "created_at": created, "updated_at": created,
        })

    def _signed(self, earliest: dt.date | None, latest: dt.date | None,
                percent: int) -> dt.date | None:
        """A paper signed within two days of `earliest` (never after `latest` or today)."""
        if earliest is None or self.rng.randrange(100) >= percent:
            return None
        return min(earliest + _days(self.rng.randint(0, 2)), latest or self.today, self.today)

    def _lines(self, contract_id: int) -> Decimal:
        count = self.rng.choices((1, 2, 3, 4, 5), cum_weights=(30, 60, 80, 92, 100))[0]
        total = Decimal("0.00")
        for position, item in enumerate(self.rng.sample(range(PRODUCT_COUNT), count), start=1):
            product, spec, unit, quantity, unit_price = pick_product(self.rng, item)
            amount = line_amount(quantity, unit_price)
            total += amount
            self.line_id += 1
            self.lines.append({
                "id": self.line_id, "contract_id": contract_id, "position": position,
                "product": product, "spec": spec, "unit": unit, "quantity": quantity,
                "unit_price": unit_price, "amount": amount})
        return total

    def _installments(self, contract_id: int, plan: _Plan,
                      total: int) -> list[tuple[int, dt.date, int, bool]]:
        """(id, due, fen, is_deposit) per installment: the schedule the customer's payment
        terms give (services.ledger.terms), from the signing day and the (planned) delivery.
        A contract kept open for a customer whose terms end on no delivery-based part has its
        one installment set by hand on the day it must fall due."""
        if plan.kept_open and _lead_days(plan.customer.terms) is None:
            parts = [(plan.due, total, False)]
        else:
            parts = [(due, int(amount.scaleb(2)), deposit) for due, amount, deposit in
                     scheduled_parts(plan.customer.terms, yuan(total), plan.signed_on, plan.start)]
        result = []
        for due, amount, is_deposit in parts:
            self.installment_id += 1
            iid = self.installment_id
            self.installments.append({"id": iid, "contract_id": contract_id, "due_date": due,
                                      "amount": yuan(amount), "is_deposit": is_deposit})
            result.append((iid, due, amount, is_deposit))
        return result

    # --- payments --------------------------------------------------------------------------

    def _collect(self, contract_id: int, plan: _Plan,
                 installments: list[tuple[int, dt.date, int]]) -> dict[int, int]:
        """Pay as this customer tends to; returns the fen paid by today per installment."""
        if plan.kept_open:
            return {}
        by_day: dict[dt.date, list[tuple[int, int]]] = {}
        paid: dict[int, int] = {}
        for iid, due, amount in installments:
            for day, fen in self._settlement(plan.customer, due, amount):
                by_day.setdefault(day, []).append((iid, fen))
                paid[iid] = paid.get(iid, 0) + fen
        for day, parts in by_day.items():  # one transfer pays whatever was settled that day
            self.pending.append(_Pending(day, plan.customer, contract_id,
                                         sum(fen for _, fen in parts), parts))
        return paid

    def _settlement(self, customer: Profile, due: dt.date,
                    amount: int) -> list[tuple[dt.date, int]]:
        rng = self.rng
        if rng.randrange(1000) < NEVER_PER_MILLE[customer.reliability]:
            return []
        first = due + _days(rng.randint(*DELAYS[customer.reliability]))
        if rng.randrange(100) < 8:  # paid in two goes
            part = amount * rng.randint(30, 70) // 100
            parts = [(first, part), (first + _days(rng.randint(10, 60)), amount - part)]
        else:
            parts = [(first, amount)]
        return [(day, fen) for day, fen in parts if day <= self.today]

    def finish(self) -> None:
        self._add_reversal()
        self._add_credit()
        self._write_payments()
        self._add_targets()

    def _add_reversal(self) -> None:
        """A bill that bounced: the payment stays on record, reversed, and the debt stays open."""
        overdue = [o for o in self.open if o.due < self.today and o.status == "delivered"]
        if not overdue:
            return
        owed = self.rng.choice(overdue)
        received = self.today - _days(self.rng.randint(8, 25))
        parts = [(owed.installment_id, owed.rest)]
        self.pending.append(_Pending(
            received, owed.customer, owed.contract_id, owed.rest, parts,
            reversed_on=received + _days(self.rng.randint(3, 7)), method="acceptance_bill",
            reason="承兑汇票提示付款被拒付，已退回客户，欠款恢复"))

    def _add_credit(self) -> None:
        """Customers who pay a round sum leave the difference with us as credit."""
        candidates = [p for p in self.pending if p.reversed_on is None]
        count = min(len(candidates), max(3, len(candidates) // 150))
        for payment in self.rng.sample(candidates, count):
            extra = (-payment.amount) % 100_000 or 100_000  # up to the next whole 1,000 yuan
            payment.amount += extra
            payment.note = f"凑整付款，多付{yuan(extra)}元留作下批货款"

    def _write_payments(self) -> None:
        self.pending.sort(key=lambda p: p.received_on)  # stable: ids follow the day received
        pending, self.pending = self.pending, []
        for start in range(0, len(pending), CHUNK):
            self._write_payment_chunk(pending[start:start + CHUNK], start + 1)

    def _write_payment_chunk(self, chunk: list[_Pending], first_id: int) -> None:
        weights = [list(accumulate(w)) for w in METHOD_WEIGHTS]
        payments, allocations = [], []
        for pid, p in enumerate(chunk, start=first_id):
            method = p.method or self.rng.choices(
                METHODS, cum_weights=weights[p.customer.cash_accepted])[0]
            reference, note = payment_reference(self.rng, method, p.received_on)
            payments.append({
                "id": pid, "customer_id": p.customer.id, "contract_id": p.contract_id,
                "received_on": p.received_on, "amount": yuan(p.amount), "method": method,
                "reference": reference, "note": p.note or note, "reversed_on": p.reversed_on,
                "reversal_reason": p.reason, "created_at": stamp(self.rng, p.received_on),
                "created_by": self.operator})
            allocations += [{"id": self.allocation_id + n, "payment_id": pid,
                             "installment_id": iid, "amount": yuan(fen),
                             "applied_on": p.received_on}
                            for n, (iid, fen) in enumerate(p.parts, start=1)]
            self.allocation_id += len(p.parts)
        self.writer.write(Payment, payments)
        self.writer.write(Allocation, allocations)

    def _add_targets(self) -> None:
        """This month's collection target for most customers with something due by its end."""
        first, after = month_start(self.today), next_month(self.today)
        due: dict[int, int] = {}
        for owed in self.open:
            if owed.due < after:
                due[owed.customer.id] = due.get(owed.customer.id, 0) + owed.rest
        targets = []
        for customer_id in sorted(due):
            if self.rng.randrange(100) < 85:
                aim = due[customer_id] * self.rng.randint(60, 100) // 100
                aim = aim - aim % 100_000 or due[customer_id]  # whole thousands, unless tiny
                targets.append({"id": len(targets) + 1, "customer_id": customer_id,
                                "month": first, "target": yuan(aim)})
        self.writer.write(CollectionTarget, targets)
