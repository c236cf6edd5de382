"""A customer's collection record (回款档案): everything about chasing them in one window.

Opening it asks the record once; a page's columns are sized from its texts when the page is
first seen (after a reload, again when next seen), the returns page asks for its notes only when
opened.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from services.collection.limitation import CustomerLimitation, customer_limitation
from services.collection.record import CollectionRecord, collection_record
from services.core.errors import NotFound
from services.core.uow import AppContext
from ui import formatting as fmt
from ui.credit_notes_page import CreditNotesPage
from ui.events import FOLLOW_UPS, LEGAL_ACTIONS, PAYMENTS, PROMISES, DataEvents
from ui.follow_up_dialog import FollowUpDialog
from ui.labels import (
    CUSTOMER_STATUS,
    FOLLOW_UP_CHANNEL,
    PROMISE_STATUS,
    amount_help,
    amount_label,
    label,
)
from ui.payments_dialog import payment_columns
from ui.promise_dialog import PromiseDialog
from ui.rows_model import EditColumn, RowsModel
from ui.table_widths import fit_rows

RED = "color: #b3261e;"
# What last restarted an installment's limitation clock (services.collection.limitation).
RESTART_WORDS = {
    "demand": QT_TRANSLATE_NOOP("CollectionRecordDialog", "催款函送达"),
    "statement": QT_TRANSLATE_NOOP("CollectionRecordDialog", "对账单确认"),
    "iou": QT_TRANSLATE_NOOP("CollectionRecordDialog", "欠款确认书"),
    "promise": QT_TRANSLATE_NOOP("CollectionRecordDialog", "承诺回款"),
    "payment": QT_TRANSLATE_NOOP("CollectionRecordDialog", "部分回款"),
    "legal_action": QT_TRANSLATE_NOOP("CollectionRecordDialog", "法律行动"),
}


class CollectionRecordDialog(QDialog):
    def __init__(self, ctx: AppContext, events: DataEvents, customer_id: int,
                 parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.events, self.customer_id = ctx, events, customer_id
        self.record: CollectionRecord | None = None
        self.setWindowTitle(self.tr("回款档案"))
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_header())
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self._unsized: set[QTableView] = set()  # tables whose columns wait for their page
        self._build_installments()
        self._build_payments()
        self._build_promises()
        self._build_follow_ups()
        # Returns and allowances: the page keeps itself up to date.
        self.credit_notes = CreditNotesPage(ctx, events, customer_id, self)
        self.tabs.addTab(self.credit_notes, self.tr("退货/折让"))
        # Dunning letters and their sendings: the page keeps itself up to date.
        from ui.dunning_letters_page import DunningLettersPage

        self.letters = DunningLettersPage(ctx, events, customer_id, self)
        self.tabs.addTab(self.letters, self.tr("催款函"))
        # 证据材料包…: everything a lawyer needs, one PDF, made in the background.
        from ui.evidence_bar import EvidenceBar

        self.evidence = EvidenceBar(ctx, customer_id, self)
        layout.addWidget(self.evidence)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.resize(980, 600)
        events.changed.connect(self._on_changed)
        self.tabs.currentChanged.connect(lambda _i: self._fit_current_page())
        self.reload()

    # -- building ------------------------------------------------------------------------------
    def _build_header(self) -> QGridLayout:
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.customer_status = QLabel()  # on hold or blacklisted: in red beside the name
        self.customer_status.setFont(font)
        self.customer_status.setStyleSheet(RED)
        self.rating = QLabel()
        self.outstanding = QLabel()
        self.overdue = QLabel()
        self.credit = QLabel()
        self.promise_summary = QLabel()
        self.next_follow_up = QLabel()
        self.contacts = QLabel()
        self.contacts.setWordWrap(True)
        self.contacts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        grid = QGridLayout()
        title_row = QHBoxLayout()
        title_row.addWidget(self.title)
        title_row.addWidget(self.customer_status)
        title_row.addStretch(1)
        grid.addLayout(title_row, 0, 0, 1, 6)
        pairs = [(self.tr("信用等级"), self.rating), (amount_label("owed"), self.outstanding),
                 (amount_label("overdue"), self.overdue), (amount_label("credit"), self.credit),
                 (self.tr("下次跟进"), self.next_follow_up),
                 (self.tr("承诺记录"), self.promise_summary)]
        for i, (caption, widget) in enumerate(pairs):
            row, col = 1 + i // 3, (i % 3) * 2
            grid.addWidget(QLabel(self.tr("{caption}：").format(caption=caption)), row, col,
                           Qt.AlignmentFlag.AlignRight)
            grid.addWidget(widget, row, col + 1)
        grid.addWidget(self.contacts, 3, 0, 1, 6)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        grid.setColumnStretch(5, 2)
        return grid

    def _table(self, model: RowsModel) -> QTableView:
        table = QTableView()
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def _page(self, table: QTableView, *buttons: QPushButton) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        if buttons:
            row = QHBoxLayout()
            for button in buttons:
                row.addWidget(button)
            row.addStretch(1)
            layout.addLayout(row)
        layout.addWidget(table, 1)
        return page

    def _build_installments(self) -> None:
        late = lambda r: r.days_overdue > 0  # noqa: E731
        self.installments = RowsModel([
            EditColumn(self.tr("合同号"), compute=lambda r: r.contract_number),
            EditColumn(self.tr("到期日"), compute=lambda r: fmt.day(r.due_date), warn=late),
            EditColumn(self.tr("分期金额"), compute=lambda r: fmt.money(r.amount), right=True),
            EditColumn(self.tr("尚欠"), compute=lambda r: fmt.money(r.remaining), right=True,
                       warn=late),
            EditColumn(self.tr("逾期"), compute=lambda r: self.tr("{days} 天").format(
                days=r.days_overdue) if late(r) else "", right=True, warn=late),
            *self._limitation_columns(),
        ], lambda: None, self)
        self.installments_table = self._table(self.installments)
        # Numbers end this table: stretching the last column would push them to the far edge.
        self.installments_table.horizontalHeader().setStretchLastSection(False)
        self.apply_credit_button = QPushButton(self.tr("核销预收款…"))
        self.apply_credit_button.setToolTip(amount_help("credit"))
        self.apply_credit_button.clicked.connect(self.apply_credit)
        self.legal_action_button = QPushButton(self.tr("记录法律行动…"))
        self.legal_action_button.setToolTip(self.tr("起诉、仲裁、支付令：所涉分期的诉讼时效自该日起重新计算"))
        self.legal_action_button.clicked.connect(self.record_legal_action)
        page = self._page(self.installments_table, self.apply_credit_button,
                          self.legal_action_button)
        page.layout().addWidget(QLabel(self.tr(
            "时效届满日：诉讼时效三年，自到期日（或约定还款日）起算，催款函送达、对账单确认、欠款确认书、"
            "承诺、部分回款或法律行动后重新计算。仅为提醒，不构成法律意见。")))
        page.layout().itemAt(page.layout().count() - 1).widget().setWordWrap(True)
        self.tabs.addTab(page, self.tr("未结分期"))

    def _limitation_columns(self) -> list[EditColumn]:
        """时效届满日 and what last restarted the clock (services.collection.limitation)."""
        self.limitation: CustomerLimitation | None = None

        def row_of(r):
            return self.limitation.by_installment.get(r.id) if self.limitation else None

        def near(r) -> bool:
            row = row_of(r)
            return row is not None and row.ends_on <= self.limitation.warn_until

        def restarted(r) -> str:
            row = row_of(r)
            if row is None or row.restarted_by is None:
                return ""
            return self.tr("{event} {day}").format(
                event=self.tr(RESTART_WORDS[row.restarted_by]), day=fmt.day(row.restarted_on))
        return [EditColumn(self.tr("时效届满日"), warn=near,
                           compute=lambda r: fmt.day(row_of(r).ends_on) if row_of(r) else ""),
                EditColumn(self.tr("时效重新起算"), compute=restarted)]

    def _build_payments(self) -> None:
        self.payments = RowsModel(payment_columns(with_customer=False), lambda: None, self)
        self.payments_table = self._table(self.payments)
        self.record_payment_button = QPushButton(self.tr("记录回款…"))
        self.record_payment_button.clicked.connect(self.record_payment)
        self.statement_button = QPushButton(self.tr("对账单…"))
        self.statement_button.clicked.connect(self.open_statements)
        self.tabs.addTab(self._page(self.payments_table, self.record_payment_button,
                                    self.statement_button), self.tr("回款"))

    def _build_promises(self) -> None:
        failed = lambda r: r.status == "broken"  # noqa: E731
        self.promises = RowsModel([
            EditColumn(self.tr("承诺日期"), compute=lambda r: fmt.day(r.promised_on)),
            EditColumn(self.tr("金额"), compute=lambda r: fmt.money(r.amount), right=True),
            EditColumn(self.tr("已兑现"), compute=lambda r: fmt.money(r.covered), right=True),
            EditColumn(self.tr("状态"), compute=lambda r: label(PROMISE_STATUS, r.status),
                       warn=failed),
            EditColumn(self.tr("承诺人"), compute=lambda r: r.made_by),
            EditColumn(self.tr("作出日期"), compute=lambda r: fmt.day(r.made_on)),
            EditColumn(self.tr("备注"), compute=self._promise_note),
        ], lambda: None, self)
        self.promises_table = self._table(self.promises)
        self.new_promise_button = QPushButton(self.tr("记录承诺…"))
        self.new_promise_button.clicked.connect(self.new_promise)
        self.repromise_button = QPushButton(self.tr("重新承诺…"))
        self.repromise_button.setToolTip(
            self.tr("客户改期、失约或只付了一部分时：请他给出新的确切日期和金额"))
        self.repromise_button.clicked.connect(self.repromise)
        self.promises_table.selectionModel().selectionChanged.connect(
            lambda *_: self._update_buttons())
        self.promises_table.doubleClicked.connect(lambda _i: self.repromise())
        self.tabs.addTab(self._page(self.promises_table, self.new_promise_button,
                                    self.repromise_button), self.tr("承诺回款"))

    def _promise_note(self, row) -> str:
        parts = [row.note] if row.note else []
        if row.replaces_id is not None:
            old = next((p for p in self.promises.rows if p.id == row.replaces_id), None)
            if old is not None:
                parts.append(self.tr("替代 {day} 的承诺").format(day=fmt.day(old.promised_on)))
        if row.replaced:
            parts.append(self.tr("已有新承诺"))
        return self.tr("；").join(parts)

    def _build_follow_ups(self) -> None:
        self.follow_ups = RowsModel([
            EditColumn(self.tr("日期"), compute=lambda r: fmt.day(r.contacted_on)),
            EditColumn(self.tr("方式"), compute=lambda r: label(FOLLOW_UP_CHANNEL, r.channel)),
            EditColumn(self.tr("联系人"), compute=lambda r: r.contact_person),
            EditColumn(self.tr("客户说法"), compute=lambda r: r.said.replace("\n", " ")),
            EditColumn(self.tr("结果"), compute=lambda r: r.result),
            EditColumn(self.tr("下一步"), compute=lambda r: r.next_action),
            EditColumn(self.tr("下次跟进"), compute=lambda r: fmt.day(r.next_action_on)),
            EditColumn(self.tr("记录人"), compute=lambda r: r.created_by),
        ], lambda: None, self)
        self.follow_ups_table = self._table(self.follow_ups)
        self.follow_up_button = QPushButton(self.tr("记录跟进…"))
        self.follow_up_button.clicked.connect(self.new_follow_up)
        self.tabs.addTab(self._page(self.follow_ups_table, self.follow_up_button),
                         self.tr("跟进记录"))

    # -- showing -------------------------------------------------------------------------------
    def reload(self) -> None:
        try:
            record = collection_record(self.ctx.uow(), self.customer_id)
        except NotFound:
            self.close()
            return
        self.record = record
        self.setWindowTitle(self.tr("回款档案 - {name}").format(name=record.name))
        self.title.setText(f"{record.code}　{record.name}")
        self.customer_status.setText("" if record.status == "active" else self.tr(
            "【{status}】").format(status=label(CUSTOMER_STATUS, record.status)))
        self.rating.setText(record.credit_rating)
        self.outstanding.setText(fmt.money(record.outstanding))
        self.overdue.setText(fmt.money(record.overdue))
        self.overdue.setStyleSheet(RED if record.overdue > 0 else "")
        self.credit.setText(fmt.money(record.credit))
        counts = record.promise_record
        summary = (self.tr("近12个月承诺 {made} 次：守约 {kept}，部分 {partly}，失约 {broken}，"
                           "待兑现 {pending}") if counts.pending else
                   self.tr("近12个月承诺 {made} 次：守约 {kept}，部分 {partly}，失约 {broken}")
                   ).format(made=counts.made, kept=counts.kept, partly=counts.partly_kept,
                            broken=counts.broken, pending=counts.pending)
        self.promise_summary.setText(summary)
        self.promise_summary.setStyleSheet(RED if counts.broken else "")
        self._show_next_follow_up(record)
        self.contacts.setText(self._contacts_text(record))
        self.limitation = customer_limitation(self.ctx.uow(), self.customer_id)
        self.installments.set_rows(record.open_installments)
        self.payments.set_rows(record.payments)
        self.promises.set_rows(record.promises)
        self.follow_ups.set_rows(record.follow_ups)
        self._unsized = {self.installments_table, self.payments_table, self.promises_table,
                         self.follow_ups_table}
        self._fit_current_page()
        for index, (title, rows) in enumerate((
                (self.tr("未结分期"), record.open_installments), (self.tr("回款"), record.payments),
                (self.tr("承诺回款"), record.promises), (self.tr("跟进记录"), record.follow_ups))):
            self.tabs.setTabText(index, f"{title} ({len(rows)})")
        self._update_buttons()

    def _fit_current_page(self) -> None:
        """Columns of the page on screen fit its texts (the others when they are shown)."""
        table = self.tabs.currentWidget().findChild(QTableView)
        if table in self._unsized:
            self._unsized.discard(table)
            fit_rows(table, table.model())

    def _show_next_follow_up(self, record: CollectionRecord) -> None:
        due = record.next_follow_up
        if due is None:
            text, late = self.tr("无需跟进（没有欠款）"), False
        elif due.days_late:
            text, late = self.tr("{day}（已晚 {days} 天）").format(
                day=fmt.day(due.due_on), days=due.days_late), True
        elif due.is_due:
            text, late = self.tr("{day}（今天）").format(day=fmt.day(due.due_on)), True
        else:
            text, late = fmt.day(due.due_on), False
        self.next_follow_up.setText(text)
        self.next_follow_up.setStyleSheet(RED if late else "")

    def _contacts_text(self, record: CollectionRecord) -> str:
        parts = []
        for caption, person, phone in (
                (self.tr("财务"), record.finance_contact, record.finance_phone),
                (self.tr("出纳"), record.cashier_contact, record.cashier_phone)):
            if person or phone:
                parts.append(f"{caption} {person} {phone}".strip())
        if record.payment_approver:
            parts.append(self.tr("付款审批 {name}").format(name=record.payment_approver))
        if record.usual_payment_day:
            parts.append(self.tr("每月 {day} 日付款").format(day=record.usual_payment_day))
        return self.tr("　", "between contacts").join(parts)

    def selected_promise(self):
        index = self.promises_table.currentIndex()
        if not index.isValid() or index.row() >= len(self.promises.rows):
            return None
        return self.promises.rows[index.row()]

    def _update_buttons(self) -> None:
        self.apply_credit_button.setEnabled(
            self.record is not None and self.record.credit > 0
            and bool(self.record.open_installments))
        promise = self.selected_promise()
        self.repromise_button.setEnabled(promise is not None and promise.repromisable)

    def _customer_label(self) -> str:
        return f"{self.record.code}  {self.record.name}" if self.record else ""

    # -- actions -------------------------------------------------------------------------------
    def new_promise(self) -> None:
        dialog = PromiseDialog(self.ctx, self.customer_id, self._customer_label(), parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.events.announce(PROMISES)

    def repromise(self) -> None:
        promise = self.selected_promise()
        if promise is None or not promise.repromisable:
            return
        dialog = PromiseDialog(self.ctx, self.customer_id, self._customer_label(),
                               replaces=promise, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.events.announce(PROMISES)

    def new_follow_up(self) -> None:
        dialog = FollowUpDialog(self.ctx, self.customer_id, self._customer_label(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.events.announce(FOLLOW_UPS)

    def apply_credit(self) -> None:
        from ui.apply_credit_dialog import ApplyCreditDialog

        dialog = ApplyCreditDialog(self.ctx, self.customer_id, self._customer_label(),
                                   parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.events.announce(PAYMENTS)

    def record_legal_action(self) -> None:
        """记录法律行动…: for one of the open installments' contracts, or all the customer owes."""
        from ui.legal_action_dialog import LegalActionDialog

        rows = self.record.open_installments if self.record else []
        contracts = sorted({(r.contract_id, r.contract_number) for r in rows},
                           key=lambda c: c[1])
        dialog = LegalActionDialog(self.ctx, self.customer_id, self._customer_label(),
                                   contracts, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.events.announce(LEGAL_ACTIONS)

    def record_payment(self) -> None:
        from ui.payment_dialog import PaymentDialog

        dialog = PaymentDialog(self.ctx, self.customer_id, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.events.announce(PAYMENTS)

    def open_statements(self) -> None:
        """对账单: the customer's statements, a new one for a period, replies."""
        from ui.statement_dialog import StatementDialog

        StatementDialog(self.ctx, self.customer_id, self).exec()

    def _on_changed(self, _kinds: set) -> None:
        # Payments, contracts, promises and follow-ups all show here: refresh on any change.
        self.reload()
