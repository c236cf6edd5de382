"""A contract's papers: documents printed (reprint them) and signed copies scanned back."""
from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from services.core.errors import ValidationError
from services.core.uow import AppContext
from services.documents import attachments, printing
from ui import formatting as fmt
from ui import geometry
from ui.document_dialog import DocumentDialog
from ui.error_text import error_message
from ui.labels import DOCUMENT_KIND, label
from ui.rows_model import EditColumn, RowsModel


class PapersDialog(QDialog):
    def __init__(self, ctx: AppContext, contract_id: int, number: str, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.contract_id = ctx, contract_id
        self.setWindowTitle(self.tr("合同 {number} 的单据与签回件").format(number=number))
        self.documents = RowsModel([
            EditColumn(self.tr("单据号"), compute=lambda r: r.number),
            EditColumn(self.tr("类型"), compute=lambda r: label(DOCUMENT_KIND, r.kind)),
            EditColumn(self.tr("金额"), compute=lambda r: fmt.money(r.amount), right=True),
            EditColumn(self.tr("生成时间"),
                       compute=lambda r: r.created_at.strftime("%Y-%m-%d %H:%M")),
            EditColumn(self.tr("操作员"), compute=lambda r: r.created_by),
        ], lambda: None, self)
        self.files = RowsModel([
            EditColumn(self.tr("类型"), compute=lambda r: label(DOCUMENT_KIND, r.kind)),
            EditColumn(self.tr("文件"), compute=lambda r: r.file_name),
            EditColumn(self.tr("添加时间"),
                       compute=lambda r: r.added_at.strftime("%Y-%m-%d %H:%M")),
            EditColumn(self.tr("操作员"), compute=lambda r: r.added_by),
        ], lambda: None, self)
        self.documents_view = self._table(self.documents)
        self.files_view = self._table(self.files)
        self.documents_view.doubleClicked.connect(lambda _i: self.reprint())
        self.files_view.doubleClicked.connect(lambda _i: self.open_file())
        self.kind = QComboBox()
        for code in attachments.KINDS:
            self.kind.addItem(label(DOCUMENT_KIND, code), code)
        layout = QVBoxLayout(self)
        layout.addWidget(self._box(self.tr("已生成的单据"), self.documents_view,
                                   [(self.tr("重新打印…"), self.reprint)]))
        layout.addWidget(self._box(self.tr("签回的扫描件/照片"), self.files_view,
                                   [(self.tr("添加文件…"), self.add_file),
                                    (self.tr("打开"), self.open_file)],
                                   self.kind))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        geometry.remember(self, (900, 600))
        self.reload()

    def _table(self, model: RowsModel) -> QTableView:
        view = QTableView()
        view.setModel(model)
        view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        # Numbers, times and file names are read whole: every column as wide as it needs.
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        return view

    def _box(self, title: str, view: QTableView, actions, extra=None) -> QGroupBox:
        box = QGroupBox(title)
        buttons = QHBoxLayout()
        if extra is not None:
            buttons.addWidget(extra)
        for text, slot in actions:
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addWidget(view)
        layout.addLayout(buttons)
        return box

    def reload(self) -> None:
        self.documents.set_rows(printing.list_documents(self.ctx.uow(), contract_id=self.contract_id))
        self.files.set_rows(attachments.list_attachments(self.ctx.uow(), self.contract_id))

    def _selected(self, view: QTableView, model: RowsModel):
        index = view.currentIndex()
        return model.rows[index.row()] if index.isValid() else None

    def reprint(self) -> None:
        row = self._selected(self.documents_view, self.documents)
        if row is not None:
            DocumentDialog(self.ctx, row.kind, document_id=row.id, parent=self).exec()

    def add_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("选择签回件的扫描件或照片"), "",
            self.tr("扫描件或照片 (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;所有文件 (*)"))
        if not path:
            return
        try:
            attachments.add_attachment(self.ctx.uow(), self.contract_id, self.kind.currentData(), path)
        except ValidationError as error:
            QMessageBox.warning(self, self.windowTitle(), error_message(error))
            return
        self.reload()

    def open_file(self) -> None:
        row = self._selected(self.files_view, self.files)
        if row is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(row.path)))
