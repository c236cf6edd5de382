"""Importing into the database (services.imports.run + load): what each kind writes, checked
afterwards through the services (balances, contract detail) and plain counts. Every file is
made by the test; the `ctx` fixture runs each on SQLite (and on PostgreSQL in CI)."""
from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from models import Allocation, AuditEntry, Contract, Customer, Installment, Payment
from services.imports import run
from services.imports.rows import Cancelled, ImportOptions
from services.ledger import balances
from services.ledger.contracts import get_contract
from tests.conftest import TODAY
from tests.factories import audit_log, make_contract, make_customer, open_session
from tests.imports.files import make_csv, make_xls, make_xlsx

RECEIVABLE_HEADERS = ["客户编码", "客户名称", "发票号", "日期", "到期日", "金额", "已收金额"]
PAYMENT_HEADERS = ["客户编码", "收款日期", "收款金额", "流水号", "合同号"]
CONTRACT_HEADERS = ["合同号", "客户编码", "签订日期", "发货日期", "到期日", "分期金额"]
TABLES = (Customer, Contract, Installment, Payment, Allocation, AuditEntry)


def do_import(ctx, path, kind, *, mapping=None, options: ImportOptions = ImportOptions(),
              **kwargs):
    opened = run.open_file(ctx.uow(), path, kind)
    mapping = opened.mapping if mapping is None else mapping
    checked = run.check_file(opened, mapping, options)
    return run.run_import(ctx.uow(), opened, checked, mapping, options, **kwargs)


def counts(ctx) -> dict[str, int]:
    with open_session(ctx) as session:
        return {model.__tablename__: session.scalar(select(func.count()).select_from(model))
                for model in TABLES}


def outstanding_by_code(ctx) -> dict[str, Decimal]:
    with open_session(ctx) as session:
        codes = dict(session.execute(select(Customer.id, Customer.code)).all())
        return {codes[cid]: b.outstanding
                for cid, b in balances.customer_balances(session, TODAY).items() if b.outstanding}


def contract_by_number(ctx, number: str):
    with open_session(ctx) as session:
        cid = session.scalar(select(Contract.id).where(Contract.number == number))
    return get_contract(ctx.uow(), cid)


def customer_id(ctx, code: str) -> int:
    with open_session(ctx) as session:
        return session.scalar(select(Customer.id).where(Customer.code == code))


def no_cache_mismatch(ctx) -> bool:
    with open_session(ctx) as session:
        return balances.paid_cache_mismatches(session) == []


def random_receivables(seed: int, customers: dict[str, str], count: int) -> list[list]:
    """Rows of an open-receivables file: amounts with 2 decimals, paid from 0 to the amount,
    some paid in full; money written in the spellings files use."""
    rng = random.Random(seed)
    rows = []
    for i in range(count):
        code = rng.choice(sorted(customers))
        cents = rng.randint(1, 5_000_000)
        paid = rng.choice([0, cents, rng.randint(0, cents)])
        day = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randint(0, 900))
        due = day + dt.timedelta(days=rng.choice([0, 30, 60, 90]))
        amount = Decimal(cents) / 100
        shown = rng.choice([f"{amount}", f"{amount:,}", f"￥{amount:,}"])
        rows.append([code, customers[code], f"FP-{seed}-{i:04d}", day.isoformat(),
                     due.isoformat(), shown, f"{Decimal(paid) / 100}"])
    return rows


def expected_outstanding(rows: list[list]) -> dict[str, Decimal]:
    owed: dict[str, Decimal] = {}
    for code, _name, _no, _day, _due, amount, paid in rows:
        value = Decimal(amount.replace("￥", "").replace(",", "")) - Decimal(paid)
        owed[code] = owed.get(code, Decimal("0.00")) + value
    return {code: value for code, value in owed.items() if value}


# --- formats and encodings ---------------------------------------------------------------------

CUSTOMERS = {"001": "北京九州诊所", "002": "上海仁济药房（浦东）", "0003": "广州白云医疗器械有限公司"}


