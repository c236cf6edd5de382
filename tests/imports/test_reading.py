"""Reading import files into cells: every file here is made by the test (tests/imports/files.py)."""
from __future__ import annotations

import datetime as dt
import os
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from services.imports.fields import FIELDS, header_key
from services.imports.reading import (
    ENCODINGS,
    ImportFileProblem,
    Sheet,
    data_rows,
    detect_encoding,
    excel_cell,
    guess_header_row,
    header_texts,
    inspect_file,
    is_totals_row,
    number_text,
    read_sheet,
    sniff_delimiter,
)
from tests.imports.files import make_csv, make_xls, make_xlsx

RECEIVABLE_HEADERS = {header_key(name) for field in FIELDS["receivables"]
                      for name in (field.label, *field.synonyms)}


def known(text: str) -> bool:
    return header_key(text) in RECEIVABLE_HEADERS


def problem(call, *args, **kwargs) -> ImportFileProblem:
    with pytest.raises(ImportFileProblem) as caught:
        call(*args, **kwargs)
    return caught.value


# --- Excel cells -----------------------------------------------------------------------------

@pytest.mark.parametrize(("number", "text"), [
    (12000.0, "12000"), (1234.5, "1234.5"), (0.1 + 0.2, "0.3"), (1e-7, "0.0000001"),
    (1e20, "100000000000000000000"), (123456789012345678.0, "123456789012346000"),
    (-5.25, "-5.25"), (-0.0, "0"), (0.0, "0"), (45357.0, "45357"), (1 / 3, "0.333333333333333"),
    (2.675, "2.675"), (99999999.99, "99999999.99"), (0.00012, "0.00012"),
])
def test_numbers_read_as_excel_shows_them_at_full_precision(number, text):
    assert number_text(number) == text


@pytest.mark.parametrize(("value", "cell"), [
    ("", None), ("001", "001"), ("  spaced  ", "  spaced  "), (12000, "12000"), (True, "TRUE"),
    (False, "FALSE"), (dt.date(2024, 3, 5), dt.date(2024, 3, 5)),
    (dt.datetime(2024, 3, 5), dt.date(2024, 3, 5)),
    (dt.datetime(2024, 3, 5, 10, 30), dt.datetime(2024, 3, 5, 10, 30)),
    (dt.time(10, 30), "10:30:00"), (dt.timedelta(hours=30), "30:00:00"),
    (dt.timedelta(minutes=-90), "-1:30:00"),
])
def test_each_kind_of_excel_value_becomes_one_cell(value, cell):
    assert excel_cell(value) == cell


def test_xlsx_cells_keep_text_and_turn_numbers_into_text(tmp_path):
    path = make_xlsx(tmp_path / "a.xlsx", [
        ["客户编码", "金额", "日期", "时间", "备注"],
        ["001", 1234.5, dt.date(2024, 3, 5), dt.datetime(2024, 3, 5, 10, 30), "¥1,234.50"],
        ["００２", 12000, 45357, None, "ＡＢＣ　全角"],
        ["0003", "1234.50", "2024-03-05", True, " 前后空格 "],
        [None, 0.1 + 0.2, None, None, "line1\nline2"],
    ])
    rows = read_sheet(path).rows
    assert rows[1] == ["001", "1234.5", dt.date(2024, 3, 5), dt.datetime(2024, 3, 5, 10, 30),
                       "¥1,234.50"]
    # A date typed as a plain number stays its serial; full-width text is kept as typed.
    assert rows[2] == ["００２", "12000", "45357", None, "ＡＢＣ　全角"]
    # Numbers stored as text stay text exactly, trailing zero included.
    assert rows[3] == ["0003", "1234.50", "2024-03-05", "TRUE", " 前后空格 "]
    assert rows[4] == [None, "0.3", None, None, "line1\nline2"]


