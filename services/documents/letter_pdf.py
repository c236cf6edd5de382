"""催款函 by level: 1 付款提醒函, 2 催款通知函, 3 逾期付款警告函 (supply limited or stopped, the late
fee accrued), 4 律师函 (a draft for the lawyer to complete). Each lists the installments it
demands (contract and invoice numbers, due date, amount, unpaid, days overdue, late fee), the
total in figures and in 大写, the payment deadline and our bank account, and the seal and
signature blocks, with a receipt the customer signs (proof the demand reached them)."""
from __future__ import annotations

from decimal import Decimal

from reportlab.lib.units import mm

from services.documents.blocks import (
    SignatureSide,
    grid_style,
    heading,
    number_line,
    numbered,
    signatures,
    spacer,
    table,
)
from services.documents.letter_content import LETTER_TITLES, DunningLetterContent, LetterLine
from services.documents.pdf_base import (
    CONTENT_WIDTH,
    HEADER_FILL,
    Title,
    build_pdf,
    para,
    styles,
    text,
)
from services.documents.wording import cn_date, figures_and_words, late_fee_rate, yuan

DRAFT_MARK = "（草稿）"


def check(doc: DunningLetterContent) -> None:
    """The lines must add up to the total demanded, or the letter contradicts itself."""
    if doc.level not in LETTER_TITLES:
        raise ValueError(f"{doc.number}: unknown level {doc.level}")
    if not doc.lines:
        raise ValueError(f"{doc.number}: a letter demands something")
    listed = sum((line.remaining for line in doc.lines), Decimal(0))
    if listed != doc.total:
        raise ValueError(f"{doc.number}: lines add up to {listed}, total says {doc.total}")


def title(doc: DunningLetterContent) -> str:
    """The letter's title; a lawyer's letter is marked as a draft."""
    return LETTER_TITLES[doc.level] + (DRAFT_MARK if doc.level == 4 else "")


def render_letter(doc: DunningLetterContent) -> bytes:
    """The letter as PDF bytes: A4, the font embedded, the same bytes for the same content.
    ValueError when its lines do not add up to its total."""
    check(doc)
    s = styles()
    story = [Title(title(doc)), number_line(doc.number, doc.letter_date),
             para(f"致：{text(doc.recipient.name)}", s.heading)]
    if doc.recipient.address:
        story.append(para(f"地址：{text(doc.recipient.address)}", s.meta))
    story += [spacer(2), para(_opening(doc), s.body), spacer(1.5), *_lines_table(doc),
              spacer(2), para(_total_sentence(doc), s.body)]
    story += [*heading(0, "付款要求"), *numbered(_demands(doc))]
    clauses = [*_consequences(doc), *(f"备注：{text(n)}" for n in doc.notes if n and n.strip())]
    lead = [*heading(1, "特别提示"), *numbered(clauses)] if clauses else []
    sender = text(doc.sender.name)
    if doc.level == 4:
        left = SignatureSide("律师事务所", "", "承办律师（签字）", seal="律师事务所（盖章）")
        lead.append(para(f"委托人：{sender}", s.body))
    else:
        left = SignatureSide("发函单位", doc.sender.name, "经办人（签字）",
                             seal="单位盖章（公章）")
    right = SignatureSide("收函回执", doc.recipient.name, "收函人（签字）",
                          note="我方已收到本函原件。")
    story.append(signatures(left, right, lead=lead))
    name = LETTER_TITLES[doc.level]
    return build_pdf(
        story, title=f"{name} {doc.number}", footer=f"{name}　编号：{doc.number}",
        author=doc.sender.name, subject=f"{doc.recipient.name} · {yuan(doc.total)}",
        dated=doc.letter_date,
        keywords=[doc.number, *sorted({line.contract_number for line in doc.lines})])


def _opening(doc: DunningLetterContent) -> str:
    sender, day = text(doc.sender.name), cn_date(doc.letter_date)
    if doc.level == 1:
        return (f"感谢贵司一直以来对{sender}（以下简称“我司”）的支持。根据双方合同约定，"
                f"贵司下列款项即将到期，特此提醒，请贵司按期安排付款：")
    if doc.level == 4:
        return (f"本律师受{sender}（以下简称“委托人”）委托，就贵司拖欠委托人货款一事致函贵司。"
                f"经查，委托人已依约向贵司供货，截至{day}，贵司下列款项已逾期未付，"
                "委托人此前已多次催告，贵司至今未予清偿：")
    stronger = "经我司多次催收，" if doc.level == 3 else ""
    return (f"我司（{sender}）已依约向贵司供货。截至{day}，{stronger}"
            "贵司下列款项已逾合同约定的付款期限仍未付清：")


def _total_sentence(doc: DunningLetterContent) -> str:
    what = "即将到期款项" if doc.level == 1 else "逾期未付款项"
    sentence = f"以上{what}合计：{figures_and_words(doc.total)}。"
    if doc.level > 1 and doc.late_fee > 0:
        sentence += (f"按合同约定的逾期付款滞纳金标准，截至{cn_date(doc.letter_date)}"
                     f"已产生滞纳金：{figures_and_words(doc.late_fee)}（各期未付金额 × 日费率 × "
                     "逾期天数，合计后四舍五入至分），此后按日继续计算至付清之日止。")
    return sentence


