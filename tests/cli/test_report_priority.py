"""`main.py report priority --as-of DATE`: the day's priority list, best first, for scripts
(JSON: amounts and the score as exact strings, the reasons in words), people (a text table) and
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
from tests.factories import make_contract, make_customer

AS_OF = "2024-11-24"  # long past, whatever day the test runs


@pytest.fixture
def db(tmp_path) -> Path:
    """C001 (王丽) owes 82,000.00 due 2024-08-21 (95 days late on AS_OF); C002 (张伟) owes
    1,000.00 due 2024-11-14 (10 days); C003 owes nothing yet (due 2024-12-31)."""
    path = tmp_path / "p.sqlite3"
    ctx = open_context(path, FixedClock(dt.date(2024, 11, 24)), operator="test")
    for code, name, seller, amount, due in (
            ("C001", "北京九州诊所", "王丽", "82000", "2024-08-21"),
            ("C002", "=1+1 乙公司", "张伟", "1000", "2024-11-14"),
            ("C003", "上海仁和药房", "张伟", "500", "2024-12-31")):
        customer = make_customer(ctx, code, name, salesperson=seller)
        make_contract(ctx, customer, signed_on="2024-06-01", lines=[("1", amount)],
                      installments=[(due, amount)])
    ctx.close()
    return path


def report(db, capsys, *argv) -> str:
    assert main(["report", "priority", "--db", str(db), "--as-of", AS_OF, *argv]) == 0
    return capsys.readouterr().out


def test_json_ranks_the_customers_with_exact_amounts_and_reasons(db, capsys):
    rows = json.loads(report(db, capsys, "--json"))
    assert [(r["rank"], r["customer_code"]) for r in rows] == [(1, "C001"), (2, "C002")]
    first = rows[0]
    assert (first["customer_name"], first["salesperson"]) == ("北京九州诊所", "王丽")
    assert (first["overdue"], first["max_days"]) == ("82000.00", 95)
    assert first["over_limit"] == "0.00" and first["promised_today"] == "0.00"
    assert first["limitation_at_risk"] == "0.00" and first["limitation_ends"] is None
    assert Decimal(first["score"]) > Decimal(rows[1]["score"])
    assert "¥82,000.00" in first["reasons"] and "95" in first["reasons"]


def test_a_salesperson_only(db, capsys):
    rows = json.loads(report(db, capsys, "--salesperson", "张伟", "--json"))
    assert [r["customer_code"] for r in rows] == ["C002"]


def test_text_table_best_first(db, capsys):
    lines = report(db, capsys).splitlines()
    assert lines[0] == "今日优先" and f"截至 {AS_OF}" in lines
    ranked = [line.split()[1] for line in lines if line.strip()[:1].isdigit()]
    assert ranked == ["C001", "C002"]
    assert any(line.startswith("合计") or " 合计 " in line for line in lines)


def test_xlsx_and_pdf(db, capsys, tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    pypdf = pytest.importorskip("pypdf")
    report(db, capsys, "-o", str(tmp_path / "p.xlsx"))
    workbook = openpyxl.load_workbook(tmp_path / "p.xlsx")
    sheet = workbook.active
    header = next(r for r in sheet.iter_rows() if r[1].value == "编码")
    first = sheet[header[0].row + 1]
    assert (first[0].value, first[1].value) == (1, "C001")
    assert Decimal(str(first[5].value)) == Decimal("82000.00")
    assert first[5].number_format == "#,##0.00"
    assert sheet[header[0].row + 2][2].value == "=1+1 乙公司"
    workbook.close()
    report(db, capsys, "-o", str(tmp_path / "p.pdf"))
    [page] = pypdf.PdfReader(tmp_path / "p.pdf").pages
    text = "".join(page.extract_text().split())
    assert "今日优先" in text and "82,000.00" in text and "=1+1乙公司" in text


def test_json_has_the_limitation_behind_the_score(tmp_path, capsys):
    """Due 2022-02-01 and never chased: the limitation (three years) ends 2025-02-01, within
    6 months of AS_OF; the JSON gives the amount and the day the score counts."""
    path = tmp_path / "l.sqlite3"
    ctx = open_context(path, FixedClock(dt.date(2024, 11, 24)), operator="test")
    customer = make_customer(ctx, "C009", "老客户")
    make_contract(ctx, customer, signed_on="2022-01-10", lines=[("1", "3000")],
                  installments=[("2022-02-01", "3000")])
    ctx.close()
    [row] = json.loads(report(path, capsys, "--json"))
    assert (row["limitation_at_risk"], row["limitation_ends"]) == ("3000.00", "2025-02-01")
    assert "2025-02-01" in row["reasons"]
