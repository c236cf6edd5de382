"""文件 › 导入…: bring customers, contracts, open receivables or payments in from .xlsx, .xls or
.csv (services.imports).

One window, top to bottom: what to import and the file (sheet, encoding as detected for the
user to confirm, header row, date order); which column holds which field (found by the
headers' names, remembered for files with the same headers, changed by hand); the first rows
as they will be read and every problem with its row, column and reason; then 试运行 (what would
be created, updated, skipped), 全部导入 (one transaction: everything or nothing) or 只导入有效行
(the refused rows go to a workbook to correct and import again). Reading, checking and writing
run off the UI thread with a progress bar; 取消 leaves nothing half-imported.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from services.core.environment import DatabaseProblem
from services.core.errors import ValidationError
from services.core.uow import AppContext
from services.imports.fields import KINDS, fields_of
from services.imports.mapping import column_letter
from services.imports.reading import ENCODINGS, ImportFileProblem
from services.imports.rows import Cancelled, ImportOptions, RowProblem, cell_text
from ui.error_text import error_message, reason_text
from ui.problem_text import problem_message
from ui.worker import Job, run_with_progress

CONTEXT = "ImportDialog"

KIND_LABELS = {
    "customers": QT_TRANSLATE_NOOP("ImportDialog", "客户"),
    "contracts": QT_TRANSLATE_NOOP("ImportDialog", "合同及分期（每行一期）"),
    "receivables": QT_TRANSLATE_NOOP("ImportDialog", "期初应收（每行一张发票）"),
    "payments": QT_TRANSLATE_NOOP("ImportDialog", "回款"),
}
# The import fields' labels (services.imports.fields), as the window shows them.
FIELD_LABELS = {text: text for text in (
    QT_TRANSLATE_NOOP("ImportFields", "客户编码"), QT_TRANSLATE_NOOP("ImportFields", "客户名称"),
    QT_TRANSLATE_NOOP("ImportFields", "简称"), QT_TRANSLATE_NOOP("ImportFields", "地址"),
    QT_TRANSLATE_NOOP("ImportFields", "业务员"), QT_TRANSLATE_NOOP("ImportFields", "电话"),
    QT_TRANSLATE_NOOP("ImportFields", "联系人"), QT_TRANSLATE_NOOP("ImportFields", "联系人电话"),
    QT_TRANSLATE_NOOP("ImportFields", "财务联系人"), QT_TRANSLATE_NOOP("ImportFields", "财务电话"),
    QT_TRANSLATE_NOOP("ImportFields", "统一社会信用代码"),
    QT_TRANSLATE_NOOP("ImportFields", "开户行"), QT_TRANSLATE_NOOP("ImportFields", "银行账号"),
    QT_TRANSLATE_NOOP("ImportFields", "信用等级"), QT_TRANSLATE_NOOP("ImportFields", "信用额度"),
    QT_TRANSLATE_NOOP("ImportFields", "付款条件"), QT_TRANSLATE_NOOP("ImportFields", "备注"),
    QT_TRANSLATE_NOOP("ImportFields", "合同号"), QT_TRANSLATE_NOOP("ImportFields", "签订日期"),
    QT_TRANSLATE_NOOP("ImportFields", "发货日期"), QT_TRANSLATE_NOOP("ImportFields", "状态"),
    QT_TRANSLATE_NOOP("ImportFields", "品名"), QT_TRANSLATE_NOOP("ImportFields", "到期日"),
    QT_TRANSLATE_NOOP("ImportFields", "分期金额"), QT_TRANSLATE_NOOP("ImportFields", "是否定金"),
    QT_TRANSLATE_NOOP("ImportFields", "送货单号"), QT_TRANSLATE_NOOP("ImportFields", "发票号"),
    QT_TRANSLATE_NOOP("ImportFields", "日期"), QT_TRANSLATE_NOOP("ImportFields", "金额"),
    QT_TRANSLATE_NOOP("ImportFields", "已收金额"), QT_TRANSLATE_NOOP("ImportFields", "未收金额"),
    QT_TRANSLATE_NOOP("ImportFields", "收款日期"), QT_TRANSLATE_NOOP("ImportFields", "收款金额"),
    QT_TRANSLATE_NOOP("ImportFields", "收款方式"), QT_TRANSLATE_NOOP("ImportFields", "流水号"),
    QT_TRANSLATE_NOOP("ImportFields", "合同号/发票号"))}
ENCODING_LABELS = {
    "utf-8-sig": QT_TRANSLATE_NOOP("ImportDialog", "UTF-8（带 BOM）"),
    "utf-8": QT_TRANSLATE_NOOP("ImportDialog", "UTF-8"),
    "gb18030": QT_TRANSLATE_NOOP("ImportDialog", "GBK / GB18030（中文 Windows 的 Excel）"),
    "utf-16": QT_TRANSLATE_NOOP("ImportDialog", "UTF-16（Unicode 文本）"),
}
PREVIEW_ROWS = 50
PROBLEMS_SHOWN = 2000  # problems listed in the window; the rejected workbook has them all
ERROR_COLOUR = "#b3261e"


def field_label(text: str) -> str:
    return QCoreApplication.translate("ImportFields", FIELD_LABELS.get(text, text))


def problem_text(problem: RowProblem) -> str:
    """第 57 行 到期日：2024-02-30 不是有效日期 — a problem in the user's words, naming the
    column as the file heads it."""
    reason = reason_text(problem.error())
    if not problem.column:
        return QCoreApplication.translate("ImportDialog", "第 {row} 行：{reason}").format(
            row=problem.row, reason=reason)
    return QCoreApplication.translate("ImportDialog", "第 {row} 行 {column}：{value} {reason}").format(
        row=problem.row, column=problem.column, value=problem.value, reason=reason).replace(
        "： ", "：")


class ImportDialog(QDialog):
    """The import window; `kind` is preselected (the first-run page's buttons)."""

    def __init__(self, ctx: AppContext, kind: str = "customers", parent=None, events=None) -> None:
        super().__init__(parent)
        self.ctx, self.events = ctx, events
        self.opened = None       # services.imports.run.OpenedFile
        self.checked = None      # services.imports.rows.CheckedRows
        self.report = None       # the last ImportReport
        self.job: Job | None = None
        self._close_when_done = False
        self._filling = False
        self.setWindowTitle(self.tr("导入"))
        self.resize(1100, 720)
        self._build(kind)

    # -- building ----------------------------------------------------------------------------
    def _build(self, kind: str) -> None:
        self.kind = QComboBox()
        for code in KINDS:
            self.kind.addItem(QCoreApplication.translate(CONTEXT, KIND_LABELS[code]), code)
        self.kind.setCurrentIndex(KINDS.index(kind) if kind in KINDS else 0)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.path = QLineEdit()
        self.path.setReadOnly(True)
        self.path.setPlaceholderText(self.tr("选择 .xlsx、.xls 或 .csv 文件"))
        self.choose_button = QPushButton(self.tr("选择文件…"))
        self.choose_button.clicked.connect(self.choose_file)
        self.template_button = QPushButton(self.tr("下载导入模板…"))
        self.template_button.clicked.connect(self.save_template)
        self.sheet = QComboBox()
        self.sheet.currentIndexChanged.connect(self._reopen)
        self.encoding = QComboBox()
        for code in ENCODINGS:
            self.encoding.addItem(QCoreApplication.translate(CONTEXT, ENCODING_LABELS[code]), code)
        self.encoding.currentIndexChanged.connect(self._reopen)
        self.encoding_note = QLabel()
        self.header_row = QSpinBox()
        self.header_row.setRange(1, 1000)
        self.header_row.setToolTip(self.tr("列名所在的行（标题行之上的表头说明会被跳过）"))
        self.header_row.valueChanged.connect(self._reopen)
        self.us_dates = QCheckBox(self.tr("日期为 月/日/年（美式，如 3/5/2024）"))
        self.us_dates.toggled.connect(self._recheck)
        self.rest = QComboBox()
        self.rest.addItem(self.tr("其余按到期日从早到晚核销"), "oldest")
        self.rest.addItem(self.tr("其余留作预收款（未核销）"), "credit")
        self.rest.setToolTip(self.tr("回款行写明了合同号/发票号时：先核销该合同，超出它欠款的部分如何处理"))
        self.rest.currentIndexChanged.connect(self._recheck)

        file_box = QGroupBox(self.tr("1. 文件"))
        grid = QGridLayout(file_box)
        grid.addWidget(QLabel(self.tr("导入内容")), 0, 0)
        grid.addWidget(self.kind, 0, 1)
        grid.addWidget(self.template_button, 0, 2)
        grid.addWidget(QLabel(self.tr("文件")), 1, 0)
        grid.addWidget(self.path, 1, 1)
        grid.addWidget(self.choose_button, 1, 2)
        options = QHBoxLayout()
        self.sheet_label = QLabel(self.tr("工作表"))
        options.addWidget(self.sheet_label)
        options.addWidget(self.sheet)
        self.encoding_label = QLabel(self.tr("编码"))
        options.addWidget(self.encoding_label)
        options.addWidget(self.encoding)
        options.addWidget(self.encoding_note)
        options.addWidget(QLabel(self.tr("列名在第")))
        options.addWidget(self.header_row)
        options.addWidget(QLabel(self.tr("行")))
        options.addStretch(1)
        grid.addLayout(options, 2, 1, 1, 2)
        more = QHBoxLayout()
        more.addWidget(self.us_dates)
        self.rest_label = QLabel(self.tr("回款写明合同时"))
        more.addWidget(self.rest_label)
        more.addWidget(self.rest)
        more.addStretch(1)
        grid.addLayout(more, 3, 1, 1, 2)
        grid.setColumnStretch(1, 1)

        self.mapping_table = QTableWidget(0, 2)
        self.mapping_table.setHorizontalHeaderLabels([self.tr("字段"), self.tr("文件中的列")])
        self.mapping_table.verticalHeader().hide()
        self.mapping_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeToContents)
        self.mapping_table.horizontalHeader().setStretchLastSection(True)
        self.mapping_note = QLabel()
        self.mapping_note.setWordWrap(True)
        mapping_box = QGroupBox(self.tr("2. 列对应"))
        mapping_layout = QVBoxLayout(mapping_box)
        mapping_layout.addWidget(self.mapping_table)
        mapping_layout.addWidget(self.mapping_note)

        self.preview = QTableWidget(0, 0)
        self.preview.setEditTriggers(QTableWidget.NoEditTriggers)
        self.preview.verticalHeader().hide()
        self.problems = QPlainTextEdit()
        self.problems.setReadOnly(True)
        self.problems.setPlaceholderText(self.tr("没有发现问题"))
        preview_box = QGroupBox(self.tr("3. 预览（前 {n} 行，按导入时的读法）与问题").format(n=PREVIEW_ROWS))
        preview_layout = QVBoxLayout(preview_box)
        inner = QSplitter(Qt.Vertical)
        inner.addWidget(self.preview)
        inner.addWidget(self.problems)
        inner.setSizes([320, 140])
        preview_layout.addWidget(inner)

        middle = QSplitter(Qt.Horizontal)
        middle.addWidget(mapping_box)
        middle.addWidget(preview_box)
        middle.setSizes([330, 770])

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.progress = QProgressBar()
        self.progress.hide()
        self.dry_run_button = QPushButton(self.tr("试运行"))
        self.dry_run_button.setToolTip(self.tr("只统计将新建、更新和跳过多少条，不写入任何数据"))
        self.dry_run_button.clicked.connect(self.dry_run)
        self.import_button = QPushButton(self.tr("全部导入"))
        self.import_button.setToolTip(self.tr("一次写入全部行：有任何一行有问题就什么都不写入"))
        self.import_button.clicked.connect(self.import_all)
        self.valid_button = QPushButton(self.tr("只导入有效行…"))
        self.valid_button.setToolTip(self.tr("写入没有问题的行；有问题的行另存为 Excel，改好后可再导入"))
        self.valid_button.clicked.connect(self.import_valid)
        self.close_button = QPushButton(self.tr("关闭"))
        self.close_button.clicked.connect(self._close_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addStretch(0)
        buttons.addWidget(self.dry_run_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.valid_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(file_box)
        layout.addWidget(middle, 1)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        self._kind_changed()

    # -- state -------------------------------------------------------------------------------
    @property
    def kind_code(self) -> str:
        return self.kind.currentData()

    @property
    def running(self) -> bool:
        return self.job is not None

    def options(self) -> ImportOptions:
        return ImportOptions(us_dates=self.us_dates.isChecked(), rest=self.rest.currentData())

    def _update_buttons(self) -> None:
        ready = self.checked is not None and not self.running
        has_problems = bool(ready and self.checked.problems)
        has_records = bool(ready and self.checked.records)
        self.dry_run_button.setEnabled(ready)
        self.import_button.setEnabled(ready and not has_problems and has_records)
        self.valid_button.setEnabled(has_problems and has_records)
        for widget in (self.kind, self.choose_button, self.sheet, self.encoding, self.header_row,
                       self.us_dates, self.rest, self.mapping_table, self.template_button):
            widget.setEnabled(not self.running)
        self.sheet.setEnabled(not self.running and self.sheet.count() > 0)
        self.encoding.setEnabled(not self.running and self.opened is not None
                                 and self.opened.info.format == "csv")
        self.close_button.setText(self.tr("取消") if self.running else self.tr("关闭"))
        self.progress.setVisible(self.running)

    def _say(self, text: str, error: bool = False) -> None:
        self.summary.setText(text)
        self.summary.setStyleSheet(f"color: {ERROR_COLOUR};" if error else "")

    def _kind_changed(self) -> None:
        is_payments = self.kind_code == "payments"
        self.rest.setVisible(is_payments)
        self.rest_label.setVisible(is_payments)
        if self.opened is not None:
            self._reopen()
        else:
            self._fill_mapping({}, [])
            self._update_buttons()

    # -- the file ----------------------------------------------------------------------------
    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("选择要导入的文件"), "",
            self.tr("Excel 或 CSV (*.xlsx *.xlsm *.xls *.csv *.txt)"))
        if path:
            self.open_path(path)

    def open_path(self, path: str | Path) -> None:
        """Read the file (off the UI thread), guess its header and columns, then check it."""
        self.path.setText(str(path))
        self.opened = None
        self._open(sheet=None, encoding=None, header_row=None)

    def _reopen(self) -> None:
        """A sheet, encoding or header row chosen by hand: read again with it."""
        if self._filling or not self.path.text():
            return
        sheet = self.sheet.currentText() or None
        encoding = self.encoding.currentData() if (
            self.opened is not None and self.opened.info.format == "csv") else None
        self._open(sheet=sheet, encoding=encoding, header_row=self.header_row.value() - 1
                   if self.opened is not None else None)

    def _open(self, *, sheet, encoding, header_row) -> None:
        from services.imports.run import open_file

        path, kind, options = self.path.text(), self.kind_code, self.options()
        ctx = self.ctx

        def work(progress, cancelled):
            opened = open_file(ctx.uow(), path, kind, sheet=sheet, encoding=encoding,
                               header_row=header_row)
            return opened, _checked(opened, opened.mapping, options, progress, cancelled)

        self._start(work, self._opened, self.tr("正在读取文件…"))

    def _opened(self, result) -> None:
        self.opened, checked = result
        self._filling = True
        try:
            self.sheet.clear()
            self.sheet.addItems(list(self.opened.info.sheets))
            if self.opened.sheet:
                self.sheet.setCurrentText(self.opened.sheet)
            self.sheet.setVisible(bool(self.opened.info.sheets))
            self.sheet_label.setVisible(bool(self.opened.info.sheets))
            is_csv = self.opened.info.format == "csv"
            self.encoding.setVisible(is_csv)
            self.encoding_label.setVisible(is_csv)
            self.encoding_note.setVisible(is_csv)
            if is_csv:
                self.encoding.setCurrentIndex(max(0, self.encoding.findData(self.opened.encoding)))
                sure = self.opened.info.encoding_confident or encoding_chosen(self)
                self.encoding_note.setText(
                    self.tr("（已自动识别，请核对预览中的中文）") if sure
                    else self.tr("（无法确定编码：请看预览中的中文是否正常，必要时换一种）"))
                self.encoding_note.setStyleSheet("" if sure else f"color: {ERROR_COLOUR};")
            self.header_row.setMaximum(max(1, len(self.opened.all_rows)))
            self.header_row.setValue(self.opened.header_row + 1)
            self._fill_mapping(self.opened.mapping, self.opened.headers)
        finally:
            self._filling = False
        self.mapping_note.setText(self.tr("已按上次导入相同列名的文件对应。") if self.opened.remembered
                                  else self.tr("按列名自动对应；认不出的列请手工选择。"))
        self._show_checked(checked)

    # -- mapping -----------------------------------------------------------------------------
    def _fill_mapping(self, mapping: dict, headers: list[str]) -> None:
        specs = fields_of(self.kind_code)
        self.mapping_table.setRowCount(len(specs))
        for row, spec in enumerate(specs):
            name = field_label(spec.label) + (" *" if spec.required else "")
            item = QTableWidgetItem(name)
            item.setFlags(Qt.ItemIsEnabled)
            item.setData(Qt.UserRole, spec.name)
            if spec.required:
                item.setToolTip(self.tr("必填"))
            self.mapping_table.setItem(row, 0, item)
            combo = QComboBox()
            combo.addItem(self.tr("（不导入）"), -1)
            for column, header in enumerate(headers):
                combo.addItem(f"{column_letter(column)}: {header}" if header
                              else column_letter(column), column)
            combo.setCurrentIndex(max(0, combo.findData(mapping.get(spec.name, -1))))
            combo.currentIndexChanged.connect(self._recheck)
            self.mapping_table.setCellWidget(row, 1, combo)

    def mapping(self) -> dict[str, int]:
        """{field: column} as the table shows it now."""
        chosen = {}
        for row in range(self.mapping_table.rowCount()):
            combo = self.mapping_table.cellWidget(row, 1)
            if combo is not None and combo.currentData() is not None and combo.currentData() >= 0:
                chosen[self.mapping_table.item(row, 0).data(Qt.UserRole)] = combo.currentData()
        return chosen

    def set_mapping(self, field: str, column: int) -> None:
        """Map `field` to `column` (-1: not imported), as a user choosing it would."""
        for row in range(self.mapping_table.rowCount()):
            if self.mapping_table.item(row, 0).data(Qt.UserRole) == field:
                combo = self.mapping_table.cellWidget(row, 1)
                combo.setCurrentIndex(combo.findData(column))

    def _recheck(self) -> None:
        """The mapping or an option changed: check the rows again (off the UI thread)."""
        if self._filling or self.opened is None or self.running:
            return
        opened, mapping, options = self.opened, self.mapping(), self.options()
        self._start(lambda progress, cancelled: _checked(opened, mapping, options, progress,
                                                         cancelled),
                    self._show_checked, self.tr("正在检查…"))

    # -- preview and problems ----------------------------------------------------------------
    def _show_checked(self, checked) -> None:
        self.report = None
        if isinstance(checked, ValidationError):
            self.checked = None
            self._fill_preview(None)
            self.problems.setPlainText("")
            self._say(self._mapping_problem(checked), error=True)
            self._update_buttons()
            return
        self.checked = checked
        self._fill_preview(checked)
        self.problems.setPlainText("\n".join(self._problem_lines(checked.problems,
                                                                 checked.not_records)))
        bad = len(checked.bad_rows)
        if not checked.records and not bad:
            self._say(self.tr("列名所在的第 {row} 行下面没有可导入的行：请检查工作表和列名所在的行。").format(
                row=self.opened.header_row + 1), error=True)
            self._update_buttons()
            return
        if bad:
            self._say(self.tr("共 {rows} 行：{good} 行可以导入，{bad} 行有问题（见上方列表）。"
                              "可以改好文件后重新选择，或只导入有效行。").format(
                rows=checked.rows_read, good=len(checked.records), bad=bad), error=True)
        else:
            self._say(self.tr("共 {rows} 行，没有发现问题。可以先试运行，看将新建、更新和跳过多少条。")
                      .format(rows=checked.rows_read))
        self._update_buttons()

    def _mapping_problem(self, error: ValidationError) -> str:
        if error.reason == "not_mapped":
            spec = next((s for s in fields_of(self.kind_code) if s.name == error.field), None)
            label = field_label(spec.label) if spec else error.field
            return self.tr("请为必填字段“{field}”选择文件中的列。").format(field=label)
        if error.reason == "column_twice":
            return self.tr("第 {column} 列被选给了两个字段：每列只能对应一个字段。").format(
                column=column_letter(int(error.params.get("column", 1)) - 1))
        return error_message(error)

    def _fill_preview(self, checked) -> None:
        self.preview.clear()
        if self.opened is None or checked is None:
            self.preview.setRowCount(0)
            self.preview.setColumnCount(0)
            return
        mapping = self.mapping()
        specs = [s for s in fields_of(self.kind_code) if s.name in mapping]
        records = {record.row: record for record in checked.records}
        problems: dict[int, dict[str, str]] = {}
        for problem in checked.problems:
            problems.setdefault(problem.row, {})[problem.field] = problem_text(problem)
        rows = self.opened.rows[:PREVIEW_ROWS]
        self.preview.setColumnCount(len(specs) + 1)
        self.preview.setHorizontalHeaderLabels(
            [self.tr("行号"), *(field_label(s.label) for s in specs)])
        self.preview.setRowCount(len(rows))
        bad_brush = QBrush(QColor("#fde2e0"))
        for index, (row_number, cells) in enumerate(rows):
            self.preview.setItem(index, 0, QTableWidgetItem(str(row_number)))
            record = records.get(row_number)
            for column, spec in enumerate(specs, start=1):
                if record is not None:
                    text = _shown(spec.name, record.values.get(spec.name))
                else:
                    cell = cells[mapping[spec.name]] if mapping[spec.name] < len(cells) else None
                    text = cell_text(cell)
                item = QTableWidgetItem(text)
                why = problems.get(row_number, {}).get(spec.name)
                if why:
                    item.setBackground(bad_brush)
                    item.setToolTip(why)
                self.preview.setItem(index, column, item)
        self.preview.resizeColumnsToContents()

    # -- running -----------------------------------------------------------------------------
    def _start(self, work, on_done, status: str) -> None:
        if self.job is not None:
            self.job.cancel()
        self._say(status)
        self.progress.setRange(0, 0)
        self.job = run_with_progress(work, lambda result: self._done(on_done, result),
                                     self._failed, self._progressed, self)
        self._update_buttons()

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _done(self, on_done, result) -> None:
        self.job = None
        if not self._close_if_asked():
            on_done(result)
            self._update_buttons()

    def _failed(self, error: Exception) -> None:
        self.job = None
        self._update_buttons()
        if self._close_if_asked():
            return
        if isinstance(error, Cancelled):
            self._say(self.tr("已取消，没有写入任何数据。"))
        elif isinstance(error, ImportFileProblem):
            self._show_what_is_read()
            self._say(self.file_problem(error), error=True)
        elif isinstance(error, DatabaseProblem):
            self._say(problem_message(error), error=True)
        elif isinstance(error, ValidationError):
            self._say(error_message(error), error=True)
        elif isinstance(error, OSError):
            self._say(self.tr("无法写入 {path}：{reason}").format(
                path=error.filename or "", reason=error.strerror or error), error=True)
        else:
            raise error  # a bug: the crash box

    def _show_what_is_read(self) -> None:
        """After a sheet, encoding or header row chosen by hand could not be read: the choices
        shown go back to those of the rows still shown (and imported), never another's."""
        if self.opened is None:
            return
        self._filling = True
        try:
            if self.opened.sheet:
                self.sheet.setCurrentText(self.opened.sheet)
            if self.opened.encoding:
                self.encoding.setCurrentIndex(max(0, self.encoding.findData(self.opened.encoding)))
            self.header_row.setValue(self.opened.header_row + 1)
        finally:
            self._filling = False

    def file_problem(self, error: ImportFileProblem) -> str:
        """Why the file cannot be read, in the user's words, with what to do."""
        words = {
            "unsupported": self.tr("只能导入 .xlsx、.xls、.csv 或 .txt 文件。"),
            "unreadable": self.tr("无法打开这个文件：它可能已被 Excel 等程序打开（请先关闭），"
                                  "或没有读取权限。"),
            "damaged": self.tr("这个文件已损坏或不是它的扩展名所说的格式。请在 Excel 中打开并另存为 .xlsx 后再试。"),
            "empty": self.tr("这个文件（或工作表）是空的。"),
            "encoding": self.tr("按所选编码读不通第 {line} 行：请换一种编码。"),
            "no_sheet": self.tr("找不到工作表“{sheet}”。"),
        }
        text = words.get(error.reason, error.reason)
        return text.format(**{key: error.params.get(key, "") for key in ("line", "sheet")})

    def _close_if_asked(self) -> bool:
        if self._close_when_done:
            QDialog.reject(self)
        return self._close_when_done

    def _close_clicked(self) -> None:
        if self.running:
            self.job.cancel()
            self._say(self.tr("正在取消…"))
        else:
            self.reject()

    def reject(self) -> None:
        """Esc or the close box while work runs: cancel it, close once it stopped (an import
        cancelled writes nothing)."""
        if self.running:
            self._close_when_done = True
            self.job.cancel()
            return
        super().reject()

    # -- dry run and import ------------------------------------------------------------------
    def dry_run(self) -> None:
        self._run(dry_run=True, valid_only=False)

    def import_all(self) -> None:
        self._run(dry_run=False, valid_only=False)

    def import_valid(self) -> None:
        """Import the valid rows; the refused ones go to a workbook chosen now."""
        if self.opened is None:
            return
        suggested = str(self.opened.info.path.with_name(
            self.tr("{name}-未导入的行.xlsx").format(name=self.opened.info.path.stem)))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("有问题的行保存到"), suggested,
                                              "Excel (*.xlsx)")
        if not path:
            return
        self._run(dry_run=False, valid_only=True, rejected=Path(path))

    def _run(self, *, dry_run: bool, valid_only: bool, rejected: Path | None = None) -> None:
        from services.imports.run import run_import, write_rejected

        if self.checked is None or self.opened is None:
            return
        ctx, opened, checked = self.ctx, self.opened, self.checked
        mapping, options = self.mapping(), self.options()
        describe = problem_text

        def work(progress, cancelled):
            report = run_import(ctx.uow(), opened, checked, mapping, options, dry_run=dry_run,
                                valid_only=valid_only, progress=progress, cancelled=cancelled)
            written = 0
            if rejected is not None and report.written and report.problems:
                written = write_rejected(opened, report.problems, rejected, describe)
            return report, written

        status = self.tr("正在试运行…") if dry_run else self.tr("正在导入…")
        self._start(work, lambda result: self._finished(result, rejected), status)

    def _finished(self, result, rejected: Path | None) -> None:
        self.report, rejected_count = result
        report = self.report
        created = report.created
        counts = self.tr("客户 {customers} 个，合同 {contracts} 份，回款 {payments} 笔").format(
            customers=created.get("customers", 0), contracts=created.get("contracts", 0),
            payments=created.get("payments", 0))
        exists = sum(1 for s in report.skipped if s.reason == "exists")
        unchanged = sum(1 for s in report.skipped if s.reason == "unchanged")
        rest = self.tr("更新客户 {updated} 个；跳过 {exists} 行（已导入过），{unchanged} 行（没有变化）；"
                       "有问题 {bad} 行。").format(updated=report.updated, exists=exists,
                                                unchanged=unchanged, bad=len(report.rejected_rows))
        if report.dry_run:
            self._say(self.tr("试运行：将新建 {counts}；{rest}").format(counts=counts, rest=rest),
                      error=bool(report.problems))
            self._show_problems(report.problems)
            return
        if not report.written:
            self._show_problems(report.problems)
            self._say(self.tr("没有导入：{bad} 行有问题（见上方列表）。全部导入时任何一行有问题就什么都不写入；"
                              "改好文件后重新选择，或只导入有效行。").format(
                bad=len(report.rejected_rows)), error=True)
            return
        text = self.tr("已导入：新建 {counts}；{rest}").format(counts=counts, rest=rest)
        if rejected is not None and rejected_count:
            text += " " + self.tr("有问题的 {n} 行已保存到 {path}，改好后可再导入。").format(
                n=rejected_count, path=rejected)
        if report.unapplied:
            from ui import formatting as fmt

            text += " " + self.tr("其中 {amount} 的回款没有可核销的欠款，留作客户的预收款（未核销）。").format(
                amount=fmt.money(report.unapplied))
        if report.credit_holds:
            text += " " + self.tr("导入的是历史数据，没有执行信用控制；按现在的数据，{n} 个客户会被信用控制拦下"
                                  "（有逾期、超出额度、暂停供货或在黑名单上），例如：{examples}。").format(
                n=len(report.credit_holds),
                examples="、".join(f"{n.customer_code} {n.customer_name}"
                                  for n in report.credit_holds[:5]))
        self._say(text)
        self._show_problems(report.problems)
        if self.events is not None:
            from ui.events import CONTRACTS, CUSTOMERS, PAYMENTS

            self.events.announce(CUSTOMERS, CONTRACTS, PAYMENTS)
        self.checked = None  # imported: choose the file again to import more
        self._update_buttons()

    def _show_problems(self, problems: list[RowProblem]) -> None:
        """After a dry run or an import: its problems, and the rows it passed over as not data."""
        not_records = [(item.row, item.key) for item in (self.report.skipped if self.report else [])
                       if item.reason == "not_a_record"]
        self.problems.setPlainText("\n".join(self._problem_lines(problems, not_records)))

    def _problem_lines(self, problems: list[RowProblem],
                       not_records: list[tuple[int, str]]) -> list[str]:
        """Each problem in words (at most PROBLEMS_SHOWN, then how many more), then one line
        naming the rows that are not data."""
        shown = problems[:PROBLEMS_SHOWN]
        lines = [problem_text(problem) for problem in shown]
        if len(problems) > len(shown):
            lines.append(self.tr("……另有 {n} 个问题（只导入有效行时全部写入退回文件）").format(
                n=len(problems) - len(shown)))
        if not_records:
            lines.append(self.tr("第 {rows} 行不是数据（如“{text}”），不导入。").format(
                rows="、".join(str(row) for row, _ in not_records[:10])
                + ("…" if len(not_records) > 10 else ""), text=not_records[0][1]))
        return lines

    # -- templates ---------------------------------------------------------------------------
    def save_template(self) -> None:
        """Write the import template of the chosen kind where the user says."""
        from services.imports.templates import template_file_name, write_template

        kind = self.kind_code
        path, _ = QFileDialog.getSaveFileName(self, self.tr("保存导入模板"),
                                              template_file_name(kind), "Excel (*.xlsx)")
        if not path:
            return
        try:
            write_template(kind, Path(path))
        except OSError as error:
            QMessageBox.warning(self, self.tr("导入"), self.tr("无法写入 {path}：{reason}").format(
                path=path, reason=error.strerror or error))
            return
        self._say(self.tr("模板已保存到 {path}：按表头填写（带 * 的必填），保存后在这里选择它导入。")
                  .format(path=path))


