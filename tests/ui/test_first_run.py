"""A new, empty database opens on the first-run page: our company, the imports and their
templates, or straight to the tabs."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox

from services.admin.company import get_company
from services.imports.fields import KINDS
from services.imports.templates import template_file_name
from tests.factories import make_customer
from ui.app import opens_on_first_run
from ui.events import CUSTOMERS
from ui.main_window import MainWindow


@pytest.fixture
def fresh(qtbot, ctx):
    """The main window on a new, empty database, as run_gui opens it."""
    main = MainWindow(ctx, "test", first_run=opens_on_first_run(ctx, demo=False))
    qtbot.addWidget(main)
    main.show()
    return main


def test_an_empty_database_opens_on_the_first_run_page(fresh):
    assert fresh.first_run_page is not None
    assert fresh.stack.currentWidget() is fresh.first_run_page
    assert fresh.first_run_page.isVisible() and not fresh.tabs.isVisible()


def test_the_page_fits_an_office_screen_without_scrolling(qtbot, fresh):
    fresh.resize(1366, 728)  # 1366×768 above the taskbar
    qtbot.waitUntil(lambda: fresh.first_run_page.width() > 1200)
    scroll = fresh.first_run_page.scroll
    assert scroll.verticalScrollBar().maximum() == 0
    assert scroll.horizontalScrollBar().maximum() == 0


def test_a_database_with_a_customer_opens_on_the_tabs(qtbot, ctx):
    make_customer(ctx, "C001", "北京九州诊所")
    assert not opens_on_first_run(ctx, demo=False)
    main = MainWindow(ctx, "test", first_run=opens_on_first_run(ctx, demo=False))
    qtbot.addWidget(main)
    main.show()
    assert main.first_run_page is None and main.tabs.isVisible()


def test_the_demo_opens_on_the_tabs(qtbot, tmp_path):
    from ui.app import open_demo

    demo = open_demo(tmp_path / "demo.sqlite3", "tester", None)
    try:
        assert not opens_on_first_run(demo, demo=True)
        assert not opens_on_first_run(demo, demo=False)  # it has customers
        main = MainWindow(demo, "test", first_run=opens_on_first_run(demo, demo=True))
        qtbot.addWidget(main)
        main.show()
        assert main.stack.currentWidget() is main.tabs
    finally:
        demo.engine.dispose()


def test_the_demo_flag_alone_keeps_an_empty_database_off_the_page(ctx):
    assert opens_on_first_run(ctx, demo=False)
    assert not opens_on_first_run(ctx, demo=True)


def _fill(page, **values):
    for field, text in values.items():
        page.field_widgets[field].setText(text)


def test_saving_our_company_writes_it_and_this_pcs_operator(fresh, ctx):
    page = fresh.first_run_page
    _fill(page, company_name="北京九州医疗器械有限公司", branch_code="bj",
          company_bank_account="工行北京分行 0200 0000 0000 0000 000", operator="王芳")
    assert page.save_company()
    info = get_company(ctx.uow())
    assert (info.company_name, info.branch_code, info.company_bank_account) == (
        "北京九州医疗器械有限公司", "BJ", "工行北京分行 0200 0000 0000 0000 000")
    assert info.price_confirmation_before_delivery  # the rest kept as it was
    assert QSettings().value("operator") == "王芳" and ctx.operator == "王芳"
    assert page.field_widgets["branch_code"].text() == "BJ"
    assert "王芳" in fresh.status_label.text()
    assert page.company_error.text() == "已保存。"


def test_saving_keeps_the_company_details_the_page_does_not_show(fresh, ctx):
    import dataclasses

    from services.admin.company import save_company

    save_company(ctx.uow(), dataclasses.replace(get_company(ctx.uow()),
                                                company_address="北京市朝阳区建国路 1 号"))
    _fill(fresh.first_run_page, company_name="九州", branch_code="BJ")
    assert fresh.first_run_page.save_company()
    assert get_company(ctx.uow()).company_address == "北京市朝阳区建国路 1 号"


def test_a_bad_branch_code_is_refused_naming_the_field_and_nothing_is_saved(fresh, ctx):
    page = fresh.first_run_page
    before = get_company(ctx.uow())
    _fill(page, company_name="北京九州医疗器械有限公司", branch_code="BJ-01", operator="王芳")
    assert not page.save_company()
    assert "分公司代码" in page.company_error.text()
    assert page.company_error.isVisible()
    assert page.field_widgets["branch_code"].styleSheet()  # marked
    assert get_company(ctx.uow()) == before
    assert QSettings().value("operator") is None and ctx.operator == "tester"


def test_an_empty_operator_is_refused_before_anything_is_saved(fresh, ctx):
    page = fresh.first_run_page
    before = get_company(ctx.uow())
    _fill(page, company_name="九州", branch_code="BJ", operator="  ")
    assert not page.save_company()
    assert "操作员姓名" in page.company_error.text()
    assert get_company(ctx.uow()) == before


def test_the_page_names_the_template_files(fresh):
    shown = " ".join(label.text() for label in fresh.first_run_page.template_names)
    assert all(template_file_name(kind) in shown for kind in KINDS)


def test_the_template_button_writes_four_files_and_says_where(fresh, tmp_path, monkeypatch):
    folder = tmp_path / "模板"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    fresh.first_run_page.templates_button.click()
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        template_file_name(kind) for kind in KINDS)
    assert str(folder) in fresh.first_run_page.templates_result.text()


def test_cancelling_the_folder_writes_nothing(fresh, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: "")
    fresh.first_run_page.templates_button.click()
    assert fresh.first_run_page.templates_result.text() == ""


def test_a_folder_that_cannot_be_written_is_said(fresh, tmp_path, monkeypatch):
    blocked = tmp_path / "a file"
    blocked.write_text("")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(blocked))
    fresh.first_run_page.templates_button.click()
    assert "无法写入" in fresh.first_run_page.templates_result.text()


def test_the_file_menu_writes_the_templates_too(qtbot, window, tmp_path, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    said = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: said.append(args[2]))
    [action] = [a for a in window.findChildren(QAction) if a.text() == "下载导入模板…"]
    action.trigger()
    assert len(list(tmp_path.glob("回款通导入模板-*.xlsx"))) == 4
    assert said and str(tmp_path) in said[0]


def test_import_buttons_ask_for_their_kind(fresh, monkeypatch):
    asked = []
    monkeypatch.setattr(MainWindow, "open_import", lambda self, kind: asked.append(kind))
    page = fresh.first_run_page
    page.import_requested.disconnect()
    page.import_requested.connect(fresh.open_import)
    for kind in ("customers", "receivables", "contracts", "payments"):
        page.import_buttons[kind].click()
    assert asked == ["customers", "receivables", "contracts", "payments"]


def test_start_typing_shows_the_tabs(fresh):
    fresh.first_run_page.start_button.click()
    assert fresh.first_run_page is None
    assert fresh.stack.currentWidget() is fresh.tabs and fresh.tabs.isVisible()


def test_the_page_goes_once_a_customer_exists(fresh, ctx):
    fresh.events.announce(CUSTOMERS)  # nothing yet: stays
    assert fresh.first_run_page is not None
    make_customer(ctx, "C001", "北京九州诊所")
    fresh.events.announce(CUSTOMERS)
    assert fresh.first_run_page is None and fresh.tabs.isVisible()
