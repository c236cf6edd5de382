"""Commands for scripts and tests (`main.py demo …`). One function per command; each returns
the process exit code: 0 done, 1 refused (nothing changed), 2 bad arguments."""
from __future__ import annotations

import sqlite3
import sys
import time
from pathlib import Path

from services.admin.bootstrap import open_context
from services.core.uow import login_name
from services.demo.generate import write_demo


def run_demo(path: Path, customers: int, contracts: int, seed: int, force: bool) -> int:
    """Write a demo database to `path`; an existing file with data is replaced only with force."""
    if customers < 1 or contracts < 0:
        _error("--customers must be at least 1 and --contracts at least 0")
        return 2
    if not force and _has_data(path):
        _error(f"{path} already has data; use --force to replace it")
        return 1
    if force:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    started = time.perf_counter()
    ctx = open_context(path, operator="demo")
    try:
        summary = write_demo(ctx, customers, contracts, seed)
    except ValueError as error:
        _error(str(error))
        return 1
    finally:
        ctx.close()
    print(f"demo: wrote {path}: {summary.customers} customers, {summary.contracts} contracts, "
          f"{summary.installments} installments, {summary.payments} payments "
          f"in {time.perf_counter() - started:.1f} s")
    return 0


def run_print(kind: str, contract_number: str, output: Path, db: str | Path,
              pay_by: str | None = None) -> int:
    """Issue a price confirmation or an IOU for a contract into the PDF file `output`; an IOU
    with `pay_by`, the repayment date agreed with the customer (refused without one).

    The document is recorded, and its number used, only once the file is written. Exit 0 with
    one line on stdout; exit 1 with one line on stderr, and nothing recorded, when the database
    or the contract is missing, the document is refused, `output` cannot be written (a folder,
    no such folder, no permission, disk full) or the database has a problem.
    """
    from cli.to_file import issue_to_file
    from services.documents import printing
    from services.ledger.contracts import find_contract_id

    def issue(ctx, deliver):
        contract_id = find_contract_id(ctx.uow(), contract_number)
        return printing.issue_document(ctx.uow(), kind, contract_id=contract_id,
                                       deliver=deliver, pay_by=pay_by)

    document = issue_to_file("print", db, output, issue,
                             f"no contract numbered {contract_number!r}")
    if document is None:
        return 1
    print(f"print: {document.number} ({kind}, ¥{document.amount}) -> {output}")
    return 0


def run_alerts(db: str | Path, as_of: str | None, days: str | int | None, as_json: bool) -> int:
    """Print what needs attention (the start-up list), as text or as JSON for scripts.

    `as_of` and `days` as typed, read by the window's own rules (services.core.parsing): a day
    between DATE_MIN and DATE_MAX, a number of days within the alert window's limits
    (services.collection.rules). A bad one: one line on stderr naming the option and the
    reason, exit 2, before the database is opened.
    """
    import json

    from services.collection.alerts import compute_alerts
    from services.collection.rules import ALERT_DAYS_KEY, LIMITS
    from services.core.errors import ValidationError
    from services.core.parsing import parse_date, parse_int

    try:
        day = parse_date(as_of, "--as-of", required=False)
        days = parse_int(days, "--days", *LIMITS[ALERT_DAYS_KEY], required=False)
    except ValidationError as error:
        _error(str(error), "alerts")
        return 2
    if "://" not in str(db) and not Path(db).exists():
        _error(f"database {db} does not exist", "alerts")
        return 1
    ctx = open_context(db, operator=login_name())
    try:
        found = compute_alerts(ctx.uow(), day, days)
    finally:
        ctx.close()
    if as_json:
        print(json.dumps([a.as_json() for a in found], ensure_ascii=False, indent=1))
        return 0
    for alert in found:
        due = alert.due_date.isoformat() if alert.due_date else ""
        print(f"{alert.kind:15} {alert.customer_code:8} {alert.contract_number:16} {due:10} "
              f"{alert.amount:>14} {alert.days:>5}  {alert.customer_name}")
    print(f"{len(found)} alerts")
    return 0