@pytest.mark.parametrize(("fmt", "encoding", "bom"), [
    ("csv", "utf-8", False), ("csv", "utf-8", True), ("csv", "gbk", False),
    ("csv", "gb18030", False), ("xls", None, False), ("xlsx", None, False),
])
def test_receivables_in_each_format_and_encoding_give_the_files_balances(ctx, tmp_path, fmt,
                                                                         encoding, bom):
    customers = dict(CUSTOMERS)
    if encoding == "gb18030":  # a character GBK does not have
        customers["0003"] = "𠮷野家餐饮"
    rows = random_receivables(7, customers, 40)
    table = [RECEIVABLE_HEADERS, *rows]
    path = tmp_path / f"r.{fmt}"
    if fmt == "csv":
        make_csv(path, table, encoding, bom=bom)
    elif fmt == "xls":
        make_xls(path, table)
    else:
        make_xlsx(path, table, formats={f"A{i}": "@" for i in range(2, len(table) + 1)})
    report = do_import(ctx, path, "receivables")
    assert report.written and report.problems == []
    assert report.created["customers"] == 3 and report.created["contracts"] == 40
    assert outstanding_by_code(ctx) == expected_outstanding(rows)
    with open_session(ctx) as session:
        assert dict(session.execute(select(Customer.code, Customer.name)).all()) == customers
    assert no_cache_mismatch(ctx)


def test_a_code_with_leading_zeros_is_matched_by_a_later_csv(ctx, tmp_path):
    first = make_xlsx(tmp_path / "a.xlsx", [RECEIVABLE_HEADERS,
                                           ["001", "北京九州诊所", "FP-1", "2024-03-05",
                                            "2024-04-04", "100", "0"]], formats={"A2": "@"})
    do_import(ctx, first, "receivables")
    again = make_csv(tmp_path / "b.csv", [RECEIVABLE_HEADERS,
                                         ["001", "北京九州诊所", "FP-2", "2024-03-05",
                                          "2024-04-04", "50", "0"]], "gbk")
    report = do_import(ctx, again, "receivables")
    assert report.created == {"customers": 0, "contracts": 1, "payments": 0}
    assert outstanding_by_code(ctx) == {"001": Decimal("150.00")}


# --- all or nothing, or only the valid rows ------------------------------------------------------

def bad_row_file(tmp_path, name="bad.xlsx"):
    rows = [RECEIVABLE_HEADERS,
            ["001", "北京九州诊所", "FP-1", "2024-03-05", "2024-04-04", "100", "0"],
            ["002", "上海仁济药房", "FP-2", "2024-03-05", "2024-04-04", "1,5", "0"],
            ["001", "北京九州诊所", "FP-3", "2024-03-06", "2024-04-05", "300", "100"]]
    return make_xlsx(tmp_path / name, rows)


def test_one_bad_row_refuses_the_whole_import(ctx, tmp_path):
    before = counts(ctx)
    report = do_import(ctx, bad_row_file(tmp_path), "receivables")
    assert not report.written and report.rejected_rows == {3}
    assert [(p.row, p.column, p.value) for p in report.problems] == [(3, "金额", "1,5")]
    assert counts(ctx) == before


def test_valid_only_imports_the_rest_and_the_rejected_workbook_imports_once_fixed(ctx, tmp_path):
    from openpyxl import load_workbook

    path = bad_row_file(tmp_path)
    opened = run.open_file(ctx.uow(), path, "receivables")
    checked = run.check_file(opened, opened.mapping)
    report = run.run_import(ctx.uow(), opened, checked, opened.mapping, valid_only=True)
    assert report.written and report.rejected_rows == {3}
    assert outstanding_by_code(ctx) == {"001": Decimal("300.00")}
    rejected = tmp_path / "rejected.xlsx"
    assert run.write_rejected(opened, report.problems, rejected) == 1
    book = load_workbook(rejected)
    sheet = book.active
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert rows[0] == [*RECEIVABLE_HEADERS, run.REJECTED_COLUMN]
    assert len(rows) == 2 and rows[1][:7] == ["002", "上海仁济药房", "FP-2", "2024-03-05",
                                              "2024-04-04", "1,5", "0"]
    assert "金额" in rows[1][7] and "1,5" in rows[1][7]
    sheet["F2"] = "1.5"
    book.save(rejected)
    fixed = do_import(ctx, rejected, "receivables")
    assert fixed.written and fixed.problems == []
    assert fixed.created == {"customers": 1, "contracts": 1, "payments": 0}
    assert outstanding_by_code(ctx) == {"001": Decimal("300.00"), "002": Decimal("1.50")}


