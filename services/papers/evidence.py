"""证据材料包: everything a lawyer needs about one customer's debt, in one PDF.

An index page (目录: each part, its category and the pages it takes), then the parts in the
order a lawyer files them, every page stamped "证据第 n 页 / 共 N 页" in its top right corner:
1. 合同: the list of contracts (agreed ones: confirmed, delivered, closed), then per contract
   its price confirmation and IOU — the signed scans where attached (an image on a page of its
   own, a PDF merged as it is), otherwise the stored PDF (marked 系统存档，未附签回件) — and its
   other attached scans; then IOUs issued for the customer's whole balance;
2. 发票: the VAT invoices (a table drawn here);
3. 送货: the data model keeps no delivery notes (only a contract's delivery date and 送货单号):
   a table of those, asking for the signed delivery notes to be added;
4. 对账单: the stored statements, confirmed ones first (by the day confirmed), then disputed,
   then unanswered;
5. 催款函: the stored letters by date, each with its sendings in the index, then a table of
   every sending (the proof of sending on record: day, method, tracking number, by whom);
6. 回款: the payment history (payments, credit notes, reversals) as a table;
7. 诉讼时效: per installment still owed its limitation end and what last restarted it
   (services.collection.limitation), marked 仅为提醒，不构成法律意见.
A file that cannot be included (missing, changed since attached, unreadable) gets a page saying
so in its place, so the bundle is always made and the gap is visible. Reads only: nothing is
recorded, no number is taken.
"""
from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from models import (
    Allocation,
    Attachment,
    Contract,
    CreditNote,
    Customer,
    Document,
    Installment,
    Payment,
)
from models.papers import DunningLetter, LetterSending, Statement
from models.payment import CREDIT_NOTE_METHOD
from services.collection.limitation import NOT_LEGAL_ADVICE, limitation_dates
from services.core.errors import NotFound
from services.core.statuses import AGREED_STATUSES
from services.core.uow import UnitOfWork
from services.documents.letter_content import LETTER_TITLES
from services.documents.printing import stored_pdf, write_pdf
from services.documents.wording import PAYMENT_METHOD_WORDS, SENDING_WORDS
from services.ledger.invoices import customer_invoices

IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".bmp", ".gif", ".tif", ".tiff", ".webp")
STATUS_WORDS = {"confirmed": "已确认", "delivered": "已发货", "closed": "已结清"}
INVOICE_KINDS = {"special": "专票", "ordinary": "普票"}
RESTART_WORDS = {"legal_action": "起诉/仲裁/支付令", "statement": "对账单确认",
                 "iou": "欠款确认书（约定还款日）", "demand": "催款函寄送",
                 "promise": "承诺付款", "payment": "部分付款"}
DOC_WORDS = {"price_confirmation": "供货价格确认书", "iou": "欠款确认书"}


@dataclass(frozen=True)
class BundlePart:
    """One entry of the index: its category, what it is, its pages in the bundle (from 1)."""
    section: str
    title: str
    first_page: int
    last_page: int


@dataclass(frozen=True)
class EvidenceBundle:
    pdf: bytes
    parts: list[BundlePart]   # the index's entries (the index itself is pages 1…index_pages)
    index_pages: int
    pages: int


@dataclass
class _Piece:
    section: str
    title: str
    pdf: bytes


def _day(value: dt.date | None) -> str:
    return value.isoformat() if value else ""


def _yuan(amount: Decimal) -> str:
    return f"{amount:,.2f}"


