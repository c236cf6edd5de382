"""What the batch dialogs share: the output (one PDF or one file each, the path and 选择…) and the
run row (status, progress bar, 开始生成 and 关闭/取消), with starting, cancelling and closing
while a batch runs. Each dialog keeps its own list, filters, progress and summary.

The words are the dialog's own (`BatchRunDialog.run_words`): i18n/ keys a translation by the
class that says it, so each dialog translates them in its own class.
"""
from __future__ import annotations

from typing import NamedTuple

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QWidget,
)

from services.core.environment import DatabaseProblem
from services.core.errors import ValidationError
from services.core.uow import AppContext
from ui.error_text import error_message
from ui.problem_text import problem_message
from ui.worker import Job, run_with_progress


class RunWords(NamedTuple):
    """The shared words, translated by the dialog that shows them."""
    start: str         # 开始生成
    close: str         # 关闭
    cancel: str        # 取消
    cancelling: str    # 正在取消…
    save_to: str       # 保存到…
    choose: str        # 选择…
    save_pdf: str      # 保存为 PDF
    save_folder: str   # 保存到文件夹
    pdf_name: str      # the one PDF's suggested name, with {day}
    no_path: str       # 请先选择保存位置。
    cannot_write: str  # 无法写入 {path}：{reason}
    failed: str        # 生成失败：{error}


class BatchRunDialog(QDialog):
    """A dialog that runs one batch at a time off the UI thread (ui.worker.run_with_progress).

    A subclass gives `run_words`, `inputs` (what is disabled while the batch runs), `start`
    (checks its inputs and `_chosen_path`, then `_set_running(True)` and `_launch`), `_progressed`
    and `_finished`; it builds its widgets with `_output_choice` and `_run_row`."""

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.job: Job | None = None
        self._close_when_done = False
        self.words = self.run_words()

    def run_words(self) -> RunWords:
        raise NotImplementedError

    def inputs(self) -> tuple[QWidget, ...]:
        """The widgets disabled while a batch runs (besides the output and 开始生成)."""
        raise NotImplementedError

    # -- building --------------------------------------------------------------------------
    def _output_choice(self, one_pdf: str, per_file: str) -> QRadioButton:
        """self.one_pdf (checked) and the per-file button returned, self.path (cleared when the
        choice changes) and self.choose_button; the caller lays them out."""
        self.one_pdf = QRadioButton(one_pdf)
        per_file_button = QRadioButton(per_file)
        self.one_pdf.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.one_pdf)
        group.addButton(per_file_button)
        group.buttonToggled.connect(lambda *_: self.path.clear())
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.words.save_to)
        self.choose_button = QPushButton(self.words.choose)
        self.choose_button.clicked.connect(self.choose_path)
        self._per_file = per_file_button
        return per_file_button

    def _run_row(self) -> QHBoxLayout:
        """The status line, the progress bar (hidden until a batch runs), 开始生成 and 关闭."""
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.hide()
        self.start_button = QPushButton(self.words.start)
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        self.close_button = QPushButton(self.words.close)
        self.close_button.clicked.connect(self._close_clicked)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.progress)
        row.addWidget(self.start_button)
        row.addWidget(self.close_button)
        return row

    # -- output and running ----------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self.job is not None

    def choose_path(self) -> None:
        """Ask for the PDF file (one PDF) or the folder (one file each)."""
        if self.one_pdf.isChecked():
            path, _ = QFileDialog.getSaveFileName(
                self, self.words.save_pdf,
                self.words.pdf_name.format(day=self.ctx.clock.today().isoformat()),
                "PDF (*.pdf)")
        else:
            path = QFileDialog.getExistingDirectory(self, self.words.save_folder)
        if path:
            self.path.setText(path)

    def _chosen_path(self) -> str | None:
        """The path typed or chosen; None, said on the status line, when there is none."""
        path = self.path.text().strip()
        if not path:
            self._say(self.words.no_path, error=True)
            return None
        return path

    def _launch(self, work) -> None:
        """Run work(progress, cancelled) in the thread pool (after `_set_running(True)`)."""
        self.job = run_with_progress(work, self._finished, self._failed, self._progressed, self)

    def cancel(self) -> None:
        """Ask the running batch to stop after the item it is on."""
        if self.job is not None:
            self.job.cancel()
            self._say(self.words.cancelling)

    def _failed(self, error: Exception) -> None:
        self._set_running(False)
        self._say(self._reason(error), error=True)
        self._close_if_asked()

    def _reason(self, error: Exception) -> str:
        """Why a batch failed, in the user's words."""
        if isinstance(error, ValidationError):
            return error_message(error)
        if isinstance(error, DatabaseProblem):
            return problem_message(error)
        if isinstance(error, OSError):
            return self.words.cannot_write.format(
                path=error.filename or self.path.text(), reason=error.strerror or error)
        return self.words.failed.format(error=error)

    def _close_if_asked(self) -> bool:
        """After a batch: close the window if that was asked for while it ran; whether it did."""
        if self._close_when_done:
            QDialog.reject(self)
        return self._close_when_done

    def _set_running(self, running: bool) -> None:
        """Disable the inputs and turn 关闭 into 取消 while a batch runs; show the progress bar."""
        if not running:
            self.job = None
        for widget in (*self.inputs(), self.one_pdf, self._per_file, self.path,
                       self.choose_button, self.start_button):
            widget.setEnabled(not running)
        self.close_button.setText(self.words.cancel if running else self.words.close)
        self.progress.setVisible(running)

    def _say(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setProperty("error", error)
        self.status.setStyleSheet("color: #b3261e;" if error else "")

    def _close_clicked(self) -> None:
        """The button beside 开始生成: 取消 while a batch runs (the window stays), else 关闭."""
        if self.running:
            self.cancel()
        else:
            self.reject()

    def reject(self) -> None:
        """Esc or the window's close box: while a batch runs, cancel it and close once it has
        stopped (what it did is the service's to keep or roll back)."""
        if self.running:
            self._close_when_done = True
            self.cancel()
            return
        super().reject()
