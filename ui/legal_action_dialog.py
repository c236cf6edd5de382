"""Record legal action taken against a customer (记录法律行动): 起诉, 仲裁, 支付令 or other, for one
contract or everything the customer owes. It restarts the limitation clock of what it covers
(services.collection.limitation; a reminder, not legal advice)."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit

from services.collection.limitation import LEGAL_ACTIONS, record_legal_action
from services.core.uow import AppContext
from ui.date_field import add_calendar
from ui.form_dialog import FormDialog

# The kinds in the user's language (services.collection.limitation.LEGAL_ACTIONS).
LEGAL_KIND = {
    "lawsuit": QT_TRANSLATE_NOOP("LegalActionDialog", "起诉"),
    "arbitration": QT_TRANSLATE_NOOP("LegalActionDialog", "仲裁"),
    "payment_order": QT_TRANSLATE_NOOP("LegalActionDialog", "支付令"),
    "other": QT_TRANSLATE_NOOP("LegalActionDialog", "其他"),
}


def legal_kind_text(kind: str) -> str:
    return QCoreApplication.translate("LegalActionDialog", LEGAL_KIND.get(kind, kind))


class LegalActionDialog(FormDialog):
    default_size = (480, 360)

    def __init__(self, ctx: AppContext, customer_id: int, customer_label: str = "",
                 contracts: list[tuple[int, str]] = (), parent=None) -> None:
        """`contracts`: (id, number) of the customer's contracts it may name."""
        super().__init__(self.tr("记录法律行动"), parent)
        self.ctx = ctx
        self.customer_id = customer_id
        self.action_id: int | None = None
        form = QFormLayout()
        if customer_label:
            form.addRow(self.tr("客户"), QLabel(customer_label))
        self.taken_on = QLineEdit(ctx.clock.today().isoformat())
        add_calendar(self.taken_on, ctx.clock.today)
        self.kind = QComboBox()
        for code in LEGAL_ACTIONS:
            self.kind.addItem(legal_kind_text(code), code)
        self.contract = QComboBox()
        self.contract.addItem(self.tr("全部欠款"), None)
        for contract_id, number in contracts:
            self.contract.addItem(number, contract_id)
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("案号、法院或仲裁机构、律师等"))
        self.note.setTabChangesFocus(True)
        for caption, widget, field in [
                (self.tr("日期 *"), self.taken_on, "taken_on"),
                (self.tr("类型 *"), self.kind, "legal_kind"),
                (self.tr("针对"), self.contract, "contract_id"),
                (self.tr("备注"), self.note, "note")]:
            form.addRow(caption, widget)
            self.field_widgets[field] = widget
        self.body.addLayout(form)
        hint = QLabel(self.tr("记录后，所涉分期的诉讼时效自该日起重新计算。仅为提醒，不构成法律意见。"))
        hint.setWordWrap(True)
        self.body.addWidget(hint)

    def save(self) -> None:
        self.action_id = record_legal_action(
            self.ctx.uow(), self.customer_id, self.taken_on.text(),
            self.kind.currentData() or "", self.note.toPlainText(),
            contract_id=self.contract.currentData())