def _checked(opened, mapping: dict[str, int], options: ImportOptions, progress, cancelled):
    """The rows checked under `mapping` (in the worker), or the ValidationError saying the
    mapping does not cover the kind (shown in words, not raised)."""
    from services.imports.run import check_file

    try:
        return check_file(opened, mapping, options,
                          lambda done: progress(done, len(opened.rows)), cancelled)
    except ValidationError as error:
        return error


def encoding_chosen(dialog: ImportDialog) -> bool:
    """True when the encoding shown is one the user picked (not the detector's guess)."""
    return dialog.opened is not None and dialog.opened.encoding != dialog.opened.info.encoding


def _shown(name: str, value) -> str:
    """A checked value as the preview shows it: dates ISO, money with two decimals, a
    payment method or status in words."""
    from ui.labels import CONTRACT_STATUS, PAYMENT_METHOD, label

    if value is None:
        return ""
    if name == "method":
        return label(PAYMENT_METHOD, value)
    if name == "status" and value:
        return label(CONTRACT_STATUS, value)
    if isinstance(value, bool):
        return QCoreApplication.translate("ImportDialog", "是") if value else \
            QCoreApplication.translate("ImportDialog", "否")
    return str(value)


def open_import_dialog(parent: QWidget, ctx: AppContext, kind: str = "customers") -> ImportDialog:
    """Show the import window (modeless, one at a time per main window)."""
    dialog = ImportDialog(ctx, kind, parent, getattr(parent, "events", None))
    dialog.setAttribute(Qt.WA_DeleteOnClose)
    dialog.show()
    return dialog

