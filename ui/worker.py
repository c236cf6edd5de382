"""Run slow work (PDFs, reports, backups) off the UI thread; the result comes back by a signal.

The function runs in Qt's thread pool and must open its own unit of work (services do);
it never touches widgets. The callbacks run on the UI thread, and only while `owner` lives:
a result that arrives after its window was closed and deleted is dropped.

Long work that reports progress and can be stopped (a batch of documents) starts with
run_with_progress: it is handed `progress(done, total)` and `cancelled()`, and `job.cancel()`
asks it to stop (the work decides where it can).
"""
from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)


class Job(QRunnable):
    """One piece of work in the pool. Its signals object lives on the UI thread and belongs to
    the job, not to the owner, so emitting never meets a deleted object."""

    _running: set[Job] = set()  # keeps each job (and its signals) alive until it has reported

    def __init__(self, work: Callable[[], Any], on_done: Callable[[Any], None],
                 on_error: Callable[[Exception], None], owner: QObject,
                 on_progress: Callable[[int, int], None] | None = None) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.work = work
        self.signals = _Signals()
        self._owner = owner
        self._on_done, self._on_error = on_done, on_error
        self._on_progress = on_progress
        self._cancel = threading.Event()
        self.signals.finished.connect(self._deliver_result)
        self.signals.failed.connect(self._deliver_error)
        self.signals.progressed.connect(self._deliver_progress)

    def cancel(self) -> None:
        """Ask the work to stop (on the UI thread); it sees it through `cancelled()`."""
        self._cancel.set()

    def cancelled(self) -> bool:
        """True once cancel() was called (asked by the work, in the pool thread)."""
        return self._cancel.is_set()

    def report(self, done: int, total: int) -> None:
        """Progress from the work (in the pool thread): `on_progress` follows on the UI thread."""
        self.signals.progressed.emit(done, total)

    def run(self) -> None:  # in a pool thread
        try:
            result = self.work()
            self.signals.finished.emit(result)
        except Exception as error:  # handed to the UI, which decides what the user sees
            self.signals.failed.emit(error)

    def _owner_alive(self) -> bool:
        return shiboken6.isValid(self._owner)

    def _deliver_result(self, result: object) -> None:  # on the UI thread
        Job._running.discard(self)
        if self._owner_alive():
            self._on_done(result)
        else:
            log.info("result dropped: its window was closed")

    def _deliver_progress(self, done: int, total: int) -> None:  # on the UI thread
        if self._on_progress is not None and self._owner_alive():
            self._on_progress(done, total)

    def _deliver_error(self, error: Exception) -> None:  # on the UI thread
        Job._running.discard(self)
        if self._owner_alive():
            self._on_error(error)
        else:
            log.info("error dropped (its window was closed): %r", error)


def run_in_background(work: Callable[[], Any], on_done: Callable[[Any], None],
                      on_error: Callable[[Exception], None], owner: QObject) -> Job:
    """Start `work`; `on_done(result)` or `on_error(exception)` follows on the UI thread
    unless `owner` (the widget that asked) has been deleted by then."""
    job = Job(work, on_done, on_error, owner)
    Job._running.add(job)
    QThreadPool.globalInstance().start(job)
    return job


def run_with_progress(work: Callable[[Callable[[int, int], None], Callable[[], bool]], Any],
                      on_done: Callable[[Any], None], on_error: Callable[[Exception], None],
                      on_progress: Callable[[int, int], None], owner: QObject) -> Job:
    """Start `work(progress, cancelled)` as run_in_background does: `progress(done, total)`
    from the work reaches `on_progress` on the UI thread; `job.cancel()` makes `cancelled()`
    return True, and the work stops where it can and returns (or raises) as it sees fit."""
    job = Job(lambda: None, on_done, on_error, owner, on_progress)
    job.work = lambda: work(job.report, job.cancelled)
    Job._running.add(job)
    QThreadPool.globalInstance().start(job)
    return job
