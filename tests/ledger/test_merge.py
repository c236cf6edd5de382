"""Merging two customers that are one (services.ledger.merge): everything moves to the one
kept, in one transaction, audited; both codes find it afterwards; the money adds up."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from models import (
    Attachment,
    Base,
    CollectionTarget,
    Contract,
    Customer,
    DunningLetter,
    Invoice,
)
from services.admin import company
from services.admin.company import CompanyInfo
from services.collection import plan
from services.collection.follow_ups import FollowUpInput, record_follow_up
from services.collection.limitation import record_legal_action
from services.collection.promises import PromiseInput, record_promise
from services.core.errors import EditConflict, NotFound, ValidationError
from services.core.listing import ListQuery
from services.documents.attachments import add_attachment
from services.documents.printing import issue_document
from services.ledger import balances, customers, merge
from services.ledger.credit_notes import ALLOWANCE, CreditNoteInput, create_credit_note
from services.ledger.invoices import InvoiceInput, record_invoice
from services.ledger.merge import MOVED_AS_THEY_ARE, merge_customers, merge_preview
from services.papers.dunning import record_sending, run_dunning
from services.papers.statements import issue_statement
from services.reports.aging import aging
from tests.conftest import TODAY
from tests.factories import (
    audit_log,
    count_rows,
    installment_ids,
    make_contract,
    make_customer,
    open_session,
    pay,
)

NOVEMBER, DECEMBER = dt.date(2026, 11, 1), dt.date(2026, 12, 1)
LONG_AGO = TODAY - dt.timedelta(days=60)


def owing(ctx, customer_id: int, amount: str, **kwargs) -> int:
    """A delivered contract of `amount`, all due 60 days ago; returns its id."""
    cid, _ = make_contract(ctx, customer_id, lines=[("1", amount)],
                           installments=[(LONG_AGO, amount)], signed_on="2026-08-01", **kwargs)
    return cid


@pytest.fixture
def pair(ctx):
    """Kept C001 owing 10,000 (a November target of 3,000); merged C-0042 owing 5,000 (paid
    1,000, an allowance of 100, 300 of unapplied credit) plus a confirmed contract of 2,000 not
    yet owed, with a November and a December target."""
    company.save_company(ctx.uow(), CompanyInfo(company_name="我司", branch_code="BJ",
                                                company_bank_account="工行 123"))
    keep = make_customer(ctx, "C001", "北京九州诊所")
    gone = make_customer(ctx, "C-0042", "北京九州诊所（旧）", short_name="九州老号")
    owing(ctx, keep, "10000.00")
    delivered = owing(ctx, gone, "5000.00", salesperson="李四")
    make_contract(ctx, gone, lines=[("1", "2000.00")], status="confirmed",
                  installments=[(TODAY + dt.timedelta(days=40), "2000.00")])
    pay(ctx, gone, "1000.00", contract_id=delivered)
    pay(ctx, gone, "300.00", allocations=[])                     # stays credit
    create_credit_note(ctx.uow(), CreditNoteInput(contract_id=delivered, kind=ALLOWANCE,
                                                  issued_on=TODAY.isoformat(), reason="破损",
                                                  amount="100.00"))
    plan.set_target(ctx.uow(), keep, NOVEMBER, "3000")
    plan.set_target(ctx.uow(), gone, NOVEMBER, "1500")
    plan.set_target(ctx.uow(), gone, DECEMBER, "800")
    return ctx, keep, gone, delivered


def papers_for(ctx, customer_id: int, contract_id: int, tmp_path) -> None:
    """The merged customer's promise, follow-up, legal action, invoice, attachment, IOU and
    statement."""
    record_promise(ctx.uow(), customer_id, PromiseInput(promised_on="2026-11-30",
                                                        amount="500", made_by="王会计"))
    record_follow_up(ctx.uow(), customer_id, FollowUpInput(contacted_on=TODAY.isoformat(),
                                                           channel="call", said="月底付"))
    record_legal_action(ctx.uow(), customer_id, TODAY, "payment_order", "支付令")
    record_invoice(ctx.uow(), contract_id, InvoiceInput(number="00112233",
                                                        issued_on="2026-08-01", amount="5000"))
    scan = tmp_path / "签回件.pdf"
    scan.write_bytes(b"%PDF-1.4 scan")
    add_attachment(ctx.uow(), contract_id, "iou", scan)
    issue_document(ctx.uow(), "iou", contract_id=contract_id, pay_by=TODAY,
                   deliver=lambda pdf, number: None)
    issue_statement(ctx.uow(), customer_id, dt.date(2026, 8, 1), TODAY)


def owner_counts(ctx, customer_id: int) -> dict[str, int]:
    """Rows of each kind pointing at the customer."""
    with open_session(ctx) as session:
        found = {kind: session.scalar(select(func.count()).select_from(model)
                                      .where(model.customer_id == customer_id))
                 for kind, model in MOVED_AS_THEY_ARE.items()}
        found["dunning_letters"] = session.scalar(select(func.count(DunningLetter.id)).where(
            DunningLetter.customer_id == customer_id))
        return found


def figures(ctx, customer_id: int) -> dict:
    """Outstanding, overdue and credit (customer dialog), aging and exposure of a customer."""
    detail = customers.get_customer(ctx.uow(), customer_id)
    row = {r.customer_id: r for r in aging(ctx.uow()).rows}.get(customer_id)
    with open_session(ctx) as session:
        exposure = balances.exposures(session, TODAY, [customer_id])[customer_id]
    return {"outstanding": detail.outstanding, "overdue": detail.overdue,
            "credit": detail.credit, "aging": row.buckets if row else None,
            "aging_credit": row.credit if row else None, "owed": exposure.owed,
            "committed": exposure.committed, "exposure_credit": exposure.credit}


def added(first: dict, second: dict) -> dict:
    return {key: (tuple(a + b for a, b in zip(first[key], second[key], strict=True))
                  if isinstance(first[key], tuple) else first[key] + second[key])
            for key in first}


def test_every_kind_of_row_moves_to_the_kept_customer(pair, tmp_path):
    ctx, keep, gone, delivered = pair
    papers_for(ctx, gone, delivered, tmp_path)
    before_gone, before_keep = owner_counts(ctx, gone), owner_counts(ctx, keep)
    preview = merge_preview(ctx.uow(), keep, gone)

    result = merge_customers(ctx.uow(), keep, gone, "同一客户录入两次")

    assert result.counts == preview.counts
    assert (result.kept_id, result.merged_code) == (keep, "C-0042")
    counts = result.counts
    assert (counts.contracts, counts.payments, counts.credit_notes, counts.promises,
            counts.follow_ups, counts.statements, counts.legal_actions, counts.invoices,
            counts.attachments, counts.collection_targets, counts.targets_added) == (
        2, 3, 1, 1, 1, 1, 1, 1, 1, 2, 1)   # 3 payments: 1,000, the credit, the allowance
    assert counts.documents == before_gone["documents"] == 2  # the IOU and the statement
    after = owner_counts(ctx, keep)
    assert after == {k: before_keep[k] + before_gone[k] for k in after}
    assert owner_counts(ctx, gone) == dict.fromkeys(after, 0)
    with open_session(ctx) as session:
        assert session.get(Customer, gone) is None
        contract = session.get(Contract, delivered)
        assert (contract.customer_id, contract.salesperson) == (keep, "李四")
        assert contract.number.startswith("BJ-")
        assert session.scalar(select(func.count(Invoice.id))
                              .where(Invoice.contract_id == delivered)) == 1
        assert session.scalar(select(func.count(Attachment.id))
                              .where(Attachment.contract_id == delivered)) == 1
        assert balances.paid_cache_mismatches(session) == []


def test_the_guard_knows_every_table_that_points_at_a_customer():
    """A table added later with a customer_id must be taught to the merge."""
    pointing = {table.name for table in Base.metadata.sorted_tables
                for column in table.columns for key in column.foreign_keys
                if key.target_fullname == "customer.id"}
    handled = {model.__tablename__ for model in MOVED_AS_THEY_ARE.values()}
    assert pointing == handled | {"dunning_letter", "collection_target"}


def test_both_codes_and_names_find_the_kept_customer(pair):
    ctx, keep, gone, _ = pair
    merge_customers(ctx.uow(), keep, gone, "旧系统编码")
    for typed in ("C-0042", "c-0042", "0042", "（旧）", "九州", "C001", "bjjz"):
        assert customers.customer_ids(ctx.uow(), ListQuery(text=typed)) == [keep], typed
    choices = customers.customer_choices(ctx.uow())
    for typed in ("C-0042", "c-0042", "（旧）", "bjjz", "C001"):
        assert [c.id for c in choices if customers.choice_matcher(typed)(c)] == [keep], typed
    with open_session(ctx) as session:
        kept = session.get(Customer, keep)
        assert kept.former_codes == "C-0042 北京九州诊所（旧）"
        assert kept.name == "北京九州诊所" and kept.code == "C001"


def test_the_old_names_pinyin_finds_it_and_survives_a_rename(pair):
    ctx, keep, _, _ = pair
    other = make_customer(ctx, "C009", "天津百草药业")
    merge_customers(ctx.uow(), keep, other, "并户")
    assert customers.customer_ids(ctx.uow(), ListQuery(text="tjbc")) == [keep]
    detail = customers.get_customer(ctx.uow(), keep)
    detail.data.name = "北京九州医疗"
    customers.update_customer(ctx.uow(), keep, detail.data, detail.version)
    assert customers.customer_ids(ctx.uow(), ListQuery(text="tjbc")) == [keep]
    assert customers.customer_ids(ctx.uow(), ListQuery(text="jzyl")) == [keep]


def test_a_customer_merged_twice_carries_every_former_code(pair):
    ctx, keep, gone, _ = pair
    third = make_customer(ctx, "OLD-7", "九州诊所")
    merge_customers(ctx.uow(), gone, third, "重复")
    merge_customers(ctx.uow(), keep, gone, "重复")
    with open_session(ctx) as session:
        assert session.get(Customer, keep).former_codes.splitlines() == [
            "C-0042 北京九州诊所（旧）", "OLD-7 九州诊所"]
    assert customers.customer_ids(ctx.uow(), ListQuery(text="old-7")) == [keep]


def test_balances_aging_and_exposure_of_the_kept_one_add_up(pair):
    ctx, keep, gone, _ = pair
    both = added(figures(ctx, keep), figures(ctx, gone))
    assert both["credit"] == Decimal("300.00") and both["committed"] == Decimal("2000.00")
    assert both["outstanding"] == Decimal("13900.00")  # 10,000 + 5,000 − 1,000 − 100
    row_before = customers.customer_rows(ctx.uow(), [keep, gone])

    merge_customers(ctx.uow(), keep, gone, "同一客户")

    assert figures(ctx, keep) == both
    [row] = customers.customer_rows(ctx.uow(), [keep, gone])
    assert row.outstanding == sum(r.outstanding for r in row_before)
    assert row.overdue == sum(r.overdue for r in row_before)


def test_plan_targets_of_the_same_month_are_summed(pair):
    ctx, keep, gone, _ = pair
    result = merge_customers(ctx.uow(), keep, gone, "同一客户")
    with open_session(ctx) as session:
        targets = session.execute(select(CollectionTarget.customer_id, CollectionTarget.month,
                                         CollectionTarget.target)
                                  .order_by(CollectionTarget.month)).all()
    assert [tuple(t) for t in targets] == [(keep, NOVEMBER, Decimal("4500.00")),
                                            (keep, DECEMBER, Decimal("800.00"))]
    [entry] = [e for e in audit_log(ctx, "customer") if e["action"] == "merge"]
    assert entry["detail"]["targets_added"] == [
        {"month": "2026-11-01", "kept": "3000.00", "added": "1500.00"}]
    assert result.counts.targets_added == 1


def test_letters_of_the_same_level_and_day_both_stay(pair):
    """Both customers were sent a level-2 letter today: the key is per customer, level and day,
    so the merged one's letter keeps the code it was addressed to."""
    ctx, keep, gone, _ = pair
    issued = run_dunning(ctx.uow(), TODAY).issued
    assert sorted(letter.code for letter in issued) == ["C-0042", "C001"]
    theirs = next(letter.id for letter in issued if letter.code == "C-0042")
    record_sending(ctx.uow(), theirs, TODAY, "wechat")

    merge_customers(ctx.uow(), keep, gone, "同一客户")

    with open_session(ctx) as session:
        letters = session.execute(select(DunningLetter.id, DunningLetter.customer_id,
                                         DunningLetter.level, DunningLetter.merged_from)
                                  .order_by(DunningLetter.id)).all()
    assert sorted(tuple(r[1:]) for r in letters) == [(keep, 2, ""), (keep, 2, "C-0042")]
    # Running again today issues nothing new: the kept customer has had its letter.
    assert run_dunning(ctx.uow(), TODAY).issued == ()


