"""Merging two customers that are one (typed twice, or a code that differs between the old
system and ours): everything recorded for the one merged moves to the one kept, in one
transaction, audited; the merged customer's code and name stay searchable on the kept one.

What moves (every table with a customer_id; tests hold that none is forgotten): contracts
(with their lines, installments, invoices and attachments, numbers and salesperson unchanged),
payments (with their allocations), credit notes, promises, follow-ups, documents, statements,
dunning letters (with their items and sendings), legal actions and the collection plan's
targets. A target of a month the kept customer also has is added into the kept one's; a
dunning letter keeps the merged customer's code in `merged_from`, so a letter of the same
level and day as one of the kept customer's stays beside it. The kept customer's own fields
are unchanged; the merged customer's are written in full into the audit entry.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass

from sqlalchemy import case, func, select, update
from sqlalchemy.orm import Session

from models import (
    Attachment,
    CollectionTarget,
    Contract,
    CreditNote,
    Customer,
    Document,
    DunningLetter,
    FollowUp,
    Invoice,
    LegalAction,
    Payment,
    Promise,
    Statement,
)
from services.core.errors import NotFound, ValidationError
from services.core.parsing import clean_text
from services.core.uow import UnitOfWork, check_version
from services.ledger.customers import customer_pinyin, former_lines, lock_customer

FIELD = "merge_customer"  # the customer to keep, in errors
REASON_LIMIT = 300

# The tables whose rows point at a customer and simply change hands (collection_target and
# dunning_letter are moved by their own rules below).
MOVED_AS_THEY_ARE = {"contracts": Contract, "payments": Payment, "credit_notes": CreditNote,
                     "promises": Promise, "follow_ups": FollowUp, "documents": Document,
                     "statements": Statement, "legal_actions": LegalAction}


@dataclass(frozen=True)
class MergeCounts:
    """How many rows of each kind move from the merged customer to the kept one.

    `invoices` and `attachments` belong to the contracts and move with them;
    `targets_added`: the merged customer's monthly targets for a month the kept one also has,
    added into the kept one's (they are part of `collection_targets`)."""

    contracts: int = 0
    payments: int = 0
    credit_notes: int = 0
    promises: int = 0
    follow_ups: int = 0
    documents: int = 0
    statements: int = 0
    legal_actions: int = 0
    dunning_letters: int = 0
    collection_targets: int = 0
    targets_added: int = 0
    invoices: int = 0
    attachments: int = 0

    def as_dict(self) -> dict[str, int]:
        return asdict(self)


@dataclass(frozen=True)
class MergePreview:
    """What a merge would do, read without writing: both customers and the counts. The
    versions are what merge_customers expects back (`expected_versions`)."""

    keep_id: int
    keep_code: str
    keep_name: str
    keep_version: int
    merge_id: int
    merge_code: str
    merge_name: str
    merge_version: int
    counts: MergeCounts


@dataclass(frozen=True)
class MergeResult:
    kept_id: int
    merged_code: str
    merged_name: str
    counts: MergeCounts
    kept_version: int  # the kept customer's version after the merge


def merge_preview(uow: UnitOfWork, keep_id: int, merge_id: int) -> MergePreview:
    """What merging customer `merge_id` into `keep_id` would move (MergeCounts), and both
    customers' codes, names and versions. Reads only. ValidationError(FIELD, "same_customer")
    when they are one; NotFound for an unknown id."""
    if keep_id == merge_id:
        raise ValidationError(FIELD, "same_customer")
    with uow:
        keep, merge = (_customer(uow.session, cid) for cid in (keep_id, merge_id))
        return MergePreview(keep.id, keep.code, keep.name, keep.version, merge.id, merge.code,
                            merge.name, merge.version, _counts(uow.session, keep_id, merge_id))


def merge_customers(uow: UnitOfWork, keep_id: int, merge_id: int, reason: str,
                    expected_versions: tuple[int, int] | None = None) -> MergeResult:
    """Merge customer `merge_id` into `keep_id` in one transaction (see the module): every row
    pointing at the merged customer moves to the kept one, the merged customer is deleted, its
    code and name are appended to the kept one's `former_codes` (and its 拼音 key), the kept
    customer's version is bumped (and the moved contracts', so a dialog open on one cannot save
    the old customer back), and one audit entry ("merge", "customer", keep_id) holds the merged
    customer's every field, the counts and the reason.

    `reason` required (up to 300 characters); `expected_versions` (kept, merged): the versions
    the user saw (MergePreview), EditConflict when either customer was saved since.
    Errors, nothing written on any: ValidationError(FIELD, "same_customer"),
    ("reason", "required" / "too_long" / …), (FIELD, "letters_clash") in the one case the
    kept customer already holds a letter of the same level and day addressed to the same
    former code; NotFound for an unknown id; EditConflict.
    """
    if keep_id == merge_id:
        raise ValidationError(FIELD, "same_customer")
    reason = clean_text(reason, "reason", REASON_LIMIT, required=True)
    with uow.writing():
        session = uow.session
        locked = {cid: lock_customer(session, cid) for cid in sorted((keep_id, merge_id))}
        keep, merge = locked[keep_id], locked[merge_id]
        if expected_versions is not None:
            check_version(session, "customer", keep_id, keep.version, expected_versions[0])
            check_version(session, "customer", merge_id, merge.version, expected_versions[1])
        counts = _counts(session, keep_id, merge_id)
        record = _fields(merge)
        added = _move(session, keep, merge)
        keep.former_codes = "\n".join(
            former_lines(keep.former_codes) + [f"{merge.code} {merge.name}"]
            + former_lines(merge.former_codes))
        keep.pinyin = customer_pinyin(keep)
        keep.updated_at = uow.clock.now()
        keep.version += 1
        session.delete(merge)
        session.flush()
        uow.audit("merge", "customer", keep_id, {
            "merged": record, "counts": counts.as_dict(), "targets_added": added,
            "reason": reason})
        uow.commit()
        return MergeResult(keep_id, record["code"], record["name"], counts, keep.version)


