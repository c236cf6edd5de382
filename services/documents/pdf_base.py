"""What both documents share: the embedded CJK font, the styles, escaping of user text, A4 page
with "第 1 页 / 共 N 页" and the document number in the footer, and a repeatable build to bytes.
"""
from __future__ import annotations

import datetime as dt
import io
import threading
from functools import cache, partial
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from services.core.resources import FONT_FILE, resource_path

FONT = "WQYMicroHei"
CREATOR = "回款通"

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 18 * mm
MARGIN_TOP = 18 * mm
MARGIN_BOTTOM = 18 * mm           # the footer sits inside it
FOOTER_Y = 10 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X

INK = colors.black
MUTED = colors.HexColor("#555555")
GRID = colors.HexColor("#9a9a9a")
HEADER_FILL = colors.HexColor("#eeeeee")
GRID_WIDTH = 0.5

_font_lock = threading.Lock()
_font_ready = False


def ensure_font() -> None:
    """Register the bundled WenQuanYi Micro Hei once per process (reading the file takes ~0.2 s).

    The font has no bold face, so the family maps bold and italic onto the same font: a stray
    <b> costs nothing and embeds nothing twice. Emphasis is by size instead.
    """
    global _font_ready
    if _font_ready:
        return
    with _font_lock:
        if _font_ready:
            return
        path = resource_path("fonts", FONT_FILE)
        font = TTFont(FONT, str(path), subfontIndex=0)
        # Every document embeds its own subsets, and each subset copied the tables it needs
        # (3.5 MB of glyphs among them) out of the file again: keep them once read.
        font.face.get_table = cache(font.face.get_table)
        pdfmetrics.registerFont(font)
        pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT, italic=FONT, boldItalic=FONT)
        _font_ready = True


def text(value: object) -> str:
    """User text as Paragraph markup that prints literally: & < > " ' escaped, newlines kept."""
    escaped = escape(str(value or ""), {'"': "&quot;", "'": "&#39;"})
    return "<br/>".join(line.strip() for line in escaped.replace("\r\n", "\n").split("\n"))


def _style(name: str, size: float, leading: float, **kw) -> ParagraphStyle:
    kw.setdefault("textColor", INK)
    return ParagraphStyle(name, fontName=FONT, fontSize=size, leading=leading, wordWrap="CJK", **kw)


class Styles:
    """The few paragraph styles the documents use; built once, after the font is registered."""

    def __init__(self) -> None:
        self.body = _style("body", 10, 15)
        self.clause = _style("clause", 10, 15, leftIndent=15, firstLineIndent=-15)
        self.item = _style("item", 10, 15, leftIndent=35, firstLineIndent=-15)
        self.heading = _style("heading", 11.5, 16, spaceBefore=6, spaceAfter=2)
        self.meta = _style("meta", 9.5, 13, textColor=MUTED)
        self.meta_right = _style("meta_right", 9.5, 13, textColor=MUTED, alignment=TA_RIGHT)
        self.cell = _style("cell", 9.5, 12.5)
        self.cell_center = _style("cell_center", 9.5, 12.5, alignment=TA_CENTER)
        self.cell_right = _style("cell_right", 9.5, 12.5, alignment=TA_RIGHT)
        self.cell_head = _style("cell_head", 9.5, 12.5, alignment=TA_CENTER)
        self.label = _style("label", 9.5, 12.5, textColor=MUTED)
        self.party_head = _style("party_head", 9.5, 12.5)
        self.party_name = _style("party_name", 10, 12.5)
        self.total = _style("total", 10.5, 14)
        self.total_figure = _style("total_figure", 10.5, 14, alignment=TA_RIGHT)
        self.sign_head = _style("sign_head", 10.5, 14)
        self.sign = _style("sign", 10, 14)
        self.sign_note = _style("sign_note", 9, 13, textColor=MUTED)


_styles: Styles | None = None


def styles() -> Styles:
    """The paragraph styles of every document (made once, after the CJK font is registered)."""
    global _styles
    ensure_font()
    if _styles is None:
        _styles = Styles()
    return _styles


class _Para(Paragraph):
    """A Paragraph whose CJK lines never squeeze their spaces.

    reportlab lets a closing mark (。，）) that may not start a line hang past the right edge, and
    then shrinks the line's spaces by the overhang, which can make "支付 ¥8,000.00" overlap.
    Letting the mark hang (标点悬挂) without shrinking anything keeps every glyph apart.
    """

    def wrap(self, avail_width, avail_height):
        # A table wraps each cell to size its rows and again to draw it, at the same width:
        # the lines depend on the width only, so the second time they are the first's. A split
        # that found no room drops the lines (blPara): then they are made again.
        if getattr(self, "_wrapped_at", None) == avail_width and hasattr(self, "blPara"):
            return self.width, self.height
        result = super().wrap(avail_width, avail_height)
        lines = getattr(getattr(self, "blPara", None), "lines", ())
        for line in lines:
            if getattr(line, "extraSpace", 0) < 0 and self.style.alignment == TA_LEFT:
                line.extraSpace = 0
        if hasattr(self, "blPara"):
            self._wrapped_at = avail_width
        return result


