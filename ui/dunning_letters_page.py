"""A customer's dunning letters (催款函) in the collection record: number, level, date, amount,
deadline and how each was sent; 记录送达… records a sending (a demand on that day, and a
follow-up of channel "letter"), 另存为 PDF… writes the stored letter (its number and bytes)."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
)

from services.core.errors import ValidationError
from services.core.uow import AppContext
from services.documents.printing import write_pdf
from services.papers import dunning
from ui import formatting as fmt
from ui.date_field import date_edit
from ui.error_text import error_message
from ui.events import FOLLOW_UPS, DataEvents
from ui.labels import label
from ui.record_page import RecordPage
from ui.rows_model import EditColumn, RowsModel
from ui.table_widths import fit_rows

LETTER_LEVEL = {
    1: QT_TRANSLATE_NOOP("Labels", "付款提醒"),
    2: QT_TRANSLATE_NOOP("Labels", "催款通知"),
    3: QT_TRANSLATE_NOOP("Labels", "逾期警告函"),
    4: QT_TRANSLATE_NOOP("Labels", "律师函"),
}
SENDING_METHOD = {
    "post": QT_TRANSLATE_NOOP("Labels", "邮寄"),
    "courier": QT_TRANSLATE_NOOP("Labels", "快递"),
    "wechat": QT_TRANSLATE_NOOP("Labels", "微信"),
    "email": QT_TRANSLATE_NOOP("Labels", "邮件"),
    "in_person": QT_TRANSLATE_NOOP("Labels", "当面送达"),
}


class DunningLettersPage(RecordPage):
    def __init__(self, ctx: AppContext, events: DataEvents, customer_id: int,
                 parent=None) -> None:
        super().__init__(ctx, events, customer_id, parent)
        model = RowsModel([
            EditColumn(self.tr("编号"), compute=lambda r: r.number),
            EditColumn(self.tr("级别"), compute=lambda r: label(LETTER_LEVEL, r.level)),
            EditColumn(self.tr("日期"), compute=lambda r: fmt.day(r.letter_date)),
            EditColumn(self.tr("逾期金额"), compute=lambda r: fmt.money(r.overdue), right=True),
            EditColumn(self.tr("滞纳金"), compute=lambda r: fmt.money(r.late_fee), right=True),
            EditColumn(self.tr("付款期限"), compute=lambda r: fmt.day(r.pay_by)),
            EditColumn(self.tr("送达"), compute=self._sent_text, warn=lambda r: r.sent_on is None),
        ], lambda: None, self)
        self.send_button = QPushButton(self.tr("记录送达…"))
        self.send_button.clicked.connect(self.record_sending)
        self.save_button = QPushButton(self.tr("另存为 PDF…"))
        self.save_button.clicked.connect(self.save_pdf)
        self._lay_out(model, [self.send_button, self.save_button])

    def _sent_text(self, row) -> str:
        if row.sent_on is None:
            return self.tr("未记录送达")
        how = label(SENDING_METHOD, row.sent_method)
        return f"{fmt.day(row.sent_on)} {how} {row.tracking_number}".strip()

    def reload(self) -> None:
        self.model.set_rows(dunning.letter_views(self.ctx.uow(), customer_id=self.customer_id))
        fit_rows(self.table, self.model)
        self._update_buttons()

    def _update_buttons(self) -> None:
        for button in (self.send_button, self.save_button):
            button.setEnabled(self.selected() is not None)

    def record_sending(self) -> None:
        row = self.selected()
        if row is not None and SendingDialog(self.ctx, row, self).exec():
            self.events.announce(FOLLOW_UPS)

    def save_pdf(self) -> None:
        row = self.selected()
        if row is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("另存为 PDF"),
                                              dunning.letter_file_name(row), "PDF (*.pdf)")
        if path:
            write_pdf(path, dunning.letter_pdf(self.ctx.uow(), row.id))


class SendingDialog(QDialog):
    """记录送达: date, method, tracking number (post and courier), who sent it."""

    def __init__(self, ctx: AppContext, letter, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.letter = ctx, letter
        self.setWindowTitle(self.tr("记录送达 - {number}").format(number=letter.number))
        self.sent_on = date_edit(ctx.clock.today().isoformat(), ctx.clock.today)
        self.method = QComboBox()
        for key in SENDING_METHOD:
            self.method.addItem(label(SENDING_METHOD, key), key)
        self.tracking = QLineEdit()
        self.sent_by = QLineEdit(ctx.operator)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e;")
        form = QFormLayout(self)
        form.addRow(self.tr("送达日期"), self.sent_on)
        form.addRow(self.tr("方式"), self.method)
        form.addRow(self.tr("快递/挂号单号"), self.tracking)
        form.addRow(self.tr("经办人"), self.sent_by)
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("保存"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def save(self) -> None:
        try:
            dunning.record_sending(self.ctx.uow(), self.letter.id, self.sent_on.text(),
                                   self.method.currentData(), self.tracking.text(),
                                   self.sent_by.text())
        except ValidationError as error:
            self.error.setText(error_message(error))
            return
        self.accept()