class _Gatherer:
    """Collects the parts in filing order for one customer, inside an open unit of work."""

    def __init__(self, uow: UnitOfWork, customer: Customer) -> None:
        from services.documents import evidence_pdf  # reportlab: loaded on first use only

        self.pdf = evidence_pdf
        self.uow, self.session, self.customer = uow, uow.session, customer
        self.today = uow.clock.today()
        self.label = f"{customer.name}（{customer.code}）"
        self.pieces: list[_Piece] = []

    def add(self, section: str, title: str, pdf: bytes) -> None:
        self.pieces.append(_Piece(section, title, pdf))

    def table(self, section: str, title: str, notes: list[str], heads: list[str],
              rows: list[list[str]], widths: list[float], right: tuple[int, ...] = ()) -> None:
        part = self.pdf.TablePart(title, notes, heads, rows, widths, right)
        self.add(section, title, self.pdf.render_table(part, customer=self.label,
                                                       dated=self.today))

    def stored(self, section: str, title: str, document_id: int) -> None:
        try:
            self.add(section, title, stored_pdf(self.session, document_id))
        except RuntimeError:  # the bytes do not match their recorded hash
            self.add(section, title, self.pdf.render_missing(
                title, "存档文件与生成时登记的校验值不符，未并入。", self.today))

    def scan(self, section: str, title: str, attachment: Attachment) -> None:
        files = self.uow.files_dir
        path = files / attachment.stored_name if files is not None else None
        why = None
        if path is None or not path.is_file():
            why = f"找不到签回件文件：{attachment.file_name}（请检查数据库旁的附件文件夹）"
        else:
            import hashlib

            if hashlib.sha256(path.read_bytes()).hexdigest() != attachment.sha256:
                why = f"签回件文件已被改动（与登记时的校验值不符）：{attachment.file_name}"
        if why is None:
            try:
                self.add(section, title, self._scan_pdf(path, title))
                return
            except Exception:  # noqa: BLE001 - any unreadable file becomes a visible gap
                why = f"无法读取签回件文件：{attachment.file_name}"
        self.add(section, title, self.pdf.render_missing(title, why, self.today))

    def _scan_pdf(self, path: Path, caption: str) -> bytes:
        suffix = path.suffix.lower()
        if suffix == ".pdf":
            from pypdf import PdfReader

            data = path.read_bytes()
            if len(PdfReader(io.BytesIO(data)).pages) == 0:
                raise ValueError("no pages")
            return data
        if suffix in IMAGE_SUFFIXES:
            return self.pdf.render_image(path, caption, self.today)
        raise ValueError(f"not an image or a PDF: {suffix}")


def _contracts(g: _Gatherer) -> None:
    session, cid = g.session, g.customer.id
    contracts = list(session.scalars(
        select(Contract).where(Contract.customer_id == cid, Contract.status.in_(AGREED_STATUSES))
        .order_by(Contract.signed_on, Contract.number)))
    g.table("合同", "合同清单", [f"客户：{g.label}"],
            ["合同号", "签订日期", "发货日期", "合同金额", "状态", "价格确认书签回", "欠款确认书签回"],
            [[c.number, _day(c.signed_on), _day(c.delivery_on), _yuan(c.total),
              STATUS_WORDS.get(c.status, c.status), _day(c.price_confirmation_signed_on),
              _day(c.iou_signed_on)] for c in contracts],
            [0.2, 0.13, 0.13, 0.15, 0.09, 0.15, 0.15], right=(3,))
    ids = [c.id for c in contracts]
    scans_of: dict[int, list[Attachment]] = {}
    latest: dict[tuple[int, str], tuple[int, str]] = {}
    if ids:  # one query each for all the contracts, not two per contract
        for scan in session.scalars(select(Attachment).where(Attachment.contract_id.in_(ids))
                                    .order_by(Attachment.added_at, Attachment.id)):
            scans_of.setdefault(scan.contract_id, []).append(scan)
        for doc_id, number, contract_id, kind in session.execute(
                select(Document.id, Document.number, Document.contract_id, Document.kind)
                .where(Document.contract_id.in_(ids), Document.kind.in_(DOC_WORDS))
                .order_by(Document.created_at, Document.id)):
            latest[contract_id, kind] = (doc_id, number)  # the last one made wins
    for contract in contracts:
        scans = scans_of.get(contract.id, [])
        for kind in ("price_confirmation", "iou"):
            signed = [a for a in scans if a.kind == kind]
            for scan in signed:
                g.scan("合同", f"合同 {contract.number} {DOC_WORDS[kind]}（签回件：{scan.file_name}）",
                       scan)
            if not signed and (contract.id, kind) in latest:
                doc_id, number = latest[contract.id, kind]
                g.stored("合同", f"合同 {contract.number} {DOC_WORDS[kind]} {number}"
                         "（系统存档，未附签回件）", doc_id)
        for scan in (a for a in scans if a.kind not in DOC_WORDS):
            g.scan("合同", f"合同 {contract.number} 其他附件：{scan.file_name}", scan)
    for doc_id, number, made in session.execute(
            select(Document.id, Document.number, Document.created_at)
            .where(Document.customer_id == cid, Document.contract_id.is_(None),
                   Document.kind == "iou").order_by(Document.created_at, Document.id)):
        g.stored("合同", f"欠款确认书 {number}（全部欠款，{_day(made.date())} 出具）", doc_id)


def _invoices(g: _Gatherer) -> None:
    found = customer_invoices(g.session, g.customer.id)
    total = sum((i.amount for i in found), Decimal("0.00"))
    g.table("发票", "发票清单", [f"客户：{g.label}", f"共 {len(found)} 张，合计 ¥{_yuan(total)}（专票：增值税专用发票；"
             "普票：增值税普通发票）"],
            ["合同号", "发票号码", "种类", "开票日期", "金额", "寄送方式", "快递单号", "客户签收"],
            [[i.contract_number, i.number, INVOICE_KINDS.get(i.kind, i.kind), _day(i.issued_on),
              _yuan(i.amount), SENDING_WORDS.get(i.sent_method, i.sent_method), i.tracking_number,
              _day(i.received_on)] for i in found],
            [0.16, 0.13, 0.07, 0.13, 0.12, 0.07, 0.19, 0.13], right=(4,))


