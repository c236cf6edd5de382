"""The payments of a customer, of a contract, or everyone's, with reversal (never deletion).

The list loads lazily by ids (services.ledger.payment_list), newest first; the totals below it
(how many, received, reversed, net) are asked off the UI thread; 导出 Excel… writes every row
listed. Across customers (no customer or contract given) the list also has a filter box, "只看逾期"
(the payments of customers with something overdue today) and the customer's salesperson: for
one customer or one contract those would keep everything or nothing, so they are not shown.
"""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from services.collection import plan
from services.core.errors import ValidationError
from services.core.uow import AppContext
from services.ledger import applications, contracts, customers, payment_list, payments
from services.reports import table as report
from ui import formatting as fmt
from ui import geometry
from ui.error_text import error_message
from ui.events import PAYMENTS, DataEvents
from ui.labels import PAYMENT_METHOD, label
from ui.lazy_model import Column, LazyTableModel
from ui.list_export import ExportStatus, about_lines, ask_xlsx_path, file_stem
from ui.rows_model import EditColumn, RowsModel
from ui.salesperson_combo import fill_salespeople
from ui.worker import run_in_background

TITLES = {
    "date": QT_TRANSLATE_NOOP("PaymentColumns", "日期"),
    "customer": QT_TRANSLATE_NOOP("PaymentColumns", "客户"),
    "amount": QT_TRANSLATE_NOOP("PaymentColumns", "金额"),
    "allocated": QT_TRANSLATE_NOOP("PaymentColumns", "已分配"),
    "method": QT_TRANSLATE_NOOP("PaymentColumns", "方式"),
    "reference": QT_TRANSLATE_NOOP("PaymentColumns", "凭证号"),
    "reversal": QT_TRANSLATE_NOOP("PaymentColumns", "冲销"),
    "reversed": QT_TRANSLATE_NOOP("PaymentColumns", "{day} 冲销：{reason}"),
    # A reversed payment pays nothing: what it had allocated no longer counts.
    "void": QT_TRANSLATE_NOOP("PaymentColumns", "—（已冲销）"),
}


def _title(key: str) -> str:
    return QCoreApplication.translate("PaymentColumns", TITLES[key])


def _reversal(row) -> str:
    if row.reversed_on is None:
        return ""
    return _title("reversed").format(day=fmt.day(row.reversed_on), reason=row.reversal_reason)


def _allocated(row) -> str:
    return _title("void") if row.reversed_on is not None else fmt.money(row.allocated)


def payment_columns(with_customer: bool) -> list[EditColumn]:
    """How a list of payments reads wherever it is shown; a reversal in red."""
    columns = [
        EditColumn(_title("date"), compute=lambda r: fmt.day(r.received_on)),
        EditColumn(_title("customer"), compute=lambda r: r.customer_name),
        EditColumn(_title("amount"), compute=lambda r: fmt.money(r.amount), right=True),
        EditColumn(_title("allocated"), compute=_allocated, right=True,
                   warn=lambda r: r.reversed_on is not None),
        EditColumn(_title("method"), compute=lambda r: label(PAYMENT_METHOD, r.method)),
        EditColumn(_title("reference"), compute=lambda r: r.reference),
        EditColumn(_title("reversal"), compute=_reversal,
                   warn=lambda r: r.reversed_on is not None),
    ]
    return columns if with_customer else columns[:1] + columns[2:]


def list_columns() -> list[Column]:
    """The payments list's columns (the lazily loaded one), read as payment_columns reads."""
    return [
        Column("date", _title("date"), lambda r: r.received_on, fmt.day),
        Column("customer", _title("customer"), lambda r: r.customer_name),
        Column("amount", _title("amount"), lambda r: r.amount, fmt.money, right=True),
        Column("allocated", _title("allocated"), lambda r: r, _allocated, right=True,
               warn=lambda r: r.reversed_on is not None),
        Column("method", _title("method"), lambda r: r.method, lambda m: label(PAYMENT_METHOD, m)),
        Column("reference", _title("reference"), lambda r: r.reference),
        Column("reversal", _title("reversal"), lambda r: r, _reversal,
               warn=lambda r: r.reversed_on is not None),
    ]


