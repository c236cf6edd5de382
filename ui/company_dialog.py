"""Our company's details, printed on every document, the delivery rule, the collection rules
and the payment-terms templates: three tabs of one settings dialog."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from services.admin import company
from services.admin.company import CompanyInfo
from services.collection import rules
from services.core.errors import ValidationError
from services.core.uow import AppContext
from services.ledger import terms
from services.ledger.terms import TermsInput
from ui.form_dialog import FormDialog
from ui.labels import term_words
from ui.rows_model import EditColumn, RowsModel


class CompanyDialog(FormDialog):
    default_size = (680, 560)  # fits a 1366×768 office screen; the three parts are tabs

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
        self._hint_branch_code(self.edits["branch_code"])
        self.rule = QCheckBox(self.tr("价格确认书签回后才能标记为已发货"))
        self.rule.setChecked(info.price_confirmation_before_delivery)
        form.addRow("", self.rule)
        details = QWidget()
        details.setLayout(form)
        self.tabs = QTabWidget()
        self.tabs.addTab(details, self.tr("公司信息"))
        self.tabs.addTab(self._rules_page(rules.get_rules(ctx.uow())), self.tr("回款规则"))
        self.tabs.addTab(self._terms_page(terms.get_terms(ctx.uow())), self.tr("付款方式模板"))
        self.body.addWidget(self.tabs, 1)

    def _hint_branch_code(self, edit: QLineEdit) -> None:
        """What the branch code may be (services.admin.company: 1–6 letters or digits), said
        before it is refused."""
        rule = self.tr("1–6 位英文字母或数字，如 BJ")
        edit.setPlaceholderText(rule)
        edit.setToolTip(self.tr("用于单据编号，如 BJ-2026-00042；{rule}").format(rule=rule))

    def _rules_page(self, current: rules.CollectionRules) -> QWidget:
        """How early to chase, how strict the hold, how often to follow up by rating."""
        box = QWidget()
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
        self.aging_edges = QLineEdit(rules.edges_text(current.aging_edges))
        self.aging_edges.setPlaceholderText("30, 60, 90, 180, 365")
        self.aging_edges.setToolTip(self.tr(
            "账龄表各列的最后一天（逾期天数），用逗号隔开；例如 30, 60, 90 得到"
            " 未到期、1–30、31–60、61–90、90 以上 五列。空为默认。"))
        form.addRow(self.tr("账龄分段（天）"), self.aging_edges)
        self.field_widgets["aging_edges"] = self.aging_edges
        self.reminder_on = QCheckBox(self.tr("到期前发付款提醒（1 级）"))
        self.reminder_on.setToolTip(self.tr("在“提前提醒天数”内到期的分期，先发一封付款提醒函"))
        self.reminder_on.setChecked(current.reminder_on)
        form.addRow(self.tr("催款函"), self.reminder_on)
        self.dunning_days: dict[int, QLineEdit] = {}
        titles = {2: self.tr("催款通知（2 级）自逾期第几天"), 3: self.tr("逾期警告函（3 级）自逾期第几天"),
                  4: self.tr("律师函（4 级）自逾期第几天")}
        for level, title in titles.items():
            edit = QLineEdit(str(current.dunning_days[level]))
            form.addRow(title, edit)
            self.dunning_days[level] = edit
            self.field_widgets[f"dunning_days_{level}"] = edit
        self.limitation_warn = QLineEdit(str(current.limitation_warn_months))
        self.limitation_warn.setToolTip(self.tr(
            "诉讼时效（三年）届满前多少个月开始提醒：发催款函并留存送达凭证，或请客户确认对账单。"
            "仅为提醒，不构成法律意见。"))
        form.addRow(self.tr("诉讼时效提前提醒（月）"), self.limitation_warn)
        self.field_widgets["limitation_warn_months"] = self.limitation_warn
        return box

    # -- payment terms ----------------------------------------------------------------------

    def _terms_page(self, templates: list[terms.PaymentTerms]) -> QWidget:
        """The payment-terms templates customers get as their default: a name, and the parts
        typed as text ("30%定金@签订+0; 70%@发货+60"), with what they mean beside them."""
        box = QWidget()
        layout = QVBoxLayout(box)
        hint = QLabel(self.tr(
            "每期写作“比例%[定金]@签订/发货/月末+天数”，各期用分号隔开，比例合计 100%；"
            "月末指发货当月最后一天（月结）。例：30%定金@签订+0; 70%@发货+60"))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.terms_model = RowsModel([
            EditColumn(self.tr("名称"), "name"),
            EditColumn(self.tr("各期"), "parts"),
            EditColumn(self.tr("含义"), compute=self._describe, warn=self._unreadable),
        ], TermsInput, self)
        self.terms_model.set_rows(terms.terms_inputs(templates, term_words()))
        self.terms_view = QTableView()
        self.terms_view.setModel(self.terms_model)
        self.terms_view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        header = self.terms_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 230)
        header.setStretchLastSection(True)
        layout.addWidget(self.terms_view, 1)
        add, remove = QPushButton(self.tr("添加模板")), QPushButton(self.tr("删除模板"))
        add.clicked.connect(lambda: self.terms_view.setCurrentIndex(
            self.terms_model.index(self.terms_model.append(), 0)))
        remove.clicked.connect(lambda: self.terms_model.remove(
            self.terms_view.currentIndex().row()))
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.field_widgets["payment_terms"] = self.terms_view
        return box

    def _parts_of(self, row: TermsInput) -> tuple[terms.TermPart, ...] | None:
        try:
            return terms.parse_parts(row.parts, "parts")
        except ValidationError:
            return None

    def _unreadable(self, row: TermsInput) -> bool:
        return self._parts_of(row) is None

    def _describe(self, row: TermsInput) -> str:
        """What the parts mean, in words: "签订时付 30%（定金）；发货后 60 天付 70%"."""
        parts = self._parts_of(row)
        if parts is None:
            return self.tr("无法识别，请按上面的写法填写") if row.parts.strip() else ""
        said = []
        for part in parts:
            percent = format(part.percent.normalize(), "f")
            if part.base == "month_end":
                when = (self.tr("发货当月月末后 {days} 天").format(days=part.days) if part.days
                        else self.tr("发货当月月末"))
            elif part.days:
                when = (self.tr("签订后 {days} 天") if part.base == "signing"
                        else self.tr("发货后 {days} 天")).format(days=part.days)
            else:
                when = self.tr("签订时") if part.base == "signing" else self.tr("发货时")
            text = self.tr("{when}付 {percent}%").format(when=when, percent=percent)
            said.append(text + self.tr("（定金）") if part.is_deposit else text)
        return self.tr("；").join(said)

    def show_error(self, error: ValidationError) -> None:
        super().show_error(error)
        parts = error.field.split(".")
        if parts[0] == "payment_terms" and len(parts) == 3 and parts[1].isdigit():
            self.terms_view.setCurrentIndex(self.terms_model.index(
                int(parts[1]) - 1, self.terms_model.column_of(parts[2])))

    def save(self) -> None:
        values = {field: edit.text() for field, edit in self.edits.items()}
        self.version = company.save_settings(
            self.ctx.uow(),
            CompanyInfo(**values, price_confirmation_before_delivery=self.rule.isChecked()),
            rules.RulesInput(self.alert_days.text(), self.grace_days.text(),
                             {rating: edit.text() for rating, edit in self.follow_up.items()},
                             self.late_fee.text(), self.aging_edges.text(),
                             {level: edit.text() for level, edit in self.dunning_days.items()},
                             self.reminder_on.isChecked(), self.limitation_warn.text()),
            self.version, list(self.terms_model.rows))
        self.edits["branch_code"].setText(company.get_company(self.ctx.uow()).branch_code)