def _deliveries(g: _Gatherer) -> None:
    rows = g.session.execute(
        select(Contract.number, Contract.delivery_on, Contract.delivery_note_no, Contract.total)
        .where(Contract.customer_id == g.customer.id, Contract.delivery_on.is_not(None),
               Contract.status.in_(AGREED_STATUSES))
        .order_by(Contract.delivery_on, Contract.number))
    g.table("送货", "送货记录",
            [f"客户：{g.label}",
             "本系统不保存送货单原件：下表列出各合同的发货日期与送货单号，请另附客户签收的送货单。"],
            ["合同号", "发货日期", "送货单号", "合同金额"],
            [[n, _day(d), no or "（未登记）", _yuan(t)] for n, d, no, t in rows],
            [0.3, 0.22, 0.28, 0.2], right=(3,))


def _statements(g: _Gatherer) -> None:
    order = {"confirmed": 0, "disputed": 1, "issued": 2}
    found = g.session.execute(
        select(Statement, Document.number).join(Document, Document.id == Statement.document_id)
        .where(Statement.customer_id == g.customer.id)).all()
    found.sort(key=lambda r: (order.get(r[0].status, 3), r[0].replied_on or r[0].period_to,
                              r[0].period_to, r[0].id))
    for statement, number in found:
        period = f"{_day(statement.period_from)} 至 {_day(statement.period_to)}"
        state = {"confirmed": f"客户已确认 {_day(statement.replied_on)}",
                 "disputed": f"客户有异议 {_day(statement.replied_on)}"}.get(
                     statement.status, "客户未回复")
        g.stored("对账单", f"对账单 {number}（{period}，{state}）", statement.document_id)


def _letters(g: _Gatherer) -> None:
    letters = g.session.execute(
        select(DunningLetter, Document.number).join(Document,
                                                   Document.id == DunningLetter.document_id)
        .where(DunningLetter.customer_id == g.customer.id)
        .order_by(DunningLetter.letter_date, DunningLetter.level, DunningLetter.id)).all()
    sendings: dict[int, list[LetterSending]] = {}
    ids = [letter.id for letter, _ in letters]
    for sending in g.session.scalars(select(LetterSending).where(LetterSending.letter_id.in_(ids))
                                     .order_by(LetterSending.sent_on, LetterSending.id)):
        sendings.setdefault(sending.letter_id, []).append(sending)
    rows = []
    for letter, number in letters:
        sent = sendings.get(letter.id, [])
        how = "；".join(f"{_day(s.sent_on)} {SENDING_WORDS.get(s.method, s.method)}"
                       + (f" {s.tracking_number}" if s.tracking_number else "") for s in sent)
        title = (f"{LETTER_TITLES.get(letter.level, '催款函')} {number}（{_day(letter.letter_date)}；"
                 f"{'寄送：' + how if sent else '未登记寄送'}）")
        g.stored("催款函", title, letter.document_id)
        rows += [[number, LETTER_TITLES.get(letter.level, ""), _day(s.sent_on),
                  SENDING_WORDS.get(s.method, s.method), s.tracking_number, s.sent_by]
                 for s in sent]
    if letters:
        g.table("催款函", "催款函寄送记录",
                [f"客户：{g.label}", "寄送记录为催收人员登记的寄送日期、方式与单号；快递底单、签收记录请另附。"],
                ["函件编号", "类别", "寄送日期", "方式", "快递/邮寄单号", "经办人"], rows,
                [0.22, 0.15, 0.14, 0.12, 0.22, 0.15])


def _payments(g: _Gatherer) -> None:
    session = g.session
    applied: dict[int, set[str]] = {}
    for payment_id, number in session.execute(
            select(Allocation.payment_id, Contract.number)
            .join(Installment, Installment.id == Allocation.installment_id)
            .join(Contract, Contract.id == Installment.contract_id)
            .join(Payment, Payment.id == Allocation.payment_id)
            .where(Payment.customer_id == g.customer.id, Allocation.undone_on.is_(None))):
        applied.setdefault(payment_id, set()).add(number)
    rows, total = [], Decimal("0.00")
    for p, note_number in session.execute(
            select(Payment, CreditNote.number)
            .outerjoin(CreditNote, CreditNote.id == Payment.credit_note_id)
            .where(Payment.customer_id == g.customer.id)
            .order_by(Payment.received_on, Payment.id)):
        state = (f"已冲销 {_day(p.reversed_on)}：{p.reversal_reason}" if p.reversed_on
                 else p.note)
        if p.reversed_on is None and p.method != CREDIT_NOTE_METHOD:
            total += p.amount
        rows.append([_day(p.received_on), _yuan(p.amount), PAYMENT_METHOD_WORDS.get(p.method, p.method),
                     note_number or p.reference, "、".join(sorted(applied.get(p.id, ()))), state])
    g.table("回款", "回款记录",
            [f"客户：{g.label}", f"实收货款合计（不含已冲销与退货/折让）¥{_yuan(total)}"],
            ["日期", "金额", "方式", "凭证号", "核销合同", "备注"], rows,
            [0.13, 0.14, 0.13, 0.17, 0.2, 0.23], right=(1,))


