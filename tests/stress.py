"""Several clerks at once on one database, and what must hold afterwards (not collected by pytest).

    python -m tests.stress [--clients 4] [--actions 500] [--db FILE_OR_URL] [--seed 1]

Each client is a process of its own (as a second PC or a second window would be) doing a mix of
payments (oldest due first, against one of a few customers so they collide), reversals,
customer edits with the version check, new contracts (numbering) and promises. Afterwards the
invariants are checked; the script prints actions per second, conflicts refused and invariant
violations, and exits 1 if there is any violation. The tests (tests/ledger/test_concurrency.py)
run the same clients, smaller.
"""
from __future__ import annotations

import argparse
import datetime as dt
import multiprocessing
import queue
import random
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

TODAY = dt.date(2026, 11, 24)
ACTIONS = ("pay", "pay", "pay", "reverse", "edit_customer", "new_contract", "promise")


def open_ctx(db: str, operator: str):
    from services.admin.bootstrap import open_context
    from services.core.clock import FixedClock

    return open_context(db, FixedClock(TODAY), operator=operator)


def when_free(action, tries: int = 20):
    """Run `action()`, trying again while another clerk's change keeps the database busy (as
    the window does); the last busy is raised."""
    from services.core.environment import DatabaseProblem

    for attempt in range(tries):
        try:
            return action()
        except DatabaseProblem as problem:
            if problem.kind != "busy" or attempt == tries - 1:
                raise
            time.sleep(0.05)


def set_up(db: str, customers: int = 4, contracts_each: int = 3) -> list[int]:
    """Customers that owe: each has contracts of 10 installments of 100.00, some overdue."""
    from tests.factories import make_contract, make_customer

    ctx = open_ctx(db, "setup")
    ids = []
    try:
        for n in range(customers):
            customer = make_customer(ctx, f"S{n:03d}", f"压力测试客户{n}")
            for _ in range(contracts_each):
                schedule = [(TODAY + dt.timedelta(days=10 * k - 40), "100.00") for k in range(10)]
                make_contract(ctx, customer, lines=[("10", "100")], installments=schedule,
                              signed_on="2026-01-02", status="delivered", delivery_on="2026-01-02")
            ids.append(customer)
    finally:
        ctx.close()
    return ids


def client(db: str, name: str, customer_ids: list[int], actions: int, seed: int,
           start, results) -> None:
    """One clerk: `actions` random actions, then its counts put on `results`."""
    from services.collection import promises
    from services.core.environment import DatabaseProblem
    from services.core.errors import EditConflict, ValidationError
    from services.ledger import customers, payments
    from tests.factories import contract_input, payment_input

    rng = random.Random(seed)
    ctx = open_ctx(db, name)
    done: Counter = Counter()
    start.wait()
    began = time.perf_counter()
    try:
        for _ in range(actions):
            action = rng.choice(ACTIONS)
            customer = rng.choice(customer_ids)
            try:
                if action == "pay":
                    amount = rng.choice(("10.00", "35.50", "100.00", "250.00"))
                    payments.record_payment(ctx.uow(), payment_input(customer, amount))
                elif action == "reverse":
                    mine = [p.id for p in payments.list_payments(ctx.uow(), customer)
                            if p.reversed_on is None]
                    if not mine:
                        continue
                    payments.reverse_payment(ctx.uow(), rng.choice(mine[:5]), "退票")
                elif action == "edit_customer":
                    detail = customers.get_customer(ctx.uow(), customer)
                    data = detail.data
                    data.notes = (data.notes + f" {name}")[-4000:]
                    customers.update_customer(ctx.uow(), customer, data, detail.version)
                elif action == "new_contract":
                    contracts_module().create_contract(ctx.uow(), contract_input(
                        customer, lines=[("1", "80")], signed_on="2026-11-20",
                        installments=[("2026-12-20", "80")]))
                else:
                    promises.record_promise(ctx.uow(), customer, promises.PromiseInput(
                        promised_on="2026-11-30", amount="50"))
                done[action] += 1
            except EditConflict:
                done["conflict"] += 1
            except ValidationError as error:
                if error.reason != "already_reversed":
                    raise
                done["already_reversed"] += 1
            except DatabaseProblem as problem:
                if problem.kind != "busy":
                    raise
                done["busy"] += 1
    finally:
        done["seconds_x1000"] = round(1000 * (time.perf_counter() - began))
        ctx.close()
        results.put(dict(done))


def contracts_module():
    from services.ledger import contracts

    return contracts


def run_clients(db: str, customer_ids: list[int], clients: int, actions: int,
                seed: int = 1) -> list[dict]:
    """Start the clients together (spawned processes) and return their counts."""
    mp = multiprocessing.get_context("spawn")
    start, results = mp.Event(), mp.Queue()
    procs = [mp.Process(target=client, args=(db, f"clerk{n}", customer_ids, actions,
                                             seed * 1000 + n, start, results))
             for n in range(clients)]
    for proc in procs:
        proc.start()
    time.sleep(0.5)  # let them import and open the database, then go together
    start.set()
    counts = []
    while len(counts) < len(procs):
        try:
            counts.append(results.get(timeout=1))
        except queue.Empty:
            if not any(proc.is_alive() for proc in procs):
                break  # a client died before reporting: its traceback is on stderr
    for proc in procs:
        proc.join(timeout=60)
        if proc.exitcode != 0:
            raise RuntimeError(f"a client failed (exit {proc.exitcode}); see its traceback above")
    return counts


