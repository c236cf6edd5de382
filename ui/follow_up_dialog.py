"""Record one follow-up (跟进记录): a call, visit, SMS, WeChat message or letter about payment."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit

from services.collection import follow_ups
from services.collection.follow_ups import FollowUpInput
from services.core.codes import FOLLOW_UP_CHANNELS
from services.core.uow import AppContext
from ui.date_field import add_calendar
from ui.form_dialog import FormDialog
from ui.labels import FOLLOW_UP_CHANNEL, label


class FollowUpDialog(FormDialog):
    default_size = (500, 440)

    def __init__(self, ctx: AppContext, customer_id: int, customer_label: str = "",
                 parent=None) -> None:
        super().__init__(self.tr("记录跟进"), parent)
        self.ctx = ctx
        self.customer_id = customer_id
        self.follow_up_id: int | None = None
        form = QFormLayout()
        if customer_label:
            form.addRow(self.tr("客户"), QLabel(customer_label))
        self.contacted_on = QLineEdit(ctx.clock.today().isoformat())
        self.channel = QComboBox()
        for code in FOLLOW_UP_CHANNELS:
            self.channel.addItem(label(FOLLOW_UP_CHANNEL, code), code)
        self.contact_person = QLineEdit()
        self.contact_person.setPlaceholderText(self.tr("客户方联系人（采购、财务、出纳）"))
        self.said = QPlainTextEdit()
        self.said.setPlaceholderText(self.tr("客户怎么说（原话更好）"))
        self.said.setTabChangesFocus(True)
        self.result_edit = QLineEdit()  # not `result`: QDialog.result() is the outcome
        self.next_action = QLineEdit()
        self.next_action_on = QLineEdit()
        self.next_action_on.setPlaceholderText(self.tr("空着：按信用等级的间隔"))
        add_calendar(self.contacted_on, ctx.clock.today)
        add_calendar(self.next_action_on, ctx.clock.today)
        for caption, widget, field in [
                (self.tr("跟进日期 *"), self.contacted_on, "contacted_on"),
                (self.tr("方式 *"), self.channel, "channel"),
                (self.tr("联系人"), self.contact_person, "contact_person"),
                (self.tr("客户说法"), self.said, "said"),
                (self.tr("结果"), self.result_edit, "result"),
                (self.tr("下一步"), self.next_action, "next_action"),
                (self.tr("下次跟进日期"), self.next_action_on, "next_action_on")]:
            form.addRow(caption, widget)
            self.field_widgets[field] = widget
        self.body.addLayout(form)
        self.contact_person.setFocus()

    def value(self) -> FollowUpInput:
        return FollowUpInput(
            contacted_on=self.contacted_on.text(), channel=self.channel.currentData() or "",
            contact_person=self.contact_person.text(), said=self.said.toPlainText(),
            result=self.result_edit.text(), next_action=self.next_action.text(),
            next_action_on=self.next_action_on.text())

    def save(self) -> None:
        self.follow_up_id = follow_ups.record_follow_up(self.ctx.uow(), self.customer_id,
                                                        self.value())
