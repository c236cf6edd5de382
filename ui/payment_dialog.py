"""Record a payment (回款) and see where it goes: oldest due first, or by hand."""
from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal
from functools import partial

from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QTableView,
)

from services.core.codes import PAYMENT_METHODS
from services.core.errors import ValidationError
from services.core.parsing import parse_date, parse_money
from services.core.uow import AppContext
from services.ledger import customers, payments
from services.ledger.payments import AllocationInput, OpenInstallment, PaymentInput
from ui import formatting as fmt
from ui.customer_box import CustomerBox
from ui.date_field import add_calendar
from ui.entry_text import money_text
from ui.form_dialog import FormDialog
from ui.labels import PAYMENT_METHOD, label
from ui.rows_model import EditColumn, RowsModel


@dataclass(frozen=True)
class AllocationRow:
    item: OpenInstallment
    amount: str = ""


class PaymentDialog(FormDialog):
    default_size = (680, 560)

    def __init__(self, ctx: AppContext, customer_id: int | None = None,
                 contract_id: int | None = None, parent=None) -> None:
        super().__init__(self.tr("记录回款"), parent)
        self.ctx = ctx
        self.contract_id = contract_id
        self.payment_id: int | None = None
        self._build_form(customer_id)
        self._build_allocation()
        self._check_as_typed()
        self.customer.currentIndexChanged.connect(lambda _i: self._load_open_items())
        self.amount.textChanged.connect(lambda _t: self._refresh_allocation())
        self._load_open_items()
        self.amount.setFocus()

    def _build_form(self, customer_id: int | None) -> None:
        form = QFormLayout()
        self.customer = CustomerBox(customers.customer_choices(self.ctx.uow()))
        self.customer.select_id(customer_id)
        self.received_on = QLineEdit(self.ctx.clock.today().isoformat())
        self.amount = QLineEdit()
        self.amount.setPlaceholderText("10000.00")
        self.method = QComboBox()
        for code in PAYMENT_METHODS:
            self.method.addItem(label(PAYMENT_METHOD, code), code)
        self.reference = QLineEdit()
        self.note = QLineEdit()
        for caption, widget, field in [
                (self.tr("客户 *"), self.customer, "customer"),
                (self.tr("回款日期 *"), self.received_on, "received_on"),
                (self.tr("金额（元） *"), self.amount, "amount"),
                (self.tr("回款方式"), self.method, "method"),
                (self.tr("凭证号"), self.reference, "reference"),
                (self.tr("备注"), self.note, "note")]:
            form.addRow(caption, widget)
            self.field_widgets[field] = widget
        self.body.addLayout(form)

    def _build_allocation(self) -> None:
        self.auto = QRadioButton(self.tr("自动分配（最早到期优先）"))
        self.manual = QRadioButton(self.tr("手动分配"))
        self.auto.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.auto)
        group.addButton(self.manual)
        self.auto.toggled.connect(lambda _on: self._refresh_allocation())
        modes = QHBoxLayout()
        modes.addWidget(self.auto)
        modes.addWidget(self.manual)
        modes.addStretch(1)
        self.body.addLayout(modes)
        self.rows = RowsModel([
            EditColumn(self.tr("合同号"), compute=lambda r: r.item.contract_number),
            EditColumn(self.tr("到期日"), compute=lambda r: fmt.day(r.item.due_date)),
            EditColumn(self.tr("尚欠"), compute=lambda r: fmt.money(r.item.remaining), right=True),
            EditColumn(self.tr("本次分配"), "amount", right=True),
        ], lambda: None, self)
        self.rows.edited.connect(self._update_left)
        self.table = QTableView()
        self.table.setModel(self.rows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.body.addWidget(self.table, 1)
        self.field_widgets["allocations"] = self.table
        self.left_label = QLabel()
        self.body.addWidget(self.left_label)

    def _check_as_typed(self) -> None:
        """Hints while typing, by the rules record_payment applies on save."""
        add_calendar(self.received_on, self.ctx.clock.today)
        self.check_as_typed("received_on", parse_date)
        self.check_as_typed("amount", partial(parse_money, positive=True))
        self.check_cells_as_typed(self.table, "allocations",
                                  {"amount": partial(parse_money, required=False)})

    def _load_open_items(self) -> None:
        customer_id = self.customer.currentData()
        items = payments.open_installments(self.ctx.uow(), customer_id) if customer_id else []
        self.rows.set_rows([AllocationRow(item) for item in items])
        self._refresh_allocation()

    def _typed_amount(self) -> Decimal | None:
        try:
            return parse_money(self.amount.text(), "amount", required=False)
        except ValidationError:
            return None

    def _refresh_allocation(self) -> None:
        manual = self.manual.isChecked()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers if manual
                                   else QAbstractItemView.EditTrigger.NoEditTriggers)
        if not manual:
            plan = dict(payments.auto_allocation([r.item for r in self.rows.rows],
                                                 self._typed_amount() or Decimal(0),
                                                 self.contract_id))
            self.rows.set_rows([replace(r, amount=money_text(plan.get(r.item.id)))
                                for r in self.rows.rows])
        self._update_left()

    def _update_left(self) -> None:
        allocated = Decimal("0.00")
        for row in self.rows.rows:
            try:
                allocated += parse_money(row.amount, "amount", required=False) or 0
            except ValidationError:
                pass
        left = (self._typed_amount() or Decimal("0.00")) - allocated
        self.left_label.setText(self.tr("已分配 {allocated}，未分配（转为客户预收款）{left}").format(
            allocated=fmt.money(allocated), left=fmt.money(left)))

    def value(self) -> PaymentInput:
        allocations = None
        if self.manual.isChecked():
            allocations = [AllocationInput(r.item.id, r.amount) for r in self.rows.rows]
        return PaymentInput(
            customer_id=self.customer.chosen_id(), received_on=self.received_on.text(),
            amount=self.amount.text(), method=self.method.currentData(),
            reference=self.reference.text(), note=self.note.text(),
            contract_id=self.contract_id, allocations=allocations)

    def save(self) -> None:
        self.payment_id = payments.record_payment(self.ctx.uow(), self.value())

    def show_error(self, error: ValidationError) -> None:
        super().show_error(error)
        parts = error.field.split(".")
        if parts[0] == "allocations" and len(parts) == 3 and parts[1].isdigit():
            self.table.setCurrentIndex(self.rows.index(int(parts[1]) - 1, 3))
