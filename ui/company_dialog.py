"""Our company's details, printed on every document, and the delivery rule."""
from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QFormLayout, QLineEdit

from services import company
from services.company import CompanyInfo
from services.uow import AppContext
from ui.form_dialog import FormDialog


class CompanyDialog(FormDialog):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(self.tr("公司信息"), parent)
        self.ctx = ctx
        info = company.get_company(ctx.uow())
        form = QFormLayout()
        self.edits: dict[str, QLineEdit] = {}
        for field, caption in (("company_name", self.tr("公司名称 *")),
                               ("company_address", self.tr("地址")),
                               ("company_phone", self.tr("电话")),
                               ("company_tax_number", self.tr("纳税人识别号")),
                               ("company_bank_account", self.tr("开户行及账号"))):
            edit = QLineEdit(getattr(info, field))
            form.addRow(caption, edit)
            self.edits[field] = edit
            self.field_widgets[field] = edit
        self.rule = QCheckBox(self.tr("价格确认书签回后才能标记为已发货"))
        self.rule.setChecked(info.price_confirmation_before_delivery)
        form.addRow("", self.rule)
        self.body.addLayout(form)

    def save(self) -> None:
        values = {field: edit.text() for field, edit in self.edits.items()}
        company.save_company(self.ctx.uow(), CompanyInfo(
            **values, price_confirmation_before_delivery=self.rule.isChecked()))
