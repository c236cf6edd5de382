"""文件 › 导入…: the window reads a file off the UI thread, shows its rows and problems, and
imports all or nothing, or only the valid rows."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QFileDialog

from services.ledger.customers import customer_choices
from tests.imports.files import make_csv, make_xls, make_xlsx
from ui.events import DataEvents
from ui.import_dialog import ImportDialog, problem_text

HEADER = ["客户编码", "客户名称", "发票号", "日期", "到期日", "金额", "已收金额"]
GOOD = [["001", "北京九州诊所", "FP-1", "2024-03-05", "2024-04-04", "1,234.50", "0"],
        ["002", "上海康宁药房", "FP-2", "2024年3月6日", "20240405", "2000", "500"]]
BAD = ["003", "广州白云医院", "FP-3", "2024-02-30", "2024-04-04", "100", "0"]


def wait_idle(qtbot, dialog: ImportDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.running, timeout=20000)


@pytest.fixture
def dialog(qtbot, ctx):
    events = DataEvents()
    found = ImportDialog(ctx, "receivables", events=events)
    qtbot.addWidget(found)
    found.announced = []
    events.changed.connect(found.announced.append)
    return found


def open_file(qtbot, dialog, path: Path) -> None:
    dialog.open_path(path)
    wait_idle(qtbot, dialog)


def codes(ctx) -> list[str]:
    return sorted(choice.code for choice in customer_choices(ctx.uow()))


@pytest.mark.parametrize("maker", ["xlsx", "xls", "csv-gbk"])
def test_a_file_is_read_mapped_and_imported_whole(qtbot, ctx, dialog, tmp_path, maker):
    rows = [["期初应收明细"], HEADER, *GOOD, [None] * 7, ["合计", None, None, None, None,
                                                          "3234.50", "500"]]
    path = tmp_path / {"xlsx": "r.xlsx", "xls": "r.xls", "csv-gbk": "r.csv"}[maker]
    if maker == "xlsx":
        make_xlsx(path, rows)
    elif maker == "xls":
        make_xls(path, rows)
    else:
        make_csv(path, [["" if c is None else c for c in row] for row in rows[1:4]], "gbk")
    open_file(qtbot, dialog, path)
    assert dialog.checked is not None and dialog.checked.rows_read == 2  # no title, no 合计
    assert dialog.mapping()["number"] == 2 and dialog.mapping()["paid"] == 6
    assert dialog.import_button.isEnabled() and not dialog.valid_button.isEnabled()
    if maker == "csv-gbk":
        assert dialog.encoding.isVisible() is False or dialog.encoding.currentData() == "gb18030"
    dialog.import_all()
    wait_idle(qtbot, dialog)
    assert dialog.report.written and dialog.report.created["contracts"] == 2
    assert codes(ctx) == ["001", "002"]
    assert dialog.announced and "customers" in dialog.announced[-1]


def test_a_bad_row_is_named_and_import_all_is_not_offered(qtbot, ctx, dialog, tmp_path):
    path = tmp_path / "r.xlsx"
    make_xlsx(path, [HEADER, *GOOD, BAD])
    open_file(qtbot, dialog, path)
    assert [p.row for p in dialog.checked.problems] == [4]
    text = dialog.problems.toPlainText()
    assert "第 4 行" in text and "日期" in text and "2024-02-30" in text
    assert not dialog.import_button.isEnabled() and dialog.valid_button.isEnabled()
    assert "1 行有问题" in dialog.summary.text()
    assert codes(ctx) == []


def test_only_the_valid_rows_and_the_refused_ones_to_a_workbook(qtbot, ctx, dialog, tmp_path,
                                                               monkeypatch):
    path = tmp_path / "r.xlsx"
    make_xlsx(path, [HEADER, *GOOD, BAD])
    open_file(qtbot, dialog, path)
    rejected = tmp_path / "退回.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(rejected), "")))
    dialog.import_valid()
    wait_idle(qtbot, dialog)
    assert dialog.report.written and codes(ctx) == ["001", "002"]
    sheet = load_workbook(rejected).active
    assert [c.value for c in sheet[1]] == [*HEADER, "问题"]
    assert sheet.max_row == 2 and sheet["C2"].value == "FP-3"
    assert "第 4 行" in sheet["H2"].value
    assert str(rejected) in dialog.summary.text()


def test_a_column_chosen_by_hand_and_the_dry_run(qtbot, ctx, dialog, tmp_path):
    path = tmp_path / "r.xlsx"
    make_xlsx(path, [["单位代号", "客户名称", "单据编号", "日期", "到期日", "金额"],
                     ["001", "北京九州诊所", "FP-1", "2024-03-05", "2024-04-04", "100"]])
    open_file(qtbot, dialog, path)
    assert "customer_code" not in dialog.mapping() and dialog.checked is None
    assert dialog.mapping()["number"] == 2  # 单据编号: one of the number's names
    dialog.set_mapping("customer_code", 0)
    wait_idle(qtbot, dialog)
    assert dialog.checked is not None and not dialog.checked.problems
    dialog.dry_run()
    wait_idle(qtbot, dialog)
    assert dialog.report.dry_run and not dialog.report.written
    assert "将新建" in dialog.summary.text() and codes(ctx) == []


def test_a_required_field_without_a_column_is_said(qtbot, ctx, dialog, tmp_path):
    path = tmp_path / "r.xlsx"
    make_xlsx(path, [["编号", "名称"], ["1", "x"]])
    open_file(qtbot, dialog, path)
    assert dialog.checked is None
    assert "必填字段" in dialog.summary.text()
    assert not dialog.dry_run_button.isEnabled()


def test_a_file_that_is_not_a_workbook_gets_words_not_a_crash(qtbot, dialog, tmp_path):
    path = tmp_path / "r.xlsx"
    path.write_bytes(b"this is not a workbook")
    open_file(qtbot, dialog, path)
    assert "损坏" in dialog.summary.text()


def test_cancel_while_importing_writes_nothing(qtbot, ctx, dialog, tmp_path):
    rows = [HEADER] + [[f"{i % 50:03d}", f"客户{i % 50}", f"FP-{i}", "2024-03-05", "2024-04-04",
                        "10", "0"] for i in range(6000)]
    path = tmp_path / "big.csv"
    make_csv(path, rows, "utf-8")
    open_file(qtbot, dialog, path)
    dialog.import_all()
    dialog.job.cancel()  # at once: the first batch sees it
    wait_idle(qtbot, dialog)
    assert "已取消" in dialog.summary.text()
    assert codes(ctx) == []


def test_problem_words_name_row_column_and_value():
    from services.imports.rows import RowProblem

    text = problem_text(RowProblem(57, "due_date", "到期日", "2024-02-30", "not_a_date"))
    assert text.startswith("第 57 行 到期日：2024-02-30 ")
    assert "日期" in text


def test_the_file_menu_opens_the_window(qtbot, window, monkeypatch):
    action = next(a for a in window.menuBar().actions()[0].menu().actions()
                  if a.text() == "导入…")
    action.trigger()
    found = [w for w in window.findChildren(ImportDialog)]
    assert found and found[0].isVisible()
    found[0].close()


def test_dates_from_an_excel_date_cell(qtbot, ctx, dialog, tmp_path):
    path = tmp_path / "r.xlsx"
    make_xlsx(path, [HEADER, ["001", "甲", "FP-1", dt.date(2024, 3, 5), dt.date(2024, 4, 4),
                              1234.5, 0]])
    open_file(qtbot, dialog, path)
    record = dialog.checked.records[0].values
    assert record["date"] == dt.date(2024, 3, 5) and str(record["amount"]) == "1234.50"


def test_money_that_paid_nothing_is_said_after_the_import(qtbot, ctx, tmp_path):
    from tests.factories import make_contract, make_customer

    customer = make_customer(ctx, "001")
    make_contract(ctx, customer, lines=[("1", "300")], installments=[("2026-02-01", "300")])
    path = tmp_path / "p.xlsx"
    make_xlsx(path, [["客户编码", "收款日期", "收款金额", "流水号"],
                     ["001", "2026-04-01", "1,000", "R1"]])
    dialog = ImportDialog(ctx, "payments")
    qtbot.addWidget(dialog)
    open_file(qtbot, dialog, path)
    dialog.import_all()
    wait_idle(qtbot, dialog)
    assert dialog.report.written
    assert "¥700.00 的回款没有可核销的欠款" in dialog.summary.text()
