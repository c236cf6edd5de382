"""The limitation clock (诉讼时效, 民法典 arts. 188, 195): three years from the due date, restarted
by a demand, an acknowledgement or legal action — and by nothing else; legal action recorded."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from models import Contract, Document, FollowUp, Statement
from models.papers import DunningLetter, DunningLetterItem, LetterSending
from services.collection.limitation import (
    LimitationRow,
    add_months,
    legal_actions,
    limitation_dates,
    limitation_end,
    limitation_warnings,
    record_legal_action,
)
from services.collection.promises import PromiseInput, record_promise
from services.core.errors import NotFound, ValidationError
from services.ledger import payments
from tests.conftest import TODAY
from tests.factories import (
    audit_log,
    installment_ids,
    make_contract,
    make_customer,
    open_session,
    pay,
)

D = Decimal
DUE = dt.date(2024, 2, 29)          # a leap day: three years on is 2027-02-28 (art. 202)
NOW = dt.datetime(2026, 1, 1, 9, 0)


def owe(ctx, customer_id, due=DUE, amount="1000", signed_on="2024-01-10", more=()):
    """A delivered contract owing `amount` on `due` (and `more` installments)."""
    items = [(due, amount), *more]
    total = sum(D(str(a)) for _, a in items)
    return make_contract(ctx, customer_id, lines=[("1", total)], installments=items,
                         signed_on=signed_on)


def row_for(ctx, installment_id, as_of=TODAY, customer_id=None) -> LimitationRow:
    [row] = [r for r in limitation_dates(ctx.uow(), as_of, customer_id)
             if r.installment_id == installment_id]
    return row


@pytest.fixture
def debt(ctx):
    """(customer, contract, installment) owing 1,000.00 due 2024-02-29."""
    customer = make_customer(ctx, "C1")
    contract_id, _ = owe(ctx, customer)
    return customer, contract_id, installment_ids(ctx, contract_id)[0]


def add(ctx, *rows):
    with open_session(ctx) as session:
        for row in rows:
            session.add(row)
            session.flush()
        session.commit()
        return [r.id for r in rows]


def letter(ctx, customer, installment, letter_date, sent_on=None, level=2):
    [letter_id] = add(ctx, DunningLetter(customer_id=customer, level=level,
                                         letter_date=letter_date, overdue=D("1000"),
                                         late_fee=D("0"), pay_by=letter_date, created_at=NOW))
    add(ctx, DunningLetterItem(letter_id=letter_id, installment_id=installment,
                               remaining=D("1000"), days_overdue=1, late_fee=D("0")))
    if sent_on is not None:
        add(ctx, LetterSending(letter_id=letter_id, sent_on=sent_on, method="courier",
                               tracking_number="SF1", sent_by="王丽", recorded_at=NOW))
    return letter_id


def statement(ctx, customer, period_to, status, replied_on=None, number="BJ-DZ-2026-00001"):
    [doc] = add(ctx, Document(number=number, kind="statement", customer_id=customer,
                              amount=D("1000"), created_at=NOW, sha256="0" * 64, pdf=b"%PDF"))
    add(ctx, Statement(document_id=doc, customer_id=customer, period_from=dt.date(2024, 1, 1),
                       period_to=period_to, opening=D("0"), closing=D("1000"), status=status,
                       replied_on=replied_on))


# -- the arithmetic ------------------------------------------------------------------------

def test_three_years_to_the_same_day_and_a_leap_day_ends_on_the_28th():
    assert limitation_end(dt.date(2023, 11, 24)) == dt.date(2026, 11, 24)
    assert limitation_end(dt.date(2024, 2, 29)) == dt.date(2027, 2, 28)
    assert limitation_end(dt.date(2025, 2, 28)) == dt.date(2028, 2, 28)
    assert limitation_end(dt.date(2025, 12, 31)) == dt.date(2028, 12, 31)
    assert add_months(dt.date(2026, 8, 31), 6) == dt.date(2027, 2, 28)
    assert add_months(dt.date(2027, 2, 28), -36) == dt.date(2024, 2, 28)
    assert add_months(dt.date(2026, 1, 31), -2) == dt.date(2025, 11, 30)


def test_without_events_the_clock_runs_from_the_due_date(ctx, debt):
    customer, _contract, installment = debt
    row = row_for(ctx, installment)
    assert (row.due_date, row.remaining, row.ends_on) == (DUE, D("1000.00"), dt.date(2027, 2, 28))
    assert (row.restarted_on, row.restarted_by) == (None, None)
    assert row.customer_id == customer


def test_paid_installments_and_other_customers_are_not_listed(ctx, debt):
    customer, contract_id, installment = debt
    other = make_customer(ctx, "C2")
    owe(ctx, other)
    pay(ctx, customer, "1000", received_on="2024-03-05", contract_id=contract_id)
    assert [r.customer_id for r in limitation_dates(ctx.uow(), TODAY)] == [other]
    assert limitation_dates(ctx.uow(), TODAY, customer) == []
    # as of a day before the payment it was still open
    assert [r.installment_id for r in limitation_dates(ctx.uow(), dt.date(2024, 3, 1),
                                                       customer)] == [installment]


# -- each event that restarts it ---------------------------------------------------------------

def test_a_letter_recorded_as_sent_restarts_the_installments_it_lists(ctx):
    customer = make_customer(ctx, "C1")
    contract_id, _ = owe(ctx, customer, more=[(dt.date(2024, 3, 31), "500")])
    listed, not_listed = installment_ids(ctx, contract_id)
    letter(ctx, customer, listed, dt.date(2025, 6, 1), sent_on=dt.date(2025, 6, 3))
    row = row_for(ctx, listed)
    assert (row.ends_on, row.restarted_on, row.restarted_by) == (
        dt.date(2028, 6, 3), dt.date(2025, 6, 3), "demand")
    assert row_for(ctx, not_listed).restarted_by is None
    # before it was sent it had not restarted anything
    assert row_for(ctx, listed, as_of=dt.date(2025, 6, 2)).restarted_by is None


def test_an_unsent_letter_restarts_nothing(ctx, debt):
    customer, _contract, installment = debt
    letter(ctx, customer, installment, dt.date(2026, 6, 1))
    assert row_for(ctx, installment).ends_on == dt.date(2027, 2, 28)


def test_a_confirmed_statement_restarts_what_was_owed_at_its_end(ctx, debt):
    customer, _contract, installment = debt
    later, _ = owe(ctx, customer, due=dt.date(2025, 9, 1), signed_on="2025-08-01")
    statement(ctx, customer, dt.date(2025, 6, 30), "confirmed", dt.date(2025, 7, 10))
    row = row_for(ctx, installment)
    assert (row.ends_on, row.restarted_on, row.restarted_by) == (
        dt.date(2028, 7, 10), dt.date(2025, 7, 10), "statement")
    # delivered after the statement's end: not on it
    assert row_for(ctx, installment_ids(ctx, later)[0]).restarted_by is None


@pytest.mark.parametrize("status", ["issued", "disputed"])
def test_an_unconfirmed_or_disputed_statement_restarts_nothing(ctx, debt, status):
    customer, _contract, installment = debt
    statement(ctx, customer, dt.date(2025, 6, 30), status,
              dt.date(2025, 7, 10) if status == "disputed" else None)
    assert row_for(ctx, installment).restarted_by is None


def test_a_signed_iou_restarts_its_contracts_installments(ctx, debt):
    customer, contract_id, installment = debt
    other, _ = owe(ctx, customer, signed_on="2024-01-11")
    update_contract_fields_iou(ctx, contract_id, "2025-05-20")
    row = row_for(ctx, installment)
    assert (row.ends_on, row.restarted_by) == (dt.date(2028, 5, 20), "iou")
    assert row_for(ctx, installment_ids(ctx, other)[0]).restarted_by is None


def update_contract_fields_iou(ctx, contract_id, day):
    """The IOU came back signed on `day` (as the contract dialog records it)."""
    with open_session(ctx) as session:
        session.get(Contract, contract_id).iou_signed_on = dt.date.fromisoformat(day)
        session.commit()


def test_an_ious_agreed_repayment_date_starts_the_clock_once_signed_back(ctx, debt):
    customer, contract_id, installment = debt
    issued = dt.datetime(2026, 3, 1, 10, 0)
    add(ctx, Document(number="BJ-QK-2026-00001", kind="iou", contract_id=contract_id,
                      customer_id=customer, amount=D("1000"), created_at=issued,
                      sha256="0" * 64, pdf=b"%PDF", pay_by=dt.date(2026, 6, 30)))
    # printed, not signed back: the customer agreed to nothing
    assert row_for(ctx, installment).ends_on == dt.date(2027, 2, 28)
    update_contract_fields_iou(ctx, contract_id, "2026-03-05")
    row = row_for(ctx, installment)
    assert (row.ends_on, row.restarted_on, row.restarted_by) == (
        dt.date(2029, 6, 30), dt.date(2026, 6, 30), "iou")


def test_a_customers_iou_with_a_repayment_date_covers_all_its_contracts(ctx, debt):
    customer, contract_id, installment = debt
    add(ctx, Document(number="BJ-QK-2026-00001", kind="iou", customer_id=customer,
                      amount=D("1000"), created_at=dt.datetime(2026, 3, 1, 10),
                      sha256="0" * 64, pdf=b"%PDF", pay_by=dt.date(2026, 4, 30)))
    update_contract_fields_iou(ctx, contract_id, "2026-03-01")
    assert row_for(ctx, installment).ends_on == dt.date(2029, 4, 30)


def test_a_promise_restarts_every_installment_the_customer_owed_then(ctx, debt):
    customer, _contract, installment = debt
    later, _ = owe(ctx, customer, due=dt.date(2026, 12, 31), signed_on="2026-02-01")
    record_promise(ctx.uow(), customer, PromiseInput(
        promised_on="2026-02-15", amount="300", made_on="2026-01-20"))
    row = row_for(ctx, installment)
    assert (row.ends_on, row.restarted_by) == (dt.date(2029, 1, 20), "promise")
    # delivered after the promise: the promise was not about it
    assert row_for(ctx, installment_ids(ctx, later)[0]).restarted_by is None


def test_a_partial_payment_restarts_only_the_installment_it_paid(ctx):
    customer = make_customer(ctx, "C1")
    contract_id, _ = owe(ctx, customer, more=[(dt.date(2024, 3, 31), "500")])
    first, second = installment_ids(ctx, contract_id)
    pay(ctx, customer, "200", received_on="2025-10-08", allocations=[(first, "200")])
    row = row_for(ctx, first)
    assert (row.remaining, row.ends_on, row.restarted_by) == (
        D("800.00"), dt.date(2028, 10, 8), "payment")
    assert row_for(ctx, second).restarted_by is None


def test_a_reversed_payment_restarts_nothing(ctx, debt):
    customer, _contract, installment = debt
    bounced = pay(ctx, customer, "200", received_on="2025-10-08", allocations=[(installment, "200")])
    payments.reverse_payment(ctx.uow(), bounced, "承兑汇票退票")
    row = row_for(ctx, installment)
    assert (row.remaining, row.ends_on, row.restarted_by) == (
        D("1000.00"), dt.date(2027, 2, 28), None)


def test_a_follow_up_without_an_answer_restarts_nothing(ctx, debt):
    customer, _contract, installment = debt
    add(ctx, FollowUp(customer_id=customer, contacted_on=dt.date(2026, 5, 1), channel="call",
                      said="无人接听", result="未接通", created_at=NOW))
    assert row_for(ctx, installment).restarted_by is None


def test_legal_action_restarts_its_contract_or_everything_the_customer_owes(ctx, debt):
    customer, contract_id, installment = debt
    other, _ = owe(ctx, customer, signed_on="2024-01-11")
    other_installment = installment_ids(ctx, other)[0]
    record_legal_action(ctx.uow(), customer, "2026-02-01", "payment_order", "支付令",
                        contract_id=contract_id)
    assert (row_for(ctx, installment).ends_on, row_for(ctx, installment).restarted_by) == (
        dt.date(2029, 2, 1), "legal_action")
    assert row_for(ctx, other_installment).restarted_by is None
    record_legal_action(ctx.uow(), customer, "2026-03-01", "lawsuit", "起诉全部欠款")
    assert row_for(ctx, other_installment).ends_on == dt.date(2029, 3, 1)
    assert row_for(ctx, installment).ends_on == dt.date(2029, 3, 1)


def test_the_latest_event_wins_and_events_before_the_due_date_change_nothing(ctx, debt):
    customer, contract_id, installment = debt
    record_promise(ctx.uow(), customer, PromiseInput(
        promised_on="2024-02-20", amount="100", made_on="2024-02-01"))   # before due
    assert row_for(ctx, installment).restarted_by is None
    letter(ctx, customer, installment, dt.date(2025, 1, 1), sent_on=dt.date(2025, 1, 2))
    pay(ctx, customer, "100", received_on="2025-08-01", allocations=[(installment, "100")])
    letter(ctx, customer, installment, dt.date(2025, 3, 1), sent_on=dt.date(2025, 3, 2), level=3)
    row = row_for(ctx, installment)
    assert (row.restarted_on, row.restarted_by) == (dt.date(2025, 8, 1), "payment")
    # as of a day before the payment, the second letter was the latest
    assert row_for(ctx, installment, as_of=dt.date(2025, 7, 1)).restarted_by == "demand"


# -- warnings ------------------------------------------------------------------------------

def test_warnings_are_the_installments_ending_within_the_months_given(ctx, debt):
    customer, _contract, installment = debt
    later, _ = owe(ctx, customer, due=dt.date(2024, 6, 30), signed_on="2024-01-11")
    with open_session(ctx) as session:
        six = limitation_warnings(session, TODAY, 6, today=TODAY)     # ends by 2027-05-24
        assert [r.installment_id for r in six] == [installment]
        nine = limitation_warnings(session, TODAY, 9)
        assert [r.ends_on for r in nine] == [dt.date(2027, 2, 28), dt.date(2027, 6, 30)]
        # ended already (the day after its last day): no longer warned about
        assert [r.ends_on for r in limitation_warnings(session, dt.date(2027, 3, 1), 6)] == [
            dt.date(2027, 6, 30)]
        assert [r.ends_on for r in limitation_warnings(session, dt.date(2027, 2, 28), 1)] == [
            dt.date(2027, 2, 28)]
    assert later


# -- recording legal action ------------------------------------------------------------------

def test_record_legal_action_checks_its_input_and_is_audited(ctx, debt):
    customer, contract_id, _installment = debt
    stranger = make_customer(ctx, "C9")
    stranger_contract, _ = owe(ctx, stranger)
    for args, field in ((("", "lawsuit"), "taken_on"), (("2026-11-25", "lawsuit"), "taken_on"),
                        (("2026-11-01", "shouting"), "legal_kind")):
        with pytest.raises(ValidationError) as error:
            record_legal_action(ctx.uow(), customer, *args)
        assert error.value.field == field
    with pytest.raises(ValidationError) as error:
        record_legal_action(ctx.uow(), customer, "2026-11-01", "lawsuit",
                            contract_id=stranger_contract)
    assert (error.value.field, error.value.reason) == ("contract_id", "wrong_customer")
    with pytest.raises(NotFound):
        record_legal_action(ctx.uow(), 9999, "2026-11-01", "lawsuit")
    action = record_legal_action(ctx.uow(), customer, dt.date(2026, 11, 1), "arbitration",
                                 "  申请仲裁  ", contract_id=contract_id)
    [row] = legal_actions(ctx.uow(), customer)
    assert (row.id, row.taken_on, row.kind, row.note, row.created_by) == (
        action, dt.date(2026, 11, 1), "arbitration", "申请仲裁", "tester")
    assert row.contract_number
    [entry] = audit_log(ctx, "legal_action")
    assert entry["detail"]["kind"] == "arbitration"


# -- the alerts ------------------------------------------------------------------------------

def test_the_alerts_warn_of_a_limitation_ending_within_the_rules_months(ctx, debt):
    from services.collection.alerts import compute_alerts
    from services.collection.rules import LIMITATION_WARN_KEY
    from services.core.settings import set_setting

    customer, contract_id, installment = debt
    owe(ctx, customer, due=dt.date(2024, 8, 31), signed_on="2024-08-01")   # ends 2027-08-31
    [alert] = [a for a in compute_alerts(ctx.uow()) if a.kind == "limitation"]
    assert (alert.customer_id, alert.contract_id, alert.due_date, alert.amount, alert.days,
            alert.key) == (customer, contract_id, dt.date(2027, 2, 28), D("1000.00"), 96,
                           f"limitation:{installment}")
    assert alert.as_json()["kind"] == "limitation"
    with open_session(ctx) as session:
        set_setting(session, LIMITATION_WARN_KEY, "10")        # to 2027-09-24
        session.commit()
    assert [a.due_date for a in compute_alerts(ctx.uow()) if a.kind == "limitation"] == [
        dt.date(2027, 2, 28), dt.date(2027, 8, 31)]


def test_a_letter_sent_with_proof_ends_the_warning(ctx, debt):
    from services.collection.alerts import compute_alerts

    customer, _contract, installment = debt
    letter(ctx, customer, installment, dt.date(2026, 11, 20), sent_on=dt.date(2026, 11, 21))
    assert [a for a in compute_alerts(ctx.uow()) if a.kind == "limitation"] == []
    # as of a day before it was sent, the warning stood
    assert [a.kind for a in compute_alerts(ctx.uow(), as_of=dt.date(2026, 11, 20))
            if a.kind == "limitation"] == ["limitation"]
