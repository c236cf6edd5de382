"""批量打印价格确认书 in the window: the candidates with check boxes, a small batch run off the UI
thread to the end with its progress, and 取消 (nothing recorded for one PDF; the files already
written kept for one file per contract)."""
from __future__ import annotations

import threading

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt

from models import Document
from services.documents import printing
from tests.documents.test_batch import confirmed, stored  # noqa: F401 - fixtures and helpers
from tests.documents.test_printing import our_company  # noqa: F401 - a fixture
from tests.factories import count_rows
from ui.batch_documents_dialog import BatchDocumentsDialog


@pytest.fixture
def dialog(qtbot, ctx, confirmed):  # noqa: F811 - the fixture imported above
    shown = BatchDocumentsDialog(ctx, None)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitUntil(lambda: shown.model.rowCount() == 3, timeout=10000)
    return shown


class Gate:
    """Holds the batch inside its first contract until the test lets it go."""

    def __init__(self) -> None:
        self.entered, self.open = threading.Event(), threading.Event()

    def wait_inside(self, qtbot) -> None:
        qtbot.waitUntil(self.entered.is_set, timeout=10000)

    def set(self) -> None:
        self.open.set()


@pytest.fixture
def held(monkeypatch):
    """Each record or file of the batch waits at the gate (held.set() lets it go)."""
    gate = Gate()
    for name in ("write_pdf", "record_document"):
        real = getattr(printing, name)

        def waiting(*args, _real=real, **kwargs):
            gate.entered.set()
            assert gate.open.wait(10)
            return _real(*args, **kwargs)

        monkeypatch.setattr(printing, name, waiting)
    yield gate
    gate.set()


def run_to_the_end(qtbot, dialog) -> list[tuple[int, int]]:
    seen: list[tuple[int, int]] = []
    shown = dialog._progressed
    dialog._progressed = lambda done, total: seen.append((done, total)) or shown(done, total)
    dialog.start_button.click()
    assert dialog.running
    qtbot.waitUntil(lambda: not dialog.running, timeout=60000)
    return seen


def test_the_candidates_are_listed_with_check_boxes_and_filtered_as_typed(dialog, qtmodeltester):
    qtmodeltester.check(dialog.model)
    assert dialog.model.flags(dialog.model.index(0, 0)) & Qt.ItemFlag.ItemIsUserCheckable
    dialog.search.setText("南方")
    assert dialog.proxy.rowCount() == 1
    dialog.tick_button.click()
    assert dialog.model.chosen() == [dialog.model.rows[2].contract_id]
    dialog.search.clear()
    dialog.tick_button.click()
    assert len(dialog.model.chosen()) == 3 and "已选 3 份" in dialog.count.text()
    dialog.untick_button.click()
    assert dialog.model.chosen() == []


def test_nothing_ticked_or_no_path_is_said_and_nothing_starts(dialog):
    dialog.start_button.click()
    assert not dialog.running and "勾选" in dialog.status.text()
    dialog.tick_button.click()
    dialog.start_button.click()
    assert not dialog.running and "保存位置" in dialog.status.text()


def test_a_small_batch_into_one_pdf_runs_to_the_end(qtbot, ctx, dialog, tmp_path):
    dialog.tick_button.click()
    target = tmp_path / "批量.pdf"
    dialog.path.setText(str(target))
    seen = run_to_the_end(qtbot, dialog)
    assert seen[-1] == (3, 3) and dialog.progress.isHidden()
    assert "已生成 3 份" in dialog.status.text() and str(target) in dialog.status.text()
    assert len(PdfReader(target).pages) >= 4 and count_rows(ctx, Document) == 3
    qtbot.waitUntil(lambda: all(row.issued for row in dialog.model.rows), timeout=10000)
    assert dialog.start_button.isEnabled() and dialog.close_button.text() == "关闭"


def test_one_file_per_contract_names_each_by_contract_and_customer(qtbot, ctx, dialog, tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    dialog.per_contract.setChecked(True)
    dialog.tick_button.click()
    dialog.path.setText(str(folder))
    run_to_the_end(qtbot, dialog)
    names = sorted(path.name for path in folder.iterdir())
    assert len(names) == 3 and any(name.endswith("广州_南方_医院.pdf") for name in names)


def test_cancelling_one_pdf_records_nothing(qtbot, ctx, dialog, tmp_path, held):
    dialog.tick_button.click()
    target = tmp_path / "批量.pdf"
    dialog.path.setText(str(target))
    dialog.start_button.click()
    assert dialog.close_button.text() == "取消"
    held.wait_inside(qtbot)
    dialog.close_button.click()
    assert "正在取消" in dialog.status.text()
    held.set()
    qtbot.waitUntil(lambda: not dialog.running, timeout=60000)
    assert "已取消" in dialog.status.text() and "没有记录" in dialog.status.text()
    assert not target.exists() and count_rows(ctx, Document) == 0
    assert dialog.isVisible()


def test_cancelling_files_keeps_those_written_and_says_how_many(qtbot, ctx, dialog, tmp_path,
                                                                held):
    folder = tmp_path / "out"
    folder.mkdir()
    dialog.per_contract.setChecked(True)
    dialog.tick_button.click()
    dialog.path.setText(str(folder))
    dialog.start_button.click()
    held.wait_inside(qtbot)
    dialog.close_button.click()   # 取消: asked while the first contract is on its way
    held.set()
    qtbot.waitUntil(lambda: not dialog.running, timeout=60000)
    assert "已写入并记录 1 份" in dialog.status.text()
    assert len(list(folder.iterdir())) == 1 and len(stored(ctx)) == 1


def test_closing_the_window_while_it_runs_cancels_and_closes_once_stopped(
        qtbot, ctx, dialog, tmp_path, held):
    dialog.tick_button.click()
    dialog.path.setText(str(tmp_path / "批量.pdf"))
    dialog.start_button.click()
    held.wait_inside(qtbot)
    dialog.close()
    assert dialog.isVisible() and dialog.job.cancelled()
    held.set()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=60000)
    assert count_rows(ctx, Document) == 0
