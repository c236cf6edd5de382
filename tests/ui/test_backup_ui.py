"""File › 备份数据库… / 从备份恢复…, and the daily backup at start (dialogs monkeypatched)."""
from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

import ui.backup_actions
from models.migrations import HEAD
from services.admin import backup
from services.admin.backup import BackupPolicy, backup_now, check_backup_file
from tests.factories import file_codes, file_rows, make_customer
from ui.backup_actions import BackupActions


@pytest.fixture
def db_file(window, tmp_path) -> Path:
    return tmp_path / "t.sqlite3"  # the window fixture's database (tests/conftest.py: ctx)


@pytest.fixture
def boxes(monkeypatch):
    """Every QMessageBox the flow shows, answered without blocking."""
    shown: dict[str, list[str]] = {"information": [], "warning": [], "question": []}
    answer = {"question": QMessageBox.StandardButton.Yes}

    def box(kind):
        def show(_parent, _title, text, *args, **kwargs):
            shown[kind].append(text)
            return answer.get(kind, QMessageBox.StandardButton.Ok)
        return show

    for kind in shown:
        monkeypatch.setattr(QMessageBox, kind, box(kind))
    shown["answer"] = answer  # type: ignore[assignment]
    return shown


@pytest.fixture
def restarted(monkeypatch) -> list[bool]:
    calls: list[bool] = []
    monkeypatch.setattr(ui.backup_actions, "restart_app", lambda: calls.append(True))
    return calls


def test_backup_now_writes_a_file_and_says_where(qtbot, ctx, window, db_file, tmp_path, boxes):
    make_customer(ctx, "C001", "甲")
    actions = window.backup_actions
    assert actions.backup_action.isEnabled() and actions.restore_action.isEnabled()
    actions.backup_action.trigger()
    qtbot.waitUntil(lambda: bool(boxes["information"]), timeout=5000)
    [made] = list((tmp_path / "backups").iterdir())
    assert made.name.startswith("t-") and made.name.endswith("-manual.sqlite3")
    assert str(made) in boxes["information"][0]
    assert check_backup_file(made).customers == 1
    assert not actions.busy and actions.backup_action.isEnabled()


def test_backup_folder_and_keep_come_from_the_settings(qtbot, window, db_file, tmp_path, boxes):
    QSettings().setValue("backup/folder", str(tmp_path / "elsewhere"))
    QSettings().setValue("backup/keep", 2)
    actions = window.backup_actions
    for n in range(1, 4):
        actions.backup_now()
        qtbot.waitUntil(lambda n=n: len(boxes["information"]) == n, timeout=5000)
    assert len(list((tmp_path / "elsewhere").iterdir())) == 2
    assert not (tmp_path / "backups").exists()


def test_daily_backup_runs_in_the_background_once_a_day(qtbot, window, db_file, tmp_path):
    window.backup_actions.start_daily()
    actions = window.backup_actions
    qtbot.waitUntil(lambda: not actions.busy, timeout=5000)
    [made] = list((tmp_path / "backups").iterdir())
    assert made.name.startswith("t-20261124-") and made.name.endswith("-daily.sqlite3")
    window.backup_actions.start_daily()  # started again the same day
    qtbot.waitUntil(lambda: not actions.busy, timeout=5000)
    assert list((tmp_path / "backups").iterdir()) == [made]


def test_daily_backup_failure_goes_to_the_status_bar(qtbot, window, db_file, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    QSettings().setValue("backup/folder", str(blocker / "backups"))
    window.backup_actions.start_daily()
    qtbot.waitUntil(lambda: "自动备份失败" in window.statusBar().currentMessage(), timeout=5000)


def test_restore_shows_the_backup_replaces_the_database_and_restarts(
        qtbot, ctx, window, db_file, tmp_path, boxes, restarted, monkeypatch):
    make_customer(ctx, "C001", "甲")
    saved = backup_now(db_file, BackupPolicy(tmp_path / "backups"))
    make_customer(ctx, "C002", "乙")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(saved), ""))

    window.backup_actions.restore_action.trigger()
    qtbot.waitUntil(lambda: bool(restarted), timeout=5000)

    [question] = boxes["question"]
    assert saved.name in question and HEAD in question
    assert "客户：1 个" in question and "合同：0 份" in question
    assert file_codes(db_file) == ["C001"]  # the database file now holds the backup's data
    [aside] = [p for p in (tmp_path / "backups").iterdir() if "before-restore" in p.name]
    assert file_codes(aside) == ["C001", "C002"]
    assert str(aside) in boxes["information"][0]
    assert boxes["warning"] == []