def _customer(session: Session, customer_id: int) -> Customer:
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise NotFound(f"customer {customer_id}")
    return customer


def _fields(customer: Customer) -> dict:
    """Every column of the customer, as stored (the audit writes dates and money as text)."""
    return {column.key: getattr(customer, column.key) for column in Customer.__mapper__.columns}


def _counts(session: Session, keep_id: int, merge_id: int) -> MergeCounts:
    def count(model, *where) -> int:
        return session.scalar(select(func.count()).select_from(model).where(*where)) or 0

    moved = {kind: count(model, model.customer_id == merge_id)
             for kind, model in MOVED_AS_THEY_ARE.items()}
    contracts = select(Contract.id).where(Contract.customer_id == merge_id)
    kept_months = select(CollectionTarget.month).where(CollectionTarget.customer_id == keep_id)
    return MergeCounts(
        **moved,
        dunning_letters=count(DunningLetter, DunningLetter.customer_id == merge_id),
        collection_targets=count(CollectionTarget, CollectionTarget.customer_id == merge_id),
        targets_added=count(CollectionTarget, CollectionTarget.customer_id == merge_id,
                            CollectionTarget.month.in_(kept_months)),
        invoices=count(Invoice, Invoice.contract_id.in_(contracts)),
        attachments=count(Attachment, Attachment.contract_id.in_(contracts)))


def _move(session: Session, keep: Customer, merge: Customer) -> list[dict]:
    """Point every row of `merge` at `keep`; returns the targets added into the kept ones'."""
    for model in MOVED_AS_THEY_ARE.values():
        values = {"customer_id": keep.id}
        if model is Contract:  # an editor open on a moved contract must read it again
            values["version"] = Contract.version + 1
        session.execute(update(model).where(model.customer_id == merge.id).values(**values)
                        .execution_options(synchronize_session=False))
    _move_letters(session, keep, merge)
    return _move_targets(session, keep.id, merge.id)


def _move_letters(session: Session, keep: Customer, merge: Customer) -> None:
    """The merged customer's letters, marked with the code they were addressed to (a letter it
    had itself from an earlier merge keeps that code)."""
    addressed = case((DunningLetter.merged_from == "", merge.code),
                     else_=DunningLetter.merged_from)
    theirs = (select(DunningLetter.level, DunningLetter.letter_date, addressed.label("code"))
              .where(DunningLetter.customer_id == merge.id).subquery())
    clash = session.execute(
        select(DunningLetter.level, DunningLetter.letter_date)
        .join(theirs, (theirs.c.level == DunningLetter.level)
              & (theirs.c.letter_date == DunningLetter.letter_date)
              & (theirs.c.code == DunningLetter.merged_from))
        .where(DunningLetter.customer_id == keep.id).limit(1)).first()
    if clash is not None:
        raise ValidationError(FIELD, "letters_clash", level=clash[0], day=_day(clash[1]))
    session.execute(update(DunningLetter).where(DunningLetter.customer_id == merge.id)
                    .values(customer_id=keep.id, merged_from=addressed)
                    .execution_options(synchronize_session=False))


def _move_targets(session: Session, keep_id: int, merge_id: int) -> list[dict]:
    kept = {t.month: t for t in session.scalars(
        select(CollectionTarget).where(CollectionTarget.customer_id == keep_id))}
    added = []
    for target in session.scalars(select(CollectionTarget)
                                  .where(CollectionTarget.customer_id == merge_id)).all():
        same = kept.get(target.month)
        if same is None:
            target.customer_id = keep_id
            continue
        added.append({"month": target.month, "kept": same.target, "added": target.target})
        same.target += target.target
        session.delete(target)
    session.flush()
    return added


def _day(value) -> str:
    return value.isoformat() if isinstance(value, dt.date) else str(value)
