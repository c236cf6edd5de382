"""Every DatabaseProblem kind in the user's words, with what to do; the start of the app says
why a database cannot be opened (a network share, a newer version's file) in those words."""
from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtWidgets import QMessageBox

import services.admin.location
import ui.app
from services.admin.bootstrap import open_context
from services.core.environment import PROBLEMS, DatabaseProblem
from ui.problem_text import MESSAGES, problem_message


def test_every_kind_has_its_own_message():
    assert set(MESSAGES) == set(PROBLEMS)
    texts = [problem_message(DatabaseProblem(kind, "detail")) for kind in PROBLEMS]
    assert len(set(texts)) == len(PROBLEMS)
    for text in texts:
        assert "{" not in text and "。" in text and "请" in text  # what to do, said in full


def test_newer_schema_names_the_version():
    assert problem_message(DatabaseProblem("newer_schema", "9999")) == (
        "此数据库由更新版本的回款通创建（版本 9999），请升级程序。这个版本的回款通没有改动它。")


def test_network_share_says_where_why_and_what_to_do():
    text = problem_message(DatabaseProblem("network_share", r"UNC path \\nas\acct"))
    assert r"\\nas\acct" in text and "网络共享" in text
    assert "无法安全地加锁" in text and "这台电脑" in text and "PostgreSQL" in text


@pytest.fixture
def started(qapp, monkeypatch):
    """run_gui up to the main window: the boxes it shows are collected, nothing blocks."""
    shown = []
    monkeypatch.setattr(ui.app, "create_application", lambda: qapp)
    monkeypatch.setattr(ui.app, "install_crash_handler", lambda _folder: None)
    monkeypatch.setattr(QMessageBox, "critical",
                        lambda _parent, _title, text: shown.append(text))
    return shown


def test_a_database_on_a_network_share_is_not_opened(tmp_path, started, monkeypatch):
    target = tmp_path / "share" / "books.sqlite3"
    monkeypatch.setattr(services.admin.location, "network_location",
                        lambda path, **_kw: "cifs mount of //nas/acct at /mnt/acct")
    assert ui.app.run_gui(db=str(target)) == 1
    [text] = started
    assert text.startswith(f"无法打开数据库 {target}：\n数据库文件在网络共享")
    assert "cifs mount of //nas/acct" in text and "PostgreSQL" in text
    assert not (tmp_path / "share").exists()


def test_a_database_of_a_newer_version_is_named_and_left_alone(tmp_path, started, clock):
    path = tmp_path / "books.sqlite3"
    ctx = open_context(path, clock)
    ctx.engine.dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.close()
    for _start in range(2):
        assert ui.app.run_gui(db=str(path)) == 1
    assert started[0] == started[1]
    assert "此数据库由更新版本的回款通创建（版本 9999），请升级程序" in started[0]
    assert [p.name for p in tmp_path.iterdir() if p.name != "qs"] == ["books.sqlite3"]  # no copy


def test_an_unknown_error_is_shown_as_it_is(tmp_path):
    text = ui.app.open_failed_message(tmp_path / "x.sqlite3", RuntimeError("boom"))
    assert text == f"无法打开数据库 {tmp_path / 'x.sqlite3'}：\nboom"


def test_a_server_address_is_shown_without_its_password():
    text = ui.app.open_failed_message("postgresql+psycopg://rkt:secret@db.example/books",
                                      RuntimeError("boom"))
    assert text == "无法打开数据库 postgresql+psycopg://rkt:***@db.example/books：\nboom"
