"""对账单 for one customer (from its collection record): choose the period, preview the real PDF,
issue it by printing or saving (numbered and recorded only then); the customer's statements with
their status; reprint one; record the customer's reply (相符, or 不符 with its figure and note)."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
)

from services.core.errors import ValidationError
from services.core.parsing import parse_date, parse_money
from services.core.uow import AppContext
from services.papers import statements
from ui import formatting as fmt
from ui import geometry
from ui.date_field import date_edit
from ui.document_dialog import DocumentDialog
from ui.error_text import error_message
from ui.rows_model import EditColumn, RowsModel
from ui.worker import run_in_background

STATUS = {"issued": QT_TRANSLATE_NOOP("Labels", "待回函"),
          "confirmed": QT_TRANSLATE_NOOP("Labels", "已确认相符"),
          "disputed": QT_TRANSLATE_NOOP("Labels", "客户回函不符")}


def status_label(status: str) -> str:
    return QCoreApplication.translate("Labels", STATUS.get(status, status))


class StatementDialog(QDialog):
    """The customer's statements and a new one for a chosen period."""

    def __init__(self, ctx: AppContext, customer_id: int, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.customer_id = ctx, customer_id
        self.setWindowTitle(self.tr("对账单"))
        self.period_from = date_edit(today=ctx.clock.today)
        self.period_to = date_edit(today=ctx.clock.today)
        self.preview_button = QPushButton(self.tr("预览并出具…"))
        self.preview_button.clicked.connect(self.preview)
        period = QHBoxLayout()
        for widget in (QLabel(self.tr("对账期间")), self.period_from, QLabel(self.tr("至")),
                       self.period_to, self.preview_button):
            period.addWidget(widget)
        period.addStretch(1)
        self.model = RowsModel([
            EditColumn(self.tr("编号"), compute=lambda r: r.number),
            EditColumn(self.tr("出具日期"), compute=lambda r: fmt.day(r.issued_on)),
            EditColumn(self.tr("对账期间"), compute=lambda r: self.tr("{first} 至 {last}").format(
                first=fmt.day(r.period_from), last=fmt.day(r.period_to))),
            EditColumn(self.tr("期初余额"), compute=lambda r: fmt.money(r.opening), right=True),
            EditColumn(self.tr("期末余额"), compute=lambda r: fmt.money(r.closing), right=True),
            EditColumn(self.tr("状态"), compute=lambda r: status_label(r.status)),
            EditColumn(self.tr("回函日期"), compute=lambda r: fmt.day(r.replied_on)),
            EditColumn(self.tr("客户记录的余额"), compute=lambda r: fmt.money(r.customer_balance)
                       if r.customer_balance is not None else "", right=True),
            EditColumn(self.tr("不符事项"), compute=lambda r: r.reply_note),
        ], lambda: None, self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.doubleClicked.connect(lambda *_: self.reprint())
        self.reprint_button = QPushButton(self.tr("查看/重印…"))
        self.reply_button = QPushButton(self.tr("记录回函…"))
        self.reprint_button.clicked.connect(self.reprint)
        self.reply_button.clicked.connect(self.record_reply)
        self.status = QLabel()
        self.status.setWordWrap(True)
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        for button in (self.reprint_button, self.reply_button, close):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(period)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        geometry.remember(self, (900, 480))
        self.reload()

    def reload(self) -> None:
        """The statements and the next period's default, read off the UI thread."""
        ctx, customer_id = self.ctx, self.customer_id

        def work():
            return (statements.list_statements(ctx.uow(), customer_id),
                    statements.suggested_period(ctx.uow(), customer_id))

        run_in_background(work, self._show, self._failed, self)

    def _show(self, found) -> None:
        rows, (first, last) = found
        self.model.beginResetModel()
        self.model.rows = rows
        self.model.endResetModel()
        self.period_from.setText(first.isoformat())
        self.period_to.setText(last.isoformat())
        self.view.resizeColumnsToContents()
        self._update_buttons()

    def _failed(self, error: Exception) -> None:
        text = error_message(error) if isinstance(error, ValidationError) else str(error)
        self.status.setText(text)
        self.status.setStyleSheet("color: #b3261e;")

    def selected(self):
        rows = self.view.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        row = self.selected()
        self.reprint_button.setEnabled(row is not None)
        self.reply_button.setEnabled(row is not None and row.status == "issued")

    def period(self):
        """(from, to) as typed; ValidationError naming the field."""
        return (parse_date(self.period_from.text(), "period_from"),
                parse_date(self.period_to.text(), "period_to"))

    def preview(self) -> DocumentDialog | None:
        """The real PDF of the statement for the period; printing or saving issues it."""
        try:
            first, last = self.period()
        except ValidationError as error:
            self._failed(error)
            return None
        ctx, customer_id = self.ctx, self.customer_id

        def issuer(deliver):
            made = statements.issue_statement(ctx.uow(), customer_id, first, last,
                                              deliver=deliver)
            self.reload()
            return made

        dialog = DocumentDialog(
            ctx, "statement", customer_id=customer_id, parent=self, title=self.tr("对账单"),
            preview=lambda: statements.preview_statement(ctx.uow(), customer_id, first, last),
            issuer=issuer)
        dialog.show()
        return dialog

    def reprint(self) -> DocumentDialog | None:
        row = self.selected()
        if row is None:
            return None
        dialog = DocumentDialog(self.ctx, "statement", document_id=row.document_id, parent=self,
                                title=self.tr("对账单 {number}").format(number=row.number))
        dialog.show()
        return dialog

    def record_reply(self) -> None:
        row = self.selected()
        if row is None:
            return
        if ReplyDialog(self.ctx, row, self).exec() == QDialog.DialogCode.Accepted:
            self.reload()


class ReplyDialog(QDialog):
    """The customer's answer to one statement: 相符, or 不符 with its figure and what differs."""

    def __init__(self, ctx: AppContext, row: statements.StatementRow, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.row = ctx, row
        self.setWindowTitle(self.tr("记录回函 {number}").format(number=row.number))
        self.agree = QRadioButton(self.tr("以上数据相符（期末余额 {amount}）").format(
            amount=fmt.money(row.closing)))
        self.differ = QRadioButton(self.tr("数据不符"))
        self.agree.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.agree)
        group.addButton(self.differ)
        self.replied_on = date_edit(ctx.clock.today().isoformat(), ctx.clock.today)
        self.balance = QLineEdit()
        self.note = QPlainTextEdit()
        self.note.setMaximumHeight(80)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.agree)
        form.addRow(self.differ)
        form.addRow(self.tr("回函日期"), self.replied_on)
        form.addRow(self.tr("客户记录的余额"), self.balance)
        form.addRow(self.tr("不符事项"), self.note)
        form.addRow(self.error)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                               | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.save)
        box.rejected.connect(self.reject)
        form.addRow(box)
        self.agree.toggled.connect(self._enable)
        self._enable()

    def _enable(self) -> None:
        for widget in (self.balance, self.note):
            widget.setEnabled(self.differ.isChecked())

    def save(self) -> None:
        try:
            replied_on = parse_date(self.replied_on.text(), "replied_on")
            balance = (None if self.agree.isChecked() else
                       parse_money(self.balance.text(), "customer_balance", required=False))
            statements.record_reply(self.ctx.uow(), self.row.id, self.agree.isChecked(),
                                    replied_on, balance,
                                    "" if self.agree.isChecked() else self.note.toPlainText())
        except ValidationError as error:
            self.error.setText(error_message(error))
            return
        self.accept()
