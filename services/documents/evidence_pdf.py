"""The pages of an evidence bundle (证据材料包) that the app draws itself: the index (目录),
tables (invoices, deliveries, letters' sendings, payments, limitation dates), a scan or photo on
a page of its own, a page standing in for a file that could not be included, and the overlay
that stamps the bundle's own page number on every page (merged by services.papers.evidence).
"""
from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Frame, Paragraph

from services.documents.blocks import grid_style, spacer, table
from services.documents.pdf_base import (
    CONTENT_WIDTH,
    CREATOR,
    FONT,
    MARGIN_X,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    Title,
    build_pdf,
    ensure_font,
    para,
    styles,
    text,
)

INDEX_TITLE = "证据材料目录"
NUMBER_STAMP = "证据第 {page} 页 / 共 {total} 页"
STAMP_SIZE = 9


@dataclass(frozen=True)
class IndexEntry:
    section: str      # 合同, 发票, 送货, 对账单, 催款函, 回款, 诉讼时效
    title: str        # plain text (escaped here)
    first_page: int   # in the bundle, from 1
    last_page: int


@dataclass(frozen=True)
class TablePart:
    """A table the bundle draws: a title, lines of notes under it (plain text), the column
    heads, rows of plain text, column widths as fractions of the page, right-aligned columns."""
    title: str
    notes: list[str]
    heads: list[str]
    rows: list[list[str]]
    widths: list[float]
    right: tuple[int, ...] = ()


def _cells(values: list[str], style) -> list[Paragraph]:
    return [para(text(value), style) for value in values]


def render_table(part: TablePart, *, customer: str, dated: dt.date) -> bytes:
    """One table part as A4 pages (header row repeated on each), `customer` in the footer."""
    s = styles()
    story: list = [Title(part.title, size=16)]
    story += [para(text(note), s.meta) for note in part.notes]
    story.append(spacer(3))
    if part.rows:
        rows = [_cells(part.heads, s.cell_head)]
        for values in part.rows:
            rows.append([para(text(v), s.cell_right if i in part.right else s.cell)
                         for i, v in enumerate(values)])
        story.append(table(rows, [CONTENT_WIDTH * w for w in part.widths], grid_style(),
                           repeatRows=1))
    else:
        story.append(para("（无）", s.body))
    return build_pdf(story, title=part.title, footer=f"{customer} · {part.title}",
                     author=CREATOR, subject=part.title, dated=dated)


def render_index(entries: list[IndexEntry], *, customer: str, subtitle: list[str],
                 dated: dt.date) -> bytes:
    """The 目录: each part with the pages it takes in the bundle ("3" or "3–5")."""
    s = styles()
    story: list = [Title(INDEX_TITLE), *[para(text(line), s.meta) for line in subtitle],
                   spacer(3)]
    rows = [_cells(["序号", "类别", "材料", "页码"], s.cell_head)]
    for number, entry in enumerate(entries, 1):
        pages = (str(entry.first_page) if entry.first_page == entry.last_page
                 else f"{entry.first_page}–{entry.last_page}")
        rows.append([para(str(number), s.cell_center), para(text(entry.section), s.cell_center),
                     para(text(entry.title), s.cell), para(pages, s.cell_center)])
    story.append(table(rows, [CONTENT_WIDTH * w for w in (0.08, 0.12, 0.64, 0.16)],
                       grid_style(), repeatRows=1))
    story += [spacer(3), para("页码指本材料包每页右上角的“证据第 n 页”。", s.meta)]
    return build_pdf(story, title=INDEX_TITLE, footer=f"{customer} · {INDEX_TITLE}",
                     author=CREATOR, subject=INDEX_TITLE, dated=dated)


def _canvas(buffer: io.BytesIO, dated: dt.date) -> Canvas:
    ensure_font()
    canvas = Canvas(buffer, pagesize=(PAGE_WIDTH, PAGE_HEIGHT), invariant=1, pageCompression=1)
    canvas.setCreator(CREATOR)
    stamp = f"D:{dated:%Y%m%d}000000+08'00'"
    canvas._doc.setDateFormatter(lambda *_: stamp)
    return canvas


CAPTION_TOP = 12 * mm  # below the page-number stamp (render_stamps)


def _captions(canvas: Canvas, page: tuple[float, float], lines: list[Paragraph]) -> float:
    """Draw `lines` wrapped to the page's width from CAPTION_TOP down, one after the other (a
    long customer name or file name takes more lines, never runs off the page); returns the y
    where they end."""
    width = page[0] - 2 * MARGIN_X
    frame = Frame(MARGIN_X, 0, width, page[1] - CAPTION_TOP,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    bottom = page[1] - CAPTION_TOP
    for line in lines:
        _width, height = line.wrap(width, bottom)
        bottom -= height + line.getSpaceAfter()
    frame.addFromList(list(lines), canvas)
    return bottom


def render_image(path: Path, caption: str, dated: dt.date) -> bytes:
    """A scan or photo on an A4 page of its own (turned to landscape when it is wider than
    tall), scaled to fit under its caption (wrapped over as many lines as it takes). Raises what
    the image reader raises for a file that is not an image it can read."""
    image = ImageReader(str(path))
    width, height = image.getSize()
    buffer = io.BytesIO()
    canvas = _canvas(buffer, dated)
    page = (PAGE_HEIGHT, PAGE_WIDTH) if width > height else (PAGE_WIDTH, PAGE_HEIGHT)
    canvas.setPageSize(page)
    below = _captions(canvas, page, [para(text(caption), styles().body)])
    room_w, room_h = page[0] - 2 * MARGIN_X, below - 8 * mm - 16 * mm
    scale = min(room_w / width, room_h / height)
    shown_w, shown_h = width * scale, height * scale
    canvas.drawImage(image, (page[0] - shown_w) / 2, 16 * mm + (room_h - shown_h) / 2,
                     shown_w, shown_h)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def render_missing(caption: str, why: str, dated: dt.date) -> bytes:
    """A page standing in for a file that could not be included, saying which and why (both
    wrapped to the page's width)."""
    buffer = io.BytesIO()
    canvas = _canvas(buffer, dated)
    s = styles()
    _captions(canvas, (PAGE_WIDTH, PAGE_HEIGHT), [
        para(text(caption), s.body), spacer(4), para(text(why), s.meta)])
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def render_stamps(sizes: list[tuple[float, float]], dated: dt.date) -> bytes:
    """One page per size given, blank but for "证据第 n 页 / 共 N 页" in its top right corner on a
    white ground (readable over a scan), to be merged onto the bundle's pages."""
    buffer = io.BytesIO()
    canvas = _canvas(buffer, dated)
    total = len(sizes)
    for number, (width, height) in enumerate(sizes, 1):
        canvas.setPageSize((width, height))
        label = NUMBER_STAMP.format(page=number, total=total)
        label_width = canvas.stringWidth(label, FONT, STAMP_SIZE)
        right, base = width - 10 * mm, height - 9 * mm
        canvas.setFillColor(colors.white)
        canvas.rect(right - label_width - 2, base - 3, label_width + 4, STAMP_SIZE + 5,
                    stroke=0, fill=1)
        canvas.setFillColor(colors.black)
        canvas.setFont(FONT, STAMP_SIZE)
        canvas.drawRightString(right, base, label)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()
