"""`main.py alerts --as-of … --days …`: a bad value is one line on stderr naming the option and
the reason, exit 2, never a traceback; the same rules as the window (services.core.parsing)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from cli.commands import run_alerts
from main import main
from services.admin.bootstrap import open_context

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def db(tmp_path) -> Path:
    path = tmp_path / "a.sqlite3"
    open_context(path, operator="test").close()
    return path


@pytest.mark.parametrize("argv, said", [
    (["--as-of", "9999-12-31"], "alerts: --as-of: must be between 2000-01-01 and 2099-12-31"),
    (["--as-of", "1416-03-01"], "alerts: --as-of: must be between 2000-01-01 and 2099-12-31"),
    (["--as-of", "2026-02-30"], "alerts: --as-of: is not a valid date (use YYYY-MM-DD)"),
    (["--as-of", "tomorrow"], "alerts: --as-of: is not a valid date (use YYYY-MM-DD)"),
    (["--as-of", "2026-W05-6"], "alerts: --as-of: is not a valid date (use YYYY-MM-DD)"),
    (["--days", "3000000"], "alerts: --days: must be between 0 and 60"),
    (["--days", "9" * 5000], "alerts: --days: must be between 0 and 60"),
    (["--days", "-1"], "alerts: --days: must be between 0 and 60"),
    (["--days", "abc"], "alerts: --days: is not a whole number"),
    (["--days", "1e3"], "alerts: --days: is not a whole number"),
    (["--days", "3²"], "alerts: --days: is not a whole number"),
    (["--days", "5.0"], "alerts: --days: is not a whole number"),
])
def test_a_bad_option_is_one_line_and_exit_2(db, capsys, argv, said):
    assert main(["alerts", "--db", str(db), *argv]) == 2
    out, err = capsys.readouterr()
    assert (out, err) == ("", said + "\n")


def test_a_bad_option_is_refused_before_the_database_is_looked_for(tmp_path, capsys):
    assert main(["alerts", "--db", str(tmp_path / "none.sqlite3"), "--days", "x"]) == 2
    assert capsys.readouterr().err == "alerts: --days: is not a whole number\n"
    assert not (tmp_path / "none.sqlite3").exists()


@pytest.mark.parametrize("argv", [["--as-of", "2099-12-31", "--days", "60"],
                                  ["--as-of", "２０２６－１１－２４", "--days", "５"],
                                  ["--as-of", "2026/11/24", "--days", "0"], []])
def test_good_options_run(db, capsys, argv):
    assert main(["alerts", "--db", str(db), *argv, "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_run_alerts_takes_days_as_a_number_too(db, capsys):
    assert run_alerts(db, "2026-11-24", 5, True) == 0
    assert run_alerts(db, None, 61, True) == 2
    assert capsys.readouterr().err == "alerts: --days: must be between 0 and 60\n"


@pytest.mark.parametrize("argv", [["--as-of", "9999-12-31"], ["--days", "3000000"]])
def test_the_process_prints_no_traceback(db, argv):
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "alerts", "--db", str(db),
                             *argv], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert result.returncode == 2
    assert result.stdout == ""
    assert len(result.stderr.splitlines()) == 1 and "Traceback" not in result.stderr
