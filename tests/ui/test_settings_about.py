"""This PC's settings, the company's branch code, and the About box."""
from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from services.admin import company
from tests.factories import make_contract, make_customer
from ui.about_dialog import AboutDialog
from ui.company_dialog import CompanyDialog
from ui.settings_dialog import SettingsDialog


def _ok(dialog, qtbot):
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)


def test_pc_settings_are_saved_to_qsettings(qtbot, monkeypatch):
    told = []
    monkeypatch.setattr(SettingsDialog, "_ask_restart", lambda self: told.append("重新启动"))
    dialog = SettingsDialog("/data/backups")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.operator.setText("王会计")
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.keep.setValue(30)
    dialog.alerts_at_start.setChecked(False)
    _ok(dialog, qtbot)
    settings = QSettings()
    assert (settings.value("operator"), settings.value("ui/language"),
            int(settings.value("backup/keep"))) == ("王会计", "en", 30)
    assert told and "重新启动" in told[0]


def test_operator_name_is_required(qtbot):
    dialog = SettingsDialog("/data/backups")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.operator.clear()
    _ok(dialog, qtbot)
    assert dialog.error_label.text() == "操作员姓名不能为空"


def test_branch_code_set_in_company_dialog_numbers_new_contracts(qtbot, ctx):
    dialog = CompanyDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.edits["company_name"].setText("某公司")
    dialog.edits["branch_code"].setText("sh")
    _ok(dialog, qtbot)
    assert company.get_company(ctx.uow()).branch_code == "SH"
    _, number = make_contract(ctx, make_customer(ctx, "C1"))
    assert number == "SH-2026-00001"


def test_bad_branch_code_is_refused(qtbot, ctx):
    dialog = CompanyDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.edits["branch_code"].setText("北京")
    _ok(dialog, qtbot)
    assert dialog.error_label.text() == "分公司代码只能是 1–6 位英文字母或数字，如 BJ"


def test_about_shows_version_database_and_font_licence(qtbot):
    dialog = AboutDialog("1.2.3", "/data/receivables.sqlite3")
    qtbot.addWidget(dialog)
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "1.2.3" in texts and "/data/receivables.sqlite3" in texts
    assert "Apache-2.0" in texts and "LGPL-3.0" in texts


def test_main_window_title_has_the_version(window):
    assert window.windowTitle() == "回款通 test"
    assert not window.windowIcon().isNull()


def test_new_contract_offers_the_default_late_fee(qtbot, ctx):
    from services.collection import rules
    from ui.contract_dialog import ContractDialog

    rules.save_rules(ctx.uow(), rules.RulesInput("5", "0", {}, "0.05"))
    dialog = ContractDialog(ctx, customer_id=make_customer(ctx, "C1"))
    qtbot.addWidget(dialog)
    assert dialog.late_fee.text() == "0.05"
