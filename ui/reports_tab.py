"""The Reports tab (报表): aging, the day's priority list, collection rate and trend, each as of
one day (default today) and for one salesperson or all, each exported to .xlsx or printed to a
landscape A4 PDF from what it shows.

The views (and Qt Charts with them) are imported only when the tab is first shown: the start of
the app does not pay for them. Each view computes off the UI thread (ui.report_view).
"""
from __future__ import annotations

import datetime as dt
import html
import sys
from pathlib import Path

from PySide6.QtCore import QDate, QStandardPaths, Qt, QUrl
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from services.core.parsing import DATE_MAX, DATE_MIN
from services.core.uow import AppContext
from ui.events import DataEvents
from ui.report_view import ReportActions, ReportView, failure_text
from ui.worker import run_in_background


def documents_folder() -> Path:
    return Path(QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home()))


class ReportsTab(QWidget):
    def __init__(self, ctx: AppContext, events: DataEvents, actions: ReportActions,
                 parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("reportsTab")
        self.ctx, self.events, self.report_actions = ctx, events, actions
        self.views: list[ReportView] = []
        self._built = False
        self._job = None
        self._people_stale = True
        self.as_of = QDateEdit()
        self.as_of.setObjectName("reportsAsOf")
        self.as_of.setDisplayFormat("yyyy-MM-dd")
        self.as_of.setCalendarPopup(True)
        # The days the app accepts anywhere (not Qt's 1752–9999), and a day typed digit by
        # digit is taken once, when finished (Enter or leaving the field), not at each key.
        self.as_of.setDateRange(QDate(DATE_MIN.year, DATE_MIN.month, DATE_MIN.day),
                                QDate(DATE_MAX.year, DATE_MAX.month, DATE_MAX.day))
        self.as_of.setKeyboardTracking(False)
        today = ctx.clock.today()
        self.as_of.setDate(QDate(today.year, today.month, today.day))
        self.as_of.setToolTip(self.tr("报表截至这一天：只计那天之前发生的发货、回款、核销和退货"))
        self.today_button = QPushButton(self.tr("今天"))
        self.salesperson = QComboBox()
        self.salesperson.setObjectName("reportsSalesperson")
        self.salesperson.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.salesperson.addItem(self.tr("全部"), "")
        self.refresh_button = QPushButton(self.tr("刷新"))
        self.export_button = QPushButton(self.tr("导出 Excel…"))
        self.print_button = QPushButton(self.tr("打印 PDF…"))
        self.print_button.setToolTip(self.tr("写成 A4 横向的 PDF（页眉、页脚和页码），可打开后打印"))
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(100)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.notice = QLabel()
        self.notice.setObjectName("reportsNotice")
        self.notice.setTextFormat(Qt.TextFormat.RichText)
        self.notice.setOpenExternalLinks(True)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("截至")))
        top.addWidget(self.as_of)
        top.addWidget(self.today_button)
        top.addWidget(QLabel(self.tr("业务员")))
        top.addWidget(self.salesperson)
        top.addWidget(self.refresh_button)
        top.addStretch(1)
        top.addWidget(self.busy)
        top.addWidget(self.export_button)
        top.addWidget(self.print_button)
        self.pages = QTabWidget()
        self.pages.setObjectName("reportPages")
        self.pages.setDocumentMode(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.notice)
        self.as_of.dateChanged.connect(lambda _d: self._filters_changed())
        self.salesperson.currentIndexChanged.connect(lambda _i: self._filters_changed())
        self.today_button.clicked.connect(self.show_today)
        self.refresh_button.clicked.connect(self.refresh_all)
        self.export_button.clicked.connect(lambda: self.export("xlsx"))
        self.print_button.clicked.connect(lambda: self.export("pdf"))
        self.pages.currentChanged.connect(lambda _i: self._current_changed())
        events.changed.connect(self._on_changed)

    # -- building on first show --------------------------------------------------------
    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if not self._built:
            self._build_views()
        if self._people_stale:
            self._fill_salespeople()
        super().showEvent(event)

    def _build_views(self) -> None:
        # Imported here, on the first showing: the views bring Qt Charts with them.
        from ui.aging_view import AgingView
        from ui.priority_view import PriorityView
        from ui.rate_view import RateView
        from ui.trend_view import TrendView

        self._built = True
        for kind in (AgingView, PriorityView, RateView, TrendView):
            view = kind(self.ctx, self.report_actions, self)
            view.as_of, view.salesperson = self.selected_day(), self.selected_salesperson()
            view.busy_changed.connect(lambda _busy: self._update_buttons())
            self.views.append(view)
            self.pages.addTab(view, view.view_title())

    def _fill_salespeople(self) -> None:
        from services.collection.plan import salespeople

        self._people_stale = False
        current = self.salesperson.currentData()
        self.salesperson.blockSignals(True)
        self.salesperson.clear()
        self.salesperson.addItem(self.tr("全部"), "")
        for name in salespeople(self.ctx.uow()):
            self.salesperson.addItem(name, name)
        self.salesperson.setCurrentIndex(max(0, self.salesperson.findData(current)))
        self.salesperson.blockSignals(False)

    # -- filters -----------------------------------------------------------------------
    def selected_day(self) -> dt.date:
        return self.as_of.date().toPython()

    def selected_salesperson(self) -> str:
        return self.salesperson.currentData() or ""

    def show_today(self) -> None:
        today = self.ctx.clock.today()
        self.as_of.setDate(QDate(today.year, today.month, today.day))

    def _filters_changed(self) -> None:
        day, person = self.selected_day(), self.selected_salesperson()
        for view in self.views:
            view.set_filters(day, person)

    def current_view(self) -> ReportView | None:
        widget = self.pages.currentWidget()
        return widget if isinstance(widget, ReportView) else None

    def refresh_all(self) -> None:
        for view in self.views:
            view.refresh()

    def _current_changed(self) -> None:
        self.notice.clear()
        self._update_buttons()

    def _on_changed(self, _kinds: set) -> None:
        """A write elsewhere: the view on screen reloads, the others when next shown."""
        self._people_stale = True
        if self.isVisible():
            self._fill_salespeople()
        self.refresh_all()

    def focus_filter(self) -> None:
        """Ctrl+F (the main window asks every tab): the as-of day."""
        self.as_of.setFocus()

    def _update_buttons(self) -> None:
        view = self.current_view()
        ready = view is not None and not view.is_busy() and self._job is None
        self.export_button.setEnabled(ready)
        self.print_button.setEnabled(ready)

    # -- export and print ---------------------------------------------------------------
    def export(self, kind: str) -> None:
        """Write what the view in front shows to .xlsx ("xlsx") or a landscape A4 PDF ("pdf"),
        off the UI thread; the notice then links to the file."""
        view = self.current_view()
        table = view.report_table() if view is not None else None
        if table is None:
            self.notice.setText(self.tr("报表还没有算好，请稍候再试"))
            return
        day = self.selected_day().isoformat()
        name = f"{view.view_title()}-{day}"
        if self.selected_salesperson():
            name += f"-{self.selected_salesperson()}"
        name = "".join("-" if c in '\\/:*?"<>|' else c for c in name)
        if kind == "xlsx":
            path, _f = QFileDialog.getSaveFileName(
                self, self.tr("导出 Excel"), str(documents_folder() / f"{name}.xlsx"),
                self.tr("Excel 工作簿 (*.xlsx)"))
        else:
            path, _f = QFileDialog.getSaveFileName(
                self, self.tr("打印 PDF"), str(documents_folder() / f"{name}.pdf"),
                self.tr("PDF 文件 (*.pdf)"))
        if path:
            self.write(table, kind, Path(path))

    def write(self, table, kind: str, path: Path) -> None:
        """Write `table` to `path` in the background (the tests call this directly)."""
        from services.reports import export

        company = self._company_name()
        page_label = self.tr("第 {page} 页 / 共 {pages} 页")
        printed_label = self.tr("打印时间：{time}")

        def work() -> Path:
            if kind == "xlsx":
                return export.write_xlsx(table, path)
            return export.write_pdf(table, path, company=company, page_label=page_label,
                                    printed_label=printed_label)

        self.busy.show()
        self.notice.setText(self.tr("正在写入…"))
        self._job = run_in_background(work, self._written, self._write_failed, self)
        self._update_buttons()

    def _company_name(self) -> str:
        from services.admin.company import get_company

        return get_company(self.ctx.uow()).company_name

    def _written(self, path: Path) -> None:
        self._job = None
        self.busy.hide()
        self._update_buttons()
        link = QUrl.fromLocalFile(str(path)).toString()
        self.notice.setText(self.tr("已写入 {path}").format(
            path=f'<a href="{html.escape(link)}">{html.escape(str(path))}</a>'))
        self.last_written = path

    def _write_failed(self, error: Exception) -> None:
        self._job = None
        self.busy.hide()
        self._update_buttons()
        text = failure_text(error)
        if text is None:  # a bug: the crash box
            sys.excepthook(type(error), error, error.__traceback__)
            return
        self.notice.setText(self.tr("写入失败"))
        QMessageBox.warning(self, self.tr("报表"), self.tr("写入失败：{error}").format(error=text))

