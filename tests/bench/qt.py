"""Waiting for what the user sees, in the bench process: settled events, a painted view.

Everything waits for observable outcomes (rows in a model, a paint event, the thread pool
idle), never for the app's internals, so the app may move work to threads or build tabs
lazily and the bench still measures what a clerk waits for.
"""
from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QThreadPool
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

TIMEOUT = 300.0  # seconds: a figure that takes longer is broken, not slow


def app() -> QApplication:
    """The app's own QApplication (font, translations, formatting locale), made once."""
    from ui.app import create_application

    return create_application(["bench"])


def settle(timeout: float = TIMEOUT) -> float:
    """Process events until nothing is left to do: no pending work in Qt's thread pool and
    the queue drained twice in a row. Returns the longest single slice of UI-thread work
    (seconds): how long the window was frozen at a stretch."""
    pool, qapp = QThreadPool.globalInstance(), QApplication.instance()
    deadline = time.perf_counter() + timeout
    longest, quiet = 0.0, 0
    while quiet < 2:
        started = time.perf_counter()
        qapp.processEvents()
        qapp.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        longest = max(longest, time.perf_counter() - started)
        if pool.activeThreadCount():
            quiet = 0
            pool.waitForDone(2)  # idle in the real app: the event loop would be waiting
        else:
            quiet += 1
        if time.perf_counter() > deadline:
            raise TimeoutError("the window did not settle")
    return longest


class _PaintWatch(QObject):
    def __init__(self, widget: QWidget) -> None:
        super().__init__()
        self.widget, self.paints = widget, 0
        widget.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if obj is self.widget and event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False

    def remove(self) -> None:
        self.widget.removeEventFilter(self)


def surface(widget: QWidget) -> QWidget:
    """What gets painted: a view's viewport, else the widget."""
    return widget.viewport() if isinstance(widget, QAbstractItemView) else widget


def has_rows(view: QAbstractItemView) -> bool:
    model = view.model()
    return model is not None and model.rowCount() > 0


def until_painted(action: Callable[[], object], find: Callable[[], QWidget | None],
                  ready: Callable[[QWidget], bool] = lambda _w: True,
                  timeout: float = TIMEOUT) -> float:
    """Seconds from `action()` until the widget `find()` returns (a view: its viewport) has
    been painted while `ready(widget)` holds (rows in its model, say). The widget may appear
    only after the action (a dialog, a lazily built tab): `find` is asked until it does. When
    the events have settled and nothing is scheduled to paint, the widget is painted at once
    (what the next frame would show)."""
    started = time.perf_counter()
    action()
    return wait_painted(find, ready, started, timeout)


def wait_painted(find, ready, started: float, timeout: float = TIMEOUT) -> float:
    qapp, pool = QApplication.instance(), QThreadPool.globalInstance()
    deadline = started + timeout
    watch, widget = None, None
    try:
        while True:
            if widget is None:
                widget = find()
                if widget is not None:
                    watch = _PaintWatch(surface(widget))
            painted_before = watch.paints if watch else 0
            qapp.processEvents()
            # Work still running in the pool may yet change what is shown: not done until idle.
            done = watch is not None and not pool.activeThreadCount() and ready(widget)
            if done and watch.paints > painted_before:
                return time.perf_counter() - started
            if done and widget.isVisible():
                surface(widget).repaint()  # settled: paint now, as the next frame would
                return time.perf_counter() - started
            if pool.activeThreadCount():
                pool.waitForDone(1)
            if time.perf_counter() > deadline:
                raise TimeoutError("nothing was painted")
    finally:
        if watch is not None and watch.widget is not None:
            try:
                watch.remove()
            except RuntimeError:  # the widget was deleted meanwhile
                pass


def first_view(widget: QWidget) -> QAbstractItemView | None:
    """The first visible item view inside a widget (a dialog's table, a tab's list)."""
    for view in widget.findChildren(QAbstractItemView):
        if view.isVisible():
            return view
    return None
