"""`main.py statement`: the statement is issued and recorded once the file is written; bad
options are one line and exit 2."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from models import Document, Statement
from services.admin import company
from services.admin.company import CompanyInfo
from tests.factories import count_rows, make_contract, make_customer, set_branch

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.usefixtures("sqlite_only")


def _cli(*args):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True,
                          text=True, cwd=ROOT, timeout=120)


@pytest.fixture
def db(ctx, tmp_path):
    company.save_company(ctx.uow(), CompanyInfo(company_name="北京康泰医疗用品有限公司"))
    set_branch(ctx, "BJ")
    make_contract(ctx, make_customer(ctx, "C001", "天津和平医院"), signed_on="2025-10-01",
                  lines=[("10", "100")], installments=[("2025-11-05", "1000")])
    return str(tmp_path / "t.sqlite3")


def test_statement_is_written_and_recorded(ctx, db, tmp_path):
    out = tmp_path / "c001.pdf"
    done = _cli("statement", "C001", "--from", "2025-09-01", "--to", "2025-12-31", "-o", str(out),
                "--db", db)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("statement: BJ-DZ-") and "closing ¥1000.00" in done.stdout
    assert out.read_bytes().startswith(b"%PDF-")
    assert count_rows(ctx, Statement) == 1 and count_rows(ctx, Document) == 1


@pytest.mark.parametrize("args,message", [
    (("--from", "2025-13-01"), "--from"),
    (("--to", "yesterday"), "--to"),
    (("--from", "2025-12-01", "--to", "2025-11-01"), "--from is after --to"),
])
def test_bad_options_are_one_line_and_exit_2(ctx, db, tmp_path, args, message):
    done = _cli("statement", "C001", *args, "-o", str(tmp_path / "x.pdf"), "--db", db)
    assert done.returncode == 2 and message in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert count_rows(ctx, Statement) == 0


def test_unknown_customer_or_unwritable_file_records_nothing(ctx, db, tmp_path):
    done = _cli("statement", "NOPE", "-o", str(tmp_path / "x.pdf"), "--db", db)
    assert done.returncode == 1 and "no customer with code 'NOPE'" in done.stderr
    done = _cli("statement", "C001", "-o", str(tmp_path / "missing" / "x.pdf"), "--db", db)
    assert done.returncode == 1 and "nothing recorded" in done.stderr
    assert count_rows(ctx, Statement) == 0 and count_rows(ctx, Document) == 0


def test_a_statement_written_but_not_recorded_is_taken_back(ctx, db, tmp_path, monkeypatch,
                                                            capsys):
    """As for `print` (cli/to_file.py): the file written, the record refused (disk full): the
    file, whose number will be given again, is removed; one line, nothing recorded."""
    from cli.statement import run_statement
    from services.core.environment import DatabaseProblem
    from services.core.uow import UnitOfWork
    from services.documents import printing

    written = []
    write_pdf = printing.write_pdf
    monkeypatch.setattr(printing, "write_pdf",
                        lambda path, pdf: (write_pdf(path, pdf), written.append(path)))
    original = UnitOfWork.commit

    def commit(uow):
        if written:
            raise DatabaseProblem("disk_full", "test")
        original(uow)

    monkeypatch.setattr(UnitOfWork, "commit", commit)
    out = tmp_path / "c001.pdf"
    assert run_statement("C001", "2025-09-01", "2025-12-31", out, db) == 1
    assert written == [out] and not out.exists()
    err = capsys.readouterr().err
    assert err.startswith("statement: ") and len(err.strip().splitlines()) == 1
    assert "nothing recorded" in err
    assert count_rows(ctx, Statement) == 0 and count_rows(ctx, Document) == 0
