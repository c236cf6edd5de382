"""Preview a document as its real PDF pages, then print it or save it as a PDF file."""
from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QRect, QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from services.core.errors import ValidationError
from services.core.uow import AppContext
from services.documents import printing
from services.documents.content import IOU, PRICE_CONFIRMATION
from ui.error_text import error_message
from ui.worker import run_in_background

PRINT_DPI = 300


class DocumentDialog(QDialog):
    """Either makes a new document (kind + contract or customer) or shows a stored one."""

    def __init__(self, ctx: AppContext, kind: str, *, contract_id: int | None = None,
                 customer_id: int | None = None, document_id: int | None = None,
                 parent=None) -> None:
        super().__init__(parent)
        titles = {PRICE_CONFIRMATION: self.tr("供货价格确认书"), IOU: self.tr("欠款确认书")}
        self.setWindowTitle(titles[kind])
        self.resize(860, 900)
        self.number = ""
        self.pdf = b""
        self.status = QLabel(self.tr("正在生成…"))
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # the PDF takes a moment; show that something is happening
        self.pdf_document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.pdf_document)
        self.print_button = QPushButton(self.tr("打印…"))
        self.save_button = QPushButton(self.tr("另存为 PDF…"))
        close = QPushButton(self.tr("关闭"))
        for button in (self.print_button, self.save_button):
            button.setEnabled(False)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_pdf)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.busy)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        if document_id is not None:
            work = lambda: (None, printing.document_pdf(ctx.uow(), document_id))  # noqa: E731
        else:
            def work():
                made = printing.generate_document(ctx.uow(), kind, contract_id=contract_id,
                                                  customer_id=customer_id)
                return made.number, made.pdf
        self._job = run_in_background(work, self._show, self._failed, self)

    def _show(self, result) -> None:
        number, self.pdf = result
        self.number = number or ""
        self._buffer = QBuffer(self)  # QPdfDocument reads from it for as long as it shows pages
        self._buffer.setData(QByteArray(self.pdf))
        self._buffer.open(QBuffer.OpenModeFlag.ReadOnly)
        self.pdf_document.load(self._buffer)
        self.busy.hide()
        pages = self.pdf_document.pageCount()
        self.status.setText(self.tr("单据号 {number}，共 {pages} 页").format(
            number=self.number or "—", pages=pages) if self.number else
            self.tr("共 {pages} 页").format(pages=pages))
        self.print_button.setEnabled(True)
        self.save_button.setEnabled(True)

    def _failed(self, error: Exception) -> None:
        self.busy.hide()
        if isinstance(error, ValidationError):
            self.status.setText(error_message(error))
        else:
            self.status.setText(self.tr("生成失败：{error}").format(error=error))
        self.status.setStyleSheet("color: #b3261e;")

    def page_image(self, page: int, size: QSize) -> QImage:
        """A page rendered for printing, on white (PDF pages are transparent underneath)."""
        rendered = self.pdf_document.render(page, size)
        image = QImage(size, QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.drawImage(0, 0, rendered)
        painter.end()
        return image

    def print_document(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.number or self.windowTitle())
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        painter = QPainter()
        if not painter.begin(printer):
            QMessageBox.warning(self, self.windowTitle(), self.tr("无法开始打印，请检查打印机。"))
            return
        target = painter.viewport()
        for page in range(self.pdf_document.pageCount()):
            if page:
                printer.newPage()
            points = self.pdf_document.pagePointSize(page)
            # 300 dpi is sharp on office printers and keeps an A4 page near 35 MB in memory.
            pixels = QSize(round(points.width() * PRINT_DPI / 72), round(points.height() * PRINT_DPI / 72))
            scale = min(target.width() / points.width(), target.height() / points.height())
            area = QRect(0, 0, round(points.width() * scale), round(points.height() * scale))
            painter.drawImage(area, self.page_image(page, pixels))
        painter.end()

    def save_pdf(self) -> None:
        name = f"{self.number or self.windowTitle()}.pdf"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("另存为 PDF"), name, "PDF (*.pdf)")
        if path:
            with open(path, "wb") as file:
                file.write(self.pdf)
