"""证据材料包: the index lists each part with its pages, every page carries the bundle's number,
the parts come in the order a lawyer files them, scans and stored papers are inside."""
from __future__ import annotations

import datetime as dt
import io
import re
from decimal import Decimal

import pytest
from pypdf import PdfReader

from models import Document
from models.papers import DunningLetter, LetterSending, Statement
from services.admin import company
from services.admin.company import CompanyInfo
from services.core.errors import NotFound
from services.documents import attachments, printing
from services.documents.content import PRICE_CONFIRMATION
from services.ledger.invoices import InvoiceInput, record_invoice
from services.papers.evidence import evidence_bundle, write_evidence_bundle
from tests.conftest import TODAY
from tests.factories import make_contract, make_customer, open_session, pay, set_branch

ZERO = Decimal("0.00")
SECTIONS = ["合同", "发票", "送货", "对账单", "催款函", "回款", "诉讼时效"]


def _stored(session, number: str, kind: str, customer_id: int, words: str) -> int:
    """A stored paper (as helpers S and D store statements and letters): a one-page PDF."""
    import hashlib

    from services.documents.evidence_pdf import render_missing

    pdf = render_missing(words, number, TODAY)
    document = Document(number=number, kind=kind, customer_id=customer_id, amount=ZERO,
                        created_at=dt.datetime(2026, 11, 1, 9), created_by="t",
                        sha256=hashlib.sha256(pdf).hexdigest(), pdf=pdf)
    session.add(document)
    session.flush()
    return document.id


@pytest.fixture
def data(ctx, tmp_path):
    company.save_company(ctx.uow(), CompanyInfo(company_name="北京康泰医疗用品有限公司"))
    set_branch(ctx, "BJ")
    customer = make_customer(ctx, "C001", "北京九州诊所")
    first, first_no = make_contract(ctx, customer, lines=[("2", "500", "一次性注射器")],
                                    signed_on="2026-01-10", delivery_note_no="SH-0001")
    second, second_no = make_contract(ctx, customer, lines=[("1", "800")], signed_on="2026-03-01")
    printing.issue_document(ctx.uow(), PRICE_CONFIRMATION, contract_id=first,
                            deliver=lambda pdf, number: None)
    from PIL import Image

    scan = tmp_path / "签回件.png"
    Image.new("RGB", (400, 560), (200, 220, 240)).save(scan)
    attachments.add_attachment(ctx.uow(), second, "price_confirmation", scan)
    record_invoice(ctx.uow(), first, InvoiceInput(number="04412345", amount="1000",
                                                  issued_on="2026-01-12", sent_method="courier",
                                                  tracking_number="SF100200300"))
    pay(ctx, customer, "300", received_on="2026-02-20", reference="HD-778")
    with open_session(ctx) as session:
        later = _stored(session, "BJ-DZ-2026-00002", "statement", customer, "对账单二")
        earlier = _stored(session, "BJ-DZ-2026-00001", "statement", customer, "对账单一")
        session.add(Statement(document_id=earlier, customer_id=customer,
                              period_from=dt.date(2026, 1, 1), period_to=dt.date(2026, 6, 30),
                              opening=ZERO, closing=ZERO, status="issued"))
        session.add(Statement(document_id=later, customer_id=customer,
                              period_from=dt.date(2026, 7, 1), period_to=dt.date(2026, 10, 31),
                              opening=ZERO, closing=ZERO, status="confirmed",
                              replied_on=dt.date(2026, 11, 5)))
        letter_doc = _stored(session, "BJ-CK-2026-00001", "dunning_2", customer, "催款通知函")
        letter = DunningLetter(customer_id=customer, level=2, letter_date=dt.date(2026, 11, 10),
                               document_id=letter_doc, overdue=Decimal(1500), late_fee=ZERO,
                               pay_by=dt.date(2026, 11, 20), created_at=dt.datetime(2026, 11, 10))
        session.add(letter)
        session.flush()
        session.add(LetterSending(letter_id=letter.id, sent_on=dt.date(2026, 11, 11),
                                  method="courier", tracking_number="SF999", sent_by="王会计",
                                  recorded_at=dt.datetime(2026, 11, 11)))
        session.commit()
    return {"customer": customer, "first": first_no, "second": second_no}