@pytest.mark.parametrize("number_format", [
    "yyyy-mm-dd", 'yyyy"年"m"月"d"日"', "yyyy/m/d", "m/d/yyyy", "[$-804]yyyy\"年\"m\"月\"d\"日\"",
])
def test_excel_date_cells_read_as_dates_whatever_their_format(tmp_path, number_format):
    path = make_xlsx(tmp_path / "d.xlsx", [["日期", "金额"], [dt.date(2024, 3, 5), 45357]],
                     formats={"A2": number_format, "B2": "#,##0.00"})
    assert read_sheet(path).rows[1] == [dt.date(2024, 3, 5), "45357"]


def test_a_time_alone_reads_as_text(tmp_path):
    path = make_xlsx(tmp_path / "t.xlsx", [["时间"], [dt.time(10, 30)]], formats={"A2": "h:mm"})
    assert read_sheet(path).rows[1] == ["10:30:00"]


def test_an_error_cell_reads_as_empty(tmp_path):
    """python-calamine gives #N/A and #DIV/0! as empty cells, without their text."""
    path = make_xlsx(tmp_path / "e.xlsx", [["编码", "金额"], ["001", "#N/A"], ["002", "#DIV/0!"]])
    assert read_sheet(path).rows[1:] == [["001", None], ["002", None]]


def test_rows_are_padded_and_numbered_from_the_first_sheet_row(tmp_path):
    path = make_xlsx(tmp_path / "p.xlsx", [[None], [None, None, "客户编码", "金额"],
                                           [None, None, "001", 5]])
    sheet = read_sheet(path)
    assert sheet.rows == [[None] * 4, [None, None, "客户编码", "金额"], [None, None, "001", "5"]]
    assert list(data_rows(sheet, 1)) == [(3, [None, None, "001", "5"])]


def test_xls_written_by_xlwt_reads_text_numbers_and_dates(tmp_path):
    path = make_xls(tmp_path / "old.xls", [
        ["客户编码", "金额", "日期", "时刻", "是否"],
        ["001", 1234.5, dt.date(2024, 3, 5), dt.datetime(2024, 3, 5, 10, 30), True],
        ["002", 12000, 45357, dt.datetime(2024, 3, 6), False],
    ])
    info = inspect_file(path)
    assert (info.format, info.sheets, info.encoding) == ("xls", ("Sheet1",), None)
    assert read_sheet(path).rows[1:] == [
        ["001", "1234.5", dt.date(2024, 3, 5), dt.datetime(2024, 3, 5, 10, 30), "TRUE"],
        ["002", "12000", "45357", dt.date(2024, 3, 6), "FALSE"],
    ]


def test_xls_merged_cells_are_listed(tmp_path):
    path = make_xls(tmp_path / "m.xls", [["客户", None, "金额"], ["编码", "名称", None]],
                    merged=[(0, 0, 0, 1), (0, 1, 2, 2)])
    sheet = read_sheet(path)
    assert sorted(sheet.merged) == [(0, 0, 0, 1), (0, 2, 1, 2)]
    assert header_texts(sheet, 1) == ["客户编码", "客户名称", "金额"]


def test_a_workbook_saved_under_the_other_extension_still_reads(tmp_path):
    path = make_xlsx(tmp_path / "real.xlsx", [["a", "b"], ["1", "2"]])
    renamed = path.rename(tmp_path / "named.xls")
    assert inspect_file(renamed).format == "xlsx"
    assert read_sheet(renamed).rows == [["a", "b"], ["1", "2"]]


def test_sheets_visible_first_and_the_first_read_by_default(tmp_path):
    path = make_xlsx(tmp_path / "s.xlsx", [["下拉", "列表"]], title="lists",
                     more_sheets={"应收": [["客户编码", "金额"]], "回款": [["x", "y"]]},
                     hidden=["lists"])
    assert inspect_file(path).sheets == ("应收", "回款", "lists")
    assert read_sheet(path).rows == [["客户编码", "金额"]]
    assert read_sheet(path, sheet="回款").rows == [["x", "y"]]
    assert read_sheet(path, sheet="lists").rows == [["下拉", "列表"]]


