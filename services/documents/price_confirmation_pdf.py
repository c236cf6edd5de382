"""供货价格确认书: prices, amounts and payment dates the customer signs and seals before supply."""
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
from services.documents.content import PriceConfirmation
from services.documents.pdf_base import (
    CONTENT_WIDTH,
    HEADER_FILL,
    Title,
    build_pdf,
    para,
    styles,
    text,
)
from services.documents.wording import (
    cn_date,
    figures_and_words,
    late_fee_rate,
    quantity,
    rmb_words,
    unit_price,
    yuan,
)

TITLE = "供货价格确认书"
SEAL = "单位盖章（公章或合同专用章）"
SIGNER = "授权代表（签字）"
COLUMNS = ("序号", "产品名称", "规格", "单位", "数量", "单价", "金额")


def check(doc: PriceConfirmation) -> None:
    """A paper that contradicts itself is worse than none: refuse to draw one."""
    lines = sum((line.amount for line in doc.lines), Decimal(0))
    if lines != doc.total:
        raise ValueError(f"{doc.number}: lines add up to {lines}, total says {doc.total}")
    scheduled = sum((due.amount for due in doc.schedule), Decimal(0))
    if scheduled != doc.total:
        raise ValueError(f"{doc.number}: schedule adds up to {scheduled}, total says {doc.total}")


def render_price_confirmation(doc: PriceConfirmation) -> bytes:
    """The price confirmation (供货价格确认书) as PDF bytes: A4, the font embedded, the same
    bytes for the same content. ValueError when its lines or schedule do not add up to the total.
    """
    check(doc)
    s = styles()
    story = [
        Title(TITLE),
        number_line(doc.number, doc.issued_on),
        parties_table("卖方", doc.seller, "买方", doc.buyer),
        spacer(3),
        para(f"依据双方于{cn_date(doc.contract_date)}签订的合同（合同编号：{text(doc.contract_number)}），"
             "确认供货价格及回款期限如下：", s.body),
        *heading(0, "供货明细及价格"),
        _lines_table(doc),
        *heading(1, "回款期限"),
        para("买方应按下列日期及金额向卖方支付货款（所列日期均含当日）：", s.body),
        *numbered([f"{cn_date(due.due_date)}前支付 {yuan(due.amount)}（{rmb_words(due.amount)}）"
                   + ("；" if i < len(doc.schedule) - 1 else "。")
                   for i, due in enumerate(doc.schedule)], s.item),
    ]
    clauses = ["买方确认上述供货价格、数量、金额及回款期限均准确无误，并保证按期足额付款。"]
    if doc.late_fee_rate:
        clauses.append(f"买方逾期未付的，按逾期金额每日{late_fee_rate(doc.late_fee_rate)}向卖方支付"
                       "滞纳金，自逾期之日起算至付清之日止。")
    clauses.append("本确认书经双方签字并盖章后生效，与上述合同具有同等效力；一式两份，双方各执一份。")
    story.append(signatures(SignatureSide("卖方（供货方）", doc.seller.name, SIGNER, SEAL),
                            SignatureSide("买方（购货方）", doc.buyer.name, SIGNER, SEAL),
                            lead=[*heading(2, "确认条款"), *numbered(clauses)]))
    return build_pdf(
        story, title=f"{TITLE} {doc.number}", footer=f"{TITLE}　编号：{doc.number}",
        author=doc.seller.name, subject=f"{doc.buyer.name} · 合同 {doc.contract_number}",
        dated=doc.issued_on, keywords=[doc.number, doc.contract_number])


def _lines_table(doc: PriceConfirmation) -> Table:
    s = styles()
    fixed = {0: 10, 2: 32, 3: 12, 4: 20, 5: 23, 6: 29}
    widths = [fixed.get(i, 0) * mm for i in range(len(COLUMNS))]
    widths[1] = CONTENT_WIDTH - sum(widths)
    rows = [[para(name, s.cell_head) for name in COLUMNS]]
    for i, line in enumerate(doc.lines, 1):
        rows.append([para(str(i), s.cell_center), para(text(line.product), s.cell),
                     para(text(line.spec), s.cell), para(text(line.unit), s.cell_center),
                     para(quantity(line.quantity), s.cell_right),
                     para(unit_price(line.unit_price), s.cell_right),
                     para(yuan(line.amount), s.cell_right)])
    rows.append([para(f"合计金额：{figures_and_words(doc.total)}", s.total), "", "", "", "", "",
                 para(yuan(doc.total), s.total_figure)])
    return table(rows, widths, grid_style() + [
        ("SPAN", (0, -1), (5, -1)),
        ("BACKGROUND", (0, -1), (-1, -1), HEADER_FILL),
        ("TOPPADDING", (0, -1), (-1, -1), 4),
        ("BOTTOMPADDING", (0, -1), (-1, -1), 5),
    ], repeatRows=1)
