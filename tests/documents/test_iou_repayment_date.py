"""An IOU is printed with the repayment date agreed now (issue 13): refused without one, the date
printed as the deadline, the installments' old due dates shown as 原到期日 and never as the
deadline, the date kept with the document (Document.pay_by)."""
from __future__ import annotations

import datetime as dt
import re

import pytest

from models import Document
from services.admin import company
from services.admin.company import CompanyInfo
from services.core.errors import ValidationError
from services.documents import printing
from services.documents.content import IOU, Due
from tests.documents.test_documents_render import iou
from tests.documents.test_printing import issue, nothing_issued, pdf_text
from tests.factories import audit_log, make_contract, make_customer, open_session, set_branch


@pytest.fixture
def delivered(ctx):
    """(customer, contract, number): 700.00 due 2026-11-05 (past due today, 2026-11-24) and
    801.00 due 2026-12-05."""
    company.save_company(ctx.uow(), CompanyInfo(company_name="北京康泰医疗用品有限公司"))
    set_branch(ctx, "BJ")
    customer_id = make_customer(ctx, "C001", "天津和平医院")
    contract_id, number = make_contract(
        ctx, customer_id, signed_on="2026-10-01", lines=[("10", "150.1", "医用口罩")],
        installments=[("2026-11-05", "700"), ("2026-12-05", "801")])
    return customer_id, contract_id, number


def squeezed(pdf: bytes) -> str:
    return re.sub(r"\s+", "", pdf_text(pdf))


@pytest.mark.parametrize("pay_by", [None, "", "  "])
def test_an_iou_without_a_repayment_date_is_refused_and_nothing_recorded(ctx, delivered, pay_by):
    _, contract_id, _ = delivered
    with pytest.raises(ValidationError) as error:
        printing.issue_document(ctx.uow(), IOU, contract_id=contract_id, pay_by=pay_by,
                                deliver=lambda pdf, number: pytest.fail("delivered"))
    assert (error.value.field, error.value.reason) == ("pay_by", "required")
    assert nothing_issued(ctx)


@pytest.mark.parametrize("pay_by, reason", [("2026-11-23", "before_today"),
                                            ("2026-02-30", "not_a_date")])
def test_a_repayment_date_in_the_past_or_not_a_date_is_refused(ctx, delivered, pay_by, reason):
    customer_id, _, _ = delivered
    with pytest.raises(ValidationError) as error:
        issue(ctx, IOU, customer_id=customer_id, pay_by=pay_by)
    assert (error.value.field, error.value.reason) == ("pay_by", reason)
    with pytest.raises(ValidationError):
        printing.preview_document(ctx.uow(), IOU, customer_id=customer_id, pay_by=pay_by)
    assert nothing_issued(ctx)


def test_the_agreed_date_is_the_deadline_and_old_due_dates_are_shown_as_such(ctx, delivered):
    """Installments due 2026-11-05 (past) and 2026-12-05, printed on 2026-11-24 with 12-01 agreed:
    the past one is to be paid by 12-01, the later one keeps its own date."""
    _, contract_id, number = delivered
    made = issue(ctx, IOU, contract_id=contract_id, pay_by=dt.date(2026, 12, 1))
    text = squeezed(made.pdf)
    assert "双方约定还款日期为2026年12月1日" in text
    assert "原到期日付款期限" in text
    assert f"{number}2026年11月5日2026年12月1日前" in text
    assert f"{number}2026年12月5日2026年12月5日前" in text
    assert "2026年11月5日前" not in text   # the old date is never the deadline
    with open_session(ctx) as session:
        assert session.get(Document, made.id).pay_by == dt.date(2026, 12, 1)
    assert audit_log(ctx, "document")[-1]["detail"]["pay_by"] == "2026-12-01"


def test_today_is_a_valid_repayment_date(ctx, delivered):
    customer_id, _, _ = delivered
    made = issue(ctx, IOU, customer_id=customer_id, pay_by="2026-11-24")
    assert "双方约定还款日期为2026年11月24日" in squeezed(made.pdf)


def test_a_preview_before_the_date_is_given_says_it_is_to_be_agreed(ctx, delivered):
    _, contract_id, _ = delivered
    text = squeezed(printing.preview_document(ctx.uow(), IOU, contract_id=contract_id))
    assert "还款日期：（待约定）" in text and "（待约定）" in text.split("原到期日", 1)[1]
    dated = squeezed(printing.preview_document(ctx.uow(), IOU, contract_id=contract_id,
                                               pay_by="2026-12-10"))
    assert "双方约定还款日期为2026年12月10日" in dated
    assert nothing_issued(ctx)


def test_the_deadline_is_the_later_of_the_agreed_date_and_the_due_date():
    doc = iou(pay_by=dt.date(2026, 12, 31))
    assert doc.deadline(Due(dt.date(2025, 12, 11), 1)) == dt.date(2026, 12, 31)
    assert doc.deadline(Due(dt.date(2027, 1, 20), 1)) == dt.date(2027, 1, 20)
    assert iou(pay_by=None).deadline(Due(dt.date(2025, 12, 11), 1)) is None
