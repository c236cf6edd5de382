"""Previewing, issuing, reprinting and the content of the documents customers sign
(services only)."""
from __future__ import annotations

import errno
import hashlib
import io
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from models import Document, NumberSequence
from services.admin import company
from services.admin.company import CompanyInfo
from services.core.environment import DatabaseProblem
from services.core.errors import ValidationError
from services.documents import printing
from services.documents.content import IOU, PRICE_CONFIRMATION
from services.ledger import contracts
from tests.factories import (
    audit_log,
    count_rows,
    make_contract,
    make_customer,
    open_session,
    pay,
    set_branch,
)


@pytest.fixture
def our_company(ctx):
    company.save_company(ctx.uow(), CompanyInfo(
        company_name="北京康泰医疗用品有限公司", company_address="北京市丰台区南四环西路188号",
        company_phone="010-63718800", company_tax_number="91110106MA01ABCD2X"))
    set_branch(ctx, "BJ")


PAY_BY = "2026-12-15"  # an IOU's repayment date agreed when it is printed


def issue(ctx, kind, **target):
    """Issue a document the way the window and the command line do, keeping what was delivered
    (an IOU with the repayment date agreed, PAY_BY unless given)."""
    if kind == IOU:
        target.setdefault("pay_by", PAY_BY)
    delivered = []
    made = printing.issue_document(ctx.uow(), kind, **target,
                                   deliver=lambda pdf, number: delivered.append((pdf, number)))
    assert delivered == [(made.pdf, made.number)]
    return made


def pdf_text(pdf: bytes) -> str:
    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def document_sequences(ctx) -> list[tuple[str, int]]:
    """The document number sequences used so far: (kind, last number)."""
    with open_session(ctx) as session:
        return [(s.kind, s.last) for s in session.scalars(
            select(NumberSequence).where(NumberSequence.kind.like("doc_%")))]


def nothing_issued(ctx) -> bool:
    return (count_rows(ctx, Document) == 0 and document_sequences(ctx) == []
            and audit_log(ctx, "document") == [])


@pytest.fixture
def delivered(ctx, our_company):
    customer_id = make_customer(ctx, "C001", "天津和平医院", address="天津市和平区")
    contract_id, number = make_contract(
        ctx, customer_id, status="delivered", signed_on="2026-10-01", delivery_on="2026-10-05",
        lines=[("10", "100", "医用口罩"), ("2", "250.5", "血压计")],
        installments=[("2026-11-05", "700"), ("2026-12-05", "801")],
        delivery_note_no="SH-20261005-01", late_fee_percent="0.05")
    return customer_id, contract_id, number


def test_issued_document_is_recorded_with_number_hash_and_operator(ctx, delivered):
    _, contract_id, _ = delivered
    made = issue(ctx, PRICE_CONFIRMATION, contract_id=contract_id)
    assert made.number == "BJ-QR-2026-00001" and made.number in pdf_text(made.pdf)
    assert made.pdf.startswith(b"%PDF") and made.sha256 == hashlib.sha256(made.pdf).hexdigest()
    assert made.amount == Decimal("1501.00")
    [row] = printing.list_documents(ctx.uow(), contract_id=contract_id)
    assert (row.number, row.kind, row.created_by, row.sha256) == (
        made.number, PRICE_CONFIRMATION, "tester", made.sha256)
    assert audit_log(ctx, "document")[-1]["detail"]["number"] == made.number
    second = issue(ctx, IOU, contract_id=contract_id)
    assert second.number == "BJ-QK-2026-00001"


def test_previews_take_no_number_and_record_nothing(ctx, delivered):
    """Opening a preview and closing it, twice, used up BJ-QR-2026-00001 and -00002."""
    customer_id, contract_id, _ = delivered
    for _ in range(2):
        preview = printing.preview_document(ctx.uow(), PRICE_CONFIRMATION,
                                            contract_id=contract_id)
        assert preview.startswith(b"%PDF")
    printing.preview_document(ctx.uow(), IOU, contract_id=contract_id)
    printing.preview_document(ctx.uow(), IOU, customer_id=customer_id)
    assert nothing_issued(ctx)
    assert issue(ctx, PRICE_CONFIRMATION, contract_id=contract_id).number == "BJ-QR-2026-00001"
    assert issue(ctx, IOU, customer_id=customer_id).number == "BJ-QK-2026-00001"


@pytest.mark.parametrize("kind", [PRICE_CONFIRMATION, IOU])
def test_a_preview_is_marked_as_one_and_carries_no_document_number(ctx, delivered, kind):
    _, contract_id, number = delivered
    text = pdf_text(printing.preview_document(ctx.uow(), kind, contract_id=contract_id))
    assert f"编号：{printing.PREVIEW_NUMBER}" in text and "预览" in text
    assert "-QR-" not in text and "-QK-" not in text and "BJ-Q" not in text
    assert number in text  # the contract's own number is there, as on the issued paper


def test_a_failed_delivery_records_nothing_and_leaves_the_number_unused(ctx, delivered):
    _, contract_id, _ = delivered
    offered = []

    def fail(pdf, number):
        offered.append(number)
        assert number in pdf_text(pdf)
        raise FileNotFoundError(errno.ENOENT, "No such file or directory", "/no/such/dir/x.pdf")

    for _ in range(2):
        with pytest.raises(FileNotFoundError):
            printing.issue_document(ctx.uow(), PRICE_CONFIRMATION, contract_id=contract_id,
                                    deliver=fail)
    assert offered == ["BJ-QR-2026-00001"] * 2
    assert nothing_issued(ctx)
    assert issue(ctx, PRICE_CONFIRMATION, contract_id=contract_id).number == "BJ-QR-2026-00001"
    assert document_sequences(ctx) == [("doc_QR", 1)]


