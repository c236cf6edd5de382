"""A question box keeps its question whole: the statement as the text, the question apart."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMessageBox

from ui.ask import ask


def test_the_question_is_its_own_line_and_the_answer_comes_back(monkeypatch):
    seen = []

    def fake_exec(box):
        seen.append((box.text(), box.informativeText(), box.defaultButton() is not None))
        label = box.findChild(QLabel, "qt_msgbox_informativelabel")
        assert label.minimumWidth() >= label.fontMetrics().horizontalAdvance(box.informativeText())
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    assert ask(None, "合同已发货", "合同 BJ-2026-00042 已标记为已发货。", "现在打印欠款确认书吗？")
    assert seen == [("合同 BJ-2026-00042 已标记为已发货。", "现在打印欠款确认书吗？", True)]
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.No)
    assert not ask(None, "t", "s", "q？")
