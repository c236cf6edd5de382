"""The plan written to .xlsx and read back: headers, exact amounts, totals, text stays text."""
from __future__ import annotations

import datetime as dt
import zipfile
from decimal import Decimal

import pytest

from services.collection import plan
from services.collection.plan import PlanRow
from services.reports.plan_export import HEADERS, MONEY_FORMAT, export_plan_xlsx

openpyxl = pytest.importorskip("openpyxl")

NOVEMBER = dt.date(2026, 11, 1)
ROWS = [
    PlanRow(1, "A01", "南京仁和药房连锁有限公司", "张伟", Decimal("123456789.01"),
            Decimal("200.10"), Decimal("250.00"), Decimal("600.00"), Decimal("220.03"),
            Decimal("120.03")),  # of the promised, 120.03 still pending
    PlanRow(2, "B02", "=1+1 乙公司", "李娜", Decimal("1000.00"), Decimal("0.00"),
            Decimal("0.00"), None, Decimal("0.00")),
    PlanRow(3, "C03", "丙\x07公司", "", Decimal("0.00"), Decimal("0.00"), Decimal("0.07"),
            Decimal("0.00"), Decimal("1.00")),
]


def amount(cell) -> Decimal | None:
    """A money cell as read back (openpyxl gives floats) turned into the exact Decimal."""
    return None if cell.value is None else Decimal(str(cell.value)).quantize(Decimal("0.01"))


@pytest.fixture
def sheet(tmp_path):
    path = export_plan_xlsx(ROWS, plan.plan_totals(ROWS), NOVEMBER, tmp_path / "plan.xlsx",
                            salesperson="张伟")
    assert path == tmp_path / "plan.xlsx"
    workbook = openpyxl.load_workbook(path)
    yield workbook.active
    workbook.close()


def test_title_header_and_frozen_header(sheet):
    assert sheet.title == "回款计划 2026-11"
    assert sheet["A1"].value == "回款计划 2026-11（业务员：张伟）"
    assert sheet["A1"].font.bold
    assert [c.value for c in sheet[2]] == list(HEADERS) == [
        "编码", "客户", "业务员", "本月到期", "逾期转入", "承诺回款", "本月已回款", "本月目标",
        "目标差距", "尚需回款"]
    assert sheet.freeze_panes == "A3"
    assert sheet.max_row == 2 + len(ROWS) + 1
    assert sheet.column_dimensions["B"].width >= 24  # twelve CJK characters fit


def test_customer_rows_hold_exact_numbers_formatted_as_money(sheet):
    first = sheet[3]
    assert [c.value for c in first[:3]] == ["A01", "南京仁和药房连锁有限公司", "张伟"]
    assert [amount(c) for c in first[3:]] == [
        Decimal("123456789.01"), Decimal("200.10"), Decimal("220.03"), Decimal("250.00"),
        Decimal("600.00"), Decimal("229.97"), Decimal("350.00")]
    assert all(c.data_type == "n" and c.number_format == MONEY_FORMAT for c in first[3:])
    # No target: target, gap and still to collect stay empty, not zero.
    assert [c.value for c in sheet[4][7:]] == [None, None, None]


def test_text_is_never_a_formula_and_control_characters_are_dropped(sheet, tmp_path):
    assert sheet["B4"].value == "=1+1 乙公司" and sheet["B4"].data_type == "s"
    assert sheet["B5"].value == "丙公司"
    with zipfile.ZipFile(tmp_path / "plan.xlsx") as archive:
        assert "<f>" not in archive.read("xl/worksheets/sheet1.xml").decode()


def test_totals_row_is_bold_and_adds_up(sheet):
    totals = sheet[6]
    assert totals[0].value == "合计（3 个客户）"
    assert all(c.font.bold for c in totals)
    assert [amount(c) for c in totals[3:]] == [
        Decimal("123457789.01"), Decimal("200.10"), Decimal("221.03"), Decimal("250.07"),
        Decimal("600.00"), Decimal("229.97"), Decimal("350.00")]  # C03 ahead: adds 0


def test_the_money_is_written_as_its_exact_decimal_text(tmp_path):
    path = export_plan_xlsx(ROWS[:1], plan.plan_totals(ROWS[:1]), NOVEMBER, tmp_path / "x")
    assert path.name == "x.xlsx"  # the extension is added when missing
    with zipfile.ZipFile(path) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<v>123456789.01</v>" in xml and "<v>220.03</v>" in xml


def test_empty_plan_still_gives_header_and_zero_totals(tmp_path):
    path = export_plan_xlsx([], plan.plan_totals([]), NOVEMBER, tmp_path / "sub" / "e.xlsx")
    workbook = openpyxl.load_workbook(path)
    sheet = workbook.active
    assert sheet["A1"].value == "回款计划 2026-11"
    assert sheet["A3"].value == "合计（0 个客户）"
    assert [amount(c) for c in sheet[3][3:]] == [Decimal("0.00")] * 7
    workbook.close()


def test_sheet_name_in_the_ui_language_keeps_to_excel_rules(tmp_path):
    path = export_plan_xlsx(ROWS, plan.plan_totals(ROWS), NOVEMBER, tmp_path / "plan.xlsx",
                            sheet_name="Collection plan 11/2026 [Wang Wei, North region]")
    workbook = openpyxl.load_workbook(path)
    assert workbook.active.title == "Collection plan 11-2026 -Wang W"  # no / [ ], 31 at most
    workbook.close()
