"""`main.py print`: a document is recorded, and its number used, only once the file is written."""
from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from models import Document
from services.admin import company
from services.admin.company import CompanyInfo
from services.documents import printing
from services.documents.content import IOU, PRICE_CONFIRMATION
from tests.factories import count_rows, make_contract, make_customer, set_branch

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.usefixtures("sqlite_only")
# An IOU's repayment date agreed with the customer (the commands run on the real clock).
PAY_BY = (dt.date.today() + dt.timedelta(days=30)).isoformat()


def _cli(*args):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True,
                          text=True, cwd=ROOT, timeout=120)


@pytest.fixture
def contract(ctx, tmp_path):
    """A delivered contract in the test database; returns (contract id, number, db file)."""
    company.save_company(ctx.uow(), CompanyInfo(company_name="北京康泰医疗用品有限公司"))
    set_branch(ctx, "BJ")
    contract_id, number = make_contract(
        ctx, make_customer(ctx, "C001", "天津和平医院"), status="delivered",
        signed_on="2026-10-01", delivery_on="2026-10-05", lines=[("10", "100", "医用口罩")],
        installments=[("2026-11-05", "1000")])
    return contract_id, number, str(tmp_path / "t.sqlite3")


def test_print_command_writes_the_pdf_and_records_it(ctx, contract, tmp_path):
    contract_id, number, db = contract
    for kind, out in (("price-confirmation", tmp_path / "pc.pdf"), ("iou", tmp_path / "iou.pdf")):
        result = _cli("print", kind, number, "-o", str(out), "--db", db, "--pay-by", PAY_BY)
        assert result.returncode == 0, result.stderr
        assert out.read_bytes().startswith(b"%PDF")
    rows = printing.list_documents(ctx.uow(), contract_id=contract_id)
    assert sorted(r.kind for r in rows) == [IOU, PRICE_CONFIRMATION]
    [iou] = [r for r in rows if r.kind == IOU]
    assert (tmp_path / "iou.pdf").read_bytes() == printing.document_pdf(ctx.uow(), iou.id)


def test_print_iou_without_the_agreed_repayment_date_is_refused(ctx, contract, tmp_path):
    contract_id, number, db = contract
    out = tmp_path / "iou.pdf"
    result = _cli("print", "iou", number, "-o", str(out), "--db", db)
    assert result.returncode == 1 and "pay_by" in result.stderr and "required" in result.stderr
    assert not out.exists() and count_rows(ctx, Document) == 0
    assert _cli("print", "iou", number, "-o", str(out), "--db", db,
                "--pay-by", PAY_BY).returncode == 0
    [row] = printing.list_documents(ctx.uow(), contract_id=contract_id)
    assert row.number.endswith("-00001")


def test_print_command_with_unknown_contract_fails_clearly(ctx, contract, tmp_path):
    _, _, db = contract
    result = _cli("print", "iou", "BJ-2026-99999", "-o", str(tmp_path / "x.pdf"), "--db", db)
    assert result.returncode == 1
    assert "BJ-2026-99999" in result.stderr and not (tmp_path / "x.pdf").exists()


@pytest.mark.parametrize("where", ["no such folder", "a folder"])
def test_print_to_a_path_that_cannot_be_written_records_nothing_and_uses_no_number(
        ctx, contract, tmp_path, where):
    """Printing to /no/such/dir/x.pdf (or to a folder) recorded the document, used its number
    and then failed with a traceback."""
    contract_id, number, db = contract
    target = tmp_path / "no" / "such" / "dir" / "x.pdf" if where == "no such folder" else tmp_path
    result = _cli("print", "iou", number, "-o", str(target), "--db", db, "--pay-by", PAY_BY)
    assert result.returncode == 1
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert result.stderr.startswith(f"print: cannot write {target}")
    assert "Traceback" not in result.stderr
    assert result.stdout == ""
    assert count_rows(ctx, Document) == 0
    out = tmp_path / "iou.pdf"
    assert _cli("print", "iou", number, "-o", str(out), "--db", db,
                "--pay-by", PAY_BY).returncode == 0
    [row] = printing.list_documents(ctx.uow(), contract_id=contract_id)
    assert row.number == "BJ-QK-2026-00001"  # the failed try used no number


def test_a_file_written_but_not_recorded_is_taken_back(ctx, contract, tmp_path, monkeypatch,
                                                       capsys):
    """The database refused the record after the file was written (disk full, say): the file,
    which carries a number that will be given again, is removed."""
    from cli.commands import run_print
    from services.core.environment import DatabaseProblem
    from services.core.uow import UnitOfWork

    _, number, db = contract
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
    out = tmp_path / "x.pdf"
    assert run_print("iou", number, out, db, pay_by=PAY_BY) == 1
    assert written == [out] and not out.exists()
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "full" in err and "nothing recorded" in err
    assert count_rows(ctx, Document) == 0
