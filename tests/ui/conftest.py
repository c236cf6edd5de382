"""GUI fixtures: offscreen Qt, settings in a temporary folder, the app's font and names."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QCoreApplication, QSettings  # noqa: E402

from ui.fonts import install_cjk_font  # noqa: E402


@pytest.fixture(autouse=True)
def qt_settings(tmp_path, qapp):
    """Every GUI test gets its own empty QSettings, never the user's real ones."""
    QCoreApplication.setOrganizationName("ReceivablesDeskTests")
    QCoreApplication.setApplicationName("ReceivablesDeskTests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qs"))
    install_cjk_font(qapp)
    yield
    QSettings().clear()


@pytest.fixture
def window(qtbot, ctx):
    from ui.main_window import MainWindow

    main = MainWindow(ctx, "test")
    qtbot.addWidget(main)
    main.show()
    return main
