"""`main.py report aging`: the aging report for scripts (JSON amounts as exact strings), people
(a text table) and files (.xlsx and PDF from the view's own ReportTable); the company's bucket
edges; a salesperson's customers only; a bad --as-of is one line and exit 2."""
from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
from decimal import Decimal
from pathlib import Path

import pytest

from main import main
from services.admin import company
from services.admin.bootstrap import open_context
from services.collection.rules import AGING_EDGES_KEY
from services.core.clock import FixedClock
from services.core.settings import CompanyInfo, set_setting
from tests.factories import make_contract, make_customer


@pytest.fixture
def db(tmp_path) -> Path:
    path = tmp_path / "a.sqlite3"
    ctx = open_context(path, FixedClock(dt.date(2026, 11, 24)), operator="test")
    customer = make_customer(ctx, "C001", "北京九州诊所", salesperson="王丽")
    make_contract(ctx, customer, lines=[("1", "1234.56")], signed_on="2026-09-01",
                  installments=[("2026-10-10", "1000.00"), ("2026-12-31", "234.56")])
    other = make_customer(ctx, "C002", "=1+1 乙公司", salesperson="张伟")
    make_contract(ctx, other, lines=[("1", "500.00")], signed_on="2026-01-05",
                  installments=[("2026-02-01", "500.00")])
    company.save_company(ctx.uow(), CompanyInfo(company_name="北京九州医药有限公司"))
    ctx.close()
    return path


def run_json(db, *argv) -> list[dict]:
    return json.loads(run_out(db, *argv, "--json"))


def run_out(db, *argv) -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["report", "aging", "--db", str(db), *argv]) == 0
    return out.getvalue()


def test_json_gives_each_customers_buckets_as_exact_strings(db):
    rows = run_json(db, "--as-of", "2026-11-24")
    assert [r["customer_code"] for r in rows] == ["C001", "C002"]
    row = rows[0]
    assert row["customer_name"] == "北京九州诊所" and row["salesperson"] == "王丽"
    assert row["buckets"]["未到期"] == "234.56" and row["buckets"]["31–60"] == "1000.00"
    assert row["total"] == "1234.56" and row["credit"] == "0.00" and row["net"] == "1234.56"
    assert rows[1]["buckets"]["181–365"] == "500.00"
    assert list(row["buckets"]) == ["未到期", "1–30", "31–60", "61–90", "91–180", "181–365",
                                    "365 以上"]


def test_the_companys_bucket_edges_are_used(db):
    ctx = open_context(db, operator="test")
    with ctx.uow().writing() as uow:
        set_setting(uow.session, AGING_EDGES_KEY, "45, 400")
        uow.commit()
    ctx.close()
    [row, other] = run_json(db, "--as-of", "2026-11-24")
    assert row["buckets"] == {"未到期": "234.56", "1–45": "1000.00", "46–400": "0.00",
                              "400 以上": "0.00"}
    assert other["buckets"]["46–400"] == "500.00"


def test_a_salesperson_keeps_their_customers(db):
    assert [r["customer_code"] for r in run_json(db, "--salesperson", "张伟")] == ["C002"]
    assert run_json(db, "--salesperson", "无此人") == []


def test_by_delivery_date(db):
    row = run_json(db, "--as-of", "2026-11-24", "--by", "delivery")[0]
    assert row["buckets"]["61–90"] == "1234.56"  # delivered 2026-09-01: 84 days


def test_text_table_and_a_past_day(db):
    out = run_out(db, "--as-of", "2026-10-01")
    lines = out.splitlines()
    assert lines[1].startswith("截至 2026-10-01，按到期日计算账龄") and lines[2] == "业务员：全部"
    [first] = [line for line in lines if line.startswith("C001")]
    assert "北京九州诊所" in first and "1,234.56" in first  # all not yet due that day
    assert lines[-1].startswith("合计") and "1,734.56" in lines[-1]


def test_xlsx_has_the_about_lines_real_numbers_and_totals(db, tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    out = run_out(db, "--as-of", "2026-11-24", "--salesperson", "王丽", "-o",
                  str(tmp_path / "aging.xlsx"))
    assert out == f"report: 1 rows -> {tmp_path / 'aging.xlsx'}\n"
    workbook = openpyxl.load_workbook(tmp_path / "aging.xlsx")
    sheet = workbook.active
    assert sheet["A2"].value.startswith("截至 2026-11-24") and sheet["A3"].value == "业务员：王丽"
    assert [c.value for c in sheet[4]][:4] == ["编码", "客户", "业务员", "未到期"]
    assert sheet.freeze_panes == "A5"
    row = [c.value for c in sheet[5]]
    assert row[:3] == ["C001", "北京九州诊所", "王丽"]
    assert Decimal(str(row[3])) == Decimal("234.56") and sheet["D5"].number_format == "#,##0.00"
    assert sheet["A6"].value == "合计" and sheet["A6"].font.bold
    workbook.close()


def test_pdf_is_a_landscape_page_with_the_company_and_the_totals(db, tmp_path):
    pypdf = pytest.importorskip("pypdf")
    run_out(db, "--as-of", "2026-11-24", "-o", str(tmp_path / "aging.PDF"))
    [page] = pypdf.PdfReader(tmp_path / "aging.PDF").pages
    assert float(page.mediabox.width) > float(page.mediabox.height)
    text = "".join(page.extract_text().split())
    for needle in ("北京九州医药有限公司", "应收账龄", "=1+1乙公司", "1,734.56", "第1页/共1页"):
        assert needle in text


def test_a_bad_day_is_one_line_and_exit_2(db, capsys):
    assert main(["report", "aging", "--db", str(db), "--as-of", "2026-02-30"]) == 2
    assert capsys.readouterr().err.strip() == (
        "report: --as-of: is not a valid date (use YYYY-MM-DD)")


def test_a_reader_that_goes_away_stops_the_command_quietly(db):
    """`main.py report aging | head -1`: the pipe closes before the report is printed; the
    command stops with 141 (a closed pipe, as Unix tools do) and no traceback."""
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    child = subprocess.Popen([sys.executable, str(root / "main.py"), "report", "aging", "--db",
                              str(db), "--json"], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, cwd=root)
    child.stdout.close()  # before the child has started: every write meets a closed pipe
    with child.stderr:
        errors = child.stderr.read().decode()
    assert child.wait(timeout=60) == 141
    assert "Traceback" not in errors
