"""A ReportTable written to .xlsx and PDF and read back: typed cells with their formats, the
frozen header, the about lines and notes, the totals; on paper the page size, the header and
footer on every page, the page numbers, money with separators, text printed as typed."""
from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from decimal import Decimal

import pytest

from services.reports import export, pdf_table
from services.reports.export import cell_text, pdf_bytes, sheet_name, write_pdf, write_xlsx
from services.reports.table import COUNT, DATE, DAYS, MONEY, PERCENT, TEXT, Column, ReportTable

openpyxl = pytest.importorskip("openpyxl")
pypdf = pytest.importorskip("pypdf")

PRINTED = dt.datetime(2026, 11, 24, 14, 5)
COLUMNS = [Column("编码"), Column("客户"), Column("业务员"), Column("逾期金额", MONEY),
           Column("最早到期", DATE), Column("逾期天数", DAYS), Column("笔数", COUNT),
           Column("回款率", PERCENT)]
ROWS = [
    ["A01", "南京仁和药房连锁有限公司第三分公司（江宁区东山街道店）", "张伟",
     Decimal("1234567.89"), dt.date(2026, 8, 1), 115, 1234, Decimal("0.8125")],
    ["B02", "=1+1 乙公司", "李娜", Decimal("-0.00"), dt.date(2026, 11, 1), 23, 2,
     Decimal("0")],
    ["C03", "A&B <公司>\x07", "", Decimal("0.07"), None, 0, 0, None],
]
TOTALS = ["合计（3 个客户）", None, None, Decimal("1234567.96"), None, None, 1236, None]
TABLE = ReportTable("逾期客户", COLUMNS, ROWS, about=["截至 2026-11-24", "业务员：全部"],
                    totals=TOTALS, notes=["逾期天数 = 截至日 − 到期日。", "回款率 = 已收 ÷ 应收。"],
                    sheet_name="逾期客户")


def amount(cell) -> Decimal:
    return Decimal(str(cell.value)).quantize(Decimal("0.01"))


@pytest.fixture
def sheet(tmp_path):
    path = write_xlsx(TABLE, tmp_path / "out")
    assert path == tmp_path / "out.xlsx"  # the extension added
    workbook = openpyxl.load_workbook(path)
    yield workbook.active
    workbook.close()


# --- .xlsx ---------------------------------------------------------------------------------

def test_title_about_lines_and_a_bold_frozen_header(sheet):
    assert sheet.title == "逾期客户"
    assert sheet["A1"].value == "逾期客户" and sheet["A1"].font.bold
    assert [sheet["A2"].value, sheet["A3"].value] == ["截至 2026-11-24", "业务员：全部"]
    assert [c.value for c in sheet[4]] == [c.title for c in COLUMNS]
    assert all(c.font.bold for c in sheet[4])
    assert sheet.freeze_panes == "A5"  # everything above the first row stays put


def test_cells_are_real_numbers_and_dates_with_their_formats(sheet):
    first = sheet[5]
    assert [c.value for c in first[:3]] == ["A01", ROWS[0][1], "张伟"]
    assert amount(first[3]) == Decimal("1234567.89")
    assert (first[3].data_type, first[3].number_format) == ("n", "#,##0.00")
    assert first[4].value == dt.datetime(2026, 8, 1) and first[4].number_format == "yyyy-mm-dd"
    assert (first[5].value, first[5].number_format) == (115, "0")
    assert (first[6].value, first[6].number_format) == (1234, "#,##0")
    assert first[7].value == pytest.approx(0.8125) and first[7].number_format == "0.0%"
    assert [c.value for c in sheet[7][4:]] == [None, 0, 0, None]  # empty stays empty


def test_money_is_written_as_its_exact_decimal_text(tmp_path):
    path = write_xlsx(TABLE, tmp_path / "x.xlsx")
    with zipfile.ZipFile(path) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<v>1234567.89</v>" in xml and "<v>1234567.96</v>" in xml


