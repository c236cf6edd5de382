"""Returns and allowances (退货 / 折让): what a credit note takes off, from its own date, what
becomes credit, what is refused, and that the signed contract stays as it was."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from models import Allocation, CreditNote, CreditNoteLine, NumberSequence, Payment
from models.payment import CREDIT_NOTE_METHOD
from services.collection.plan import plan_rows
from services.core.errors import ValidationError
from services.ledger import contracts, credit_notes, payments
from services.ledger.balances import (
    customer_balance,
    open_installments,
    paid_cache_mismatches,
    unallocated_credit,
)
from services.ledger.credit_notes import CreditLineInput, CreditNoteInput, ReductionInput
from tests.factories import (
    audit_log,
    count_rows,
    installment_ids,
    make_contract,
    make_customer,
    open_session,
    pay,
    set_branch,
)

D = dt.date
Y = Decimal


@pytest.fixture
def customer(ctx) -> int:
    set_branch(ctx, "BJ")
    return make_customer(ctx, "C001", "天津和平医院")


@pytest.fixture
def masks(ctx, customer) -> int:
    """10 boxes of masks at 12.50 = 125.00, delivered 10-01, due 60 on 10-31, 50 on 11-30 and
    15 on 12-31; nothing paid (today 11-24)."""
    contract_id, _ = make_contract(
        ctx, customer, lines=[("10", "12.50", "医用口罩"), ("4", "30", "体温计")],
        signed_on="2026-10-01",
        installments=[("2026-10-31", "60"), ("2026-11-30", "50"), ("2026-12-31", "135")])
    return contract_id


@pytest.fixture
def simple(ctx, customer) -> int:
    """One line, 10 × 12.50 = 125.00, due 60 on 10-31, 50 on 11-30, 15 on 12-31."""
    contract_id, _ = make_contract(
        ctx, customer, lines=[("10", "12.50", "医用口罩")], signed_on="2026-10-01",
        installments=[("2026-10-31", "60"), ("2026-11-30", "50"), ("2026-12-31", "15")])
    return contract_id


def line_ids(ctx, contract_id) -> list[int]:
    form = credit_notes.credit_note_form(ctx.uow(), contract_id)
    return [line.contract_line_id for line in form.lines]


def a_return(ctx, contract_id, *quantities, issued_on="2026-11-20", reason="包装破损",
             reductions=None):
    ids = line_ids(ctx, contract_id)
    return CreditNoteInput(contract_id=contract_id, kind="return", issued_on=issued_on,
                           reason=reason, reductions=reductions,
                           lines=[CreditLineInput(i, str(q)) for i, q in zip(ids, quantities,
                                                                            strict=False)])


def an_allowance(contract_id, amount, issued_on="2026-11-20", reason="质量折让", reductions=None):
    return CreditNoteInput(contract_id=contract_id, kind="allowance", issued_on=issued_on,
                           reason=reason, amount=str(amount), reductions=reductions)


def create(ctx, data):
    return credit_notes.create_credit_note(ctx.uow(), data)


def balance(ctx, customer, day):
    with open_session(ctx) as session:
        b = customer_balance(session, customer, day)
        return b.outstanding, b.overdue, unallocated_credit(session, customer, day)


def remaining(ctx, contract_id) -> list[tuple[dt.date, Decimal]]:
    with open_session(ctx) as session:
        return [(i.due_date, i.remaining)
                for i in open_installments(session, D(2026, 11, 24), contract_id=contract_id)]


def nothing_saved(ctx) -> bool:
    with open_session(ctx) as session:
        sequences = [s.kind for s in session.query(NumberSequence).all()]
    return (count_rows(ctx, CreditNote) == count_rows(ctx, CreditNoteLine) == 0
            and not [p for p in payments.list_payments(ctx.uow())
                     if p.method == CREDIT_NOTE_METHOD]
            and audit_log(ctx, "credit_note") == [] and "credit_note" not in sequences)


def refused(ctx, data) -> ValidationError:
    with pytest.raises(ValidationError) as info:
        create(ctx, data)
    return info.value


# --- a return -------------------------------------------------------------------------------

def test_a_return_takes_the_latest_installment_first_from_its_own_date(ctx, customer, simple):
    """2 of 10 boxes at 12.50 back on 11-20: 25.00 off, 15 from 12-31 and 10 from 11-30."""
    assert balance(ctx, customer, D(2026, 11, 24)) == (Y("125.00"), Y("60.00"), Y("0.00"))
    note_id, number = create(ctx, a_return(ctx, simple, 2))
    assert number == "BJ-TH-2026-00001"
    assert remaining(ctx, simple) == [(D(2026, 10, 31), Y("60.00")), (D(2026, 11, 30), Y("40.00"))]
    # The day before the note it had not happened; from its day on it counts.
    assert balance(ctx, customer, D(2026, 11, 19)) == (Y("125.00"), Y("60.00"), Y("0.00"))
    assert balance(ctx, customer, D(2026, 11, 20)) == (Y("100.00"), Y("60.00"), Y("0.00"))
    detail = credit_notes.get_credit_note(ctx.uow(), note_id)
    assert (detail.kind, detail.issued_on, detail.amount, detail.reason) == (
        "return", D(2026, 11, 20), Y("25.00"), "包装破损")
    assert [(line.product, line.unit, line.quantity, line.unit_price, line.amount)
            for line in detail.lines] == [("医用口罩", "件", Y("2.000"), Y("12.5000"), Y("25.00"))]
    assert [(r.due_date, r.amount) for r in detail.reductions] == [
        (D(2026, 12, 31), Y("15.00")), (D(2026, 11, 30), Y("10.00"))]
    assert (detail.reduced, detail.surplus) == (Y("25.00"), Y("0.00"))
    with open_session(ctx) as session:
        payment = session.query(Payment).filter_by(credit_note_id=note_id).one()
        assert (payment.method, payment.amount, payment.received_on, payment.reference,
                payment.contract_id) == (CREDIT_NOTE_METHOD, Y("25.00"), D(2026, 11, 20), number,
                                         simple)
        assert {a.applied_on for a in payment.allocations} == {D(2026, 11, 20)}
        assert paid_cache_mismatches(session) == []
    [entry] = audit_log(ctx, "credit_note")
    assert (entry["action"], entry["entity_id"], entry["operator"]) == ("create", note_id, "tester")
    assert entry["detail"]["number"] == number and entry["detail"]["amount"] == "25.00"


def test_the_signed_contract_is_never_rewritten(ctx, customer, simple):
    before = contracts.get_contract(ctx.uow(), simple)
    create(ctx, a_return(ctx, simple, 2))
    after = contracts.get_contract(ctx.uow(), simple)
    assert (after.total, after.lines) == (before.total, before.lines)
    assert [(i.due_date, i.amount) for i in after.installments] == [
        (i.due_date, i.amount) for i in before.installments]
    assert after.version == before.version


def test_a_return_amount_is_each_line_rounded_to_the_fen(ctx, customer):
    contract_id, _ = make_contract(ctx, customer, lines=[("3", "0.335", "棉签"), ("7", "1.2345")],
                                   signed_on="2026-10-01")
    note_id, _ = create(ctx, a_return(ctx, contract_id, 1, "0.5"))
    detail = credit_notes.get_credit_note(ctx.uow(), note_id)
    assert [line.amount for line in detail.lines] == [Y("0.34"), Y("0.62")]  # 0.335, 0.61725
    assert detail.amount == Y("0.96")


def test_a_return_of_more_than_supplied_is_refused_naming_the_line(ctx, customer, masks):
    error = refused(ctx, a_return(ctx, masks, 0, 5))
    assert (error.field, error.reason) == ("lines.2.quantity", "above_returnable")
    assert error.params["product"] == "体温计"
    assert (error.params["quantity"], error.params["returnable"]) == ("5", "4")
    assert nothing_saved(ctx)


def test_earlier_returns_count_against_what_can_still_be_returned(ctx, customer, masks):
    create(ctx, a_return(ctx, masks, 3))
    error = refused(ctx, a_return(ctx, masks, 8))
    assert (error.field, error.reason) == ("lines.1.quantity", "above_returnable")
    assert (error.params["returnable"], error.params["supplied"]) == ("7", "10")
    [masks_line, _] = credit_notes.credit_note_form(ctx.uow(), masks).lines
    assert (masks_line.returned, masks_line.returnable) == (Y("3.000"), Y("7.000"))
    _, number = create(ctx, a_return(ctx, masks, 7))
    assert number == "BJ-TH-2026-00002"  # the refused one took no number


def test_a_return_with_no_quantity_is_refused(ctx, customer, masks):
    error = refused(ctx, a_return(ctx, masks, "", "0"))
    assert (error.field, error.reason) == ("lines", "nothing_returned")
    error = refused(ctx, a_return(ctx, masks, "1.0005"))
    assert (error.field, error.reason) == ("lines.1.quantity", "too_precise")
    assert nothing_saved(ctx)


def test_a_line_of_another_contract_is_refused(ctx, customer, masks, simple):
    other = line_ids(ctx, simple)[0]
    data = CreditNoteInput(contract_id=masks, kind="return", issued_on="2026-11-20",
                           reason="x", lines=[CreditLineInput(other, "1")])
    error = refused(ctx, data)
    assert (error.field, error.reason) == ("lines.1.line", "not_found")


# --- an allowance ---------------------------------------------------------------------------

def test_an_allowance_beyond_what_is_unpaid_becomes_credit_and_closes_the_contract(
        ctx, customer, simple):
    pay(ctx, customer, "100", received_on="2026-11-01")
    note_id, _ = create(ctx, an_allowance(simple, "40"))
    assert contracts.get_contract(ctx.uow(), simple).status == "closed"
    detail = credit_notes.get_credit_note(ctx.uow(), note_id)
    assert (detail.reduced, detail.surplus) == (Y("25.00"), Y("15.00"))
    assert detail.lines == []
    assert balance(ctx, customer, D(2026, 11, 19)) == (Y("25.00"), Y("0.00"), Y("0.00"))
    assert balance(ctx, customer, D(2026, 11, 20)) == (Y("0.00"), Y("0.00"), Y("15.00"))
    with open_session(ctx) as session:
        assert unallocated_credit(session, customer, D(2026, 11, 24)) == Y("15.00")
        assert paid_cache_mismatches(session) == []


def test_a_note_settling_the_contract_closes_it(ctx, customer, simple):
    pay(ctx, customer, "100", received_on="2026-11-01")
    create(ctx, a_return(ctx, simple, 2))  # exactly the 25.00 left
    detail = contracts.get_contract(ctx.uow(), simple)
    assert detail.status == "closed" and detail.outstanding == Y("0.00")
    assert remaining(ctx, simple) == []


def test_a_closed_contract_takes_a_note_which_becomes_credit_whole(ctx, customer, simple):
    pay(ctx, customer, "125", received_on="2026-11-01")
    assert contracts.get_contract(ctx.uow(), simple).status == "closed"
    note_id, _ = create(ctx, an_allowance(simple, "10"))
    detail = credit_notes.get_credit_note(ctx.uow(), note_id)
    assert (detail.reduced, detail.surplus) == (Y("0.00"), Y("10.00"))
    assert balance(ctx, customer, D(2026, 11, 24))[2] == Y("10.00")


def test_what_is_credited_never_exceeds_the_contract_total(ctx, customer, simple):
    create(ctx, an_allowance(simple, "100"))
    error = refused(ctx, an_allowance(simple, "25.01"))
    assert (error.field, error.reason) == ("amount", "above_contract")
    assert (error.params["credited"], error.params["total"]) == (Y("125.01"), Y("125.00"))
    error = refused(ctx, a_return(ctx, simple, 3))  # 37.50 more: also above
    assert (error.field, error.reason) == ("lines", "above_contract")
    create(ctx, an_allowance(simple, "25"))
    assert contracts.get_contract(ctx.uow(), simple).status == "closed"


@pytest.mark.parametrize("amount, reason", [("", "required"), ("0", "not_positive"),
                                            ("-5", "negative"), ("abc", "not_a_number")])
def test_an_allowance_needs_an_amount_above_zero(ctx, customer, simple, amount, reason):
    error = refused(ctx, an_allowance(simple, amount))
    assert (error.field, error.reason) == ("amount", reason)
    assert nothing_saved(ctx)


# --- refusals -------------------------------------------------------------------------------

@pytest.mark.parametrize("status", ["confirmed", "draft"])
def test_an_undelivered_contract_takes_no_note(ctx, customer, status):
    contract_id, _ = make_contract(ctx, customer, status=status, lines=[("10", "12.50")])
    error = refused(ctx, an_allowance(contract_id, "10"))
    assert (error.field, error.reason) == ("contract", "not_delivered")
    with pytest.raises(ValidationError):
        credit_notes.credit_note_form(ctx.uow(), contract_id)
    assert credit_notes.creditable_contracts(ctx.uow(), customer) == []
    assert nothing_saved(ctx)


def test_dates_kind_reason_and_contract_are_checked(ctx, customer, simple):
    cases = [
        (an_allowance(simple, "5", issued_on="2026-11-25"), ("issued_on", "in_future")),
        (an_allowance(simple, "5", issued_on="2026-09-30"), ("issued_on", "before_delivery")),
        (an_allowance(simple, "5", issued_on="2026-13-01"), ("issued_on", "not_a_date")),
        (an_allowance(simple, "5", reason="  "), ("reason", "required")),
        (an_allowance(simple, "5", reason="长" * 301), ("reason", "too_long")),
        (an_allowance(None, "5"), ("contract", "required")),
        (an_allowance(99999, "5"), ("contract", "not_found")),
    ]
    for data, expected in cases:
        error = refused(ctx, data)
        assert (error.field, error.reason) == expected
    data = an_allowance(simple, "5")
    data.kind = "refund"
    assert (refused(ctx, data).field, refused(ctx, data).reason) == ("kind", "not_allowed")
    assert nothing_saved(ctx)


# --- chosen installments ----------------------------------------------------------------------

def test_the_clerk_may_choose_installments_and_amounts(ctx, customer, simple):
    first, second, last = installment_ids(ctx, simple)
    note_id, _ = create(ctx, an_allowance(simple, "30", reductions=[
        ReductionInput(first, "20"), ReductionInput(last, ""), ReductionInput(second, "5")]))
    assert remaining(ctx, simple) == [(D(2026, 10, 31), Y("40.00")), (D(2026, 11, 30), Y("45.00")),
                                      (D(2026, 12, 31), Y("15.00"))]
    detail = credit_notes.get_credit_note(ctx.uow(), note_id)
    assert (detail.reduced, detail.surplus) == (Y("25.00"), Y("5.00"))  # the rest is credit
    assert balance(ctx, customer, D(2026, 11, 20)) == (Y("100.00"), Y("40.00"), Y("5.00"))


def test_chosen_amounts_are_checked(ctx, customer, simple, masks):
    first, _, last = installment_ids(ctx, simple)
    other = installment_ids(ctx, masks)[0]
    cases = [
        ([ReductionInput(last, "15.01")], ("reductions.1.amount", "above_owed")),
        ([ReductionInput(first, "1"), ReductionInput(other, "1")],
         ("reductions.2.installment", "other_contract")),
        ([ReductionInput(first, "20"), ReductionInput(last, "15")],
         ("reductions", "above_credit_note")),
    ]
    for reductions, expected in cases:
        error = refused(ctx, an_allowance(simple, "30", reductions=reductions))
        assert (error.field, error.reason) == expected
    assert nothing_saved(ctx)


# --- numbers, lists, the plan ---------------------------------------------------------------

def test_numbers_come_from_the_branch_sequence(ctx, customer, simple, masks):
    assert create(ctx, an_allowance(simple, "1"))[1] == "BJ-TH-2026-00001"
    assert create(ctx, a_return(ctx, masks, 1))[1] == "BJ-TH-2026-00002"
    rows = credit_notes.list_credit_notes(ctx.uow(), customer_id=customer)
    assert [r.number for r in rows] == ["BJ-TH-2026-00002", "BJ-TH-2026-00001"]
    [row] = credit_notes.list_credit_notes(ctx.uow(), contract_id=masks)
    assert (row.kind, row.amount, row.contract_id, row.reason, row.reversed_on) == (
        "return", Y("12.50"), masks, "包装破损", None)
    assert credit_notes.list_credit_notes(ctx.uow(), customer_id=customer + 1) == []


def test_the_plan_does_not_count_a_note_as_money_received(ctx, customer, simple):
    pay(ctx, customer, "30", received_on="2026-11-02")
    create(ctx, an_allowance(simple, "20"))
    [row] = plan_rows(ctx.uow(), D(2026, 11, 1))
    assert row.received == Y("30.00")


def test_creditable_contracts_and_the_form(ctx, customer, simple):
    create(ctx, an_allowance(simple, "20"))
    [choice] = credit_notes.creditable_contracts(ctx.uow(), customer)
    assert (choice.id, choice.total, choice.credited, choice.creditable) == (
        simple, Y("125.00"), Y("20.00"), Y("105.00"))
    form = credit_notes.credit_note_form(ctx.uow(), simple)
    assert form.delivery_on == D(2026, 10, 1) and form.unpaid == Y("105.00")
    assert [i.remaining for i in form.open_installments] == [Y("60.00"), Y("45.00")]


def test_latest_first_never_takes_more_than_an_installment_owes():
    from services.ledger.balances import OpenInstallment

    items = [OpenInstallment(1, 9, "X", D(2026, 10, 31), Y("60"), Y("60")),
             OpenInstallment(2, 9, "X", D(2026, 12, 31), Y("15"), Y("15")),
             OpenInstallment(3, 9, "X", D(2026, 11, 30), Y("50"), Y("20"))]
    assert credit_notes.latest_first(items, Y("40")) == [(2, Y("15")), (3, Y("20")), (1, Y("5"))]
    assert credit_notes.latest_first(items, Y("200")) == [(2, Y("15")), (3, Y("20")), (1, Y("60"))]


def test_a_reversed_note_no_longer_counts(ctx, customer, simple):
    """Its payment reversed (with a reason), the note neither reduces nor blocks a new return."""
    note_id, _ = create(ctx, a_return(ctx, simple, 10))
    assert contracts.get_contract(ctx.uow(), simple).status == "closed"
    payment_id = credit_notes.get_credit_note(ctx.uow(), note_id).payment_id
    payments.reverse_payment(ctx.uow(), payment_id, "客户撤回退货")
    assert contracts.get_contract(ctx.uow(), simple).status == "delivered"
    [row] = credit_notes.list_credit_notes(ctx.uow(), contract_id=simple)
    assert row.reversed_on == D(2026, 11, 24)
    assert credit_notes.credit_note_form(ctx.uow(), simple).lines[0].returnable == Y("10.000")
    create(ctx, a_return(ctx, simple, 10))
    with open_session(ctx) as session:
        assert paid_cache_mismatches(session) == []
        assert session.query(Allocation).count() == 6


# --- two clerks at once -----------------------------------------------------------------------

def return_six(db, start, results, contract_id: int, line_id: int) -> None:
    """One clerk returning 6 of the 10 boxes: the note's number, or the reason it was refused."""
    from tests import stress

    ctx = stress.open_ctx(db, "clerk")
    start.wait()
    try:
        results.put(stress.when_free(lambda: credit_notes.create_credit_note(
            ctx.uow(), CreditNoteInput(contract_id=contract_id, kind="return",
                                       issued_on="2026-11-20", reason="退货",
                                       lines=[CreditLineInput(line_id, "6")]))[1]))
    except ValidationError as error:
        results.put(error.reason)
    finally:
        ctx.close()


