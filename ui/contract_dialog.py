"""Add or edit a contract: customer, product lines and the exact payment schedule."""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from functools import partial

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from services.collection.credit import CreditHoldError
from services.core.codes import CONTRACT_STATUSES
from services.core.errors import ValidationError
from services.core.parsing import (
    parse_date,
    parse_decimal,
    parse_money,
    parse_quantity,
    parse_unit_price,
)
from services.core.statuses import is_delivering
from services.core.uow import AppContext
from services.ledger import contracts, customers, terms
from services.ledger.contracts import ContractInput, InstallmentInput, LineInput
from ui import formatting as fmt
from ui.ask import ask
from ui.credit_hold_dialog import CreditHoldDialog, reason_text
from ui.customer_box import CustomerBox
from ui.date_field import add_calendar
from ui.entry_table import EntryTable
from ui.entry_text import money_text, price_text, quantity_text
from ui.form_dialog import FormDialog
from ui.labels import CONTRACT_STATUS, label, term_words
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


def _typed_line(line: LineInput) -> LineInput:
    """A stored line as the user would type it: "1,234.50", not "1234.5"."""
    return replace(line, quantity=quantity_text(line.quantity),
                   unit_price=price_text(line.unit_price))


def _typed_schedule(items: list[InstallmentInput]) -> list[InstallmentInput]:
    """Installments with their amounts as the user would type them: "151,843.50"."""
    return [replace(item, amount=money_text(item.amount)) for item in items]


