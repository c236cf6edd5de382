"""A bad day as the clerk sees it: someone else saved first, the database is busy, read-only or
full. The window says so in words, keeps what was typed, and never shows the crash box."""
from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox

import ui.form_dialog
from services.admin.bootstrap import open_context
from services.core.environment import DatabaseProblem
from services.ledger import customers
from tests.factories import make_customer
from ui.crash import install_crash_handler
from ui.customer_dialog import CustomerDialog


def _ok(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def _open(qtbot, ctx, customer_id):
    dialog = CustomerDialog(ctx, customer_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_saving_over_someone_elses_change_is_refused_and_both_are_kept(qtbot, ctx, clock):
    customer = make_customer(ctx, "C001", "甲公司", phone="010-1111")
    dialog = _open(qtbot, ctx, customer)  # clerk B opens the customer…
    ctx.operator = "王会计"                  # …and clerk A saves a new phone meanwhile
    detail = customers.get_customer(ctx.uow(), customer)
    detail.data.phone = "010-2222"
    customers.update_customer(ctx.uow(), customer, detail.data, detail.version)

    dialog.text["credit_limit"].setText("50000")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)

    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error_label.text() == (
        f"已被 王会计 于 {clock.now():%Y-%m-%d %H:%M} 修改，请重新打开")
    assert dialog.text["credit_limit"].text() == "50000"  # what B typed is still there
    saved = customers.get_customer(ctx.uow(), customer).data
    assert (saved.phone, saved.credit_limit) == ("010-2222", "0.00")  # A's change is intact


@pytest.fixture
def impatient_ctx(ctx, tmp_path, clock, backend):
    """A second window's view of the same SQLite file, waiting only 100 ms for a lock."""
    if backend != "sqlite":
        pytest.skip("an SQLite lock")
    other = open_context(tmp_path / "t.sqlite3", clock, operator="tester", wait_ms=100)
    yield other
    other.close()


def _hold_write_lock(path):
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")  # another clerk's save, in the middle of writing
    return conn


def test_a_busy_database_is_waited_for_visibly_then_the_save_goes_through(
        qtbot, ctx, impatient_ctx, tmp_path):
    customer = make_customer(ctx, "C001", "甲公司")
    dialog = _open(qtbot, impatient_ctx, customer)
    lock = _hold_write_lock(tmp_path / "t.sqlite3")
    QTimer.singleShot(1200, lambda: lock.execute("COMMIT"))
    dialog.text["phone"].setText("010-9999")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.error_label.text().startswith("等待其他用户")
    assert not _ok(dialog).isEnabled()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=5000)
    lock.close()
    assert customers.get_customer(ctx.uow(), customer).data.phone == "010-9999"


def test_a_database_busy_for_too_long_is_said_in_words_and_input_kept(
        qtbot, ctx, impatient_ctx, tmp_path, monkeypatch):
    monkeypatch.setattr(ui.form_dialog, "BUSY_PATIENCE_S", 0.6)
    customer = make_customer(ctx, "C001", "甲公司")
    dialog = _open(qtbot, impatient_ctx, customer)
    lock = _hold_write_lock(tmp_path / "t.sqlite3")
    try:
        dialog.text["phone"].setText("010-9999")
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.error_label.text().startswith("数据库正忙"), timeout=5000)
        assert _ok(dialog).isEnabled() and dialog.isVisible()
        assert dialog.text["phone"].text() == "010-9999"
    finally:
        lock.execute("ROLLBACK")
        lock.close()


def test_cancel_while_waiting_saves_nothing(qtbot, ctx, impatient_ctx, tmp_path):
    customer = make_customer(ctx, "C001", "甲公司")
    dialog = _open(qtbot, impatient_ctx, customer)
    lock = _hold_write_lock(tmp_path / "t.sqlite3")
    dialog.text["phone"].setText("010-9999")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    dialog.reject()
    lock.execute("COMMIT")
    lock.close()
    qtbot.wait(1000)  # past the next retry
    assert customers.get_customer(ctx.uow(), customer).data.phone == ""


def test_a_read_only_database_is_said_in_words_in_the_dialog(qtbot, tmp_path, clock, backend):
    if backend != "sqlite":
        pytest.skip("an SQLite file")
    db = tmp_path / "ro.sqlite3"
    writable = open_context(db, clock, operator="tester")
    customer = make_customer(writable, "C001", "甲公司")
    writable.close()
    ro = open_context(f"sqlite:///file:{db}?mode=ro&uri=true", clock, operator="tester")
    dialog = _open(qtbot, ro, customer)
    dialog.text["phone"].setText("010-9999")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.error_label.text().startswith("数据库不能写入")
    assert dialog.isVisible() and dialog.text["phone"].text() == "010-9999"
    ro.close()


def test_an_environment_problem_escaping_anywhere_gets_words_not_the_crash_box(
        qtbot, tmp_path, monkeypatch):
    import sys

    shown = {"warning": [], "critical": []}
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown["warning"].append(a[2]))
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: shown["critical"].append(a[2]))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_crash_handler(tmp_path / "logs")
    sys.excepthook(DatabaseProblem, DatabaseProblem("disk_full", "x"), None)
    assert shown == {"warning": [shown["warning"][0]], "critical": []}
    assert shown["warning"][0].startswith("磁盘（或服务器的磁盘）已满")
    try:
        raise KeyError("a bug")
    except KeyError as bug:
        sys.excepthook(KeyError, bug, bug.__traceback__)
    assert len(shown["critical"]) == 1 and "程序出错了" in shown["critical"][0]
