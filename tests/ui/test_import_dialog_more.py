"""文件 › 导入… with real files: a choice made by hand that cannot be read leaves the window
showing (and importing) what it still holds; a signature line under the data is said as not
data; a file with nothing under its header says so."""
from __future__ import annotations

import pytest

from tests.imports.files import make_csv, make_xlsx
from tests.ui.test_import_dialog import GOOD, HEADER, open_file, wait_idle
from ui.import_dialog import ImportDialog


@pytest.fixture
def dialog(qtbot, ctx):
    found = ImportDialog(ctx, "receivables")
    qtbot.addWidget(found)
    return found


def test_an_empty_sheet_chosen_by_hand_leaves_the_sheet_read_shown(qtbot, dialog, tmp_path):
    path = make_xlsx(tmp_path / "r.xlsx", [HEADER, *GOOD], title="应收",
                     more_sheets={"空白": []})
    open_file(qtbot, dialog, path)
    dialog.sheet.setCurrentText("空白")
    wait_idle(qtbot, dialog)
    assert "空" in dialog.summary.text()
    # The rows still shown and imported are the first sheet's: so is the choice shown.
    assert dialog.sheet.currentText() == "应收" and dialog.opened.sheet == "应收"


def test_a_gbk_file_read_by_hand_as_utf8_shows_the_encoding_still_used(qtbot, dialog, tmp_path):
    path = make_csv(tmp_path / "r.csv", [["应收明细"], HEADER, *GOOD], "gbk")
    open_file(qtbot, dialog, path)
    assert dialog.encoding.currentData() == "gb18030"
    dialog.encoding.setCurrentIndex(dialog.encoding.findData("utf-8"))
    wait_idle(qtbot, dialog)
    assert "编码" in dialog.summary.text() and "第 1 行" in dialog.summary.text()
    assert dialog.encoding.currentData() == "gb18030"
    assert dialog.checked is not None and dialog.checked.records[0].values["customer_name"] == \
        "北京九州诊所"


def test_a_signature_line_is_said_as_not_data_and_import_all_is_offered(qtbot, dialog, tmp_path):
    path = make_xlsx(tmp_path / "r.xlsx", [["制表日期：2026-11-30"], HEADER, *GOOD,
                                           ["制表人：张三", None, "审核：李四"]])
    open_file(qtbot, dialog, path)
    assert dialog.checked.problems == []
    assert "第 5 行不是数据" in dialog.problems.toPlainText()
    assert dialog.import_button.isEnabled()
    dialog.import_all()
    qtbot.waitUntil(lambda: not dialog.running, timeout=20000)
    assert dialog.report.written
    assert "第 5 行不是数据" in dialog.problems.toPlainText()  # still said after the import


def test_a_file_with_only_its_header_says_there_is_nothing_under_it(qtbot, dialog, tmp_path):
    path = make_xlsx(tmp_path / "r.xlsx", [["应收明细"], HEADER])
    open_file(qtbot, dialog, path)
    assert "第 2 行下面没有可导入的行" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()
