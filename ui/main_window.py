"""The main window: composes the tabs and menus, and wires them. No business logic here."""
from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMainWindow, QTabWidget

from services.uow import AppContext
from ui.contracts_tab import ContractsTab
from ui.customers_tab import CustomersTab
from ui.events import PAYMENTS, DataEvents
from ui.payment_dialog import PaymentDialog
from ui.payments_dialog import PaymentsDialog
from ui.plan_tab import PlanTab


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, db_label: str, version: str) -> None:
        super().__init__()
        self.ctx = ctx
        self.events = DataEvents(self)
        self.setWindowTitle(self.tr("回款通 {version}").format(version=version))
        self.customers_tab = CustomersTab(ctx, self.events, self.record_payment,
                                          self.show_payments)
        self.contracts_tab = ContractsTab(ctx, self.events, self.record_payment, self.show_payments)
        self.plan_tab = PlanTab(ctx, self.events)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.customers_tab, self.tr("客户"))
        self.tabs.addTab(self.contracts_tab, self.tr("合同"))
        self.tabs.addTab(self.plan_tab, self.tr("回款计划"))
        self.setCentralWidget(self.tabs)
        self._build_menus()
        self.statusBar().showMessage(self.tr("数据库：{path}　操作员：{operator}").format(
            path=db_label, operator=ctx.operator))
        self._restore()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("文件(&F)"))
        payment = QAction(self.tr("记录回款…"), self)
        payment.setShortcut(QKeySequence("Ctrl+R"))
        payment.triggered.connect(lambda: self.record_payment(None, None))
        file_menu.addAction(payment)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("退出"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        settings_menu = self.menuBar().addMenu(self.tr("设置(&S)"))
        company = QAction(self.tr("公司信息…"), self)
        company.triggered.connect(self.edit_company)
        settings_menu.addAction(company)
        find = QAction(self.tr("筛选"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(lambda: self.tabs.currentWidget().focus_filter())
        self.addAction(find)

    def record_payment(self, customer_id: int | None, contract_id: int | None) -> None:
        if contract_id is not None and customer_id is None:
            from services import contracts

            customer_id = contracts.get_contract(self.ctx.uow(), contract_id).customer_id
        dialog = PaymentDialog(self.ctx, customer_id, contract_id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.events.announce(PAYMENTS)

    def edit_company(self) -> None:
        from ui.company_dialog import CompanyDialog

        CompanyDialog(self.ctx, self).exec()

    def show_payments(self, customer_id: int | None, contract_id: int | None) -> None:
        if customer_id is None and contract_id is None:
            return
        PaymentsDialog(self.ctx, self.events, customer_id, contract_id, self).exec()

    # -- remembered between runs ------------------------------------------
    def _restore(self) -> None:
        settings = QSettings()
        geometry = settings.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 720)
        self.tabs.setCurrentIndex(int(settings.value("main/tab", 0)))

    def closeEvent(self, event) -> None:
        settings = QSettings()
        settings.setValue("main/geometry", self.saveGeometry())
        settings.setValue("main/tab", self.tabs.currentIndex())
        super().closeEvent(event)
