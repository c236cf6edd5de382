"""Price confirmations in a batch (services only): numbered and recorded exactly as single
prints, a reprint reusing the stored bytes, and a cancel or failure leaving nothing half done."""
from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import io

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from models import Document
from services.core.errors import ValidationError
from services.documents import batch, printing
from services.documents.content import PRICE_CONFIRMATION
from services.ledger import contracts
from tests.documents.test_printing import document_sequences, our_company, pdf_text  # noqa: F401
from tests.factories import count_rows, make_contract, make_customer, open_session


@pytest.fixture
def confirmed(ctx, clock, our_company):  # noqa: F811 - the fixture imported above
    """Three confirmed contracts (the second with enough lines for two pages) of two
    customers, saved a day before the batch runs."""
    north = make_customer(ctx, "N01", "北京九州诊所")
    south = make_customer(ctx, "S01", "广州<南方>医院")
    many_lines = [("1", "10", f"产品{i:02d} 一次性使用无菌注射器") for i in range(60)]
    made = [make_contract(ctx, north, status="confirmed", salesperson="王强",
                          signed_on="2026-11-02"),
            make_contract(ctx, south, status="confirmed", salesperson="李娜",
                          signed_on="2026-11-10", lines=many_lines),
            make_contract(ctx, north, status="confirmed", salesperson="李娜",
                          signed_on="2026-11-20")]
    clock.advance(1)
    return [contract_id for contract_id, _number in made]


def stored(ctx) -> list[tuple[int, str, str]]:
    """(contract id, number, sha256) of every recorded document, in the order recorded."""
    with open_session(ctx) as session:
        return [tuple(row) for row in session.execute(
            select(Document.contract_id, Document.number, Document.sha256).order_by(Document.id))]


def single_print(ctx, contract_id) -> printing.GeneratedDocument:
    return printing.issue_document(ctx.uow(), PRICE_CONFIRMATION, contract_id=contract_id,
                                   deliver=lambda pdf, number: None)


