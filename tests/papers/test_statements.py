"""Customer statements (对账确认函): what the paper says (pypdf), the running balance, numbers
and stored bytes, replies, the batch, and the ledger's balance on the demo database."""
from __future__ import annotations

import datetime as dt
import hashlib
import io
import re
from decimal import Decimal

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from models import Contract, Customer, Document, Installment, Statement
from services.admin import company
from services.admin.company import CompanyInfo
from services.core.clock import FixedClock
from services.core.errors import ValidationError
from services.documents.money import amount_in_words
from services.documents.statement_content import APPLICATION
from services.documents.statement_pdf import check
from services.ledger import applications, credit_notes, invoices, payments
from services.ledger.balances import owed, owed_since
from services.ledger.credit_notes import CreditNoteInput
from services.papers import statement_batch, statements
from tests.factories import (
    count_rows,
    installment_ids,
    make_contract,
    make_customer,
    open_session,
    pay,
    set_branch,
)

Y = Decimal
NAME = "A&B <公司> \"东\"'西'"


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def pages(pdf: bytes) -> list[str]:
    return [squeeze(page.extract_text()) for page in PdfReader(io.BytesIO(pdf)).pages]


def at(clock: FixedClock, day: str) -> None:
    clock.advance((dt.date.fromisoformat(day) - clock.today()).days)


@pytest.fixture
def ledger(ctx, clock):
    """C001 (a name needing escapes): contract 1 delivered 03-01 (10,000: 5,000 due 03-31 and
    06-30; invoice 04400012), 4,000 paid 04-10; 3,000 paid 07-01 and reversed 07-15; 1,000 on
    08-01 applied to nothing; contract 2 confirmed 09-01 with a 600 deposit; the credit
    applied to it on 10-01; an allowance of 500 on contract 1 on 10-10."""
    company.save_company(ctx.uow(), CompanyInfo(
        company_name="北京康泰医疗用品有限公司", company_phone="010-63718800",
        company_bank_account="中国工商银行北京丰台支行 0200 0045 0920 0123 456"))
    set_branch(ctx, "BJ")
    customer = make_customer(ctx, "C001", NAME)
    first, first_no = make_contract(ctx, customer, lines=[("10", "1000")], signed_on="2026-03-01",
                                    installments=[("2026-03-31", "5000"), ("2026-06-30", "5000")])
    invoices.record_invoice(ctx.uow(), first, invoices.InvoiceInput(
        number="04400012", issued_on="2026-03-02", amount="10000"))
    at(clock, "2026-04-10")
    pay(ctx, customer, "4000", received_on="2026-04-10")
    at(clock, "2026-07-01")
    bounced = pay(ctx, customer, "3000", received_on="2026-07-01")
    at(clock, "2026-07-15")
    payments.reverse_payment(ctx.uow(), bounced, "承兑汇票退票")
    at(clock, "2026-08-01")
    pay(ctx, customer, "1000", received_on="2026-08-01", allocations=[])
    second, second_no = make_contract(
        ctx, customer, lines=[("1", "2000")], signed_on="2026-09-01", status="confirmed",
        installments=[("2026-09-05", "600", None, True), ("2026-12-31", "1400")])
    at(clock, "2026-10-01")
    applications.apply_credit(ctx.uow(), customer, applications.ApplicationInput(
        applied_on="2026-10-01",
        allocations=[payments.AllocationInput(installment_ids(ctx, second)[0], "600")]))
    at(clock, "2026-10-10")
    credit_notes.create_credit_note(ctx.uow(), CreditNoteInput(
        contract_id=first, kind="allowance", issued_on="2026-10-10", reason="包装破损",
        amount="500"))
    at(clock, "2026-11-24")
    return customer, first_no, second_no


def content(ctx, customer, first="2026-06-01", last="2026-11-24"):
    with ctx.uow() as uow:
        return statements.statement_content(uow, customer, "BJ-DZ-2026-09999",
                                            dt.date.fromisoformat(first),
                                            dt.date.fromisoformat(last))


