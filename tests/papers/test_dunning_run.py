"""The 催款 run (services.papers.dunning): letters issued once per customer, level and day
however often and by however many clerks it runs; reprints from the stored bytes; sendings."""
from __future__ import annotations

import datetime as dt
import hashlib
import io
import multiprocessing
import queue

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from models import Document, FollowUp
from models.papers import DunningLetter, DunningLetterItem, LetterSending
from services.admin import company
from services.admin.company import CompanyInfo
from services.core.errors import ValidationError
from services.papers import dunning
from services.papers.dunning import RunCancelled, record_sending, run_dunning
from tests import stress
from tests.conftest import SERVER_URL, TODAY, _empty_server_schema
from tests.factories import (
    audit_log,
    count_rows,
    make_contract,
    make_customer,
    open_session,
    pay,
)

DAY = dt.timedelta(days=1)


def ago(days: int) -> dt.date:
    return TODAY - dt.timedelta(days=days)


def owes(ctx, code, due, amount="500.00") -> int:
    cid = make_customer(ctx, code)
    make_contract(ctx, cid, lines=[("1", amount)], installments=[(due, amount)],
                  late_fee_percent="0.05")
    return cid


def set_up(ctx) -> None:
    company.save_company(ctx.uow(), CompanyInfo(company_name="我司", branch_code="BJ",
                                                company_bank_account="工行 123"))


@pytest.fixture
def named(ctx):
    set_up(ctx)
    return ctx


def test_a_run_issues_numbered_stored_letters_with_their_items(named):
    owes(named, "C001", ago(60), "10000.00")
    owes(named, "C002", TODAY + 30 * DAY)                # nothing overdue: no letter
    run = run_dunning(named.uow(), TODAY)
    [letter] = run.issued
    assert (letter.number, letter.code, letter.level) == ("BJ-CK-2026-00001", "C001", 2)
    assert str(letter.late_fee) == "300.00"
    with open_session(named) as session:
        doc = session.get(Document, letter.document_id)
        assert doc.kind == "dunning_2" and doc.sha256 == hashlib.sha256(doc.pdf).hexdigest()
        row = session.get(DunningLetter, letter.id)
        assert (row.pay_by, row.created_by) == (TODAY + 7 * DAY, "tester")
        [item] = session.scalars(select(DunningLetterItem)).all()
        assert (str(item.remaining), item.days_overdue, str(item.late_fee)) == (
            "10000.00", 60, "300.00")
    assert [e["action"] for e in audit_log(named, "dunning_letter")] == ["issue"]


def test_running_twice_in_a_day_creates_nothing_new(named):
    owes(named, "C001", ago(120))
    first = run_dunning(named.uow(), TODAY)
    again = run_dunning(named.uow(), TODAY)
    assert len(first.issued) == 1 and again.issued == () and again.proposals == ()
    assert count_rows(named, DunningLetter) == 1 and count_rows(named, Document) == 1


def test_a_dry_run_writes_nothing(named):
    owes(named, "C001", ago(120))
    run = run_dunning(named.uow(), TODAY, dry_run=True)
    assert [p.level for p in run.proposals] == [2] and run.issued == ()
    assert count_rows(named, DunningLetter) == 0


def test_a_customer_who_pays_between_runs_gets_no_letter(named):
    cid = owes(named, "C001", ago(40))
    assert len(run_dunning(named.uow(), TODAY).issued) == 1
    pay(named, cid, "500.00")
    named.clock.advance(10)
    assert run_dunning(named.uow(), TODAY + 10 * DAY).proposals == ()


def test_a_proposal_paid_before_the_run_is_not_issued(named):
    cid = owes(named, "C001", ago(40))
    assert len(dunning.dunning_proposals(named.uow(), TODAY)) == 1   # listed on screen
    pay(named, cid, "500.00")                                        # then paid
    assert run_dunning(named.uow(), TODAY).issued == ()


def test_a_managers_skip_to_a_lawyers_letter_is_audited_with_the_reason(named):
    cid = owes(named, "C001", ago(120))
    skip = {cid: (4, "王经理", "拒绝对账")}
    run = run_dunning(named.uow(), TODAY, skip=skip)
    assert [(i.level, i.code) for i in run.issued] == [(4, "C001")]
    skipped = [e for e in audit_log(named, "dunning_letter") if e["action"] == "dunning_skip"]
    assert skipped[0]["detail"]["manager"] == "王经理"
    assert skipped[0]["detail"]["reason"] == "拒绝对账"
    assert skipped[0]["detail"]["skipped_levels"] == [2, 3]


def test_letters_are_not_dated_ahead_but_a_dry_run_may_look_ahead(named):
    owes(named, "C001", ago(40))
    with pytest.raises(ValidationError) as error:
        run_dunning(named.uow(), TODAY + DAY)
    assert (error.value.field, error.value.reason) == ("letter_date", "in_future")
    assert [p.level for p in run_dunning(named.uow(), TODAY + DAY, dry_run=True).proposals] == [2]


def test_level_4_by_days_needs_the_managers_name(named):
    owes(named, "C001", ago(120))
    run_dunning(named.uow(), TODAY)                        # 2
    named.clock.advance(8)
    run_dunning(named.uow(), TODAY + 8 * DAY)              # 3
    named.clock.advance(8)
    held = run_dunning(named.uow(), TODAY + 16 * DAY)
    assert held.issued == () and [p.level for p in held.held] == [4]
    done = run_dunning(named.uow(), TODAY + 16 * DAY, issue_lawyer_letters_by="王经理")
    assert [i.level for i in done.issued] == [4]
    issued = [e for e in audit_log(named, "dunning_letter") if e["detail"]["level"] == 4]
    assert issued[0]["detail"]["manager"] == "王经理"


