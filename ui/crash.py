"""Bugs go to one place: a log file, and a message telling the user where it is."""
from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox


def install_crash_handler(log_dir: Path) -> Path:
    log_dir.mkdir(parents=True, exist_ok=True)
    log_file = log_dir / "receivables.log"
    logging.basicConfig(filename=log_file, level=logging.INFO,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")

    def handle(kind, value, tb) -> None:
        logging.getLogger("crash").error("".join(traceback.format_exception(kind, value, tb)))
        if QApplication.instance() is not None:
            message = QCoreApplication.translate(
                "Crash", "程序出错了，已记录到日志：\n{path}\n\n{error}").format(
                    path=log_file, error=value)
            QMessageBox.critical(None, QCoreApplication.translate("Crash", "回款通"), message)

    sys.excepthook = handle
    return log_file