# --- header row, names and data rows ---------------------------------------------------------

def test_title_rows_above_the_header_are_passed_over(tmp_path):
    path = make_xlsx(tmp_path / "title.xlsx", [
        ["北京九州医疗器械有限公司 应收账款明细表"],
        ["客户编码", "客户名称", "发票号", "日期", "金额"],
        ["001", "北京九州诊所", "FP-1", dt.date(2024, 3, 5), 100],
    ], merged=["A1:E1"])
    sheet = read_sheet(path)
    assert guess_header_row(sheet.rows, known, merged=sheet.merged) == 1
    assert header_texts(sheet, 1) == ["客户编码", "客户名称", "发票号", "日期", "金额"]
    assert list(data_rows(sheet, 1)) == [(3, ["001", "北京九州诊所", "FP-1", dt.date(2024, 3, 5),
                                              "100"])]


@pytest.mark.parametrize(("rows", "header"), [
    ([["报表", None], ["制表日期", "2024-03-05"], ["客户编码", "金额"]], 2),
    # Ties go to the earlier row.
    ([["客户编码", "金额"], ["客户编码", "金额"]], 0),
    # Nothing known: the first row with two text cells.
    ([["标题"], [None, None], ["列一", "列二"], ["a", "b"]], 2),
    # Nothing at all: the first row.
    ([[None], ["x"]], 0),
    # Dates and blanks are not text.
    ([[dt.date(2024, 1, 1), "  "], ["a", "b"]], 1),
])
def test_the_header_is_the_row_with_the_most_known_names(rows, header):
    assert guess_header_row(rows, known) == header


def test_the_header_is_looked_for_only_in_the_first_rows():
    rows = [["x"]] * 25 + [["客户编码", "金额"]]
    assert guess_header_row(rows, known) == 0
    assert guess_header_row(rows, known, look=30) == 25


def test_two_level_header_joins_the_group_and_the_sub_header(tmp_path):
    path = make_xlsx(tmp_path / "two.xlsx", [
        ["客户", None, "发票号", "金额", None, "备注"],
        ["编码", "名称", None, "含税", "已收", None],
        ["001", "北京九州诊所", "FP-1", 100, 20, None],
    ], merged=["A1:B1", "C1:C2", "D1:E1", "F1:F2"])
    sheet = read_sheet(path)
    assert guess_header_row(sheet.rows, known, merged=sheet.merged) == 1
    assert header_texts(sheet, 1) == ["客户编码", "客户名称", "发票号", "金额含税", "金额已收",
                                      "备注"]
    assert list(data_rows(sheet, 1)) == [(3, ["001", "北京九州诊所", "FP-1", "100", "20", None])]


@pytest.mark.parametrize(("below", "header"), [
    ([None, "姓名", "电话"], 1),  # sub-headers: text only
    (["001", "张三", "13800000000"], 0),  # data: a number in it
    (["001", "张三", dt.date(2024, 3, 5)], 0),  # data: a date in it
    ([None, None, None], 0),  # nothing under the group
])
def test_a_group_without_merged_down_headers_has_sub_headers_only_when_they_are_text(
        below, header):
    sheet = Sheet([["客户编码", "联系人", None], below, ["002", "李四", "13900000000"]],
                  merged=[(0, 1, 0, 2)])
    assert guess_header_row(sheet.rows, known, merged=sheet.merged) == header


def test_a_two_level_header_names_unmerged_columns_from_the_upper_row():
    sheet = Sheet([["客户编码", "联系人", None, "备注"], [None, "姓名", "电话", None],
                   ["001", "张三", "13800000000", None]], merged=[(0, 1, 0, 2)])
    assert header_texts(sheet, 1) == ["客户编码", "联系人姓名", "联系人电话", "备注"]