def test_text_is_never_a_formula_and_xml_illegal_characters_are_dropped(sheet, tmp_path):
    assert sheet["B6"].value == "=1+1 乙公司" and sheet["B6"].data_type == "s"
    assert sheet["B7"].value == "A&B <公司>"
    write_xlsx(ReportTable("=SUM(A1)", [Column("=A1")], [["=HYPERLINK(\"x\")"]],
                           about=["=1"], notes=["=2"]), tmp_path / "f.xlsx")
    with zipfile.ZipFile(tmp_path / "f.xlsx") as archive:
        assert "<f>" not in archive.read("xl/worksheets/sheet1.xml").decode()
    workbook = openpyxl.load_workbook(tmp_path / "f.xlsx")
    values = [c.value for row in workbook.active.iter_rows() for c in row if c.value]
    assert values == ["=SUM(A1)", "=1", "=A1", "=HYPERLINK(\"x\")", "=2"]
    workbook.close()


def test_totals_row_is_bold_and_the_notes_follow(sheet):
    totals = sheet[8]
    assert totals[0].value == "合计（3 个客户）" and all(c.font.bold for c in totals)
    assert amount(totals[3]) == Decimal("1234567.96") and totals[6].value == 1236
    assert [c.value for c in sheet[9]] == [None] * len(COLUMNS)
    assert [sheet["A10"].value, sheet["A11"].value] == ["逾期天数 = 截至日 − 到期日。",
                                                      "回款率 = 已收 ÷ 应收。"]
    assert sheet.max_row == 11


def test_column_widths_follow_the_content_cjk_counting_double(sheet):
    widths = {k: v.width for k, v in sheet.column_dimensions.items()}
    name = ROWS[0][1]
    assert widths["B"] == len(name) * 2 + 2  # 27 CJK characters
    assert widths["A"] == 6  # "A01" and 编码: the narrowest allowed
    assert widths["D"] == len("1,234,567.89") + 2
    # The totals label runs on over the empty cells beside it: it does not widen column A.
    assert widths["A"] < len("合计（3 个客户）") * 2


def test_a_table_without_about_lines_totals_or_notes(tmp_path):
    path = write_xlsx(ReportTable("空表", COLUMNS, []), tmp_path / "e.xlsx")
    workbook = openpyxl.load_workbook(path)
    sheet = workbook.active
    assert sheet.freeze_panes == "A3" and sheet.max_row == 2
    assert sheet.title == "空表"  # the title when no sheet name is given
    workbook.close()


def test_subtotal_rows_named_in_extra_are_bold(tmp_path):
    table = ReportTable("t", [Column("a"), Column("b", MONEY)],
                        [["x", Decimal(1)], ["小计", Decimal(1)]], extra={"subtotals": [1]})
    workbook = openpyxl.load_workbook(write_xlsx(table, tmp_path / "s.xlsx"))
    sheet = workbook.active
    assert not sheet["A3"].font.bold and sheet["A4"].font.bold and sheet["B4"].font.bold
    workbook.close()


@pytest.mark.parametrize("name, expected", [
    ("Collection plan 11/2026 [Wang Wei, North region]", "Collection plan 11-2026 -Wang W"),
    ("a:b*c?d", "a-b-c-d"),
    ("'quoted'", "quoted"),
    ("History", "Sheet1"),
    ("", "Sheet1"),
    ("\x01\x02", "Sheet1"),
    ("应收账龄" * 10, "应收账龄" * 7 + "应收账"),
])
def test_sheet_names_keep_to_excel_rules(name, expected):
    assert sheet_name(name) == expected


