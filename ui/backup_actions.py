"""Backups from the window: the file's quick check and the daily backup at start, and
File › 备份数据库… / 从备份恢复….

The work is in services.admin.backup (no Qt); this file only asks, shows and restarts. Where backups go
and how many are kept are this PC's settings (QSettings "backup/folder", "backup/keep"; the
settings dialog edits them). A server database (PostgreSQL) is backed up with the server's own
tools: the two actions are disabled and the daily backup does nothing.

A damaged database file (the quick check at start, or a backup copy failing its integrity
check) is said plainly, with the way out: restore from a backup, offered right there.
"""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QProcess, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFileDialog, QMainWindow, QMenu, QMessageBox

from services.admin.backup import (
    DEFAULT_KEEP,
    BackupDamaged,
    BackupError,
    BackupInfo,
    BackupPolicy,
    BackupRefused,
    DatabaseInUse,
    FileCheck,
    backup_now,
    backup_time,
    backup_to,
    check_backup_file,
    daily_backup,
    default_backup_folder,
    quick_check,
    restore_backup,
    sqlite_file,
)
from services.core.environment import DatabaseProblem
from ui.problem_text import problem_message
from ui.worker import run_in_background

KEY_FOLDER = "backup/folder"
KEY_KEEP = "backup/keep"
KEY_LAST_COPY = "backup/copy_folder"  # where 备份到… last wrote (a USB stick), offered again
CONTEXT = "BackupActions"

REFUSALS = {
    "not_sqlite": QT_TRANSLATE_NOOP("BackupActions", "这不是一个数据库文件。"),
    "integrity": QT_TRANSLATE_NOOP("BackupActions", "这个备份文件已损坏（完整性检查未通过）。"),
    "no_version": QT_TRANSLATE_NOOP("BackupActions", "这不是回款通的数据库（没有版本信息）。"),
    "newer_version": QT_TRANSLATE_NOOP(
        "BackupActions", "这个备份来自更新版本的回款通，请先升级程序再恢复。"),
    "unknown_version": QT_TRANSLATE_NOOP("BackupActions", "这个备份的数据库版本无法识别。"),
    "schema": QT_TRANSLATE_NOOP(
        "BackupActions", "这个备份缺少它的版本应有的表或字段，恢复后无法正常使用。"),
}


