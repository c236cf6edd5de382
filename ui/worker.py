"""Run slow work (PDFs, reports) off the UI thread; the result comes back by a signal.

The function runs in Qt's thread pool and must open its own unit of work (services do);
it never touches widgets. The callbacks run on the UI thread.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self.work = work
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as error:  # handed to the UI, which decides what the user sees
            self.signals.failed.emit(error)
        else:
            self.signals.finished.emit(result)


def run_in_background(work: Callable[[], Any], on_done: Callable[[Any], None],
                      on_error: Callable[[Exception], None], owner: QObject) -> _Job:
    """Start `work`; `owner` keeps the signal connections alive while it runs."""
    job = _Job(work)
    job.setAutoDelete(False)
    job.signals.setParent(owner)
    job.signals.finished.connect(on_done)
    job.signals.failed.connect(on_error)
    QThreadPool.globalInstance().start(job)
    return job