def test_a_letter_the_kept_one_already_holds_for_the_same_code_refuses_the_merge(pair):
    """The one clash left: a code merged in earlier, then given to a new customer who was sent
    a letter of the same level on the same day. Refused, nothing changed."""
    ctx, keep, gone, _ = pair
    run_dunning(ctx.uow(), TODAY)
    merge_customers(ctx.uow(), keep, gone, "同一客户")
    again = make_customer(ctx, "C-0042", "九州新户")
    owing(ctx, again, "800.00")
    assert [letter.code for letter in run_dunning(ctx.uow(), TODAY).issued] == ["C-0042"]
    before, log = snapshot(ctx), audit_log(ctx)
    with pytest.raises(ValidationError) as caught:
        merge_customers(ctx.uow(), keep, again, "同一客户")
    assert (caught.value.reason, caught.value.params) == (
        "letters_clash", {"level": 2, "day": TODAY.isoformat()})
    assert snapshot(ctx) == before and audit_log(ctx) == log


def test_the_merge_is_audited_with_the_merged_customers_fields_and_the_reason(pair):
    ctx, keep, gone, _ = pair
    version = customers.get_customer(ctx.uow(), keep).version
    merge_customers(ctx.uow(), keep, gone, "  同一客户录入两次 ")
    [entry] = [e for e in audit_log(ctx, "customer") if e["action"] == "merge"]
    assert (entry["entity_id"], entry["operator"]) == (keep, "tester")
    detail = entry["detail"]
    assert detail["reason"] == "同一客户录入两次"
    assert detail["merged"]["id"] == gone and detail["merged"]["code"] == "C-0042"
    assert detail["merged"]["short_name"] == "九州老号"
    assert set(detail["merged"]) == {c.key for c in Customer.__mapper__.columns}
    assert detail["counts"]["contracts"] == 2
    assert customers.get_customer(ctx.uow(), keep).version == version + 1


