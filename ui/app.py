"""Start the window: Qt application, font, translations, the database, then the main window."""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from services.admin.bootstrap import data_dir, database_label, default_db_path, open_context
from services.core.environment import problem_from
from services.core.uow import AppContext, login_name
from ui import formatting
from ui.backup_actions import backup_policy
from ui.crash import install_crash_handler
from ui.fonts import install_cjk_font
from ui.problem_text import problem_message
from ui.resources import app_root, resource_path

VERSION = "0.1.0"
ORGANIZATION = "ReceivablesDesk"


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv)
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName("ReceivablesDesk")
    QCoreApplication.setApplicationVersion(VERSION)
    install_cjk_font(app)
    app.setWindowIcon(QIcon(str(resource_path("icons", "app.png"))))
    install_translation(app, str(QSettings().value("ui/language", "zh_CN")))
    return app


def install_translation(app: QApplication, language: str) -> None:
    """Sources are written in Chinese; another language loads its compiled .qm file."""
    formatting.set_locale(language)
    QLocale.setDefault(QLocale(language))
    # Qt's own words (Cancel, Close, the print dialog) from the translations PySide6 ships.
    qt_words = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_words.load(f"qtbase_{language}", qt_folder):
        app.installTranslator(qt_words)
    if language.startswith("zh"):
        return
    translator = QTranslator(app)
    if translator.load(f"receivables_{language}", str(app_root() / "i18n")):
        app.installTranslator(translator)


def operator_name() -> str:
    """This PC's operator (设置 › 本机设置), else the computer login."""
    return str(QSettings().value("operator", "") or login_name())


# A write in the window waits this long for another user's lock, then the dialog says so and
# tries again (ui/form_dialog.py): the window never freezes for long.
GUI_WAIT_MS = 300


def open_demo(path: Path, ctx_operator: str, backup_dir: Path | None) -> AppContext:
    ctx = open_context(path, operator=ctx_operator, backup_dir=backup_dir, wait_ms=GUI_WAIT_MS)
    from services.admin.bootstrap import database_is_empty
    from services.demo.generate import write_demo

    if database_is_empty(ctx):
        write_demo(ctx)
    return ctx


def opens_on_first_run(ctx: AppContext, demo: bool) -> bool:
    """A new, empty database (no customers; never the demo) opens on the first-run page
    rather than empty tables. One LIMIT 1 query, so it runs on the UI thread."""
    from services.admin.bootstrap import database_is_empty

    return not demo and database_is_empty(ctx)


def open_failed_message(target: str | Path, error: BaseException) -> str:
    """Why the database could not be opened: a known problem (a network share, a newer
    version's file, a locked or damaged file…) in words with what to do; else the error."""
    problem = problem_from(error)
    reason = problem_message(problem) if problem is not None else str(error)
    return QCoreApplication.translate("App", "无法打开数据库 {path}：\n{error}").format(
        path=database_label(target), error=reason)


def run_gui(db: str | None = None, demo: bool = False) -> int:
    app = create_application()
    install_crash_handler(data_dir() / "logs")
    path = Path(db) if db and "://" not in db else default_db_path(demo)
    target = db if db and "://" in db else path
    try:
        # The copy made before a schema upgrade goes where this PC keeps its backups.
        backup_dir = None if "://" in str(target) else backup_policy(target).folder
        ctx = (open_demo(path, operator_name(), backup_dir) if demo
               else open_context(target, operator=operator_name(), backup_dir=backup_dir,
                                 wait_ms=GUI_WAIT_MS))
    except Exception as error:  # a locked, unreadable or newer-version file: tell the user
        title = QCoreApplication.translate("App", "回款通")
        QMessageBox.critical(None, title, open_failed_message(target, error))
        return 1
    from ui.main_window import MainWindow

    window = MainWindow(ctx, VERSION, first_run=opens_on_first_run(ctx, demo))
    window.show()
    app.processEvents()  # the window painted with its first rows before anything else starts
    QTimer.singleShot(0, window.start_alerts)  # off the UI thread, after the first paint
    # The file's quick check, then the daily backup, off the UI thread.
    QTimer.singleShot(0, window.backup_actions.start_checks)
    code = app.exec()
    ctx.close()
    return code