@pytest.mark.parametrize("value, kind, expected", [
    (Decimal("1234567.891"), MONEY, "1,234,567.89"),
    (Decimal("-0.00"), MONEY, "0.00"),
    (Decimal("-1500"), MONEY, "-1,500.00"),
    (Decimal("0.8125"), PERCENT, "81.3%"),
    (Decimal("-0.0001"), PERCENT, "0.0%"),
    (Decimal("1.5"), PERCENT, "150.0%"),
    (12345, COUNT, "12,345"),
    (1095, DAYS, "1095"),
    (dt.date(2026, 1, 5), DATE, "2026-01-05"),
    (None, MONEY, ""),
    ("=1+1", TEXT, "=1+1"),
])
def test_cell_text_on_paper(value, kind, expected):
    assert cell_text(value, kind) == expected


# --- PDF -----------------------------------------------------------------------------------

def squeeze(text: str) -> str:
    """Wrapped lines and cell breaks come back as newlines and spaces: compare without them."""
    return re.sub(r"\s+", "", text)


def pages(pdf: bytes) -> list:
    return pypdf.PdfReader(io.BytesIO(pdf)).pages


def many_rows(count: int) -> ReportTable:
    rows = [[f"C{i:04d}", f"客户{i}", "王丽", Decimal(i) * Decimal("1001.01"),
             dt.date(2026, 1, 1), i, 1, Decimal("0.5")] for i in range(count)]
    total = sum((r[3] for r in rows), Decimal(0))
    return ReportTable("应收账龄", COLUMNS, rows, about=["截至 2026-11-24"],
                       totals=["合计", None, None, total, None, None, count, None],
                       notes=["各栏之和 = 合计。"])


def test_pdf_is_landscape_a4_with_header_about_lines_and_the_first_rows(tmp_path):
    path = write_pdf(TABLE, tmp_path / "out", company="北京九州医药有限公司", printed_at=PRINTED)
    assert path == tmp_path / "out.pdf"
    [page] = pages(path.read_bytes())
    box = page.mediabox
    assert (round(float(box.width)), round(float(box.height))) == (842, 595)  # A4 landscape
    text = squeeze(page.extract_text())
    for needle in ("北京九州医药有限公司", "逾期客户", "截至2026-11-24", "业务员：全部", "逾期金额",
                   "回款率", "1,234,567.89", "2026-08-01", "81.3%", "1,234",
                   "南京仁和药房连锁有限公司第三分公司（江宁区东山街道店）", "=1+1乙公司",
                   "A&B<公司>", "合计（3个客户）", "1,234,567.96", "回款率=已收÷应收。",
                   "打印时间：2026-11-2414:05", "第1页/共1页"):
        assert squeeze(needle) in text, needle
    assert "-0.00" not in text


def test_portrait_when_the_table_asks(tmp_path):
    table = ReportTable("t", COLUMNS[:2], [["a", "b"]], landscape=False)
    [page] = pages(pdf_bytes(table, printed_at=PRINTED))
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (595, 842)


def test_many_rows_run_over_pages_with_the_header_on_each_and_numbers_in_the_footer():
    pdf = pdf_bytes(many_rows(200), company="我司", printed_at=PRINTED)
    found = pages(pdf)
    assert len(found) >= 3
    texts = [squeeze(p.extract_text()) for p in found]
    count = len(found)
    for number, text in enumerate(texts, start=1):
        assert "我司" in text and "应收账龄" in text  # the page header
        if "C0" in text:  # a page of the table: its column titles at the top
            assert text.index("逾期金额") < text.index("C0")
        assert f"第{number}页/共{count}页" in text and "打印时间：2026-11-2414:05" in text
    assert "截至2026-11-24" in texts[0] and "截至2026-11-24" not in texts[1]
    assert "C0000" in texts[0] and "C0199" in "".join(texts[-2:])
    total = sum(Decimal(i) * Decimal("1001.01") for i in range(200))
    assert f"{total:,}" in "".join(texts[-2:]) and "各栏之和=合计。" in texts[-1]


def test_the_same_table_gives_the_same_bytes():
    assert pdf_bytes(TABLE, printed_at=PRINTED) == pdf_bytes(TABLE, printed_at=PRINTED)


