"""A ReportTable drawn on A4 pages with reportlab (export.write_pdf's drawing; imported only
when a PDF is made, since reportlab takes a while to import).

The page: company and title at the top of every page, the about lines on the first, the table
with its header row repeated on every page, the notes after it, the printing time and
"第 n 页 / 共 m 页" at the bottom. Column widths come from the content measured in the font:
text columns are capped and wrap beyond the cap; when the columns are still wider than the page
the font is set smaller (down to MIN_SIZE), then text columns give up more room, and only a
table that still does not fit is set smaller than MIN_SIZE.
Only text that needs wrapping becomes a Paragraph; other cells are plain strings, which
reportlab draws an order of magnitude faster, so thousands of rows take seconds.
"""
from __future__ import annotations

import datetime as dt
import io
from functools import partial

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from services.documents.pdf_base import (
    CREATOR,
    FONT,
    GRID,
    HEADER_FILL,
    INK,
    MUTED,
    HeldPagesCanvas,
    ensure_font,
    para,
    text,
)
from services.reports.export import cell_text
from services.reports.table import TEXT, ReportTable

MARGIN_X = 12 * mm
MARGIN_TOP = 20 * mm     # the page header sits inside it
MARGIN_BOTTOM = 15 * mm  # the footer sits inside it
HEADER_GAP = 4 * mm      # between the header's rule and the first line of the page
SIZE = 8.5               # the table's font size when it fits
MIN_SIZE = 5.5           # the smallest it is set to fit the page's width
PAD_X, PAD_Y = 3, 1.6    # cell padding, points
TEXT_CAP = 0.32          # a text column takes at most this share of the width before wrapping
TEXT_FLOOR_EM = 4        # nor is squeezed below this many characters
STRIPE = colors.HexColor("#f5f5f5")
LINE = colors.HexColor("#c8c8c8")


def render(table: ReportTable, *, company: str, printed_at: dt.datetime, page_label: str,
           printed_label: str) -> bytes:
    """The PDF bytes of `table` (see the module docstring). The same table and `printed_at`
    give the same bytes."""
    ensure_font()
    size = landscape(A4) if table.landscape else A4
    width = size[0] - 2 * MARGIN_X
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer, pagesize=size, leftMargin=MARGIN_X, rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP + HEADER_GAP, bottomMargin=MARGIN_BOTTOM, title=table.title,
        author=company, subject=table.title, creator=CREATOR, invariant=1, pageCompression=1,
        lang="zh-CN", displayDocTitle=1, initialFontName=FONT)
    frame = Frame(MARGIN_X, MARGIN_BOTTOM, width,
                  size[1] - MARGIN_TOP - HEADER_GAP - MARGIN_BOTTOM,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
    doc.addPageTemplates([PageTemplate(id="report", frames=[frame], pagesize=size)])
    story = _story(table, width)
    footer = printed_label.format(time=f"{printed_at:%Y-%m-%d %H:%M}")
    doc.build(story, canvasmaker=partial(
        _PagedCanvas, company=company, title=table.title, footer=footer, page_label=page_label,
        printed_at=printed_at))
    return buffer.getvalue()


def _story(table: ReportTable, width: float) -> list:
    about = _style("about", 9, 13, MUTED)
    note = _style("note", 8.5, 12, MUTED)
    story: list = [para(text(line), about) for line in table.about]
    if story:
        story.append(Spacer(1, 2 * mm))
    story.append(_table(table, width))
    if table.notes:
        story.append(Spacer(1, 3 * mm))
        story += [para(text(line), note) for line in table.notes]
    return story


def _table(table: ReportTable, width: float) -> Table:
    columns = table.columns
    kinds = [c.kind for c in columns]
    rows = [[cell_text(v, k) for v, k in zip(row, kinds, strict=True)] for row in table.rows]
    totals = ([cell_text(v, k) for v, k in zip(table.totals, kinds, strict=True)]
              if table.totals is not None else None)
    size, widths = _fit(table, rows, width)
    leading = size * 1.25
    cell = _style("report_cell", size, leading)
    head = _style("report_head", size, leading, alignment=TA_CENTER)
    data: list[list] = [[para(text(c.title), head) for c in columns]]
    text_columns = [i for i, k in enumerate(kinds) if k == TEXT]
    subtotals = set(table.extra.get("subtotals", ()))
    for index, values in enumerate(rows):
        if index in subtotals:
            data.append(_totals_cells(values, size))
            continue
        for i in text_columns:
            value = values[i]
            # Wider than its column (or on several lines): a Paragraph, which wraps.
            if value and ("\n" in value
                          or stringWidth(value, FONT, size) > widths[i] - 2 * PAD_X):
                values[i] = para(text(value), cell)
        data.append(values)
    style = [
        ("FONT", (0, 0), (-1, -1), FONT, size, leading),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD_X),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD_X),
        ("TOPPADDING", (0, 0), (-1, -1), PAD_Y),
        ("BOTTOMPADDING", (0, 0), (-1, -1), PAD_Y),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, INK),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, LINE),
    ]
    if rows:
        style.append(("ROWBACKGROUNDS", (0, 1), (-1, len(rows)), [colors.white, STRIPE]))
    for i, kind in enumerate(kinds):
        if kind != TEXT:
            style.append(("ALIGN", (i, 1), (i, -1), "RIGHT"))
    for index in subtotals:
        style += [("BACKGROUND", (0, index + 1), (-1, index + 1), HEADER_FILL),
                  ("LINEABOVE", (0, index + 1), (-1, index + 1), 0.5, GRID)]
    if totals is not None:
        last = len(data)
        data.append(_totals_cells(totals, size))
        style += [("LINEABOVE", (0, last), (-1, last), 0.8, INK),
                  ("LINEBELOW", (0, last), (-1, last), 0.8, INK)]
    return Table(data, colWidths=widths, repeatRows=1, style=TableStyle(style), hAlign="LEFT")


