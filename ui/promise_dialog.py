"""Record a customer's promise to pay (承诺回款), or a new exact one for a broken promise."""
from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit

from services.collection import promises
from services.collection.promises import PromiseInput, PromiseView
from services.core.uow import AppContext
from ui import formatting as fmt
from ui.date_field import add_calendar
from ui.entry_text import money_text
from ui.form_dialog import FormDialog
from ui.labels import PROMISE_STATUS, label


class PromiseDialog(FormDialog):
    default_size = (460, 320)

    def __init__(self, ctx: AppContext, customer_id: int, customer_label: str = "",
                 replaces: PromiseView | None = None, parent=None) -> None:
        super().__init__(self.tr("重新承诺") if replaces else self.tr("记录承诺回款"), parent)
        self.ctx = ctx
        self.customer_id = customer_id
        self.replaces = replaces
        self.promise_id: int | None = None
        form = QFormLayout()
        if customer_label:
            form.addRow(self.tr("客户"), QLabel(customer_label))
        if replaces is not None:
            # Seed 002: a broken promise is met with a new exact one, for what is still short.
            note = QLabel(self.tr("替代 {day} 承诺的 {amount}（{status}，尚差 {short}）。"
                                  "请客户给出新的确切日期和金额。").format(
                day=fmt.day(replaces.promised_on), amount=fmt.money(replaces.amount),
                status=label(PROMISE_STATUS, replaces.status),
                short=fmt.money(replaces.shortfall)))
            note.setWordWrap(True)
            form.addRow(note)
        self.promised_on = QLineEdit()
        self.promised_on.setPlaceholderText(self.tr("例如 {day}").format(
            day=ctx.clock.today().isoformat()))
        self.amount = QLineEdit()
        self.amount.setPlaceholderText("10000.00")
        self.made_by = QLineEdit(replaces.made_by if replaces else "")
        self.made_by.setPlaceholderText(self.tr("客户方谁作出的承诺"))
        self.made_on = QLineEdit(ctx.clock.today().isoformat())
        self.note = QLineEdit()
        if replaces is not None:
            self.amount.setText(money_text(replaces.shortfall))
        add_calendar(self.promised_on, ctx.clock.today)
        add_calendar(self.made_on, ctx.clock.today)
        for caption, widget, field in [
                (self.tr("承诺日期 *"), self.promised_on, "promised_on"),
                (self.tr("金额（元） *"), self.amount, "amount"),
                (self.tr("承诺人"), self.made_by, "made_by"),
                (self.tr("作出承诺日期"), self.made_on, "made_on"),
                (self.tr("备注"), self.note, "note")]:
            form.addRow(caption, widget)
            self.field_widgets[field] = widget
        self.body.addLayout(form)
        self.body.addStretch(1)
        self.promised_on.setFocus()

    def value(self) -> PromiseInput:
        return PromiseInput(
            promised_on=self.promised_on.text(), amount=self.amount.text(),
            made_by=self.made_by.text(), note=self.note.text(), made_on=self.made_on.text(),
            replaces_id=self.replaces.id if self.replaces else None)

    def save(self) -> None:
        self.promise_id = promises.record_promise(self.ctx.uow(), self.customer_id, self.value())