@pytest.fixture
def shared_db(tmp_path, backend) -> str:
    """A database two processes meet on: a fresh SQLite file, or the emptied server."""
    from tests.conftest import SERVER_URL, _empty_server_schema

    if backend == "postgresql":
        _empty_server_schema(SERVER_URL)
        return SERVER_URL
    return str(tmp_path / "shared.sqlite3")


def test_two_clerks_never_return_the_same_goods_twice(shared_db):
    from tests import stress
    from tests.ledger.test_concurrency import run_together

    ctx = stress.open_ctx(shared_db, "setup")
    try:
        set_branch(ctx, "BJ")
        customer = make_customer(ctx, "C001")
        contract_id, _ = make_contract(ctx, customer, lines=[("10", "12.50")],
                                       signed_on="2026-10-01")
        [line_id] = line_ids(ctx, contract_id)
        found = run_together(return_six, shared_db, [(contract_id, line_id)] * 2)
        assert sorted(found) == ["BJ-TH-2026-00001", "above_returnable"]
        assert credit_notes.credit_note_form(ctx.uow(), contract_id).lines[0].returned == Y("6.000")
        with open_session(ctx) as session:
            assert paid_cache_mismatches(session) == []
    finally:
        ctx.close()


def test_a_contract_with_a_return_can_still_be_edited_and_keeps_the_returned_line(ctx):
    """Editing any field of a contract with a return used to fail: its lines were replaced
    with new rows and the return's lines pointed at the old ones."""
    from services.core.errors import ValidationError
    from services.ledger import contracts

    customer = make_customer(ctx, "C001")
    contract_id, _ = make_contract(ctx, customer, lines=[("10", "12.50", "口罩"), ("2", "50", "手套")],
                                   installments=[("2026-12-01", "225")], signed_on="2026-11-01")
    create(ctx, a_return(ctx, contract_id, 2))
    edit = contracts.get_contract(ctx.uow(), contract_id).as_input()
    edit.notes = "客户改了收货地址"
    contracts.update_contract(ctx.uow(), contract_id, edit)
    assert contracts.get_contract(ctx.uow(), contract_id).notes == "客户改了收货地址"
    assert [line.returned for line in credit_notes.credit_note_form(
        ctx.uow(), contract_id).lines] == [Decimal("2.000"), Decimal("0.000")]
    edit.lines = edit.lines[1:]  # dropping the returned line is refused, the other not
    edit.installments[0].amount = "100.00"
    with pytest.raises(ValidationError) as refused:
        contracts.update_contract(ctx.uow(), contract_id, edit)
    assert (refused.value.field, refused.value.reason) == ("lines", "has_returns")


def test_the_contracts_list_shows_money_received_not_credit_notes(ctx):
    from services.ledger import contract_list

    customer = make_customer(ctx, "C001")
    contract_id, _ = make_contract(ctx, customer, lines=[("10", "12.50")],
                                   installments=[("2026-12-01", "125")], signed_on="2026-11-01")
    pay(ctx, customer, "50", received_on="2026-11-10")
    create(ctx, a_return(ctx, contract_id, 2))  # 25.00 off what is owed
    [row] = contract_list.contract_rows(ctx.uow(), [contract_id])
    assert (row.received, row.outstanding) == (Decimal("50.00"), Decimal("50.00"))