@pytest.mark.parametrize("title_range", [(0, 0, 0, 2), (0, 0, 0, 5), (0, 1, 0, 2)])
def test_a_title_merged_alone_in_its_row_is_not_a_group(title_range):
    sheet = Sheet([[None, "应收账款明细表", None], [None, "客户编码", "金额"], [None, "001", "5"]],
                  merged=[title_range])
    assert header_texts(sheet, 1) == ["", "客户编码", "金额"]


def test_a_header_merged_across_columns_names_each_of_them(tmp_path):
    path = make_xlsx(tmp_path / "across.xlsx", [["客户编码", "金额", None], ["001", 1, 2]],
                     merged=["B1:C1"])
    sheet = read_sheet(path)
    assert guess_header_row(sheet.rows, known, merged=sheet.merged) == 0
    assert header_texts(sheet, 0) == ["客户编码", "金额", "金额"]


def test_a_header_merged_down_names_its_column_in_the_lower_row():
    sheet = Sheet([["客户编码", "日期"], [None, dt.date(2024, 3, 1)], ["001", "x"]],
                  merged=[(0, 0, 1, 0)])
    assert header_texts(sheet, 1) == ["客户编码", "2024-03-01"]


def test_header_texts_are_trimmed_and_empty_columns_have_empty_names():
    sheet = Sheet([[" 客户编码 ", None, "金额\n(元)"]])
    assert header_texts(sheet, 0) == ["客户编码", "", "金额\n(元)"]


@pytest.mark.parametrize("first", ["合计", "合 计", "合　计", "总计", "小计", "本页合计", "累计",
                                   "Total", "Total:", "TOTALS", "sum", "合计：", "合计:",
                                   " 合计 ", "Grand Total", "ｔｏｔａｌ"])
def test_totals_rows_are_left_out(tmp_path, first):
    path = make_xlsx(tmp_path / "t.xlsx", [["客户编码", "金额"], ["001", 100], ["002", 200],
                                           [first, 300], [None, None]])
    sheet = read_sheet(path)
    assert [number for number, _ in data_rows(sheet, 0)] == [2, 3]


@pytest.mark.parametrize(("row", "totals"), [
    ([None, "", "合计", None, "300"], True),
    ([dt.date(2024, 3, 31), "小计", "300"], True),
    (["001", "合计"], False),  # a code first: a customer named 合计 is still a customer
    ([dt.date(2024, 1, 1), dt.date(2024, 1, 2), dt.date(2024, 1, 3), "合计"], False),
    (["合计金额", "300"], False),
    (["本月合计"], False),
    ([None, None], False),
])
def test_a_totals_word_counts_only_as_the_first_text_cell(row, totals):
    assert is_totals_row(row) is totals


def test_blank_rows_are_skipped_and_row_numbers_kept(tmp_path):
    path = make_xlsx(tmp_path / "b.xlsx", [["客户编码", "金额"], ["001", 1], [None, None],
                                           ["  ", "\u3000"], ["002", 2]])
    assert [(n, row[0]) for n, row in data_rows(read_sheet(path), 0)] == [(2, "001"), (5, "002")]


# --- CSV -------------------------------------------------------------------------------------

TABLE = [["客户编码", "客户名称", "金额", "备注"],
         ["001", "北京九州诊所", "¥1,234.50", "含逗号,和\"引号\""],
         ["0002", "ＡＢＣ全角公司", "12000", "第一行\r\n第二行"],
         ["003", "䶮字号", "-5", None]]


