"""About: version, where the data is, and the licences of what ships inside."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout

from ui import geometry
from ui.resources import resource_path

LIBRARIES = [
    ("Qt 6 / PySide6 (QtWidgets, QtPdf)", "LGPL-3.0"),
    ("SQLAlchemy", "MIT"), ("Alembic", "MIT"), ("Babel", "BSD-3-Clause"),
    ("platformdirs", "MIT"), ("ReportLab", "BSD"), ("openpyxl", "MIT"), ("Pillow", "MIT-CMU"),
    ("rl_accel", "BSD"), ("pypinyin", "MIT"), ("charset-normalizer", "MIT"),
    ("文泉驿微米黑 WenQuanYi Micro Hei", "Apache-2.0 / GPL-3.0 with font exception"),
]


class AboutDialog(QDialog):
    def __init__(self, version: str, database: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("关于回款通"))
        geometry.remember(self, (620, 520))
        title = QLabel(self.tr("<b>回款通</b> Receivables Desk {version}").format(version=version))
        where = QLabel(self.tr("数据库：{path}").format(path=database))
        where.setWordWrap(True)
        libraries = QLabel(self.tr("本软件包含以下开源组件：<br>{components}").format(
            components="<br>".join(f"{name} — {licence}" for name, licence in LIBRARIES)))
        font_licence = QPlainTextEdit()
        font_licence.setReadOnly(True)
        licence_file = resource_path("fonts", "LICENSE-wqy-microhei.txt")
        font_licence.setPlainText(licence_file.read_text(encoding="utf-8")
                                  if licence_file.exists() else "")
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (title, where, libraries):
            layout.addWidget(widget)
        layout.addWidget(QLabel(self.tr("字体许可：")))
        layout.addWidget(font_licence, 1)
        layout.addWidget(close)
