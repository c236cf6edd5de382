"""本机设置: the operator the app works under, and a language change that restarts on request."""
from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

import ui.backup_actions
from ui.settings_dialog import SettingsDialog


def _dialog(qtbot):
    dialog = SettingsDialog("/data/backups")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_with_no_operator_set_the_field_shows_the_login_name(qtbot, monkeypatch):
    monkeypatch.setattr("ui.settings_dialog.login_name", lambda: "wangkj")
    assert _dialog(qtbot).operator.text() == "wangkj"


def test_a_set_operator_is_shown_as_set(qtbot, monkeypatch):
    monkeypatch.setattr("ui.settings_dialog.login_name", lambda: "wangkj")
    QSettings().setValue("operator", "王会计")
    assert _dialog(qtbot).operator.text() == "王会计"


def _change_language(qtbot, monkeypatch, answer: str) -> list:
    restarted = []
    monkeypatch.setattr(ui.backup_actions, "restart_app", lambda: restarted.append(True))
    asked = []

    def fake_exec(box):
        asked.append((box.text(), box.informativeText()))
        wanted = next(b for b in box.buttons() if b.text() == answer)
        monkeypatch.setattr(box, "clickedButton", lambda: wanted)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    dialog = _dialog(qtbot)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert asked == [("界面语言将在重新启动回款通后切换。", "现在重新启动吗？正在编辑的其他窗口会关闭。")]
    qtbot.wait(20)
    return restarted


def test_a_language_change_offers_to_restart_now(qtbot, monkeypatch):
    assert _change_language(qtbot, monkeypatch, "现在重新启动") == [True]
    assert QSettings().value("ui/language") == "en"


def test_a_language_change_can_wait_for_the_next_start(qtbot, monkeypatch):
    assert _change_language(qtbot, monkeypatch, "稍后") == []
    assert QSettings().value("ui/language") == "en"