def test_restore_can_be_cancelled(qtbot, ctx, window, db_file, tmp_path, boxes, restarted,
                                  monkeypatch):
    make_customer(ctx, "C001")
    saved = backup_now(db_file, BackupPolicy(tmp_path / "backups"))
    make_customer(ctx, "C002")
    boxes["answer"]["question"] = QMessageBox.StandardButton.No
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(saved), ""))
    actions = window.backup_actions
    actions.restore()
    qtbot.waitUntil(lambda: bool(boxes["question"]), timeout=5000)
    assert restarted == [] and file_codes(db_file) == ["C001", "C002"]
    assert [p.name for p in (tmp_path / "backups").iterdir()] == [saved.name]
    assert actions.restore_action.isEnabled()


def test_restore_refuses_a_file_that_is_not_a_backup(qtbot, ctx, window, db_file, tmp_path,
                                                     boxes, restarted, monkeypatch):
    make_customer(ctx, "C001")
    notes = tmp_path / "notes.sqlite3"
    notes.write_text("客户名单", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(notes), ""))
    window.backup_actions.restore()
    qtbot.waitUntil(lambda: bool(boxes["warning"]), timeout=5000)
    assert "这不是一个数据库文件" in boxes["warning"][0]
    assert boxes["question"] == [] and restarted == [] and file_codes(db_file) == ["C001"]


def test_no_file_chosen_does_nothing(window, boxes, restarted, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    window.backup_actions.restore()
    assert not window.backup_actions.busy and boxes["question"] == [] and restarted == []


def test_a_server_database_has_the_actions_disabled(window):
    actions = BackupActions(window, None)  # ctx.sqlite_file of a server database
    assert not actions.backup_action.isEnabled() and not actions.restore_action.isEnabled()
    assert "pg_dump" in actions.backup_action.toolTip()
    actions.start_daily()
    actions.backup_now()
    assert not actions.busy


@pytest.mark.parametrize("frozen", [False, True])
def test_restart_starts_the_same_program_with_the_same_arguments(monkeypatch, frozen):
    started, quit_calls = [], []
    monkeypatch.setattr(ui.backup_actions.QProcess, "startDetached",
                        lambda program, args: started.append((program, list(args))))
    monkeypatch.setattr(QApplication, "closeAllWindows", lambda: quit_calls.append("close"))
    monkeypatch.setattr(QApplication, "quit", lambda: quit_calls.append("quit"))
    monkeypatch.setattr(sys, "argv", ["main.py", "--demo"] if not frozen else
                        ["C:/Program Files/ReceivablesDesk/回款通.exe", "--demo"])
    if frozen:
        monkeypatch.setattr(sys, "frozen", True, raising=False)
    ui.backup_actions.restart_app()
    expected = ["--demo"] if frozen else ["main.py", "--demo"]
    assert started == [(sys.executable, expected)] and quit_calls == ["close", "quit"]


# -- a damaged file, a full disk --------------------------------------------------------------
def damage_window_database(ctx, db_file: Path) -> None:
    from tests.admin.damage import damage_middle

    ctx.engine.dispose()  # everything into the file (the window reconnects when it reads)
    damage_middle(db_file)


def test_a_damaged_file_is_found_at_start_and_restored_from_a_backup(
        qtbot, ctx, window, db_file, tmp_path, boxes, restarted, monkeypatch):
    from tests.admin.damage import fill_customers

    fill_customers(ctx)
    good = backup_now(db_file, BackupPolicy(tmp_path / "backups"))
    damage_window_database(ctx, db_file)
    boxes["answer"]["warning"] = QMessageBox.StandardButton.Yes  # 现在从备份恢复吗？ yes
    chosen = []

    def pick(*_args, **_kwargs):
        chosen.append(True)
        return str(good), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", pick)
    actions = window.backup_actions

    actions.start_checks()
    qtbot.waitUntil(lambda: bool(restarted), timeout=10000)

    [warning] = boxes["warning"]
    assert "数据库文件可能已损坏" in warning and "文件 › 从备份恢复…" in warning
    assert chosen and good.name in boxes["question"][0]
    assert backup.quick_check(db_file).ok and len(file_codes(db_file)) == 2001
    [(operator, action, detail)] = file_rows(db_file, "SELECT operator, action, detail FROM "
                                                 "audit_entry WHERE entity = 'database'")
    assert (operator, action) == ("tester", "restore") and good.name in detail
    [aside] = [p for p in (tmp_path / "backups").iterdir() if "before-restore" in p.name]
    assert not backup.quick_check(aside).ok  # the damaged file, kept aside
    assert not any("daily" in p.name for p in (tmp_path / "backups").iterdir())


def test_a_sound_file_at_start_goes_on_to_the_daily_backup(qtbot, window, db_file, tmp_path,
                                                           boxes):
    window.backup_actions.start_checks()
    qtbot.waitUntil(lambda: (tmp_path / "backups").exists() and not window.backup_actions.busy,
                    timeout=5000)
    [made] = list((tmp_path / "backups").iterdir())
    assert made.name.endswith("-daily.sqlite3") and boxes["warning"] == []


def test_the_damage_warning_can_be_declined(qtbot, ctx, window, db_file, tmp_path, boxes,
                                            restarted, monkeypatch):
    from tests.admin.damage import fill_customers

    fill_customers(ctx)
    damage_window_database(ctx, db_file)
    boxes["answer"]["warning"] = QMessageBox.StandardButton.No
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *a, **k: pytest.fail("no restore was asked for"))
    window.backup_actions.start_checks()
    qtbot.waitUntil(lambda: bool(boxes["warning"]), timeout=5000)
    qtbot.waitUntil(lambda: not window.backup_actions.busy, timeout=5000)
    assert "检查未通过" in window.statusBar().currentMessage()
    assert restarted == [] and not (tmp_path / "backups").exists()  # no daily copy of it