def test_running_balance_counts_what_changes_the_net_balance(ctx, ledger):
    customer, first_no, second_no = ledger
    doc = content(ctx, customer)
    assert doc.opening == Y("6000.00")  # 10,000 owed − 4,000 paid on 05-31
    assert [(line.day.isoformat(), line.kind, line.debit, line.credit, line.balance)
            for line in doc.lines] == [
        ("2026-07-01", "payment", None, Y("3000.00"), Y("3000.00")),
        ("2026-07-15", "reversal", Y("3000.00"), None, Y("6000.00")),
        ("2026-08-01", "payment", None, Y("1000.00"), Y("5000.00")),
        ("2026-09-01", "owed", Y("600.00"), None, Y("5600.00")),
        ("2026-10-01", "application", None, None, Y("5600.00")),
        ("2026-10-10", "credit_note", None, Y("500.00"), Y("5100.00")),
    ]
    assert doc.closing == Y("5100.00")
    assert (doc.closing_owed, doc.closing_credit) == (Y("5500.00"), Y("400.00"))
    application = next(line for line in doc.lines if line.kind == APPLICATION)
    assert second_no in application.note and "600.00" in application.note
    # 03-31's 1,000 left is 238 days late; 06-30's 4,500 (after the allowance) 147 days
    assert [(b.label, b.amount) for b in doc.aging if b.amount] == [
        ("91–180", Y("4500.00")), ("181–365", Y("1000.00"))]
    # the aging report's words: the column head says they are days (账龄（逾期天数）)
    assert [b.label for b in doc.aging][-2:] == ["181–365", "365 以上"]
    assert [(c.number, c.remaining, c.invoices) for c in doc.contracts] == [
        (first_no, Y("5500.00"), ["04400012"]), (second_no, Y("0.00"), [])]
    check(doc)


def test_a_period_from_the_start_opens_at_zero(ctx, ledger):
    customer, *_ = ledger
    doc = content(ctx, customer, "2026-01-01")
    assert doc.opening == 0 and doc.lines[0].kind == "owed"
    assert doc.lines[0].debit == Y("10000.00") and doc.closing == Y("5100.00")


def test_every_element_is_in_the_pdf_and_user_text_is_escaped(ctx, ledger):
    customer, first_no, second_no = ledger
    made = statements.issue_statement(ctx.uow(), customer, dt.date(2026, 6, 1))
    text = "".join(pages(made.pdf))
    for needle in ("对账确认函", made.number, "2026年6月1日至2026年11月24日", squeeze(NAME),
                   "客户编号：C001", "期初余额", "¥6,000.00", "收款（银行转账）",
                   "冲回2026-07-01的收款（银行转账）", "预收款核销", "余额不变",
                   f"合同{second_no}定金（合同确认）", "折让（合同", "¥5,100.00",
                   "人民币伍仟壹佰元整（¥5,100.00）", "应收未付¥5,500.00", "¥400.00",
                   "账龄（逾期天数）", "91–180¥4,500.00", "365以上", "04400012", first_no, "中国工商银行北京丰台支行020000450920",
                   "对账联系人", "tester", "010-63718800", "以上数据相符",
                   "数据不符，请列明不符事项", "贵司记录的余额", "单位盖章", "日期：_",
                   "出具方（债权人）", "客户（确认方）", "第1页/共"):
        assert squeeze(needle) in text, needle
    words = re.findall(r"人民币([零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整]+)（¥([\d,]+\.\d\d)）", text)
    assert words and all(amount_in_words(Y(f.replace(",", ""))) == w for w, f in words)
    assert "&amp;" not in text and "&lt;" not in text
    assert "以上天" not in text