def test_a_moved_contract_open_in_an_editor_cannot_be_saved_back(pair):
    ctx, keep, gone, delivered = pair
    with open_session(ctx) as session:
        version = session.get(Contract, delivered).version
    merge_customers(ctx.uow(), keep, gone, "同一客户")
    with open_session(ctx) as session:
        assert session.get(Contract, delivered).version == version + 1


def snapshot(ctx) -> tuple:
    with open_session(ctx) as session:
        return (session.execute(select(Customer.id, Customer.code, Customer.version,
                                       Customer.former_codes).order_by(Customer.id)).all(),
                session.execute(select(Contract.id, Contract.customer_id, Contract.version)
                                .order_by(Contract.id)).all(),
                session.execute(select(CollectionTarget.customer_id, CollectionTarget.month,
                                       CollectionTarget.target)
                                .order_by(CollectionTarget.id)).all(),
                count_rows(ctx, Customer))


@pytest.mark.parametrize(("args", "error", "field", "reason"), [
    ("same", ValidationError, "merge_customer", "same_customer"),
    ("no reason", ValidationError, "reason", "required"),
    ("stale keep", EditConflict, None, None),
    ("stale merged", EditConflict, None, None),
    ("unknown", NotFound, None, None),
])
def test_a_refused_merge_changes_nothing(pair, args, error, field, reason):
    ctx, keep, gone, _ = pair
    versions = (customers.get_customer(ctx.uow(), keep).version,
                customers.get_customer(ctx.uow(), gone).version)
    calls = {
        "same": (keep, keep, "理由", None),
        "no reason": (keep, gone, "   ", versions),
        "stale keep": (keep, gone, "理由", (versions[0] - 1, versions[1])),
        "stale merged": (keep, gone, "理由", (versions[0], versions[1] + 1)),
        "unknown": (keep, 9999, "理由", None),
    }
    before, log = snapshot(ctx), audit_log(ctx)
    with pytest.raises(error) as caught:
        merge_customers(ctx.uow(), *calls[args])
    if field is not None:
        assert (caught.value.field, caught.value.reason) == (field, reason)
    assert snapshot(ctx) == before and audit_log(ctx) == log