class PaymentsDialog(QDialog):
    def __init__(self, ctx: AppContext, events: DataEvents, customer_id: int | None,
                 contract_id: int | None, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("回款记录"))
        self._reversed_on = None  # of the payment whose allocations are shown
        self.ctx, self.events = ctx, events
        self.customer_id, self.contract_id = customer_id, contract_id
        self.everyone = customer_id is None and contract_id is None
        self.rows = LazyTableModel(
            list_columns(), lambda q: payment_list.payment_ids(ctx.uow(), q, customer_id,
                                                               contract_id),
            lambda ids: payment_list.payment_page(ctx.uow(), ids), self)
        self.table = QTableView()
        self.table.setModel(self.rows)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        if not self.everyone:  # a customer's few dozen payments: every column fits them all
            _fit_columns(self.table)
        self.totals = QLabel()
        self.totals.setObjectName("paymentTotals")
        self._totals_job = 0
        self.filter_edit = QLineEdit()
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setPlaceholderText(self.tr("按客户（编码、名称、拼音）或凭证号筛选"))
        self.overdue_check = QCheckBox(self.tr("只看逾期"))
        self.overdue_check.setObjectName("overdueOnly")
        self.overdue_check.setToolTip(self.tr(
            "只显示今天有逾期欠款的客户的回款（回款本身没有逾期之说）"))
        self.salesperson_combo = QComboBox()
        self.salesperson_combo.setObjectName("salespersonFilter")
        self.salesperson_combo.setToolTip(self.tr("客户的业务员"))
        self.salesperson_combo.addItem(self.tr("全部业务员"), "")
        self._filter_timer = QTimer(self, singleShot=True, interval=200)
        self._filter_timer.timeout.connect(self.apply_filter)
        self.filter_edit.textChanged.connect(lambda _t: self._filter_timer.start())
        self.overdue_check.toggled.connect(lambda _on: self.apply_filter())
        self.salesperson_combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        reverse = QPushButton(self.tr("冲销所选回款…"))
        reverse.clicked.connect(self.reverse_selected)
        export = QPushButton(self.tr("导出 Excel…"))
        export.clicked.connect(self.export_excel)
        self.export_status = ExportStatus()
        # Where the selected payment went: the installments it paid, and when.
        self.paid = RowsModel([
            EditColumn(self.tr("合同号"), compute=lambda r: r.contract_number),
            EditColumn(self.tr("到期日"), compute=lambda r: fmt.day(r.due_date)),
            EditColumn(self.tr("核销金额"), compute=lambda r: fmt.money(r.amount), right=True),
            EditColumn(self.tr("核销日期"), compute=lambda r: fmt.day(r.applied_on)),
            EditColumn(self.tr("撤销"), compute=self._undone,
                       warn=lambda r: r.undone_on is not None or self._reversed_on is not None),
        ], lambda: None, self)
        self.paid_table = QTableView()
        self.paid_table.setModel(self.paid)
        self.paid_table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        _fit_columns(self.paid_table)
        undo = QPushButton(self.tr("撤销所选核销…"))
        undo.clicked.connect(self.undo_selected)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(reverse)
        bottom.addWidget(undo)
        bottom.addWidget(export)
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        if self.everyone:
            self.setWindowTitle(self.tr("全部回款"))
            filters = QHBoxLayout()
            filters.addWidget(self.filter_edit, 1)
            filters.addWidget(self.overdue_check)
            filters.addWidget(self.salesperson_combo)
            layout.addLayout(filters)
            fill_salespeople(self.salesperson_combo, self.tr("全部业务员"),
                             plan.salespeople(ctx.uow()))  # the customers' own
        else:
            for widget in (self.filter_edit, self.overdue_check, self.salesperson_combo):
                widget.hide()
        layout.addWidget(self.table, 3)
        layout.addWidget(self.totals)
        layout.addWidget(self.export_status)
        layout.addWidget(QLabel(self.tr("所选回款核销到的分期：")))
        layout.addWidget(self.paid_table, 2)
        layout.addLayout(bottom)
        geometry.remember(self, (1040, 600))
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_paid())
        self.reload()
        if self.everyone and self.rows.rowCount():
            self.table.horizontalHeader().setResizeContentsPrecision(50)  # the first rows
            self.table.resizeColumnsToContents()
        if self.rows.rowCount():
            self.table.selectRow(0)  # where the newest payment went, shown from the start

    def apply_filter(self) -> None:
        self.rows.set_filter(self.filter_edit.text(), overdue_only=self.overdue_check.isChecked(),
                             salesperson=self.salesperson_combo.currentData() or "")
        self._ask_totals()
        self._show_paid()

    def reload(self) -> None:
        self.rows.reload()
        self._ask_totals()
        self._show_paid()

    def _ask_totals(self) -> None:
        """How many and how much, of every payment listed (SQL, off the UI thread)."""
        query, customer_id, contract_id = self.rows.query, self.customer_id, self.contract_id
        self._totals_job += 1
        job = self._totals_job
        self.totals.setText(self.tr("合计计算中…"))
        run_in_background(
            lambda: payment_list.payment_totals(self.ctx.uow(), query, customer_id, contract_id),
            lambda totals: self._show_totals(job, totals),
            lambda error: self._show_totals(job, None, error), self)

    def _show_totals(self, job: int, t, error: Exception | None = None) -> None:
        if job != self._totals_job:
            return  # a newer filter asked since
        if t is None:
            self.totals.setText(self.tr("合计未能计算：{error}").format(error=error))
            return
        text = self.tr(
            "共 {count} 笔　回款合计 {received}　已冲销 {reversed}　净回款 {net}").format(
            count=t.count, received=fmt.money(t.received), reversed=fmt.money(t.reversed),
            net=fmt.money(t.net))
        if t.credit_notes:  # listed among the payments, but not money (not in the sums)
            text += self.tr("　另有退货/折让 {amount}（不是回款，未计入）").format(
                amount=fmt.money(t.credit_notes))
        self.totals.setText(text)

    # -- export -----------------------------------------------------------------------------
    def export_excel(self) -> None:
        """Every payment listed, as the columns read (a reversed one allocates nothing)."""
        if self.export_status.running:
            return
        name = self.windowTitle()
        path = ask_xlsx_path(self, file_stem(name, self.ctx.clock.today()))
        if path:
            self.export_status.run(path, self._table_maker(name))

    def _table_maker(self, name: str):
        ctx, query = self.ctx, self.rows.query
        customer_id, contract_id = self.customer_id, self.contract_id
        words = []
        if query.text.strip():
            words.append(self.tr("包含“{text}”").format(text=query.text.strip()))
        if query.overdue_only:
            words.append(self.tr("只看逾期（今天有逾期欠款的客户）"))
        if query.salesperson:
            words.append(self.tr("业务员：{name}").format(name=query.salesperson))
        about = about_lines(ctx.clock.today(), words, amounts_as_of=False)
        of_customer, of_contract = self.tr("客户：{code} {name}"), self.tr("合同：{number}")
        columns = [report.Column(_title("date"), report.DATE),
                   report.Column(_title("customer"), report.TEXT),
                   report.Column(_title("amount"), report.MONEY),
                   report.Column(_title("allocated"), report.MONEY),
                   report.Column(_title("method"), report.TEXT),
                   report.Column(_title("reference"), report.TEXT),
                   report.Column(_title("reversal"), report.TEXT)]
        total_words = self.tr("合计（{count} 笔）")
        net_words = self.tr("其中已冲销 {reversed}，净回款 {net}；已冲销的回款不再分配任何分期。")
        notes_words = self.tr("另有退货/折让 {amount}：列在表中，不是回款，未计入回款合计。")
        methods = {code: label(PAYMENT_METHOD, code) for code in PAYMENT_METHOD}

        def make() -> report.ReportTable:
            rows = payment_list.payment_list_rows(ctx.uow(), query, customer_id, contract_id)
            scope = []
            if customer_id is not None:
                data = customers.get_customer(ctx.uow(), customer_id).data
                scope.append(of_customer.format(code=data.code, name=data.name))
            if contract_id is not None:
                scope.append(of_contract.format(
                    number=contracts.get_contract(ctx.uow(), contract_id).number))
            cells = [[r.received_on, r.customer_name, r.amount,
                      None if r.reversed_on is not None else r.allocated,
                      methods.get(r.method, r.method), r.reference, _reversal(r)]
                     for r in rows]
            totals = payment_list.PaymentTotals.of_rows(rows)  # credit notes are not money
            allocated = sum((c[3] for c in cells if c[3] is not None), Decimal("0.00"))
            return report.ReportTable(
                name, columns, cells, about=scope + about,
                totals=[total_words.format(count=len(rows)), None, totals.received, allocated,
                        None, None, None],
                notes=[net_words.format(reversed=fmt.money(totals.reversed),
                                        net=fmt.money(totals.net))]
                + ([notes_words.format(amount=fmt.money(totals.credit_notes))]
                   if totals.credit_notes else []),
                sheet_name=name)

        return make

    def _selected_payment(self):
        index = self.table.currentIndex()
        return self.rows.row_at(index.row()) if index.isValid() else None

    def _show_paid(self) -> None:
        payment = self._selected_payment()
        self._reversed_on = payment.reversed_on if payment is not None else None
        self.paid.set_rows(applications.payment_allocations(self.ctx.uow(), payment.id)
                           if payment is not None else [])

    def _undone(self, row) -> str:
        """How an allocation stopped counting: undone by itself, or with its payment."""
        if row.undone_on is not None:
            return self.tr("{day} 撤销：{reason}").format(day=fmt.day(row.undone_on),
                                                        reason=row.undo_reason)
        if self._reversed_on is not None:
            return self.tr("{day} 随回款冲销，不再计入").format(day=fmt.day(self._reversed_on))
        return ""

    def undo_selected(self) -> None:
        index = self.paid_table.currentIndex()
        if not index.isValid():
            return
        row = self.paid.rows[index.row()]
        reason, ok = QInputDialog.getText(self, self.tr("撤销核销"), self.tr(
            "撤销核销到 {number}（{day} 到期）的 {amount}，这笔钱回到客户的预收款。请填写原因：").format(
                number=row.contract_number, day=fmt.day(row.due_date),
                amount=fmt.money(row.amount)))
        if not ok:
            return
        try:
            applications.undo_application(self.ctx.uow(), row.id, reason)
        except ValidationError as error:
            QMessageBox.warning(self, self.tr("撤销核销"), error_message(error))
            return
        self.events.announce(PAYMENTS)
        current = self.table.currentIndex().row()
        self.reload()
        self.table.selectRow(current)

    def reverse_selected(self) -> None:
        payment = self._selected_payment()
        if payment is None:
            return
        reason, ok = QInputDialog.getText(self, self.tr("冲销回款"), self.tr(
            "冲销 {day} 的回款 {amount}。请填写原因：").format(
                day=fmt.day(payment.received_on), amount=fmt.money(payment.amount)))
        if not ok:
            return
        try:
            payments.reverse_payment(self.ctx.uow(), payment.id, reason)
        except ValidationError as error:
            QMessageBox.warning(self, self.tr("冲销回款"), error_message(error))
            return
        self.events.announce(PAYMENTS)
        self.reload()


def _fit_columns(view: QTableView) -> None:
    """Every column as wide as what it holds: references and reasons are read whole (the
    table scrolls sideways rather than cut them)."""
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(False)