def test_a_dry_run_writes_nothing_and_says_what_it_would_do(ctx, tmp_path):
    before = counts(ctx)
    path = make_csv(tmp_path / "d.csv", [RECEIVABLE_HEADERS,
                                        ["001", "甲", "FP-1", "2024-03-05", "2024-04-04", "10",
                                         "5"]])
    report = do_import(ctx, path, "receivables", dry_run=True)
    assert not report.written and report.dry_run
    assert report.created == {"customers": 1, "contracts": 1, "payments": 1}
    assert counts(ctx) == before


# --- re-importing ---------------------------------------------------------------------------------

def test_reimporting_receivables_creates_nothing_new(ctx, tmp_path):
    rows = random_receivables(3, CUSTOMERS, 12)
    path = make_csv(tmp_path / "r.csv", [RECEIVABLE_HEADERS, *rows])
    do_import(ctx, path, "receivables")
    before = counts(ctx)
    again = do_import(ctx, path, "receivables")
    assert again.created == {"customers": 0, "contracts": 0, "payments": 0}
    assert [s.reason for s in again.skipped] == ["exists"] * 12
    after = counts(ctx)
    assert after.pop("audit_entry") == before.pop("audit_entry") + 1 and after == before
    assert outstanding_by_code(ctx) == expected_outstanding(rows)


CUSTOMER_HEADERS = ["客户编码", "客户名称", "业务员", "信用额度"]


def test_customers_match_by_code_in_any_case_and_change_only_when_a_field_does(ctx, tmp_path):
    make_customer(ctx, "KH001", "北京九州诊所", salesperson="王芳", notes="留着")
    path = make_xlsx(tmp_path / "c.xlsx", [CUSTOMER_HEADERS,
                                          ["kh001", "北京九州诊所", "王芳", "0"],
                                          ["0002", "上海仁济药房", "李强", "50,000"]])
    first = do_import(ctx, path, "customers")
    assert first.created["customers"] == 1 and first.updated == 0
    assert [(s.row, s.reason) for s in first.skipped] == [(2, "unchanged")]
    again = do_import(ctx, path, "customers")
    assert again.created["customers"] == 0 and again.updated == 0 and len(again.skipped) == 2
    changed = make_xlsx(tmp_path / "c2.xlsx", [CUSTOMER_HEADERS,
                                              ["KH001", "北京九州诊所", "赵敏", "0"]])
    third = do_import(ctx, changed, "customers")
    assert third.updated == 1
    with open_session(ctx) as session:
        found = session.execute(select(Customer.code, Customer.salesperson, Customer.notes,
                                       Customer.version).order_by(Customer.code)).all()
    # The code as we had it; an unmapped field (notes) untouched; the version moved once.
    assert found == [("0002", "李强", "", 1), ("KH001", "赵敏", "留着", 2)]


def test_identical_payment_rows_are_two_payments_and_a_reimport_skips_both(ctx, tmp_path):
    cid = make_customer(ctx, "C001")
    make_contract(ctx, cid, lines=[("1", "1000")], installments=[("2026-02-01", "1000")])
    row = ["c001", "2026-03-01", "100", "", ""]
    path = make_csv(tmp_path / "p.csv", [PAYMENT_HEADERS, row, row, ["C001", "2026-03-01",
                                                                       "100", "REF-9", ""]])
    first = do_import(ctx, path, "payments")
    assert first.created["payments"] == 3
    again = do_import(ctx, path, "payments")
    assert again.created["payments"] == 0 and [s.row for s in again.skipped] == [2, 3, 4]
    assert outstanding_by_code(ctx) == {"C001": Decimal("700.00")}
    assert no_cache_mismatch(ctx)


def test_reimporting_contracts_matches_by_number(ctx, tmp_path):
    make_customer(ctx, "C001")
    path = make_xlsx(tmp_path / "k.xlsx", [CONTRACT_HEADERS,
                                          ["XS-1", "C001", "2025-01-05", "2025-01-06",
                                           "2025-02-05", "100"],
                                          ["XS-1", "C001", "2025-01-05", "2025-01-06",
                                           "2025-03-05", "200"]])
    do_import(ctx, path, "contracts")
    before = counts(ctx)
    again = do_import(ctx, path, "contracts")
    assert again.created["contracts"] == 0 and [s.row for s in again.skipped] == [2, 3]
    after = counts(ctx)
    assert after.pop("audit_entry") == before.pop("audit_entry") + 1 and after == before


