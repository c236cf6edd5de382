"""Settings that belong to this PC (QSettings): who is working, language, backups, alerts."""
from __future__ import annotations

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
)

from services.core.errors import ValidationError
from services.core.uow import login_name
from ui import alert_prefs
from ui.form_dialog import FormDialog

LANGUAGES = (("zh_CN", "中文"), ("en", "English"))


class SettingsDialog(FormDialog):
    """`default_backup_folder` is shown when no folder was chosen yet."""

    def __init__(self, default_backup_folder: str, parent=None) -> None:
        super().__init__(self.tr("本机设置"), parent)
        settings = QSettings()
        form = QFormLayout()
        # The name the app works under: the one set here, else the computer login (as the
        # status bar shows it).
        self.operator = QLineEdit(str(settings.value("operator", "") or login_name()))
        self.operator.setPlaceholderText(self.tr("记入审计日志的姓名"))
        self.language = QComboBox()
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(
            max(0, self.language.findData(settings.value("ui/language", "zh_CN"))))
        self.backup_folder = QLineEdit(str(settings.value("backup/folder", "")))
        self.backup_folder.setPlaceholderText(default_backup_folder)
        browse = QPushButton(self.tr("选择…"))
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.backup_folder, 1)
        folder_row.addWidget(browse)
        self.keep = QSpinBox()
        self.keep.setRange(1, 365)
        self.keep.setValue(int(settings.value("backup/keep", 10)))
        self.alerts_at_start = QCheckBox(self.tr("启动时显示今日提醒"))
        self.alerts_at_start.setChecked(alert_prefs.show_at_start())
        form.addRow(self.tr("操作员姓名 *"), self.operator)
        form.addRow(self.tr("界面语言"), self.language)
        form.addRow(self.tr("备份文件夹"), folder_row)
        form.addRow(self.tr("保留备份份数"), self.keep)
        form.addRow("", self.alerts_at_start)
        self.field_widgets.update({"operator": self.operator})
        self.body.addLayout(form)
        self._language_before = self.language.currentData()
        self.restart_now = False

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("备份文件夹"),
                                                  self.backup_folder.text())
        if folder:
            self.backup_folder.setText(folder)

    def save(self) -> None:
        name = self.operator.text().strip()
        if not name:
            raise ValidationError("operator", "required")
        settings = QSettings()
        settings.setValue("operator", name)
        settings.setValue("ui/language", self.language.currentData())
        settings.setValue("backup/folder", self.backup_folder.text().strip())
        settings.setValue("backup/keep", self.keep.value())
        alert_prefs.set_show_at_start(self.alerts_at_start.isChecked())
        if self.language.currentData() != self._language_before:
            self.restart_now = self._ask_restart()

    def _ask_restart(self) -> bool:
        """The language changes when the app starts again: say so, and offer to do it now."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("界面语言"),
                          self.tr("界面语言将在重新启动回款通后切换。"),
                          QMessageBox.StandardButton.NoButton, self)
        box.setInformativeText(self.tr("现在重新启动吗？正在编辑的其他窗口会关闭。"))
        now = box.addButton(self.tr("现在重新启动"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("稍后"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(now)
        box.exec()
        return box.clickedButton() is now

    def done(self, result: int) -> None:
        super().done(result)
        if result and self.restart_now:
            from ui.backup_actions import restart_app

            QTimer.singleShot(0, restart_app)  # once this dialog is closed and saved
