"""The contracts tab (合同): what was agreed, what came back, what is next due."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QPushButton

from services.core.listing import ListQuery
from services.core.statuses import starts_owing
from services.core.uow import AppContext
from services.documents.content import IOU, PRICE_CONFIRMATION
from services.ledger import applications, contract_list
from ui import formatting as fmt
from ui.apply_credit_dialog import ApplyCreditDialog
from ui.ask import ask
from ui.contract_dialog import ContractDialog
from ui.document_dialog import DocumentDialog
from ui.events import CONTRACTS, PAYMENTS, DataEvents
from ui.labels import CONTRACT_STATUS, amount_label, label, yes_no
from ui.lazy_model import Column, LazyTableModel
from ui.list_tab import ListTab
from ui.papers_dialog import PapersDialog


class ContractsTab(ListTab):
    def __init__(self, ctx: AppContext, events: DataEvents, record_payment, show_payments,
                 parent=None) -> None:
        self.ctx = ctx
        self.events = events
        self.customer_only: int | None = None  # 客户 › 查看合同: one customer's contracts
        model = LazyTableModel(self._columns(ctx.clock.today),
                               lambda q: contract_list.contract_ids(ctx.uow(), q,
                                                                    self.customer_only),
                               lambda ids: contract_list.contract_rows(ctx.uow(), ids))
        # Newest contracts first: numbers grow with time within a branch.
        super().__init__(model, CONTRACT_STATUS, parent, Qt.SortOrder.DescendingOrder)
        self.filter_edit.setPlaceholderText(self.tr("按合同号、客户、业务员筛选（Ctrl+F）"))
        self.add_button(self.tr("新建合同"), lambda: self.new_contract())
        self.add_button(self.tr("编辑"), self.open_selected)
        self.add_button(self.tr("记录回款"), lambda: record_payment(None, self.selected_id()))
        self.add_button(self.tr("回款记录"), lambda: show_payments(None, self.selected_id()), primary=False)
        self.add_button(self.tr("价格确认书…"), lambda: self.print_document(PRICE_CONFIRMATION), primary=False)
        self.add_button(self.tr("欠款确认书…"), lambda: self.print_document(IOU), primary=False)
        self.add_button(self.tr("单据与签回件…"), self.show_papers, primary=False)
        self.customer_chip = QPushButton()
        self.customer_chip.setToolTip(self.tr("点击显示全部客户的合同"))
        self.customer_chip.clicked.connect(lambda: self.show_customer(None))
        self.customer_chip.hide()
        self.filter_row.insertWidget(1, self.customer_chip)
        self._customer_name = ""
        self.add_export()
        self.overdue_check.setToolTip(self.tr(
            "只显示今天有逾期欠款的合同：应收的分期到期日在今天之前仍未付清（下次到期日显示为红色）"))
        self.salesperson_combo.setToolTip(self.tr("合同的业务员"))
        events.changed.connect(self._on_changed)

    # -- the filters, totals and export (services.ledger.contract_list) -------------------
    def salespeople(self) -> list[str]:
        return contract_list.contract_salespeople(self.ctx.uow())

    def scope(self) -> int | None:
        return self.customer_only

    def totals_of(self, query: ListQuery, customer_id) -> contract_list.ContractTotals:
        return contract_list.contract_totals(self.ctx.uow(), query, customer_id)

    def totals_text(self, totals: contract_list.ContractTotals) -> str:
        return self.tr("合计（{count} 份合同）：合同金额 {total}　已回款 {received}　"
                       "{owed_title} {owed}　{committed_title} {committed}").format(
            count=totals.count, total=fmt.money(totals.total),
            received=fmt.money(totals.received), owed_title=amount_label("owed"),
            owed=fmt.money(totals.outstanding), committed_title=amount_label("committed"),
            committed=fmt.money(totals.committed))

    def rows_of(self, query: ListQuery, customer_id) -> list[contract_list.ContractRow]:
        return contract_list.contract_list_rows(self.ctx.uow(), query, customer_id)

    def export_name(self) -> str:
        return self.tr("合同列表")

    def filter_words(self) -> list[str]:
        words = super().filter_words()
        if self.customer_only is not None:
            words.insert(0, self.tr("客户：{name}").format(name=self._customer_name))
        return words

    def _columns(self, today) -> list[Column]:
        return [
            Column("number", self.tr("合同号"), lambda r: r.number),
            Column("customer", self.tr("客户"), lambda r: r.customer_name),
            Column("salesperson", self.tr("业务员"), lambda r: r.salesperson),
            Column("signed_on", self.tr("签订日期"), lambda r: r.signed_on, fmt.day),
            Column("total", self.tr("合同金额"), lambda r: r.total, fmt.money, right=True),
            Column("received", self.tr("已回款"), lambda r: r.received, fmt.money, right=True),
            Column("outstanding", amount_label("owed"), lambda r: r.outstanding, fmt.money,
                   right=True),
            Column("committed", amount_label("committed"), lambda r: r.committed, fmt.money,
                   right=True),
            Column("next_due", self.tr("下次到期"), lambda r: r.next_due, fmt.day,
                   warn=lambda r: r.next_due is not None and r.next_due < today()),
            Column("status", self.tr("状态"), lambda r: r.status,
                   lambda s: label(CONTRACT_STATUS, s)),
            Column("price_confirmation", self.tr("价格确认书"),
                   lambda r: r.price_confirmation_signed, yes_no),
            Column("iou", self.tr("欠款确认书"), lambda r: r.iou_signed, yes_no),
        ]

    def show_customer(self, customer_id: int | None, name: str = "") -> None:
        """Only this customer's contracts (None: everyone's again)."""
        self.customer_only = customer_id
        self._customer_name = name
        self.customer_chip.setText(self.tr("只看客户：{name}  ✕").format(name=name))
        self.customer_chip.setVisible(customer_id is not None)
        self.model.set_query(self.model.query)

    def selected_customer_id(self) -> int | None:
        """The selected contract's customer (for 记录回款 from the keyboard)."""
        contract_id = self.selected_id()
        if contract_id is None:
            return None
        row = self.model.row_at(self.model.row_of(contract_id))
        return row.customer_id if row is not None else None

    def _on_changed(self, kinds: set) -> None:
        self.on_data_changed(kinds)

    def new_contract(self, customer_id: int | None = None) -> None:
        """A new contract, for this customer when given (from the customers tab)."""
        dialog = ContractDialog(self.ctx, customer_id=customer_id or self.customer_only,
                                parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.events.announce(CONTRACTS)
            self.select_id(dialog.contract_id)
            self._offer_credit(dialog)
            self._offer_iou(dialog)

    def open_selected(self) -> None:
        contract_id = self.selected_id()
        if contract_id is None:
            return
        dialog = ContractDialog(self.ctx, contract_id, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.events.announce(CONTRACTS)
            self._offer_credit(dialog)
            self._offer_iou(dialog)

    def _offer_credit(self, dialog: ContractDialog) -> None:
        """The contract just started to owe: if the customer's money is waiting as credit,
        offer to apply it here first (the same dialog as 回款档案 › 核销预收款…)."""
        data = dialog.value()
        if not starts_owing(dialog.status_before, data.status,
                            any(i.is_deposit for i in data.installments)):
            return
        credit = applications.available_credit(self.ctx.uow(), data.customer_id)
        if credit <= 0 or not ask(
                self, self.tr("核销预收款"),
                self.tr("该客户有预收款 {credit} 尚未核销。").format(credit=fmt.money(credit)),
                self.tr("现在核销到合同 {number} 吗？").format(number=dialog.number)):
            return
        apply = ApplyCreditDialog(self.ctx, data.customer_id, contract_id=dialog.contract_id,
                                  parent=self)
        if apply.exec() == QDialog.DialogCode.Accepted:
            self.events.announce(PAYMENTS)

    def _offer_iou(self, dialog: ContractDialog) -> None:
        """Goods just left: the moment to have the customer sign the IOU."""
        if dialog.became_delivered() and ask(
                self, self.tr("已发货"),
                self.tr("合同 {number} 已标记为已发货。").format(number=dialog.number),
                self.tr("现在打印欠款确认书，请客户签字盖章吗？")):
            DocumentDialog(self.ctx, IOU, contract_id=dialog.contract_id, parent=self).exec()

    def print_document(self, kind: str) -> None:
        contract_id = self.selected_id()
        if contract_id is not None:
            DocumentDialog(self.ctx, kind, contract_id=contract_id, parent=self).exec()

    def show_papers(self) -> None:
        contract_id = self.selected_id()
        if contract_id is not None:
            row = self.model.row_at(self.model.row_of(contract_id))
            PapersDialog(self.ctx, contract_id, row.number, self).exec()
            self.events.announce(CONTRACTS)