@pytest.fixture
def out(tmp_path):
    """An empty folder for the batch's files (the database lives beside it in tmp_path)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def page_count(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


# --- which contracts -----------------------------------------------------------------------

def test_candidates_are_confirmed_contracts_whose_confirmation_is_not_signed(ctx, confirmed):
    customer = make_customer(ctx, "X01", "别的客户")
    make_contract(ctx, customer)  # delivered, its confirmation signed
    make_contract(ctx, customer, status="draft")
    make_contract(ctx, customer, status="confirmed", price_confirmation_signed_on="2026-11-20")
    rows = batch.list_candidates(ctx.uow())
    assert [row.contract_id for row in rows] == [confirmed[0], confirmed[2], confirmed[1]]
    assert rows[2].customer_name == "广州<南方>医院" and rows[2].salesperson == "李娜"
    assert all(row.issued == "" for row in rows)


def test_candidates_by_customer_salesperson_and_signing_days(ctx, confirmed):
    north = batch.list_candidates(ctx.uow())[0].customer_id
    assert [r.contract_id for r in batch.list_candidates(ctx.uow(), customer_id=north)] == [
        confirmed[0], confirmed[2]]
    assert [r.contract_id for r in batch.list_candidates(ctx.uow(), salesperson="李娜")] == [
        confirmed[2], confirmed[1]]
    within = batch.list_candidates(ctx.uow(), signed_from=dt.date(2026, 11, 10),
                                   signed_to=dt.date(2026, 11, 20))
    assert sorted(r.contract_id for r in within) == [confirmed[1], confirmed[2]]
    assert batch.candidate_salespeople(ctx.uow()) == ["李娜", "王强"]


def test_a_candidate_already_issued_names_the_confirmation_a_batch_would_reprint(ctx, confirmed):
    made = single_print(ctx, confirmed[0])
    issued = {r.contract_id: r.issued for r in batch.list_candidates(ctx.uow())}
    assert issued == {confirmed[0]: made.number, confirmed[1]: "", confirmed[2]: ""}


# --- one file per contract -----------------------------------------------------------------

def test_one_file_per_contract_is_numbered_recorded_and_named_as_single_prints(
        ctx, confirmed, out):
    progress = []
    result = batch.print_to_files(ctx, confirmed, out, progress=lambda *p: progress.append(p))
    assert progress == [(1, 3), (2, 3), (3, 3)]
    assert [item.number for item in result.items] == [
        "BJ-QR-2026-00001", "BJ-QR-2026-00002", "BJ-QR-2026-00003"]
    assert result.issued == 3 and not result.cancelled and result.skipped == []
    customers = ["北京九州诊所", "广州<南方>医院", "北京九州诊所"]
    assert sorted(path.name for path in out.iterdir()) == sorted(
        batch.file_name(item.contract_number, name)
        for item, name in zip(result.items, customers, strict=True))
    assert result.items[1].path.name.endswith(" 广州_南方_医院.pdf")
    for item, (contract_id, number, digest) in zip(result.items, stored(ctx), strict=True):
        data = item.path.read_bytes()
        assert (contract_id, number) == (item.contract_id, item.number)
        assert hashlib.sha256(data).hexdigest() == digest
        assert data == printing.document_pdf(ctx.uow(), item.document_id)
    assert document_sequences(ctx) == [("doc_QR", 3)]


def test_a_batch_draws_exactly_what_a_single_print_of_the_same_number_draws(
        ctx, confirmed, out):
    result = batch.print_to_files(ctx, confirmed[:1], out)
    with ctx.uow() as uow:
        content = printing.price_confirmation_content(uow, confirmed[0], result.items[0].number)
    from services.documents.render import render_price_confirmation

    assert result.items[0].path.read_bytes() == render_price_confirmation(content)


def test_a_second_batch_reprints_the_stored_bytes_and_takes_no_number(ctx, confirmed, out):
    (out / "a").mkdir()
    (out / "b").mkdir()
    first = batch.print_to_files(ctx, confirmed, out / "a")
    again = batch.print_to_files(ctx, confirmed, out / "b")
    assert again.issued == 0 and all(item.reused for item in again.items)
    assert [i.number for i in again.items] == [i.number for i in first.items]
    for old, new in zip(first.items, again.items, strict=True):
        assert new.path.read_bytes() == old.path.read_bytes()
    assert count_rows(ctx, Document) == 3 and document_sequences(ctx) == [("doc_QR", 3)]


def test_a_single_print_before_the_batch_is_reprinted_not_numbered_again(
        ctx, confirmed, out):
    made = single_print(ctx, confirmed[1])
    result = batch.print_to_files(ctx, confirmed, out)
    assert [(i.number, i.reused) for i in result.items] == [
        ("BJ-QR-2026-00002", False), (made.number, True), ("BJ-QR-2026-00003", False)]
    assert result.items[1].path.read_bytes() == made.pdf


def test_a_contract_saved_after_its_confirmation_gets_a_new_one(ctx, clock, confirmed, out):
    old = single_print(ctx, confirmed[0])
    clock.advance(1)
    detail = contracts.get_contract(ctx.uow(), confirmed[0])
    data = detail.as_input()
    data = dataclasses.replace(data, lines=[dataclasses.replace(data.lines[0], unit_price="900")],
                               installments=[dataclasses.replace(data.installments[0],
                                                                 amount="900.00")])
    contracts.update_contract(ctx.uow(), confirmed[0], data, detail.version)
    clock.advance(1)
    result = batch.print_to_files(ctx, confirmed[:1], out)
    assert not result.items[0].reused and result.items[0].number != old.number
    assert "900.00" in pdf_text(result.items[0].path.read_bytes())


def test_cancel_between_files_keeps_what_was_written_and_records_nothing_else(
        ctx, confirmed, out):
    asked = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 2   # stop before the third contract

    result = batch.print_to_files(ctx, confirmed, out, cancelled=cancelled)
    assert result.cancelled and len(result.items) == 2
    assert sorted(p.name for p in out.iterdir()) == sorted(i.path.name for i in result.items)
    assert [row[1] for row in stored(ctx)] == [i.number for i in result.items]
    assert document_sequences(ctx) == [("doc_QR", 2)]


def test_a_file_that_cannot_be_written_stops_the_batch_with_the_earlier_ones_recorded(
        ctx, confirmed, out):
    second = batch.list_candidates(ctx.uow())[2]   # 广州<南方>医院's contract
    assert second.contract_id == confirmed[1]
    (out / batch.file_name(second.contract_number, second.customer_name)).mkdir()
    with pytest.raises(batch.BatchStopped) as stopped:
        batch.print_to_files(ctx, confirmed, out)
    assert isinstance(stopped.value.__cause__, OSError)
    written = stopped.value.result.items
    assert [i.number for i in written] == ["BJ-QR-2026-00001"]
    assert [row[1] for row in stored(ctx)] == ["BJ-QR-2026-00001"]
    assert document_sequences(ctx) == [("doc_QR", 1)]


def test_a_contract_cancelled_meanwhile_is_skipped_and_uses_no_number(ctx, confirmed, out):
    detail = contracts.get_contract(ctx.uow(), confirmed[1])
    data = dataclasses.replace(detail.as_input(), status="cancelled")
    contracts.update_contract(ctx.uow(), confirmed[1], data, detail.version)
    result = batch.print_to_files(ctx, confirmed, out)
    assert [i.number for i in result.items] == ["BJ-QR-2026-00001", "BJ-QR-2026-00002"]
    assert [(number, error.reason) for number, error in result.skipped] == [
        (detail.number, "not_receivable")]


def test_without_our_company_name_nothing_is_printed_and_no_number_used(ctx, clock, out):
    customer = make_customer(ctx, "N01")
    contract_id, _ = make_contract(ctx, customer, status="confirmed")
    with pytest.raises(batch.BatchStopped) as stopped:
        batch.print_to_files(ctx, [contract_id], out)
    assert isinstance(stopped.value.__cause__, ValidationError)
    assert list(out.iterdir()) == [] and count_rows(ctx, Document) == 0


# --- one PDF -----------------------------------------------------------------------------------

def test_one_pdf_holds_every_confirmation_with_its_own_page_numbers(ctx, confirmed, out):
    target = out / "批量.pdf"
    progress = []
    result = batch.print_to_one_pdf(ctx, confirmed, target, progress=lambda *p: progress.append(p))
    assert progress == [(1, 3), (2, 3), (3, 3)] and result.output == target
    singles = [printing.document_pdf(ctx.uow(), item.document_id) for item in result.items]
    counts = [page_count(pdf) for pdf in singles]
    assert counts[1] >= 2 and counts[0] == counts[2] == 1
    whole = PdfReader(target, strict=True)
    assert len(whole.pages) == sum(counts)
    footers = [page.extract_text() for page in whole.pages]
    assert "第 1 页 / 共 1 页" in footers[0]
    assert f"第 1 页 / 共 {counts[1]} 页" in footers[1]
    assert f"第 {counts[1]} 页 / 共 {counts[1]} 页" in footers[counts[1]]
    assert result.items[2].number in footers[-1]
    assert [row[1] for row in stored(ctx)] == [i.number for i in result.items]
    assert [hashlib.sha256(pdf).hexdigest() for pdf in singles] == [row[2] for row in stored(ctx)]


def test_one_pdf_numbers_as_single_prints_and_reuses_what_was_issued(ctx, confirmed, out):
    made = single_print(ctx, confirmed[2])
    result = batch.print_to_one_pdf(ctx, confirmed, out / "a.pdf")
    assert [(i.number, i.reused) for i in result.items] == [
        ("BJ-QR-2026-00002", False), ("BJ-QR-2026-00003", False), (made.number, True)]
    again = batch.print_to_one_pdf(ctx, confirmed, out / "b.pdf")
    assert again.issued == 0
    assert (out / "a.pdf").read_bytes() == (out / "b.pdf").read_bytes()
    assert document_sequences(ctx) == [("doc_QR", 3)]


def test_cancelling_one_pdf_records_nothing_writes_nothing_and_uses_no_number(
        ctx, confirmed, out):
    target = out / "批量.pdf"
    asked = []
    result = batch.print_to_one_pdf(ctx, confirmed, target,
                                    cancelled=lambda: asked.append(1) or len(asked) > 2)
    assert result.cancelled and result.items == []
    assert not target.exists() and count_rows(ctx, Document) == 0
    assert document_sequences(ctx) in ([], [("doc_QR", 0)])
    later = batch.print_to_one_pdf(ctx, confirmed[:1], target)
    assert later.items[0].number == "BJ-QR-2026-00001"


def test_cancel_after_the_last_contract_still_writes_nothing(ctx, confirmed, out):
    target = out / "批量.pdf"
    asked = []
    result = batch.print_to_one_pdf(ctx, confirmed, target,
                                    cancelled=lambda: asked.append(1) or len(asked) > 3)
    assert result.cancelled and not target.exists() and count_rows(ctx, Document) == 0


def test_one_pdf_that_cannot_be_written_records_nothing(ctx, confirmed, out):
    with pytest.raises(OSError):
        batch.print_to_one_pdf(ctx, confirmed, out / "no such folder" / "批量.pdf")
    assert count_rows(ctx, Document) == 0
    assert batch.print_to_one_pdf(ctx, confirmed[:1], out / "a.pdf").items[0].number == (
        "BJ-QR-2026-00001")


def test_one_pdf_skips_a_cancelled_contract_without_a_gap_in_the_numbers(
        ctx, confirmed, out):
    detail = contracts.get_contract(ctx.uow(), confirmed[0])
    contracts.update_contract(ctx.uow(), confirmed[0],
                              dataclasses.replace(detail.as_input(), status="cancelled"),
                              detail.version)
    result = batch.print_to_one_pdf(ctx, confirmed, out / "a.pdf")
    assert [i.number for i in result.items] == ["BJ-QR-2026-00001", "BJ-QR-2026-00002"]
    assert [number for number, _error in result.skipped] == [detail.number]
    assert page_count((out / "a.pdf").read_bytes()) == sum(
        page_count(printing.document_pdf(ctx.uow(), i.document_id)) for i in result.items)


def test_file_names_keep_number_and_customer_and_drop_what_windows_refuses():
    assert batch.file_name("BJ-2026-00042", "北京九州诊所") == "BJ-2026-00042 北京九州诊所.pdf"
    assert batch.file_name("BJ-2026-00042", 'A/B:C*D?"E<F>|G\\') == (
        "BJ-2026-00042 A_B_C_D__E_F__G_.pdf")
    assert batch.file_name("BJ-2026-00042", "名称.").endswith("名称.pdf")


def test_joining_keeps_every_page_as_it_was_drawn():
    from services.documents.render import render_iou, render_price_confirmation
    from tests.documents.test_documents_render import iou, long_contract, price_confirmation

    pdfs = [render_price_confirmation(price_confirmation()),
            render_price_confirmation(long_contract(120)), render_iou(iou())]
    joined = PdfReader(io.BytesIO(batch.concatenate(pdfs)), strict=True)
    singles = [PdfReader(io.BytesIO(pdf)) for pdf in pdfs]
    assert [page.extract_text() for page in joined.pages] == [
        page.extract_text() for single in singles for page in single.pages]
    assert [page.mediabox for page in joined.pages] == [
        page.mediabox for single in singles for page in single.pages]


@pytest.mark.parametrize("pdf", [b"", b"%PDF-1.4\nnothing else", b"<html></html>"])
def test_joining_refuses_what_this_program_did_not_draw(pdf):
    with pytest.raises(ValueError, match="not a PDF drawn by this program"):
        batch.concatenate([pdf])