def test_a_customer_edited_since_the_preview_is_refused(pair):
    ctx, keep, gone, _ = pair
    preview = merge_preview(ctx.uow(), keep, gone)
    detail = customers.get_customer(ctx.uow(), gone)
    detail.data.phone = "010-1234"
    customers.update_customer(ctx.uow(), gone, detail.data, detail.version)
    with pytest.raises(EditConflict):
        merge_customers(ctx.uow(), keep, gone, "理由",
                        (preview.keep_version, preview.merge_version))
    assert customers.get_customer(ctx.uow(), gone).data.phone == "010-1234"


def test_the_preview_reads_only_and_refuses_the_same_customer(pair):
    ctx, keep, gone, _ = pair
    before, log = snapshot(ctx), audit_log(ctx)
    preview = merge_preview(ctx.uow(), keep, gone)
    assert (preview.keep_code, preview.merge_code, preview.merge_name) == (
        "C001", "C-0042", "北京九州诊所（旧）")
    assert (preview.counts.contracts, preview.counts.collection_targets,
            preview.counts.targets_added) == (2, 2, 1)
    assert snapshot(ctx) == before and audit_log(ctx) == log
    with pytest.raises(ValidationError):
        merge_preview(ctx.uow(), keep, keep)
    with pytest.raises(NotFound):
        merge_preview(ctx.uow(), keep, 9999)


