"""`main.py report rate --month YYYY-MM`: the collection rate by salesperson for scripts (JSON,
amounts and the rate as exact strings), people (a text table with the rules under it) and
files (.xlsx, PDF)."""
from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import pytest

from main import main
from services.admin.bootstrap import open_context
from services.core.clock import FixedClock
from tests.factories import make_contract, make_customer, pay


@pytest.fixture
def db(tmp_path) -> Path:
    """November 2024 (long past, whatever day the test runs):
    王丽 C001: 500.00 due 10-05 unpaid (carried in), 1,000.00 due 11-10, 600.00 paid 11-15
    (oldest first: 500.00 to October's, 100.00 to November's);
    张伟 C002: 2,000.00 due 11-20, unpaid."""
    path = tmp_path / "r.sqlite3"
    ctx = open_context(path, FixedClock(dt.date(2024, 12, 10)), operator="test")
    a = make_customer(ctx, "C001", "北京九州诊所", salesperson="王丽")
    make_contract(ctx, a, signed_on="2024-09-01", lines=[("1", "1500")],
                  installments=[("2024-10-05", "500"), ("2024-11-10", "1000")])
    pay(ctx, a, "600", received_on="2024-11-15")
    b = make_customer(ctx, "C002", "上海仁和药房", salesperson="张伟")
    make_contract(ctx, b, signed_on="2024-09-01", lines=[("1", "2000")],
                  installments=[("2024-11-20", "2000")])
    ctx.close()
    return path


def report(db, capsys, *argv) -> str:
    assert main(["report", "rate", "--db", str(db), "--month", "2024-11", *argv]) == 0
    return capsys.readouterr().out


def test_json_has_each_salesperson_and_the_totals_as_exact_strings(db, capsys):
    data = json.loads(report(db, capsys, "--json"))
    assert data["month"] == "2024-11" and data["overdue_on"] == "2024-11-30"
    rows = {r["salesperson"]: r for r in data["rows"]}
    assert rows["王丽"] == {"salesperson": "王丽", "due": "1000.00", "carried_in": "500.00",
                          "to_collect": "1500.00", "received": "600.00", "rate": "0.4000",
                          "overdue_at_end": "900.00", "customers_overdue": 1}
    assert rows["张伟"]["rate"] == "0.0000" and rows["张伟"]["overdue_at_end"] == "2000.00"
    totals = data["totals"]
    assert (totals["to_collect"], totals["received"], totals["rate"]) == (
        "3500.00", "600.00", str((Decimal(600) / Decimal(3500)).quantize(Decimal("0.0001"))))


def test_a_salesperson_only(db, capsys):
    data = json.loads(report(db, capsys, "--salesperson", "张伟", "--json"))
    assert [r["salesperson"] for r in data["rows"]] == ["张伟"]
    assert data["totals"]["due"] == "2000.00"


def test_text_table_with_the_rules_under_it(db, capsys):
    lines = report(db, capsys).splitlines()
    assert lines[0] == "回款率 2024-11" and "月份：2024-11" in lines
    [wang] = [line for line in lines if line.startswith("王丽")]
    assert "1,500.00" in wang and "40.0%" in wang
    assert any(line.startswith("合计") and "17.1%" in line for line in lines)
    assert lines[-1]  # the rules close the output


def test_xlsx_holds_the_rate_as_a_percent(db, capsys, tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    report(db, capsys, "-o", str(tmp_path / "rate.xlsx"))
    workbook = openpyxl.load_workbook(tmp_path / "rate.xlsx")
    sheet = workbook.active
    header = next(r for r in sheet.iter_rows() if r[0].value == "业务员")
    column = [c.value for c in header].index("回款率")
    wang = next(r for r in sheet.iter_rows() if r[0].value == "王丽")
    assert wang[column].value == pytest.approx(0.4) and wang[column].number_format == "0.0%"
    workbook.close()


def test_pdf_prints_the_month(db, capsys, tmp_path):
    pypdf = pytest.importorskip("pypdf")
    report(db, capsys, "-o", str(tmp_path / "rate.pdf"))
    [page] = pypdf.PdfReader(tmp_path / "rate.pdf").pages
    text = "".join(page.extract_text().split())
    assert "回款率2024-11" in text and "40.0%" in text and "第1页/共1页" in text
