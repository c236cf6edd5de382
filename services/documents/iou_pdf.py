"""欠款确认书: the customer acknowledges the exact amount owed and the dates it will be paid: the
repayment date agreed when it is printed (or an installment's own due date when later), each
amount's original due date shown as such."""
from __future__ import annotations

from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import Table

from services.documents.blocks import (
    SignatureSide,
    grid_style,
    heading,
    number_line,
    numbered,
    parties_table,
    signatures,
    spacer,
    table,
)
from services.documents.content import Iou
from services.documents.pdf_base import (
    CONTENT_WIDTH,
    HEADER_FILL,
    Title,
    build_pdf,
    para,
    styles,
    text,
)
from services.documents.wording import cn_date, figures_and_words, late_fee_rate, rmb_words, yuan

TITLE = "欠款确认书"


def check(doc: Iou) -> None:
    """The dates must pay exactly what is acknowledged, or the paper contradicts itself."""
    scheduled = sum((due.amount for due in doc.schedule), Decimal(0))
    if scheduled != doc.amount:
        raise ValueError(f"{doc.number}: schedule adds up to {scheduled}, "
                         f"amount owed is {doc.amount}")


def _listed(numbers: list[str]) -> str:
    return "、".join(text(n) for n in numbers if n)


def render_iou(doc: Iou) -> bytes:
    """The IOU (欠款确认书) as PDF bytes: A4, the font embedded, the same bytes for the same
    content. ValueError when its schedule does not add up to the amount acknowledged.
    """
    check(doc)
    s = styles()
    debtor, creditor = text(doc.debtor.name), text(doc.creditor.name)
    source = "因债权人"
    if doc.contract_numbers:
        source += f"依据合同（合同编号：{_listed(doc.contract_numbers)}）"
    source += "向债务人供应货物"
    if any(doc.delivery_numbers):
        source += f"（送货单号：{_listed(doc.delivery_numbers)}）"
    story = [
        Title(TITLE),
        number_line(doc.number, doc.issued_on),
        parties_table("债务人", doc.debtor, "债权人", doc.creditor),
        spacer(4),
        *heading(0, "欠款确认"),
        para(f"债务人{debtor}确认：截至{cn_date(doc.issued_on)}，{source}，债务人尚欠债权人{creditor}"
             f"货款共计{figures_and_words(doc.amount)}。债务人对上述欠款事实及金额无异议。", s.body),
        *heading(1, "还款计划"),
        para(_plan_sentence(doc), s.body),
        spacer(1.5),
        _schedule_table(doc),
    ]
    clauses = []
    if doc.late_fee_rate:
        clauses.append(f"债务人逾期未付的，按逾期金额每日{late_fee_rate(doc.late_fee_rate)}向债权人支付"
                       "滞纳金，自逾期之日起算至付清之日止。")
    clauses.append("本确认书是债务人对上述债务的书面确认，自债务人授权代表签字并加盖公章之日起生效。")
    clauses += [f"备注：{text(note)}" for note in doc.notes if note and note.strip()]
    story.append(signatures(
        SignatureSide("债务人（欠款方）", doc.debtor.name, "授权代表（签字）", seal="单位盖章（公章）"),
        SignatureSide("债权人（收款方）签收", doc.creditor.name, "经办人（签字）",
                      note="债权人已收到本确认书原件。"),
        lead=[*heading(2, "其他约定"), *numbered(clauses)]))
    return build_pdf(
        story, title=f"{TITLE} {doc.number}", footer=f"{TITLE}　编号：{doc.number}",
        author=doc.creditor.name, subject=f"{doc.debtor.name} · 欠款 {yuan(doc.amount)}",
        dated=doc.issued_on, keywords=[doc.number, *doc.contract_numbers])


def _plan_sentence(doc: Iou) -> str:
    if doc.pay_by is None:  # a preview before the date is agreed
        return "还款日期：（待约定）。债务人同意履行上述债务，并按下列付款期限及金额向债权人付款："
    return (f"双方约定还款日期为{cn_date(doc.pay_by)}。债务人同意履行上述债务，并按下列付款期限及金额"
            "向债权人付款（付款期限为约定还款日期与原到期日中较晚者，所列日期均含当日）：")


def _schedule_table(doc: Iou) -> Table:
    """Each amount owed with its original due date (原到期日) and its deadline under this IOU
    (付款期限: Iou.deadline), never an old date as the deadline."""
    s = styles()
    with_contract = any(due.contract_number for due in doc.schedule)
    head = ["序号", *(["合同编号"] if with_contract else []), "原到期日", "付款期限", "金额",
            "金额（大写）"]
    widths = [12 * mm, *([34 * mm] if with_contract else []), 28 * mm, 32 * mm, 30 * mm]
    widths.append(CONTENT_WIDTH - sum(widths))
    rows = [[para(h, s.cell_head) for h in head]]
    for i, due in enumerate(doc.schedule, 1):
        deadline = doc.deadline(due)
        rows.append([para(str(i), s.cell_center),
                     *([para(text(due.contract_number), s.cell)] if with_contract else []),
                     para(cn_date(due.due_date), s.cell),
                     para(f"{cn_date(deadline)}前" if deadline else "（待约定）", s.cell),
                     para(yuan(due.amount), s.cell_right), para(rmb_words(due.amount), s.cell)])
    total_at = len(head) - 2
    rows.append([para("合计", s.cell_right), *[""] * (total_at - 1),
                 para(yuan(doc.amount), s.cell_right), para(rmb_words(doc.amount), s.cell)])
    return table(rows, widths, grid_style() + [
        ("SPAN", (0, -1), (total_at - 1, -1)),
        ("BACKGROUND", (0, -1), (-1, -1), HEADER_FILL),
    ], repeatRows=1)
