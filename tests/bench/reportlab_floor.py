"""The floor of the document batch: reportlab alone (its canvas, no layout engine) drawing a
comparable A4 page for each price confirmation: the same font embedded as a subset, the same
texts (title, parties, lines table with a grid, schedule, clauses, signatures, footer), one
compressed PDF per document."""
from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

FONT = "BenchFloorCJK"
WIDTH, HEIGHT = A4
LEFT, RIGHT = 18 * mm, WIDTH - 18 * mm
CLAUSES = ("买方确认上述供货价格、数量、金额及回款期限均准确无误，并保证按期足额付款。",
           "买方逾期未付的，按逾期金额每日万分之五向卖方支付滞纳金，自逾期之日起算至付清之日止。",
           "本确认书经双方签字并盖章后生效，与上述合同具有同等效力；一式两份，双方各执一份。")
COLUMNS = (("序号", 10), ("产品名称", 50), ("规格型号", 32), ("单位", 12), ("数量", 20),
           ("单价（元）", 23), ("金额（元）", 27))


def register_font() -> None:
    """The app's font file under a name of our own (once; outside any timing)."""
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    from services.core.resources import FONT_FILE, resource_path

    pdfmetrics.registerFont(TTFont(FONT, str(resource_path("fonts", FONT_FILE))))


def _wrapped(canvas: Canvas, text: str, y: float, size: float = 10, per_line: int = 44) -> float:
    for start in range(0, len(text), per_line):
        canvas.setFont(FONT, size)
        canvas.drawString(LEFT, y, text[start:start + per_line])
        y -= size * 1.5
    return y


def draw_page(doc) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1, pageCompression=1)
    canvas.setTitle(f"供货价格确认书 {doc.number}")
    canvas.setFont(FONT, 18)
    canvas.drawCentredString(WIDTH / 2, HEIGHT - 25 * mm, "供货价格确认书")
    canvas.setFont(FONT, 9)
    canvas.drawRightString(RIGHT, HEIGHT - 32 * mm, f"编号：{doc.number}　日期：{doc.issued_on}")
    y = HEIGHT - 42 * mm
    for role, party in (("卖方", doc.seller), ("买方", doc.buyer)):
        for text in (f"{role}：{party.name}", f"地址：{party.address}　电话：{party.phone}",
                     f"税号：{party.tax_number}　开户行及账号：{party.bank_account}"):
            y = _wrapped(canvas, text, y, 9, 60)
    y = _wrapped(canvas, f"依据双方于{doc.contract_date}签订的合同（合同编号：{doc.contract_number}），"
                 "确认供货价格及回款期限如下：", y - 4)
    x_positions = [LEFT]
    for _title, width in COLUMNS:
        x_positions.append(x_positions[-1] + width * mm)
    rows = [[title for title, _w in COLUMNS]] + [
        [str(n), line.product, line.spec, line.unit, str(line.quantity), str(line.unit_price),
         str(line.amount)] for n, line in enumerate(doc.lines, 1)]
    rows.append(["", "合计", "", "", "", "", str(doc.total)])
    for row in rows:
        canvas.setFont(FONT, 8)
        for x, cell in zip(x_positions, row, strict=False):
            canvas.drawString(x + 1.5 * mm, y - 5 * mm, cell[:30])
        canvas.line(LEFT, y, x_positions[-1], y)
        y -= 7 * mm
    canvas.line(LEFT, y, x_positions[-1], y)
    for x in x_positions:
        canvas.line(x, y, x, y + 7 * mm * len(rows))
    y = _wrapped(canvas, "回款期限：买方应按下列日期及金额向卖方支付货款（所列日期均含当日）：", y - 8 * mm)
    for n, due in enumerate(doc.schedule, 1):
        y = _wrapped(canvas, f"{n}. {due.due_date}前支付 ¥{due.amount:,}", y)
    for n, clause in enumerate(CLAUSES, 1):
        y = _wrapped(canvas, f"{n}. {clause}", y)
    for x, side, name in ((LEFT, "卖方（供货方）", doc.seller.name),
                          (WIDTH / 2, "买方（购货方）", doc.buyer.name)):
        canvas.setFont(FONT, 10)
        canvas.drawString(x, y - 10 * mm, f"{side}（盖章）")
        canvas.drawString(x, y - 17 * mm, f"单位名称：{name[:18]}")
        canvas.drawString(x, y - 24 * mm, "授权代表（签字）：")
        canvas.drawString(x, y - 31 * mm, "日期：____年__月__日")
    canvas.setFont(FONT, 8)
    canvas.drawCentredString(WIDTH / 2, 10 * mm, f"供货价格确认书　编号：{doc.number}　第 1 页 / 共 1 页")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def draw_pages(contents: list) -> list[bytes]:
    register_font()
    return [draw_page(doc) for doc in contents]
