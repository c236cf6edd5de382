"""批量生成对账单: a statement for every customer with a balance at the period's end, into one PDF
or one file per customer ("<编号> <名称>.pdf"), off the UI thread with a progress bar and 取消.
What a cancel leaves is services.papers.statement_batch's rule: one PDF records nothing; files
already written stay, each recorded."""
from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout

from services.core.errors import ValidationError
from services.core.parsing import parse_date
from services.core.uow import AppContext
from services.papers import statement_batch
from ui import geometry
from ui.batch_run import BatchRunDialog, RunWords
from ui.date_field import date_edit
from ui.error_text import error_message


class StatementBatchDialog(BatchRunDialog):
    """The period (from empty: each customer from the day after its last statement), the output
    and a progress bar with 取消 while the batch runs."""

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("为所有有余额的客户生成对账单"))
        self.period_from = date_edit(today=ctx.clock.today)
        self.period_from.setPlaceholderText(self.tr("空：接上次对账"))
        self.period_to = date_edit(ctx.clock.today().isoformat(), ctx.clock.today)
        self.per_customer = self._output_choice(
            self.tr("合并为一个 PDF 文件（每份对账单单独编页）"),
            self.tr("每个客户一个 PDF 文件（客户编号 客户名称.pdf）"))
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("对账期间")), 0, 0)
        grid.addWidget(self.period_from, 0, 1)
        grid.addWidget(QLabel(self.tr("至")), 0, 2)
        grid.addWidget(self.period_to, 0, 3)
        grid.addWidget(self.one_pdf, 1, 0, 1, 4)
        grid.addWidget(self.per_customer, 2, 0, 1, 4)
        grid.addWidget(self.path, 3, 0, 1, 3)
        grid.addWidget(self.choose_button, 3, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addStretch(1)
        layout.addLayout(self._run_row())
        geometry.remember(self, (640, 260))

    def run_words(self) -> RunWords:
        return RunWords(
            self.tr("开始生成"), self.tr("关闭"), self.tr("取消"), self.tr("正在取消…"),
            self.tr("保存到…"), self.tr("选择…"), self.tr("保存为 PDF"), self.tr("保存到文件夹"),
            self.tr("对账单 {day}.pdf"), self.tr("请先选择保存位置。"),
            self.tr("无法写入 {path}：{reason}"), self.tr("生成失败：{error}"))

    def inputs(self):
        return (self.period_from, self.period_to)

    def start(self) -> None:
        """Find the customers with a balance at the period's end and issue their statements."""
        try:
            first = parse_date(self.period_from.text(), "period_from", required=False)
            last = parse_date(self.period_to.text(), "period_to")
        except ValidationError as error:
            self._say(error_message(error), error=True)
            return
        path = self._chosen_path()
        if path is None:
            return
        ctx, one_pdf = self.ctx, self.one_pdf.isChecked()

        def work(progress, cancelled):
            ids = [c.customer_id for c in statement_batch.candidates(ctx, last)]
            run = statement_batch.to_one_pdf if one_pdf else statement_batch.to_files
            return run(ctx, ids, first, last, path, progress=progress, cancelled=cancelled)

        self._set_running(True)
        self._launch(work)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self._say(self.tr("已完成 {done} / {total} 个客户").format(done=done, total=total))

    def _finished(self, result: statement_batch.StatementBatch) -> None:
        self._set_running(False)
        if result.cancelled and self.one_pdf.isChecked():
            text = self.tr("已取消：没有记录任何对账单，也没有写入文件，编号未被占用。")
        elif result.cancelled:
            text = self.tr("已取消：已写入并记录 {count} 份，其余未处理。").format(
                count=len(result.issued))
        else:
            text = self.tr("已生成 {count} 份对账单，保存到 {path}").format(
                count=len(result.issued), path=result.output)
        if result.skipped:  # a customer whose statement could not be made: the batch went on
            text += self.tr("；跳过 {count} 个客户：{codes}").format(
                count=len(result.skipped),
                codes=self.tr("、").join(code for code, _error in result.skipped))
        self._say(text)
        self._close_if_asked()

    def _set_running(self, running: bool) -> None:
        super()._set_running(running)
        if running:
            self.progress.setRange(0, 0)
            self._say(self.tr("正在查找有余额的客户…"))