def _totals_cells(totals: list[str], size: float) -> list:
    """The totals row (or a subtotal row) in bold. The label is drawn from its cell's left edge
    on, over the empty cells beside it (a SPAN would do the same, but makes reportlab measure
    the spans again on every page: 40 % of the time at 2,000 rows)."""
    return [Bold(value, size) if value else "" for value in totals]


def _fit(table: ReportTable, rows: list[list[str]], width: float) -> tuple[float, list[float]]:
    """The font size and column widths (points) that fit `width`: see the module docstring."""
    ensure_font()
    columns = table.columns
    natural = []
    for i, column in enumerate(columns):
        texts = [r[i] for r in rows]
        if column.kind != TEXT:
            # Digits are all one width in this font: the longest text is the widest.
            texts = sorted(texts, key=len)[-3:]
        longest = max((stringWidth(t, FONT, SIZE) for t in texts if t), default=0)
        if table.totals is not None and column.kind != TEXT:  # bold: drawn a little wider
            total = cell_text(table.totals[i], column.kind)
            longest = max(longest, stringWidth(total, FONT, SIZE) * 1.05)
        longest = max(longest, _head_width(column.title), column.width * SIZE * 0.5)
        natural.append(longest + 2 * PAD_X)
    text_columns = [i for i, c in enumerate(columns) if c.kind == TEXT]
    wanted = list(natural)  # text uncapped: what it takes on one line
    for i in text_columns:
        natural[i] = min(natural[i], width * TEXT_CAP)
    size, widths = SIZE, natural
    padding = 2 * PAD_X * len(columns)
    if sum(natural) > width:
        # Smaller type first: content widths shrink with the font, padding does not.
        size = max(MIN_SIZE, SIZE * (width - padding) / (sum(natural) - padding))
        widths = [(w - 2 * PAD_X) * size / SIZE + 2 * PAD_X for w in natural]
        over = sum(widths) - width
        if over > 0 and text_columns:  # then text columns wrap onto more lines
            floor = TEXT_FLOOR_EM * size + 2 * PAD_X
            room = sum(max(widths[i] - floor, 0) for i in text_columns)
            if room > 0:
                cut = min(over, room)
                for i in text_columns:
                    widths[i] -= cut * max(widths[i] - floor, 0) / room
        over = sum(widths) - width
        if over > 0.01:  # still too wide (very many columns): smaller than MIN_SIZE after all
            factor = max(width - padding, 1) / (sum(widths) - padding)
            size *= factor
            widths = [(w - 2 * PAD_X) * factor + 2 * PAD_X for w in widths]
    if sum(widths) < width:
        # Room to spare: first to the text that was capped (fewer lines), then to every column.
        spare = width - sum(widths)
        short = {i: wanted[i] - widths[i] for i in text_columns if wanted[i] > widths[i]}
        if short:
            given = min(spare, sum(short.values()))
            widths = [w + given * short.get(i, 0) / sum(short.values())
                      for i, w in enumerate(widths)]
            spare -= given
        if spare > 0:
            widths = [w + spare * w / sum(widths) for w in widths]
    return size, widths


