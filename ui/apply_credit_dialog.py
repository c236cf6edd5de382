"""Apply a customer's credit (核销预收款) to what they owe: oldest due first, or by hand."""
from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPushButton, QTableView

from services.core.errors import ValidationError
from services.core.parsing import parse_money
from services.core.uow import AppContext
from services.ledger import applications, payments
from services.ledger.applications import ApplicationInput
from services.ledger.balances import OpenInstallment
from services.ledger.payments import AllocationInput
from ui import formatting as fmt
from ui.date_field import add_calendar
from ui.entry_text import money_text
from ui.form_dialog import FormDialog
from ui.labels import amount_label
from ui.rows_model import EditColumn, RowsModel


@dataclass(frozen=True)
class _Row:
    item: OpenInstallment
    amount: str = ""


class ApplyCreditDialog(FormDialog):
    """`contract_id`: that contract's installments come first (a contract that just became
    owed). `applied` holds the yuan applied once saved."""

    default_size = (680, 520)

    def __init__(self, ctx: AppContext, customer_id: int, customer_label: str = "",
                 contract_id: int | None = None, parent=None) -> None:
        super().__init__(self.tr("核销预收款"), parent)
        self.ctx, self.customer_id, self.contract_id = ctx, customer_id, contract_id
        self.applied = Decimal("0.00")
        self.credit = applications.available_credit(ctx.uow(), customer_id)
        form = QFormLayout()
        if customer_label:
            form.addRow(self.tr("客户"), QLabel(customer_label))
        form.addRow(amount_label("credit"), QLabel(fmt.money(self.credit)))
        self.applied_on = QLineEdit(ctx.clock.today().isoformat())
        add_calendar(self.applied_on, ctx.clock.today)
        form.addRow(self.tr("核销日期 *"), self.applied_on)
        self.field_widgets["applied_on"] = self.applied_on
        self.body.addLayout(form)
        self.rows = RowsModel([
            EditColumn(self.tr("合同号"), compute=lambda r: r.item.contract_number),
            EditColumn(self.tr("到期日"), compute=lambda r: fmt.day(r.item.due_date)),
            EditColumn(self.tr("尚欠"), compute=lambda r: fmt.money(r.item.remaining), right=True),
            EditColumn(self.tr("本次核销"), "amount", right=True),
        ], lambda: None, self)
        self.rows.edited.connect(self._update_summary)
        self.table = QTableView()
        self.table.setModel(self.rows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.body.addWidget(self.table, 1)
        self.field_widgets["allocations"] = self.table
        auto = QPushButton(self.tr("按到期先后自动分配"))
        auto.clicked.connect(self.fill_oldest_first)
        self.body.addWidget(auto)
        self.summary = QLabel()
        self.body.addWidget(self.summary)
        items = payments.open_installments(ctx.uow(), customer_id)
        self.rows.set_rows([_Row(item) for item in items])
        self.fill_oldest_first()

    def fill_oldest_first(self) -> None:
        plan = dict(payments.auto_allocation([r.item for r in self.rows.rows], self.credit,
                                             self.contract_id))
        self.rows.set_rows([replace(r, amount=money_text(plan.get(r.item.id)))
                            for r in self.rows.rows])
        self._update_summary()

    def _update_summary(self) -> None:
        total = Decimal("0.00")
        for row in self.rows.rows:
            try:
                total += parse_money(row.amount, "amount", required=False) or 0
            except ValidationError:
                pass
        self.summary.setText(self.tr("本次核销 {applied}，核销后剩余预收款 {left}").format(
            applied=fmt.money(total), left=fmt.money(self.credit - total)))

    def value(self) -> ApplicationInput:
        return ApplicationInput(
            applied_on=self.applied_on.text(), contract_id=self.contract_id,
            allocations=[AllocationInput(r.item.id, r.amount) for r in self.rows.rows])

    def save(self) -> None:
        self.applied = applications.apply_credit(self.ctx.uow(), self.customer_id, self.value())

    def show_error(self, error: ValidationError) -> None:
        super().show_error(error)
        parts = error.field.split(".")
        if parts[0] == "allocations" and len(parts) == 3 and parts[1].isdigit():
            self.table.setCurrentIndex(self.rows.index(int(parts[1]) - 1, 3))
