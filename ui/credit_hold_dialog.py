"""Why a contract is held (前帐未清，不谈下回交易), and a manager's override with a reason."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from services.collection.credit import CreditCheck
from ui import formatting as fmt
from ui import geometry
from ui.labels import amount_label

REASONS = {
    "application_not_approved": QT_TRANSLATE_NOOP("CreditHold", "开户申请尚未审批通过"),
    "on_hold": QT_TRANSLATE_NOOP("CreditHold", "客户处于暂停供货状态"),
    "blacklisted": QT_TRANSLATE_NOOP("CreditHold", "客户在黑名单中"),
    "overdue": QT_TRANSLATE_NOOP("CreditHold", "有逾期未付款（超过宽限 {grace} 天）：{overdue}"),
    "over_limit": QT_TRANSLATE_NOOP("CreditHold", "合计占用 {exposure} 超过信用额度 {limit}"),
}


def reason_text(code: str, check: CreditCheck) -> str:
    return QCoreApplication.translate("CreditHold", REASONS[code]).format(
        grace=check.grace_days, overdue=fmt.money(check.overdue),
        exposure=fmt.money(check.exposure), limit=fmt.money(check.limit))


class CreditHoldDialog(QDialog):
    def __init__(self, check: CreditCheck, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("信用控制：前帐未清，不谈下回交易"))
        intro = QLabel(self.tr("客户 {code} {name} 不能确认新合同或发货，原因：").format(
            code=check.customer_code, name=check.customer_name))
        reasons = QLabel("\n".join(f"• {reason_text(code, check)}" for code in check.reasons))
        reasons.setObjectName("creditReasons")
        reasons.setStyleSheet("color: #b3261e;")
        figures = QFormLayout()
        for caption, amount in ((amount_label("owed"), check.outstanding),
                                (self.tr("其中逾期"), check.overdue),
                                (amount_label("committed"), check.undelivered),
                                (amount_label("this_contract"), check.this_contract),
                                (amount_label("credit"), -check.credit),
                                (self.tr("合计占用"), check.exposure),
                                (self.tr("信用额度（0 为不限）"), check.limit)):
            value = QLabel(fmt.money(amount))
            figures.addRow(caption, value)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("经理放行须填写原因，将记入审计日志并显示在合同上"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.override_button = self.buttons.addButton(
            self.tr("经理放行"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.override_button.setEnabled(False)
        self.reason.textChanged.connect(
            lambda text: self.override_button.setEnabled(bool(text.strip())))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(reasons)
        layout.addLayout(figures)
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        geometry.remember(self, (560, self.sizeHint().height()))