def test_a_backup_of_a_damaged_file_warns_and_keeps_the_copy_apart(
        qtbot, ctx, window, db_file, tmp_path, boxes):
    from tests.admin.damage import fill_customers

    fill_customers(ctx)
    good = backup_now(db_file, BackupPolicy(tmp_path / "backups"))
    damage_window_database(ctx, db_file)
    boxes["answer"]["warning"] = QMessageBox.StandardButton.No
    window.backup_actions.backup_now()
    qtbot.waitUntil(lambda: bool(boxes["warning"]), timeout=5000)
    [copy] = [p for p in (tmp_path / "backups").iterdir() if p != good]
    assert copy.name.endswith("-damaged-manual.sqlite3")
    [warning] = boxes["warning"]
    assert "数据库文件可能已损坏" in warning and copy.name in warning
    assert "原有的完好备份都还在" in warning and boxes["information"] == []


def test_a_full_disk_is_said_in_words(qtbot, window, db_file, tmp_path, boxes, monkeypatch):
    def full(path):
        conn = sqlite3.connect(path)
        conn.execute("PRAGMA max_page_count = 5")
        return conn

    monkeypatch.setattr(backup, "_connect_destination", full)
    window.backup_actions.backup_now()
    qtbot.waitUntil(lambda: bool(boxes["warning"]), timeout=5000)
    [warning] = boxes["warning"]
    assert "备份失败" in warning and "磁盘（或服务器的磁盘）已满" in warning
    assert "database or disk is full" not in warning
    assert list((tmp_path / "backups").iterdir()) == []


def test_backup_to_a_folder_the_clerk_picks(qtbot, ctx, window, db_file, tmp_path, boxes,
                                           monkeypatch):
    make_customer(ctx, "C001", "甲")
    stick = tmp_path / "U盘"
    stick.mkdir()
    for day in range(12):  # older copies the clerk keeps there: never pruned
        (stick / f"t-202601{day + 10:02d}-120000-manual.sqlite3").write_bytes(b"")
    offered = []
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        lambda _parent, _title, start: offered.append(start) or str(stick))
    window.backup_actions.backup_to_action.trigger()
    qtbot.waitUntil(lambda: bool(boxes["information"]), timeout=5000)
    [made] = [p for p in stick.iterdir() if p.stat().st_size]
    assert str(made) in boxes["information"][0]
    assert check_backup_file(made).customers == 1
    assert len(list(stick.iterdir())) == 13
    assert not (tmp_path / "backups").exists()  # the usual folder is not touched
    window.backup_actions.backup_to_action.trigger()  # the stick is offered next time
    qtbot.waitUntil(lambda: len(boxes["information"]) == 2, timeout=5000)
    assert offered[1] == str(stick)


def test_backup_to_with_no_folder_chosen_does_nothing(window, tmp_path, boxes, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a: "")
    window.backup_actions.backup_to_action.trigger()
    assert not window.backup_actions.busy and not boxes["information"]
