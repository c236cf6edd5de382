"""Building blocks both documents use: the number/date line, the two parties side by side,
grid tables, numbered clauses and the signature and seal boxes."""
from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Paragraph, Spacer, Table, TableStyle

from services.documents.content import Party
from services.documents.pdf_base import (
    CONTENT_WIDTH,
    FONT,
    GRID,
    GRID_WIDTH,
    HEADER_FILL,
    Rule,
    para,
    styles,
    text,
)
from services.documents.wording import BLANK_DATE, cn_date

CN_ORDINALS = "一二三四五六七八九十"
CELL_PADDING = 4


def table(rows: list[list], widths: list[float], commands: list[tuple], **kw) -> Table:
    """A Table whose own font (used for empty cells) is ours too, so no Helvetica is referenced."""
    result = Table(rows, colWidths=widths, **kw)
    result.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT, 9.5), *commands]))
    return result


def heading(index: int, title: str) -> list:
    """一、供货明细 — a section heading, moved to the next page when fewer than ~3 lines of what
    follows would fit under it (keepWithNext would drag a whole long table along instead)."""
    return [CondPageBreak(28 * mm), para(f"{CN_ORDINALS[index]}、{title}", styles().heading)]


def numbered(items: list[str], style=None) -> list[Paragraph]:
    """1. … 2. … with a hanging indent; items are markup (user parts already escaped)."""
    style = style or styles().clause
    return [para(f"{i}.&nbsp;{item}", style) for i, item in enumerate(items, 1)]


def number_line(number: str, issued_on) -> Table:
    """编号 on the left, 出具日期 on the right, just under the title."""
    s = styles()
    return table([[para(f"编号：{text(number)}", s.meta),
                   para(f"出具日期：{cn_date(issued_on)}", s.meta_right)]],
                 [CONTENT_WIDTH * 0.6, CONTENT_WIDTH * 0.4],
                 [("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                  ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)])


def grid_style(header_rows: int = 1) -> list[tuple]:
    """reportlab TableStyle commands of every table: thin grid, padding, shaded header rows."""
    commands = [
        ("GRID", (0, 0), (-1, -1), GRID_WIDTH, GRID),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
    ]
    if header_rows:
        commands.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), HEADER_FILL))
    return commands


PARTY_FIELDS = (("地址", "address"), ("电话", "phone"), ("税号", "tax_number"),
                ("开户行及账号", "bank_account"))


def parties_table(left_role: str, left: Party, right_role: str, right: Party) -> Table:
    """Both parties side by side: role and full name first, then each detail either of them has."""
    s = styles()
    label_width = 23 * mm
    value_width = CONTENT_WIDTH / 2 - label_width
    rows = [[para(left_role, s.party_head), para(text(left.name), s.party_name),
             para(right_role, s.party_head), para(text(right.name), s.party_name)]]
    for label, attr in PARTY_FIELDS:
        a, b = getattr(left, attr), getattr(right, attr)
        if a or b:
            rows.append([para(label, s.label), para(text(a), s.cell),
                         para(label, s.label), para(text(b), s.cell)])
    return table(rows, [label_width, value_width, label_width, value_width], grid_style(0) + [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (0, -1), HEADER_FILL), ("BACKGROUND", (2, 0), (2, -1), HEADER_FILL),
    ])


def spacer(height_mm: float) -> Spacer:
    """Vertical space of `height_mm` millimetres."""
    return Spacer(1, height_mm * mm)


@dataclass(frozen=True)
class SignatureSide:
    head: str              # 卖方（供货方）
    name: str              # the party's full name, user text
    signer: str            # 授权代表（签字）
    seal: str = ""         # 单位盖章（公章或合同专用章）; empty: no seal asked for
    note: str = ""         # a line of markup in place of the seal label


def signatures(left: SignatureSide, right: SignatureSide, lead: list | None = None) -> KeepTogether:
    """Both sides in one table so their rows line up: name, room for the seal, a line to sign on,
    the date. Kept on one page together with `lead` (the closing clauses), so the page that is
    signed always says what is being signed."""
    s = styles()
    gap = 8 * mm
    side = (CONTENT_WIDTH - gap) / 2
    label = 37 * mm
    widths = [label, side - label, gap, label, side - label]

    def cells(*pair):
        return [pair[0], pair[1], "", pair[2], pair[3]]

    def seal_text(one: SignatureSide) -> Paragraph | str:
        if one.seal:
            return para(f"{one.seal}：", s.sign)
        return para(one.note, s.sign_note) if one.note else ""

    rows = [
        cells(para(left.head, s.sign_head), "", para(right.head, s.sign_head), ""),
        cells(para(f"单位名称：{text(left.name)}", s.sign), "",
              para(f"单位名称：{text(right.name)}", s.sign), ""),
        cells(seal_text(left), "", seal_text(right), ""),
        cells("", "", "", ""),
        cells(para(f"{left.signer}：", s.sign), Rule(), para(f"{right.signer}：", s.sign), Rule()),
        cells(para(f"日期：{BLANK_DATE}", s.sign), "", para(f"日期：{BLANK_DATE}", s.sign), ""),
    ]
    heights = [None, None, None, 17 * mm, 11 * mm, 10 * mm]
    commands = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 4), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    for first in (0, 3):
        last = first + 1
        commands += [
            ("BOX", (first, 0), (last, -1), GRID_WIDTH, GRID),
            ("BACKGROUND", (first, 0), (last, 0), HEADER_FILL),
            ("LINEBELOW", (first, 0), (last, 0), GRID_WIDTH, GRID),
            *[("SPAN", (first, row), (last, row)) for row in (0, 1, 2, 3, 5)],
        ]
    boxes = table(rows, widths, commands, rowHeights=heights)
    return KeepTogether([*(lead or []), spacer(4), boxes])
