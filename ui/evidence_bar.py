"""证据材料包… in a customer's collection record: choose the file, make the bundle off the UI
thread (services.papers.evidence) with a busy bar, then a link to the file (ui.list_export's
ExportStatus, as every export does)."""
from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from services.core.uow import AppContext
from ui.list_export import ExportStatus, ExportWords, ask_save_path


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
        self.status = ExportStatus(self)
        self.status.notice.setObjectName("evidenceNotice")
        self.status.finished.connect(lambda: self.button.setEnabled(True))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button)
        layout.addWidget(self.status, 1)

    @property
    def notice(self):
        return self.status.notice

    @property
    def busy(self):
        return self.status.busy

    @property
    def job(self):
        return self.status.job

    def choose(self) -> None:
        path = ask_save_path(self, self.tr("保存证据材料包"), self.file_stem, ".pdf",
                             self.tr("PDF 文件 (*.pdf)"))
        if path:
            self.start(path)

    def start(self, path: str) -> None:
        """Make the bundle into `path` in the background (one at a time)."""
        if self.status.running:
            return
        from services.papers.evidence import write_evidence_bundle

        ctx, customer_id = self.ctx, self.customer_id

        def work():
            return path, {"pages": write_evidence_bundle(ctx.uow(), customer_id, path).pages}

        self.button.setEnabled(False)
        self.status.run_work(work, ExportWords(
            self.tr("正在生成证据材料包…"), self.tr("已生成（{pages} 页）：{path}"),
            self.tr("未能生成证据材料包"), self.tr("未能生成证据材料包：{error}"),
            self.tr("证据材料包")))
