"""Today's alerts, grouped: due soon, overdue, promises, follow-ups, over the limit.

A tree model over the alerts as they came (no item per cell): texts are made when a row is
painted, so ten thousand alerts open as fast as ten. A kind with many alerts is grouped by
customer (one row per customer: how many, the earliest date, the total, the most days), and
those rows open on demand.

Above the tree: "只看逾期" (every alert about a customer with something overdue) and a
salesperson (the customer's); under it the totals of the alerts shown, per kind; 导出 Excel…
writes the alerts shown as one flat table.
"""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
)

from services.collection.alerts import KINDS, Alert, AlertTotals, alert_totals, filter_alerts
from services.reports import table as report
from ui import alert_prefs, geometry
from ui import formatting as fmt
from ui.list_export import ExportStatus, about_lines, ask_xlsx_path, file_stem
from ui.salesperson_combo import fill_salespeople

GROUP_BY_CUSTOMER_ABOVE = 50  # alerts of one kind: above this, one row per customer first
GROUPS = {
    "due_soon": QT_TRANSLATE_NOOP("Alerts", "{days} 天内到期（事前催收）"),
    "overdue": QT_TRANSLATE_NOOP("Alerts", "已逾期"),
    "uninvoiced": QT_TRANSLATE_NOOP("Alerts", "到期未开票（先开票、寄出发票）"),
    "promise_due": QT_TRANSLATE_NOOP("Alerts", "今天到期的承诺回款"),
    "promise_broken": QT_TRANSLATE_NOOP("Alerts", "上次启动以来失约的承诺"),
    "follow_up_due": QT_TRANSLATE_NOOP("Alerts", "到期应跟进的客户"),
    "over_limit": QT_TRANSLATE_NOOP("Alerts", "超出信用额度的客户"),
    "limitation": QT_TRANSLATE_NOOP(
        "Alerts", "诉讼时效即将届满（日期为时效届满日；建议寄送催款函并保留寄送凭证，或请客户确认对账单。"
        "仅为提醒，不构成法律意见）"),
}
DAYS = {
    "due_soon": QT_TRANSLATE_NOOP("Alerts", "还有 {days} 天"),
    "overdue": QT_TRANSLATE_NOOP("Alerts", "逾期 {days} 天"),
    "uninvoiced": QT_TRANSLATE_NOOP("Alerts", "逾期 {days} 天"),
    "promise_due": QT_TRANSLATE_NOOP("Alerts", "今天"),
    "promise_broken": QT_TRANSLATE_NOOP("Alerts", "已过 {days} 天"),
    "follow_up_due": QT_TRANSLATE_NOOP("Alerts", "晚了 {days} 天"),
    "over_limit": QT_TRANSLATE_NOOP("Alerts", "超额"),
    "limitation": QT_TRANSLATE_NOOP("Alerts", "还有 {days} 天届满"),
}
TODAY_WORDS = {  # days == 0: "还有 0 天" / "晚了 0 天" read wrong
    "due_soon": QT_TRANSLATE_NOOP("Alerts", "今天到期"),
    "uninvoiced": QT_TRANSLATE_NOOP("Alerts", "今天到期"),
    "limitation": QT_TRANSLATE_NOOP("Alerts", "今天届满"),
    "follow_up_due": QT_TRANSLATE_NOOP("Alerts", "今天"),
}
GROUP_TITLE = QT_TRANSLATE_NOOP("Alerts", "{title}（{count}）")
CUSTOMER_ROW = QT_TRANSLATE_NOOP("Alerts", "{code}  {name}（{count} 项）")
RED_KINDS = frozenset({"overdue", "promise_broken", "over_limit", "limitation"})
RED = QBrush(QColor("#b3261e"))
COLUMNS = (QT_TRANSLATE_NOOP("Alerts", "客户"), QT_TRANSLATE_NOOP("Alerts", "合同号"),
           QT_TRANSLATE_NOOP("Alerts", "到期/承诺日"), QT_TRANSLATE_NOOP("Alerts", "金额"),
           QT_TRANSLATE_NOOP("Alerts", "天数"))
AMOUNT_COLUMN = 3


def _tr(text: str) -> str:
    return QCoreApplication.translate("Alerts", text)


def days_text(kind: str, days: int) -> str:
    """The "days" cell: how far from today, in words."""
    if days == 0 and kind in TODAY_WORDS:
        return _tr(TODAY_WORDS[kind])
    if kind == "uninvoiced" and days < 0:  # its days count late: below 0 it is still to come
        return _tr(DAYS["due_soon"]).format(days=-days)
    return _tr(DAYS[kind]).format(days=days)


