"""Our company's details, printed on every document, and the delivery rule."""
from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QFormLayout, QGroupBox, QLineEdit

from services.admin import company
from services.admin.company import CompanyInfo
from services.collection import rules
from services.core.uow import AppContext
from ui.form_dialog import FormDialog


class CompanyDialog(FormDialog):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(self.tr("公司信息与回款规则"), parent)
        self.ctx = ctx
        info = company.get_company(ctx.uow())
        self.version = info.version  # a save over someone else's since then is refused
        form = QFormLayout()
        self.edits: dict[str, QLineEdit] = {}
        for field, caption in (("company_name", self.tr("公司名称 *")),
                               ("company_address", self.tr("地址")),
                               ("company_phone", self.tr("电话")),
                               ("company_tax_number", self.tr("纳税人识别号")),
                               ("company_bank_account", self.tr("开户行及账号")),
                               ("branch_code", self.tr("分公司代码（单据编号用）"))):
            edit = QLineEdit(getattr(info, field))
            form.addRow(caption, edit)
            self.edits[field] = edit
            self.field_widgets[field] = edit
        self.rule = QCheckBox(self.tr("价格确认书签回后才能标记为已发货"))
        self.rule.setChecked(info.price_confirmation_before_delivery)
        form.addRow("", self.rule)
        self.body.addLayout(form)
        self.body.addWidget(self._rules_box(rules.get_rules(ctx.uow())))

    def _rules_box(self, current: rules.CollectionRules) -> QGroupBox:
        """How early to chase, how strict the hold, how often to follow up by rating."""
        box = QGroupBox(self.tr("回款规则"))
        form = QFormLayout(box)
        self.alert_days = QLineEdit(str(current.alert_days))
        self.grace_days = QLineEdit(str(current.grace_days))
        form.addRow(self.tr("提前提醒天数（到期前）"), self.alert_days)
        form.addRow(self.tr("信用控制逾期宽限天数"), self.grace_days)
        self.field_widgets.update({"alert_days": self.alert_days,
                                   "credit_grace_days": self.grace_days})
        self.late_fee = QLineEdit(current.late_fee_percent)
        self.late_fee.setPlaceholderText(self.tr("例如 0.05 即每日万分之五；空为不收"))
        form.addRow(self.tr("新合同默认滞纳金（每日 %）"), self.late_fee)
        self.field_widgets["late_fee_percent"] = self.late_fee
        self.follow_up: dict[str, QLineEdit] = {}
        for rating, days in current.follow_up_days.items():
            edit = QLineEdit(str(days))
            form.addRow(self.tr("{rating} 级客户跟进间隔（天）").format(rating=rating), edit)
            self.follow_up[rating] = edit
            self.field_widgets[f"follow_up_days_{rating}"] = edit
        return box

    def save(self) -> None:
        values = {field: edit.text() for field, edit in self.edits.items()}
        self.version = company.save_settings(
            self.ctx.uow(),
            CompanyInfo(**values, price_confirmation_before_delivery=self.rule.isChecked()),
            rules.RulesInput(self.alert_days.text(), self.grace_days.text(),
                             {rating: edit.text() for rating, edit in self.follow_up.items()},
                             self.late_fee.text()),
            self.version)
        self.edits["branch_code"].setText(company.get_company(self.ctx.uow()).branch_code)
