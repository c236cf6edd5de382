"""Register the bundled CJK font so Chinese shows even on a PC without one."""
from __future__ import annotations

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from ui.resources import FONT_FILE, resource_path


def install_cjk_font(app: QApplication) -> str | None:
    font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", FONT_FILE)))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        return None
    # Keep the system's UI font for Latin text; fall back to ours for any glyph it lacks.
    font = app.font()
    font.setFamilies([font.family(), families[0]])
    app.setFont(font)
    return families[0]
