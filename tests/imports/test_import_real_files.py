"""Files as real offices have them (管家婆, 用友, 金蝶 exports, Excel's habits): a company title
and 制表日期 above the header, a 序号 column, columns the import does not read, a signature
line under the data, amounts in 万元, a 红字 invoice, codes that lost their zeros, a cover sheet
before the data. Every file is made by the test (tests/imports/files.py)."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

import main
from services.imports import run
from services.imports.rows import SHOWN_VALUE
from services.ledger.customers import customer_choices
from tests.imports.files import make_csv, make_xls, make_xlsx

HEADER = ["序号", "客户编码", "客户名称", "单据编号", "单据日期", "到期日期", "规格", "数量", "单价",
          "税额", "价税合计", "已收金额"]


def export_rows(*footer: list) -> list[list]:
    """An open-receivables list as an accounting package exports it."""
    return [["北京九州医疗器械有限公司"], ["应收账款明细表"], ["制表日期：2026-11-30"], HEADER,
            [1, "001", "北京九州诊所", "XS-0001", dt.date(2026, 3, 5), dt.date(2026, 4, 4),
             "10ml", 100, 12.5, 143.81, 1250, 0],
            [2, "002", "上海仁济药房", "XS-0002", dt.date(2026, 3, 6), dt.date(2026, 4, 5),
             "5ml", 10, 3, 3.45, 30, 10],
            [None] * 12, ["合计"] + [None] * 9 + [1280, 10], *footer]


def write(tmp_path, fmt: str, rows, name: str = "f"):
    path = tmp_path / f"{name}.{fmt}"
    if fmt == "xlsx":
        return make_xlsx(path, rows)
    if fmt == "xls":
        return make_xls(path, rows)
    text_rows = [["" if c is None else c.isoformat() if isinstance(c, dt.date) else c
                  for c in row] for row in rows]
    return make_csv(path, text_rows, "gbk")


def check(ctx, path, kind: str = "receivables"):
    opened = run.open_file(ctx.uow(), path, kind)
    return opened, run.check_file(opened, opened.mapping)


def imported(ctx, opened, checked, **kwargs):
    return run.run_import(ctx.uow(), opened, checked, opened.mapping, **kwargs)


def codes(ctx) -> list[str]:
    return sorted(choice.code for choice in customer_choices(ctx.uow()))


# --- the signature line under the data -------------------------------------------------------

@pytest.mark.parametrize("fmt", ("xlsx", "xls", "csv"))
def test_a_signature_line_under_the_data_is_not_a_record_and_the_import_goes_through(
        ctx, tmp_path, fmt):
    # 审核：李四 lands in 单据编号, a required column: still not a record.
    path = write(tmp_path, fmt, export_rows(["制表人：张三", None, None, "审核：李四"]))
    opened, checked = check(ctx, path)
    assert opened.header_row == 3
    assert checked.problems == []
    assert [r.row for r in checked.records] == [5, 6]
    assert checked.not_records == [(9, "制表人：张三")]
    report = imported(ctx, opened, checked)
    assert report.written and report.created["contracts"] == 2
    assert [(s.row, s.reason) for s in report.skipped] == [(9, "not_a_record")]


def test_a_row_with_no_required_value_is_skipped_not_refused(ctx, tmp_path):
    path = make_xlsx(tmp_path / "f.xlsx", export_rows(["第 1 页，共 1 页"],
                                                      [None, None, "（以下空白）"]))
    opened, checked = check(ctx, path)
    assert checked.problems == []
    assert checked.not_records == [(9, "第 1 页，共 1 页"), (10, "（以下空白）")]


def test_a_row_with_some_required_values_is_still_refused(ctx, tmp_path):
    """A row that names a customer and an amount is a record with holes, not a note."""
    path = make_xlsx(tmp_path / "f.xlsx", export_rows(
        [3, "003", "广州白云", None, None, None, None, None, None, None, 500, 0]))
    _, checked = check(ctx, path)
    assert checked.not_records == []
    assert {p.field for p in checked.problems} == {"number", "date", "due_date"}


def test_a_data_row_with_a_time_of_day_is_not_taken_for_a_note(ctx, tmp_path):
    path = make_csv(tmp_path / "f.csv", [
        ["客户编码", "客户名称", "发票号", "日期", "到期日", "金额"],
        ["001", "甲", "FP-1", "2024-03-05 10:30:00", "2024-04-04 00:00:00", "100"]])
    _, checked = check(ctx, path)
    assert checked.not_records == [] and len(checked.records) == 1


def test_the_command_line_says_the_rows_it_skipped_as_not_records(ctx, tmp_path, capsys,
                                                                  sqlite_only):
    path = make_xlsx(tmp_path / "f.xlsx", export_rows(["制表人：张三", None, None, "审核：李四"]))
    assert main.main(["import", "receivables", str(path), "--db",
                      str(tmp_path / "t.sqlite3")]) == 0
    assert "skipped 1 not records" in capsys.readouterr().out


def test_a_file_with_only_a_header_is_nothing_to_import_exit_1(ctx, tmp_path, capsys,
                                                               sqlite_only):
    path = make_csv(tmp_path / "f.csv", [["客户编码", "客户名称", "发票号", "日期", "到期日", "金额"]])
    assert main.main(["import", "receivables", str(path), "--db",
                      str(tmp_path / "t.sqlite3")]) == 1
    assert "nothing to import" in capsys.readouterr().err


# --- amounts ----------------------------------------------------------------------------------

def test_a_column_headed_in_wan_yuan_is_multiplied_out(ctx, tmp_path):
    path = make_xlsx(tmp_path / "f.xlsx", [
        ["客户编码", "客户名称", "发票号", "日期", "到期日", "金额（万元）", "已收金额(元)"],
        ["001", "甲", "FP-1", "2024-03-05", "2024-04-04", 1.5, 2000],
        ["001", "甲", "FP-2", "2024-03-05", "2024-04-04", "0.123456", 0]])
    _, checked = check(ctx, path)
    assert checked.problems == []
    assert [(r.values["amount"], r.values["paid"]) for r in checked.records] == [
        (Decimal("15000.00"), Decimal("2000.00")), (Decimal("1234.56"), Decimal("0.00"))]


def test_a_wan_yuan_amount_beyond_the_largest_is_too_large(ctx, tmp_path):
    path = make_xlsx(tmp_path / "f.xlsx", [
        ["客户编码", "客户名称", "发票号", "日期", "到期日", "金额(万元)"],
        ["001", "甲", "FP-1", "2024-03-05", "2024-04-04", "999999999"]])
    _, checked = check(ctx, path)
    assert [p.reason for p in checked.problems] == ["too_large"]


def test_a_credit_limit_in_wan_yuan_is_multiplied_out(ctx, tmp_path):
    path = make_xlsx(tmp_path / "f.xlsx", [["客户编码", "客户名称", "信用额度（万元）"],
                                           ["001", "甲", 20]])
    _, checked = check(ctx, path, "customers")
    assert checked.records[0].values["credit_limit"] == Decimal("200000.00")


@pytest.mark.parametrize("amount", ["-1,000.00", "(1,000.00)", "（1,000.00）", -1000])
def test_a_red_credit_invoice_is_refused_as_one(ctx, tmp_path, amount):
    path = make_xlsx(tmp_path / "f.xlsx", [
        ["客户编码", "客户名称", "发票号", "日期", "到期日", "金额"],
        ["001", "甲", "FP-1", "2024-03-05", "2024-04-04", amount]])
    _, checked = check(ctx, path)
    assert [(p.field, p.reason) for p in checked.problems] == [("amount", "credit_invoice")]
    assert "红字" in str(checked.problems[0])


def test_an_accounting_negative_payment_is_refused_as_negative(ctx, tmp_path):
    path = make_xlsx(tmp_path / "f.xlsx", [["客户编码", "收款日期", "收款金额"],
                                           ["001", "2024-03-05", "(500.00)"]])
    _, checked = check(ctx, path, "payments")
    assert [p.reason for p in checked.problems] == ["negative"]


def test_a_long_value_is_not_said_back_in_full(ctx, tmp_path):
    path = make_xlsx(tmp_path / "f.xlsx", [
        ["客户编码", "客户名称", "发票号", "日期", "到期日", "金额", "备注"],
        ["001", "名" * 300, "F" * 41, "2024-03-05", "2024-04-04", "1", "n" * 6000]])
    _, checked = check(ctx, path)
    assert {p.field: p.reason for p in checked.problems} == {
        "customer_name": "too_long", "number": "too_long", "notes": "too_long"}
    assert all(len(p.value) <= SHOWN_VALUE for p in checked.problems)
    assert len(str(checked.problems[0])) < 200


# --- sheets -----------------------------------------------------------------------------------

def test_the_data_on_a_second_sheet_is_found_without_naming_it(ctx, tmp_path):
    path = make_xlsx(tmp_path / "f.xlsx", [["说明：本表由系统导出，请勿修改"], ["制表人：张三"]],
                     title="说明", more_sheets={"应收明细": export_rows()})
    opened, checked = check(ctx, path)
    assert opened.sheet == "应收明细"
    assert [r.row for r in checked.records] == [5, 6]


def test_without_a_fitting_sheet_the_first_is_read(ctx, tmp_path):
    path = make_xlsx(tmp_path / "f.xlsx", [["编号", "名称"], ["1", "x"]], title="甲",
                     more_sheets={"乙": [["a", "b"]]})
    opened = run.open_file(ctx.uow(), path, "receivables")
    assert opened.sheet == "甲"


# --- codes ------------------------------------------------------------------------------------

def zeros_setup(ctx, tmp_path):
    customers = make_xlsx(tmp_path / "c.xlsx", [["客户编码", "客户名称"], ["001", "北京九州诊所"]])
    opened, checked = check(ctx, customers, "customers")
    assert imported(ctx, opened, checked).written


def test_a_payment_code_that_lost_its_zeros_names_the_customer_it_means(ctx, tmp_path):
    zeros_setup(ctx, tmp_path)
    path = make_xlsx(tmp_path / "p.xlsx", [["客户编码", "收款日期", "收款金额"],
                                           [1, "2024-03-05", "500"]])
    opened, checked = check(ctx, path, "payments")
    report = imported(ctx, opened, checked)
    assert [(p.reason, p.params) for p in report.problems] == [
        ("customer_code_zeros", {"code": "001"})]
    assert "001" in str(report.problems[0]) and "zeros" in str(report.problems[0])


def test_a_receivable_code_that_lost_its_zeros_creates_no_second_customer(ctx, tmp_path):
    zeros_setup(ctx, tmp_path)
    path = make_xlsx(tmp_path / "r.xlsx", [
        ["客户编码", "客户名称", "发票号", "日期", "到期日", "金额"],
        [1, "北京九州诊所", "FP-1", "2024-03-05", "2024-04-04", "100"]])
    opened, checked = check(ctx, path)
    report = imported(ctx, opened, checked)
    assert not report.written and report.problems[0].reason == "customer_code_zeros"
    assert codes(ctx) == ["001"]


def test_a_customers_file_with_a_code_that_lost_its_zeros_is_refused(ctx, tmp_path):
    zeros_setup(ctx, tmp_path)
    path = make_xlsx(tmp_path / "c2.xlsx", [["客户编码", "客户名称"], [1, "北京九州诊所"]])
    opened, checked = check(ctx, path, "customers")
    report = imported(ctx, opened, checked)
    assert [p.reason for p in report.problems] == ["customer_code_zeros"]


def test_a_customers_file_with_a_full_width_code_updates_the_customer(ctx, tmp_path):
    zeros_setup(ctx, tmp_path)
    path = make_xlsx(tmp_path / "c2.xlsx", [["客户编码", "客户名称"], ["００１", "北京九州诊所（新）"]])
    opened, checked = check(ctx, path, "customers")
    report = imported(ctx, opened, checked)
    assert report.written and report.created["customers"] == 0 and report.updated == 1
    assert codes(ctx) == ["001"]


def test_a_full_width_code_matches_the_customer(ctx, tmp_path):
    zeros_setup(ctx, tmp_path)
    path = make_xlsx(tmp_path / "p.xlsx", [["客户编码", "收款日期", "收款金额"],
                                           ["００１ ", "2024-03-05", "500"]])
    opened, checked = check(ctx, path, "payments")
    assert checked.records[0].values["customer_code"] == "001"
    assert imported(ctx, opened, checked).written
