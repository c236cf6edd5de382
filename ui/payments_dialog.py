"""The payments of a customer or a contract, with reversal (never deletion)."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from services.core.errors import ValidationError
from services.core.uow import AppContext
from services.ledger import payments
from ui import formatting as fmt
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
}


def _title(key: str) -> str:
    return QCoreApplication.translate("PaymentColumns", TITLES[key])


def _reversal(row) -> str:
    if row.reversed_on is None:
        return ""
    return _title("reversed").format(day=fmt.day(row.reversed_on), reason=row.reversal_reason)


def payment_columns(with_customer: bool) -> list[EditColumn]:
    """How a list of payments reads wherever it is shown; a reversal in red."""
    columns = [
        EditColumn(_title("date"), compute=lambda r: fmt.day(r.received_on)),
        EditColumn(_title("customer"), compute=lambda r: r.customer_name),
        EditColumn(_title("amount"), compute=lambda r: fmt.money(r.amount), right=True),
        EditColumn(_title("allocated"), compute=lambda r: fmt.money(r.allocated), right=True),
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
        self.ctx, self.events = ctx, events
        self.customer_id, self.contract_id = customer_id, contract_id
        self.rows = RowsModel(payment_columns(with_customer=True), lambda: None, self)
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
