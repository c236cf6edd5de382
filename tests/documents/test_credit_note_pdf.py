"""The confirmation of a return or an allowance (退货确认书 / 折让确认书): what it says (read back
with pypdf), the 大写 equal to the figures, escaping, and its recording the first time it leaves
the program, numbered as its credit note."""
from __future__ import annotations

import dataclasses
import datetime as dt
import errno
import hashlib
import io
import os
import re
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from models import Document, NumberSequence
from services.admin import company
from services.admin.company import CompanyInfo
from services.core.errors import ValidationError
from services.documents import printing
from services.documents.content import CREDIT_NOTE, CreditNoteConfirmation, Line, Party
from services.documents.money import amount_in_words
from services.documents.render import render_credit_note
from services.ledger import credit_notes, payments
from services.ledger.credit_notes import CreditLineInput, CreditNoteInput
from tests.factories import (
    audit_log,
    count_rows,
    make_contract,
    make_customer,
    open_session,
    pay,
    set_branch,
)

Y = Decimal
SIGN_LABELS = ("单位名称：", "授权代表（签字）：", "单位盖章（公章或合同专用章）：", "日期：_")


def squeeze(text: str) -> str:
    """Wrapped lines and cell breaks come back as newlines and spaces: compare without them."""
    return re.sub(r"\s+", "", text)


def pages(pdf: bytes) -> list[str]:
    return [squeeze(page.extract_text()) for page in PdfReader(io.BytesIO(pdf)).pages]


def whole(pdf: bytes) -> str:
    return "".join(pages(pdf))


def assert_shows(text: str, *needles: str) -> None:
    missing = [n for n in needles if squeeze(n) not in text]
    assert not missing, f"not in the PDF: {missing}"


WORDS = "[零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整]+"
FIGURES = r"[\d,]+\.\d\d"


def words_match_figures(text: str) -> list[tuple[str, str]]:
    """Every amount written both ways on the paper, "人民币 <大写>（¥<figures>）" or
    "¥<figures>（人民币<大写>）": [(figures, words)] in order, each checked equal."""
    found = [(m.start(), m.group(2), m.group(1)) for m in re.finditer(
        rf"人民币({WORDS})（¥({FIGURES})）", text)]
    found += [(m.start(), m.group(1), m.group(2)) for m in re.finditer(
        rf"¥({FIGURES})（人民币({WORDS})）", text)]
    pairs = [(figures, words) for _, figures, words in sorted(found)]
    for figures, words in pairs:
        assert amount_in_words(Decimal(figures.replace(",", ""))) == words, (figures, words)
    return pairs


@pytest.fixture
def setup(ctx):
    """Our company, and a customer whose name needs escaping, owing 125.00 on masks (10 × 12.50,
    delivered 10-01) of which 100.00 was paid."""
    company.save_company(ctx.uow(), CompanyInfo(
        company_name="北京康泰医疗用品有限公司", company_address="北京市丰台区南四环西路188号",
        company_phone="010-63718800", company_tax_number="91110106MA01ABCD2X"))
    set_branch(ctx, "BJ")
    customer = make_customer(ctx, "C001", "A&B <和平> 医院", address="天津市和平区")
    contract_id, number = make_contract(
        ctx, customer, lines=[("10", "12.50", "医用口罩 <N95>"), ("2", "30", "体温计")],
        signed_on="2026-10-01",
        installments=[("2026-10-31", "100"), ("2026-12-31", "85")])
    pay(ctx, customer, "150", received_on="2026-11-01")
    return customer, contract_id, number


def a_return(ctx, contract_id, quantity="3", reason="外箱受潮 <2> 箱 & 退回"):
    form = credit_notes.credit_note_form(ctx.uow(), contract_id)
    return credit_notes.create_credit_note(ctx.uow(), CreditNoteInput(
        contract_id=contract_id, kind="return", issued_on="2026-11-20", reason=reason,
        lines=[CreditLineInput(form.lines[0].contract_line_id, quantity)]))


def an_allowance(ctx, contract_id, amount):
    return credit_notes.create_credit_note(ctx.uow(), CreditNoteInput(
        contract_id=contract_id, kind="allowance", issued_on="2026-11-21", reason="有效期较短",
        amount=amount))