@pytest.mark.parametrize(("encoding", "bom", "detected"), [
    ("utf-8", True, "utf-8-sig"), ("utf-8", False, "utf-8"), ("gb18030", False, "gb18030"),
    ("utf-16", False, "utf-16"),
])
def test_csv_in_each_encoding_reads_back_as_written(tmp_path, encoding, bom, detected):
    path = make_csv(tmp_path / "t.csv", TABLE, encoding, bom=bom)
    info = inspect_file(path)
    assert (info.format, info.sheets, info.encoding, info.encoding_confident) == (
        "csv", (), detected, True)
    assert detected in ENCODINGS
    assert read_sheet(path).rows == [list(row) for row in TABLE]
    assert read_sheet(path, encoding=detected).rows == [list(row) for row in TABLE]


def test_gbk_csv_reads_as_gb18030(tmp_path):
    rows = [["客户编码", "客户名称", "金额"], ["001", "北京九州诊所", "1,234.50"],
            ["002", "上海华东医药有限公司", "200"]]
    path = make_csv(tmp_path / "gbk.csv", rows, "gbk")
    info = inspect_file(path)
    assert (info.encoding, info.encoding_confident) == ("gb18030", True)
    assert read_sheet(path).rows == rows


@pytest.mark.parametrize(("text", "source", "confident"), [
    ("客户编码,客户名称,金额\n001,北京九州诊所,100\n", "gbk", True),  # detector: cp949 first
    ("编码,名称,备注\n001,北京,\n002,天津,月结60天\n", "gbk", True),
    ("客户\n", "gbk", True),
    ("客戶編碼,客戶名稱,金額\n001,台北九州診所,100\n", "big5", False),
    ("コード,名前\n1,山田太郎\n", "shift_jis", False),
    ("a,b\n1,Müller Straße\n", "cp1252", False),
])
def test_gb18030_is_confident_only_when_the_detector_agrees(text, source, confident):
    assert detect_encoding(text.encode(source)) == ("gb18030", confident)


@pytest.mark.parametrize("chosen", ["gbk", "GB2312", "cp936", "gb18030"])
def test_a_gb_encoding_chosen_by_any_name_reads_as_gb18030(tmp_path, chosen):
    path = make_csv(tmp_path / "gb.csv", [["编码", "名称"], ["001", "䶮"]], "gb18030")
    assert read_sheet(path, encoding=chosen).rows == [["编码", "名称"], ["001", "䶮"]]


def test_gb18030_characters_outside_gbk_read_back(tmp_path):
    rows = [["客户编码", "客户名称"], ["001", "𠀀字号"], ["002", "䶮"]]
    with pytest.raises(UnicodeEncodeError):
        "𠀀".encode("gbk")
    path = make_csv(tmp_path / "gb18030.csv", rows, "gb18030")
    assert read_sheet(path).rows == rows


def test_plain_ascii_csv_is_utf8_and_confident(tmp_path):
    path = make_csv(tmp_path / "a.csv", [["code", "amount"], ["001", "5"]], "ascii")
    assert detect_encoding(path.read_bytes()) == ("utf-8", True)


def test_chinese_after_the_first_64_kb_still_decides_the_encoding(tmp_path):
    rows = [["code", "amount"]] + [[f"{i:05d}", "1"] for i in range(8000)] + [["9", "北京"]]
    path = make_csv(tmp_path / "late.csv", rows, "gbk")
    assert len(path.read_bytes()) > 64 * 1024
    assert inspect_file(path).encoding == "gb18030"
    assert read_sheet(path).rows[-1] == ["9", "北京"]


def test_bytes_neither_encoding_reads_are_not_confident(tmp_path):
    data = "客户编码,金额\n001,5\n".encode() + b"\xff\xfe\xff oops\n"
    encoding, confident = detect_encoding(data)
    assert (encoding, confident) == ("utf-8", False)
    path = tmp_path / "bad.csv"
    path.write_bytes(data)
    failed = problem(read_sheet, path)
    assert (failed.reason, failed.params) == ("encoding", {"line": 3, "encoding": "utf-8"})


