"""The buyer's box on the price confirmation and the IOU shows the customer's 统一社会信用代码 as
its tax number and "开户行 账号" as its account."""
from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from services.admin import company
from services.admin.company import CompanyInfo
from services.documents import printing
from services.documents.content import IOU, PRICE_CONFIRMATION
from tests.factories import make_contract, make_customer, set_branch


@pytest.fixture
def our_company(ctx):
    company.save_company(ctx.uow(), CompanyInfo(
        company_name="北京康泰医疗用品有限公司", company_tax_number="91110106MA01ABCD2X",
        company_bank_account="中国银行北京丰台支行 3456 7890 1234"))
    set_branch(ctx, "BJ")


def _text(pdf: bytes) -> str:
    """The text of every page (the words as drawn, lines broken where the PDF breaks them)."""
    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


@pytest.mark.parametrize("kind", [PRICE_CONFIRMATION, IOU])
def test_the_buyer_box_shows_the_credit_code_and_the_bank(ctx, our_company, kind):
    customer_id = make_customer(ctx, "C001", "福州仁和药房有限公司", credit_code="91350100M000100Y43",
                                bank_name="中国工商银行福州分行营业部",
                                bank_account="1402 0230 0920 0012 345")
    contract_id, _ = make_contract(ctx, customer_id, lines=[("1", "100")])
    text = _text(printing.preview_document(ctx.uow(), kind, contract_id=contract_id))
    assert text.count("91350100M000100Y43") == 1
    flat = "".join(text.split())  # the box wraps the account onto a second line
    assert "".join("中国工商银行福州分行营业部 1402 0230 0920 0012 345".split()) in flat
    assert "91110106MA01ABCD2X" in text  # ours still there


def test_only_what_is_known_is_printed(ctx, our_company):
    customer_id = make_customer(ctx, "C001", bank_account="6222 0200 1234")
    contract_id, _ = make_contract(ctx, customer_id, lines=[("1", "100")])
    content = _buyer_of(ctx, contract_id)
    assert (content.tax_number, content.bank_account) == ("", "6222 0200 1234")
    customer_id = make_customer(ctx, "C002")
    contract_id, _ = make_contract(ctx, customer_id, lines=[("1", "100")])
    content = _buyer_of(ctx, contract_id)
    assert (content.tax_number, content.bank_account) == ("", "")


def _buyer_of(ctx, contract_id):
    with ctx.uow() as uow:
        return printing.price_confirmation_content(uow, contract_id, "X").buyer
