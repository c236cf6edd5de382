"""The payments of a customer or a contract, with reversal (never deletion)."""
from __future__ import annotations

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHBoxLayout, QInputDialog, QMessageBox,
                               QPushButton, QTableView, QVBoxLayout)

from services import payments
from services.errors import ValidationError
from services.uow import AppContext
from ui import formatting as fmt
from ui.error_text import error_message
from ui.events import PAYMENTS, DataEvents
from ui.labels import PAYMENT_METHOD, label
from ui.rows_model import EditColumn, RowsModel


class PaymentsDialog(QDialog):
    def __init__(self, ctx: AppContext, events: DataEvents, customer_id: int | None,
                 contract_id: int | None, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("回款记录"))
        self.ctx, self.events = ctx, events
        self.customer_id, self.contract_id = customer_id, contract_id
        self.rows = RowsModel([
            EditColumn(self.tr("日期"), compute=lambda r: fmt.day(r.received_on)),
            EditColumn(self.tr("客户"), compute=lambda r: r.customer_name),
            EditColumn(self.tr("金额"), compute=lambda r: fmt.money(r.amount), right=True),
            EditColumn(self.tr("已分配"), compute=lambda r: fmt.money(r.allocated), right=True),
            EditColumn(self.tr("方式"), compute=lambda r: label(PAYMENT_METHOD, r.method)),
            EditColumn(self.tr("凭证号"), compute=lambda r: r.reference),
            EditColumn(self.tr("冲销"), compute=lambda r: (
                self.tr("{day} 冲销：{reason}").format(day=fmt.day(r.reversed_on),
                                                 reason=r.reversal_reason)
                if r.reversed_on else "")),
        ], lambda: None, self)
        self.table = QTableView()
        self.table.setModel(self.rows)
        self.table.horizontalHeader().setStretchLastSection(True)
        reverse = QPushButton(self.tr("冲销所选回款…"))
        reverse.clicked.connect(self.reverse_selected)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(reverse)
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(bottom)
        self.resize(820, 360)
        self.reload()

    def reload(self) -> None:
        self.rows.set_rows(payments.list_payments(self.ctx.uow(), self.customer_id, self.contract_id))

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
