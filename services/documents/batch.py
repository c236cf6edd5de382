"""Price confirmations for many contracts at once: into one PDF, or one file per contract.

Each confirmation is the very paper a single print would give (services.documents.printing:
numbered by record_document/issue_document when it leaves the program, stored with its bytes
and hash). A contract whose confirmation was already issued, and not saved since, gets the
stored bytes again and no new number: a reprint is the same paper.

What a cancel or a failure leaves, by output:

- **One file per contract**: each contract is its own transaction (issue_document): its number
  is taken, its file written, and only then is it recorded and committed. A cancel stops
  before the next contract; a failure stops at the one that failed (its number unused, its file
  removed). Every file left in the folder is recorded, every record has its file, and the
  numbers stay gap-free, because a number is committed only with a written file.
- **One PDF**: the whole batch is one transaction. Numbers are taken and the documents recorded
  as they are drawn, the file is written once all are drawn, and the transaction commits only
  after that. A cancel, or any failure before the file is complete, rolls everything back: no
  record, no number used, no file. The price is that the batch holds the database's write
  lock while it draws (about as long as the batch takes): other clerks' saves wait (and, past
  the busy timeout, are told the database is busy).
"""
from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models import Contract, Customer, Document
from services.core.errors import NotFound, ValidationError
from services.core.uow import AppContext, UnitOfWork
from services.documents import printing
from services.documents.content import PRICE_CONFIRMATION

Progress = Callable[[int, int], None]   # (contracts done, contracts in the batch)
Cancelled = Callable[[], bool]          # asked before each contract: True stops the batch


@dataclass(frozen=True)
class Candidate:
    """A confirmed contract whose price confirmation has not come back signed; `issued` is the
    number of its confirmation a batch would reprint ("" when a new one would be issued)."""
    contract_id: int
    contract_number: str
    customer_id: int
    customer_name: str
    salesperson: str
    signed_on: dt.date
    total: Decimal
    issued: str = ""


@dataclass(frozen=True)
class BatchItem:
    """One confirmation that left the program: its document, whether it was a reprint of the
    stored bytes (no new number), and its file (one file per contract) or None (one PDF)."""
    contract_id: int
    contract_number: str
    document_id: int
    number: str
    reused: bool
    path: Path | None = None


@dataclass(frozen=True)
class BatchResult:
    """What a batch did: the confirmations delivered (in order), the contracts left out and why
    (contract number, the ValidationError or NotFound), whether it was cancelled, and the
    output (the PDF, or the folder)."""
    items: list[BatchItem]
    skipped: list[tuple[str, Exception]] = field(default_factory=list)
    cancelled: bool = False
    output: Path | None = None

    @property
    def issued(self) -> int:
        """How many new numbers the batch took."""
        return sum(not item.reused for item in self.items)


class BatchStopped(Exception):
    """A batch into one file per contract stopped at an error (the `__cause__`) after
    `result.items` were written and recorded; those stay."""

    def __init__(self, result: BatchResult) -> None:
        super().__init__(f"stopped after {len(result.items)} confirmations")
        self.result = result


def list_candidates(uow: UnitOfWork, *, customer_id: int | None = None,
                    salesperson: str | None = None, signed_from: dt.date | None = None,
                    signed_to: dt.date | None = None) -> list[Candidate]:
    """Confirmed contracts whose price confirmation is not yet recorded as signed, by customer
    code then contract number; optionally of one customer, one salesperson, signed within
    [signed_from, signed_to] (both days included). Totals in yuan."""
    query = (select(Contract.id, Contract.number, Customer.id, Customer.name,
                    Contract.salesperson, Contract.signed_on, Contract.total)
             .join(Customer, Customer.id == Contract.customer_id)
             .where(Contract.status == "confirmed",
                    Contract.price_confirmation_signed_on.is_(None))
             .order_by(Customer.code, Contract.number))
    if customer_id is not None:
        query = query.where(Contract.customer_id == customer_id)
    if salesperson:
        query = query.where(Contract.salesperson == salesperson)
    if signed_from is not None:
        query = query.where(Contract.signed_on >= signed_from)
    if signed_to is not None:
        query = query.where(Contract.signed_on <= signed_to)
    with uow:
        rows = uow.session.execute(query).all()
        reprints = _reprints(uow.session, [row[0] for row in rows])
        numbers = dict(uow.session.execute(
            select(Document.id, Document.number).where(Document.id.in_(reprints.values()))).all()
            if reprints else [])
    return [Candidate(*row, issued=numbers.get(reprints.get(row[0]), "")) for row in rows]