def _account(doc: DunningLetterContent) -> str:
    sender = doc.sender
    account = f"户名：{text(sender.name)}"
    if sender.bank_account:
        account += f"；开户行及账号：{text(sender.bank_account)}"
    return account


def _demands(doc: DunningLetterContent) -> list[str]:
    deadline = cn_date(doc.pay_by)
    if doc.level == 1:
        pay = "请贵司于上表所列各期到期日前（含当日）付款，"
    else:
        pay = f"请贵司于{deadline}前（含当日）付清上述全部欠款，"
    us = "委托人" if doc.level == 4 else "我司"
    items = [pay + f"汇入{us}账户（{_account(doc)}）。"]
    contact = []
    if doc.contact:
        contact.append(f"联系人：{text(doc.contact)}")
    if doc.sender.phone:
        contact.append(f"电话：{text(doc.sender.phone)}")
    items.append(f"如贵司已付款，请将付款凭证发送{us}核对，并请忽略本函"
                 + (f"（{'，'.join(contact)}）" if contact else "") + "。")
    if doc.level > 1:
        items.append("如对上述款项有异议，请于收到本函之日起三日内以书面形式提出并附相关凭证，"
                     "逾期未提出的，视为贵司对上述欠款无异议。")
    return items


def _consequences(doc: DunningLetterContent) -> list[str]:
    deadline = cn_date(doc.pay_by)
    if doc.level == 2:
        return [f"如贵司未能于{deadline}前付清，我司将依照合同约定对后续订单限量供货或暂停供货，"
                "并保留追究贵司违约责任的权利。"]
    if doc.level == 3:
        fee = (f"，并按合同约定计收滞纳金（截至本函日期已产生{yuan(doc.late_fee)}）"
               if doc.late_fee > 0 else "")
        return ["自本函发出之日起，我司对贵司暂停供货（或仅限量供货），直至上述欠款全部付清"
                + fee + "。",
                f"如贵司仍未于{deadline}前付清，我司将委托律师通过诉讼或仲裁等法律途径追讨欠款、"
                "滞纳金及为实现债权所支出的律师费、诉讼费等一切费用，由此产生的不利后果由贵司承担。"]
    if doc.level == 4:
        return [f"请贵司于{deadline}前付清上述欠款及滞纳金。逾期未付的，本律师将建议委托人依法"
                "提起诉讼或申请仲裁，要求贵司支付全部欠款、滞纳金及律师费、诉讼费、保全费等"
                "费用，届时贵司的损失将进一步扩大。",
                "本函为委托人向贵司主张债权的书面催告。"]
    return []


def _rates_note(lines: list[LetterLine]) -> str:
    rates = sorted({line.late_fee_rate for line in lines if line.late_fee_rate})
    return "、".join(late_fee_rate(rate) for rate in rates)


def _lines_table(doc: DunningLetterContent) -> list:
    s = styles()
    fees = doc.level > 1 and any(line.late_fee_rate for line in doc.lines)
    head = ["序号", "合同编号 / 发票号码", "付款期限", "应付金额", "未付金额",
            "距到期" if doc.level == 1 else "逾期天数", *(["滞纳金"] if fees else [])]
    widths = [10 * mm, 0, 30 * mm, 26 * mm, 26 * mm, 18 * mm, *([25 * mm] if fees else [])]
    widths[1] = CONTENT_WIDTH - sum(widths)
    rows = [[para(h, s.cell_head) for h in head]]
    for i, line in enumerate(doc.lines, 1):
        cell = text(line.contract_number)
        if line.invoice_numbers:
            cell += f"<br/><font size=8>发票：{'、'.join(text(n) for n in line.invoice_numbers)}</font>"
        days = (f"{(line.due_date - doc.letter_date).days} 天" if doc.level == 1
                else f"{line.days_overdue} 天")
        rows.append([para(str(i), s.cell_center), para(cell, s.cell),
                     para(cn_date(line.due_date), s.cell_center),
                     para(yuan(line.amount), s.cell_right), para(yuan(line.remaining), s.cell_right),
                     para(days, s.cell_center),
                     *([para(yuan(line.late_fee), s.cell_right)] if fees else [])])
    total = [para("合计", s.cell_right), "", "", "", para(yuan(doc.total), s.cell_right), ""]
    if fees:
        total.append(para(yuan(doc.late_fee), s.cell_right))
    rows.append(total)
    commands = grid_style() + [("SPAN", (0, -1), (3, -1)), ("BACKGROUND", (0, -1), (-1, -1),
                                                                HEADER_FILL)]
    result: list = [table(rows, widths, commands, repeatRows=1)]
    if fees:
        result.append(spacer(1))
        result.append(para(f"滞纳金日费率：{_rates_note(doc.lines)}；逐期计算，合计按未取整金额"
                           "相加后四舍五入至分。", s.meta))
    return result