def _translate(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def error_text(error: BaseException) -> str:
    """An error for people: a DatabaseProblem in words (what to do), anything else as is."""
    return problem_message(error) if isinstance(error, DatabaseProblem) else str(error)


def is_damage(error: BaseException) -> bool:
    """The database file itself is damaged (a backup copy failed its check, or SQLite said so)."""
    return isinstance(error, BackupDamaged) or (
        isinstance(error, DatabaseProblem) and error.kind == "damaged")


def backup_policy(db_path: str | Path) -> BackupPolicy:
    """This PC's settings, with the defaults: a "backups" folder beside the database, keep 10."""
    settings = QSettings()
    folder = str(settings.value(KEY_FOLDER, "") or "").strip()
    try:
        keep = int(settings.value(KEY_KEEP, DEFAULT_KEEP))
    except (TypeError, ValueError):
        keep = DEFAULT_KEEP
    return BackupPolicy(Path(folder) if folder else default_backup_folder(db_path),
                        keep if keep > 0 else DEFAULT_KEEP)


def restart_app() -> None:
    """Start a new copy of the app with the same arguments, then quit this one."""
    frozen = getattr(sys, "frozen", False)  # a built .exe: sys.argv[0] is the program itself
    QProcess.startDetached(sys.executable, sys.argv[1:] if frozen else sys.argv)
    QApplication.closeAllWindows()
    QApplication.quit()


class BackupActions(QObject):
    """The two File menu actions and the daily backup, for one main window and its database
    file (`db_file` None: a server database, backed up with the server's own tools)."""

    def __init__(self, window: QMainWindow, db_file: Path | None) -> None:
        super().__init__(window)
        self.window = window
        self.db_file = sqlite_file(db_file) if db_file is not None else None
        self._job = None
        self.backup_action = QAction(self.tr("备份数据库…"), window)
        self.backup_action.triggered.connect(self.backup_now)
        self.backup_to_action = QAction(self.tr("备份到…"), window)
        self.backup_to_action.setStatusTip(self.tr("把数据库备份到另选的文件夹，例如 U 盘"))
        self.backup_to_action.triggered.connect(self.backup_to)
        self.restore_action = QAction(self.tr("从备份恢复…"), window)
        self.restore_action.triggered.connect(self.restore)
        if self.db_file is None:
            hint = self.tr("服务器数据库请用服务器自己的工具备份（PostgreSQL：pg_dump）。")
            for action in (self.backup_action, self.backup_to_action, self.restore_action):
                action.setEnabled(False)
                action.setStatusTip(hint)
                action.setToolTip(hint)

    def add_to_menu(self, menu: QMenu) -> None:
        menu.addAction(self.backup_action)
        menu.addAction(self.backup_to_action)
        menu.addAction(self.restore_action)

    @property
    def busy(self) -> bool:
        return self._job is not None

    def _run(self, work, on_done, on_error) -> None:
        """One backup job at a time, off the UI thread."""
        def done(result) -> None:
            self._job = None
            self._enable(True)
            on_done(result)

        def failed(error) -> None:
            self._job = None
            self._enable(True)
            on_error(error)

        self._enable(False)
        self._job = run_in_background(work, done, failed, self)

    def _enable(self, on: bool) -> None:
        if self.db_file is not None:
            for action in (self.backup_action, self.backup_to_action, self.restore_action):
                action.setEnabled(on)

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text)

    # -- at start: the quick check, then the daily backup -------------------------------------
    def start_checks(self) -> None:
        """At start, off the UI thread: SQLite's quick check of the file. A sound file goes on
        to the daily backup; a damaged one is said plainly, with a restore offered."""
        if self.db_file is None or self.busy:
            return
        db = self.db_file
        self._run(lambda: quick_check(db), self._checked, self._check_failed)

    def _checked(self, result: FileCheck) -> None:
        if result.ok:
            self.start_daily()
        else:
            self._status(self.tr("数据库文件检查未通过。"))
            self.warn_damaged("; ".join(result.problems))

    def _check_failed(self, error: Exception) -> None:
        if is_damage(error):
            self.warn_damaged(str(error))
            return
        self._status(self.tr("数据库文件检查失败：{error}").format(error=error_text(error)))

    def warn_damaged(self, detail: str, copy: Path | None = None) -> None:
        """Say the database file may be damaged and how to restore; offer to do it now."""
        text = self.tr(
            "数据库文件可能已损坏：SQLite 检查时发现了问题，继续使用可能会丢失数据。\n"
            "请从备份恢复：文件 › 从备份恢复…，选一份出问题之前的备份"
            "（恢复前会先检查备份是否完好，当前文件会另存，不会删除）。")
        if copy is not None:
            text += "\n\n" + self.tr(
                "这次的备份副本已另存为 {file}，不计入保留份数；原有的完好备份都还在。").format(
                file=copy.name)
        if detail:
            text += "\n\n" + self.tr("检查结果：{detail}").format(detail=detail[:300])
        text += "\n\n" + self.tr("现在从备份恢复吗？")
        answer = QMessageBox.warning(
            self.window, self.tr("数据库文件可能已损坏"), text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes)
        if answer == QMessageBox.StandardButton.Yes:
            self.restore()

    # -- daily, at start ----------------------------------------------------------------------
    def start_daily(self) -> None:
        """The first start of the day backs the file up; errors go to the status bar, except a
        damaged database, which is said plainly (warn_damaged)."""
        if self.db_file is None or self.busy:
            return
        db, policy = self.db_file, backup_policy(self.db_file)
        ctx = getattr(self.window, "ctx", None)
        today = ctx.clock.today() if ctx is not None else None
        self._run(lambda: daily_backup(db, policy, today), lambda _made: None,
                  self._daily_failed)

    def _daily_failed(self, error: Exception) -> None:
        self._status(self.tr("自动备份失败：{error}").format(error=error_text(error)))
        if is_damage(error):
            self._warn_damaged_copy(error)

    def _warn_damaged_copy(self, error: Exception) -> None:
        if isinstance(error, BackupDamaged):
            self.warn_damaged("; ".join(error.problems), error.path)
        else:
            self.warn_damaged(getattr(error, "detail", "") or str(error))

    # -- backup now ---------------------------------------------------------------------------
    def backup_now(self) -> None:
        if self.db_file is None or self.busy:
            return
        db, policy = self.db_file, backup_policy(self.db_file)
        self._status(self.tr("正在备份数据库…"))
        self._run(lambda: backup_now(db, policy), self._backed_up, self._backup_failed)

    def backup_to(self) -> None:
        """Pick a folder (a USB stick), then back up into it; the folder is offered next time."""
        if self.db_file is None or self.busy:
            return
        settings = QSettings()
        start = str(settings.value(KEY_LAST_COPY, "") or backup_policy(self.db_file).folder)
        chosen = QFileDialog.getExistingDirectory(self.window, self.tr("备份到"), start)
        if not chosen:
            return
        settings.setValue(KEY_LAST_COPY, chosen)
        db, folder = self.db_file, Path(chosen)
        self._status(self.tr("正在备份数据库…"))
        self._run(lambda: backup_to(db, folder), self._backed_up, self._backup_failed)

    def _backed_up(self, made: Path) -> None:
        self._status(self.tr("已备份：{path}").format(path=made))
        QMessageBox.information(self.window, self.tr("备份数据库"),
                                self.tr("数据库已备份到：\n{path}").format(path=made))

    def _backup_failed(self, error: Exception) -> None:
        self._status(self.tr("备份失败：{error}").format(error=error_text(error)))
        if is_damage(error):
            self._warn_damaged_copy(error)
            return
        QMessageBox.warning(self.window, self.tr("备份数据库"),
                            self.tr("备份失败：\n{error}").format(error=error_text(error)))

    # -- restore ------------------------------------------------------------------------------
    def restore(self) -> None:
        """Pick a file, check it off the UI thread, show what it holds, confirm, restore."""
        if self.db_file is None or self.busy:
            return
        policy = backup_policy(self.db_file)
        start = policy.folder if policy.folder.is_dir() else self.db_file.parent
        chosen, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("从备份恢复"), str(start),
            self.tr("数据库备份 (*.sqlite3 *.db);;所有文件 (*)"))
        if not chosen:
            return
        path = Path(chosen)
        self._status(self.tr("正在检查备份文件…"))
        self._run(lambda: check_backup_file(path),
                  lambda info: self._confirm_restore(path, info, policy),
                  lambda error: self._restore_refused(path, error))

    def describe(self, path: Path, info: BackupInfo) -> str:
        version = info.revision
        if info.needs_upgrade:
            version = self.tr("{revision}（较旧，恢复后打开时自动升级）").format(
                revision=info.revision)
        return self.tr("备份文件：{file}\n备份时间：{time}\n数据库版本：{version}\n"
                       "客户：{customers} 个\n合同：{contracts} 份").format(
            file=path.name, time=f"{backup_time(path):%Y-%m-%d %H:%M:%S}", version=version,
            customers=info.customers, contracts=info.contracts)

    def _confirm_restore(self, path: Path, info: BackupInfo, policy: BackupPolicy) -> None:
        self._status(self.tr("备份文件检查通过：{file}").format(file=path.name))
        question = self.tr(
            "{contents}\n\n恢复后，当前数据库会移到 {folder} 保存（不会删除），"
            "程序将重新启动。\n确定要恢复这个备份吗？").format(
            contents=self.describe(path, info), folder=policy.folder)
        answer = QMessageBox.question(
            self.window, self.tr("从备份恢复"), question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            self._status(self.tr("已取消恢复。"))
            return
        self.restore_file(path, policy)

    def restore_file(self, path: Path, policy: BackupPolicy) -> Path | None:
        """Close the database, restore, tell where the old file went, restart the app."""
        ctx = self.window.ctx
        try:
            ctx.close()
            aside = restore_backup(self.db_file, path, policy.folder, operator=ctx.operator,
                                   clock=ctx.clock)
        except DatabaseInUse:
            self._restore_failed(self.tr("数据库仍在使用中（可能还有别的窗口或程序打开了它），"
                                         "请关闭后再试。当前数据库没有改动。"))
            return None
        except BackupRefused as error:
            self._restore_refused(path, error)
            return None
        except (BackupError, DatabaseProblem, OSError) as error:
            self._restore_failed(self.tr("恢复失败，当前数据库没有改动：\n{error}").format(
                error=error_text(error)))
            return None
        kept = aside if aside is not None else self.tr("（原来没有数据库文件）")
        QMessageBox.information(
            self.window, self.tr("从备份恢复"),
            self.tr("已恢复备份 {file}。\n原来的数据库保存为：\n{kept}\n\n程序将重新启动。").format(
                file=path.name, kept=kept))
        restart_app()
        return aside

    def _restore_refused(self, path: Path, error: Exception) -> None:
        if isinstance(error, BackupRefused):
            text = _translate(REFUSALS[error.reason])
            if error.detail:
                text += "\n\n" + error.detail[:500]
        else:
            text = error_text(error)
        self._status(self.tr("不能恢复：{file}").format(file=path.name))
        QMessageBox.warning(self.window, self.tr("从备份恢复"), self.tr(
            "不能从 {file} 恢复：\n{reason}\n\n当前数据库没有改动。").format(
            file=path.name, reason=text))

    def _restore_failed(self, text: str) -> None:
        self._status(self.tr("恢复失败。"))
        QMessageBox.warning(self.window, self.tr("从备份恢复"), text)
