"""What every editing dialog shares: an error line, OK/Cancel, focus on the field at fault,
and the same answers to the environment: a busy database is waited for (visibly, without
freezing), someone else's newer save is refused in words, and what was typed always stays."""
from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QStyledItemDelegate,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from services.core.environment import DatabaseProblem
from services.core.errors import EditConflict, NotFound, ValidationError
from ui import geometry
from ui.error_text import conflict_message, error_message
from ui.problem_text import problem_message

INVALID_STYLE = "border: 1px solid #b3261e;"
ERROR_STYLE = "color: #b3261e;"
HINT_STYLE = "color: #b3261e; font-size: 11px;"
WAITING_STYLE = "color: #8a5a00;"
BUSY_RETRY_MS = 400    # between attempts while another user's change holds the database
BUSY_PATIENCE_S = 15   # then the dialog says the database is busy and stops trying

# The check behind a hint as the user types: the parsing function the save uses, called with
# (text, field name); it raises ValidationError for what the save would refuse.
TypedCheck = Callable[[str, str], object]


class FormDialog(QDialog):
    """Subclasses build their form in `body`, map field names to widgets, and implement `save`.

    The form scrolls when the screen is too small for it; the error line and the buttons stay
    in view below it. The dialog opens at its size of last time (ui.geometry), else at
    `default_size`, both fitted to the screen."""

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
        form = QWidget()
        form.setLayout(self.body)
        self.body.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("formScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setWidget(form)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.field_widgets: dict[str, QWidget] = {}
        self._marked: QWidget | None = None
        self._watched: set[int] = set()  # widgets whose edits clear the error shown for them
        self._busy_since: float | None = None
        geometry.remember(self, self.default_size)

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
        """Say what is wrong under the form and mark the field at fault (brought into view and
        focused); editing that field takes the mark and the message away (clear_error)."""
        self.show_notice(error_message(error))
        if self._marked is not None:
            self._marked.setStyleSheet("")
        widget = self.widget_for(error.field)
        self._marked = widget
        if widget is not None:
            _reveal(widget)
            self.scroll.ensureWidgetVisible(widget)
            widget.setStyleSheet(INVALID_STYLE)
            widget.setFocus()
            self._clear_when_edited(widget)

    def clear_error(self) -> None:
        """The field at fault was edited: the old message no longer holds (the hints as typed,
        and the next save, say what is still wrong)."""
        if self._marked is not None:
            self._marked.setStyleSheet("")
            self._marked = None
        if self._busy_since is None:
            self.error_label.hide()
            self.error_label.clear()

    def _clear_when_edited(self, widget: QWidget) -> None:
        if id(widget) in self._watched:
            return
        self._watched.add(id(widget))

        def edited(*_args, widget=widget) -> None:
            if self._marked is widget:
                self.clear_error()

        for signal in _edit_signals(widget):
            signal.connect(edited)

    # -- hints as the user types ------------------------------------------------
    def check_as_typed(self, field: str, check: TypedCheck) -> QLabel:
        """Check the line edit of `field` (field_widgets) on every keystroke with `check`, the
        save's own parsing: what it would refuse turns the border red and is said in a short
        hint right under the field (and its tooltip). Empty text is left to the save
        ("required"). Returns the hint."""
        edit = self.field_widgets[field]
        hint = _hint_under(edit, f"hint.{field}")
        edit.textChanged.connect(lambda text: self._mark_typed(edit, hint, check, text, field))
        return hint

    def check_cells_as_typed(self, view: QTableView, table: str,
                             checks: dict[str, TypedCheck]) -> QLabel:
        """The same for the columns of an editable table (RowsModel) named in `checks`: the
        cell being typed in turns red as it goes wrong, and a hint under the table names the
        row, the column and the reason; once typed, the first problem left in the table stays
        said there until it is put right. The field is "<table>.<row from 1>.<column>", as
        the service names it."""
        model = view.model()
        hint = _hint_under(view, f"hint.{table}")
        delegate = _CheckedCells(self, hint, table, checks, view)
        for index, column in enumerate(model.columns):
            if column.field in checks:
                view.setItemDelegateForColumn(index, delegate)
        model.edited.connect(lambda: _say(hint, self._first_problem(model, table, checks)))
        return hint

    def _mark_typed(self, edit: QWidget, hint: QLabel, check: TypedCheck, text: str,
                    field: str) -> None:
        problem = _problem(check, text, field)
        edit.setStyleSheet(INVALID_STYLE if problem else "")
        edit.setToolTip(problem)
        _say(hint, problem)
        if not problem and self._marked is edit:
            self.clear_error()

    @staticmethod
    def _first_problem(model, table: str, checks: dict[str, TypedCheck]) -> str:
        for number, row in enumerate(model.rows, 1):
            for column, check in checks.items():
                problem = _problem(check, getattr(row, column), f"{table}.{number}.{column}")
                if problem:
                    return problem
        return ""

    def widget_for(self, field: str) -> QWidget | None:
        return self.field_widgets.get(field) or self.field_widgets.get(field.split(".")[0])

    def done(self, result: int) -> None:
        self._busy_since = None
        super().done(result)


def _edit_signals(widget: QWidget) -> list:
    """The signals that say the user changed what `widget` holds."""
    if isinstance(widget, QLineEdit | QPlainTextEdit):
        return [widget.textChanged]
    if isinstance(widget, QComboBox):
        return [widget.currentIndexChanged, widget.editTextChanged]
    if isinstance(widget, QAbstractButton):
        return [widget.toggled]
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        return [widget.model().dataChanged, widget.model().rowsInserted,
                widget.model().rowsRemoved]
    return []


def _reveal(widget: QWidget) -> None:
    """Bring forward the tab page a widget sits on, so the user sees the field at fault."""
    child, parent = widget, widget.parentWidget()
    while parent is not None:
        tabs = parent.parentWidget()
        if isinstance(tabs, QTabWidget) and tabs.indexOf(child) >= 0:
            tabs.setCurrentWidget(child)
        child, parent = parent, parent.parentWidget()


def _problem(check: TypedCheck, text: str, field: str) -> str:
    """What the save would say about `text`, in the user's words; "" when nothing (or empty)."""
    if not str(text).strip():
        return ""
    try:
        check(str(text), field)
    except ValidationError as error:
        return error_message(error)
    return ""


def _say(hint: QLabel, problem: str) -> None:
    hint.setText(problem)
    hint.setVisible(bool(problem))


def _hint_under(widget: QWidget, name: str) -> QLabel:
    """A hidden red line right under `widget`, in its place in the layout."""
    hint = QLabel()
    hint.setObjectName(name)
    hint.setStyleSheet(HINT_STYLE)
    hint.hide()
    box = QWidget()
    if not isinstance(widget, QAbstractItemView):  # a line keeps its height, a table grows
        box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    parent_layout = widget.parentWidget().layout()
    if parent_layout.replaceWidget(widget, box) is None:  # pragma: no cover - a wiring slip
        raise LookupError(f"{name}: the widget is not in its parent's layout")
    layout.addWidget(widget)
    layout.addWidget(hint)
    return hint


class _CheckedCells(QStyledItemDelegate):
    """Cell editors checked as the user types (FormDialog.check_cells_as_typed)."""

    def __init__(self, dialog: FormDialog, hint: QLabel, table: str,
                 checks: dict[str, TypedCheck], parent: QWidget) -> None:
        super().__init__(parent)
        self.dialog, self.hint, self.table, self.checks = dialog, hint, table, checks

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt's name
        editor = super().createEditor(parent, option, index)
        column = index.model().columns[index.column()].field
        if isinstance(editor, QLineEdit) and column in self.checks:
            field = f"{self.table}.{index.row() + 1}.{column}"
            check = self.checks[column]

            def mark(text: str) -> None:
                problem = _problem(check, text, field)
                editor.setStyleSheet(INVALID_STYLE if problem else "")
                editor.setToolTip(problem)
                _say(self.hint, problem)

            editor.textChanged.connect(mark)
        return editor