class ContractDialog(FormDialog):
    default_size = (960, 680)

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
        self._check_as_typed()
        self.summary = QLabel()
        self.body.addWidget(self.summary)
        if contract_id is not None:
            detail = contracts.get_contract(ctx.uow(), contract_id)
            self.number = detail.number
            self.received = detail.received
            self.status_before = detail.status
            self.version = detail.version  # what a save expects to find
            self.planned_delivery = detail.delivery_on  # a later delivery offers to shift
            if detail.credit_override:
                override = QLabel(self.tr("信用控制经理放行：{text}").format(
                    text=detail.credit_override))
                override.setObjectName("creditOverride")
                override.setStyleSheet("color: #8a5a00;")
                self.body.addWidget(override)
            self.setWindowTitle(self.tr("编辑合同 {number}").format(number=detail.number))
            self._load(detail.as_input())
            from ui.invoice_dialog import InvoicesLine

            self.invoices = InvoicesLine(ctx, contract_id, detail.number, self)  # saved apart
            self.body.addWidget(self.invoices)
        else:
            from services.collection.rules import get_rules

            self._load(ContractInput(customer_id=customer_id,
                                     signed_on=ctx.clock.today().isoformat(), lines=[LineInput()],
                                     late_fee_percent=get_rules(ctx.uow()).late_fee_percent))
        self._update_summary()

    # -- building -----------------------------------------------------------
    def _build_header(self) -> None:
        form = QGridLayout()
        self.customer = CustomerBox(self.choices)
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
        # Two fields a row (the customer and the notes across): on a 768-pixel screen the
        # lines and the schedule keep room for several rows each. Tab goes along each row.
        rows = [[(self.tr("客户 *"), self.customer, "customer")],
                [(self.tr("业务员"), self.salesperson, "salesperson"),
                 (self.tr("状态"), self.status, "status")],
                [(self.tr("签订日期 *"), self.signed_on, "signed_on"),
                 (self.tr("发货日期"), self.delivery_on, "delivery_on")],
                [(self.tr("价格确认书签回日期"), self.price_confirmation,
                  "price_confirmation_signed_on"),
                 (self.tr("欠款确认书签回日期"), self.iou, "iou_signed_on")],
                [(self.tr("送货单号"), self.delivery_note_no, "delivery_note_no"),
                 (self.tr("滞纳金（每日 %）"), self.late_fee, "late_fee_percent")],
                [(self.tr("备注"), self.notes, "notes")]]
        for row, pairs in enumerate(rows):
            for column, (caption, widget, field) in enumerate(pairs):
                form.addWidget(QLabel(caption), row, 2 * column)
                form.addWidget(widget, row, 2 * column + 1, 1, 3 if len(pairs) == 1 else 1)
                self.field_widgets[field] = widget
        form.setColumnStretch(1, 1)
        form.setColumnStretch(3, 1)
        self.body.addLayout(form)

    def _table_box(self, title: str, model: RowsModel, field: str, extra=(),
                   stretch: int = 1) -> QTableView:
        view = EntryTable()  # Tab adds a row at the end, Ctrl+Tab leaves
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
        self.body.addWidget(box, stretch)
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
        self.lines_view = self._table_box(self.tr("产品明细"), self.lines, "lines", stretch=3)
        header = self.lines_view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the product's name
        for column, width in ((1, 130), (2, 60), (3, 90), (4, 110), (5, 130)):
            header.resizeSection(column, width)

    def _build_schedule(self) -> None:
        self.templates = terms.get_terms(self.ctx.uow())
        self.planned_delivery = None
        self._slip_asked_for = None  # the delivery day the shift was offered for
        self._slip_applied = 0       # days already shifted in this dialog
        self.terms_picker = QComboBox()
        self.terms_picker.setMinimumContentsLength(10)
        for template in self.templates:
            self.terms_picker.addItem(template.name, template.name)
        self.terms_picker.currentIndexChanged.connect(self._show_terms)
        self.field_widgets["payment_terms"] = self.terms_picker
        by_terms = QPushButton(self.tr("按付款方式生成"))
        by_terms.setToolTip(self.tr(
            "按所选付款方式重新生成各期：金额按比例拆分（尾差计入最后一期），到期日从签订日期、"
            "发货日期（未填则签订日期）或发货当月月末起算"))
        by_terms.clicked.connect(self.fill_by_terms)
        self.terms_parts = QLabel()
        self.terms_parts.setObjectName("termsParts")
        self.terms_parts.setStyleSheet("color: #555;")
        self.schedule = RowsModel([
            EditColumn(self.tr("到期日"), "due_date"),
            EditColumn(self.tr("金额"), "amount", right=True),
            EditColumn(self.tr("定金"), "is_deposit", check=True),
        ], InstallmentInput, self)
        self.schedule_view = self._table_box(
            self.tr("回款计划（分期）"), self.schedule, "installments",
            (QLabel(self.tr("付款方式")), self.terms_picker, by_terms, self.terms_parts), stretch=2)
        header = self.schedule_view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self._show_terms()

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
        self._pick_customer_terms(choice)

    def _current_choice(self):
        customer_id = self.customer.currentData()
        return next((c for c in self.choices if c.id == customer_id), None)


    def _chosen_terms(self) -> terms.PaymentTerms | None:
        name = self.terms_picker.currentData()
        return None if name is None else terms.find_terms(self.templates, name)

    def _show_terms(self) -> None:
        chosen = self._chosen_terms()
        self.terms_parts.setText(
            "" if chosen is None else terms.format_parts(chosen.parts, term_words()))

    def _pick_customer_terms(self, choice) -> None:
        """The customer's default term in the picker (a name like "45 天账期" that is no
        template is added: it is understood all the same)."""
        if choice is None or not choice.payment_terms:
            return
        index = self.terms_picker.findData(choice.payment_terms)
        if index < 0:
            try:
                terms.find_terms(self.templates, choice.payment_terms)
            except ValidationError:
                return  # a name no longer understood: leave the picker as it is
            self.terms_picker.addItem(choice.payment_terms, choice.payment_terms)
            index = self.terms_picker.count() - 1
        self.terms_picker.setCurrentIndex(index)

    def fill_by_terms(self) -> None:
        """The schedule from the chosen payment terms, the contract total, the signing day and
        the delivery day (the planned one; the signing day when none is typed)."""
        try:
            chosen = self._chosen_terms()
            if chosen is None:
                raise ValidationError("payment_terms", "required")
            signed_on = parse_date(self.signed_on.text(), "signed_on")
            delivery_on = parse_date(self.delivery_on.text(), "delivery_on", required=False)
            self.schedule.set_rows(_typed_schedule(terms.schedule_from_terms(
                chosen, self.total(), signed_on, delivery_on)))
        except ValidationError as error:
            self.show_error(error)

    def _offer_slip_shift(self) -> None:
        """Goods left later than planned: offer to move the installments that run from delivery
        (all but the deposits) by as many days. Asked once per delivery day typed."""
        if self.contract_id is None or not is_delivering(self.status_before,
                                                         self.status.currentData()):
            return
        try:
            delivered = (parse_date(self.delivery_on.text(), "delivery_on", required=False)
                         or self.ctx.clock.today())
        except ValidationError:
            return  # the save says what is wrong with the date
        days = contracts.delivery_slip_days(self.planned_delivery, delivered) - self._slip_applied
        if days <= 0 or delivered == self._slip_asked_for:
            return
        self._slip_asked_for = delivered
        if not ask(self, self.tr("发货晚于计划"),
                   self.tr("发货比计划晚 {days} 天。").format(days=days),
                   self.tr("把发货后的各期到期日顺延 {days} 天吗？").format(days=days)):
            return
        try:
            shifted = contracts.shift_due_dates(self.schedule.rows, days)
        except ValidationError:
            return  # the save points at the due date that does not read
        self.schedule.set_rows(shifted)
        self._slip_applied += days

    def _load(self, data: ContractInput) -> None:
        self.customer.select_id(data.customer_id)
        self._pick_customer_terms(self._current_choice())  # also when the index did not move
        choice = self._current_choice()
        if not data.salesperson and self.contract_id is None and choice is not None:
            self.salesperson.setText(choice.salesperson)  # a new one: the customer's
        else:
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
        self.lines.set_rows([_typed_line(line) for line in data.lines])
        self.schedule.set_rows(_typed_schedule(data.installments))

    def _chosen_customer_id(self) -> int | None:
        """The customer picked; None when the typed text names no customer in the list."""
        return self.customer.chosen_id()

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
            self._offer_slip_shift()
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

    def _check_as_typed(self) -> None:
        """Hints while typing, by the rules create_contract and update_contract apply on save."""
        for field in ("signed_on", "delivery_on", "price_confirmation_signed_on",
                      "iou_signed_on"):
            add_calendar(self.field_widgets[field], self.ctx.clock.today)
        self.check_as_typed("signed_on", parse_date)
        self.check_as_typed("delivery_on", parse_date)
        self.check_as_typed("late_fee_percent", contracts.parse_late_fee_percent)
        self.check_cells_as_typed(self.lines_view, "lines", {"quantity": parse_quantity,
                                                             "unit_price": parse_unit_price})
        self.check_cells_as_typed(self.schedule_view, "installments", {
            "due_date": parse_date, "amount": partial(parse_money, positive=True)})
