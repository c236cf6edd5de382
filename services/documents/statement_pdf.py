"""对账确认函: the customer's movements over a period with a running balance, the closing balance
in figures and in 大写, its aging, the contracts with their invoices, where to pay, and a reply
slip the customer seals (以上数据相符 / 数据不符，请列明不符事项)."""
from __future__ import annotations

from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Table

from services.documents.blocks import (
    SignatureSide,
    grid_style,
    heading,
    number_line,
    signatures,
    spacer,
    table,
)
from services.documents.pdf_base import (
    CONTENT_WIDTH,
    HEADER_FILL,
    Title,
    build_pdf,
    para,
    styles,
    text,
)
from services.documents.statement_content import APPLICATION, UNDONE, CustomerStatement
from services.documents.wording import cn_date, rmb_words, yuan

TITLE = "对账确认函"
ZERO = Decimal("0.00")


def check(doc: CustomerStatement) -> None:
    """The running balance must end at the closing balance, and the closing must be what was
    owed less the credit, or the paper contradicts itself (ValueError)."""
    running = doc.opening + doc.debits - doc.credits
    last = doc.lines[-1].balance if doc.lines else doc.opening
    if running != doc.closing or last != doc.closing:
        raise ValueError(f"{doc.number}: movements end at {running} (last line {last}), "
                         f"closing balance is {doc.closing}")
    if doc.closing_owed - doc.closing_credit != doc.closing:
        raise ValueError(f"{doc.number}: owed {doc.closing_owed} less credit "
                         f"{doc.closing_credit} is not the closing balance {doc.closing}")
    if sum((b.amount for b in doc.aging), ZERO) != doc.closing_owed:
        raise ValueError(f"{doc.number}: aging does not add up to {doc.closing_owed}")


def balance_sentence(doc: CustomerStatement) -> str:
    """截至…，贵司尚欠我司货款 人民币…（¥…）: who owes whom, the amount in 大写 and figures."""
    customer, seller = text(doc.customer.name), text(doc.seller.name)
    amount = abs(doc.closing)
    figures = f"{rmb_words(amount)}（{yuan(amount)}）"
    if doc.closing > 0:
        return f"截至{cn_date(doc.period_to)}，贵司（{customer}）尚欠我司（{seller}）货款{figures}。"
    if doc.closing < 0:
        return (f"截至{cn_date(doc.period_to)}，贵司（{customer}）在我司（{seller}）尚有预收款"
                f"余额{figures}，可用于抵付此后的货款。")
    return f"截至{cn_date(doc.period_to)}，贵司（{customer}）与我司（{seller}）之间无未结款项（{figures}）。"


def render_statement(doc: CustomerStatement) -> bytes:
    """The statement as PDF bytes: A4 portrait, the font embedded, page numbers, the same bytes
    for the same content. ValueError when its figures do not agree (see check)."""
    check(doc)
    s = styles()
    story = [
        Title(TITLE),
        number_line(doc.number, doc.issued_on),
        para(f"致：{text(doc.customer.name)}（客户编号：{text(doc.customer_code)}）", s.body),
        spacer(1.5),
        para(f"　　为核对双方往来款项，现将{cn_date(doc.period_from)}至{cn_date(doc.period_to)}"
             "（对账期间）贵我双方的往来明细及期末余额列示如下，请贵司财务部门核对。如核对相符，"
             "请在回执“以上数据相符”处盖章确认；如有不符，请在“数据不符”处列明不符事项及贵司"
             "记录的余额。请于收到本函后十五日内将回执盖章寄回或扫描发回我司。", s.body),
        *heading(0, "往来明细"),
        _movements_table(doc),
        *heading(1, "期末余额"),
        para(balance_sentence(doc), s.body),
        para(f"其中：应收未付 {yuan(doc.closing_owed)}，减预收款（未核销）"
             f"{yuan(doc.closing_credit)}，净额 {yuan(doc.closing)}。", s.meta),
        *heading(2, "期末应收账龄（按到期日计算的逾期天数）"),
        _aging_table(doc),
    ]
    if doc.contracts:
        story += [*heading(3, "合同及发票"), _contracts_table(doc)]
    story += [*heading(4 if doc.contracts else 3, "付款信息"), _payment_table(doc)]
    story.append(_reply(doc))
    return build_pdf(
        story, title=f"{TITLE} {doc.number}", footer=f"{TITLE}　编号：{doc.number}",
        author=doc.seller.name, subject=f"{doc.customer.name} · 余额 {yuan(doc.closing)}",
        dated=doc.issued_on, keywords=[doc.number, doc.customer_code])