# --- the mapping remembered ---------------------------------------------------------------------

def test_a_hand_mapping_is_remembered_for_files_with_the_same_headers(ctx, tmp_path):
    headers = ["往来单位编号", "往来单位名称", "单据编号", "开单日", "最迟付款日", "价款", "已付"]
    first = make_csv(tmp_path / "u1.csv", [headers, ["001", "甲", "D-1", "2024-03-05",
                                                    "2024-04-04", "10", "0"]])
    opened = run.open_file(ctx.uow(), first, "receivables")
    assert not opened.remembered and "date" not in opened.mapping
    mapping = {"customer_code": 0, "customer_name": 1, "number": 2, "date": 3, "due_date": 4,
               "amount": 5, "paid": 6}
    report = run.run_import(ctx.uow(), opened, run.check_file(opened, mapping), mapping)
    assert report.written
    second = make_xlsx(tmp_path / "u2.xlsx", [headers, ["002", "乙", "D-2", "2024-03-05",
                                                       "2024-04-04", "20", "5"]])
    reopened = run.open_file(ctx.uow(), second, "receivables")
    assert reopened.remembered and reopened.mapping == mapping
    assert do_import(ctx, second, "receivables").written
    assert outstanding_by_code(ctx) == {"001": Decimal("10.00"), "002": Decimal("15.00")}


# --- cancelling -------------------------------------------------------------------------------

def test_cancelling_the_write_leaves_nothing_written(ctx, tmp_path):
    rows = random_receivables(5, CUSTOMERS, 30)
    path = make_csv(tmp_path / "c.csv", [RECEIVABLE_HEADERS, *rows])
    opened = run.open_file(ctx.uow(), path, "receivables")
    checked = run.check_file(opened, opened.mapping)
    before = counts(ctx)
    calls: list[tuple[int, int]] = []
    with pytest.raises(Cancelled):
        run.run_import(ctx.uow(), opened, checked, opened.mapping,
                       progress=lambda done, total: calls.append((done, total)),
                       cancelled=lambda: bool(calls))
    assert len(calls) == 1
    assert counts(ctx) == before
    assert not run.open_file(ctx.uow(), path, "receivables").remembered  # rolled back too
    # …and the same import afterwards goes through whole.
    assert run.run_import(ctx.uow(), opened, checked, opened.mapping).written
    assert outstanding_by_code(ctx) == expected_outstanding(rows)


# --- contracts ----------------------------------------------------------------------------------

def test_rows_of_one_contract_number_are_its_installments(ctx, tmp_path):
    make_customer(ctx, "C001")
    path = make_xlsx(tmp_path / "k.xlsx", [
        CONTRACT_HEADERS,
        ["XS-7", "C001", dt.date(2025, 1, 5), dt.date(2025, 1, 6), dt.date(2025, 2, 5), 100.5],
        ["XS-8", "C001", "2025-01-09", "", "2025-02-09", "50"],
        ["XS-7", "C001", dt.date(2025, 1, 5), dt.date(2025, 1, 6), dt.date(2025, 3, 5), 200],
        ["XS-7", "C001", dt.date(2025, 1, 5), dt.date(2025, 1, 6), dt.date(2025, 4, 5), "¥300"],
    ])
    report = do_import(ctx, path, "contracts")
    assert report.created["contracts"] == 2
    seven = contract_by_number(ctx, "XS-7")
    assert seven.total == Decimal("600.50") and seven.status == "delivered"
    assert [(i.due_date, i.amount) for i in seven.installments] == [
        (dt.date(2025, 2, 5), Decimal("100.50")), (dt.date(2025, 3, 5), Decimal("200.00")),
        (dt.date(2025, 4, 5), Decimal("300.00"))]
    assert contract_by_number(ctx, "XS-8").status == "confirmed"
    assert outstanding_by_code(ctx) == {"C001": Decimal("600.50")}


