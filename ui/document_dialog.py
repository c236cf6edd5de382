"""Preview a document as its real PDF pages, then print it or save it as a PDF file.

A new document opens as a preview: no number, nothing recorded. 打印… and 另存为 PDF… issue it
(services.documents.printing.issue_document): it gets its number, is printed or written, and
is recorded only if that worked. From then on the dialog shows the issued document, and
printing or saving again gives the same stored bytes, never a second number. A credit note's
confirmation (credit_note_id) carries the note's own number: printing or saving records it
(printing.issue_credit_note), and takes no number.

A new IOU asks for the repayment date agreed with the customer now (约定还款日期): the preview
follows it, and it is printed as the deadline (the old due dates as 原到期日); printing or
saving without one is refused, nothing issued.
"""
from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path

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
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from services.core.environment import DatabaseProblem
from services.core.errors import ValidationError
from services.core.uow import AppContext
from services.documents import printing
from services.documents.content import CREDIT_NOTE, IOU, PRICE_CONFIRMATION
from ui import geometry
from ui.date_field import date_edit
from ui.error_text import error_message
from ui.problem_text import problem_message
from ui.worker import run_in_background

PRINT_DPI = 300
PREVIEW_HEIGHT = 1200  # asked for; ui.geometry fits it to the screen's available height


class PrintFailed(Exception):
    """The printer would not start, take a page or finish the job."""


def load_pdf(pdf: bytes, parent) -> tuple[QPdfDocument, QBuffer]:
    """A QPdfDocument reading `pdf`, and the buffer it reads from (keep both alive together)."""
    buffer = QBuffer(parent)
    buffer.setData(QByteArray(pdf))
    buffer.open(QBuffer.OpenModeFlag.ReadOnly)
    document = QPdfDocument(parent)
    document.load(buffer)
    return document, buffer


def page_image(document: QPdfDocument, page: int, size: QSize) -> QImage:
    """A page rendered for printing, on white (PDF pages are transparent underneath)."""
    rendered = document.render(page, size)
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.drawImage(0, 0, rendered)
    painter.end()
    return image


def paint_pdf(printer: QPrinter, document: QPdfDocument) -> None:
    """Every page of `document` onto `printer`; PrintFailed (the job aborted) when the printer
    will not start, take a page or finish."""
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintFailed(printer.printerName() or printer.outputFileName())
    try:
        target = painter.viewport()
        for page in range(document.pageCount()):
            if page and not printer.newPage():
                raise PrintFailed(f"page {page + 1}")
            points = document.pagePointSize(page)
            # 300 dpi is sharp on office printers and keeps an A4 page near 35 MB in memory.
            pixels = QSize(round(points.width() * PRINT_DPI / 72),
                           round(points.height() * PRINT_DPI / 72))
            scale = min(target.width() / points.width(), target.height() / points.height())
            area = QRect(0, 0, round(points.width() * scale), round(points.height() * scale))
            painter.drawImage(area, page_image(document, page, pixels))
    except BaseException:
        printer.abort()
        painter.end()
        raise
    if not painter.end():
        raise PrintFailed("end")


