"""Add or edit a contract: customer, product lines and the exact payment schedule."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from services.collection.credit import CreditHoldError
from services.core.codes import CONTRACT_STATUSES
from services.core.errors import ValidationError
from services.core.parsing import parse_date, parse_decimal
from services.core.statuses import is_delivering
from services.core.uow import AppContext
from services.ledger import contracts, customers
from services.ledger.contracts import ContractInput, InstallmentInput, LineInput
from ui import formatting as fmt
from ui.credit_hold_dialog import CreditHoldDialog, reason_text
from ui.form_dialog import FormDialog
from ui.labels import CONTRACT_STATUS, label
from ui.rows_model import EditColumn, RowsModel


def _line_amount(line: LineInput) -> Decimal | None:
    try:
        quantity = parse_decimal(line.quantity, "quantity", 3)
        price = parse_decimal(line.unit_price, "unit_price", 4)
    except ValidationError:
        return None
    return contracts.line_amount(quantity, price)


def _sum(values) -> Decimal:
    return sum((v for v in values if v is not None), Decimal("0.00"))


class ContractDialog(FormDialog):
    default_size = (920, 760)

    def __init__(self, ctx: AppContext, contract_id: int | None = None,
                 customer_id: int | None = None, parent=None) -> None:
        super().__init__(self.tr("新建合同") if contract_id is None else self.tr("编辑合同"), parent)
        self.ctx = ctx
        self.contract_id = contract_id
        self.number = ""
        self.received = Decimal("0.00")
        self.status_before: str | None = None
        self.version: int | None = None
        self.override_reason = ""
        self.choices = customers.customer_choices(ctx.uow())
        self._build_header()
        self._build_lines()
        self._build_schedule()
        self.summary = QLabel()
        self.body.addWidget(self.summary)
        if contract_id is not None:
            detail = contracts.get_contract(ctx.uow(), contract_id)
            self.number = detail.number
            self.received = detail.received
            self.status_before = detail.status
            self.version = detail.version  # what a save expects to find
            if detail.credit_override:
                override = QLabel(self.tr("信用控制经理放行：{text}").format(
                    text=detail.credit_override))
                override.setObjectName("creditOverride")
                override.setStyleSheet("color: #8a5a00;")
                self.body.addWidget(override)
            self.setWindowTitle(self.tr("编辑合同 {number}").format(number=detail.number))
            self._load(detail.as_input())
        else:
            from services.collection.rules import get_rules

            self._load(ContractInput(customer_id=customer_id,
                                     signed_on=ctx.clock.today().isoformat(), lines=[LineInput()],
                                     late_fee_percent=get_rules(ctx.uow()).late_fee_percent))
        self._update_summary()

    # -- building -----------------------------------------------------------
    def _build_header(self) -> None:
        form = QFormLayout()
        self.customer = QComboBox()
        self.customer.setEditable(True)
        self.customer.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for choice in self.choices:
            self.customer.addItem(f"{choice.code}  {choice.name}", choice.id)
        self.customer.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.customer.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.customer.currentIndexChanged.connect(self._customer_changed)
        self.salesperson = QLineEdit()
        self.signed_on = QLineEdit()
        self.delivery_on = QLineEdit()
        self.status = QComboBox()
        for code in CONTRACT_STATUSES:
            if code != "closed":
                self.status.addItem(label(CONTRACT_STATUS, code), code)
        self.price_confirmation = QLineEdit()
        self.iou = QLineEdit()
        self.delivery_note_no = QLineEdit()
        self.late_fee = QLineEdit()
        self.late_fee.setPlaceholderText(self.tr("例如 0.05 即每日万分之五；空为不收"))
        self.notes = QLineEdit()
        for edit in (self.signed_on, self.delivery_on, self.price_confirmation, self.iou):
            edit.setPlaceholderText("2026-01-31")
        rows = [(self.tr("客户 *"), self.customer, "customer"),
                (self.tr("业务员"), self.salesperson, "salesperson"),
                (self.tr("签订日期 *"), self.signed_on, "signed_on"),
                (self.tr("发货日期"), self.delivery_on, "delivery_on"),
                (self.tr("状态"), self.status, "status"),
                (self.tr("价格确认书签回日期"), self.price_confirmation, "price_confirmation_signed_on"),
                (self.tr("欠款确认书签回日期"), self.iou, "iou_signed_on"),
                (self.tr("送货单号"), self.delivery_note_no, "delivery_note_no"),
                (self.tr("滞纳金（每日 %）"), self.late_fee, "late_fee_percent"),
                (self.tr("备注"), self.notes, "notes")]
        for caption, widget, field in rows:
            form.addRow(caption, widget)
            self.field_widgets[field] = widget
        self.body.addLayout(form)

    def _table_box(self, title: str, model: RowsModel, field: str, extra=()) -> QTableView:
        view = QTableView()
        view.setModel(model)
        view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        view.horizontalHeader().setStretchLastSection(True)
        add, remove = QPushButton(self.tr("添加行")), QPushButton(self.tr("删除行"))
        add.clicked.connect(lambda: view.setCurrentIndex(model.index(model.append(), 0)))
        remove.clicked.connect(lambda: model.remove(view.currentIndex().row()))
        buttons = QHBoxLayout()
        for button in (add, remove, *extra):
            buttons.addWidget(button)
        buttons.addStretch(1)
        box = QGroupBox(title)
        layout = QVBoxLayout(box)
        layout.addWidget(view)
        layout.addLayout(buttons)
        self.body.addWidget(box, 1)
        self.field_widgets[field] = view
        model.edited.connect(self._update_summary)
        return view

    def _build_lines(self) -> None:
        self.lines = RowsModel([
            EditColumn(self.tr("产品名称"), "product"), EditColumn(self.tr("规格"), "spec"),
            EditColumn(self.tr("单位"), "unit"),
            EditColumn(self.tr("数量"), "quantity", right=True),
            EditColumn(self.tr("单价"), "unit_price", right=True),
            EditColumn(self.tr("金额"), compute=lambda r: fmt.money(_line_amount(r)), right=True),
        ], LineInput, self)
        self.lines_view = self._table_box(self.tr("产品明细"), self.lines, "lines")

    def _build_schedule(self) -> None:
        by_term = QPushButton(self.tr("按账期生成"))
        by_term.setToolTip(self.tr("一期：发货日期（未填则签订日期）+ 客户账期，金额为合同总额"))
        by_term.clicked.connect(self.fill_by_term)
        self.schedule = RowsModel([
            EditColumn(self.tr("到期日"), "due_date"),
            EditColumn(self.tr("金额"), "amount", right=True),
        ], InstallmentInput, self)
        self.schedule_view = self._table_box(self.tr("回款计划（分期）"), self.schedule,
                                             "installments", (by_term,))

    # -- behaviour ----------------------------------------------------------
    def total(self) -> Decimal:
        return _sum(_line_amount(line) for line in self.lines.rows)

    def _update_summary(self) -> None:
        scheduled = Decimal("0.00")
        for item in self.schedule.rows:
            try:
                scheduled += parse_decimal(item.amount, "amount", 2, required=False) or 0
            except ValidationError:
                pass
        total = self.total()
        text = (self.tr("合同总额 {total}　已排期 {scheduled}　差额 {gap}　已回款 {received}")
                if self.received else self.tr("合同总额 {total}　已排期 {scheduled}　差额 {gap}"))
        self.summary.setText(text.format(
            total=fmt.money(total), scheduled=fmt.money(scheduled),
            gap=fmt.money(total - scheduled), received=fmt.money(self.received)))

    def _customer_changed(self, _index: int) -> None:
        choice = self._current_choice()
        if choice is not None and not self.salesperson.text():
            self.salesperson.setText(choice.salesperson)

    def _current_choice(self):
        customer_id = self.customer.currentData()
        return next((c for c in self.choices if c.id == customer_id), None)

    def fill_by_term(self) -> None:
        choice = self._current_choice()
        if choice is None:
            self.show_error(ValidationError("customer", "required"))
            return
        try:
            start = (parse_date(self.delivery_on.text(), "delivery_on", required=False)
                     or parse_date(self.signed_on.text(), "signed_on"))
            self.schedule.set_rows(contracts.schedule_by_term(self.total(), start,
                                                              choice.payment_term_days))
        except ValidationError as error:
            self.show_error(error)

    def _load(self, data: ContractInput) -> None:
        if data.customer_id is not None:
            self.customer.setCurrentIndex(self.customer.findData(data.customer_id))
        else:
            self.customer.setCurrentIndex(-1)
        self.salesperson.setText(data.salesperson)
        self.signed_on.setText(data.signed_on)
        self.delivery_on.setText(data.delivery_on)
        self.status.setCurrentIndex(max(0, self.status.findData(data.status)))
        if data.status == "closed":
            self.status.addItem(label(CONTRACT_STATUS, "closed"), "closed")
            self.status.setCurrentIndex(self.status.count() - 1)
        self.price_confirmation.setText(data.price_confirmation_signed_on)
        self.iou.setText(data.iou_signed_on)
        self.delivery_note_no.setText(data.delivery_note_no)
        self.late_fee.setText(data.late_fee_percent)
        self.notes.setText(data.notes)
        self.lines.set_rows(data.lines)
        self.schedule.set_rows(data.installments)

    def _chosen_customer_id(self) -> int | None:
        """The customer picked; None when the typed text names no customer in the list."""
        index = self.customer.currentIndex()
        if index < 0 or self.customer.currentText() != self.customer.itemText(index):
            return None
        return self.customer.itemData(index)

    def value(self) -> ContractInput:
        return ContractInput(
            customer_id=self._chosen_customer_id(), salesperson=self.salesperson.text(),
            signed_on=self.signed_on.text(), delivery_on=self.delivery_on.text(),
            status=self.status.currentData(), lines=list(self.lines.rows),
            installments=list(self.schedule.rows),
            price_confirmation_signed_on=self.price_confirmation.text(),
            iou_signed_on=self.iou.text(), delivery_note_no=self.delivery_note_no.text(),
            late_fee_percent=self.late_fee.text(), notes=self.notes.text(),
            credit_override_reason=self.override_reason)

    def ask_override(self, error: CreditHoldError) -> None:
        """Show why the contract is held; a manager's reason lets it through."""
        hold = CreditHoldDialog(error.check, self)
        if hold.exec() == QDialog.DialogCode.Accepted:
            self.override_reason = hold.reason.text()
            self.try_save()
        else:
            self.show_notice(self.tr("因信用控制未保存：{reasons}").format(
                reasons=self.tr("；").join(reason_text(code, error.check)
                                          for code in error.check.reasons)))

    def became_delivered(self) -> bool:
        """Saved as delivered just now (created so, or changed to it)."""
        return (self.result() == QDialog.DialogCode.Accepted
                and is_delivering(self.status_before, self.status.currentData()))

    def save(self) -> None:
        if self.contract_id is None:
            self.contract_id, self.number = contracts.create_contract(self.ctx.uow(), self.value())
        else:
            self.version = contracts.update_contract(self.ctx.uow(), self.contract_id,
                                                     self.value(), self.version)

    def show_error(self, error: ValidationError) -> None:
        if isinstance(error, CreditHoldError):
            self.ask_override(error)
            return
        super().show_error(error)
        parts = error.field.split(".")
        if len(parts) == 3 and parts[1].isdigit():
            view, model = ((self.lines_view, self.lines) if parts[0] == "lines"
                           else (self.schedule_view, self.schedule))
            view.setCurrentIndex(model.index(int(parts[1]) - 1, model.column_of(parts[2])))