def test_rows_of_one_contract_that_disagree_on_the_customer_are_refused_together(ctx, tmp_path):
    make_customer(ctx, "C001")
    make_customer(ctx, "C002")
    path = make_csv(tmp_path / "k.csv", [
        CONTRACT_HEADERS,
        ["XS-1", "C001", "2025-01-05", "", "2025-02-05", "100"],
        ["XS-2", "C002", "2025-01-05", "", "2025-02-05", "100"],
        ["XS-1", "C002", "2025-01-05", "", "2025-03-05", "100"],
    ])
    before = counts(ctx)
    report = do_import(ctx, path, "contracts")
    assert not report.written and report.rejected_rows == {2, 4}
    clash = next(p for p in report.problems if p.row == 4)
    assert (clash.field, clash.column, clash.reason) == ("customer_code", "客户编码",
                                                         "differs_in_contract")
    assert clash.params["row"] == 2
    assert counts(ctx) == before
    valid = do_import(ctx, path, "contracts", valid_only=True)
    assert valid.created["contracts"] == 1 and valid.rejected_rows == {2, 4}


def test_a_number_of_our_own_form_moves_the_sequence(ctx, tmp_path):
    cid = make_customer(ctx, "C001")
    path = make_csv(tmp_path / "k.csv", [
        CONTRACT_HEADERS,
        ["HQ-2024-00017", "C001", "2024-05-01", "2024-05-02", "2024-06-01", "100"],
        ["HQ-2024-00003", "C001", "2024-02-01", "2024-02-02", "2024-03-01", "100"],
        ["BJ-2024-00500", "C001", "2024-02-01", "2024-02-02", "2024-03-01", "100"],
    ])
    assert do_import(ctx, path, "contracts").written
    _, number = make_contract(ctx, cid, signed_on="2024-07-01", status="confirmed")
    assert number == "HQ-2024-00018"
    _, later = make_contract(ctx, cid, signed_on="2026-07-01", status="confirmed")
    assert later == "HQ-2026-00001"


# --- receivables ----------------------------------------------------------------------------------

def test_receivables_create_customers_close_paid_invoices_and_apply_what_was_paid(ctx, tmp_path):
    make_customer(ctx, "C001", "老客户")
    path = make_xlsx(tmp_path / "r.xlsx", [
        RECEIVABLE_HEADERS,
        ["C001", "", "FP-1", "2024-03-05", "2024-04-04", "1,000.00", "1000"],
        ["NEW1", "新客户", "FP-2", "2024-03-05", "2024-04-04", "500", "120.50"],
        ["new1", "", "FP-3", "2024-03-06", "2024-04-05", "80", ""],
    ])
    report = do_import(ctx, path, "receivables")
    assert report.written and report.created == {"customers": 1, "contracts": 3, "payments": 2}
    one = contract_by_number(ctx, "FP-1")
    assert one.status == "closed" and one.customer_code == "C001"
    assert [(i.amount, i.paid) for i in one.installments] == [(Decimal("1000.00"),) * 2]
    two = contract_by_number(ctx, "FP-2")
    assert two.status == "delivered" and two.installments[0].paid == Decimal("120.50")
    with open_session(ctx) as session:
        applied = session.execute(
            select(Payment.amount, Payment.received_on, Allocation.amount, Allocation.applied_on)
            .join(Allocation, Allocation.payment_id == Payment.id)
            .where(Allocation.installment_id == two.installments[0].id)).all()
    assert applied == [(Decimal("120.50"), dt.date(2024, 3, 5), Decimal("120.50"),
                        dt.date(2024, 3, 5))]
    assert outstanding_by_code(ctx) == {"NEW1": Decimal("459.50")}
    assert no_cache_mismatch(ctx)


def test_an_unknown_customer_without_a_name_is_refused(ctx, tmp_path):
    path = make_csv(tmp_path / "r.csv", [RECEIVABLE_HEADERS,
                                        ["X9", "", "FP-1", "2024-03-05", "2024-04-04", "10",
                                         "0"]])
    report = do_import(ctx, path, "receivables")
    (problem,) = report.problems
    assert (problem.row, problem.column, problem.reason) == (2, "客户编码",
                                                             "customer_not_found_no_name")
    assert counts(ctx)["customer"] == 0


def test_an_invoice_dated_after_today_is_refused(ctx, tmp_path):
    tomorrow = (TODAY + dt.timedelta(days=1)).isoformat()
    path = make_csv(tmp_path / "r.csv", [RECEIVABLE_HEADERS,
                                        ["001", "甲", "FP-1", TODAY.isoformat(), tomorrow, "10",
                                         "5"],
                                        ["001", "甲", "FP-2", tomorrow, tomorrow, "10", "5"]])
    report = do_import(ctx, path, "receivables")
    (problem,) = report.problems
    assert (problem.row, problem.column, problem.reason) == (3, "日期", "in_future")
    assert not report.written and counts(ctx)["contract"] == 0


