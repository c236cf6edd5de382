"""批量打印价格确认书: choose contracts and where the PDFs go, then issue them off the UI thread.

The candidates are services.documents.batch.list_candidates (confirmed, confirmation not back
signed), filtered by salesperson and signing days there and by what is typed here. The work runs
in the thread pool (ui.worker.run_with_progress) with a progress bar; 取消 stops it between
contracts. What a cancel leaves is the service's rule: one PDF records nothing; one file per
contract keeps the files already written, each recorded.
"""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from services.core.errors import ValidationError
from services.core.parsing import parse_date
from services.core.uow import AppContext
from services.documents import batch
from ui import formatting as fmt
from ui import geometry
from ui.batch_run import BatchRunDialog, RunWords
from ui.date_field import date_edit
from ui.error_text import error_message
from ui.worker import run_in_background

SORT_ROLE = Qt.ItemDataRole.UserRole


class CandidatesModel(QAbstractTableModel):
    """The candidate contracts, each with a check box in its first column."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.titles = [self.tr("合同编号"), self.tr("客户"), self.tr("业务员"), self.tr("签订日期"),
                       self.tr("合同金额"), self.tr("已出具的确认书")]
        self.rows: list[batch.Candidate] = []
        self.checked: set[int] = set()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.titles)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.titles[section]
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsUserCheckable if index.column() == 0 else flags

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == 0:
            return (Qt.CheckState.Checked if row.contract_id in self.checked
                    else Qt.CheckState.Unchecked)
        raw = (row.contract_number, row.customer_name, row.salesperson, row.signed_on, row.total,
               row.issued)[column]
        if role == SORT_ROLE:
            return str(raw) if column == 3 else (float(raw) if column == 4 else raw)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 3:
                return fmt.day(raw)
            if column == 4:
                return fmt.money(raw)
            return raw if raw or column != 5 else self.tr("（新编号）")
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != 0:
            return False
        state = value if isinstance(value, Qt.CheckState) else Qt.CheckState(int(value))
        self.set_checked([self.rows[index.row()].contract_id], state == Qt.CheckState.Checked)
        return True

    def set_rows(self, rows: list[batch.Candidate]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.checked &= {row.contract_id for row in rows}
        self.endResetModel()

    def set_checked(self, contract_ids, checked: bool) -> None:
        """Tick (or untick) the given contracts."""
        ids = set(contract_ids)
        self.checked = self.checked | ids if checked else self.checked - ids
        for i, row in enumerate(self.rows):
            if row.contract_id in ids:
                self.dataChanged.emit(self.index(i, 0), self.index(i, 0),
                                      [Qt.ItemDataRole.CheckStateRole])

    def chosen(self) -> list[int]:
        """The ticked contracts in the list's order."""
        return [row.contract_id for row in self.rows if row.contract_id in self.checked]


