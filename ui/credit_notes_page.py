"""A customer's returns and allowances (退货/折让): the list, a new one, and the confirmation the
customer signs. A page for the collection record window: it asks for the notes when first shown,
and after a change only while on screen (else when next shown)."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton

from services.core.uow import AppContext
from services.documents import printing
from services.documents.content import CREDIT_NOTE
from services.ledger import credit_notes
from services.ledger.credit_notes import CreditNoteRow
from ui import formatting as fmt
from ui.credit_note_dialog import CreditNoteDialog
from ui.document_dialog import DocumentDialog
from ui.events import PAYMENTS, DataEvents
from ui.labels import CREDIT_NOTE_KIND, label
from ui.record_page import RecordPage
from ui.rows_model import EditColumn, RowsModel
from ui.table_widths import fit_rows


class CreditNotesPage(RecordPage):
    def __init__(self, ctx: AppContext, events: DataEvents, customer_id: int,
                 parent=None) -> None:
        super().__init__(ctx, events, customer_id, parent)
        reversed_ = lambda r: r.reversed_on is not None  # noqa: E731
        model = RowsModel([
            EditColumn(self.tr("编号"), compute=lambda r: r.number),
            EditColumn(self.tr("日期"), compute=lambda r: fmt.day(r.issued_on)),
            EditColumn(self.tr("类型"), compute=self._kind_text, warn=reversed_),
            EditColumn(self.tr("合同号"), compute=lambda r: r.contract_number),
            EditColumn(self.tr("金额"), compute=lambda r: fmt.money(r.amount), right=True),
            EditColumn(self.tr("原因"), compute=lambda r: r.reason.replace("\n", " ")),
        ], lambda: None, self)
        self.new_button = QPushButton(self.tr("新建退货/折让…"))
        self.new_button.clicked.connect(self.new_credit_note)
        self.print_button = QPushButton(self.tr("打印确认书…"))
        self.print_button.setToolTip(self.tr("退货确认书/折让确认书，请客户签字盖章"))
        self.print_button.clicked.connect(self.print_confirmation)
        self._lay_out(model, [self.new_button, self.print_button])
        self.table.setAlternatingRowColors(True)
        self.table.doubleClicked.connect(lambda _i: self.print_confirmation())

    def _kind_text(self, row: CreditNoteRow) -> str:
        kind = label(CREDIT_NOTE_KIND, row.kind)
        if row.reversed_on is None:
            return kind
        return self.tr("{kind}（已冲销）").format(kind=kind)

    def reload(self) -> None:
        self._stale = False
        selected = self.selected()
        rows = credit_notes.list_credit_notes(self.ctx.uow(), customer_id=self.customer_id)
        self.model.set_rows(rows)
        fit_rows(self.table, self.model)
        if selected is not None:
            self.select(selected.id)
        self._update_buttons()

    def select(self, credit_note_id: int) -> None:
        for i, row in enumerate(self.model.rows):
            if row.id == credit_note_id:
                self.table.selectRow(i)
                return

    def _update_buttons(self) -> None:
        row = self.selected()
        self.print_button.setEnabled(row is not None and row.reversed_on is None)

    # -- actions -------------------------------------------------------------------------------
    def new_credit_note(self) -> None:
        dialog = CreditNoteDialog(self.ctx, self.customer_id, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.events.announce(PAYMENTS)  # reloads this page too
        self.select(dialog.credit_note_id)
        self._update_buttons()
        answer = QMessageBox.question(
            self, self.tr("退货/折让"),
            self.tr("已保存 {number}。现在打印确认书，请客户签字盖章？").format(number=dialog.number))
        if answer == QMessageBox.StandardButton.Yes:
            self.open_confirmation(dialog.credit_note_id)

    def print_confirmation(self) -> None:
        row = self.selected()
        if row is not None and row.reversed_on is None:
            self.open_confirmation(row.id)

    def open_confirmation(self, credit_note_id: int) -> None:
        """The confirmation as recorded when it first left the program, or (never printed) a
        preview that is recorded when printed or saved."""
        document_id = printing.credit_note_document_id(self.ctx.uow(), credit_note_id)
        if document_id is not None:
            dialog = DocumentDialog(self.ctx, CREDIT_NOTE, document_id=document_id, parent=self)
        else:
            dialog = DocumentDialog(self.ctx, CREDIT_NOTE, credit_note_id=credit_note_id,
                                    parent=self)
        dialog.exec()