def violations(db: str, counts: list[dict] | None = None) -> list[str]:
    """What must hold after any mix of actions; an empty list when all of it does."""
    from sqlalchemy import func, select

    from models import Allocation, AuditEntry, Contract, Installment, NumberSequence, Payment
    from models.base import fen
    from services.ledger.balances import allocations_to_unowed, paid_cache_mismatches

    ctx = open_ctx(db, "check")
    found = []
    try:
        with ctx.uow() as uow:
            s = uow.session
            unowed = allocations_to_unowed(s)
            if unowed:
                found.append(f"{len(unowed)} allocations to installments not owed")
            drift = paid_cache_mismatches(s)
            if drift:
                found.append(f"{len(drift)} installments whose paid differs from their allocations")
            over = s.scalar(select(func.count()).select_from(Installment).where(
                (Installment.paid > Installment.amount) | (fen(Installment.paid) < 0)))
            if over:
                found.append(f"{over} installments paid beyond their amount or below nothing")
            given = (select(Allocation.payment_id, func.sum(fen(Allocation.amount)).label("given"))
                     .group_by(Allocation.payment_id).subquery())
            overgiven = s.scalar(select(func.count()).select_from(Payment)
                                 .join(given, given.c.payment_id == Payment.id)
                                 .where(given.c.given > fen(Payment.amount)))
            if overgiven:
                found.append(f"{overgiven} payments whose allocations exceed the payment")
            reversals = dict(s.execute(
                select(AuditEntry.entity_id, func.count())
                .where(AuditEntry.entity == "payment", AuditEntry.action == "reverse")
                .group_by(AuditEntry.entity_id)).all())
            twice = [pid for pid, n in reversals.items() if n > 1]
            if twice:
                found.append(f"{len(twice)} payments reversed more than once")
            reversed_count = s.scalar(select(func.count()).select_from(Payment)
                                      .where(Payment.reversed_on.is_not(None)))
            if reversed_count != len(reversals):
                found.append(f"{reversed_count} reversed payments but {len(reversals)} audited")
            for entity, model in (("payment", Payment), ("contract", Contract)):
                rows = s.scalar(select(func.count()).select_from(model))
                audited = s.scalar(select(func.count()).select_from(AuditEntry).where(
                    AuditEntry.entity == entity, AuditEntry.action == "create"))
                if rows != audited:
                    found.append(f"{rows} {entity} rows but {audited} audited as created")
            numbered = s.scalar(select(func.coalesce(func.sum(NumberSequence.last), 0))
                                .where(NumberSequence.kind == "contract"))
            contracts = s.scalar(select(func.count()).select_from(Contract))
            if numbered != contracts:
                found.append(f"{contracts} contracts but their sequences stand at {numbered}")
        if counts is not None:
            done = Counter()
            for c in counts:
                done.update(c)
            with ctx.uow() as uow:
                edits = uow.session.scalar(select(func.count()).select_from(AuditEntry).where(
                    AuditEntry.entity == "customer", AuditEntry.action == "update"))
            if edits != done["edit_customer"]:
                found.append(f"{done['edit_customer']} customer saves reported, {edits} audited")
    finally:
        ctx.close()
    return found


def lost_notes(db: str, counts: list[dict]) -> int:
    """How many successful customer saves left no trace in the notes (must be 0: a save over
    someone else's is refused, never silently overwriting it)."""
    from sqlalchemy import select

    from models import Customer

    ctx = open_ctx(db, "check")
    try:
        with ctx.uow() as uow:
            notes = " ".join(uow.session.scalars(select(Customer.notes)))
    finally:
        ctx.close()
    written = len(notes.split())
    saved = sum(c.get("edit_customer", 0) for c in counts)
    return max(saved - written, 0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.stress", description=__doc__.split("\n")[0])
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--actions", type=int, default=500)
    parser.add_argument("--db", help="a SQLAlchemy URL or a file (default: a new SQLite file)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        db = args.db or str(Path(folder) / "stress.sqlite3")
        if args.db and "://" in args.db:
            empty_server_schema(args.db)
        ids = set_up(db)
        counts = run_clients(db, ids, args.clients, args.actions, args.seed)
        elapsed = max(c["seconds_x1000"] for c in counts) / 1000  # from the common start
        total = Counter()
        for c in counts:
            total.update(c)
        actions = sum(total[a] for a in set(ACTIONS))
        problems = violations(db, counts) + ([f"{n} customer saves lost"]
                                             if (n := lost_notes(db, counts)) else [])
        print(f"{args.clients} clients x {args.actions} actions on "
              f"{'PostgreSQL' if '://' in db and db.startswith('postgres') else 'SQLite'}: "
              f"{actions} done in {elapsed:.1f} s = {actions / elapsed:.0f} actions/s")
        print("  " + ", ".join(f"{a} {total[a]}" for a in sorted(set(ACTIONS))))
        print(f"  conflicts refused {total['conflict']}, double reversals refused "
              f"{total['already_reversed']}, busy {total['busy']}")
        print(f"  invariant violations: {len(problems)}")
        for problem in problems:
            print(f"    {problem}")
    return 1 if problems else 0


def empty_server_schema(url: str) -> None:
    from tests.conftest import _empty_server_schema

    _empty_server_schema(url)


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    sys.exit(main())
