"""The import figures (issue 14): reading and checking an .xlsx of open receivables, and
writing it into a fresh empty database, each against a floor.

    ours                                            floor
    open_file + check_file (services.imports.run)   python-calamine's bare to_python() of the
                                                    same sheet
    run_import into a fresh empty database          sqlite3 executemany INSERT of as many
                                                    contract rows, one transaction

The file is generated once per bench run (openpyxl's write-only mode) in the bench's temporary
folder: as many rows as the size has contracts, for as many customers ("0001"…) as it has
customers; an empty migrated database is made once and copied for each write (untimed).
"""
from __future__ import annotations

import datetime as dt
import random
import sqlite3
import time
from decimal import Decimal
from functools import cached_property
from pathlib import Path

HEADERS = ["客户编码", "客户名称", "发票号", "日期", "到期日", "金额", "已收金额"]


def _timed(work) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def _copy(source: Path, target: Path) -> None:
    """A whole copy of a closed SQLite file (its WAL included) through the backup API."""
    target.unlink(missing_ok=True)
    src, dest = sqlite3.connect(source), sqlite3.connect(target)
    try:
        with dest:
            src.backup(dest)
    finally:
        dest.close()
        src.close()


def write_receivables_xlsx(path: Path, rows: int, customers: int, seed: int = 14) -> Path:
    """An open-receivables workbook as an accounting package exports it: codes as text with
    leading zeros, dates as date cells, amounts as numbers; a third paid in part, a tenth in
    full."""
    from openpyxl import Workbook

    rng = random.Random(seed)
    width = max(4, len(str(customers)))
    book = Workbook(write_only=True)
    sheet = book.create_sheet("应收明细")
    sheet.append(HEADERS)
    start = dt.date(2024, 1, 1)
    for i in range(rows):
        customer = i % customers + 1
        day = start + dt.timedelta(days=rng.randint(0, 900))
        cents = rng.randint(10_000, 50_000_000)
        roll = rng.random()
        paid = cents if roll < 0.1 else rng.randint(0, cents) if roll < 0.43 else 0
        sheet.append([f"{customer:0{width}d}", f"客户{customer:0{width}d}有限公司",
                      f"FP-{i + 1:08d}", day, day + dt.timedelta(days=30), cents / 100,
                      paid / 100])
    book.save(path)
    return path


class ImportBench:
    """The import figures of one size: `rows` receivable rows for `customers` customers."""

    def __init__(self, rows: int, customers: int, scratch: Path) -> None:
        self.rows, self.customers = rows, customers
        self.folder = scratch / "imports"
        self.runs = 0

    @cached_property
    def xlsx(self) -> Path:
        self.folder.mkdir(parents=True, exist_ok=True)
        return write_receivables_xlsx(self.folder / f"receivables-{self.rows}.xlsx", self.rows,
                                      self.customers)

    @cached_property
    def empty_db(self) -> Path:
        """A freshly migrated database with nothing in it (closed, copied for each write)."""
        from services.admin.bootstrap import open_context

        self.folder.mkdir(parents=True, exist_ok=True)
        path = self.folder / "empty.sqlite3"
        open_context(path, operator="bench").close()
        return path

    def _fresh(self) -> Path:
        self.runs += 1
        target = self.folder / f"write-{self.runs}.sqlite3"
        _copy(self.empty_db, target)
        return target

    def _context(self, path: Path):
        from services.admin.bootstrap import open_context

        return open_context(path, operator="bench")

    def _open_and_check(self, ctx):
        from services.imports import run

        opened = run.open_file(ctx.uow(), self.xlsx, "receivables")
        checked = run.check_file(opened, opened.mapping)
        if checked.problems or checked.rows_read != self.rows:
            raise AssertionError(f"the generated file did not check: {checked.problems[:3]}")
        return opened, checked

    # -- read + check ------------------------------------------------------------------------------
    def read_check(self) -> float:
        """open_file + check_file of the .xlsx (the dialog's preview of every row)."""
        path = self.xlsx
        ctx = self._context(self.empty_db)
        try:
            return _timed(lambda: self._open_and_check(ctx))
        finally:
            ctx.close()
            del path

    def read_floor(self) -> float:
        """python-calamine's workbook opened and the sheet's to_python(): the cells, nothing
        else."""
        from python_calamine import CalamineWorkbook

        path = self.xlsx

        def work() -> None:
            book = CalamineWorkbook.from_path(str(path))
            book.get_sheet_by_index(0).to_python(skip_empty_area=False)

        return _timed(work)

    # -- write ---------------------------------------------------------------------------------
    def write(self) -> float:
        """run_import of the checked rows into a fresh empty database (customers, contracts,
        lines, installments, opening payments and their allocations, in one transaction);
        the database copied and the file read and checked beforehand, untimed."""
        from services.imports import run

        target = self._fresh()
        ctx = self._context(target)
        try:
            opened, checked = self._open_and_check(ctx)
            report = None

            def work() -> None:
                nonlocal report
                report = run.run_import(ctx.uow(), opened, checked, opened.mapping)

            seconds = _timed(work)
            if not report.written or report.created["contracts"] != self.rows:
                raise AssertionError(f"the import did not write every row: {report.created}")
            return seconds
        finally:
            ctx.close()
            target.unlink(missing_ok=True)

    def write_floor(self) -> float:
        """As many contract rows inserted with sqlite3's executemany in one transaction into a
        fresh empty database (the customers first, untimed): the least any import could do."""
        target = self._fresh()
        now = dt.datetime.now().isoformat(sep=" ")
        conn = sqlite3.connect(target)
        try:
            with conn:
                conn.executemany(
                    "INSERT INTO customer (code, name, short_name, address, salesperson, phone, "
                    "purchasing_contact, purchasing_phone, finance_contact, finance_phone, "
                    "cashier_contact, cashier_phone, credit_rating, credit_limit, "
                    "application_received, application_approved_by, payment_approver, "
                    "invoice_requirement, delivery_proof_required, cash_accepted, status, "
                    "status_reason, notes, created_at, updated_at) VALUES (?, ?, '', '', '', '', "
                    "'', '', '', '', '', '', 'C', 0, 0, '', '', 'original', 0, 0, 'active', '', "
                    "'', ?, ?)",
                    [(f"{i:04d}", f"客户{i:04d}", now, now) for i in range(1, self.customers + 1)])
            rows = [(f"FP-{i + 1:08d}", i % self.customers + 1, "2024-03-05", "2024-03-05",
                     "delivered", int(Decimal("1234.56") * 100), "", "", now, now)
                    for i in range(self.rows)]

            def work() -> None:
                with conn:
                    conn.executemany(
                        "INSERT INTO contract (number, customer_id, salesperson, signed_on, "
                        "delivery_on, status, total, delivery_note_no, notes, created_at, "
                        "updated_at, version) VALUES (?, ?, '', ?, ?, ?, ?, ?, ?, ?, ?, 1)",
                        rows)

            return _timed(work)
        finally:
            conn.close()
            target.unlink(missing_ok=True)
