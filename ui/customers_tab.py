"""The customers tab (客户): who owes what, at a glance."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog

from services.collection import plan
from services.core.listing import ListQuery
from services.core.uow import AppContext
from services.documents.content import IOU
from services.ledger import customers
from ui import formatting as fmt
from ui.customer_dialog import CustomerDialog
from ui.document_dialog import DocumentDialog
from ui.events import (
    CONTRACTS,
    CUSTOMERS,
    FOLLOW_UPS,
    LEGAL_ACTIONS,
    PAYMENTS,
    PLAN,
    PROMISES,
    DataEvents,
)
from ui.labels import CUSTOMER_STATUS, amount_label, label
from ui.lazy_model import Column, LazyTableModel
from ui.list_tab import ListTab
from ui.merge_customers_dialog import MergeCustomersDialog

if TYPE_CHECKING:
    from ui.collection_record_dialog import CollectionRecordDialog


class CustomersTab(ListTab):
    def __init__(self, ctx: AppContext, events: DataEvents, record_payment, show_payments,
                 open_record, parent=None, *, new_contract=None, show_contracts=None) -> None:
        self.ctx = ctx
        self.events = events
        model = LazyTableModel(self._columns(),
                               lambda q: customers.customer_ids(ctx.uow(), q),
                               lambda ids: customers.customer_rows(ctx.uow(), ids))
        super().__init__(model, CUSTOMER_STATUS, parent)
        self.filter_edit.setPlaceholderText(self.tr("按编码、名称、电话、业务员筛选（Ctrl+F）"))
        self.add_button(self.tr("新建客户"), self.new_customer)
        self.add_button(self.tr("编辑"), self.open_selected)
        self.add_button(self.tr("记录回款"), lambda: record_payment(self.selected_id(), None))
        self.add_button(self.tr("回款记录"), lambda: show_payments(self.selected_id(), None), primary=False)
        self.add_button(self.tr("欠款确认书…"), self.print_iou, primary=False)
        self.add_button(self.tr("回款档案…"), self.open_record, primary=False)
        if new_contract is not None:
            self.add_button(self.tr("新建合同…"), lambda: self._with_selected(new_contract),
                            primary=False)
        if show_contracts is not None:
            self.add_button(self.tr("查看合同"), lambda: self._with_selected(
                lambda cid: show_contracts(cid, self._selected_name())), primary=False)
        self.add_button(self.tr("合并客户…"), self.merge_selected, primary=False)
        self.add_export()
        self.overdue_check.setToolTip(self.tr(
            "只显示今天有逾期欠款的客户：应收的分期（已发货合同及定金）到期日在今天之前仍未付清"))
        self.salesperson_combo.setToolTip(self.tr("客户的业务员"))
        self._open_record = open_record
        events.changed.connect(self._on_changed)

    # -- the filters, totals and export (services.ledger.customers) ----------------------
    def salespeople(self) -> list[str]:
        return plan.salespeople(self.ctx.uow())  # the customers' own

    def totals_of(self, query: ListQuery, _scope) -> customers.CustomerTotals:
        return customers.customer_totals(self.ctx.uow(), query)

    def totals_text(self, totals: customers.CustomerTotals) -> str:
        return self.tr("合计（{count} 个客户）：信用额度 {limit}　{owed_title} {owed}　"
                       "{overdue_title} {overdue}").format(
            count=totals.count, limit=fmt.money(totals.credit_limit),
            owed_title=amount_label("owed"), owed=fmt.money(totals.outstanding),
            overdue_title=amount_label("overdue"), overdue=fmt.money(totals.overdue))

    def rows_of(self, query: ListQuery, _scope) -> list[customers.CustomerRow]:
        return customers.customer_list_rows(self.ctx.uow(), query)

    def export_name(self) -> str:
        return self.tr("客户列表")

    def _columns(self) -> list[Column]:
        return [
            Column("code", self.tr("编码"), lambda r: r.code),
            Column("name", self.tr("客户名称"), lambda r: r.name),
            Column("salesperson", self.tr("业务员"), lambda r: r.salesperson),
            Column("phone", self.tr("电话"), lambda r: r.phone),
            Column("credit_rating", self.tr("信用等级"), lambda r: r.credit_rating),
            Column("credit_limit", self.tr("信用额度"), lambda r: r.credit_limit, fmt.money,
                   right=True),
            Column("payment_terms", self.tr("付款方式"), lambda r: r.payment_terms),
            Column("outstanding", amount_label("owed"), lambda r: r.outstanding, fmt.money,
                   right=True),
            Column("overdue", amount_label("overdue"), lambda r: r.overdue, fmt.money, right=True,
                   warn=lambda r: r.overdue > 0),
            Column("status", self.tr("状态"), lambda r: r.status,
                   lambda s: label(CUSTOMER_STATUS, s), warn=lambda r: r.status != "active"),
        ]

    def new_customer(self) -> None:
        dialog = CustomerDialog(self.ctx, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.events.announce(CUSTOMERS)
            self.select_id(dialog.customer_id)

    def open_selected(self) -> None:
        customer_id = self.selected_id()
        if customer_id is None:
            return
        if CustomerDialog(self.ctx, customer_id, self).exec() == QDialog.DialogCode.Accepted:
            self.events.announce(CUSTOMERS)

    def merge_selected(self) -> None:
        """Merge the selected customer into another one (ui.merge_customers_dialog); the
        kept one is selected afterwards."""
        customer_id = self.selected_id()
        if customer_id is None:
            return
        dialog = MergeCustomersDialog(self.ctx, customer_id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.merged is not None:
            self.events.announce(CUSTOMERS, CONTRACTS, PAYMENTS, PLAN, PROMISES, FOLLOW_UPS,
                                 LEGAL_ACTIONS)
            self.select_id(dialog.merged.kept_id)

    def print_iou(self) -> None:
        """One IOU for everything the customer owes, across contracts."""
        customer_id = self.selected_id()
        if customer_id is not None:
            DocumentDialog(self.ctx, IOU, customer_id=customer_id, parent=self).exec()

    def open_record(self) -> CollectionRecordDialog | None:
        """The selected customer's collection record (one window per customer)."""
        customer_id = self.selected_id()
        return self._open_record(customer_id) if customer_id is not None else None

    def _with_selected(self, act) -> None:
        customer_id = self.selected_id()
        if customer_id is not None:
            act(customer_id)

    def _selected_name(self) -> str:
        row = self.model.row_at(self.table.currentIndex().row())
        return f"{row.code} {row.name}" if row is not None else ""

    def _on_changed(self, kinds: set) -> None:
        self.on_data_changed(kinds)