class BatchDocumentsDialog(BatchRunDialog):
    """批量打印价格确认书: the candidates with check boxes and filters, the output (one PDF or
    one file per contract) and a progress bar with 取消 while the batch runs."""

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("批量打印价格确认书"))
        self.model = CandidatesModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        layout = QVBoxLayout(self)
        layout.addWidget(self._filters())
        layout.addWidget(self._table(), 1)
        layout.addWidget(self._output())
        layout.addLayout(self._run_row())
        geometry.remember(self, (960, 640))
        self.reload()

    # -- building --------------------------------------------------------------------------
    def _filters(self) -> QGroupBox:
        box = QGroupBox(self.tr("选择合同（已确认、价格确认书未签回）"))
        grid = QGridLayout(box)
        self.salesperson = QComboBox()
        self.salesperson.addItem(self.tr("全部业务员"), "")
        self.signed_from = date_edit(today=self.ctx.clock.today)
        self.signed_to = date_edit(today=self.ctx.clock.today)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("合同编号、客户或业务员"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.query_button = QPushButton(self.tr("查询"))
        self.query_button.clicked.connect(lambda: self.reload())
        grid.addWidget(QLabel(self.tr("业务员")), 0, 0)
        grid.addWidget(self.salesperson, 0, 1)
        grid.addWidget(QLabel(self.tr("签订日期")), 0, 2)
        grid.addWidget(self.signed_from, 0, 3)
        grid.addWidget(QLabel(self.tr("至")), 0, 4)
        grid.addWidget(self.signed_to, 0, 5)
        grid.addWidget(self.query_button, 0, 6)
        for field in (self.signed_from, self.signed_to):
            field.setMaximumWidth(field.fontMetrics().horizontalAdvance("2026-01-31") + 60)
        grid.setColumnStretch(7, 1)
        grid.addWidget(QLabel(self.tr("查找")), 1, 0)
        grid.addWidget(self.search, 1, 1, 1, 7)
        return box

    def _table(self) -> QGroupBox:
        box = QGroupBox(self.tr("合同"))
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the service's order at first
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((150, 240, 80, 100, 120)):
            header.resizeSection(column, width)
        self.count = QLabel()
        self.tick_button = QPushButton(self.tr("全选"))
        self.untick_button = QPushButton(self.tr("全不选"))
        self.tick_button.clicked.connect(lambda: self._tick_shown(True))
        self.untick_button.clicked.connect(lambda: self._tick_shown(False))
        self.model.dataChanged.connect(lambda *_: self._count_chosen())
        self.model.modelReset.connect(self._count_chosen)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count, 1)
        buttons.addWidget(self.tick_button)
        buttons.addWidget(self.untick_button)
        column = QVBoxLayout(box)
        column.addWidget(self.view, 1)
        column.addLayout(buttons)
        return box

    def _output(self) -> QGroupBox:
        box = QGroupBox(self.tr("输出"))
        self.per_contract = self._output_choice(
            self.tr("合并为一个 PDF 文件"), self.tr("每份合同一个 PDF 文件（合同编号 客户名称.pdf）"))
        grid = QGridLayout(box)
        grid.addWidget(self.one_pdf, 0, 0, 1, 2)
        grid.addWidget(self.per_contract, 1, 0, 1, 2)
        grid.addWidget(self.path, 2, 0)
        grid.addWidget(self.choose_button, 2, 1)
        return box

    def run_words(self) -> RunWords:
        return RunWords(
            self.tr("开始生成"), self.tr("关闭"), self.tr("取消"), self.tr("正在取消…"),
            self.tr("保存到…"), self.tr("选择…"), self.tr("保存为 PDF"), self.tr("保存到文件夹"),
            self.tr("价格确认书 {day}.pdf"), self.tr("请先选择保存位置。"),
            self.tr("无法写入 {path}：{reason}"), self.tr("生成失败：{error}"))

    def inputs(self):
        return (self.view, self.salesperson, self.signed_from, self.signed_to, self.search,
                self.query_button, self.tick_button, self.untick_button)

    # -- the list ----------------------------------------------------------------------------
    def reload(self, keep_status: bool = False) -> None:
        """Read the candidates again with the salesperson and signing days chosen (keeping
        what the status line says, after a batch)."""
        try:
            first = parse_date(self.signed_from.text(), "signed_from") if \
                self.signed_from.text().strip() else None
            last = parse_date(self.signed_to.text(), "signed_to") if \
                self.signed_to.text().strip() else None
        except ValidationError as error:
            self._say(error_message(error), error=True)
            return
        ctx, salesperson = self.ctx, self.salesperson.currentData() or None

        def work():
            return (batch.list_candidates(ctx.uow(), salesperson=salesperson, signed_from=first,
                                          signed_to=last),
                    batch.candidate_salespeople(ctx.uow()))

        if not keep_status:
            self._say(self.tr("正在读取…"))
        run_in_background(work, lambda found: self._show_candidates(found, keep_status),
                          self._failed, self)

    def _show_candidates(self, found, keep_status: bool = False) -> None:
        rows, salespeople = found
        current = self.salesperson.currentData()
        self.salesperson.blockSignals(True)
        while self.salesperson.count() > 1:
            self.salesperson.removeItem(1)
        for name in salespeople:
            self.salesperson.addItem(name, name)
        self.salesperson.setCurrentIndex(max(0, self.salesperson.findData(current)))
        self.salesperson.blockSignals(False)
        self.model.set_rows(rows)
        if not keep_status:
            self._say("")

    def _tick_shown(self, checked: bool) -> None:
        shown = [self.model.rows[self.proxy.mapToSource(self.proxy.index(i, 0)).row()].contract_id
                 for i in range(self.proxy.rowCount())]
        self.model.set_checked(shown, checked)

    def _count_chosen(self) -> None:
        self.count.setText(self.tr("共 {rows} 份合同，已选 {chosen} 份").format(
            rows=len(self.model.rows), chosen=len(self.model.checked)))

    # -- running ------------------------------------------------------------------------------
    def start(self) -> None:
        """Run the batch for the ticked contracts into the chosen file or folder."""
        chosen = self.model.chosen()
        if not chosen:
            self._say(self.tr("请先勾选要打印的合同。"), error=True)
            return
        path = self._chosen_path()
        if path is None:
            return
        ctx, one_pdf = self.ctx, self.one_pdf.isChecked()

        def work(progress, cancelled):
            run = batch.print_to_one_pdf if one_pdf else batch.print_to_files
            return run(ctx, chosen, path, progress=progress, cancelled=cancelled)

        self._set_running(True, len(chosen))
        self._launch(work)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)
        if done == total and self.one_pdf.isChecked():
            self._say(self.tr("正在写入文件…"))
        else:
            self._say(self.tr("已完成 {done} / {total} 份").format(done=done, total=total))

    def _finished(self, result: batch.BatchResult) -> None:
        self._set_running(False)
        self._say(self._summary(result), error=bool(result.skipped))
        self.reload_after()

    def _summary(self, result: batch.BatchResult) -> str:
        if result.cancelled and self.one_pdf.isChecked():
            text = self.tr("已取消：没有记录任何单据，也没有写入文件，编号未被占用。")
        elif result.cancelled:
            text = self.tr("已取消：已写入并记录 {count} 份，其余未处理。").format(
                count=len(result.items))
        else:
            text = self.tr("已生成 {count} 份价格确认书（新编号 {new} 份，重印 {reprinted} 份），"
                           "保存到 {path}").format(
                count=len(result.items), new=result.issued,
                reprinted=len(result.items) - result.issued, path=result.output)
        if result.skipped:
            text += "\n" + self.tr("跳过 {count} 份（合同已作废或已删除）：{numbers}").format(
                count=len(result.skipped),
                numbers=self.tr("、").join(number for number, _error in result.skipped))
        return text

    def _failed(self, error: Exception) -> None:
        was_running = self.running
        self._set_running(False)
        done = ""
        if isinstance(error, batch.BatchStopped):
            done = self.tr("已写入并记录 {count} 份，之后出错：").format(
                count=len(error.result.items))
            error = error.__cause__ or error
        elif was_running and self.one_pdf.isChecked():
            done = self.tr("没有记录任何单据，也没有写入文件：")
        self._say(done + self._reason(error), error=True)
        if was_running:
            self.reload_after()

    def reload_after(self) -> None:
        """After a batch: close if asked to meanwhile, else show the list as it is now."""
        if not self._close_if_asked():
            self.reload(keep_status=True)

    def _set_running(self, running: bool, total: int = 0) -> None:
        super()._set_running(running)
        if running:
            self.progress.setRange(0, total)
            self.progress.setValue(0)
            self._say(self.tr("已完成 0 / {total} 份").format(total=total))
