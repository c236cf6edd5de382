"""退货确认书 / 折让确认书: the customer confirms a return or an allowance against a contract, the
amount credited, and what it takes off what they owe (the rest becoming their credit)."""
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
from services.documents.content import CreditNoteConfirmation
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
    quantity,
    rmb_words,
    unit_price,
    yuan,
)

RETURN, ALLOWANCE = "return", "allowance"
TITLES = {RETURN: "退货确认书", ALLOWANCE: "折让确认书"}
WORDS = {RETURN: "退货", ALLOWANCE: "折让"}
SEAL = "单位盖章（公章或合同专用章）"
SIGNER = "授权代表（签字）"
COLUMNS = ("序号", "产品名称", "规格", "单位", "退货数量", "单价", "金额")


def check(doc: CreditNoteConfirmation) -> None:
    """A paper that contradicts itself is worse than none: refuse to draw one."""
    if doc.kind not in TITLES:
        raise ValueError(f"{doc.number}: unknown kind {doc.kind!r}")
    if doc.amount <= 0:
        raise ValueError(f"{doc.number}: credits {doc.amount}, nothing")
    if doc.kind == RETURN:
        lines = sum((line.amount for line in doc.lines), Decimal(0))
        if not doc.lines or lines != doc.amount:
            raise ValueError(f"{doc.number}: lines add up to {lines}, amount says {doc.amount}")
    elif doc.lines:
        raise ValueError(f"{doc.number}: an allowance has no lines")
    if doc.reduced < 0 or doc.surplus < 0 or doc.reduced + doc.surplus != doc.amount:
        raise ValueError(f"{doc.number}: reduces {doc.reduced} and credits {doc.surplus}, "
                         f"amount says {doc.amount}")


def title(doc: CreditNoteConfirmation) -> str:
    """退货确认书 or 折让确认书."""
    return TITLES[doc.kind]


def render_credit_note(doc: CreditNoteConfirmation) -> bytes:
    """The confirmation of a return (退货确认书) or an allowance (折让确认书) as PDF bytes: A4, the
    font embedded, the same bytes for the same content. ValueError when it contradicts itself
    (a return's lines not adding up to its amount, reduced + surplus not the amount)."""
    check(doc)
    s = styles()
    word = WORDS[doc.kind]
    contract = text(doc.contract_number)
    basis = f"依据双方于{cn_date(doc.contract_date)}签订的合同（合同编号：{contract}），"
    if doc.kind == RETURN:
        intro = basis + "买方退回该合同项下的部分货物，经双方核对，确认如下："
        detail = [*heading(0, "退货明细"), _lines_table(doc)]
    else:
        intro = basis + "经双方协商，卖方同意就该合同项下的货款给予买方折让，确认如下："
        detail = [*heading(0, "折让金额"),
                  para(f"折让金额：{figures_and_words(doc.amount)}。", s.body)]
    story = [
        Title(title(doc)),
        number_line(doc.number, doc.issued_on),
        parties_table("卖方", doc.seller, "买方", doc.buyer),
        spacer(3),
        para(intro, s.body),
        *detail,
        *heading(1, f"{word}原因"),
        para(text(doc.reason), s.body),
        *heading(2, "冲减应收"),
        para(_effect(doc, word), s.body),
    ]
    clauses = [
        f"双方确认上述{word}的" + ("品名、数量、单价及金额" if doc.kind == RETURN else "金额")
        + "准确无误。",
        "原合同的产品明细及回款计划不作修改；买方应付货款按本确认书冲减后的金额结算。",
        "本确认书经双方签字并盖章后生效，与上述合同具有同等效力；一式两份，双方各执一份。",
    ]
    story.append(signatures(SignatureSide("卖方（供货方）", doc.seller.name, SIGNER, SEAL),
                            SignatureSide("买方（购货方）", doc.buyer.name, SIGNER, SEAL),
                            lead=[*heading(3, "确认条款"), *numbered(clauses)]))
    name = title(doc)
    return build_pdf(
        story, title=f"{name} {doc.number}", footer=f"{name}　编号：{doc.number}",
        author=doc.seller.name, subject=f"{doc.buyer.name} · 合同 {doc.contract_number}",
        dated=doc.issued_on, keywords=[doc.number, doc.contract_number])


def _effect(doc: CreditNoteConfirmation, word: str) -> str:
    """What the credit does to what the buyer owes: 冲减合同 … 应收 ¥X；超出部分 ¥Y 转为预收款."""
    contract = text(doc.contract_number)
    later = "可抵付买方今后应付的货款"
    if doc.reduced == 0:
        return (f"合同 {contract} 已无未付货款，上述{word}金额 {yuan(doc.amount)}"
                f"（{rmb_words(doc.amount)}）全部转为预收款，{later}。")
    effect = (f"上述{word}金额 {yuan(doc.amount)} 冲减合同 {contract} 应收 {yuan(doc.reduced)}"
              f"（{rmb_words(doc.reduced)}）")
    if doc.surplus:
        effect += (f"；超出部分 {yuan(doc.surplus)}（{rmb_words(doc.surplus)}）转为预收款，"
                   f"{later}")
    return effect + "。"


def _lines_table(doc: CreditNoteConfirmation) -> Table:
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
    rows.append([para(f"退货金额合计：{figures_and_words(doc.amount)}", s.total),
                 "", "", "", "", "", para(yuan(doc.amount), s.total_figure)])
    return table(rows, widths, grid_style() + [
        ("SPAN", (0, -1), (5, -1)),
        ("BACKGROUND", (0, -1), (-1, -1), HEADER_FILL),
        ("TOPPADDING", (0, -1), (-1, -1), 4),
        ("BOTTOMPADDING", (0, -1), (-1, -1), 5),
    ], repeatRows=1)