def test_a_gbk_file_read_as_utf8_names_the_first_bad_line(tmp_path):
    path = make_csv(tmp_path / "gbk.csv", [["code", "name"], ["001", "abc"], ["002", "北京"]],
                    "gbk")
    failed = problem(read_sheet, path, encoding="utf-8")
    assert (failed.reason, failed.params["line"]) == ("encoding", 3)


def test_a_bom_is_dropped_even_when_utf8_without_bom_is_chosen(tmp_path):
    path = make_csv(tmp_path / "bom.csv", [["客户编码", "金额"]], "utf-8", bom=True)
    assert read_sheet(path, encoding="utf-8").rows == [["客户编码", "金额"]]


@pytest.mark.parametrize(("delimiter", "name"), [
    (",", "comma.csv"), ("\t", "tab.txt"), (";", "semicolon.csv"), ("|", "pipe.txt"),
    ("\t", "tab.csv"), (",", "comma.txt"),
])
def test_the_delimiter_is_found(tmp_path, delimiter, name):
    rows = [["客户编码", "金额", "备注"], ["001", "1,234.50", "a;b|c"], ["002", "2,000.00", "x,y"]]
    path = make_csv(tmp_path / name, rows, "utf-8", delimiter=delimiter)
    assert read_sheet(path).rows == rows


@pytest.mark.parametrize(("text", "delimiter"), [
    ("2024年应收明细\n客户编码,金额,备注\n001,5,\n002,6,x\n", ","),  # csv.Sniffer gives up here
    ("客户编码;金额\n001;1234,50\n002;99,00\n", ";"),  # decimal commas
    ("客户编码\t客户名称\t金额\n001\t北京,九州\t1,234.50\n002\t上海,A\t2,000.00\n", "\t"),
    ("a;b\n1,1;2,2\n3,3;4,4\n", ";"),
    ('编码,名称\n001,"a\nb;c;d"\n002,"d"\n', ","),
    ("只有一列\n001\n002\n", ","),
    ("客户编码|金额\n", "|"),
])
def test_sniff_delimiter(text, delimiter):
    assert sniff_delimiter(text) == delimiter


def test_quoted_commas_quotes_and_line_breaks_stay_in_their_cell(tmp_path):
    path = tmp_path / "q.csv"
    path.write_bytes('客户编码,备注,金额\r\n001,"北京,朝阳区\r\n建国路 1 号","1,234.50"\r\n'
                     '002,"他说""好""",5\r\n'.encode())
    sheet = read_sheet(path)
    assert sheet.rows == [["客户编码", "备注", "金额"],
                          ["001", "北京,朝阳区\r\n建国路 1 号", "1,234.50"],
                          ["002", '他说"好"', "5"]]
    assert [number for number, _ in data_rows(sheet, 0)] == [2, 3]


def test_a_trailing_delimiter_gives_an_empty_last_column(tmp_path):
    path = tmp_path / "trail.csv"
    path.write_bytes(b"code,amount,\n001,5,\n002,6\n")
    sheet = read_sheet(path)
    assert sheet.rows == [["code", "amount", None], ["001", "5", None], ["002", "6", None]]
    assert header_texts(sheet, 0) == ["code", "amount", ""]


@pytest.mark.parametrize("line_end", [b"\r\n", b"\n", b"\r"])
def test_line_ends(tmp_path, line_end):
    path = tmp_path / "ends.csv"
    path.write_bytes(line_end.join([b"code,amount", b"001,5", b"002,6", b""]))
    assert read_sheet(path).rows == [["code", "amount"], ["001", "5"], ["002", "6"]]


def test_blank_lines_and_totals_in_a_csv_are_not_records(tmp_path):
    path = make_csv(tmp_path / "t.csv", [["应收明细"], ["客户编码", "金额"], ["001", "5"], [],
                                         ["", ""], ["002", "6"], ["合计", "11"]], "gbk")
    sheet = read_sheet(path)
    header = guess_header_row(sheet.rows, known)
    assert header == 1
    assert list(data_rows(sheet, header)) == [(3, ["001", "5"]), (6, ["002", "6"])]