def para(markup: str, style: ParagraphStyle) -> Paragraph:
    """A Paragraph from markup the caller built (user parts already passed through text())."""
    return _Para(markup, style)


class Title(Flowable):
    """The document's title: centred, large, letter-spaced, slightly heavier (fill + thin stroke,
    since the font has no bold face)."""

    def __init__(self, title: str, size: float = 20, space_after: float = 4 * mm) -> None:
        super().__init__()
        self.title, self.size, self.space_after = title, size, space_after

    def wrap(self, avail_width, avail_height):
        self.width = avail_width
        return avail_width, self.size * 1.3 + self.space_after

    def draw(self) -> None:
        canv = self.canv
        char_space = self.size * 0.25
        width = (pdfmetrics.stringWidth(self.title, FONT, self.size)
                 + char_space * (len(self.title) - 1))
        obj = canv.beginText((self.width - width) / 2, self.space_after + self.size * 0.3)
        obj.setFont(FONT, self.size)
        obj.setCharSpace(char_space)
        obj.setTextRenderMode(2)        # fill and stroke: a touch bolder
        canv.saveState()
        canv.setLineWidth(self.size * 0.02)
        canv.setStrokeColor(INK)
        canv.setFillColor(INK)
        obj.textOut(self.title)
        canv.drawText(obj)
        canv.restoreState()


class Rule(Flowable):
    """A line to sign on, across the cell, on the baseline of the label beside it."""

    def __init__(self, baseline: float = 2.5) -> None:
        super().__init__()
        self.baseline = baseline

    def wrap(self, avail_width, avail_height):
        self.width = avail_width
        return avail_width, self.baseline + 1

    def draw(self) -> None:
        self.canv.saveState()
        self.canv.setStrokeColor(INK)
        self.canv.setLineWidth(0.6)
        self.canv.line(0, self.baseline, self.width, self.baseline)
        self.canv.restoreState()


class HeldPagesCanvas(Canvas):
    """Holds every page back until the end, so each page's footer can say how many pages there
    are: a subclass draws a page's header and footer in `_decorate(total)`. `stamp` is the PDF's
    creation date as written in the file ("D:YYYYMMDDHHMMSS+08'00'")."""

    def __init__(self, *args, stamp: str, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._doc.setDateFormatter(lambda *_: stamp)
        self._held_pages: list[dict] = []

    def showPage(self) -> None:
        self._held_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._held_pages)
        for state in self._held_pages:
            self.__dict__.update(state)
            self._decorate(total)
            super().showPage()
        super().save()

    def _decorate(self, total: int) -> None:
        raise NotImplementedError


class _NumberedCanvas(HeldPagesCanvas):
    """A4 portrait pages with the footer and "第 n 页 / 共 m 页"."""

    def __init__(self, *args, footer: str, dated: dt.date, **kwargs) -> None:
        # Invariant mode would say 2000-01-01; the issue date is as repeatable and true.
        super().__init__(*args, stamp=f"D:{dated:%Y%m%d}000000+08'00'", **kwargs)
        self._footer = footer

    def _decorate(self, total: int) -> None:
        self.saveState()
        self.setStrokeColor(GRID)
        self.setLineWidth(GRID_WIDTH)
        self.line(MARGIN_X, FOOTER_Y + 4.5 * mm, PAGE_WIDTH - MARGIN_X, FOOTER_Y + 4.5 * mm)
        self.setFont(FONT, 8.5)
        self.setFillColor(MUTED)
        self.drawString(MARGIN_X, FOOTER_Y, self._footer)
        self.drawRightString(PAGE_WIDTH - MARGIN_X, FOOTER_Y,
                             f"第 {self._pageNumber} 页 / 共 {total} 页")
        self.restoreState()


def build_pdf(story: list, *, title: str, footer: str, author: str, subject: str, dated: dt.date,
              keywords: list[str] | None = None) -> bytes:
    """Lay the story out on A4 portrait and return the PDF bytes.

    Invariant mode fixes the file id, and the creation date is the document's own date (`dated`),
    so the same story gives the same bytes.
    """
    ensure_font()
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM, title=title, author=author, subject=subject,
        creator=CREATOR, keywords=keywords or [], invariant=1,
        pageCompression=1, lang="zh-CN", displayDocTitle=1, initialFontName=FONT)
    frame = Frame(MARGIN_X, MARGIN_BOTTOM, CONTENT_WIDTH, PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
    doc.addPageTemplates([PageTemplate(id="a4", frames=[frame])])
    doc.build(story, canvasmaker=partial(_NumberedCanvas, footer=footer, dated=dated))
    return buffer.getvalue()
