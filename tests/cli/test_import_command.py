"""`main.py import KIND FILE`: exit codes (0 imported, 1 refused with nothing written and each
row's problem on stderr, 2 bad options), --dry-run, --valid-only with the rejected workbook,
--mapping with column letters, --encoding. Run in-process (main.main) on the test's SQLite
file; every import file is made by the test."""
from __future__ import annotations

import json
from decimal import Decimal

import pytest
from sqlalchemy import func, select

import main
from models import AuditEntry, Contract, Customer, Installment, Payment
from services.ledger import balances
from tests.conftest import TODAY
from tests.factories import open_session
from tests.imports.files import make_csv, make_xlsx

pytestmark = pytest.mark.usefixtures("sqlite_only")

HEADERS = ["客户编码", "客户名称", "发票号", "日期", "到期日", "金额", "已收金额"]
GOOD = [["001", "北京九州诊所", "FP-1", "2024-03-05", "2024-04-04", "1,000.00", "200"],
        ["002", "上海仁济药房", "FP-2", "2024-03-06", "2024-04-05", "¥300", "0"]]
BAD = ["003", "广州白云", "FP-3", "2024-03-07", "2024-04-06", "1,5", "0"]


@pytest.fixture
def db(ctx, tmp_path) -> str:
    return str(tmp_path / "t.sqlite3")


def cli(*args: str) -> int:
    return main.main(["import", *args])


def counts(ctx) -> dict[str, int]:
    with open_session(ctx) as session:
        return {m.__tablename__: session.scalar(select(func.count()).select_from(m))
                for m in (Customer, Contract, Installment, Payment, AuditEntry)}


def outstanding(ctx) -> dict[str, Decimal]:
    with open_session(ctx) as session:
        codes = dict(session.execute(select(Customer.id, Customer.code)).all())
        return {codes[cid]: b.outstanding
                for cid, b in balances.customer_balances(session, TODAY).items()}


def test_a_good_file_is_imported_with_exit_0(ctx, db, tmp_path, capsys):
    path = make_xlsx(tmp_path / "r.xlsx", [HEADERS, *GOOD], formats={"A2": "@", "A3": "@"})
    assert cli("receivables", str(path), "--db", db) == 0
    out = capsys.readouterr().out
    assert "created 2 customers, 2 contracts, 1 payments" in out
    assert outstanding(ctx) == {"001": Decimal("800.00"), "002": Decimal("300.00")}
    assert cli("receivables", str(path), "--db", db) == 0
    assert "skipped 2 already there" in capsys.readouterr().out


def test_a_bad_row_exits_1_writes_nothing_and_names_the_row(ctx, db, tmp_path, capsys):
    path = make_csv(tmp_path / "r.csv", [HEADERS, *GOOD, BAD])
    before = counts(ctx)
    assert cli("receivables", str(path), "--db", db) == 1
    err = capsys.readouterr().err
    assert "row 4: 金额: '1,5'" in err and "nothing was imported" in err
    assert counts(ctx) == before


def test_a_dry_run_writes_nothing(ctx, db, tmp_path, capsys):
    good = make_csv(tmp_path / "g.csv", [HEADERS, *GOOD])
    before = counts(ctx)
    assert cli("receivables", str(good), "--db", db, "--dry-run") == 0
    assert "would create 2 customers, 2 contracts, 1 payments" in capsys.readouterr().out
    bad = make_csv(tmp_path / "b.csv", [HEADERS, *GOOD, BAD])
    assert cli("receivables", str(bad), "--db", db, "--dry-run") == 1
    assert "row 4" in capsys.readouterr().err
    assert counts(ctx) == before


def test_valid_only_imports_the_rest_and_writes_the_rejected_rows(ctx, db, tmp_path, capsys):
    from openpyxl import load_workbook

    path = make_csv(tmp_path / "r.csv", [HEADERS, GOOD[0], BAD, GOOD[1]])
    assert cli("receivables", str(path), "--db", db, "--valid-only") == 0
    beside = tmp_path / "r-未导入.xlsx"
    assert beside.exists() and "1 refused rows written" in capsys.readouterr().out
    rows = [[c.value for c in row] for row in load_workbook(beside).active.iter_rows()]
    assert rows[0][-1] == "问题" and rows[1][:6] == BAD[:6] and "1,5" in rows[1][-1]
    assert outstanding(ctx) == {"001": Decimal("800.00"), "002": Decimal("300.00")}
    chosen = tmp_path / "out" / "refused.xlsx"
    chosen.parent.mkdir()
    again = make_csv(tmp_path / "r2.csv", [HEADERS, ["004", "丁", "FP-4", "2024-02-30",
                                                     "2024-04-04", "1", "0"]])
    assert cli("receivables", str(again), "--db", db, "--valid-only", "--rejected",
               str(chosen)) == 0
    assert chosen.exists()


def test_a_mapping_file_with_column_letters(ctx, db, tmp_path, capsys):
    headers = ["单位", "名字", "号码", "开单", "期限", "价款", "回款"]
    path = make_csv(tmp_path / "odd.csv", [headers, *GOOD])
    assert cli("receivables", str(path), "--db", db) == 1  # nothing maps by these names
    assert "the columns do not fit" in capsys.readouterr().err
    mapping = tmp_path / "m.json"
    mapping.write_text(json.dumps({"customer_code": "A", "customer_name": "B", "number": "C",
                                   "date": "D", "due_date": "e", "amount": "6",
                                   "paid": "回款"}, ensure_ascii=False), encoding="utf-8")
    assert cli("receivables", str(path), "--db", db, "--mapping", str(mapping)) == 0
    assert outstanding(ctx) == {"001": Decimal("800.00"), "002": Decimal("300.00")}
    mapping.write_text(json.dumps({"customer_code": "Z"}), encoding="utf-8")
    assert cli("receivables", str(path), "--db", db, "--mapping", str(mapping)) == 1


def test_an_encoding_named_on_the_command_line(ctx, db, tmp_path, capsys):
    path = make_csv(tmp_path / "gbk.csv", [HEADERS, *[[c.replace("¥", "￥") for c in row]
                                                      for row in GOOD]], "gbk")
    assert cli("receivables", str(path), "--db", db, "--encoding", "gbk") == 0
    with open_session(ctx) as session:
        assert session.scalar(select(Customer.name).where(Customer.code == "002")) == "上海仁济药房"


@pytest.mark.parametrize("args", [
    ["--encoding", "latin-9"], ["--header-row", "0"],
])
def test_bad_options_exit_2(ctx, db, tmp_path, capsys, args):
    path = make_csv(tmp_path / "r.csv", [HEADERS, *GOOD])
    assert cli("receivables", str(path), "--db", db, *args) == 2
    assert args[0] in capsys.readouterr().err
    assert counts(ctx)["customer"] == 0


def test_a_missing_mapping_file_exits_2_and_an_unreadable_file_1(ctx, db, tmp_path, capsys):
    path = make_csv(tmp_path / "r.csv", [HEADERS, *GOOD])
    assert cli("receivables", str(path), "--db", db, "--mapping", str(tmp_path / "no.json")) == 2
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a workbook")
    assert cli("receivables", str(broken), "--db", db) == 1
    assert "cannot read" in capsys.readouterr().err
