"""`main.py dunning`: prints what it would issue or issued; nothing new on repeat; -o writes each
letter of the day into a folder."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from models.papers import DunningLetter
from services.admin import company
from services.admin.company import CompanyInfo
from tests.factories import count_rows, make_contract, make_customer

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.usefixtures("sqlite_only")


def _cli(*args):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "dunning", *args],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)


@pytest.fixture
def db(ctx, tmp_path) -> str:
    company.save_company(ctx.uow(), CompanyInfo(company_name="我司", branch_code="BJ"))
    for code, due in (("C001", "2026-09-25"), ("C002", "2026-11-20")):
        cid = make_customer(ctx, code, f"客户 {code} & <分院>")
        make_contract(ctx, cid, lines=[("1", "10000")], installments=[(due, "10000")],
                      late_fee_percent="0.05")
    return str(tmp_path / "t.sqlite3")


def test_dry_run_prints_and_records_nothing(ctx, db):
    result = _cli("--date", "2026-11-24", "--dry-run", "--db", db)
    assert result.returncode == 0, result.stderr
    assert "would issue" in result.stdout and "C001" in result.stdout and "300.00" in result.stdout
    assert "2 letter(s) would issue" in result.stdout
    assert count_rows(ctx, DunningLetter) == 0


def test_issues_once_and_writes_the_days_letters(ctx, db, tmp_path):
    out = tmp_path / "letters"
    out.mkdir()
    first = _cli("--date", "2026-11-24", "-o", str(out), "--db", db)
    assert first.returncode == 0, first.stderr
    assert "issued BJ-CK-2026-00001" in first.stdout and "2 letter(s) issued" in first.stdout
    again = _cli("--date", "2026-11-24", "-o", str(out), "--db", db)
    assert again.returncode == 0 and "0 letter(s) issued" in again.stdout
    assert count_rows(ctx, DunningLetter) == 2
    files = sorted(p.name for p in out.iterdir())
    assert len(files) == 2 and files[0].startswith("BJ-CK-2026-00001 C001")
    assert all((out / f).read_bytes().startswith(b"%PDF") for f in files)


@pytest.mark.parametrize("args, code, words", [
    (["--date", "2026-02-30"], 2, "--date"),
    (["--date", "2026-11-24", "-o", "/no/such/folder"], 1, "not a folder"),
])
def test_bad_arguments_are_one_line_and_record_nothing(ctx, db, args, code, words):
    result = _cli(*args, "--db", db)
    assert result.returncode == code and words in result.stderr
    assert "Traceback" not in result.stderr and count_rows(ctx, DunningLetter) == 0


def test_a_date_after_today_is_refused_naming_the_option(tmp_path, capsys):
    import datetime as dt

    from main import main

    db = tmp_path / "empty.sqlite3"
    from services.admin.bootstrap import open_context
    open_context(db, operator="t").close()
    later = (dt.date.today() + dt.timedelta(days=3)).isoformat()
    assert main(["dunning", "--db", str(db), "--date", later]) == 2
    assert "--date" in capsys.readouterr().err
