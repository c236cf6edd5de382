"""The main window: composes the tabs and menus, and wires them. No business logic here."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
)

from services.core.uow import AppContext
from ui import alert_prefs, geometry
from ui.about_dialog import AboutDialog
from ui.backup_actions import BackupActions
from ui.contracts_tab import ContractsTab
from ui.customers_tab import CustomersTab
from ui.events import CONTRACTS, CUSTOMERS, FOLLOW_UPS, PAYMENTS, PROMISES, DataEvents
from ui.payment_dialog import PaymentDialog
from ui.payments_dialog import PaymentsDialog
from ui.plan_tab import PlanTab
from ui.report_view import ReportActions
from ui.reports_tab import ReportsTab
from ui.resources import resource_path
from ui.worker import run_in_background

if TYPE_CHECKING:  # the record window is imported when first opened, not at start
    from ui.collection_record_dialog import CollectionRecordDialog
    from ui.first_run_page import FirstRunPage


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, version: str, first_run: bool = False) -> None:
        """`first_run`: the database is new and empty (not the demo), so the window opens on
        the first-run page (ui/first_run_page.py) instead of its tabs."""
        super().__init__()
        self.ctx = ctx
        self.version = version
        self.events = DataEvents(self)
        self._records: dict[int, CollectionRecordDialog] = {}
        self.setWindowIcon(QIcon(str(resource_path("icons", "app.png"))))
        self.setWindowTitle(self.tr("回款通 {version}").format(version=version))
        self.customers_tab = CustomersTab(ctx, self.events, self.record_payment,
                                          self.show_payments, self.open_collection_record,
                                          new_contract=self.new_contract_for,
                                          show_contracts=self.show_contracts_of)
        self.contracts_tab = ContractsTab(ctx, self.events, self.record_payment, self.show_payments)
        self.plan_tab = PlanTab(ctx, self.events, self.open_collection_record)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.customers_tab, self.tr("客户"))
        self.tabs.addTab(self.contracts_tab, self.tr("合同"))
        self.reports_tab = ReportsTab(ctx, self.events, ReportActions(
            self.open_collection_record, self.open_contract, self.record_follow_up,
            self.record_promise))
        self.tabs.addTab(self.plan_tab, self.tr("回款计划"))
        self.tabs.addTab(self.reports_tab, self.tr("报表"))
        self.stack = QStackedWidget()  # the tabs, or the first-run page in front of them
        self.stack.addWidget(self.tabs)
        self.setCentralWidget(self.stack)
        self.first_run_page: FirstRunPage | None = None
        if first_run:
            self.show_first_run()
        self._build_menus()
        self._show_status()
        self._restore()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("文件(&F)"))
        payment = QAction(self.tr("记录回款…"), self)
        payment.setShortcut(QKeySequence("Ctrl+R"))
        payment.triggered.connect(self.record_payment_here)
        file_menu.addAction(payment)
        batch = QAction(self.tr("批量打印价格确认书…"), self)
        batch.triggered.connect(self.print_batch)
        file_menu.addAction(batch)
        statements_batch = QAction(self.tr("批量生成对账单…"), self)
        statements_batch.triggered.connect(self.statement_batch)
        file_menu.addAction(statements_batch)
        dunning = QAction(self.tr("催款…"), self)
        dunning.triggered.connect(self.open_dunning)
        file_menu.addAction(dunning)
        file_menu.addSeparator()
        importing = QAction(self.tr("导入…"), self)
        importing.setToolTip(self.tr("从 Excel 或 CSV 导入客户、合同、期初应收或回款"))
        importing.triggered.connect(lambda: self.open_import("customers"))
        file_menu.addAction(importing)
        templates = QAction(self.tr("下载导入模板…"), self)
        templates.triggered.connect(self.download_templates)
        file_menu.addAction(templates)
        file_menu.addSeparator()
        self.backup_actions = BackupActions(self, self.ctx.sqlite_file)
        self.backup_actions.add_to_menu(file_menu)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("退出"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        view_menu = self.menuBar().addMenu(self.tr("查看(&V)"))
        alerts = QAction(self.tr("今日提醒…"), self)
        alerts.setShortcut(QKeySequence("Ctrl+T"))
        alerts.triggered.connect(lambda: self.show_alerts(at_start=False))
        view_menu.addAction(alerts)
        all_payments = QAction(self.tr("全部回款…"), self)
        all_payments.setToolTip(self.tr("所有客户的回款：可按客户、凭证号、业务员筛选，合计，导出"))
        all_payments.triggered.connect(self.show_all_payments)
        view_menu.addAction(all_payments)
        settings_menu = self.menuBar().addMenu(self.tr("设置(&S)"))
        company = QAction(self.tr("公司信息与回款规则…"), self)
        company.triggered.connect(self.edit_company)
        settings_menu.addAction(company)
        pc_settings = QAction(self.tr("本机设置…"), self)
        pc_settings.triggered.connect(self.edit_pc_settings)
        settings_menu.addAction(pc_settings)
        help_menu = self.menuBar().addMenu(self.tr("帮助(&H)"))
        about = QAction(self.tr("关于回款通…"), self)
        about.triggered.connect(
            lambda: AboutDialog(self.version, self.ctx.database_label, self).exec())
        help_menu.addAction(about)
        find = QAction(self.tr("筛选"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(lambda: self.tabs.currentWidget().focus_filter())
        self.addAction(find)

    # -- a new, empty database -------------------------------------------------
    def show_first_run(self) -> None:
        """The first-run page in place of the tabs, until the clerk starts typing or a
        customer exists (checked after every change to customers)."""
        from ui.first_run_page import FirstRunPage

        page = FirstRunPage(self.ctx, self)
        page.import_requested.connect(self.open_import)
        page.start_requested.connect(self.show_tabs)
        page.saved.connect(self._show_status)
        self.events.changed.connect(self._leave_first_run_when_filled)
        self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        self.first_run_page = page

    def show_tabs(self) -> None:
        """Leave the first-run page (if shown) for the tabs, for good."""
        page, self.first_run_page = self.first_run_page, None
        self.stack.setCurrentWidget(self.tabs)
        if page is not None:
            self.events.changed.disconnect(self._leave_first_run_when_filled)
            self.stack.removeWidget(page)
            page.deleteLater()

    def _leave_first_run_when_filled(self, kinds: set) -> None:
        """After an import or a customer saved from elsewhere: the tabs once a customer exists
        (one LIMIT 1 query)."""
        from services.admin.bootstrap import database_is_empty

        if CUSTOMERS in kinds and self.first_run_page is not None \
                and not database_is_empty(self.ctx):
            self.show_tabs()

    def open_import(self, kind: str) -> None:
        """Import one kind of data from Excel or CSV (services.imports.fields.KINDS)."""
        from ui.import_dialog import open_import_dialog

        open_import_dialog(self, self.ctx, kind)

    def download_templates(self) -> None:
        """文件 › 下载导入模板…: the four import templates into a folder the clerk picks."""
        from ui.first_run_page import download_templates

        result = download_templates(self)
        if result is not None:
            ok, text = result
            (QMessageBox.information if ok else QMessageBox.warning)(
                self, self.tr("下载导入模板"), text)

    def record_payment_here(self) -> None:
        """Ctrl+R: for the contract or customer selected in the tab in front, if any."""
        tab = self.tabs.currentWidget()
        if tab is self.contracts_tab and self.contracts_tab.selected_id() is not None:
            self.record_payment(self.contracts_tab.selected_customer_id(),
                                self.contracts_tab.selected_id())
        elif tab is self.customers_tab:
            self.record_payment(self.customers_tab.selected_id(), None)
        else:
            self.record_payment(None, None)

    def new_contract_for(self, customer_id: int) -> None:
        """客户 › 新建合同: the contracts tab in front, a new contract for this customer."""
        self.tabs.setCurrentWidget(self.contracts_tab)
        self.contracts_tab.new_contract(customer_id)

    def show_contracts_of(self, customer_id: int, name: str) -> None:
        """客户 › 查看合同: the contracts tab showing only this customer's contracts."""
        self.contracts_tab.show_customer(customer_id, name)
        self.tabs.setCurrentWidget(self.contracts_tab)

    def record_follow_up(self, customer_id: int) -> None:
        """A follow-up for a customer from a report row (the record window's dialog)."""
        from ui.follow_up_dialog import FollowUpDialog

        if FollowUpDialog(self.ctx, customer_id, self._customer_label(customer_id),
                          self).exec() == QDialog.DialogCode.Accepted:
            self.events.announce(FOLLOW_UPS)

    def record_promise(self, customer_id: int) -> None:
        """A promise to pay for a customer from a report row."""
        from ui.promise_dialog import PromiseDialog

        if PromiseDialog(self.ctx, customer_id, self._customer_label(customer_id),
                         parent=self).exec() == QDialog.DialogCode.Accepted:
            self.events.announce(PROMISES)

    def _customer_label(self, customer_id: int) -> str:
        from services.ledger.customers import get_customer

        customer = get_customer(self.ctx.uow(), customer_id).data
        return f"{customer.code}  {customer.name}"

    def record_payment(self, customer_id: int | None, contract_id: int | None) -> None:
        if contract_id is not None and customer_id is None:
            from services.ledger import contracts

            customer_id = contracts.get_contract(self.ctx.uow(), contract_id).customer_id
        dialog = PaymentDialog(self.ctx, customer_id, contract_id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.events.announce(PAYMENTS)

    # -- alerts ---------------------------------------------------------------
    def start_alerts(self) -> None:
        """After the window is up: once a day on this PC, unless turned off."""
        today = self.ctx.clock.today()
        self._broken_since = alert_prefs.previous_start(today)
        if alert_prefs.show_at_start() and not alert_prefs.shown_today(today):
            self.show_alerts(at_start=True)

    def show_alerts(self, at_start: bool) -> None:
        from services.collection.alerts import compute_alerts
        from services.collection.rules import get_rules

        ctx, since = self.ctx, getattr(self, "_broken_since", None)

        def work():
            days = get_rules(ctx.uow()).alert_days
            return days, compute_alerts(ctx.uow(), days=days, broken_since=since)

        self._alerts_job = run_in_background(
            work, lambda result: self._alerts_ready(result, at_start),
            lambda error: self.statusBar().showMessage(
                self.tr("提醒计算失败：{error}").format(error=error)), self)

    def _alerts_ready(self, result, at_start: bool) -> None:
        from ui.alerts_dialog import AlertsDialog

        days, found = result
        today = self.ctx.clock.today()
        dialog = AlertsDialog(found, days, today, self)
        if at_start:
            alert_prefs.mark_shown(today)
            if not dialog.alerts:
                return
        dialog.open_contract.connect(self.open_contract)
        dialog.open_customer.connect(self.open_collection_record)
        self.alerts_dialog = dialog
        dialog.show()

    def open_contract(self, contract_id: int) -> None:
        from ui.contract_dialog import ContractDialog

        if ContractDialog(self.ctx, contract_id, parent=self).exec():
            self.events.announce(CONTRACTS)

    def open_collection_record(self, customer_id: int) -> CollectionRecordDialog:
        """The customer's collection record in its own window: one per customer (brought
        forward when already open), deleted when closed. The one way every screen opens it."""
        dialog = self._records.get(customer_id)
        if dialog is not None:
            dialog.raise_()
            dialog.activateWindow()
            return dialog
        from ui.collection_record_dialog import CollectionRecordDialog

        dialog = CollectionRecordDialog(self.ctx, self.events, customer_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda _obj=None, cid=customer_id: self._records.pop(cid, None))
        self._records[customer_id] = dialog
        dialog.show()
        return dialog

    def edit_pc_settings(self) -> None:
        from services.admin.backup import default_backup_folder
        from ui.settings_dialog import SettingsDialog

        db_file = self.ctx.sqlite_file
        dialog = SettingsDialog(str(default_backup_folder(db_file)) if db_file else "", self)
        if dialog.exec():
            self.ctx.operator = dialog.operator.text().strip()  # from the next action on
            self._show_status()

    def _show_status(self) -> None:
        """Which database and who: a label of its own in the status bar, so menu hints and
        passing messages never blank it."""
        if not hasattr(self, "status_label"):
            self.status_label = QLabel()
            self.statusBar().addWidget(self.status_label, 1)
        self.status_label.setText(self.tr("数据库：{path}　操作员：{operator}").format(
            path=self.ctx.database_label, operator=self.ctx.operator))

    def statement_batch(self) -> None:
        """文件 › 批量生成对账单…: statements for every customer with a balance."""
        from ui.statement_batch_dialog import StatementBatchDialog

        StatementBatchDialog(self.ctx, self).exec()

    def print_batch(self) -> None:
        """文件 › 批量打印价格确认书…: many contracts' confirmations, off the UI thread."""
        from ui.batch_documents_dialog import BatchDocumentsDialog

        BatchDocumentsDialog(self.ctx, self).exec()
        self.events.announce(CONTRACTS)  # numbers and stored copies were recorded

    def open_dunning(self) -> None:
        """文件 › 催款…: the day's dunning letters, issued off the UI thread."""
        from ui.dunning_dialog import DunningDialog

        DunningDialog(self.ctx, self.events, self).exec()

    def edit_company(self) -> None:
        from ui.company_dialog import CompanyDialog

        CompanyDialog(self.ctx, self).exec()

    def show_payments(self, customer_id: int | None, contract_id: int | None) -> None:
        if customer_id is None and contract_id is None:
            return
        PaymentsDialog(self.ctx, self.events, customer_id, contract_id, self).exec()

    def show_all_payments(self) -> None:
        """查看 › 全部回款…: every customer's payments, with the list's filters and totals."""
        PaymentsDialog(self.ctx, self.events, None, None, self).exec()

    # -- remembered between runs ------------------------------------------
    def _restore(self) -> None:
        geometry.restore(self, (1200, 720), "main/geometry")
        self.tabs.setCurrentIndex(int(QSettings().value("main/tab", 0)))

    def closeEvent(self, event) -> None:
        geometry.save(self, "main/geometry")
        QSettings().setValue("main/tab", self.tabs.currentIndex())
        super().closeEvent(event)