def test_an_outstanding_column_instead_of_paid(ctx, tmp_path):
    headers = ["客户编码", "客户名称", "发票号", "日期", "到期日", "金额", "未收金额"]
    path = make_csv(tmp_path / "r.csv", [headers,
                                        ["001", "甲", "FP-1", "2024-03-05", "2024-04-04", "100",
                                         "30"],
                                        ["001", "甲", "FP-2", "2024-03-05", "2024-04-04", "100",
                                         "0"],
                                        ["001", "甲", "FP-3", "2024-03-05", "2024-04-04", "100",
                                         "130"]])
    refused = do_import(ctx, path, "receivables")
    assert [(p.row, p.column, p.reason) for p in refused.problems] == [
        (4, "未收金额", "above_invoice")]
    report = do_import(ctx, path, "receivables", valid_only=True)
    assert report.written
    assert outstanding_by_code(ctx) == {"001": Decimal("30.00")}
    assert contract_by_number(ctx, "FP-2").status == "closed"


def test_paid_above_the_amount_is_refused(ctx, tmp_path):
    path = make_csv(tmp_path / "r.csv", [RECEIVABLE_HEADERS,
                                        ["001", "甲", "FP-1", "2024-03-05", "2024-04-04", "100",
                                         "100.01"]])
    report = do_import(ctx, path, "receivables")
    assert [(p.row, p.column, p.reason) for p in report.problems] == [
        (2, "已收金额", "above_invoice")]
    assert counts(ctx)["contract"] == 0


# --- payments ---------------------------------------------------------------------------------

@pytest.fixture
def two_debts(ctx):
    """C001 owes 1000 due 2026-02-01 (A) and 1000 due 2026-03-01 (B); C002 owes 500 (C)."""
    c1 = make_customer(ctx, "C001")
    a = make_contract(ctx, c1, lines=[("1", "1000")], installments=[("2026-02-01", "1000")])
    b = make_contract(ctx, c1, lines=[("1", "1000")], installments=[("2026-03-01", "1000")])
    c2 = make_customer(ctx, "C002")
    c = make_contract(ctx, c2, lines=[("1", "500")], installments=[("2026-02-01", "500")])
    return {"A": a[1], "B": b[1], "C": c[1]}


def paid_of(ctx, number: str) -> Decimal:
    return contract_by_number(ctx, number).installments[0].paid


@pytest.mark.parametrize(("rest", "paid_a", "credit"), [
    ("oldest", Decimal("500.00"), Decimal("0.00")),
    ("credit", Decimal("0.00"), Decimal("500.00")),
])
def test_a_payment_naming_a_contract_pays_it_first(ctx, tmp_path, two_debts, rest, paid_a,
                                                   credit):
    path = make_csv(tmp_path / "p.csv", [PAYMENT_HEADERS,
                                        ["C001", "2026-04-01", "1,500", "R1", two_debts["B"]]])
    report = do_import(ctx, path, "payments", options=ImportOptions(rest=rest))
    assert report.written and report.created["payments"] == 1
    assert paid_of(ctx, two_debts["B"]) == Decimal("1000.00")
    assert paid_of(ctx, two_debts["A"]) == paid_a
    assert contract_by_number(ctx, two_debts["B"]).status == "closed"
    with open_session(ctx) as session:
        assert balances.unallocated_credit(session, customer_id(ctx, "C001"), TODAY) == credit
    assert report.unapplied == credit  # the report says what paid nothing
    assert no_cache_mismatch(ctx)


def test_an_overpayment_is_reported_as_credit_left(ctx, tmp_path, two_debts):
    path = make_csv(tmp_path / "p.csv", [PAYMENT_HEADERS,
                                        ["C002", "2026-04-01", "800", "R1", ""],
                                        ["C002", "2026-04-02", "100", "R2", ""]])
    report = do_import(ctx, path, "payments")
    assert report.written and report.unapplied == Decimal("400.00")  # 900 paid, 500 owed
    with open_session(ctx) as session:
        assert balances.unallocated_credit(session, customer_id(ctx, "C002"), TODAY) == \
            Decimal("400.00")