def _limitation(g: _Gatherer) -> None:
    found = limitation_dates(g.session, g.today, g.customer.id, today=g.today)
    g.table("诉讼时效", "诉讼时效", [
        f"客户：{g.label}；截至 {_day(g.today)} 尚欠的各期款项。",
        "时效三年，自到期日（或最近一次中断之日）起算（民法典第一百八十八条、第一百九十五条）。",
        f"{NOT_LEGAL_ADVICE}。"],
        ["合同号", "到期日", "尚欠金额", "时效届满日", "最近中断日", "中断事由"],
        [[r.contract_number, _day(r.due_date), _yuan(r.remaining), _day(r.ends_on),
          _day(r.restarted_on), RESTART_WORDS.get(r.restarted_by or "", "（自到期日起算）")]
         for r in found],
        [0.2, 0.14, 0.15, 0.15, 0.14, 0.22], right=(2,))


def _page_count(pdf: bytes) -> int:
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(pdf)).pages)


def _assemble(g: _Gatherer) -> EvidenceBundle:
    """Index first (re-drawn until the pages it takes are the pages it counts), the parts,
    then every page stamped with its number."""
    from pypdf import PdfReader, PdfWriter, Transformation

    counts = [_page_count(piece.pdf) for piece in g.pieces]
    subtitle = [f"客户：{g.label}", f"统一社会信用代码：{g.customer.credit_code or '（未登记）'}",
                f"整理日期：{_day(g.today)}"]
    index_pages, parts = 1, []
    for _attempt in range(5):
        parts, page = [], index_pages + 1
        for piece, count in zip(g.pieces, counts, strict=True):
            parts.append(BundlePart(piece.section, piece.title, page, page + count - 1))
            page += count
        entries = [g.pdf.IndexEntry(p.section, p.title, p.first_page, p.last_page) for p in parts]
        index = g.pdf.render_index(entries, customer=g.label, subtitle=subtitle, dated=g.today)
        if _page_count(index) == index_pages:
            break
        index_pages = _page_count(index)
    writer = PdfWriter()
    for pdf in [index, *(piece.pdf for piece in g.pieces)]:
        writer.append(PdfReader(io.BytesIO(pdf)))
    sizes = []
    for page in writer.pages:
        if page.rotation:
            page.transfer_rotation_to_content()
        sizes.append((float(page.mediabox.width), float(page.mediabox.height)))
    stamps = PdfReader(io.BytesIO(g.pdf.render_stamps(sizes, g.today)))
    for page, stamp in zip(writer.pages, stamps.pages, strict=True):
        box = page.mediabox
        page.merge_transformed_page(stamp, Transformation().translate(float(box.left),
                                                                      float(box.bottom)))
    writer.add_metadata({"/Title": f"证据材料包 · {g.label}", "/Creator": "回款通"})
    out = io.BytesIO()
    writer.write(out)
    return EvidenceBundle(out.getvalue(), parts, index_pages, len(sizes))


def evidence_bundle(uow: UnitOfWork, customer_id: int) -> EvidenceBundle:
    """The customer's evidence bundle (the module's order and rules) as PDF bytes, with the
    index's entries and page counts. Reads only. NotFound for an unknown customer;
    DatabaseProblem when the database cannot be read."""
    with uow:
        customer = uow.session.get(Customer, customer_id)
        if customer is None:
            raise NotFound(f"customer {customer_id}")
        g = _Gatherer(uow, customer)
        for section in (_contracts, _invoices, _deliveries, _statements, _letters, _payments,
                        _limitation):
            section(g)
        return _assemble(g)


def write_evidence_bundle(uow: UnitOfWork, customer_id: int, path: str | Path) -> EvidenceBundle:
    """evidence_bundle written to `path` whole or not at all (printing.write_pdf). The errors
    of evidence_bundle; an OSError that is a full disk or a forbidden/read-only file as
    DatabaseProblem (the environment's words), others as they are."""
    bundle = evidence_bundle(uow, customer_id)
    write_pdf(path, bundle.pdf)
    return bundle