def test_a_delivery_refused_by_the_disk_is_a_database_problem_and_records_nothing(ctx, delivered):
    _, contract_id, _ = delivered

    def full(_pdf, _number):
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(DatabaseProblem) as problem:
        printing.issue_document(ctx.uow(), IOU, contract_id=contract_id, deliver=full,
                                pay_by=PAY_BY)
    assert problem.value.kind == "disk_full"
    assert nothing_issued(ctx)


def test_write_pdf_writes_the_bytes_or_says_why_not(tmp_path, monkeypatch):
    target = tmp_path / "x.pdf"
    printing.write_pdf(target, b"%PDF-1")
    printing.write_pdf(target, b"%PDF-2")  # replaces
    assert target.read_bytes() == b"%PDF-2"
    with pytest.raises(FileNotFoundError):
        printing.write_pdf(tmp_path / "no" / "such" / "x.pdf", b"%PDF")
    with pytest.raises(IsADirectoryError):
        printing.write_pdf(tmp_path, b"%PDF")

    class Full(io.BytesIO):
        def write(self, _data):
            raise OSError(errno.ENOSPC, "No space left on device")

    half = tmp_path / "half.pdf"

    def open_full(path, mode):
        Path(path).write_bytes(b"%PD")  # what the disk took before it filled up
        return Full()

    monkeypatch.setattr(printing, "open", open_full, raising=False)
    with pytest.raises(DatabaseProblem) as problem:
        printing.write_pdf(half, b"%PDF-1.4 ...")
    assert problem.value.kind == "disk_full" and isinstance(problem.value.__cause__, OSError)
    assert not half.exists()  # no half-written file left to pass for the document
    with pytest.raises(DatabaseProblem):
        printing.write_pdf(target, b"%PDF-1.4 ...")
    assert target.read_bytes() == b"%PDF-2"  # the old file is kept whole
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.pdf"]  # no partial file either

    def forbidden(path, mode):
        raise PermissionError(errno.EACCES, "Permission denied", str(path))

    monkeypatch.setattr(printing, "open", forbidden, raising=False)
    with pytest.raises(DatabaseProblem) as problem:
        printing.write_pdf(target, b"%PDF-3")
    assert problem.value.kind == "read_only"
    assert target.read_bytes() == b"%PDF-2"  # a file it could not open is left alone


def test_reprint_gives_back_the_very_same_bytes_after_the_contract_changed(ctx, delivered):
    customer_id, contract_id, _ = delivered
    made = issue(ctx, IOU, contract_id=contract_id)
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
    made = issue(ctx, IOU, customer_id=customer_id)
    assert made.amount == Decimal("1600.99")
    with ctx.uow() as uow:
        content = printing.iou_content(uow, "X-2", customer_id=customer_id)
    assert content.contract_numbers == sorted([first, second])
    assert content.late_fee_rate is None  # contracts differ: no single rate to promise


def test_iou_with_nothing_owed_is_refused_and_not_recorded(ctx, delivered):
    customer_id, contract_id, _ = delivered
    pay(ctx, customer_id, "1501", received_on="2026-11-20")
    with pytest.raises(ValidationError) as error:
        issue(ctx, IOU, contract_id=contract_id)
    assert (error.value.field, error.value.reason) == ("iou", "nothing_owed")
    assert count_rows(ctx, Document) == 0


def test_document_without_our_company_name_is_refused_and_uses_no_number(ctx):
    customer_id = make_customer(ctx, "C001")
    contract_id, _ = make_contract(ctx, customer_id)
    with pytest.raises(ValidationError) as error:
        issue(ctx, PRICE_CONFIRMATION, contract_id=contract_id)
    assert (error.value.field, error.value.reason) == ("company_name", "company_missing")
    company.save_company(ctx.uow(), CompanyInfo(company_name="某公司"))
    made = issue(ctx, PRICE_CONFIRMATION, contract_id=contract_id)
    assert made.number.endswith("-QR-2026-00001")  # the refused try did not use a number


def test_cancelled_contract_gets_no_document(ctx, our_company):
    contract_id, _ = make_contract(ctx, make_customer(ctx, "C001"), status="draft")
    data = contracts.get_contract(ctx.uow(), contract_id).as_input()
    data.status = "cancelled"
    contracts.update_contract(ctx.uow(), contract_id, data)
    with pytest.raises(ValidationError):
        issue(ctx, PRICE_CONFIRMATION, contract_id=contract_id)


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


def test_seller_party_is_our_company_or_refused_without_its_name(ctx, our_company):
    with ctx.uow() as uow:
        seller = printing.seller_party(uow.session)
    assert (seller.name, seller.phone, seller.tax_number) == (
        "北京康泰医疗用品有限公司", "010-63718800", "91110106MA01ABCD2X")
    company.save_company(ctx.uow(), CompanyInfo(company_name=""))
    with ctx.uow() as uow, pytest.raises(ValidationError) as error:
        printing.seller_party(uow.session)
    assert (error.value.field, error.value.reason) == ("company_name", "company_missing")