def test_an_empty_table_still_prints_its_header():
    [page] = pages(pdf_bytes(ReportTable("空表", COLUMNS, []), printed_at=PRINTED))
    assert "逾期金额" in page.extract_text()


def wide(months: int) -> tuple[ReportTable, list[list[str]]]:
    columns = [Column("客户")] + [Column(f"{m} 月应收", MONEY) for m in range(1, months + 1)]
    rows = [["南京仁和药房连锁有限公司"] + [Decimal("123456789.01")] * months]
    texts = [[cell_text(v, c.kind) for v, c in zip(rows[0], columns, strict=True)]]
    return ReportTable("宽表", columns, rows), texts


LANDSCAPE_WIDTH = 297 / 25.4 * 72 - 2 * pdf_table.MARGIN_X


@pytest.mark.parametrize("months, smallest", [(12, pdf_table.MIN_SIZE), (24, 3)])
def test_a_wide_table_is_set_smaller_to_fit_the_page(months, smallest):
    table, texts = wide(months)
    size, widths = pdf_table._fit(table, texts, LANDSCAPE_WIDTH)
    # 12 months fit at a readable size; 24 only below it, but nothing runs off the page.
    assert smallest <= size < pdf_table.SIZE
    assert sum(widths) == pytest.approx(LANDSCAPE_WIDTH)
    assert len(pages(pdf_bytes(table, printed_at=PRINTED))) == 1


def test_a_narrow_table_keeps_the_full_size_and_fills_the_width():
    table = ReportTable("窄表", COLUMNS[:4], [r[:4] for r in ROWS])
    texts = [[cell_text(v, c.kind) for v, c in zip(r[:4], COLUMNS, strict=False)] for r in ROWS]
    size, widths = pdf_table._fit(table, texts, 700)
    assert size == pdf_table.SIZE and sum(widths) == pytest.approx(700)


def test_the_footer_words_can_be_given_in_another_language():
    pdf = pdf_bytes(TABLE, printed_at=PRINTED, page_label="Page {page} of {pages}",
                    printed_label="Printed {time}")
    text = pages(pdf)[0].extract_text()
    assert "Page 1 of 1" in text and "Printed 2026-11-24 14:05" in text


def test_subtotal_rows_print(tmp_path):
    table = ReportTable("t", [Column("a"), Column("b", MONEY)],
                        [["x", Decimal(1)], ["小计：王丽", Decimal(1)]], extra={"subtotals": [1]})
    assert "小计：王丽" in pages(pdf_bytes(table, printed_at=PRINTED))[0].extract_text()


def test_nothing_is_imported_before_a_file_is_written():
    assert "openpyxl" not in export.__dict__ and "reportlab" not in export.__dict__


def test_a_write_that_fails_halfway_leaves_the_old_file_whole(tmp_path, monkeypatch):
    from services.reports import export
    from services.reports.table import Column, ReportTable

    table = ReportTable("t", [Column("a")], [["x"]])
    path = export.write_pdf(table, tmp_path / "r.pdf")
    before = path.read_bytes()

    def full(self, data):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(type(path), "write_bytes", full)
    with pytest.raises(OSError):
        export.write_pdf(ReportTable("t2", [Column("a")], [["y"]]), path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["r.pdf"]


def test_an_average_of_days_keeps_its_tenth_in_the_sheet(tmp_path):
    from openpyxl import load_workbook

    from services.reports import export
    from services.reports.table import DAYS, Column, ReportTable

    table = ReportTable("t", [Column("avg", DAYS), Column("max", DAYS)],
                        [[Decimal("16.1"), 95]])
    sheet = load_workbook(export.write_xlsx(table, tmp_path / "d.xlsx")).active
    cells = [c for row in sheet.iter_rows() for c in row if c.value in (16.1, 95)]
    assert [(c.value, c.number_format) for c in cells] == [(16.1, "0.0"), (95, "0")]