def issue(ctx, note_id):
    delivered = []
    made = printing.issue_credit_note(ctx.uow(), note_id,
                                      deliver=lambda pdf, number: delivered.append((pdf, number)))
    assert delivered == [(made.pdf, made.number)]
    return made


# --- what the paper says --------------------------------------------------------------------

def test_a_return_confirmation_shows_every_element(ctx, setup):
    """3 boxes back (37.50) on a contract with 35.00 unpaid: 35.00 off, 2.50 to credit."""
    _, contract_id, contract_number = setup
    note_id, number = a_return(ctx, contract_id)
    pdf = printing.preview_credit_note(ctx.uow(), note_id)
    [text] = pages(pdf)  # one page
    if os.environ.get("RKT_SAVE_PDF"):
        Path(os.environ["RKT_SAVE_PDF"]).write_bytes(pdf)
    assert_shows(text, "退货确认书", f"编号：{number}", "出具日期：2026年11月20日",
                 "卖方", "北京康泰医疗用品有限公司", "北京市丰台区南四环西路188号",
                 "买方", "A&B <和平> 医院", "天津市和平区",
                 f"2026年10月1日签订的合同（合同编号：{contract_number}）",
                 "退货明细", "产品名称", "单位", "退货数量", "单价", "金额",
                 "医用口罩 <N95>", "件", "¥12.50", "¥37.50",
                 "退货金额合计：人民币 叁拾柒元伍角整（¥37.50）",
                 "退货原因", "外箱受潮 <2> 箱 & 退回",
                 f"冲减合同 {contract_number} 应收 ¥35.00（人民币叁拾伍元整）",
                 "超出部分 ¥2.50（人民币贰元伍角整）转为预收款",
                 "卖方（供货方）", "买方（购货方）", *SIGN_LABELS,
                 "第 1 页 / 共 1 页", f"退货确认书 编号：{number}")
    assert "体温计" not in text  # only the lines returned
    assert words_match_figures(text) == [("37.50", "叁拾柒元伍角整"), ("35.00", "叁拾伍元整"),
                                         ("2.50", "贰元伍角整")]
    meta = PdfReader(io.BytesIO(pdf)).metadata
    assert meta.title == f"退货确认书 {number}" and number in meta.get("/Keywords", "")


def test_an_allowance_confirmation_states_the_amount_and_what_it_reduces(ctx, setup):
    _, contract_id, contract_number = setup
    note_id, number = an_allowance(ctx, contract_id, "20")
    text = whole(printing.preview_credit_note(ctx.uow(), note_id))
    assert_shows(text, "折让确认书", f"编号：{number}", "出具日期：2026年11月21日",
                 "折让金额：人民币 贰拾元整（¥20.00）", "折让原因", "有效期较短",
                 f"冲减合同 {contract_number} 应收 ¥20.00（人民币贰拾元整）", *SIGN_LABELS)
    assert "退货明细" not in text and "超出部分" not in text
    assert words_match_figures(text) == [("20.00", "贰拾元整"), ("20.00", "贰拾元整")]


def test_a_note_on_a_settled_contract_says_it_all_becomes_credit(ctx, setup):
    customer, contract_id, contract_number = setup
    pay(ctx, customer, "35", received_on="2026-11-02")
    note_id, _ = an_allowance(ctx, contract_id, "10")
    text = whole(printing.preview_credit_note(ctx.uow(), note_id))
    assert_shows(text, f"合同 {contract_number} 已无未付货款",
                 "全部转为预收款", "¥10.00（人民币壹拾元整）")
    assert words_match_figures(text) == [("10.00", "壹拾元整")] * 2


def test_the_paper_refuses_to_contradict_itself():
    party = Party("甲")
    doc = CreditNoteConfirmation(
        "N-1", dt.date(2026, 11, 20), "return", party, party, "C-1", dt.date(2026, 10, 1), "r",
        Y("25.00"), [Line("x", "", "件", Y("2"), Y("12.5"), Y("25.00"))], Y("20.00"), Y("5.00"))
    assert render_credit_note(doc).startswith(b"%PDF")
    for changes in ({"amount": Y("26.00"), "surplus": Y("6.00")},  # lines disagree
                    {"surplus": Y("4.00")},                         # effect disagrees
                    {"kind": "allowance"},                          # an allowance has no lines
                    {"kind": "refund"}):
        with pytest.raises(ValueError):
            render_credit_note(dataclasses.replace(doc, **changes))


