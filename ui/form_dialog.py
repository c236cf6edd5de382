"""What every editing dialog shares: an error line, OK/Cancel, focus on the field at fault,
and the same answers to the environment: a busy database is waited for (visibly, without
freezing), someone else's newer save is refused in words, and what was typed always stays."""
from __future__ import annotations

import time

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from services.core.environment import DatabaseProblem
from services.core.errors import EditConflict, NotFound, ValidationError
from ui.error_text import conflict_message, error_message
from ui.problem_text import problem_message

INVALID_STYLE = "border: 1px solid #b3261e;"
ERROR_STYLE = "color: #b3261e;"
WAITING_STYLE = "color: #8a5a00;"
BUSY_RETRY_MS = 400    # between attempts while another user's change holds the database
BUSY_PATIENCE_S = 15   # then the dialog says the database is busy and stops trying


class FormDialog(QDialog):
    """Subclasses build their form in `body`, map field names to widgets, and implement `save`."""

    default_size = (520, 440)

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.body = QVBoxLayout()
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("保存"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        self.buttons.accepted.connect(self.try_save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.body, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.field_widgets: dict[str, QWidget] = {}
        self._marked: QWidget | None = None
        self._busy_since: float | None = None
        self._restore_size()

    def save(self) -> None:  # pragma: no cover - every subclass implements it
        raise NotImplementedError

    def try_save(self) -> None:
        """Call the service; on a bad input keep everything typed and point at the field."""
        try:
            self.save()
        except ValidationError as error:
            self._busy_since = None
            self.show_error(error)
            return
        except NotFound:
            self._busy_since = None
            QMessageBox.warning(self, self.windowTitle(),
                                self.tr("这条记录已不存在（可能已被他人删除）。"))
            return
        except EditConflict as error:
            self._busy_since = None
            self.show_notice(conflict_message(error))
            return
        except DatabaseProblem as problem:
            if problem.kind == "busy" and self._wait_for_other_user():
                return
            self._busy_since = None
            self.show_notice(problem_message(problem))
            return
        self._busy_since = None
        self.accept()

    def show_notice(self, text: str, waiting: bool = False) -> None:
        """A message about the save as a whole (not one field), under the form; amber while
        only waiting, red when the save did not happen."""
        self.error_label.setStyleSheet(WAITING_STYLE if waiting else ERROR_STYLE)
        self.error_label.setText(text)
        self.error_label.show()

    def _wait_for_other_user(self) -> bool:
        """Try again shortly while another user's change holds the database, saying so; False
        once BUSY_PATIENCE_S have passed. The window stays responsive meanwhile."""
        now = time.monotonic()
        if self._busy_since is None:
            self._busy_since = now
        if now - self._busy_since >= BUSY_PATIENCE_S:
            return False
        self.show_notice(self.tr("等待其他用户…（另一位同事正在保存，稍候会自动重试）"), waiting=True)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        QTimer.singleShot(BUSY_RETRY_MS, self, self._retry_save)
        return True

    def _retry_save(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        if self._busy_since is not None and self.isVisible():  # not if cancelled meanwhile
            self.try_save()

    def show_error(self, error: ValidationError) -> None:
        self.show_notice(error_message(error))
        if self._marked is not None:
            self._marked.setStyleSheet("")
        widget = self.widget_for(error.field)
        if widget is not None:
            _reveal(widget)
            widget.setStyleSheet(INVALID_STYLE)
            widget.setFocus()
            self._marked = widget

    def widget_for(self, field: str) -> QWidget | None:
        return self.field_widgets.get(field) or self.field_widgets.get(field.split(".")[0])

    def done(self, result: int) -> None:
        self._busy_since = None
        QSettings().setValue(f"dialogs/{type(self).__name__}/geometry", self.saveGeometry())
        super().done(result)

    def _restore_size(self) -> None:
        geometry = QSettings().value(f"dialogs/{type(self).__name__}/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(*self.default_size)


def _reveal(widget: QWidget) -> None:
    """Bring forward the tab page a widget sits on, so the user sees the field at fault."""
    child, parent = widget, widget.parentWidget()
    while parent is not None:
        tabs = parent.parentWidget()
        if isinstance(tabs, QTabWidget) and tabs.indexOf(child) >= 0:
            tabs.setCurrentWidget(child)
        child, parent = parent, parent.parentWidget()
