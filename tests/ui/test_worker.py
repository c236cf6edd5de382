"""Slow work off the UI thread: results and errors come back on the UI thread, and a result
for a window that was closed meanwhile is dropped without an error anywhere."""
from __future__ import annotations

import threading

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QWidget

from ui.worker import Job, run_in_background


def test_the_result_comes_back_on_the_ui_thread(qtbot):
    owner = QWidget()
    qtbot.addWidget(owner)
    got = []
    run_in_background(lambda: (QThread.currentThread(), 42),
                      lambda result: got.append((result, QThread.currentThread())),
                      lambda error: got.append(error), owner)
    qtbot.waitUntil(lambda: bool(got), timeout=5000)
    (work_thread, value), ui_thread = got[0]
    assert value == 42
    assert ui_thread is owner.thread() and work_thread is not ui_thread


def test_an_error_comes_back_as_the_exception(qtbot):
    owner = QWidget()
    qtbot.addWidget(owner)
    errors = []
    run_in_background(lambda: 1 / 0, lambda result: None, errors.append, owner)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], ZeroDivisionError)


def test_a_result_for_a_deleted_window_is_dropped(qtbot, capfd):
    owner = QWidget()
    release = threading.Event()
    called = []
    job = run_in_background(lambda: release.wait(5) and "done", called.append, called.append,
                            owner)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not job._owner_alive(), timeout=5000)
    release.set()
    qtbot.waitUntil(lambda: job not in Job._running, timeout=5000)
    assert called == []
    assert "Traceback" not in capfd.readouterr().err