def candidate_salespeople(uow: UnitOfWork) -> list[str]:
    """The salespeople of the candidates (list_candidates), sorted, without the empty name."""
    with uow:
        return list(uow.session.scalars(
            select(Contract.salesperson).distinct()
            .where(Contract.status == "confirmed",
                   Contract.price_confirmation_signed_on.is_(None), Contract.salesperson != "")
            .order_by(Contract.salesperson)))


def _reprints(session: Session, contract_ids: list[int]) -> dict[int, int]:
    """contract id -> its latest price confirmation, for the contracts whose confirmation was
    issued after the contract was last saved. A contract saved since (its lines, prices or
    schedule may say something else now) gets a new confirmation instead."""
    found: dict[int, int] = {}
    for start in range(0, len(contract_ids), 500):  # far under any database's parameter limit
        chunk = contract_ids[start:start + 500]
        found.update(session.execute(
            select(Document.contract_id, func.max(Document.id))
            .join(Contract, Contract.id == Document.contract_id)
            .where(Document.kind == PRICE_CONFIRMATION, Document.contract_id.in_(chunk),
                   Document.created_at > Contract.updated_at)
            .group_by(Document.contract_id)).all())
    return found


def file_name(contract_number: str, customer_name: str) -> str:
    """`BJ-2026-00042 北京九州诊所.pdf`: the contract number and the customer's name, with the
    characters Windows refuses in a file name (and control characters) replaced by "_"."""
    name = re.sub(r'[<>:"/\\|?*\x00-\x1f\x7f]', "_", f"{contract_number} {customer_name}")
    return name.strip(" .")[:150] + ".pdf"


def print_to_files(ctx: AppContext, contract_ids: Iterable[int], folder: str | Path, *,
                   progress: Progress | None = None,
                   cancelled: Cancelled | None = None) -> BatchResult:
    """One file per contract in `folder` (file_name: number and customer), each issued and
    recorded on its own as a single print is (see the module's note on cancel and failure).

    A contract cancelled or gone meanwhile is skipped (BatchResult.skipped); any other error
    (our company's name missing, a file that cannot be written, the database) stops the batch
    as BatchStopped, whose `result` lists what was written before, and whose cause is the error.
    `progress(done, total)` is called after each contract; `cancelled()` is asked before each.
    """
    folder = Path(folder)
    ids = list(dict.fromkeys(contract_ids))
    items: list[BatchItem] = []
    skipped: list[tuple[str, Exception]] = []
    for done, contract_id in enumerate(ids):
        if cancelled is not None and cancelled():
            return BatchResult(items, skipped, cancelled=True, output=folder)
        try:
            items.append(_one_file(ctx, contract_id, folder))
        except (ValidationError, NotFound) as error:
            if not _contract_gone(error):
                raise BatchStopped(BatchResult(items, skipped, output=folder)) from error
            skipped.append((_number_of(ctx, contract_id), error))
        except Exception as error:
            raise BatchStopped(BatchResult(items, skipped, output=folder)) from error
        if progress is not None:
            progress(done + 1, len(ids))
    return BatchResult(items, skipped, output=folder)


def _one_file(ctx: AppContext, contract_id: int, folder: Path) -> BatchItem:
    with ctx.uow() as uow:
        contract = uow.session.get(Contract, contract_id)
        if contract is None:
            raise NotFound(f"contract {contract_id}")
        number = contract.number
        path = folder / file_name(number, uow.session.get(Customer, contract.customer_id).name)
        reprint = _reprints(uow.session, [contract_id]).get(contract_id)
        if reprint is not None:
            pdf = printing.stored_pdf(uow.session, reprint)
            document_number = uow.session.get(Document, reprint).number
    if reprint is not None:
        printing.write_pdf(path, pdf)
        return BatchItem(contract_id, number, reprint, document_number, True, path)
    made = printing.issue_document(ctx.uow(), PRICE_CONFIRMATION, contract_id=contract_id,
                                   deliver=lambda pdf, _number: printing.write_pdf(path, pdf))
    return BatchItem(contract_id, number, made.id, made.number, False, path)