def test_issue_numbers_stores_bytes_and_hash_and_reprints_them(ctx, ledger):
    customer, *_ = ledger
    one = statements.issue_statement(ctx.uow(), customer, dt.date(2026, 6, 1),
                                     dt.date(2026, 9, 30))
    two = statements.issue_statement(ctx.uow(), customer)
    assert (one.number, two.number) == ("BJ-DZ-2026-00001", "BJ-DZ-2026-00002")
    assert two.period_from == dt.date(2026, 10, 1)  # the day after the last statement ended
    assert two.opening == one.closing
    with open_session(ctx) as session:
        document = session.get(Document, one.document_id)
        assert (document.kind, document.amount) == ("statement", one.closing)
        assert document.sha256 == hashlib.sha256(document.pdf).hexdigest() == one.sha256
        row = session.get(Statement, one.id)
        assert (row.status, row.opening, row.closing) == ("issued", one.opening, one.closing)
    assert statements.statement_pdf(ctx.uow(), one.id) == one.pdf
    listed = statements.list_statements(ctx.uow(), customer)
    assert [r.number for r in listed] == [two.number, one.number]


def test_first_statement_starts_at_the_first_movement(ctx, ledger):
    customer, *_ = ledger
    assert statements.suggested_period(ctx.uow(), customer) == (
        dt.date(2026, 3, 1), dt.date(2026, 11, 24))


def test_a_failed_delivery_records_nothing_and_uses_no_number(ctx, ledger):
    customer, *_ = ledger

    def refuse(_pdf, _number):
        raise OSError("disk gone")

    with pytest.raises(OSError):
        statements.issue_statement(ctx.uow(), customer, deliver=refuse)
    assert count_rows(ctx, Statement) == 0 and count_rows(ctx, Document) == 0
    assert statements.issue_statement(ctx.uow(), customer).number == "BJ-DZ-2026-00001"


def test_backwards_or_future_periods_are_refused(ctx, ledger):
    customer, *_ = ledger
    with pytest.raises(ValidationError) as error:
        statements.issue_statement(ctx.uow(), customer, dt.date(2026, 9, 1), dt.date(2026, 8, 1))
    assert (error.value.field, error.value.reason) == ("period_from", "after_period_end")
    with pytest.raises(ValidationError) as error:
        statements.issue_statement(ctx.uow(), customer, None, dt.date(2026, 11, 25))
    assert error.value.reason == "in_future"


def test_reply_rules(ctx, ledger, clock):
    customer, *_ = ledger
    one = statements.issue_statement(ctx.uow(), customer).id
    two = statements.issue_statement(ctx.uow(), customer, dt.date(2026, 11, 1)).id
    with pytest.raises(ValidationError) as error:  # disputed needs a figure or a note
        statements.record_reply(ctx.uow(), two, False, dt.date(2026, 11, 24), None, "  ")
    assert error.value.reason == "reply_without_difference"
    with pytest.raises(ValidationError) as error:
        statements.record_reply(ctx.uow(), one, True, dt.date(2026, 11, 23))
    assert error.value.reason == "before_statement"
    with pytest.raises(ValidationError) as error:
        statements.record_reply(ctx.uow(), one, True, dt.date(2026, 11, 25))
    assert error.value.reason == "in_future"
    assert statements.record_reply(ctx.uow(), one, True, dt.date(2026, 11, 24)) == "confirmed"
    assert statements.record_reply(ctx.uow(), two, False, dt.date(2026, 11, 24), Y("4600.00"),
                                   "10月10日的折让我司未入账") == "disputed"
    with pytest.raises(ValidationError) as error:
        statements.record_reply(ctx.uow(), one, False, dt.date(2026, 11, 24), Y("1"))
    assert error.value.reason == "already_replied"
    rows = {r.id: r for r in statements.list_statements(ctx.uow(), customer)}
    assert (rows[one].status, rows[one].customer_balance) == ("confirmed", Y("5100.00"))
    assert (rows[two].status, rows[two].customer_balance, rows[two].reply_note) == (
        "disputed", Y("4600.00"), "10月10日的折让我司未入账")


# --- the batch ------------------------------------------------------------------------------

