"""VAT invoices of a contract (发票): the form for one invoice, the list with 添加… / 修改… /
删除 (each its own save: services.ledger.invoices), and the line the contract dialog shows."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from services.core.environment import DatabaseProblem
from services.core.errors import NotFound
from services.core.uow import AppContext
from services.ledger import invoices
from services.ledger.invoices import InvoiceInput, InvoiceView
from ui import formatting as fmt
from ui.ask import ask
from ui.date_field import add_calendar
from ui.entry_text import money_text
from ui.form_dialog import FormDialog
from ui.problem_text import problem_message

KIND = {"special": QT_TRANSLATE_NOOP("Invoices", "专票（增值税专用发票）"),
        "ordinary": QT_TRANSLATE_NOOP("Invoices", "普票（增值税普通发票）")}
SHORT_KIND = {"special": QT_TRANSLATE_NOOP("Invoices", "专票"),
              "ordinary": QT_TRANSLATE_NOOP("Invoices", "普票")}
SENT = {"": QT_TRANSLATE_NOOP("Invoices", "未寄出"),
        "courier": QT_TRANSLATE_NOOP("Invoices", "快递"),
        "post": QT_TRANSLATE_NOOP("Invoices", "邮寄"),
        "in_person": QT_TRANSLATE_NOOP("Invoices", "当面"),
        "email": QT_TRANSLATE_NOOP("Invoices", "邮件")}


def _tr(text: str) -> str:
    """Words kept in a table (declared with QT_TRANSLATE_NOOP) in the UI's language."""
    return QCoreApplication.translate("Invoices", text)


class InvoiceDialog(FormDialog):
    """Record a new invoice on a contract, or change one (`invoice` given)."""

    default_size = (460, 400)

    def __init__(self, ctx: AppContext, contract_id: int, invoice: InvoiceView | None = None,
                 parent=None) -> None:
        super().__init__(self.tr("发票") if invoice is None else self.tr("修改发票"), parent)
        self.ctx, self.contract_id, self.invoice = ctx, contract_id, invoice
        self.number = QLineEdit()
        self.kind = QComboBox()
        for code, words in KIND.items():
            self.kind.addItem(_tr(words), code)
        self.issued_on = QLineEdit(ctx.clock.today().isoformat())
        self.amount = QLineEdit()
        self.sent_method = QComboBox()
        for code, words in SENT.items():
            self.sent_method.addItem(_tr(words), code)
        self.tracking_number = QLineEdit()
        self.tracking_number.setPlaceholderText(self.tr("快递必填"))
        self.received_on = QLineEdit()
        self.received_on.setPlaceholderText(self.tr("客户收到发票的日期"))
        self.note = QLineEdit()
        add_calendar(self.issued_on, ctx.clock.today)
        add_calendar(self.received_on, ctx.clock.today)
        form = QFormLayout()
        for caption, widget, field in [
                (self.tr("发票号码 *"), self.number, "invoice_number"),
                (self.tr("种类 *"), self.kind, "invoice_kind"),
                (self.tr("开票日期 *"), self.issued_on, "invoiced_on"),
                (self.tr("金额 *"), self.amount, "invoice_amount"),
                (self.tr("寄送方式"), self.sent_method, "sent_method"),
                (self.tr("快递单号"), self.tracking_number, "tracking_number"),
                (self.tr("客户签收日期"), self.received_on, "invoice_received_on"),
                (self.tr("备注"), self.note, "note")]:
            form.addRow(caption, widget)
            self.field_widgets[field] = widget
        self.body.addLayout(form)
        if invoice is not None:
            self.number.setText(invoice.number)
            self.kind.setCurrentIndex(self.kind.findData(invoice.kind))
            self.issued_on.setText(invoice.issued_on.isoformat())
            self.amount.setText(money_text(invoice.amount))
            self.sent_method.setCurrentIndex(self.sent_method.findData(invoice.sent_method))
            self.tracking_number.setText(invoice.tracking_number)
            self.received_on.setText(invoice.received_on.isoformat() if invoice.received_on
                                     else "")
            self.note.setText(invoice.note)
        self.number.setFocus()

    def value(self) -> InvoiceInput:
        return InvoiceInput(
            number=self.number.text(), kind=self.kind.currentData() or "",
            issued_on=self.issued_on.text(), amount=self.amount.text(),
            sent_method=self.sent_method.currentData() or "",
            tracking_number=self.tracking_number.text(), received_on=self.received_on.text(),
            note=self.note.text())

    def save(self) -> None:
        if self.invoice is None:
            invoices.record_invoice(self.ctx.uow(), self.contract_id, self.value())
        else:
            invoices.update_invoice(self.ctx.uow(), self.invoice.id, self.value())


