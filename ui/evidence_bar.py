"""证据材料包… in a customer's collection record: choose the file, make the bundle off the UI
thread (services.papers.evidence) with a busy bar, then a link to the file."""
from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QUrl
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QWidget,
)

from services.core.environment import DatabaseProblem
from services.core.uow import AppContext
from ui.problem_text import problem_message
from ui.worker import run_in_background


class EvidenceBar(QWidget):
    """A button, a busy bar while the bundle is made, and what happened (a link to the file)."""

    def __init__(self, ctx: AppContext, customer_id: int, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.customer_id = ctx, customer_id
        self.file_stem = f"证据材料包-{ctx.clock.today().isoformat()}"
        self.button = QPushButton(self.tr("证据材料包…"))
        self.button.setToolTip(self.tr(
            "合同、价格确认书与欠款确认书（有签回件用签回件）、发票、送货记录、对账单、催款函及寄送"
            "记录、回款记录、诉讼时效，按律师整理的顺序合成一个带目录和页码的 PDF"))
        self.button.clicked.connect(self.choose)
        self.notice = QLabel()
        self.notice.setObjectName("evidenceNotice")
        self.notice.setTextFormat(Qt.TextFormat.RichText)
        self.notice.setOpenExternalLinks(True)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.setTextVisible(False)
        self.busy.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button)
        layout.addWidget(self.busy)
        layout.addWidget(self.notice, 1)
        self.job = None

    def choose(self) -> None:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("保存证据材料包"), str(Path(folder) / f"{self.file_stem}.pdf"),
            self.tr("PDF 文件 (*.pdf)"))
        if path:
            self.start(path)

    def start(self, path: str) -> None:
        """Make the bundle into `path` in the background (one at a time)."""
        if self.job is not None:
            return
        from services.papers.evidence import write_evidence_bundle

        ctx, customer_id = self.ctx, self.customer_id
        self.button.setEnabled(False)
        self.busy.show()
        self.notice.setText(self.tr("正在生成证据材料包…"))
        self.job = run_in_background(
            lambda: (path, write_evidence_bundle(ctx.uow(), customer_id, path).pages),
            self._done, self._failed, self)

    def _done(self, result: tuple[str, int]) -> None:
        path, pages = result
        self.job = None
        self.busy.hide()
        self.button.setEnabled(True)
        link = QUrl.fromLocalFile(str(path)).toString()
        self.notice.setText(self.tr("已生成（{pages} 页）：{path}").format(
            pages=pages, path=f'<a href="{html.escape(link)}">{html.escape(str(path))}</a>'))

    def _failed(self, error: Exception) -> None:
        self.job = None
        self.busy.hide()
        self.button.setEnabled(True)
        self.notice.setText(self.tr("未能生成证据材料包"))
        message = problem_message(error) if isinstance(error, DatabaseProblem) else str(error)
        QMessageBox.warning(self, self.tr("证据材料包"), message)