def print_to_one_pdf(ctx: AppContext, contract_ids: Iterable[int], path: str | Path, *,
                     progress: Progress | None = None,
                     cancelled: Cancelled | None = None) -> BatchResult:
    """Every contract's confirmation, in the order given, one after the other in the PDF file
    `path` (each keeps its own "第 1 页 / 共 N 页"). One transaction: recorded only once the
    whole file is written (see the module's note); cancelled, nothing is recorded or written.

    A contract cancelled or gone meanwhile is skipped (BatchResult.skipped); any other error is
    raised after the rollback, with no file left: printing.issue_document's errors and
    write_pdf's. `progress(done, total)` after each contract drawn; `cancelled()` is asked
    before each and once more before the file is written.
    """
    path = Path(path)
    ids = list(dict.fromkeys(contract_ids))
    items: list[BatchItem] = []
    skipped: list[tuple[str, Exception]] = []
    parts: list[bytes] = []
    uow = ctx.uow()
    with uow.writing():
        reprints = _reprints(uow.session, ids)
        numbers = dict(uow.session.execute(select(Contract.id, Contract.number)
                                           .where(Contract.id.in_(ids))).all()) if ids else {}
        for done, contract_id in enumerate(ids):
            if cancelled is not None and cancelled():
                return BatchResult([], [], cancelled=True, output=path)
            try:
                with uow.session.begin_nested():  # a skipped contract leaves nothing behind
                    item, pdf = _drawn(uow, contract_id, reprints.get(contract_id))
            except (ValidationError, NotFound) as error:
                if not _contract_gone(error):
                    raise
                skipped.append((numbers.get(contract_id, str(contract_id)), error))
            else:
                items.append(item)
                parts.append(pdf)
            if progress is not None:
                progress(done + 1, len(ids))
        if cancelled is not None and cancelled():
            return BatchResult([], [], cancelled=True, output=path)
        if parts:
            printing.write_pdf(path, concatenate(parts))
        try:
            uow.commit()
        except BaseException:
            with contextlib.suppress(OSError):
                path.unlink(missing_ok=True)
            raise
    return BatchResult(items, skipped, output=path)


def _drawn(uow: UnitOfWork, contract_id: int, reprint: int | None) -> tuple[BatchItem, bytes]:
    """The stored confirmation (`reprint`) or a new one numbered and recorded in `uow`."""
    if reprint is not None:
        pdf = printing.stored_pdf(uow.session, reprint)
        document = uow.session.get(Document, reprint)
        return BatchItem(contract_id, uow.session.get(Contract, contract_id).number, reprint,
                         document.number, True), pdf
    made = printing.record_document(uow, PRICE_CONFIRMATION, contract_id=contract_id)
    return BatchItem(contract_id, uow.session.get(Contract, contract_id).number, made.id,
                     made.number, False), made.pdf


def _contract_gone(error: Exception) -> bool:
    """The contract itself cannot have a confirmation (deleted, or cancelled meanwhile): skip
    it. Anything else (our company's name missing…) would fail every contract: stop."""
    return isinstance(error, NotFound) or (isinstance(error, ValidationError)
                                           and error.field == "contract")


def _number_of(ctx: AppContext, contract_id: int) -> str:
    with ctx.uow() as uow:
        number = uow.session.scalar(select(Contract.number).where(Contract.id == contract_id))
    return number or str(contract_id)


_XREF = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*$")
_OBJECT = re.compile(rb"(\d+) 0 obj\s")
_REFERENCE = re.compile(rb"(\d+) 0 R")
_STREAM = re.compile(rb">>\s*stream\r?\n")
_KIDS = re.compile(rb"/Kids\s*\[([^\]]*)\]")
_PARENT = re.compile(rb"/Parent \d+ 0 R")