class InvoicesBox(QGroupBox):
    """The contract's invoices (number, kind, date, amount, how sent, received) and what may be
    done with them; each change is saved at once, apart from the contract's own save."""

    HEADS = (QT_TRANSLATE_NOOP("Invoices", "发票号码"), QT_TRANSLATE_NOOP("Invoices", "种类"),
             QT_TRANSLATE_NOOP("Invoices", "开票日期"), QT_TRANSLATE_NOOP("Invoices", "金额"),
             QT_TRANSLATE_NOOP("Invoices", "寄送"), QT_TRANSLATE_NOOP("Invoices", "客户签收"))

    def __init__(self, ctx: AppContext, contract_id: int, parent=None) -> None:
        super().__init__(QCoreApplication.translate("Invoices", "发票"), parent)
        self.ctx, self.contract_id = ctx, contract_id
        self.rows: list[InvoiceView] = []
        self.table = QTableWidget(0, len(self.HEADS))
        self.table.setObjectName("invoicesTable")
        self.table.setHorizontalHeaderLabels([_tr(h) for h in self.HEADS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setMaximumHeight(130)
        self.table.doubleClicked.connect(lambda _index: self.edit())
        self.add_button = QPushButton(QCoreApplication.translate("Invoices", "添加发票…"))
        self.edit_button = QPushButton(QCoreApplication.translate("Invoices", "修改…"))
        self.remove_button = QPushButton(QCoreApplication.translate("Invoices", "删除"))
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.remove_button.clicked.connect(self.remove)
        self.total_label = QLabel()
        buttons = QHBoxLayout()
        for widget in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(self.total_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.reload()

    def reload(self) -> None:
        self.rows = invoices.invoices_of(self.ctx.uow(), self.contract_id)
        self.table.setRowCount(len(self.rows))
        for row, view in enumerate(self.rows):
            sent = _tr(SENT.get(view.sent_method, view.sent_method))
            if view.tracking_number:
                sent = f"{sent} {view.tracking_number}"
            cells = (view.number, _tr(SHORT_KIND.get(view.kind, view.kind)),
                     fmt.day(view.issued_on), fmt.money(view.amount), sent,
                     fmt.day(view.received_on) if view.received_on else "")
            for column, value in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(value))
        total = sum((v.amount for v in self.rows), Decimal("0.00"))
        self.total_label.setText(QCoreApplication.translate("Invoices", "已开票 {amount}").format(amount=fmt.money(total))
                                 if self.rows else QCoreApplication.translate("Invoices", "尚未开票"))
        has = bool(self.rows)
        self.edit_button.setEnabled(has)
        self.remove_button.setEnabled(has)

    def selected(self) -> InvoiceView | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def add(self) -> None:
        if InvoiceDialog(self.ctx, self.contract_id, parent=self).exec():
            self.reload()

    def edit(self) -> None:
        chosen = self.selected()
        if chosen is not None and InvoiceDialog(self.ctx, self.contract_id, chosen,
                                                parent=self).exec():
            self.reload()

    def remove(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        statement = QCoreApplication.translate("Invoices", "发票 {number}（{amount}）：作废或录错的发票才删除，删除记入操作日志。").format(
            number=chosen.number, amount=fmt.money(chosen.amount))
        if not ask(self, QCoreApplication.translate("Invoices", "删除发票"), statement, QCoreApplication.translate("Invoices", "删除这张发票吗？"), default_yes=False):
            return
        try:
            invoices.delete_invoice(self.ctx.uow(), chosen.id)
        except NotFound:
            pass  # someone else removed it: the list shows that
        except DatabaseProblem as problem:
            QMessageBox.warning(self, QCoreApplication.translate("Invoices", "删除发票"), problem_message(problem))
        self.reload()


class InvoicesDialog(QDialog):
    """The contract's invoices in a window of their own (InvoicesBox, and 关闭)."""

    def __init__(self, ctx: AppContext, contract_id: int, title: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.box = InvoicesBox(ctx, contract_id, self)
        self.box.table.setMaximumHeight(16777215)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.box, 1)
        layout.addWidget(close)
        self.resize(720, 320)


class InvoicesLine(QWidget):
    """One line in the contract dialog: how many invoices and their total, and 发票… to see and
    change them (a line, not a table: the dialog's rows keep their room on a small screen)."""

    def __init__(self, ctx: AppContext, contract_id: int, number: str, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.contract_id, self.number = ctx, contract_id, number
        self.summary = QLabel()
        self.summary.setObjectName("invoiceSummary")
        self.button = QPushButton(QCoreApplication.translate("Invoices", "发票…"))
        self.button.clicked.connect(self.open)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(QCoreApplication.translate("Invoices", "发票：")))
        layout.addWidget(self.summary, 1)
        layout.addWidget(self.button)
        self.reload()

    def reload(self) -> None:
        rows = invoices.invoices_of(self.ctx.uow(), self.contract_id)
        total = sum((v.amount for v in rows), Decimal("0.00"))
        self.summary.setText(
            QCoreApplication.translate("Invoices", "{count} 张，已开票 {amount}：{numbers}").format(
                count=len(rows), amount=fmt.money(total),
                numbers=QCoreApplication.translate("Invoices", "、").join(v.number for v in rows)) if rows else QCoreApplication.translate("Invoices", "尚未开票"))

    def open(self) -> None:
        InvoicesDialog(self.ctx, self.contract_id,
                       QCoreApplication.translate("Invoices", "合同 {number} 的发票").format(number=self.number), self).exec()
        self.reload()
