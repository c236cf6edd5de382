"""`main.py report aging`: the aging report for scripts (JSON amounts as exact strings) and
people (a text table); a bad --as-of is one line and exit 2."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from main import main
from services.admin.bootstrap import open_context
from services.core.clock import FixedClock
from tests.factories import make_contract, make_customer


@pytest.fixture
def db(tmp_path) -> Path:
    path = tmp_path / "a.sqlite3"
    ctx = open_context(path, FixedClock(dt.date(2026, 11, 24)), operator="test")
    customer = make_customer(ctx, "C001", "北京九州诊所", salesperson="王丽")
    make_contract(ctx, customer, lines=[("1", "1234.56")], signed_on="2026-09-01",
                  installments=[("2026-10-10", "1000.00"), ("2026-12-31", "234.56")])
    ctx.close()
    return path


def test_json_gives_each_customers_buckets_as_exact_strings(db, capsys):
    assert main(["report", "aging", "--db", str(db), "--as-of", "2026-11-24", "--json"]) == 0
    [row] = json.loads(capsys.readouterr().out)
    assert row["customer_code"] == "C001" and row["salesperson"] == "王丽"
    assert row["buckets"]["未到期"] == "234.56" and row["buckets"]["31–60"] == "1000.00"
    assert row["total"] == "1234.56" and row["credit"] == "0.00"


def test_text_table_and_a_past_day(db, capsys):
    assert main(["report", "aging", "--db", str(db), "--as-of", "2026-10-01"]) == 0
    out = capsys.readouterr().out
    assert "aging as of 2026-10-01 by due date" in out and "1234.56" in out  # all not yet due
    assert "1 customers" in out


def test_a_bad_day_is_one_line_and_exit_2(db, capsys):
    assert main(["report", "aging", "--db", str(db), "--as-of", "2026-02-30"]) == 2
    assert capsys.readouterr().err.strip() == (
        "report: --as-of: is not a valid date (use YYYY-MM-DD)")