@pytest.fixture
def two_customers(ctx, ledger):
    other = make_customer(ctx, "C002", "北京/九州:诊所")
    make_contract(ctx, other, lines=[("1", "800")], signed_on="2026-11-01")
    make_customer(ctx, "C003", "无往来")
    return ledger[0], other


def test_batch_lists_customers_with_a_balance(ctx, two_customers):
    assert [c.code for c in statement_batch.candidates(ctx)] == ["C001", "C002"]


def test_batch_into_one_pdf_numbers_pages_per_statement(ctx, two_customers, tmp_path):
    ids, seen = list(two_customers), []
    result = statement_batch.to_one_pdf(ctx, ids, dt.date(2026, 6, 1), None,
                                        tmp_path / "all.pdf",
                                        progress=lambda d, t: seen.append((d, t)))
    assert seen == [(1, 2), (2, 2)] and not result.cancelled
    assert [m.number for m in result.issued] == ["BJ-DZ-2026-00001", "BJ-DZ-2026-00002"]
    texts = pages((tmp_path / "all.pdf").read_bytes())
    singles = [len(PdfReader(io.BytesIO(m.pdf)).pages) for m in result.issued]
    assert len(texts) == sum(singles)
    assert sum("第1页/共" in t for t in texts) == 2
    assert count_rows(ctx, Statement) == 2


def test_cancelling_a_one_pdf_batch_records_nothing(ctx, two_customers, tmp_path):
    asked = []

    def cancelled():
        asked.append(1)
        return len(asked) > 1

    result = statement_batch.to_one_pdf(ctx, list(two_customers), None, None,
                                        tmp_path / "all.pdf", cancelled=cancelled)
    assert result.cancelled and not result.issued
    assert not (tmp_path / "all.pdf").exists()
    assert count_rows(ctx, Statement) == 0 and count_rows(ctx, Document) == 0