def concatenate(pdfs: list[bytes]) -> bytes:
    """The pages of every PDF in `pdfs` (as this program draws them: reportlab's plain
    objects and cross-reference table), in order, as one PDF; each page and what it uses
    (content, fonts, embedded subsets) copied byte for byte, only renumbered. ValueError for a
    PDF of another shape."""
    objects: list[bytes] = [b""]  # the new file's objects from 1; 1 is the page tree
    pages: list[int] = []
    for pdf in pdfs:
        body, kids = _objects(pdf)
        renumber = {number: len(objects) + 1 + i
                    for i, number in enumerate(_reachable(body, kids))}

        def new_number(found: re.Match, renumber=renumber) -> bytes:
            return b"%d 0 R" % renumber[int(found.group(1))]

        for number in renumber:
            head, stream = _split(body[number])
            head = _REFERENCE.sub(new_number, _PARENT.sub(b"/Parent PAGES", head))
            objects.append(head.replace(b"/Parent PAGES", b"/Parent 1 0 R") + stream)
        pages += [renumber[kid] for kid in kids]
    catalog = len(objects) + 1
    objects[0] = (b"<< /Count %d /Kids [ %s ] /Type /Pages >>"
                  % (len(pages), b" ".join(b"%d 0 R" % page for page in pages)))
    objects.append(b"<< /Lang (zh-CN) /Pages 1 0 R /Type /Catalog >>")
    out = bytearray(b"%PDF-1.4\n%\x93\x8c\x8b\x9e\n")
    offsets = []
    for number, content in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, content)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Root %d 0 R /Size %d >>\nstartxref\n%d\n%%%%EOF\n" % (
        catalog, len(objects) + 1, xref)
    return bytes(out)


def _objects(pdf: bytes) -> tuple[dict[int, bytes], list[int]]:
    """A reportlab PDF's objects (number -> what stands between "obj" and "endobj") and its
    pages in order."""
    found = _XREF.search(pdf[-64:])
    if not pdf.startswith(b"%PDF-") or found is None:
        raise ValueError("not a PDF drawn by this program")
    xref = int(found.group(1))
    table = pdf[xref:pdf.index(b"trailer", xref)].split(b"\n")
    if table[0].strip() != b"xref" or not table[1].startswith(b"0 "):
        raise ValueError("not a PDF drawn by this program")
    offsets = sorted((int(line[:10]), number) for number, line in enumerate(table[2:])
                     if line.endswith(b" n ") or line.endswith(b" n"))
    body: dict[int, bytes] = {}
    for (offset, number), (end, _next) in zip(offsets, offsets[1:] + [(xref, 0)], strict=True):
        header = _OBJECT.match(pdf, offset)
        if header is None or int(header.group(1)) != number:
            raise ValueError("not a PDF drawn by this program")
        content = pdf[header.end():end].rstrip()
        if not content.endswith(b"endobj"):
            raise ValueError("not a PDF drawn by this program")
        body[number] = content[:-len(b"endobj")].rstrip()
    root = int(re.search(rb"/Root (\d+) 0 R", pdf[xref:]).group(1))
    tree = int(re.search(rb"/Pages (\d+) 0 R", body[root]).group(1))
    kids = _KIDS.search(body[tree])
    if kids is None or b"/Type /Page " in body[tree]:
        raise ValueError("not a PDF drawn by this program")
    return body, [int(n) for n in _REFERENCE.findall(kids.group(1))]


def _reachable(body: dict[int, bytes], pages: list[int]) -> list[int]:
    """The pages and every object they use, in the order first met (the page tree left out)."""
    seen: dict[int, None] = {}
    todo = list(reversed(pages))
    while todo:
        number = todo.pop()
        if number in seen:
            continue
        seen[number] = None
        head = _PARENT.sub(b"", _split(body[number])[0])
        todo += reversed([int(n) for n in _REFERENCE.findall(head)])
    return list(seen)


def _split(content: bytes) -> tuple[bytes, bytes]:
    """An object as its dictionary (references rewritten there) and its stream (kept as is)."""
    stream = _STREAM.search(content)
    if stream is None:
        return content, b""
    return content[:stream.start() + 2], content[stream.start() + 2:]
