"""Recording, reprinting and the content of the documents customers sign (services only)."""
from __future__ import annotations

import hashlib
from decimal import Decimal

import pytest

from models import Document
from services.admin import company
from services.admin.company import CompanyInfo
from services.core.errors import ValidationError
from services.documents import printing
from services.documents.content import IOU, PRICE_CONFIRMATION
from services.ledger import contracts
from tests.conftest import SERVER_URL
from tests.factories import audit_log, count_rows, make_contract, make_customer, pay, set_branch


@pytest.fixture
def our_company(ctx):
    company.save_company(ctx.uow(), CompanyInfo(
        company_name="北京康泰医疗用品有限公司", company_address="北京市丰台区南四环西路188号",
        company_phone="010-63718800", company_tax_number="91110106MA01ABCD2X"))
    set_branch(ctx, "BJ")


@pytest.fixture
def delivered(ctx, our_company):
    customer_id = make_customer(ctx, "C001", "天津和平医院", address="天津市和平区")
    contract_id, number = make_contract(
        ctx, customer_id, status="delivered", signed_on="2026-10-01", delivery_on="2026-10-05",
        lines=[("10", "100", "医用口罩"), ("2", "250.5", "血压计")],
        installments=[("2026-11-05", "700"), ("2026-12-05", "801")],
        delivery_note_no="SH-20261005-01", late_fee_percent="0.05")
    return customer_id, contract_id, number


def test_generated_document_is_recorded_with_number_hash_and_operator(ctx, delivered):
    _, contract_id, _ = delivered
    made = printing.generate_document(ctx.uow(), PRICE_CONFIRMATION, contract_id=contract_id)
    assert made.number == "BJ-QR-2026-00001"
    assert made.pdf.startswith(b"%PDF") and made.sha256 == hashlib.sha256(made.pdf).hexdigest()
    assert made.amount == Decimal("1501.00")
    [row] = printing.list_documents(ctx.uow(), contract_id=contract_id)
    assert (row.number, row.kind, row.created_by, row.sha256) == (
        made.number, PRICE_CONFIRMATION, "tester", made.sha256)
    assert audit_log(ctx, "document")[-1]["detail"]["number"] == made.number
    second = printing.generate_document(ctx.uow(), IOU, contract_id=contract_id)
    assert second.number == "BJ-QK-2026-00001"


def test_reprint_gives_back_the_very_same_bytes_after_the_contract_changed(ctx, delivered):
    customer_id, contract_id, _ = delivered
    made = printing.generate_document(ctx.uow(), IOU, contract_id=contract_id)
    pay(ctx, customer_id, "300", received_on="2026-11-20")
    assert printing.document_pdf(ctx.uow(), made.id) == made.pdf


def test_iou_for_a_contract_owes_what_is_unpaid_with_exact_dates(ctx, delivered):
    customer_id, contract_id, number = delivered
    pay(ctx, customer_id, "500", received_on="2026-11-20")
    with ctx.uow() as uow:
        content = printing.iou_content(uow, "X-1", contract_id=contract_id)
    assert content.amount == Decimal("1001.00")
    assert [(d.due_date.isoformat(), d.amount) for d in content.schedule] == [
        ("2026-11-05", Decimal("200.00")), ("2026-12-05", Decimal("801.00"))]
    assert content.contract_numbers == [number]
    assert content.delivery_numbers == ["SH-20261005-01"]
    assert content.late_fee_rate == Decimal("0.000500")
    assert content.debtor.name == "天津和平医院" and content.creditor.name == "北京康泰医疗用品有限公司"


def test_iou_for_a_customer_covers_every_open_contract(ctx, delivered):
    customer_id, _, first = delivered
    _, second = make_contract(ctx, customer_id, status="delivered", signed_on="2026-11-01",
                              lines=[("1", "99.99")], installments=[("2026-12-31", "99.99")])
    made = printing.generate_document(ctx.uow(), IOU, customer_id=customer_id)
    assert made.amount == Decimal("1600.99")
    with ctx.uow() as uow:
        content = printing.iou_content(uow, "X-2", customer_id=customer_id)
    assert content.contract_numbers == sorted([first, second])
    assert content.late_fee_rate is None  # contracts differ: no single rate to promise