def _movements_table(doc: CustomerStatement) -> Table:
    s = styles()
    head = ["日期", "摘要", "单号", "应收增加", "收款/冲减", "余额"]
    widths = [22 * mm, 0, 33 * mm, 25 * mm, 25 * mm, 26 * mm]
    widths[1] = CONTENT_WIDTH - sum(widths)
    rows = [[para(h, s.cell_head) for h in head],
            [para(f"{doc.period_from:%Y-%m-%d}", s.cell), para("期初余额", s.cell), "", "", "",
             para(yuan(doc.opening), s.cell_right)]]
    for line in doc.lines:
        summary = text(line.summary)
        if line.note:
            summary += f"<br/><font size=8.5 color='#555555'>{text(line.note)}</font>"
        listed_only = line.kind in (APPLICATION, UNDONE)
        rows.append([para(f"{line.day:%Y-%m-%d}", s.cell), para(summary, s.cell),
                     para(text(line.reference), s.cell),
                     para(yuan(line.debit) if line.debit is not None else "", s.cell_right),
                     para(yuan(line.credit) if line.credit is not None else "", s.cell_right),
                     para("余额不变" if listed_only else yuan(line.balance), s.cell_right)])
    if not doc.lines:
        rows.append(["", para("本期无往来", s.cell), "", "", "", ""])
    rows.append([para(f"{doc.period_to:%Y-%m-%d}", s.cell), para("本期合计 / 期末余额", s.cell), "",
                 para(yuan(doc.debits), s.cell_right), para(yuan(doc.credits), s.cell_right),
                 para(yuan(doc.closing), s.cell_right)])
    return table(rows, widths, grid_style() + [
        ("BACKGROUND", (0, 1), (-1, 1), HEADER_FILL),
        ("BACKGROUND", (0, -1), (-1, -1), HEADER_FILL),
    ], repeatRows=1)


def _aging_table(doc: CustomerStatement) -> Table:
    s = styles()
    rows = [[para(h, s.cell_head) for h in ("账龄（逾期天数）", "金额", "占比")]]
    for bucket in doc.aging:
        share = (f"{bucket.amount * 100 / doc.closing_owed:.1f}%" if doc.closing_owed > 0
                 else "—")
        rows.append([para(text(bucket.label), s.cell_center), para(yuan(bucket.amount),
                                                                   s.cell_right),
                     para(share, s.cell_right)])
    rows.append([para("应收未付合计", s.cell_center), para(yuan(doc.closing_owed), s.cell_right),
                 para("100.0%" if doc.closing_owed > 0 else "—", s.cell_right)])
    widths = [50 * mm, 40 * mm, 25 * mm]
    return table(rows, widths, grid_style() + [("BACKGROUND", (0, -1), (-1, -1), HEADER_FILL)],
                 hAlign="LEFT")


def _contracts_table(doc: CustomerStatement) -> Table:
    s = styles()
    head = ["合同编号", "签订日期", "合同金额", "期末尚欠", "发票号码"]
    widths = [34 * mm, 24 * mm, 28 * mm, 28 * mm, 0]
    widths[-1] = CONTENT_WIDTH - sum(widths)
    rows = [[para(h, s.cell_head) for h in head]]
    for contract in doc.contracts:
        invoices = "、".join(text(n) for n in contract.invoices) or "—"
        rows.append([para(text(contract.number), s.cell),
                     para(f"{contract.signed_on:%Y-%m-%d}", s.cell),
                     para(yuan(contract.total), s.cell_right),
                     para(yuan(contract.remaining), s.cell_right), para(invoices, s.cell)])
    return table(rows, widths, grid_style(), repeatRows=1)


def _payment_table(doc: CustomerStatement) -> Table:
    s = styles()
    label = 30 * mm
    pairs = [("收款单位", doc.seller.name), ("开户行及账号", doc.seller.bank_account),
             ("对账联系人", doc.contact), ("联系电话", doc.contact_phone or doc.seller.phone)]
    rows = [[para(name, s.label), para(text(value) or "—", s.cell)] for name, value in pairs]
    return table(rows, [label, CONTENT_WIDTH - label], grid_style(0) + [
        ("BACKGROUND", (0, 0), (0, -1), HEADER_FILL)])


def _reply(doc: CustomerStatement) -> KeepTogether:
    """The reply slip: the two answers side by side, then both sides' seal and date boxes."""
    s = styles()
    half = CONTENT_WIDTH / 2
    blank = "_" * 16
    agree = para("□ 以上数据相符。", s.body)
    differ = para("□ 数据不符，请列明不符事项：<br/>"
                  f"贵司记录的余额：¥{blank}<br/>不符事项：", s.body)
    answers = table([[agree, differ], ["", ""]], [half, half], grid_style(0) + [
        ("VALIGN", (0, 0), (-1, -1), "TOP")], rowHeights=[None, 24 * mm])
    lead = [*heading(5 if doc.contracts else 4, "回执（请客户填写并盖章）"),
            para(f"对账函编号：{text(doc.number)}；对账期间：{cn_date(doc.period_from)}"
                 f"至{cn_date(doc.period_to)}；期末余额：{yuan(doc.closing)}。", s.body),
            spacer(1.5), answers]
    return signatures(
        SignatureSide("出具方（债权人）", doc.seller.name, "经办人（签字）", seal="单位盖章"),
        SignatureSide("客户（确认方）", doc.customer.name, "经办人（签字）",
                      seal="单位盖章（公章或财务专用章）"),
        lead=lead)