def texts(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def flat(value: str) -> str:
    return re.sub(r"\s+", "", value)


def test_the_parts_come_in_a_lawyers_order(ctx, data):
    bundle = evidence_bundle(ctx.uow(), data["customer"])
    sections = [p.section for p in bundle.parts]
    assert sorted(set(sections), key=sections.index) == SECTIONS
    assert sections == sorted(sections, key=SECTIONS.index)  # grouped, in filing order
    titles = [p.title for p in bundle.parts]
    assert titles[0] == "合同清单"
    assert titles[1].startswith(f"合同 {data['first']} 供货价格确认书 BJ-QR-2026-00001")
    assert titles[2] == f"合同 {data['second']} 供货价格确认书（签回件：签回件.png）"
    statements = [t for t in titles if t.startswith("对账单")]
    assert statements[0].startswith("对账单 BJ-DZ-2026-00002") and "已确认" in statements[0]
    assert statements[1].startswith("对账单 BJ-DZ-2026-00001") and "未回复" in statements[1]
    assert "寄送：2026-11-11 快递 SF999" in [t for t in titles if t.startswith("催款通知函")][0]


def test_the_index_gives_each_part_its_pages_and_every_page_is_numbered(ctx, data):
    bundle = evidence_bundle(ctx.uow(), data["customer"])
    pages = texts(bundle.pdf)
    assert len(pages) == bundle.pages
    for number, page in enumerate(pages, 1):
        assert f"证据第 {number} 页 / 共 {bundle.pages} 页" in page
    index = flat("".join(pages[:bundle.index_pages]))
    assert "证据材料目录" in index and "北京九州诊所（C001）" in index
    page = bundle.index_pages + 1
    for part in bundle.parts:  # contiguous, in order, each as the index says
        assert part.first_page == page and part.last_page >= part.first_page
        label = (str(part.first_page) if part.first_page == part.last_page
                 else f"{part.first_page}–{part.last_page}")
        assert flat(f"{part.section}") in index and label in index
        page = part.last_page + 1
    assert page == bundle.pages + 1
    for title in ("合同清单", "发票清单", "送货记录", "回款记录", "催款函寄送记录"):
        part = next(p for p in bundle.parts if p.title == title)
        assert title in flat(pages[part.first_page - 1])


def test_stored_papers_and_scans_are_inside(ctx, data):
    bundle = evidence_bundle(ctx.uow(), data["customer"])
    pages = texts(bundle.pdf)
    reader = PdfReader(io.BytesIO(bundle.pdf))
    confirmation = next(p for p in bundle.parts if "BJ-QR-2026-00001" in p.title)
    text = flat(pages[confirmation.first_page - 1])
    assert "供货价格确认书" in text and "一次性注射器" in text and "BJ-QR-2026-00001" in text
    scan = next(p for p in bundle.parts if "签回件.png" in p.title)
    resources = reader.pages[scan.first_page - 1]["/Resources"]
    images = [x for x in resources["/XObject"].values() if x.get_object()["/Subtype"] == "/Image"]
    assert len(images) == 1 and scan.first_page == scan.last_page
    invoices = next(p for p in bundle.parts if p.title == "发票清单")
    assert "04412345" in flat(pages[invoices.first_page - 1])
    assert "SF100200300" in flat(pages[invoices.first_page - 1])
    deliveries = flat(pages[next(p for p in bundle.parts if p.title == "送货记录").first_page - 1])
    assert "SH-0001" in deliveries and "本系统不保存送货单原件" in deliveries
    payments = flat(pages[next(p for p in bundle.parts if p.title == "回款记录").first_page - 1])
    assert "HD-778" in payments and "300.00" in payments
    limitation = flat(pages[next(p for p in bundle.parts if p.section == "诉讼时效").first_page - 1])
    assert "时效届满日" in limitation and "仅为提醒，不构成法律意见" in limitation
    assert "2029年" in limitation or "2029-" in limitation  # three years from 2026 dues


def test_a_missing_scan_leaves_a_page_saying_so(ctx, data):
    [row] = attachments.list_attachments(ctx.uow(), next(
        c for c in range(1, 5) if attachments.list_attachments(ctx.uow(), c)))
    row.path.unlink()
    bundle = evidence_bundle(ctx.uow(), data["customer"])
    scan = next(p for p in bundle.parts if "签回件.png" in p.title)
    assert "找不到签回件文件" in flat(texts(bundle.pdf)[scan.first_page - 1])


def test_render_for_a_look(ctx, data):
    """Writes the bundle to RKT_EVIDENCE_OUT when set (to look at its pages as PNG)."""
    import os

    out = os.environ.get("RKT_EVIDENCE_OUT")
    if out:
        write_evidence_bundle(ctx.uow(), data["customer"], out)


def test_the_bundle_is_written_to_a_file_and_an_unknown_customer_is_refused(ctx, data, tmp_path):
    target = tmp_path / "证据.pdf"
    bundle = write_evidence_bundle(ctx.uow(), data["customer"], target)
    assert target.read_bytes() == bundle.pdf
    assert not [p for p in tmp_path.iterdir() if "证据" in p.name and p != target]  # no partial
    with pytest.raises(NotFound):
        evidence_bundle(ctx.uow(), 999)


def test_the_bundle_queries_do_not_grow_with_the_contracts(ctx, data):
    """Attachments and the latest stored papers are read once for all the contracts, not per
    contract (211 queries for a customer of the 100k demo before)."""
    from sqlalchemy import event

    def queries() -> int:
        seen = []

        def record(*_args):
            seen.append(1)

        event.listen(ctx.engine, "before_cursor_execute", record)
        try:
            evidence_bundle(ctx.uow(), data["customer"])
        finally:
            event.remove(ctx.engine, "before_cursor_execute", record)
        return len(seen)

    before = queries()
    for day in ("2026-04-01", "2026-05-01", "2026-06-01"):
        make_contract(ctx, data["customer"], lines=[("1", "100")], signed_on=day)
    assert queries() == before


def test_long_captions_and_reasons_wrap_inside_the_page(tmp_path):
    """A 120-character name in a scan's caption and in a missing file's reason: every printed
    line fits between the margins (drawn in one line, it ran off the page)."""
    from PIL import Image
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from services.documents.evidence_pdf import render_image, render_missing
    from services.documents.pdf_base import FONT, MARGIN_X, PAGE_WIDTH

    name = ("北京" + "九州通达医疗器械与康复用品连锁经营" * 7)[:120]
    caption = f"合同 BJ-HT-2026-00001 供货价格确认书（签回件：{name}.png）"
    scan = tmp_path / "scan.png"
    Image.new("RGB", (400, 560), (200, 220, 240)).save(scan)
    for pdf in (render_image(scan, caption, TODAY),
                render_missing(caption, f"找不到签回件文件：{name}.png", TODAY)):
        lines = [line for line in PdfReader(io.BytesIO(pdf)).pages[0].extract_text().splitlines()
                 if line.strip()]
        assert name[:10] in "".join(lines) and len(lines) >= 3
        # the reason is 9.5 pt, the caption 10 pt: at 9.5 every line must fit
        assert all(stringWidth(line, FONT, 9.5) <= PAGE_WIDTH - 2 * MARGIN_X for line in lines)
