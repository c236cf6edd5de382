"""Two clerks at once: two processes on one database (the SQLite file, or the PostgreSQL server
of RKT_TEST_DATABASE_URL) doing the actions that raced before, and the invariants after."""
from __future__ import annotations

import multiprocessing
import queue

import pytest
from sqlalchemy import func, select

from models import AuditEntry, Contract, Payment
from tests import stress
from tests.conftest import SERVER_URL, _empty_server_schema
from tests.factories import make_contract, make_customer, open_session


@pytest.fixture
def db(tmp_path, backend) -> str:
    """Where the processes meet: a fresh SQLite file, or the emptied server database."""
    if backend == "postgresql":
        _empty_server_schema(SERVER_URL)
        return SERVER_URL
    return str(tmp_path / "shared.sqlite3")


def run_together(target, db: str, args_per_process: list[tuple]) -> list:
    """Start one spawned process per args tuple, let them go at once, return their results."""
    mp = multiprocessing.get_context("spawn")
    start, results = mp.Event(), mp.Queue()
    procs = [mp.Process(target=target, args=(db, start, results, *args))
             for args in args_per_process]
    for proc in procs:
        proc.start()
    start.set()
    found = []
    while len(found) < len(procs):
        try:
            found.append(results.get(timeout=1))
        except queue.Empty:
            assert any(p.is_alive() for p in procs), "a process died; its traceback is above"
    for proc in procs:
        proc.join(timeout=60)
        assert proc.exitcode == 0
    return found


def pay_many(db, start, results, customer_id: int, times: int) -> None:
    from tests.factories import pay

    ctx = stress.open_ctx(db, "clerk")
    start.wait()
    try:
        ids = [stress.when_free(lambda: pay(ctx, customer_id, "10.00")) for _ in range(times)]
    finally:
        ctx.close()
    results.put(ids)


def reverse_all(db, start, results, payment_ids: list[int]) -> None:
    from services.core.errors import ValidationError
    from services.ledger import payments

    ctx = stress.open_ctx(db, "clerk")
    start.wait()
    done, refused = [], []
    try:
        for pid in payment_ids:
            try:
                stress.when_free(lambda pid=pid: payments.reverse_payment(ctx.uow(), pid, "退票"))
                done.append(pid)
            except ValidationError as error:
                assert error.reason == "already_reversed"
                refused.append(pid)
    finally:
        ctx.close()
    results.put((done, refused))


def append_notes(db, start, results, customer_id: int, tag: str, times: int) -> None:
    """Read, change, save with the version read; a refused save is read again and retried."""
    from services.core.errors import EditConflict
    from services.ledger import customers

    ctx = stress.open_ctx(db, tag)
    start.wait()
    conflicts = 0
    try:
        for n in range(times):
            while True:
                detail = customers.get_customer(ctx.uow(), customer_id)
                detail.data.notes = f"{detail.data.notes} {tag}{n}".strip()
                try:
                    stress.when_free(lambda d=detail: customers.update_customer(
                        ctx.uow(), customer_id, d.data, d.version))
                    break
                except EditConflict:
                    conflicts += 1
    finally:
        ctx.close()
    results.put(conflicts)


def new_contracts(db, start, results, customer_id: int, times: int) -> None:
    from tests.factories import make_contract

    ctx = stress.open_ctx(db, "clerk")
    start.wait()
    try:
        numbers = [stress.when_free(lambda: make_contract(ctx, customer_id,
                                                         signed_on="2027-01-05"))[1]
                   for _ in range(times)]
    finally:
        ctx.close()
    results.put(numbers)


def test_two_processes_paying_one_customer_never_over_allocate(db):
    ctx = stress.open_ctx(db, "setup")
    try:
        customer = make_customer(ctx, "C001")
        make_contract(ctx, customer, lines=[("5", "100")], status="delivered",
                      installments=[(f"2026-0{m}-10", "100") for m in range(2, 7)])
    finally:
        ctx.close()
    paid = run_together(pay_many, db, [(customer, 40), (customer, 40)])
    assert sum(len(ids) for ids in paid) == 80
    assert stress.violations(db) == []
    ctx = stress.open_ctx(db, "check")
    try:
        from services.ledger.balances import customer_balance, unallocated_credit

        with open_session(ctx) as session:
            assert customer_balance(session, customer, stress.TODAY).outstanding == 0
            assert str(unallocated_credit(session, customer, stress.TODAY)) == "300.00"
            assert session.scalar(select(func.count()).select_from(Contract)
                                  .where(Contract.status == "closed")) == 1
    finally:
        ctx.close()


def test_the_same_payments_reversed_by_two_processes_are_reversed_once(db):
    ctx = stress.open_ctx(db, "setup")
    try:
        customer = make_customer(ctx, "C001")
        make_contract(ctx, customer, lines=[("1", "1000")], installments=[("2026-10-01", "1000")])
        from tests.factories import pay

        ids = [pay(ctx, customer, "50") for _ in range(20)]
    finally:
        ctx.close()
    outcomes = run_together(reverse_all, db, [(ids,), (list(reversed(ids)),)])
    done = [pid for reversed_ids, _ in outcomes for pid in reversed_ids]
    assert sorted(done) == sorted(ids)  # each reversed exactly once, by one of the two
    assert sum(len(refused) for _, refused in outcomes) == 20
    assert stress.violations(db) == []
    ctx = stress.open_ctx(db, "check")
    try:
        with open_session(ctx) as session:
            assert session.scalar(select(func.count()).select_from(AuditEntry).where(
                AuditEntry.action == "reverse")) == 20
            assert session.scalar(select(func.count()).select_from(Payment).where(
                Payment.reversed_on.is_(None))) == 0
    finally:
        ctx.close()


def test_customer_saves_from_two_processes_are_refused_never_lost(db):
    ctx = stress.open_ctx(db, "setup")
    try:
        customer = make_customer(ctx, "C001")
    finally:
        ctx.close()
    run_together(append_notes, db, [(customer, "A", 15), (customer, "B", 15)])
    ctx = stress.open_ctx(db, "check")
    try:
        from services.ledger import customers

        notes = customers.get_customer(ctx.uow(), customer).data.notes.split()
    finally:
        ctx.close()
    assert sorted(notes) == sorted([f"A{n}" for n in range(15)] + [f"B{n}" for n in range(15)])


def test_first_contracts_of_a_year_from_two_processes_get_unique_consecutive_numbers(db):
    ctx = stress.open_ctx(db, "setup")
    try:
        customers = [make_customer(ctx, "C001"), make_customer(ctx, "C002")]
    finally:
        ctx.close()
    numbers = run_together(new_contracts, db, [(customers[0], 15), (customers[1], 15)])
    every = sorted(n for batch in numbers for n in batch)
    assert every == [f"HQ-2027-{n:05d}" for n in range(1, 31)]
    assert stress.violations(db) == []


def test_a_mixed_load_from_two_processes_keeps_every_invariant(db):
    ids = stress.set_up(db, customers=2, contracts_each=2)
    counts = stress.run_clients(db, ids, clients=2, actions=40, seed=7)
    assert sum(sum(v for k, v in c.items() if k in stress.ACTIONS) for c in counts) >= 70
    assert stress.violations(db, counts) == []
    assert stress.lost_notes(db, counts) == 0
