"""为所有有余额的客户生成对账单: one statement per customer with a balance, for one period, into
one PDF (each statement keeps its own "第 1 页 / 共 N 页") or one file per customer named
"<code> <name>.pdf".

What a cancel or a failure leaves is services.documents.batch's rule for price confirmations:
- **One PDF**: one transaction; numbered and recorded as drawn, the file written once all are
  drawn, committed after. A cancel or a failure records nothing, uses no number, leaves no file.
- **One file per customer**: each statement its own transaction (issue_statement): the file is
  written, then it is recorded. A cancel stops before the next customer; the files written stay,
  each recorded.

A customer whose own statement cannot be made (gone meanwhile, nothing new to state since its
last statement, figures that do not add up) is skipped and listed in StatementBatch.skipped with
the reason; the others are issued. What fails for everyone (our company's name missing, the
database, the file) stops the batch as above.
"""
from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from models import Customer
from services.core.errors import NotFound, ValidationError
from services.core.uow import AppContext
from services.documents.batch import concatenate, file_name
from services.documents.printing import write_pdf
from services.papers.statements import (
    IssuedStatement,
    customers_with_balance,
    issue_statement,
    record_statement,
)

Progress = Callable[[int, int], None]   # (customers done, customers in the batch)
Cancelled = Callable[[], bool]          # asked before each customer: True stops the batch


@dataclass(frozen=True)
class Candidate:
    customer_id: int
    code: str
    name: str


@dataclass
class StatementBatch:
    """What a batch issued (in order), the customers skipped ((code, or the id of one gone;
    the error saying why) in order: see the module's note), whether it was cancelled, and the
    file or folder written."""
    issued: list[IssuedStatement] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)
    skipped: list[tuple[str, Exception]] = field(default_factory=list)
    cancelled: bool = False
    output: Path | None = None


def candidates(ctx: AppContext, as_of: dt.date | None = None) -> list[Candidate]:
    """Customers owing something or holding unapplied credit at the end of `as_of` (default
    today), by code."""
    with ctx.uow() as uow:
        return [Candidate(*row) for row in
                customers_with_balance(uow.session, as_of or uow.clock.today())]


def _skippable(error: Exception) -> bool:
    """True for an error of one customer's statement alone (see the module's note)."""
    if isinstance(error, ValidationError):
        return error.field != "company_name"
    return isinstance(error, NotFound | ValueError)


def _codes(ctx: AppContext, ids: list[int]) -> dict[int, str]:
    with ctx.uow() as uow:
        return dict(uow.session.execute(select(Customer.id, Customer.code)
                                        .where(Customer.id.in_(ids))).all()) if ids else {}


def customer_file_name(code: str, name: str) -> str:
    """`C0003 西安聚仁诊所.pdf`, with the characters Windows refuses replaced by "_"."""
    return file_name(code, name)


def to_one_pdf(ctx: AppContext, customer_ids: Iterable[int], period_from: dt.date | None,
               period_to: dt.date | None, path: str | Path, *, progress: Progress | None = None,
               cancelled: Cancelled | None = None) -> StatementBatch:
    """Every customer's statement, in the order given, one after the other in the PDF `path`.
    A missing `period_from` is each customer's default (the day after its last statement).
    Cancelled (asked before each customer and before the file is written): nothing recorded or
    written. A customer whose statement cannot be made is skipped (its savepoint rolled back,
    no number used); any other error leaves after the rollback with no file."""
    path, ids = Path(path), list(dict.fromkeys(customer_ids))
    result, parts = StatementBatch(output=path), []
    codes = _codes(ctx, ids)
    uow = ctx.uow()
    with uow.writing():
        for done, customer_id in enumerate(ids):
            if cancelled is not None and cancelled():
                return StatementBatch(cancelled=True, output=path)
            try:
                with uow.session.begin_nested():
                    made = record_statement(uow, customer_id, period_from, period_to)
            except Exception as error:
                if not _skippable(error):
                    raise
                result.skipped.append((codes.get(customer_id, str(customer_id)), error))
            else:
                result.issued.append(made)
                parts.append(made.pdf)
            if progress is not None:
                progress(done + 1, len(ids))
        if cancelled is not None and cancelled():
            return StatementBatch(cancelled=True, output=path)
        if parts:
            write_pdf(path, concatenate(parts))
        try:
            uow.commit()
        except BaseException:
            with contextlib.suppress(OSError):
                path.unlink(missing_ok=True)
            raise
    if parts:
        result.files.append(path)
    return result


def to_files(ctx: AppContext, customer_ids: Iterable[int], period_from: dt.date | None,
             period_to: dt.date | None, folder: str | Path, *, progress: Progress | None = None,
             cancelled: Cancelled | None = None) -> StatementBatch:
    """One file per customer in `folder` ("<code> <name>.pdf"), each issued and recorded on its
    own once its file is written. Cancelled: stops before the next customer, keeping what was
    written and recorded. A customer whose statement cannot be made is skipped (nothing
    written or recorded for it); any other error is raised (what was written before stays,
    recorded)."""
    folder, ids = Path(folder), list(dict.fromkeys(customer_ids))
    result = StatementBatch(output=folder)
    for done, customer_id in enumerate(ids):
        if cancelled is not None and cancelled():
            result.cancelled = True
            return result
        with ctx.uow() as uow:
            row = uow.session.execute(select(Customer.code, Customer.name)
                                      .where(Customer.id == customer_id)).first()
        if row is None:
            result.skipped.append((str(customer_id), NotFound(f"customer {customer_id}")))
        else:
            path = folder / customer_file_name(*row)
            try:
                made = issue_statement(ctx.uow(), customer_id, period_from, period_to,
                                       deliver=lambda pdf, _number, path=path: write_pdf(path,
                                                                                         pdf))
            except Exception as error:
                if not _skippable(error):
                    raise
                result.skipped.append((row[0], error))
            else:
                result.issued.append(made)
                result.files.append(path)
        if progress is not None:
            progress(done + 1, len(ids))
    return result
