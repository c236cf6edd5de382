"""文件 › 催款…: the letters due on a day (services.papers.dunning), a manager's skip with a
reason, then the run off the UI thread with a progress bar; the day's letters saved as one PDF
or one file per letter. Running it again the same day issues nothing new (the service's rule).
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from services.collection.dunning import Skip
from services.core.environment import DatabaseProblem
from services.core.errors import ValidationError
from services.core.parsing import parse_date
from services.core.uow import AppContext
from services.documents.printing import write_pdf
from services.papers import dunning
from ui import formatting as fmt
from ui import geometry
from ui.date_field import date_edit
from ui.dunning_letters_page import LETTER_LEVEL
from ui.error_text import error_message
from ui.events import FOLLOW_UPS, DataEvents
from ui.labels import label
from ui.problem_text import problem_message
from ui.report_view import failure_text
from ui.rows_model import EditColumn, RowsModel
from ui.table_widths import fit_rows
from ui.worker import Job, run_in_background, run_with_progress


class DunningDialog(QDialog):
    def __init__(self, ctx: AppContext, events: DataEvents | None = None, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.events = ctx, events
        self.job: Job | None = None
        self.skips: dict[int, Skip] = {}  # accepted by the service for skips_day
        self.skips_day = None
        self.issued: list[int] = []
        self.setWindowTitle(self.tr("催款"))
        self.day = date_edit(ctx.clock.today().isoformat(), ctx.clock.today)
        self.query_button = QPushButton(self.tr("查询"))
        self.query_button.clicked.connect(self.reload)
        self.model = RowsModel([
            EditColumn(self.tr("客户编号"), compute=lambda p: p.code),
            EditColumn(self.tr("客户"), compute=lambda p: p.name),
            EditColumn(self.tr("级别"), compute=self._level_text),
            EditColumn(self.tr("逾期金额"), compute=lambda p: fmt.money(p.overdue), right=True),
            EditColumn(self.tr("滞纳金"), compute=lambda p: fmt.money(p.late_fee), right=True),
            EditColumn(self.tr("最长逾期天数"), compute=lambda p: str(p.days_overdue), right=True),
            EditColumn(self.tr("付款期限"), compute=lambda p: fmt.day(p.pay_by)),
        ], lambda: None, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.skip_level = QComboBox()
        self.skip_manager = QLineEdit()
        self.skip_manager.setPlaceholderText(self.tr("经理"))
        self.skip_reason = QLineEdit()
        self.skip_reason.setPlaceholderText(self.tr("跳级原因"))
        self.skip_button = QPushButton(self.tr("跳级"))
        self.skip_button.clicked.connect(self.skip_selected)
        self.lawyer_manager = QLineEdit()
        self.lawyer_manager.setPlaceholderText(self.tr("签发律师函的经理（不填则律师函不出）"))
        self.run_button = QPushButton(self.tr("出函"))
        self.run_button.clicked.connect(self.start)
        self.save_one = QPushButton(self.tr("存为一个 PDF…"))
        self.save_one.clicked.connect(self.save_as_one)
        self.save_files = QPushButton(self.tr("每封一个文件…"))
        self.save_files.clicked.connect(self.save_per_letter)
        self.progress = QProgressBar()
        self.progress.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        for widgets in ((QLabel(self.tr("催款日期")), self.day, self.query_button),
                        (self.table,),
                        (QLabel(self.tr("所选客户跳至")), self.skip_level, self.skip_manager,
                         self.skip_reason, self.skip_button),
                        (self.lawyer_manager, self.run_button, self.save_one, self.save_files),
                        (self.progress,), (self.status,)):
            row = QHBoxLayout()
            for widget in widgets:
                row.addWidget(widget, 1 if widget in (self.table, self.skip_reason) else 0)
            layout.addLayout(row, 1 if widgets == (self.table,) else 0)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._fill_skip_levels())
        self._set_saving(False)
        geometry.remember(self, (900, 560))
        self.reload()

    def _level_text(self, proposal) -> str:
        text = label(LETTER_LEVEL, proposal.level)
        if proposal.skipped_levels:
            text = self.tr("{level}（跳级：{manager}）").format(level=text, manager=proposal.manager)
        if proposal.needs_manager and not proposal.manager:
            text = self.tr("{level}（需经理签发）").format(level=text)
        return text

    def letter_day(self):
        return parse_date(self.day.text(), "letter_date")

    def reload(self, summary: str | None = None) -> None:
        """Ask for the proposals of the chosen day (off the UI thread). `summary` (a run's) stays
        on the status line instead of the count of letters still due."""
        self._query({}, summary)

    def _query(self, new_skip: dict[int, Skip], summary: str | None = None) -> None:
        """The proposals with the kept skips (a manager's choice for one day: dropped when the
        day changes) and `new_skip`, kept only once the service has accepted it (a refused
        skip is said and dropped)."""
        try:
            day = self.letter_day()
        except ValidationError as error:
            self._say(error_message(error), error=True)
            return
        skips = {**(self.skips if day == self.skips_day else {}), **new_skip}
        ctx = self.ctx
        self._say(self.tr("正在查询…"))
        run_in_background(lambda: dunning.dunning_proposals(ctx.uow(), day, skips),
                          lambda found: self._show(found, day, skips, summary),
                          self._failed, self)

    def _show(self, proposals, day, skips: dict[int, Skip], summary: str | None) -> None:
        self.skips, self.skips_day = dict(skips), day
        self.model.set_rows(proposals)
        fit_rows(self.table, self.model)
        self._say(summary or self.tr("共 {count} 封待出").format(count=len(proposals)))

    def _fill_skip_levels(self) -> None:
        # The levels a manager may choose: above the proposed one, up to what the days allow
        # (the proposal's due_level; the service checks the same rule again).
        self.skip_level.clear()
        index = self.table.currentIndex()
        if index.isValid():
            proposal = self.model.rows[index.row()]
            for level in range(proposal.level + 1, proposal.due_level + 1):
                self.skip_level.addItem(label(LETTER_LEVEL, level), level)

    def skip_selected(self) -> None:
        """The selected customer's letter at the chosen higher level, with the manager's name and
        the reason (both required); checked by the service before it is kept."""
        index = self.table.currentIndex()
        if not index.isValid() or self.skip_level.currentData() is None:
            self._say(self.tr("所选客户没有可跳至的级别。"), error=True)
            return
        manager, reason = self.skip_manager.text().strip(), self.skip_reason.text().strip()
        if not manager or not reason:
            self._say(self.tr("跳级须填写经理姓名和跳级原因。"), error=True)
            (self.skip_reason if manager else self.skip_manager).setFocus()
            return
        proposal = self.model.rows[index.row()]
        self._query({proposal.customer_id: Skip(self.skip_level.currentData(), manager, reason)})

    def start(self) -> None:
        try:
            day = self.letter_day()
        except ValidationError as error:
            self._say(error_message(error), error=True)
            return
        skips = dict(self.skips) if day == self.skips_day else {}
        ctx, manager = self.ctx, self.lawyer_manager.text()

        def work(progress, cancelled):
            return dunning.run_dunning(ctx.uow(), day, skip=skips,
                                       issue_lawyer_letters_by=manager, progress=progress,
                                       cancelled=cancelled)

        self.run_button.setEnabled(False)
        self.progress.show()
        self.job = run_with_progress(work, self._finished, self._failed, self._progressed, self)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _finished(self, run) -> None:
        self.job = None
        self.progress.hide()
        self.run_button.setEnabled(True)
        self.skips.clear()
        self.issued = [letter.id for letter in run.issued]
        text = self.tr("已出函 {count} 封").format(count=len(run.issued))
        if run.held:
            text += self.tr("；{count} 封律师函待经理签发").format(count=len(run.held))
        self._set_saving(bool(self.issued))
        if self.events is not None:
            self.events.announce(FOLLOW_UPS)
        self.reload(summary=text)

    def _failed(self, error: Exception) -> None:
        self.job = None
        self.progress.hide()
        self.run_button.setEnabled(True)
        if isinstance(error, ValidationError):
            self._say(error_message(error), error=True)
        elif isinstance(error, DatabaseProblem):
            self._say(problem_message(error), error=True)
        elif isinstance(error, dunning.RunCancelled):
            self._say(self.tr("已取消：没有出任何函。"), error=True)
        else:
            raise error

    def _set_saving(self, enabled: bool) -> None:
        self.save_one.setEnabled(enabled)
        self.save_files.setEnabled(enabled)

    def save_as_one(self) -> None:
        """The letters just issued in one PDF, made and written off the UI thread."""
        path, _ = QFileDialog.getSaveFileName(self, self.tr("保存为 PDF"),
                                              self.tr("催款函 {day}.pdf").format(
                                                  day=self.day.text()), "PDF (*.pdf)")
        if not path:
            return
        ctx, ids = self.ctx, list(self.issued)
        done = self.tr("已保存到 {path}").format(path=path)

        def work():
            write_pdf(path, dunning.letters_pdf(ctx.uow(), ids))
            return done

        self._save(work)

    def save_per_letter(self) -> None:
        """The letters just issued, one file each in a folder, made off the UI thread."""
        folder = QFileDialog.getExistingDirectory(self, self.tr("保存到文件夹"))
        if not folder:
            return
        ctx, ids = self.ctx, list(self.issued)
        done = self.tr("已保存 {count} 个文件到 {path}")

        def work():
            views = dunning.letter_views(ctx.uow(), ids=ids)
            for view in views:
                write_pdf(Path(folder) / dunning.letter_file_name(view),
                          dunning.letter_pdf(ctx.uow(), view.id))
            return done.format(count=len(views), path=folder)

        self._save(work)

    def _save(self, work) -> None:
        """Run `work` (returns the words to show) with the busy bar; 出函 and saving wait."""
        self._set_saving(False)
        self.run_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self._say(self.tr("正在保存…"))
        self.job = run_in_background(work, self._saved, self._save_failed, self)

    def _saved(self, text: str) -> None:
        self._end_saving()
        self._say(text)

    def _save_failed(self, error: Exception) -> None:
        self._end_saving()
        text = failure_text(error)
        if text is None:
            raise error
        self._say(self.tr("保存失败：{reason}").format(reason=text), error=True)

    def _end_saving(self) -> None:
        self.job = None
        self.progress.hide()
        self.run_button.setEnabled(True)
        self._set_saving(bool(self.issued))

    def _say(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet("color: #b3261e;" if error else "")

    def reject(self) -> None:
        if self.job is not None:
            self.job.cancel()
            return
        super().reject()
