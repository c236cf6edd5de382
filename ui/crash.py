"""Bugs go to one place: a log file, and a message telling the user where it is. What the
environment does to the database (busy, full, read-only, disconnected…) is not a bug: wherever
it surfaces, it gets the user's words instead."""
from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from services.core.environment import problem_from
from ui.problem_text import problem_message


def install_crash_handler(log_dir: Path) -> Path:
    log_dir.mkdir(parents=True, exist_ok=True)
    log_file = log_dir / "receivables.log"
    logging.basicConfig(filename=log_file, level=logging.INFO,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")

    def handle(kind, value, tb) -> None:
        problem = problem_from(value) if isinstance(value, Exception) else None
        if problem is not None:  # the environment, not a bug: the user's words, no crash box
            logging.getLogger("database").warning("%s: %s", problem.kind, problem.detail)
            if QApplication.instance() is not None:
                QMessageBox.warning(None, QCoreApplication.translate("Crash", "回款通"),
                                    problem_message(problem))
            return
        logging.getLogger("crash").error("".join(traceback.format_exception(kind, value, tb)))
        if QApplication.instance() is not None:
            message = QCoreApplication.translate(
                "Crash", "程序出错了，已记录到日志：\n{path}\n\n{error}").format(
                    path=log_file, error=value)
            QMessageBox.critical(None, QCoreApplication.translate("Crash", "回款通"), message)

    sys.excepthook = handle
    return log_file