def test_excels_sep_hint_line_sets_the_delimiter_and_is_not_a_row(tmp_path):
    path = tmp_path / "sep.csv"
    path.write_bytes(b"sep=;\r\ncode;name,with comma\r\n001;a,b\r\n")
    assert read_sheet(path).rows == [["code", "name,with comma"], ["001", "a,b"]]


def test_csv_codes_keep_leading_zeros_and_text_is_not_trimmed(tmp_path):
    path = make_csv(tmp_path / "z.csv", [["编码", "名称"], ["000123", " 前后空格 "],
                                         ["０１", "1e5"]], "utf-8")
    assert read_sheet(path).rows[1:] == [["000123", " 前后空格 "], ["０１", "1e5"]]


# --- hypothesis: any table of text reads back ------------------------------------------------

CELL_TEXT = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")
                    | st.sampled_from(list('北京九州诊所,;|\t"\r\n 0１𠀀䶮')), max_size=12)


@st.composite
def tables(draw):
    width = draw(st.integers(2, 5))
    body = draw(st.lists(st.lists(CELL_TEXT, min_size=width, max_size=width), max_size=6))
    return [[f"列{i}" for i in range(width)], *body]


def expected(table):
    """Empty fields read as None; every other cell exactly as written."""
    return [[cell or None for cell in row] for row in table]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(table=tables(), encoding=st.sampled_from(["utf-8-sig", "utf-8", "gb18030", "utf-16"]),
       delimiter=st.sampled_from([",", "\t", ";", "|"]))
def test_any_table_written_as_csv_reads_back_identical(tmp_path, table, encoding, delimiter):
    path = make_csv(tmp_path / "p.csv", table, encoding, delimiter=delimiter)
    assert read_sheet(path, encoding=encoding).rows == expected(table)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=st.lists(st.lists(CELL_TEXT, min_size=3, max_size=3), max_size=5),
       encoding=st.sampled_from(["utf-8-sig", "utf-8", "gb18030"]))
def test_a_chinese_header_makes_the_detected_encoding_right(tmp_path, body, encoding):
    table = [["客户编码", "客户名称", "金额"], *body]
    path = make_csv(tmp_path / "d.csv", table, encoding)
    assert inspect_file(path).encoding == encoding
    assert read_sheet(path).rows == expected(table)


# --- files that cannot be read ---------------------------------------------------------------

