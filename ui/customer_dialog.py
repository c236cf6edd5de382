"""Add or edit a customer."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)

from services.core.codes import CREDIT_RATINGS, CUSTOMER_STATUSES, INVOICE_REQUIREMENTS
from services.core.parsing import parse_bank_account, parse_credit_code
from services.core.uow import AppContext
from services.ledger import customers, terms
from services.ledger.customers import CustomerInput
from ui import formatting as fmt
from ui.date_field import DATE_HINT, add_calendar
from ui.entry_text import money_text
from ui.form_dialog import FormDialog
from ui.labels import CUSTOMER_STATUS, INVOICE_REQUIREMENT, label
from ui.worker import run_in_background


class CustomerDialog(FormDialog):
    def __init__(self, ctx: AppContext, customer_id: int | None = None, parent=None) -> None:
        super().__init__(self.tr("新建客户") if customer_id is None else self.tr("编辑客户"), parent)
        self.ctx = ctx
        self.customer_id = customer_id
        self.text: dict[str, QLineEdit] = {}
        self.tabs = QTabWidget()
        self.tabs.addTab(self._basic_page(), self.tr("基本信息"))
        self.tabs.addTab(self._contacts_page(), self.tr("联系人"))
        self.tabs.addTab(self._credit_page(), self.tr("信用与开户"))
        self.tabs.addTab(self._invoicing_page(), self.tr("开票信息"))
        self.tabs.addTab(self._habits_page(), self.tr("付款习惯"))
        self.tabs.addTab(self._status_page(), self.tr("状态与备注"))
        self.body.addWidget(self.tabs)
        self.version: int | None = None  # what a save expects to find (a newer one is refused)
        if customer_id is not None:
            detail = customers.get_customer(ctx.uow(), customer_id)
            self.version = detail.version
            self._load(detail.data)
        else:
            # The service's defaults, limit left blank, the company's own 30-day term.
            self._load(CustomerInput(credit_limit="",
                                     payment_terms=terms.new_customer_terms(self.templates)))
        self.text["code"].setFocus()

    # -- pages --------------------------------------------------------------
    def _line(self, form: QFormLayout, field: str, caption: str, hint: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(hint)
        form.addRow(caption, edit)
        self.text[field] = edit
        self.field_widgets[field] = edit
        return edit

    def _combo(self, field: str, codes: tuple[str, ...], table: dict | None) -> QComboBox:
        combo = QComboBox()
        for code in codes:
            combo.addItem(label(table, code) if table else code, code)
        self.field_widgets[field] = combo
        return combo

    def _basic_page(self) -> QWidget:
        page, form = QWidget(), QFormLayout()
        page.setLayout(form)
        self._line(form, "code", self.tr("客户编码 *"), "C0001")
        self._line(form, "name", self.tr("客户全称 *"))
        self._line(form, "short_name", self.tr("简称"))
        self._line(form, "address", self.tr("地址"))
        self._line(form, "phone", self.tr("电话"))
        self._line(form, "salesperson", self.tr("业务员"))
        return page

    def _invoicing_page(self) -> QWidget:
        """The buyer's particulars printed on the price confirmation and the IOU."""
        page, form = QWidget(), QFormLayout()
        page.setLayout(form)
        self._line(form, "credit_code", self.tr("统一社会信用代码"),
                   self.tr("18 位，如 91350100M000100Y43"))
        self._line(form, "bank_name", self.tr("开户行"), self.tr("如 中国工商银行南京新街口支行"))
        self._line(form, "bank_account", self.tr("账号"), self.tr("只填数字，可用空格分组"))
        self.check_as_typed("credit_code", parse_credit_code)
        self.check_as_typed("bank_account", parse_bank_account)
        return page

    def _contacts_page(self) -> QWidget:
        page, form = QWidget(), QFormLayout()
        page.setLayout(form)
        self._line(form, "purchasing_contact", self.tr("采购联系人"))
        self._line(form, "purchasing_phone", self.tr("采购电话"))
        self._line(form, "finance_contact", self.tr("财务联系人"))
        self._line(form, "finance_phone", self.tr("财务电话"))
        self._line(form, "cashier_contact", self.tr("出纳"))
        self._line(form, "cashier_phone", self.tr("出纳电话"))
        return page

    def _credit_page(self) -> QWidget:
        page, form = QWidget(), QFormLayout()
        page.setLayout(form)
        self.rating = self._combo("credit_rating", CREDIT_RATINGS, None)
        form.addRow(self.tr("信用等级"), self.rating)
        self._line(form, "credit_limit", self.tr("信用额度（元）"), "100000.00")
        self.terms = self._terms_combo()
        form.addRow(self.tr("默认付款方式"), self.terms)
        self.application_received = QCheckBox(self.tr("已收到开户申请书"))
        form.addRow("", self.application_received)
        self._line(form, "application_approved_by", self.tr("审批人"))
        add_calendar(self._line(form, "application_approved_on", self.tr("审批日期"), DATE_HINT),
                     self.ctx.clock.today)
        return page

    def _terms_combo(self) -> QComboBox:
        """The company's payment-terms templates; a new contract's schedule follows the one
        chosen here (设置 › 公司信息与回款规则 keeps the templates)."""
        combo = QComboBox()
        self.templates = terms.get_terms(self.ctx.uow())
        for template in self.templates:
            combo.addItem(template.name, template.name)
        combo.setToolTip(self.tr("新合同的回款计划按此付款方式生成；模板在“设置 › 公司信息与回款规则”中维护"))
        self.field_widgets["payment_terms"] = combo
        return combo

    def _load_terms(self, name: str) -> None:
        """Show the customer's term; a name that is no template (an old "45 天账期", or none)
        is added so that saving keeps it."""
        index = self.terms.findData(name)
        if index < 0:
            self.terms.addItem(name, name)
            index = self.terms.count() - 1
        self.terms.setCurrentIndex(index)

    def _habits_page(self) -> QWidget:
        page, form = QWidget(), QFormLayout()
        page.setLayout(form)
        self._line(form, "payment_approver", self.tr("付款审批人"))
        self._line(form, "usual_payment_day", self.tr("每月付款日"), "25")
        self.invoice = self._combo("invoice_requirement", INVOICE_REQUIREMENTS, INVOICE_REQUIREMENT)
        form.addRow(self.tr("发票要求"), self.invoice)
        self.delivery_proof = QCheckBox(self.tr("需要送货凭证"))
        self.cash_accepted = QCheckBox(self.tr("可收现金"))
        form.addRow("", self.delivery_proof)
        form.addRow("", self.cash_accepted)
        # How late the money has come (services.reports.trend.payment_habit), read off the UI
        # thread: an existing customer only.
        self.habit = QLabel(self.tr("付款习惯：计算中…"))
        self.habit.setObjectName("paymentHabit")
        self.habit.setToolTip(self.tr("近 12 个月收到并已核销的钱，按金额加权：收款日 − 到期日，按时计 0 天"))
        form.addRow("", self.habit)
        if self.customer_id is None:
            self.habit.hide()
        else:
            self._read_habit()
        return page

    def _read_habit(self) -> None:
        from services.reports.trend import payment_habit

        ctx, customer_id = self.ctx, self.customer_id
        run_in_background(lambda: payment_habit(ctx.uow(), customer_id), self._show_habit,
                          lambda _error: self.habit.setText(self.tr("付款习惯：无法计算")), self)

    def _show_habit(self, habit) -> None:
        if habit.avg_days_late is None:
            text = self.tr("付款习惯：近 12 个月没有已核销的回款")
        elif habit.avg_days_late == 0:
            text = self.tr("付款习惯：按时付款（近 12 个月 {count} 笔回款，{amount}）")
        else:
            text = self.tr("付款习惯：平均晚付 {days} 天（近 12 个月 {count} 笔回款，{amount}）")
        self.habit.setText(text.format(days=fmt.number(habit.avg_days_late), count=habit.count,
                                       amount=fmt.money(habit.amount)))

    def _status_page(self) -> QWidget:
        page, form = QWidget(), QFormLayout()
        page.setLayout(form)
        self.status = self._combo("status", CUSTOMER_STATUSES, CUSTOMER_STATUS)
        form.addRow(self.tr("状态"), self.status)
        self._line(form, "status_reason", self.tr("状态原因"))
        self.notes = QPlainTextEdit()
        self.field_widgets["notes"] = self.notes
        form.addRow(self.tr("备注"), self.notes)
        return page

    # -- data ---------------------------------------------------------------
    def _load(self, data: CustomerInput) -> None:
        for field, edit in self.text.items():
            value = getattr(data, field)
            edit.setText(money_text(value) if field == "credit_limit" else value)
        self.rating.setCurrentIndex(self.rating.findData(data.credit_rating))
        self._load_terms(data.payment_terms)
        self.invoice.setCurrentIndex(self.invoice.findData(data.invoice_requirement))
        self.status.setCurrentIndex(self.status.findData(data.status))
        self.application_received.setChecked(data.application_received)
        self.delivery_proof.setChecked(data.delivery_proof_required)
        self.cash_accepted.setChecked(data.cash_accepted)
        self.notes.setPlainText(data.notes)

    def value(self) -> CustomerInput:
        data = CustomerInput(**{field: edit.text() for field, edit in self.text.items()})
        data.credit_rating = self.rating.currentData()
        data.payment_terms = self.terms.currentData()
        data.invoice_requirement = self.invoice.currentData()
        data.status = self.status.currentData()
        data.application_received = self.application_received.isChecked()
        data.delivery_proof_required = self.delivery_proof.isChecked()
        data.cash_accepted = self.cash_accepted.isChecked()
        data.notes = self.notes.toPlainText()
        return data

    def save(self) -> None:
        if self.customer_id is None:
            self.customer_id = customers.create_customer(self.ctx.uow(), self.value())
        else:
            self.version = customers.update_customer(self.ctx.uow(), self.customer_id,
                                                     self.value(), self.version)