def test_batch_into_files_names_them_by_code_and_name(ctx, two_customers, tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    result = statement_batch.to_files(ctx, list(two_customers), None, None, folder)
    names = sorted(p.name for p in folder.iterdir())
    assert names == ["C001 A&B _公司_ _东_'西'.pdf", "C002 北京_九州_诊所.pdf"]
    assert [p.read_bytes() for p in result.files] == [m.pdf for m in result.issued]


def test_cancelling_a_batch_into_files_keeps_what_was_written(ctx, two_customers, tmp_path):
    asked = []

    def cancelled():
        asked.append(1)
        return len(asked) > 1

    folder = tmp_path / "out"
    folder.mkdir()
    result = statement_batch.to_files(ctx, list(two_customers), None, None, folder,
                                      cancelled=cancelled)
    assert result.cancelled and len(result.issued) == 1 and len(list(folder.iterdir())) == 1
    assert count_rows(ctx, Statement) == 1


# --- the demo database: the statement's balance is the ledger's -----------------------------

@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    from services.admin.bootstrap import open_context
    from services.demo.generate import write_demo

    ctx = open_context(tmp_path_factory.mktemp("demo") / "demo.sqlite3",
                       FixedClock(dt.date(2026, 11, 24)), operator="tester")
    write_demo(ctx)
    yield ctx
    ctx.engine.dispose()


@pytest.mark.parametrize("first,last", [("2026-01-01", "2026-11-24"),
                                        ("2025-06-01", "2026-05-31"),
                                        ("2026-08-15", "2026-08-31")])
def test_every_demo_customers_closing_is_its_ledger_balance(demo, first, last):
    first, last = dt.date.fromisoformat(first), dt.date.fromisoformat(last)
    with demo.uow() as uow:
        ids = list(uow.session.scalars(select(Customer.id)))
        assert ids
        for customer_id in ids:
            doc = statements.statement_content(uow, customer_id, "X", first, last)
            owed_end, credit_end = statements.net_balance(uow.session, customer_id, last)
            assert doc.closing == owed_end - credit_end, customer_id
            owed_then, credit_then = statements.net_balance(uow.session, customer_id,
                                                            first - dt.timedelta(days=1))
            assert doc.opening == owed_then - credit_then, customer_id
            check(doc)  # the running balance ends at the closing, the aging adds up


def test_owed_since_is_the_day_owed_starts(demo):
    with demo.uow() as uow:
        for day in (dt.date(2025, 9, 1), dt.date(2026, 3, 15), dt.date(2026, 11, 24)):
            base = select(Installment.id).join(Contract, Contract.id == Installment.contract_id)
            by_rule = set(uow.session.scalars(base.where(owed(day))))
            by_day = set(uow.session.scalars(base.where(owed_since() <= day)))
            assert by_rule == by_day and by_rule


def test_the_statement_reads_the_open_installments_once(ctx, ledger):
    """The period's owed lines and the open installments at its end (closing, aging,
    contracts) are each queried once."""
    from sqlalchemy import event

    customer, *_ = ledger
    seen: list[str] = []

    def record(_conn, _cursor, statement, *_args):
        seen.append(statement)

    event.listen(ctx.engine, "before_cursor_execute", record)
    try:
        content(ctx, customer)
    finally:
        event.remove(ctx.engine, "before_cursor_execute", record)
    assert sum("AS owing" in s for s in seen) == 1  # the owed lines
    # installment_balances: once for the opening, once for the end (closing, aging, contracts)
    assert sum("AS inst" in s for s in seen) == 2


def test_the_next_default_period_never_repeats_a_stated_day(ctx, ledger, clock):
    """A statement ended yesterday: the next starts today. One ended today: nothing new to
    state, so the default is refused (from after to) and nothing is recorded; a period given
    in full may cover stated days again."""
    customer, *_ = ledger
    first = statements.issue_statement(ctx.uow(), customer, None, dt.date(2026, 11, 23))
    assert first.period_to == dt.date(2026, 11, 23)
    second = statements.issue_statement(ctx.uow(), customer)
    assert (second.period_from, second.period_to) == (dt.date(2026, 11, 24),) * 2
    assert statements.suggested_period(ctx.uow(), customer) == (
        dt.date(2026, 11, 25), dt.date(2026, 11, 24))
    with pytest.raises(ValidationError) as error:
        statements.issue_statement(ctx.uow(), customer)
    assert (error.value.field, error.value.reason) == ("period_from", "after_period_end")
    assert count_rows(ctx, Statement) == 2
    again = statements.issue_statement(ctx.uow(), customer, dt.date(2026, 1, 1))
    assert again.period_to == dt.date(2026, 11, 24)


@pytest.mark.parametrize("one_pdf", [True, False])
def test_a_customer_whose_statement_fails_is_skipped_and_the_batch_goes_on(ctx, two_customers,
                                                                          tmp_path, one_pdf):
    """C001 was stated up to today: nothing new to state, so its default period is refused;
    C002's statement is issued all the same and C001 is reported with the reason."""
    first, _other = two_customers
    statements.issue_statement(ctx.uow(), first)
    if one_pdf:
        result = statement_batch.to_one_pdf(ctx, list(two_customers), None, None,
                                            tmp_path / "all.pdf")
    else:
        result = statement_batch.to_files(ctx, list(two_customers), None, None, tmp_path)
    assert [m.customer_id for m in result.issued] == [two_customers[1]]
    assert [(code, error.reason) for code, error in result.skipped] == [
        ("C001", "after_period_end")]
    assert result.files and all(path.exists() for path in result.files)
    assert count_rows(ctx, Statement) == 2


def test_a_batch_without_our_company_name_stops_whole(ctx, two_customers, tmp_path):
    company.save_company(ctx.uow(), CompanyInfo(company_name=""))
    with pytest.raises(ValidationError) as error:
        statement_batch.to_one_pdf(ctx, list(two_customers), None, None, tmp_path / "all.pdf")
    assert error.value.field == "company_name"
    assert count_rows(ctx, Statement) == 0 and not (tmp_path / "all.pdf").exists()
