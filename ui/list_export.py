"""Writing a list to an .xlsx file: the columns on screen become a ReportTable
(services.reports.table), written by services.reports.export.write_xlsx off the UI thread with a
busy bar, then a link to the file (as the plan tab does).
"""
from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any, NamedTuple

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QWidget,
)

from services.reports.table import DATE, MONEY, TEXT, Cell, ReportTable
from services.reports.table import Column as ReportColumn
from ui import formatting as fmt
from ui.lazy_model import Column
from ui.worker import run_in_background


def report_columns(columns: Sequence[Column]) -> list[tuple[ReportColumn, Callable[[Any], Cell]]]:
    """Each list column as a report column and how its cell is taken from a row: money and
    dates stay typed (real numbers and dates in the sheet), anything else is the text shown."""
    found = []
    for column in columns:
        if column.text is fmt.money:
            found.append((ReportColumn(column.title, MONEY), column.value))
        elif column.text is fmt.day:
            found.append((ReportColumn(column.title, DATE), column.value))
        else:
            found.append((ReportColumn(column.title, TEXT),
                          lambda row, c=column: c.text(c.value(row))))
    return found


def list_table(title: str, columns: Sequence[Column], rows: Sequence[Any], about: Sequence[str],
               totals_label: str, sheet_name: str = "") -> ReportTable:
    """A ReportTable of `rows` in `columns` (a list's visible ones), with a totals row: the
    label in the first text column and the sum of every money column."""
    pairs = report_columns(columns)
    cells = [[cell(row) for _column, cell in pairs] for row in rows]
    totals: list[Cell] = []
    labelled = False
    for number, (column, _cell) in enumerate(pairs):
        if column.kind == MONEY:
            totals.append(sum((r[number] or Decimal("0.00") for r in cells), Decimal("0.00")))
        elif column.kind == TEXT and not labelled:
            totals.append(totals_label)
            labelled = True
        else:
            totals.append(None)
    return ReportTable(title, [c for c, _ in pairs], cells, about=about, totals=totals,
                       sheet_name=sheet_name or title)


def ask_save_path(parent: QWidget, title: str, stem: str, suffix: str, file_filter: str) -> str:
    """The file to write, asked with a save dialog (Documents/<stem><suffix> offered); "" when
    cancelled."""
    folder = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
    path, _filter = QFileDialog.getSaveFileName(
        parent, title, str(Path(folder) / f"{stem}{suffix}"), file_filter)
    return path


def ask_xlsx_path(parent: QWidget, stem: str) -> str:
    """The .xlsx file to write (Documents/<stem>.xlsx offered); "" when cancelled."""
    return ask_save_path(parent, parent.tr("导出 Excel"), stem, ".xlsx",
                         parent.tr("Excel 工作簿 (*.xlsx)"))


def about_lines(today: dt.date, words: Sequence[str], amounts_as_of: bool = True) -> list[str]:
    """The lines written above an exported list: the day (and, when `amounts_as_of`, that the
    amounts are as of it) and the filters in force in words, or 无（全部）."""
    # the words ListTab said first (their translations kept), spelled out so lupdate sees them
    day = (QCoreApplication.translate("ListTab", "日期：{day}（金额按当天计）") if amounts_as_of
           else QCoreApplication.translate("ListTab", "日期：{day}")).format(day=fmt.day(today))
    if not words:
        return [day, QCoreApplication.translate("ListTab", "筛选：无（全部）")]
    joined = QCoreApplication.translate("ListTab", "；").join(words)
    return [day, QCoreApplication.translate("ListTab", "筛选：{filters}").format(filters=joined)]


def file_stem(name: str, today: dt.date) -> str:
    """A file name for a list exported today: "客户列表-2026-11-24"."""
    return f"{name}-{today.isoformat()}"


class ExportStatus(QWidget):
    """A notice (what the last export did, with a link to the file) and a busy bar; `run`
    writes a table off the UI thread, `run_work` any work that writes a file."""

    exported = Signal(Path)
    finished = Signal()  # after the work, written or failed

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.notice = QLabel()
        self.notice.setObjectName("exportNotice")
        self.notice.setTextFormat(Qt.TextFormat.RichText)
        self.notice.setOpenExternalLinks(True)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # writing the file takes a moment: show that it is working
        self.busy.setMaximumWidth(120)
        self.busy.setTextVisible(False)
        self.busy.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.notice, 1)
        layout.addWidget(self.busy)
        self.job = None
        self._words = ExportWords("", "", "", "", "")

    @property
    def running(self) -> bool:
        return self.job is not None

    def run(self, path: str, make_table: Callable[[], ReportTable]) -> None:
        """Build the table (in the worker: it reads the rows) and write it to `path`."""
        def work() -> Path:
            from services.reports.export import write_xlsx

            return write_xlsx(make_table(), path)

        self.run_work(work, ExportWords(self.tr("正在导出…"), self.tr("已导出到 {path}"),
                                        self.tr("导出失败"), self.tr("导出失败：{error}"),
                                        self.tr("导出 Excel")))

    def run_work(self, work: Callable[[], Any], words: ExportWords) -> None:
        """Run `work` off the UI thread (the busy bar meanwhile); it writes a file of any type
        and returns its path, or (path, {name: value}) for more of `words.done`'s fields. The
        notice then links the file; a failure is said in words (a bug goes to the crash box)."""
        self._words = words
        self.busy.show()
        self.notice.setText(words.working)
        self.job = run_in_background(work, self._done, self._failed, self)

    def _done(self, result) -> None:
        path, params = result if isinstance(result, tuple) else (result, {})
        self.job = None
        self.busy.hide()
        link = QUrl.fromLocalFile(str(path)).toString()
        self.notice.setText(self._words.done.format(
            path=f'<a href="{html.escape(link)}">{html.escape(str(path))}</a>', **params))
        self.exported.emit(Path(path))
        self.finished.emit()

    def _failed(self, error: Exception) -> None:
        from ui.report_view import failure_text

        self.job = None
        self.busy.hide()
        self.finished.emit()
        message = failure_text(error)
        if message is None:
            raise error
        self.notice.setText(html.escape(self._words.failed))
        QMessageBox.warning(self, self._words.title, self._words.reason.format(error=message))


class ExportWords(NamedTuple):
    """What an ExportStatus says, in the words of the one that runs it."""
    working: str   # 正在导出…
    done: str      # 已导出到 {path} (the path is a link; more fields from the work's result)
    failed: str    # 导出失败 (the notice)
    reason: str    # 导出失败：{error} (the message box, with the failure in words)
    title: str     # the message box's title