def test_merging_the_same_pair_twice_merges_once(pair):
    """Two clerks confirm the same merge: the second finds the customer gone."""
    ctx, keep, gone, _ = pair
    preview = merge_preview(ctx.uow(), keep, gone)
    versions = (preview.keep_version, preview.merge_version)
    merge_customers(ctx.uow(), keep, gone, "第一位", versions)
    with pytest.raises(NotFound):
        merge_customers(ctx.uow(), keep, gone, "第二位", versions)
    with pytest.raises(NotFound):  # and the other way round: the merged one is gone
        merge_customers(ctx.uow(), gone, keep, "反向", None)
    assert [e["action"] for e in audit_log(ctx, "customer")].count("merge") == 1
    with open_session(ctx) as session:
        assert session.get(Customer, keep).former_codes == "C-0042 北京九州诊所（旧）"
        assert session.scalar(select(func.count(Contract.id))
                              .where(Contract.customer_id == keep)) == 3


def test_installments_are_untouched(pair):
    ctx, keep, gone, delivered = pair
    before = installment_ids(ctx, delivered)
    merge_customers(ctx.uow(), keep, gone, "同一客户")
    assert installment_ids(ctx, delivered) == before
    assert merge.FIELD == "merge_customer"


@pytest.mark.xfail(strict=True, reason=(
    "known gap, left to the lead: services.collection.limitation counts a promise, a confirmed"
    " statement, a customer-wide legal action or IOU for every installment of its customer_id;"
    " after a merge the merged customer's promise also restarts the kept customer's own"
    " contracts, which it never covered (a later end: a warning could come late)"))
def test_a_merged_customers_promise_does_not_restart_the_kept_ones_clock(pair):
    from services.collection.limitation import limitation_dates

    ctx, keep, gone, _ = pair
    kept_contract = owing(ctx, keep, "700.00")
    record_promise(ctx.uow(), gone, PromiseInput(promised_on="2026-11-30", amount="500",
                                                 made_by="王会计"))

    def kept_clock() -> tuple:
        rows = limitation_dates(ctx.uow(), TODAY, keep)
        return tuple((r.ends_on, r.restarted_by) for r in rows
                     if r.contract_id == kept_contract)

    before = kept_clock()
    merge_customers(ctx.uow(), keep, gone, "同一客户")
    assert kept_clock() == before
