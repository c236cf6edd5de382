"""Today's alerts, grouped: due soon, overdue, promises, follow-ups, over the limit."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
)

from services.collection.alerts import KINDS, Alert
from ui import alert_prefs
from ui import formatting as fmt

ALERT_ROLE = Qt.ItemDataRole.UserRole + 10
GROUPS = {
    "due_soon": QT_TRANSLATE_NOOP("Alerts", "{days} 天内到期（事前催收）"),
    "overdue": QT_TRANSLATE_NOOP("Alerts", "已逾期"),
    "promise_due": QT_TRANSLATE_NOOP("Alerts", "今天到期的承诺回款"),
    "promise_broken": QT_TRANSLATE_NOOP("Alerts", "上次启动以来失约的承诺"),
    "follow_up_due": QT_TRANSLATE_NOOP("Alerts", "到期应跟进的客户"),
    "over_limit": QT_TRANSLATE_NOOP("Alerts", "超出信用额度的客户"),
}
DAYS = {
    "due_soon": QT_TRANSLATE_NOOP("Alerts", "还有 {days} 天"),
    "overdue": QT_TRANSLATE_NOOP("Alerts", "逾期 {days} 天"),
    "promise_due": QT_TRANSLATE_NOOP("Alerts", "今天"),
    "promise_broken": QT_TRANSLATE_NOOP("Alerts", "已过 {days} 天"),
    "follow_up_due": QT_TRANSLATE_NOOP("Alerts", "晚了 {days} 天"),
    "over_limit": QT_TRANSLATE_NOOP("Alerts", "超额"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Alerts", text)


class AlertsDialog(QDialog):
    open_contract = Signal(int)
    open_customer = Signal(int)

    def __init__(self, alerts: list[Alert], days: int, today, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("今日提醒"))
        self.resize(900, 560)
        self.today = today
        hidden = alert_prefs.snoozed(today)
        self.alerts = [a for a in alerts if a.key not in hidden]
        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("客户"), self.tr("合同号"), self.tr("到期/承诺日"), self.tr("金额"),
             self.tr("天数")])
        for kind in KINDS:
            rows = [a for a in self.alerts if a.kind == kind]
            if rows:
                self._add_group(kind, rows, days)
        self.view = QTreeView()
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.expandAll()
        self.view.setColumnWidth(0, 300)
        self.view.doubleClicked.connect(self._open)
        summary = QLabel(self.tr("共 {count} 条提醒").format(count=len(self.alerts))
                         if self.alerts else self.tr("今天没有需要处理的提醒。"))
        snooze = QPushButton(self.tr("明天再提醒所选"))
        snooze.clicked.connect(self.snooze_selected)
        self.at_start = QCheckBox(self.tr("启动时显示"))
        self.at_start.setChecked(alert_prefs.show_at_start())
        self.at_start.toggled.connect(alert_prefs.set_show_at_start)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(summary, 1)
        bottom.addWidget(self.at_start)
        bottom.addWidget(snooze)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)

    def _add_group(self, kind: str, rows: list[Alert], days: int) -> None:
        title = _tr(GROUPS[kind]).format(days=days)
        group = QStandardItem(self.tr("{title}（{count}）").format(title=title, count=len(rows)))
        font = group.font()
        font.setBold(True)
        group.setFont(font)
        for alert in rows:
            cells = [f"{alert.customer_code}  {alert.customer_name}", alert.contract_number,
                     fmt.day(alert.due_date), fmt.money(alert.amount) if alert.amount else "",
                     _tr(DAYS[kind]).format(days=alert.days)]
            items = [QStandardItem(text) for text in cells]
            items[3].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if kind in ("overdue", "promise_broken", "over_limit"):
                for item in items:
                    item.setForeground(QBrush(QColor("#b3261e")))
            items[0].setData(alert, ALERT_ROLE)
            group.appendRow(items)
        self.model.appendRow([group] + [QStandardItem() for _ in range(4)])

    def alert_at(self, index) -> Alert | None:
        if not index.isValid() or not index.parent().isValid():
            return None
        return self.model.itemFromIndex(index.siblingAtColumn(0)).data(ALERT_ROLE)

    def _open(self, index) -> None:
        alert = self.alert_at(index)
        if alert is None:
            return
        if alert.contract_id is not None:
            self.open_contract.emit(alert.contract_id)
        else:
            self.open_customer.emit(alert.customer_id)

    def snooze_selected(self) -> None:
        rows = [self.alert_at(i) for i in self.view.selectionModel().selectedRows()]
        keys = sorted({a.key for a in rows if a is not None})
        if not keys:
            return
        alert_prefs.snooze(keys, self.today)
        for index in sorted(self.view.selectionModel().selectedRows(), key=lambda i: -i.row()):
            if index.parent().isValid():
                self.model.removeRow(index.row(), index.parent())
