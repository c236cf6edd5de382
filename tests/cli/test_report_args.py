"""`main.py report …`: a bad option, or one the report does not take, is one line on stderr
naming it, exit 2, before the database is looked for; an output that cannot be written and a
missing database are one line and exit 1; never a traceback."""
from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from cli.reports import Options, check_options, parse_month
from main import main
from services.admin.bootstrap import open_context

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def db(tmp_path) -> Path:
    path = tmp_path / "a.sqlite3"
    open_context(path, operator="test").close()
    return path


@pytest.mark.parametrize("argv, said", [
    (["aging", "--as-of", "9999-12-31"], "--as-of: must be between 2000-01-01 and 2099-12-31"),
    (["aging", "--as-of", "2026-02-30"], "--as-of: is not a valid date (use YYYY-MM-DD)"),
    (["aging", "--by", "invoice"], "--by: must be due or delivery, not 'invoice'"),
    (["rate", "--month", "2026-13"], "--month: is not a valid month (use YYYY-MM)"),
    (["rate", "--month", "11/2026"], "--month: is not a valid month (use YYYY-MM)"),
    (["rate", "--month", "1999-12"], "--month: must be between 2000-01-01 and 2099-12-31"),
    (["aging", "--month", "2026-11"], "--month: not for report aging (for rate)"),
    (["rate", "--by", "due"], "--by: not for report rate (for aging)"),
    (["priority", "--by", "due"], "--by: not for report priority (for aging)"),
    (["priority", "--month", "2026-11"], "--month: not for report priority (for rate)"),
    (["priority", "--as-of", "2026-13-01"], "--as-of: is not a valid date (use YYYY-MM-DD)"),
    (["rate", "--as-of", "2026-11-24"], "--as-of: not for report rate (for aging and priority)"),
    (["aging", "--salesperson", "王\x1b丽"],
     "--salesperson: contains a control or invisible character (character 2)"),
    (["aging", "--salesperson", "王" * 61], "--salesperson: is longer than 60 characters"),
    (["aging", "--json", "-o", "a.xlsx"], "--json and -o: give one of them"),
    (["aging", "-o", "aging.csv"], "-o: aging.csv must end in .xlsx or .pdf"),
    (["aging", "-o", "aging"], "-o: aging must end in .xlsx or .pdf"),
])
def test_a_bad_option_is_one_line_and_exit_2(tmp_path, capsys, argv, said):
    missing = tmp_path / "none.sqlite3"
    assert main(["report", argv[0], "--db", str(missing), *argv[1:]]) == 2
    assert capsys.readouterr() == ("", f"report: {said}\n")
    assert not missing.exists()  # refused before the database is looked for


def test_a_missing_database_is_exit_1(tmp_path, capsys):
    assert main(["report", "aging", "--db", str(tmp_path / "none.sqlite3")]) == 1
    assert capsys.readouterr().err == f"report: database {tmp_path / 'none.sqlite3'} does not exist\n"


def test_an_output_that_is_a_folder_is_exit_1_and_nothing_written(db, tmp_path, capsys):
    folder = tmp_path / "out.xlsx"
    folder.mkdir()
    assert main(["report", "aging", "--db", str(db), "-o", str(folder)]) == 1
    assert capsys.readouterr().err == f"report: cannot write {folder}: it is a folder\n"


def test_an_output_in_a_folder_that_cannot_be_made_is_exit_1(db, tmp_path, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert main(["report", "aging", "--db", str(db), "-o", str(blocker / "a.pdf")]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"report: cannot write {blocker / 'a.pdf'}: ") and err.count("\n") == 1


@pytest.mark.parametrize("typed, month", [
    ("2026-11", dt.date(2026, 11, 1)), ("2026/1", dt.date(2026, 1, 1)),
    ("202611", dt.date(2026, 11, 1)), ("２０２６－１１", dt.date(2026, 11, 1)),
    (" 2026.09 ", dt.date(2026, 9, 1))])
def test_months_as_people_type_them(typed, month):
    assert parse_month(typed, "--month") == month


def test_options_default_to_today_due_date_and_everyone():
    assert check_options("aging") == Options(None, "due", None, "")
    assert check_options("priority", as_of="20261124").day == dt.date(2026, 11, 24)
    assert check_options("rate", month="2026-11") == Options(None, "due", dt.date(2026, 11, 1), "")
    assert check_options("aging", as_of="2026/11/24", salesperson=" 王丽 ") == Options(
        dt.date(2026, 11, 24), "due", None, "王丽")


@pytest.mark.parametrize("argv", [["aging", "--as-of", "9999-12-31"],
                                  ["rate", "--month", "x"], ["aging", "-o", "a.doc"]])
def test_the_process_prints_no_traceback(db, argv):
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "report", argv[0],
                             "--db", str(db), *argv[1:]],
                            capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert result.returncode == 2
    assert result.stdout == ""
    assert len(result.stderr.splitlines()) == 1 and "Traceback" not in result.stderr