def test_a_payment_without_a_contract_pays_the_oldest_due_first(ctx, tmp_path, two_debts):
    path = make_xlsx(tmp_path / "p.xlsx", [PAYMENT_HEADERS,
                                          ["C001", dt.date(2026, 4, 1), 1200, "R1", None],
                                          ["C002", "2026-04-02", "100", "R2", None]])
    assert do_import(ctx, path, "payments").written
    assert paid_of(ctx, two_debts["A"]) == Decimal("1000.00")
    assert paid_of(ctx, two_debts["B"]) == Decimal("200.00")
    assert paid_of(ctx, two_debts["C"]) == Decimal("100.00")
    assert outstanding_by_code(ctx) == {"C001": Decimal("800.00"), "C002": Decimal("400.00")}
    assert no_cache_mismatch(ctx)


def test_payments_refused_against_the_database(ctx, tmp_path, two_debts):
    path = make_csv(tmp_path / "p.csv", [
        PAYMENT_HEADERS,
        ["C001", "2026-04-01", "100", "R1", two_debts["C"]],   # C002's contract
        ["C001", "2026-11-25", "100", "R2", ""],               # after today
        ["C009", "2026-04-01", "100", "R3", ""],               # no such customer
        ["C001", "2026-04-01", "100", "R4", "XS-NONE"],        # no such contract
        ["C002", "2026-04-01", "100", "R5", two_debts["C"]],   # fine
    ])
    before = counts(ctx)
    report = do_import(ctx, path, "payments")
    assert [(p.row, p.column, p.reason) for p in report.problems] == [
        (2, "合同号", "wrong_customer"), (3, "收款日期", "in_future"),
        (4, "客户编码", "customer_not_found"), (5, "合同号", "not_found")]
    assert counts(ctx) == before
    valid = do_import(ctx, path, "payments", valid_only=True)
    assert valid.created["payments"] == 1 and paid_of(ctx, two_debts["C"]) == Decimal("100.00")
    assert no_cache_mismatch(ctx)


# --- history is not new business; one audit entry --------------------------------------------

def test_contracts_of_a_customer_on_credit_hold_are_imported_and_listed(ctx, tmp_path):
    cid = make_customer(ctx, "C001", application_received=False, application_approved_by="",
                        application_approved_on="")
    make_contract(ctx, cid, lines=[("1", "1000")], installments=[("2026-02-01", "1000")])
    path = make_csv(tmp_path / "k.csv", [
        CONTRACT_HEADERS,
        ["XS-9", "C001", "2026-06-01", "2026-06-02", "2026-12-01", "5000"],
        ["XS-10", "C001", "2026-06-05", "", "2026-12-05", "100"],
    ])
    report = do_import(ctx, path, "contracts")
    assert report.written and report.problems == []
    (note,) = report.credit_holds
    assert note.customer_code == "C001" and "overdue" in note.reasons
    assert note.overdue == Decimal("1000.00")


def test_a_customer_on_hold_without_debts_is_listed_and_approval_is_not_a_reason(ctx, tmp_path):
    make_customer(ctx, "C001", application_received=False, application_approved_by="",
                  application_approved_on="")
    make_customer(ctx, "C002", status="on_hold", status_reason="审核中")
    path = make_csv(tmp_path / "k.csv", [
        CONTRACT_HEADERS,
        ["XS-1", "C001", "2026-06-01", "", "2026-12-01", "100"],
        ["XS-2", "C002", "2026-06-01", "", "2026-12-01", "100"],
    ])
    report = do_import(ctx, path, "contracts")
    assert report.written
    assert [(n.customer_code, n.reasons) for n in report.credit_holds] == [("C002", ("on_hold",))]


def test_an_import_is_one_audit_entry_naming_the_file(ctx, tmp_path):
    import hashlib

    rows = random_receivables(11, CUSTOMERS, 25)
    path = make_xlsx(tmp_path / "期初应收.xlsx", [RECEIVABLE_HEADERS, *rows])
    before = len(audit_log(ctx))
    do_import(ctx, path, "receivables")
    entries = audit_log(ctx)[before:]
    assert [(e["action"], e["entity"]) for e in entries] == [("import", "receivables")]
    detail = entries[0]["detail"]
    assert detail["file"] == "期初应收.xlsx"
    assert detail["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
    assert detail["rows"] == 25 and detail["created"]["contracts"] == 25
    assert entries[0]["operator"] == "tester"
