"""The main window: its tabs, shortcuts, and what it remembers between runs."""
from __future__ import annotations

from PySide6.QtCore import Qt

from ui.main_window import MainWindow


def test_window_shows_three_tabs_in_chinese(window):
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles == ["客户", "合同", "回款计划"]


def test_ctrl_f_focuses_the_filter_of_the_current_tab(qtbot, window):
    window.tabs.setCurrentWidget(window.contracts_tab)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.tabs.tabBar(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.contracts_tab.filter_edit.hasFocus()


def test_window_remembers_its_size_and_last_tab(qtbot, ctx, window):
    window.resize(700, 500)
    window.tabs.setCurrentIndex(2)
    window.close()
    again = MainWindow(ctx, "test")
    qtbot.addWidget(again)
    assert again.tabs.currentIndex() == 2
    assert (again.width(), again.height()) == (700, 500)
