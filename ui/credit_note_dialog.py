"""A return or an allowance (退货 / 折让) against one of the customer's delivered contracts, and a
preview of what it does: how much it takes off what is owed, and what becomes credit."""
from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal

from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QRadioButton,
    QTableView,
    QWidget,
)

from services.core.errors import NotFound, ValidationError
from services.core.parsing import parse_decimal, parse_money
from services.core.uow import AppContext
from services.documents.wording import unit_price
from services.ledger import credit_notes
from services.ledger.balances import OpenInstallment
from services.ledger.credit_notes import (
    CreditLineInput,
    CreditNoteForm,
    CreditNoteInput,
    ReductionInput,
    ReturnableLine,
)
from ui import formatting as fmt
from ui.date_field import add_calendar
from ui.entry_text import money_text
from ui.form_dialog import ERROR_STYLE, FormDialog
from ui.rows_model import EditColumn, RowsModel

ZERO = Decimal("0.00")


@dataclass(frozen=True)
class ReturnRow:
    line: ReturnableLine
    quantity: str = ""   # 退货数量, as typed


@dataclass(frozen=True)
class ReductionRow:
    item: OpenInstallment
    amount: str = ""     # 本次冲减, as typed (by hand) or as planned (latest due first)


class CreditNoteDialog(FormDialog):
    """New return or allowance for `customer_id` (on `contract_id` when given)."""

    default_size = (860, 720)

    def __init__(self, ctx: AppContext, customer_id: int, contract_id: int | None = None,
                 parent=None) -> None:
        super().__init__(self.tr("退货/折让"), parent)
        self.ctx, self.customer_id = ctx, customer_id
        self.credit_note_id: int | None = None
        self.number = ""
        self.form: CreditNoteForm | None = None
        self._build_form(contract_id)
        self._build_lines()
        self._build_reductions()
        self.effect = QLabel()
        self.effect.setWordWrap(True)
        self.body.addWidget(self.effect)
        self.contract.currentIndexChanged.connect(lambda _i: self._load_contract())
        self.return_kind.toggled.connect(lambda _on: self._show_kind())
        self.amount.textChanged.connect(lambda _t: self._refresh())
        self._load_contract()
        self._show_kind()

    # -- building ------------------------------------------------------------------------------
    def _build_form(self, contract_id: int | None) -> None:
        form = QFormLayout()
        self.fields = form
        self.contract = QComboBox()
        for choice in credit_notes.creditable_contracts(self.ctx.uow(), self.customer_id):
            self.contract.addItem(self.tr("{number}（签订 {day}，合同总额 {total}）").format(
                number=choice.number, day=fmt.day(choice.signed_on),
                total=fmt.money(choice.total)), choice.id)
        if contract_id is not None and self.contract.findData(contract_id) >= 0:
            self.contract.setCurrentIndex(self.contract.findData(contract_id))
        self.contract_info = QLabel()
        self.return_kind = QRadioButton(self.tr("退货"))
        self.allowance_kind = QRadioButton(self.tr("折让"))
        self.return_kind.setChecked(True)
        kinds = QButtonGroup(self)
        kinds.addButton(self.return_kind)
        kinds.addButton(self.allowance_kind)
        kind_row = QWidget()
        row = QHBoxLayout(kind_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.return_kind)
        row.addWidget(self.allowance_kind)
        row.addStretch(1)
        self.issued_on = QLineEdit(self.ctx.clock.today().isoformat())
        add_calendar(self.issued_on, self.ctx.clock.today)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("如：包装破损、质量问题、价格调整"))
        self.amount = QLineEdit()
        self.amount.setPlaceholderText("1000.00")
        for caption, widget, field in [
                (self.tr("合同 *"), self.contract, "contract"),
                ("", self.contract_info, None),
                (self.tr("类型"), kind_row, "kind"),
                (self.tr("日期 *"), self.issued_on, "issued_on"),
                (self.tr("原因 *"), self.reason, "reason"),
                (self.tr("折让金额（元） *"), self.amount, "amount")]:
            form.addRow(caption, widget)
            if field:
                self.field_widgets[field] = widget
        self.body.addLayout(form)

    def _table(self, model: RowsModel, stretch: int | None = None) -> QTableView:
        """A table sized to its contents; the `stretch` column (if any) takes the room left, so
        numbers stay beside their labels rather than at the far edge."""
        view = QTableView()
        view.setModel(model)
        view.verticalHeader().hide()
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        if stretch is not None:
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(90)
        return view

    def _build_lines(self) -> None:
        self.lines_caption = QLabel(self.tr("在“退货数量”一列填写退回的数量："))
        self.lines = RowsModel([
            EditColumn(self.tr("产品名称"), compute=lambda r: r.line.product),
            EditColumn(self.tr("规格"), compute=lambda r: r.line.spec),
            EditColumn(self.tr("单位"), compute=lambda r: r.line.unit),
            EditColumn(self.tr("供货数量"), compute=lambda r: fmt.number(r.line.quantity),
                       right=True),
            EditColumn(self.tr("已退数量"), compute=lambda r: fmt.number(r.line.returned),
                       right=True),
            EditColumn(self.tr("单价"), compute=lambda r: unit_price(r.line.unit_price),
                       right=True),
            EditColumn(self.tr("退货数量"), "quantity", right=True),
            EditColumn(self.tr("金额"), compute=self._line_amount_text, right=True),
        ], lambda: None, self)
        self.lines.edited.connect(self._refresh)
        self.lines_view = self._table(self.lines, 0)
        self.lines_view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.body.addWidget(self.lines_caption)
        self.body.addWidget(self.lines_view, 1)
        self.field_widgets["lines"] = self.lines_view

    def _build_reductions(self) -> None:
        self.auto = QRadioButton(self.tr("自动冲减（最晚到期的分期优先）"))
        self.manual = QRadioButton(self.tr("手动指定冲减的分期和金额"))
        self.auto.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.auto)
        group.addButton(self.manual)
        self.auto.toggled.connect(lambda _on: self._refresh())
        modes = QHBoxLayout()
        modes.addWidget(self.auto)
        modes.addWidget(self.manual)
        modes.addStretch(1)
        self.body.addLayout(modes)
        self.reductions = RowsModel([
            EditColumn(self.tr("到期日"), compute=lambda r: fmt.day(r.item.due_date)),
            EditColumn(self.tr("分期金额"), compute=lambda r: fmt.money(r.item.amount), right=True),
            EditColumn(self.tr("尚欠"), compute=lambda r: fmt.money(r.item.remaining), right=True),
            EditColumn(self.tr("本次冲减"), "amount", right=True),
        ], lambda: None, self)
        self.reductions.edited.connect(self._show_effect)
        self.reductions_view = self._table(self.reductions)
        self.body.addWidget(self.reductions_view, 1)
        self.field_widgets["reductions"] = self.reductions_view

    # -- showing -------------------------------------------------------------------------------
    def _load_contract(self) -> None:
        contract_id = self.contract.currentData()
        self.form = None
        if contract_id is not None:
            try:
                self.form = credit_notes.credit_note_form(self.ctx.uow(), contract_id)
            except (NotFound, ValidationError):  # delivered no longer (changed meanwhile)
                self.form = None
        if self.form is None:
            self.contract_info.setText(self.tr("该客户没有已发货的合同，不能退货或折让。")
                                       if self.contract.count() == 0 else "")
            self.lines.set_rows([])
            self.reductions.set_rows([])
        else:
            info = self.form.contract
            self.contract_info.setText(
                self.tr("合同总额 {total}，此前退货/折让 {credited}，尚欠 {unpaid}").format(
                    total=fmt.money(info.total), credited=fmt.money(info.credited),
                    unpaid=fmt.money(self.form.unpaid)))
            self.lines.set_rows([ReturnRow(line) for line in self.form.lines])
            self.reductions.set_rows([ReductionRow(item) for item in self.form.open_installments])
        self._refresh()

    def _show_kind(self) -> None:
        is_return = self.return_kind.isChecked()
        self.fields.setRowVisible(self.amount, not is_return)
        self.lines_caption.setVisible(is_return)
        self.lines_view.setVisible(is_return)
        self._refresh()

    def _line_amount(self, row: ReturnRow) -> Decimal | None:
        try:
            quantity = parse_decimal(row.quantity, "quantity", 3, required=False)
        except ValidationError:
            return None
        if not quantity:
            return None
        return credit_notes.return_amount(quantity, row.line.unit_price)

    def _line_amount_text(self, row: ReturnRow) -> str:
        amount = self._line_amount(row)
        return fmt.money(amount) if amount is not None else ""

    def credit_amount(self) -> Decimal:
        """What the note would credit, from what is typed so far (unreadable parts left out)."""
        if self.return_kind.isChecked():
            return sum((a for a in map(self._line_amount, self.lines.rows) if a), ZERO)
        try:
            return parse_money(self.amount.text(), "amount", required=False) or ZERO
        except ValidationError:
            return ZERO

    def _refresh(self) -> None:
        manual = self.manual.isChecked()
        self.reductions_view.setEditTriggers(
            QAbstractItemView.EditTrigger.AllEditTriggers if manual
            else QAbstractItemView.EditTrigger.NoEditTriggers)
        if not manual:
            plan = dict(credit_notes.latest_first([r.item for r in self.reductions.rows],
                                                  self.credit_amount()))
            self.reductions.set_rows([replace(r, amount=money_text(plan.get(r.item.id)))
                                      for r in self.reductions.rows])
        self._show_effect()

    def reduced_amount(self) -> Decimal:
        total = ZERO
        for row in self.reductions.rows:
            try:
                total += parse_money(row.amount, "amount", required=False) or ZERO
            except ValidationError:
                pass
        return total

    def _show_effect(self) -> None:
        amount, reduced = self.credit_amount(), self.reduced_amount()
        surplus = amount - reduced
        if surplus < 0:
            text = self.tr("冲减合计 {reduced} 超过退货/折让金额 {amount}").format(
                reduced=fmt.money(reduced), amount=fmt.money(amount))
        elif surplus:
            text = self.tr("金额 {amount}：冲减应收 {reduced}；超出部分 {surplus} 转为客户预收款").format(
                amount=fmt.money(amount), reduced=fmt.money(reduced), surplus=fmt.money(surplus))
        else:
            text = self.tr("金额 {amount}：冲减应收 {reduced}").format(
                amount=fmt.money(amount), reduced=fmt.money(reduced))
        self.effect.setText(text)
        self.effect.setStyleSheet(ERROR_STYLE if surplus < 0 else "")

    # -- saving --------------------------------------------------------------------------------
    def value(self) -> CreditNoteInput:
        is_return = self.return_kind.isChecked()
        reductions = None
        if self.manual.isChecked():
            reductions = [ReductionInput(r.item.id, r.amount) for r in self.reductions.rows]
        return CreditNoteInput(
            contract_id=self.contract.currentData(),
            kind="return" if is_return else "allowance",
            issued_on=self.issued_on.text(), reason=self.reason.text(),
            lines=[CreditLineInput(r.line.contract_line_id, r.quantity) for r in self.lines.rows]
            if is_return else [],
            amount="" if is_return else self.amount.text(), reductions=reductions)

    def save(self) -> None:
        self.credit_note_id, self.number = credit_notes.create_credit_note(
            self.ctx.uow(), self.value())

    def show_error(self, error: ValidationError) -> None:
        super().show_error(error)
        parts = error.field.split(".")
        if len(parts) == 3 and parts[1].isdigit():
            row = int(parts[1]) - 1
            if parts[0] == "lines":
                self.lines_view.setCurrentIndex(
                    self.lines.index(row, self.lines.column_of("quantity")))
            elif parts[0] == "reductions":
                self.reductions_view.setCurrentIndex(
                    self.reductions.index(row, self.reductions.column_of("amount")))