def run_self_test(count_pages) -> int:
    """For a fresh install (and CI on the bundle): a new database, one contract, the preview of
    its price confirmation and the issued one, both read back by `count_pages` (the UI's PDF
    reader, so the bundle's Qt is exercised too); prints what it did and exits 0 only if all
    of it worked."""
    import tempfile

    from services.admin import company
    from services.admin.company import CompanyInfo
    from services.core.listing import ListQuery
    from services.documents import printing
    from services.documents.content import PRICE_CONFIRMATION
    from services.ledger import contracts, customers
    from services.ledger.contracts import ContractInput, InstallmentInput, LineInput
    from services.ledger.customers import CustomerInput

    with tempfile.TemporaryDirectory() as folder:
        ctx = open_context(Path(folder) / "self-test.sqlite3", operator="self-test")
        try:
            company.save_company(ctx.uow(), CompanyInfo(company_name="自检公司"))
            customer_id = customers.create_customer(ctx.uow(), CustomerInput(
                code="T001", name="自检客户", application_received=True,
                application_approved_by="自检", application_approved_on="2026-01-01"))
            # 拼音 keys (pypinyin's tables must be in the bundle) and the SQL that matches them.
            found_by_pinyin = customers.customer_ids(ctx.uow(), ListQuery("zjkh")) == [customer_id]
            today = ctx.clock.today().isoformat()
            contract_id, number = contracts.create_contract(ctx.uow(), ContractInput(
                customer_id=customer_id, signed_on=today, status="confirmed",
                lines=[LineInput("测试产品", "1", "件", "2", "1000.05")],
                installments=[InstallmentInput(today, "2000.10")]))
            preview = printing.preview_document(ctx.uow(), PRICE_CONFIRMATION,
                                                contract_id=contract_id)
            # The bytes leave the program here: read back by the UI's PDF reader.
            delivered: list[int] = []
            document = printing.issue_document(
                ctx.uow(), PRICE_CONFIRMATION, contract_id=contract_id,
                deliver=lambda pdf, _number: delivered.append(count_pages(pdf)))
            imported = _self_test_import(ctx, Path(folder))
        finally:
            ctx.close()
    pages = delivered[0]
    ok = (document.pdf.startswith(b"%PDF") and pages >= 1 and count_pages(preview) == pages
          and found_by_pinyin and imported == 2)
    print(f"self-test: contract {number}, {document.number}, {len(document.pdf)} bytes, "
          f"{pages} page(s), 拼音 {'found' if found_by_pinyin else 'NOT found'}, "
          f"{imported} receivables imported from a template and a GBK CSV: "
          f"{'ok' if ok else 'FAILED'}")
    return 0 if ok else 1


def _self_test_import(ctx, folder: Path) -> int:
    """The import's readers in the bundle (python-calamine, charset-normalizer, openpyxl): the
    receivables template written and read back (its example row), and a GBK CSV; returns the
    contracts imported."""
    from services.imports.rows import ImportOptions
    from services.imports.run import check_file, open_file, run_import
    from services.imports.templates import write_template

    template = write_template("receivables", folder / "template.xlsx")
    csv_file = folder / "opening.csv"
    csv_file.write_bytes("客户编码,客户名称,发票号,日期,到期日,金额,已收金额\r\n"
                         "T002,自检客户二,FP-SELF-2,2026-01-05,2026-02-04,￥1,000.00,0\r\n"
                         .replace(",￥1,000.00,", ',"￥1,000.00",').encode("gbk"))
    created = 0
    for path in (template, csv_file):
        opened = open_file(ctx.uow(), path, "receivables")
        checked = check_file(opened, opened.mapping, ImportOptions())
        report = run_import(ctx.uow(), opened, checked, opened.mapping)
        created += report.created.get("contracts", 0) if report.written else 0
    return created


def _error(message: str, command: str = "demo") -> None:
    print(f"{command}: {message}", file=sys.stderr)


def _has_data(path: Path) -> bool:
    """True for a file we must not overwrite: anything but an empty file or an app database
    without customers. A file that is not SQLite counts as data."""
    if not path.exists() or path.stat().st_size == 0:
        return False
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            tables = [row[0] for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")]
            if "customer" not in tables:
                return bool(tables)
            return conn.execute("SELECT EXISTS (SELECT 1 FROM customer)").fetchone()[0] == 1
        finally:
            conn.close()
    except sqlite3.Error:
        return True
