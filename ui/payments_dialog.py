"""The payments of a customer or a contract, with reversal (never deletion)."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from services.core.errors import ValidationError
from services.core.uow import AppContext
from services.ledger import applications, payments
from ui import formatting as fmt
from ui import geometry
from ui.error_text import error_message
from ui.events import PAYMENTS, DataEvents
from ui.labels import PAYMENT_METHOD, label
from ui.rows_model import EditColumn, RowsModel

TITLES = {
    "date": QT_TRANSLATE_NOOP("PaymentColumns", "日期"),
    "customer": QT_TRANSLATE_NOOP("PaymentColumns", "客户"),
    "amount": QT_TRANSLATE_NOOP("PaymentColumns", "金额"),
    "allocated": QT_TRANSLATE_NOOP("PaymentColumns", "已分配"),
    "method": QT_TRANSLATE_NOOP("PaymentColumns", "方式"),
    "reference": QT_TRANSLATE_NOOP("PaymentColumns", "凭证号"),
    "reversal": QT_TRANSLATE_NOOP("PaymentColumns", "冲销"),
    "reversed": QT_TRANSLATE_NOOP("PaymentColumns", "{day} 冲销：{reason}"),
    # A reversed payment pays nothing: what it had allocated no longer counts.
    "void": QT_TRANSLATE_NOOP("PaymentColumns", "—（已冲销）"),
}


def _title(key: str) -> str:
    return QCoreApplication.translate("PaymentColumns", TITLES[key])


def _reversal(row) -> str:
    if row.reversed_on is None:
        return ""
    return _title("reversed").format(day=fmt.day(row.reversed_on), reason=row.reversal_reason)


def _allocated(row) -> str:
    return _title("void") if row.reversed_on is not None else fmt.money(row.allocated)


def payment_totals(rows) -> tuple[Decimal, Decimal, Decimal]:
    """(received, reversed, net) of a list of payments, in yuan."""
    received = sum((r.amount for r in rows), Decimal("0.00"))
    reversed_ = sum((r.amount for r in rows if r.reversed_on is not None), Decimal("0.00"))
    return received, reversed_, received - reversed_


def payment_columns(with_customer: bool) -> list[EditColumn]:
    """How a list of payments reads wherever it is shown; a reversal in red."""
    columns = [
        EditColumn(_title("date"), compute=lambda r: fmt.day(r.received_on)),
        EditColumn(_title("customer"), compute=lambda r: r.customer_name),
        EditColumn(_title("amount"), compute=lambda r: fmt.money(r.amount), right=True),
        EditColumn(_title("allocated"), compute=_allocated, right=True,
                   warn=lambda r: r.reversed_on is not None),
        EditColumn(_title("method"), compute=lambda r: label(PAYMENT_METHOD, r.method)),
        EditColumn(_title("reference"), compute=lambda r: r.reference),
        EditColumn(_title("reversal"), compute=_reversal,
                   warn=lambda r: r.reversed_on is not None),
    ]
    return columns if with_customer else columns[:1] + columns[2:]


class PaymentsDialog(QDialog):
    def __init__(self, ctx: AppContext, events: DataEvents, customer_id: int | None,
                 contract_id: int | None, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("回款记录"))
        self._reversed_on = None  # of the payment whose allocations are shown
        self.ctx, self.events = ctx, events
        self.customer_id, self.contract_id = customer_id, contract_id
        self.rows = RowsModel(payment_columns(with_customer=True), lambda: None, self)
        self.table = QTableView()
        self.table.setModel(self.rows)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        _fit_columns(self.table)
        self.totals = QLabel()
        self.totals.setObjectName("paymentTotals")
        reverse = QPushButton(self.tr("冲销所选回款…"))
        reverse.clicked.connect(self.reverse_selected)
        # Where the selected payment went: the installments it paid, and when.
        self.paid = RowsModel([
            EditColumn(self.tr("合同号"), compute=lambda r: r.contract_number),
            EditColumn(self.tr("到期日"), compute=lambda r: fmt.day(r.due_date)),
            EditColumn(self.tr("核销金额"), compute=lambda r: fmt.money(r.amount), right=True),
            EditColumn(self.tr("核销日期"), compute=lambda r: fmt.day(r.applied_on)),
            EditColumn(self.tr("撤销"), compute=self._undone,
                       warn=lambda r: r.undone_on is not None or self._reversed_on is not None),
        ], lambda: None, self)
        self.paid_table = QTableView()
        self.paid_table.setModel(self.paid)
        self.paid_table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        _fit_columns(self.paid_table)
        undo = QPushButton(self.tr("撤销所选核销…"))
        undo.clicked.connect(self.undo_selected)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(reverse)
        bottom.addWidget(undo)
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.totals)
        layout.addWidget(QLabel(self.tr("所选回款核销到的分期：")))
        layout.addWidget(self.paid_table, 2)
        layout.addLayout(bottom)
        geometry.remember(self, (1040, 600))
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_paid())
        self.reload()
        if self.rows.rowCount():
            self.table.selectRow(0)  # where the newest payment went, shown from the start

    def reload(self) -> None:
        self.rows.set_rows(payments.list_payments(self.ctx.uow(), self.customer_id,
                                                  self.contract_id))
        received, reversed_, net = payment_totals(self.rows.rows)
        self.totals.setText(self.tr("回款合计 {received}　已冲销 {reversed}　净回款 {net}").format(
            received=fmt.money(received), reversed=fmt.money(reversed_), net=fmt.money(net)))
        self._show_paid()

    def _selected_payment(self):
        index = self.table.currentIndex()
        return self.rows.rows[index.row()] if index.isValid() else None

    def _show_paid(self) -> None:
        payment = self._selected_payment()
        self._reversed_on = payment.reversed_on if payment is not None else None
        self.paid.set_rows(applications.payment_allocations(self.ctx.uow(), payment.id)
                           if payment is not None else [])

    def _undone(self, row) -> str:
        """How an allocation stopped counting: undone by itself, or with its payment."""
        if row.undone_on is not None:
            return self.tr("{day} 撤销：{reason}").format(day=fmt.day(row.undone_on),
                                                        reason=row.undo_reason)
        if self._reversed_on is not None:
            return self.tr("{day} 随回款冲销，不再计入").format(day=fmt.day(self._reversed_on))
        return ""

    def undo_selected(self) -> None:
        index = self.paid_table.currentIndex()
        if not index.isValid():
            return
        row = self.paid.rows[index.row()]
        reason, ok = QInputDialog.getText(self, self.tr("撤销核销"), self.tr(
            "撤销核销到 {number}（{day} 到期）的 {amount}，这笔钱回到客户的预收款。请填写原因：").format(
                number=row.contract_number, day=fmt.day(row.due_date),
                amount=fmt.money(row.amount)))
        if not ok:
            return
        try:
            applications.undo_application(self.ctx.uow(), row.id, reason)
        except ValidationError as error:
            QMessageBox.warning(self, self.tr("撤销核销"), error_message(error))
            return
        self.events.announce(PAYMENTS)
        current = self.table.currentIndex().row()
        self.reload()
        self.table.selectRow(current)

    def reverse_selected(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        payment = self.rows.rows[index.row()]
        reason, ok = QInputDialog.getText(self, self.tr("冲销回款"), self.tr(
            "冲销 {day} 的回款 {amount}。请填写原因：").format(
                day=fmt.day(payment.received_on), amount=fmt.money(payment.amount)))
        if not ok:
            return
        try:
            payments.reverse_payment(self.ctx.uow(), payment.id, reason)
        except ValidationError as error:
            QMessageBox.warning(self, self.tr("冲销回款"), error_message(error))
            return
        self.events.announce(PAYMENTS)
        self.reload()


def _fit_columns(view: QTableView) -> None:
    """Every column as wide as what it holds: references and reasons are read whole (the
    table scrolls sideways rather than cut them)."""
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(False)