def test_the_same_note_gives_the_same_bytes(ctx, setup):
    _, contract_id, _ = setup
    note_id, _ = a_return(ctx, contract_id)
    assert (printing.preview_credit_note(ctx.uow(), note_id)
            == printing.preview_credit_note(ctx.uow(), note_id))


# --- recording ------------------------------------------------------------------------------

def test_the_first_print_records_it_under_the_notes_number_and_later_ones_reuse_it(ctx, setup):
    customer, contract_id, _ = setup
    note_id, number = a_return(ctx, contract_id)
    preview = printing.preview_credit_note(ctx.uow(), note_id)
    assert printing.credit_note_document_id(ctx.uow(), note_id) is None
    made = issue(ctx, note_id)
    assert (made.number, made.kind, made.amount) == (number, CREDIT_NOTE, Y("37.50"))
    assert made.pdf == preview and made.sha256 == hashlib.sha256(made.pdf).hexdigest()
    assert printing.credit_note_document_id(ctx.uow(), note_id) == made.id
    [row] = printing.list_documents(ctx.uow(), customer_id=customer)
    assert (row.number, row.kind, row.created_by) == (number, CREDIT_NOTE, "tester")
    assert printing.list_documents(ctx.uow(), contract_id=contract_id) == [row]
    assert printing.document_pdf(ctx.uow(), made.id) == made.pdf
    [entry] = audit_log(ctx, "document")
    assert entry["action"] == "issue" and entry["detail"]["number"] == number
    # Printing again (another clerk was quicker, or a second copy) records nothing new.
    again = issue(ctx, note_id)
    assert (again.id, again.pdf) == (made.id, made.pdf)
    assert count_rows(ctx, Document) == 1 and len(audit_log(ctx, "document")) == 1
    with open_session(ctx) as session:  # no document number was taken: the note's is used
        kinds = [s.kind for s in session.scalars(select(NumberSequence))]
    assert not [k for k in kinds if k.startswith("doc_")]


def test_a_failed_delivery_records_nothing(ctx, setup):
    _, contract_id, _ = setup
    note_id, number = a_return(ctx, contract_id)
    offered = []

    def fail(pdf, offered_number):
        offered.append(offered_number)
        raise FileNotFoundError(errno.ENOENT, "No such file or directory", "/no/such/x.pdf")

    with pytest.raises(FileNotFoundError):
        printing.issue_credit_note(ctx.uow(), note_id, deliver=fail)
    assert offered == [number]
    assert count_rows(ctx, Document) == 0 and audit_log(ctx, "document") == []
    assert issue(ctx, note_id).number == number


def test_a_reversed_note_gets_no_confirmation(ctx, setup):
    _, contract_id, _ = setup
    note_id, _ = an_allowance(ctx, contract_id, "20")
    payment_id = credit_notes.get_credit_note(ctx.uow(), note_id).payment_id
    payments.reverse_payment(ctx.uow(), payment_id, "录错")
    for attempt in (lambda: printing.preview_credit_note(ctx.uow(), note_id),
                    lambda: issue(ctx, note_id)):
        with pytest.raises(ValidationError) as error:
            attempt()
        assert (error.value.field, error.value.reason) == ("credit_note", "already_reversed")
    assert count_rows(ctx, Document) == 0


def test_without_our_company_name_it_is_refused(ctx):
    customer = make_customer(ctx, "C001")
    contract_id, _ = make_contract(ctx, customer, lines=[("10", "12.50")], signed_on="2026-10-01")
    note_id, _ = an_allowance(ctx, contract_id, "5")
    with pytest.raises(ValidationError) as error:
        issue(ctx, note_id)
    assert (error.value.field, error.value.reason) == ("company_name", "company_missing")
    assert count_rows(ctx, Document) == 0