@pytest.mark.parametrize("name", ["a.pdf", "a.ods", "a", "a.xlsx.bak", "a.doc"])
def test_other_file_types_are_unsupported(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(b"x")
    assert problem(inspect_file, path).reason == "unsupported"
    assert problem(read_sheet, path).reason == "unsupported"


def test_a_missing_file_or_a_folder_is_unreadable(tmp_path):
    assert problem(inspect_file, tmp_path / "gone.xlsx").reason == "unreadable"
    assert problem(read_sheet, tmp_path / "gone.csv").reason == "unreadable"
    (tmp_path / "folder.csv").mkdir()
    assert problem(read_sheet, tmp_path / "folder.csv").reason == "unreadable"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads any file")
def test_a_file_without_permission_is_unreadable(tmp_path):
    path = make_csv(tmp_path / "secret.csv", [["a", "b"]])
    path.chmod(0)
    assert problem(read_sheet, path).reason == "unreadable"


def test_a_file_locked_by_another_program_is_unreadable(tmp_path, monkeypatch):
    """Excel holding a file open on Windows: open() fails with a sharing violation."""
    path = make_xlsx(tmp_path / "open.xlsx", [["a", "b"]])

    def locked(*args, **kwargs):
        raise PermissionError(13, "The process cannot access the file because it is being "
                                  "used by another process")

    monkeypatch.setattr("services.imports.reading.open", locked, raising=False)
    failed = problem(inspect_file, path)
    assert failed.reason == "unreadable" and "another process" in failed.params["error"]


@pytest.mark.parametrize(("name", "data"), [
    ("garbage.xlsx", b"this is not a workbook"),
    ("garbage.xls", b"<html><table><tr><td>1</td></tr></table></html>"),
    ("broken.xlsx", b"PK\x03\x04 but nothing after"),
    ("broken.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100),
])
def test_garbage_under_a_workbook_name_is_damaged(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    assert problem(inspect_file, path).reason == "damaged"
    assert problem(read_sheet, path).reason == "damaged"


def test_a_workbook_cut_short_is_damaged(tmp_path):
    whole = make_xlsx(tmp_path / "whole.xlsx", [["a", "b"]] * 200).read_bytes()
    path = tmp_path / "cut.xlsx"
    path.write_bytes(whole[:len(whole) // 2])
    assert problem(read_sheet, path).reason == "damaged"


def test_a_workbook_whose_sheet_is_not_xml_is_damaged(tmp_path):
    source = make_xlsx(tmp_path / "good.xlsx", [["a", "b"], ["1", "2"]])
    path = tmp_path / "bad.xlsx"
    with zipfile.ZipFile(source) as good, zipfile.ZipFile(path, "w") as bad:
        for item in good.infolist():
            data = good.read(item.filename)
            bad.writestr(item, b"<worksheet><sheetData><row><c" if "worksheets/" in
                         item.filename else data)
    assert inspect_file(path).sheets == ("Sheet1",)
    assert problem(read_sheet, path).reason == "damaged"


def test_a_zip_that_is_not_a_workbook_is_damaged(tmp_path):
    path = tmp_path / "zip.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hello")
    assert problem(read_sheet, path).reason == "damaged"


def test_a_nul_byte_in_a_csv_is_damaged(tmp_path):
    path = tmp_path / "nul.csv"
    path.write_bytes(b"code,amount\n001,5\n00\x002,6\n")
    failed = problem(read_sheet, path)
    assert (failed.reason, failed.params) == ("damaged", {"line": 3})


def test_a_quote_never_closed_is_damaged(tmp_path):
    path = tmp_path / "runaway.csv"
    path.write_bytes(b'code,note\n001,"never closed\n' + b"002,xxxxxxxxxx\n" * 20000)
    assert problem(read_sheet, path).reason == "damaged"


@pytest.mark.parametrize("data", [b"", b"\xef\xbb\xbf", b"\r\n\r\n", b",,,\n,,\n", b"  \n"])
def test_a_csv_with_nothing_in_it_is_empty(tmp_path, data):
    path = tmp_path / "empty.csv"
    path.write_bytes(data)
    reason = problem(read_sheet, path).reason
    assert reason == "empty"


def test_a_sheet_with_no_rows_is_empty(tmp_path):
    path = make_xlsx(tmp_path / "e.xlsx", [], more_sheets={"数据": [["a", "b"]]})
    assert inspect_file(path).sheets == ("Sheet1", "数据")
    failed = problem(read_sheet, path)
    assert (failed.reason, failed.params) == ("empty", {"sheet": "Sheet1"})
    assert read_sheet(path, sheet="数据").rows == [["a", "b"]]


def test_an_unknown_sheet_is_named(tmp_path):
    path = make_xlsx(tmp_path / "s.xlsx", [["a"]])
    failed = problem(read_sheet, path, sheet="明细")
    assert (failed.reason, failed.params) == ("no_sheet", {"sheet": "明细"})


def test_problems_carry_their_reason_and_params():
    failed = ImportFileProblem("encoding", line=3, encoding="utf-8")
    assert (failed.reason, failed.params) == ("encoding", {"line": 3, "encoding": "utf-8"})
    assert "encoding" in str(failed)


def test_path_may_be_text(tmp_path):
    path = make_csv(tmp_path / "p.csv", [["a", "b"]])
    assert inspect_file(str(path)).path == Path(path)