class _Node:
    """A row with rows below it: the root, a kind, or a customer's alerts of a kind. The rows
    below are _Nodes or the Alerts themselves (no object per alert: ten thousand of them)."""

    __slots__ = ("kind", "parent", "row", "children", "count")

    def __init__(self, kind: str, parent: _Node | None = None, row: int = 0) -> None:
        self.kind = kind
        self.parent = parent
        self.row = row
        self.children: list = []
        self.count = 0  # alerts below this row

    def alerts(self) -> list[Alert]:
        return [a for child in self.children
                for a in (child.alerts() if isinstance(child, _Node) else [child])]


class AlertsModel(QAbstractItemModel):
    """Kinds → (customers →) alerts. Cell texts are computed when asked for. An index points
    at the _Node that holds its row (its parent), so leaves need no object of their own."""

    def __init__(self, days: int, parent=None) -> None:
        super().__init__(parent)
        self.days = days
        self.root = _Node("")

    @property
    def groups(self) -> list[_Node]:
        return self.root.children

    def set_alerts(self, alerts: list[Alert]) -> None:
        self.beginResetModel()
        self.root = _Node("")
        by_kind: dict[str, list[Alert]] = {}
        for alert in alerts:
            by_kind.setdefault(alert.kind, []).append(alert)
        for kind in KINDS:
            if kind in by_kind:
                self.root.children.append(
                    self._group(kind, by_kind[kind], self.root, len(self.root.children)))
        self.endResetModel()

    @staticmethod
    def _group(kind: str, alerts: list[Alert], root: _Node, row: int) -> _Node:
        group = _Node(kind, root, row)
        group.count = len(alerts)
        if len(alerts) <= GROUP_BY_CUSTOMER_ABOVE:
            group.children = alerts
            return group
        customers: dict[int, _Node] = {}
        for alert in alerts:
            owner = customers.get(alert.customer_id)
            if owner is None:
                owner = customers[alert.customer_id] = _Node(kind, group, len(group.children))
                group.children.append(owner)
            owner.children.append(alert)
            owner.count += 1
        return group

    # -- the tree -------------------------------------------------------------
    def _item(self, index: QModelIndex | QPersistentModelIndex) -> _Node | Alert | None:
        """The row's own thing: a _Node, or an Alert for a leaf."""
        if not index.isValid():
            return None
        return index.internalPointer().children[index.row()]

    def index(self, row: int, column: int, parent=QModelIndex()) -> QModelIndex:
        holder = self._item(parent) if parent.isValid() else self.root
        if isinstance(holder, _Node) and 0 <= row < len(holder.children) \
                and 0 <= column < len(COLUMNS):
            return self.createIndex(row, column, holder)
        return QModelIndex()

    def parent(self, index=QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        holder = index.internalPointer()
        if holder is self.root or holder.parent is None:
            return QModelIndex()
        return self.createIndex(holder.row, 0, holder.parent)

    def rowCount(self, parent=QModelIndex()) -> int:
        if not parent.isValid():
            return len(self.root.children)
        if parent.column() != 0:
            return 0
        item = self._item(parent)
        return len(item.children) if isinstance(item, _Node) else 0

    def columnCount(self, parent=QModelIndex()) -> int:
        return len(COLUMNS)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(COLUMNS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        item = self._item(index)
        if item is None:
            return None
        column = index.column()
        is_kind = index.internalPointer() is self.root
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, column, is_kind)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == AMOUNT_COLUMN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and not is_kind and item.kind in RED_KINDS:
            return RED
        if role == Qt.ItemDataRole.FontRole and is_kind and column == 0:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _text(self, item: _Node | Alert, column: int, is_kind: bool) -> str:
        if is_kind:
            if column != 0:
                return ""
            title = _tr(GROUPS[item.kind]).format(days=self.days)
            return _tr(GROUP_TITLE).format(title=title, count=item.count)
        if isinstance(item, _Node):  # a customer's alerts of this kind
            return self._customer_text(item, column)
        alert = item
        if column == 0:
            return f"{alert.customer_code}  {alert.customer_name}"
        if column == 1:
            return alert.contract_number
        if column == 2:
            return fmt.day(alert.due_date)
        if column == AMOUNT_COLUMN:
            return fmt.money(alert.amount) if alert.amount else ""
        return days_text(alert.kind, alert.days)

    def _customer_text(self, node: _Node, column: int) -> str:
        alerts = node.children
        first = alerts[0]
        if column == 0:
            return _tr(CUSTOMER_ROW).format(
                code=first.customer_code, name=first.customer_name, count=len(alerts))
        if column == 1:
            return ""
        if column == 2:
            return fmt.day(min((a.due_date for a in alerts if a.due_date), default=None))
        if column == AMOUNT_COLUMN:
            total = sum((a.amount for a in alerts), Decimal(0))
            return fmt.money(total) if total else ""
        return days_text(first.kind, max(a.days for a in alerts))

    # -- what the dialog asks -------------------------------------------------
    def alert_at(self, index) -> Alert | None:
        item = self._item(index)
        return item if isinstance(item, Alert) else None

    def alerts_at(self, index) -> list[Alert]:
        """The alerts a selected row stands for (a customer row: all of its own)."""
        item = self._item(index)
        if item is None or index.internalPointer() is self.root:
            return []
        return item.alerts() if isinstance(item, _Node) else [item]

    def count(self) -> int:
        return sum(group.count for group in self.groups)


class AlertsDialog(QDialog):
    open_contract = Signal(int)
    open_customer = Signal(int)

    def __init__(self, alerts: list[Alert], days: int, today, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("今日提醒"))
        geometry.remember(self, (900, 560))
        self.today = today
        self.days = days
        self.computed = alerts  # all of them: who is overdue does not change with a snooze
        hidden = alert_prefs.snoozed(today)
        self.alerts = [a for a in alerts if a.key not in hidden]  # not snoozed
        self.shown: list[Alert] = self.alerts  # not snoozed, through the filters
        self.overdue_check = QCheckBox(self.tr("只看逾期"))
        self.overdue_check.setObjectName("overdueOnly")
        self.overdue_check.setToolTip(self.tr(
            "只显示今天有逾期欠款的客户的提醒（各类提醒都显示，不只是“已逾期”）"))
        self.salesperson_combo = QComboBox()
        self.salesperson_combo.setObjectName("salespersonFilter")
        self.salesperson_combo.setToolTip(self.tr("客户的业务员"))
        fill_salespeople(self.salesperson_combo, self.tr("全部业务员"),
                         sorted({a.salesperson for a in alerts if a.salesperson}))
        self.model = AlertsModel(days, self)
        self.model.set_alerts(self.alerts)
        self.view = QTreeView()
        self.view.setUniformRowHeights(True)  # rows are not measured one by one
        self.view.setExpandsOnDoubleClick(False)  # double-click opens; the arrow expands
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for row in range(self.model.rowCount()):  # the kinds open; customers open on demand
            self.view.expand(self.model.index(row, 0))
        self.view.setColumnWidth(0, 320)
        self.view.setColumnWidth(1, 130)
        self.view.setColumnWidth(2, 130)
        self.view.setColumnWidth(3, 130)
        self.view.doubleClicked.connect(self._open)
        self.summary = QLabel()
        self.summary.setObjectName("alertTotals")
        self.summary.setWordWrap(True)
        self._count_changed()
        self.export_button = QPushButton(self.tr("导出 Excel…"))
        self.export_button.clicked.connect(self.export_excel)
        self.export_status = ExportStatus()
        self.overdue_check.toggled.connect(lambda _on: self._filter())
        self.salesperson_combo.currentIndexChanged.connect(lambda _i: self._filter())
        filters = QHBoxLayout()
        filters.addWidget(self.overdue_check)
        filters.addWidget(self.salesperson_combo)
        filters.addStretch(1)
        filters.addWidget(self.export_button)
        snooze = QPushButton(self.tr("明天再提醒所选"))
        snooze.clicked.connect(self.snooze_selected)
        self.at_start = QCheckBox(self.tr("启动时显示"))
        self.at_start.setChecked(alert_prefs.show_at_start())
        self.at_start.toggled.connect(alert_prefs.set_show_at_start)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.at_start)
        bottom.addWidget(snooze)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.export_status)
        layout.addLayout(bottom)

    def _filter(self) -> None:
        """Show the alerts the filters let through (services.collection.alerts.filter_alerts)."""
        self.shown = filter_alerts(self.alerts, overdue_only=self.overdue_check.isChecked(),
                                   salesperson=self.salesperson_combo.currentData() or "",
                                   among=self.computed)
        self.model.set_alerts(self.shown)
        for row in range(self.model.rowCount()):
            self.view.expand(self.model.index(row, 0))
        self._count_changed()

    def _count_changed(self) -> None:
        if not self.alerts:
            self.summary.setText(self.tr("今天没有需要处理的提醒。"))
            return
        self.summary.setText(self.totals_text(alert_totals(self.shown)))

    def totals_text(self, totals: AlertTotals) -> str:
        """"共 N 条提醒：已逾期 3 条 ¥…；…": per kind, since kinds measure different things;
        a plain sentence when the filters leave none."""
        if not totals.count:
            return self.tr("没有符合筛选条件的提醒。")
        parts = [self.tr("{kind} {count} 条 {amount}").format(
                     kind=_tr(GROUPS[kind]).format(days=self.days), count=count,
                     amount=fmt.money(amount))
                 if kind != "follow_up_due" else
                 self.tr("{kind} {count} 个").format(kind=_tr(GROUPS[kind]), count=count)
                 for kind, (count, amount) in totals.by_kind.items()]
        return self.tr("共 {count} 条提醒：{parts}").format(count=totals.count,
                                                       parts=self.tr("；").join(parts))

    def filter_words(self) -> list[str]:
        words = []
        if self.overdue_check.isChecked():
            words.append(self.overdue_check.text())
        if self.salesperson_combo.currentData():
            words.append(self.tr("业务员：{name}").format(
                name=self.salesperson_combo.currentData()))
        return words

    def export_excel(self) -> None:
        """The alerts shown (filters applied, snoozed ones left out) as one flat table."""
        if self.export_status.running:
            return
        name = self.tr("今日提醒")
        path = ask_xlsx_path(self, file_stem(name, self.today))
        if path:
            table = self.report_table(name)  # the rows are in memory: made here, written there
            self.export_status.run(path, lambda: table)

    def report_table(self, name: str) -> report.ReportTable:
        """The alerts shown as a flat table: the kind in words, typed dates, amounts, days."""
        text, column = report.TEXT, report.Column
        columns = [column(self.tr("类别"), text), column(_tr(COLUMNS[0]), text),
                   column(self.tr("客户名称"), text), column(_tr(COLUMNS[1]), text),
                   column(_tr(COLUMNS[2]), report.DATE), column(_tr(COLUMNS[3]), report.MONEY),
                   column(_tr(COLUMNS[4]), report.DAYS)]
        kinds = {kind: _tr(GROUPS[kind]).format(days=self.days) for kind in KINDS}
        rows = [[kinds[a.kind], a.customer_code, a.customer_name, a.contract_number, a.due_date,
                 a.amount if a.kind != "follow_up_due" else None,
                 a.days if a.kind != "over_limit" else None] for a in self.shown]
        words = self.filter_words()
        about = about_lines(self.today, words, amounts_as_of=False)
        totals = [self.tr("合计（{count} 条）").format(count=len(rows))] + [None] * 6
        notes = [self.tr("各类金额不相加：逾期分期、承诺回款与超出额度是同一笔钱的不同量度。")]
        notes += [self.tr("{kind}：{count} 条，金额 {amount}").format(
                      kind=kinds[kind], count=count, amount=fmt.money(amount))
                  for kind, (count, amount) in alert_totals(self.shown).by_kind.items()
                  if kind != "follow_up_due"]
        return report.ReportTable(name, columns, rows, about=about, totals=totals, notes=notes,
                                  sheet_name=name)

    def alert_at(self, index) -> Alert | None:
        return self.model.alert_at(index)

    def _open(self, index) -> None:
        """An installment opens its contract; anything else about a customer (a promise, a
        follow-up, the limit, a customer's row) opens the customer's collection record."""
        alerts = self.model.alerts_at(index)
        if not alerts:
            return
        alert = self.model.alert_at(index)
        if alert is not None and alert.contract_id is not None:
            self.open_contract.emit(alert.contract_id)
        else:
            self.open_customer.emit(alerts[0].customer_id)

    def snooze_selected(self) -> None:
        """Hide the selected alerts (a customer row: all of its alerts of that kind) until
        tomorrow, on this PC."""
        chosen = [a for index in self.view.selectionModel().selectedRows()
                  for a in self.model.alerts_at(index)]
        keys = sorted({a.key for a in chosen})
        if not keys:
            return
        alert_prefs.snooze(keys, self.today)
        hidden = set(keys)
        self.alerts = [a for a in self.alerts if a.key not in hidden]
        self._filter()