class DocumentDialog(QDialog):
    """Either previews a new document (kind + contract or customer, or a credit note's
    confirmation: CREDIT_NOTE + credit_note_id), issued when it is printed or saved, or shows a
    stored one (document_id) for reprinting."""

    def __init__(self, ctx: AppContext, kind: str, *, contract_id: int | None = None,
                 customer_id: int | None = None, document_id: int | None = None,
                 credit_note_id: int | None = None, parent=None,
                 title: str = "", preview: Callable[[], bytes] | None = None,
                 issuer: Callable[[Callable[[bytes, str], None]], object] | None = None) -> None:
        """`preview` and `issuer` (with `title`) show another paper the same way (a statement):
        `preview()` gives its preview bytes off the UI thread, `issuer(deliver)` issues it and
        returns what was recorded (with `number`, `pdf` and the stored Document's id as
        `document_id`, or as `id` when it is the Document itself)."""
        super().__init__(parent)
        titles = {PRICE_CONFIRMATION: self.tr("供货价格确认书"), IOU: self.tr("欠款确认书"),
                  CREDIT_NOTE: self.tr("退货/折让确认书")}
        self.setWindowTitle(title or titles[kind])
        self._issuer = issuer
        self.ctx, self.kind = ctx, kind
        self.contract_id, self.customer_id = contract_id, customer_id
        self.credit_note_id = credit_note_id
        self.document_id = document_id  # set once issued: prints and saves reuse its bytes
        self.number = ""
        self.pdf = b""
        self._buffer: QBuffer | None = None
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
        self.pay_by: QLineEdit | None = None  # a new IOU's agreed repayment date
        if kind == IOU and document_id is None:
            layout.addLayout(self._build_pay_by())
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        # As tall as the screen allows (a page is read top to bottom), 860 wide.
        geometry.remember(self, (860, PREVIEW_HEIGHT))
        if preview is not None and document_id is None:
            work = preview
        elif document_id is not None:
            def work():
                return printing.document_pdf(ctx.uow(), document_id)
        elif credit_note_id is not None:
            def work():
                return printing.preview_credit_note(ctx.uow(), credit_note_id)
        else:
            pay_by = self.pay_by_text()

            def work():
                return printing.preview_document(ctx.uow(), kind, contract_id=contract_id,
                                                 customer_id=customer_id, pay_by=pay_by)
        self._job = run_in_background(work, self._show, self._failed, self)

    def _build_pay_by(self) -> QHBoxLayout:
        """约定还款日期 above the preview: a new IOU is printed only with it."""
        self.pay_by = date_edit(today=self.ctx.clock.today)
        self.pay_by.setObjectName("payBy")
        self.pay_by.setToolTip(self.tr(
            "与客户现在约定的还款日期：打印为付款期限；已过期的原到期日只作为“原到期日”列出"))
        self.pay_by.editingFinished.connect(self._pay_by_changed)
        self._shown_pay_by = ""
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("约定还款日期：")))
        row.addWidget(self.pay_by)
        hint = QLabel(self.tr("付款期限为约定还款日期与原到期日中较晚者（必填）"))
        hint.setWordWrap(True)
        row.addWidget(hint, 1)
        return row

    def pay_by_text(self) -> str:
        """The repayment date as typed ("" without the field)."""
        return self.pay_by.text().strip() if self.pay_by is not None else ""

    def _pay_by_changed(self) -> None:
        """Draw the preview again with the date typed (once per change)."""
        typed = self.pay_by_text()
        if self.issued or typed == self._shown_pay_by:
            return
        self._shown_pay_by = typed
        ctx, kind = self.ctx, self.kind
        contract_id, customer_id = self.contract_id, self.customer_id
        self.status.setStyleSheet("")
        self.busy.show()

        def work():
            return printing.preview_document(ctx.uow(), kind, contract_id=contract_id,
                                             customer_id=customer_id, pay_by=typed)
        self._job = run_in_background(work, self._show, self._failed, self)

    def _pay_by_missing(self) -> bool:
        """A new IOU without its repayment date: say so next to the field (nothing issued)."""
        if self.pay_by is None or self.issued or self.pay_by_text():
            return False
        self.status.setText(error_message(ValidationError("pay_by", "required")))
        self.status.setStyleSheet("color: #b3261e;")
        self.pay_by.setFocus()
        return True

    @property
    def issued(self) -> bool:
        """True when the bytes shown are a recorded document (not a preview)."""
        return self.document_id is not None

    def _show(self, pdf: bytes) -> None:
        self.status.setStyleSheet("")
        self._load(pdf)
        self.busy.hide()
        self.print_button.setEnabled(True)
        self.save_button.setEnabled(True)

    def _load(self, pdf: bytes) -> None:
        """Show `pdf` in the view and say what it is in the status line."""
        self.pdf = pdf
        old = self._buffer
        self._buffer = QBuffer(self)  # QPdfDocument reads from it for as long as it shows pages
        self._buffer.setData(QByteArray(pdf))
        self._buffer.open(QBuffer.OpenModeFlag.ReadOnly)
        self.pdf_document.load(self._buffer)
        if old is not None:
            old.deleteLater()
        pages = self.pdf_document.pageCount()
        if self.number:
            self.status.setText(self.tr("单据号 {number}，共 {pages} 页").format(
                number=self.number, pages=pages))
        elif self.issued:
            self.status.setText(self.tr("共 {pages} 页").format(pages=pages))
        elif self.credit_note_id is not None:  # numbered already: the credit note's number
            self.status.setText(self.tr("预览（打印或另存为 PDF 时记录），共 {pages} 页")
                                .format(pages=pages))
        else:
            self.status.setText(self.tr("预览（打印或另存为 PDF 时才编号并记录），共 {pages} 页")
                                .format(pages=pages))

    def _failed(self, error: Exception) -> None:
        self.busy.hide()
        if isinstance(error, ValidationError):
            self.status.setText(error_message(error))
        elif isinstance(error, DatabaseProblem):
            self.status.setText(problem_message(error))
        else:
            self.status.setText(self.tr("生成失败：{error}").format(error=error))
        self.status.setStyleSheet("color: #b3261e;")

    def page_image(self, page: int, size: QSize) -> QImage:
        """A page of the document shown, rendered for printing on white."""
        return page_image(self.pdf_document, page, size)

    def print_document(self) -> None:
        """The print dialog first; only once it is accepted is a new document issued."""
        if self._pay_by_missing():
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.number or self.windowTitle())
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_to(printer)

    def print_to(self, printer: QPrinter) -> bool:
        """Print on `printer`: the issued document again, or (a preview) a new one issued for
        this print. False, with a message and nothing recorded, when the printer refused."""
        if self.issued:
            try:
                paint_pdf(printer, self.pdf_document)
            except PrintFailed:
                QMessageBox.warning(self, self.windowTitle(),
                                    self.tr("无法开始打印，请检查打印机。"))
                return False
            return True

        def paint(pdf: bytes, number: str) -> None:
            printer.setDocName(number)
            document, buffer = load_pdf(pdf, self)
            try:
                paint_pdf(printer, document)
            finally:
                document.deleteLater()
                buffer.deleteLater()

        return self._issue(paint)

    def save_pdf(self) -> None:
        """Ask where first; only once a file is chosen is a new document issued."""
        if self._pay_by_missing():
            return
        name = f"{self.number or self.windowTitle()}.pdf"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("另存为 PDF"), name, "PDF (*.pdf)")
        if path:
            self.save_to(path)

    def save_to(self, path: str) -> bool:
        """Write the issued document to `path`, or (a preview) issue a new one into it. False,
        with a message and nothing recorded, when the file could not be written."""
        if self.issued:
            try:
                printing.write_pdf(path, self.pdf)
            except (OSError, DatabaseProblem) as error:
                QMessageBox.warning(self, self.windowTitle(),
                                    self.tr("无法保存到 {path}：{reason}").format(
                                        path=path, reason=self._file_reason(error)))
                return False
            return True
        return self._issue(lambda pdf, _number: printing.write_pdf(path, pdf), path)

    def _issue(self, deliver: Callable[[bytes, str], None], path: str | None = None) -> bool:
        """Issue the previewed document through `deliver` (printing it, or writing the file
        `path`); on success show what was issued."""
        if self._pay_by_missing():
            return False
        stage: list[str] = []

        def step(pdf: bytes, number: str) -> None:
            stage.append(number)
            deliver(pdf, number)
            stage.append("delivered")

        try:
            if self._issuer is not None:
                made = self._issuer(step)
            elif self.credit_note_id is not None:
                made = printing.issue_credit_note(self.ctx.uow(), self.credit_note_id,
                                                  deliver=step)
            else:
                made = printing.issue_document(self.ctx.uow(), self.kind,
                                               contract_id=self.contract_id,
                                               customer_id=self.customer_id, deliver=step,
                                               pay_by=self.pay_by_text() or None)
        except ValidationError as error:  # the data changed since the preview (paid meanwhile…)
            QMessageBox.warning(self, self.windowTitle(), error_message(error))
            return False
        except (PrintFailed, OSError, DatabaseProblem) as error:
            if len(stage) == 1:  # the printer or the file refused: nothing recorded
                if path is None:
                    text = self.tr("无法打印，请检查打印机。单据未记录，编号未被占用。")
                else:
                    text = self.tr("无法保存到 {path}：{reason}\n单据未记录，编号未被占用。").format(
                        path=path, reason=self._file_reason(error))
                QMessageBox.warning(self, self.windowTitle(), text)
                return False
            if len(stage) == 2:  # it left, then recording it failed
                self._not_recorded(stage[0], path, error)
                return False
            if isinstance(error, DatabaseProblem):  # busy, read-only…: nothing left or recorded
                QMessageBox.warning(self, self.windowTitle(), problem_message(error))
                return False
            raise
        # A statement's own id is not its Document's: keep the Document's (reprints read it).
        self.document_id, self.number = getattr(made, "document_id", made.id), made.number
        if self.pay_by is not None:
            self.pay_by.setReadOnly(True)  # issued with that date: its paper says so
        self._load(made.pdf)
        return True

    def _not_recorded(self, number: str, path: str | None, error: Exception) -> None:
        """The document left the program but the database did not take it: its number will be
        given again, so the paper (or file) must not be used."""
        if path is None:
            text = self.tr("单据 {number} 已打印，但未能记录到数据库。请作废这份打印件（该编号会再次使用），"
                           "稍后重新打印。").format(number=number)
        else:
            with contextlib.suppress(OSError):
                Path(path).unlink(missing_ok=True)
            text = self.tr("单据 {number} 未能记录到数据库，已删除保存的文件 {path}。请稍后重试。").format(
                number=number, path=path)
        if isinstance(error, DatabaseProblem):
            text += "\n\n" + problem_message(error)
        QMessageBox.warning(self, self.windowTitle(), text)

    def _file_reason(self, error: Exception) -> str:
        """Why a file could not be written, in the user's words where we know them."""
        kind = error.kind if isinstance(error, DatabaseProblem) else None
        if kind == "disk_full":
            return self.tr("磁盘已满")
        if kind == "read_only":
            return self.tr("没有写入权限（文件或文件夹只读）")
        cause = error.__cause__ if isinstance(error, DatabaseProblem) else error
        return getattr(cause, "strerror", None) or str(cause)