def test_a_reprint_is_the_stored_bytes_under_the_same_number(named):
    owes(named, "C001", ago(60))
    [letter] = run_dunning(named.uow(), TODAY).issued
    first = dunning.letter_pdf(named.uow(), letter.id)
    assert dunning.letter_pdf(named.uow(), letter.id) == first
    assert letter.number in PdfReader(io.BytesIO(first)).pages[0].extract_text()
    assert count_rows(named, Document) == 1


def test_the_letter_lists_the_contracts_invoice_numbers(named):
    from services.ledger.invoices import InvoiceInput, record_invoice

    cid = make_customer(named, "C001")
    kid, _ = make_contract(named, cid, lines=[("1", "500.00")], installments=[(ago(60), "500.00")])
    record_invoice(named.uow(), kid, InvoiceInput(number="04417788", issued_on=ago(70).isoformat(),
                                                  amount="500.00"))
    [letter] = run_dunning(named.uow(), TODAY).issued
    text = PdfReader(io.BytesIO(dunning.letter_pdf(named.uow(), letter.id))).pages[0]
    assert "04417788" in text.extract_text()


def test_all_letters_as_one_pdf(named):
    owes(named, "C001", ago(60))
    owes(named, "C002", ago(3))
    run = run_dunning(named.uow(), TODAY)
    merged = dunning.letters_pdf(named.uow(), [i.id for i in run.issued])
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(merged)).pages)
    assert all(i.number in text for i in run.issued)


def test_a_cancelled_run_issues_nothing(named):
    owes(named, "C001", ago(60))
    with pytest.raises(RunCancelled):
        run_dunning(named.uow(), TODAY, cancelled=lambda: True)
    assert count_rows(named, DunningLetter) == 0


def test_a_sending_is_recorded_as_a_demand_and_a_follow_up(named):
    owes(named, "C001", ago(60))
    [letter] = run_dunning(named.uow(), TODAY).issued
    record_sending(named.uow(), letter.id, TODAY, "courier", "SF1234567", "小王")
    with open_session(named) as session:
        sending = session.scalars(select(LetterSending)).one()
        assert (sending.sent_on, sending.tracking_number) == (TODAY, "SF1234567")
        follow = session.scalars(select(FollowUp)).one()
        assert (follow.channel, follow.contacted_on) == ("letter", TODAY)
        assert letter.number in follow.said and "SF1234567" in follow.said
    [view] = dunning.letter_views(named.uow(), customer_id=letter.customer_id)
    assert (view.sent_on, view.sent_method) == (TODAY, "courier")


@pytest.mark.parametrize("args, field, reason", [
    ((TODAY, "courier", ""), "tracking_number", "required"),
    ((TODAY, "fax", ""), "method", "not_allowed"),
    ((TODAY + DAY, "wechat", ""), "sent_on", "in_future"),
    ((ago(1), "wechat", ""), "sent_on", "before_letter"),
])
def test_a_bad_sending_is_refused(named, args, field, reason):
    owes(named, "C001", ago(60))
    [letter] = run_dunning(named.uow(), TODAY).issued
    with pytest.raises(ValidationError) as error:
        record_sending(named.uow(), letter.id, *args)
    assert (error.value.field, error.value.reason) == (field, reason)
    assert count_rows(named, LetterSending) == 0


# -- two clerks at once ------------------------------------------------------------------

@pytest.fixture
def db(tmp_path, backend) -> str:
    if backend == "postgresql":
        _empty_server_schema(SERVER_URL)
        return SERVER_URL
    return str(tmp_path / "shared.sqlite3")


def run_in_process(db, start, results) -> None:
    ctx = stress.open_ctx(db, "clerk")
    start.wait()
    try:
        run = stress.when_free(lambda: run_dunning(ctx.uow(), TODAY))
    finally:
        ctx.close()
    results.put([i.number for i in run.issued])


def test_two_clerks_running_at_once_issue_each_letter_once(db):
    ctx = stress.open_ctx(db, "setup")
    try:
        set_up(ctx)
        for n in range(6):
            owes(ctx, f"C{n:03}", ago(10 + n * 20))
    finally:
        ctx.close()
    mp = multiprocessing.get_context("spawn")
    start, results = mp.Event(), mp.Queue()
    procs = [mp.Process(target=run_in_process, args=(db, start, results)) for _ in range(2)]
    for proc in procs:
        proc.start()
    start.set()
    found = []
    while len(found) < 2:
        try:
            found.append(results.get(timeout=1))
        except queue.Empty:
            assert any(p.is_alive() for p in procs), "a process died; its traceback is above"
    for proc in procs:
        proc.join(timeout=60)
        assert proc.exitcode == 0
    numbers = sorted(found[0] + found[1])
    assert numbers == [f"BJ-CK-2026-{n:05}" for n in range(1, 7)]
    ctx = stress.open_ctx(db, "check")
    try:
        assert count_rows(ctx, DunningLetter) == 6 and count_rows(ctx, Document) == 6
    finally:
        ctx.close()