def _style(name: str, size: float, leading: float, color=INK, **kw) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=FONT, fontSize=size, leading=leading, textColor=color,
                          wordWrap="CJK", **kw)


def _head_width(title: str) -> float:
    """A header may wrap onto two lines: at least half its width, and its longest word."""
    words = title.split()
    widest = max((stringWidth(w, FONT, SIZE) for w in words), default=0)
    return max(stringWidth(title, FONT, SIZE) / 2, min(widest, stringWidth(title, FONT, SIZE)))


class Bold(Flowable):
    """One line of text drawn heavier (fill and a thin stroke: the CJK font has no bold face),
    sized to its text, so a table cell aligns it like a string."""

    def __init__(self, value: str, size: float) -> None:
        super().__init__()
        self.value, self.size = value, size

    def wrap(self, avail_width, avail_height):
        self.width = stringWidth(self.value, FONT, self.size)
        return self.width, self.size * 1.25

    def draw(self) -> None:
        canv = self.canv
        canv.saveState()
        canv.setLineWidth(self.size * 0.035)
        canv.setStrokeColor(INK)
        canv.setFillColor(INK)
        obj = canv.beginText(0, self.size * 0.3)
        obj.setFont(FONT, self.size)
        obj.setTextRenderMode(2)
        obj.textOut(self.value)
        canv.drawText(obj)
        canv.restoreState()


class _PagedCanvas(HeldPagesCanvas):
    """Draws the page header (company, title) and footer (printing time, page n of m)."""

    def __init__(self, *args, company: str, title: str, footer: str, page_label: str,
                 printed_at: dt.datetime, **kwargs) -> None:
        super().__init__(*args, stamp=f"D:{printed_at:%Y%m%d%H%M%S}+08'00'", **kwargs)
        self._company, self._title, self._footer = company, title, footer
        self._page_label = page_label

    def _decorate(self, total: int) -> None:
        page_width, page_height = self._pagesize
        left, right = MARGIN_X, page_width - MARGIN_X
        self.saveState()
        top = page_height - MARGIN_TOP + 3 * mm
        title_size = 13
        title = _fitted(self._title, FONT, title_size, (right - left) * 0.6)
        obj = self.beginText(left, top)
        obj.setFont(FONT, title_size)
        obj.setTextRenderMode(2)  # fill and a thin stroke: a touch bolder
        self.setLineWidth(title_size * 0.02)
        self.setStrokeColor(INK)
        self.setFillColor(INK)
        obj.textOut(title)
        self.drawText(obj)
        self.setFont(FONT, 9)
        self.setFillColor(MUTED)
        self.drawRightString(right, top, _fitted(self._company, FONT, 9, (right - left) * 0.35))
        self.setStrokeColor(GRID)
        self.setLineWidth(0.6)
        self.line(left, top - 2.5 * mm, right, top - 2.5 * mm)
        footer_y = MARGIN_BOTTOM - 9 * mm
        self.line(left, footer_y + 4 * mm, right, footer_y + 4 * mm)
        self.setFont(FONT, 8)
        self.setFillColor(MUTED)
        self.drawString(left, footer_y, self._footer)
        self.drawRightString(right, footer_y,
                             self._page_label.format(page=self._pageNumber, pages=total))
        self.restoreState()


def _fitted(value: str, font: str, size: float, width: float) -> str:
    """`value` cut with "…" so it fits `width` on one line."""
    if stringWidth(value, font, size) <= width:
        return value
    while value and stringWidth(value + "…", font, size) > width:
        value = value[:-1]
    return value + "…"

