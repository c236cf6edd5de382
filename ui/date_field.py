"""A date typed in a line edit, with a calendar to pick it from: one widget for every date field.

Typing stays as it was (services.core.parsing.parse_date reads what is typed, and the hints as
typed check it); the calendar button at the end of the field, or Alt+↓ / F4, opens a month
calendar on the date typed (else today), and picking a day writes it as 2026-01-31.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QCalendarWidget, QLineEdit

from services.core.errors import ValidationError
from services.core.parsing import DATE_MAX, DATE_MIN, parse_date

DATE_HINT = "2026-01-31"


def calendar_icon() -> QIcon:
    """A small calendar page, drawn (no image file to ship)."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setPen(QColor("#555555"))
    painter.setBrush(QColor("white"))
    painter.drawRect(QRect(1, 2, 13, 12))
    painter.fillRect(QRect(2, 3, 12, 3), QColor("#b3261e"))
    for row in range(2):
        for column in range(3):
            painter.fillRect(QRect(3 + 4 * column, 8 + 3 * row, 2, 2), QColor("#555555"))
    painter.end()
    return QIcon(pixmap)


class DatePicker(QObject):
    """The calendar of one date field (add_calendar makes it)."""

    def __init__(self, edit: QLineEdit, today: Callable[[], dt.date] | None = None) -> None:
        super().__init__(edit)
        self.edit = edit
        self.today = today or dt.date.today
        self.action = QAction(calendar_icon(), self.tr("选择日期（Alt+↓）"), edit)
        self.action.setObjectName("pickDate")
        self.action.triggered.connect(self.open)
        edit.addAction(self.action, QLineEdit.ActionPosition.TrailingPosition)
        edit.installEventFilter(self)
        if not edit.placeholderText():
            edit.setPlaceholderText(DATE_HINT)
        self.calendar: QCalendarWidget | None = None

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.KeyPress and (
                event.key() == Qt.Key.Key_F4 or (
                    event.key() == Qt.Key.Key_Down
                    and event.modifiers() & Qt.KeyboardModifier.AltModifier)):
            self.open()
            return True
        return False

    def _shown_date(self) -> dt.date:
        try:
            return parse_date(self.edit.text(), "date", required=False) or self.today()
        except ValidationError:
            return self.today()

    def open(self) -> QCalendarWidget:
        """Show the calendar under the field, on the date typed (else today)."""
        if self.calendar is None:
            self.calendar = QCalendarWidget(self.edit)
            self.calendar.setWindowFlags(Qt.WindowType.Popup)
            self.calendar.setObjectName("datePicker")
            self.calendar.setGridVisible(True)
            self.calendar.setMinimumDate(QDate(DATE_MIN.year, DATE_MIN.month, DATE_MIN.day))
            self.calendar.setMaximumDate(QDate(DATE_MAX.year, DATE_MAX.month, DATE_MAX.day))
            self.calendar.clicked.connect(self.pick)
            self.calendar.activated.connect(self.pick)
        shown = self._shown_date()
        self.calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        self.calendar.adjustSize()
        self.calendar.move(self.edit.mapToGlobal(QPoint(0, self.edit.height())))
        self.calendar.show()
        self.calendar.setFocus()
        return self.calendar

    def pick(self, day: QDate) -> None:
        """Write the day picked as the user would type it; the field's checks run as usual."""
        self.edit.setText(day.toString(Qt.DateFormat.ISODate))
        if self.calendar is not None:
            self.calendar.hide()
        self.edit.setFocus()


def add_calendar(edit: QLineEdit, today: Callable[[], dt.date] | None = None) -> DatePicker:
    """Give a date field its calendar. `today` (the app's clock) is shown when nothing valid
    is typed."""
    return DatePicker(edit, today)


def date_edit(text: str = "", today: Callable[[], dt.date] | None = None) -> QLineEdit:
    """A new date field: a line edit for typing, with its calendar."""
    edit = QLineEdit(text)
    add_calendar(edit, today)
    return edit