def test_iou_with_nothing_owed_is_refused_and_not_recorded(ctx, delivered):
    customer_id, contract_id, _ = delivered
    pay(ctx, customer_id, "1501", received_on="2026-11-20")
    with pytest.raises(ValidationError) as error:
        printing.generate_document(ctx.uow(), IOU, contract_id=contract_id)
    assert (error.value.field, error.value.reason) == ("iou", "nothing_owed")
    assert count_rows(ctx, Document) == 0


def test_document_without_our_company_name_is_refused_and_uses_no_number(ctx):
    customer_id = make_customer(ctx, "C001")
    contract_id, _ = make_contract(ctx, customer_id)
    with pytest.raises(ValidationError) as error:
        printing.generate_document(ctx.uow(), PRICE_CONFIRMATION, contract_id=contract_id)
    assert (error.value.field, error.value.reason) == ("company_name", "company_missing")
    company.save_company(ctx.uow(), CompanyInfo(company_name="某公司"))
    made = printing.generate_document(ctx.uow(), PRICE_CONFIRMATION, contract_id=contract_id)
    assert made.number.endswith("-QR-2026-00001")  # the refused try did not use a number


def test_cancelled_contract_gets_no_document(ctx, our_company):
    contract_id, _ = make_contract(ctx, make_customer(ctx, "C001"), status="draft")
    data = contracts.get_contract(ctx.uow(), contract_id).as_input()
    data.status = "cancelled"
    contracts.update_contract(ctx.uow(), contract_id, data)
    with pytest.raises(ValidationError):
        printing.generate_document(ctx.uow(), PRICE_CONFIRMATION, contract_id=contract_id)


def test_price_confirmation_content_carries_lines_schedule_and_rate(ctx, delivered):
    _, contract_id, number = delivered
    with ctx.uow() as uow:
        content = printing.price_confirmation_content(uow, contract_id, "X-3")
    assert content.contract_number == number and content.total == Decimal("1501.00")
    assert [(line.product, line.amount) for line in content.lines] == [
        ("医用口罩", Decimal("1000.00")), ("血压计", Decimal("501.00"))]
    assert [d.amount for d in content.schedule] == [Decimal("700.00"), Decimal("801.00")]
    assert content.buyer.address == "天津市和平区"
    assert content.late_fee_rate == Decimal("0.000500")


def _cli(*args):
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    return subprocess.run([sys.executable, str(root / "main.py"), *args], capture_output=True,
                          text=True, cwd=root, timeout=120)


needs_file = pytest.mark.skipif(bool(SERVER_URL), reason="the command is given the SQLite file")


@needs_file
def test_print_command_writes_the_pdf_and_records_it(ctx, delivered, tmp_path):
    _, contract_id, number = delivered
    db = str(tmp_path / "t.sqlite3")
    for kind, out in (("price-confirmation", tmp_path / "pc.pdf"), ("iou", tmp_path / "iou.pdf")):
        result = _cli("print", kind, number, "-o", str(out), "--db", db)
        assert result.returncode == 0, result.stderr
        assert out.read_bytes().startswith(b"%PDF")
    rows = printing.list_documents(ctx.uow(), contract_id=contract_id)
    assert sorted(r.kind for r in rows) == [IOU, PRICE_CONFIRMATION]


@needs_file
def test_print_command_with_unknown_contract_fails_clearly(ctx, delivered, tmp_path):
    result = _cli("print", "iou", "BJ-2026-99999", "-o", str(tmp_path / "x.pdf"),
                  "--db", str(tmp_path / "t.sqlite3"))
    assert result.returncode == 1
    assert "BJ-2026-99999" in result.stderr and not (tmp_path / "x.pdf").exists()
