"""Where windows open and how big: one rule for every dialog and window.

A window opens at the size and place it had when last closed on this PC (QSettings, one key per
window class), pulled back onto the screen's available area and shrunk to fit it (a laptop after
a big office screen, a second monitor unplugged); the first time, at its default size, shrunk
the same way. The smallest screens we fit: 1366×768 at 100 % and 1920×1080 at 150 % scaling
(1280×720 logical pixels), less a taskbar of 40 and a title bar of about 32.

    remember(widget, (w, h))    restore now, save whenever it is closed or hidden
    restore(widget, (w, h)) / save(widget)   the same in two steps (the main window's own key)
"""
from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QMargins, QObject, QRect, QSettings, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# What the window manager adds around a window before it is shown (title bar, borders).
FRAME = QMargins(8, 32, 8, 8)
# The largest a dialog's own area may be and still fit the smallest screen we support
# (1280×720 logical, a 40-pixel taskbar, FRAME): tests hold every dialog's minimum to it.
SMALLEST_CLIENT = QSize(1280 - FRAME.left() - FRAME.right(), 720 - 40 - FRAME.top() - FRAME.bottom())


def settings_key(widget: QWidget) -> str:
    """The QSettings key a window's geometry is kept under: one per window class."""
    return f"dialogs/{type(widget).__name__}/geometry"


def available_area(widget: QWidget, near: QRect | None = None) -> QRect:
    """The available geometry (without taskbars) of the screen `near` lies on, else of the
    widget's (its parent's) screen, else the primary screen's."""
    screen = QGuiApplication.screenAt(near.center()) if near is not None else None
    if screen is None:
        parent = widget.parentWidget()
        screen = (parent.window().screen() if parent is not None else None) or widget.screen()
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit_size(size: QSize, available: QRect) -> QSize:
    """`size` shrunk (never grown) so that, with its frame, it fits `available`."""
    room = available.marginsRemoved(FRAME).size()
    return size.boundedTo(room)


def fit_rect(rect: QRect, available: QRect) -> QRect:
    """`rect` (a window's own area) shrunk to fit `available` with its frame, then moved so
    that the frame lies wholly inside it."""
    inner = available.marginsRemoved(FRAME)
    fitted = QRect(rect.topLeft(), fit_size(rect.size(), available))
    left = min(max(fitted.left(), inner.left()), inner.right() - fitted.width() + 1)
    top = min(max(fitted.top(), inner.top()), inner.bottom() - fitted.height() + 1)
    fitted.moveTo(left, top)
    return fitted


def default_size(widget: QWidget, size: tuple[int, int]) -> QSize:
    """A window's first size: `size`, shrunk to the available screen."""
    return fit_size(QSize(*size), available_area(widget))


def restore(widget: QWidget, size: tuple[int, int], key: str | None = None) -> None:
    """Give `widget` its remembered geometry (or `size` the first time), fitted to the screen.
    Call before it is shown; a window never placed before is left for Qt to centre."""
    saved = QSettings().value(key or settings_key(widget))
    if isinstance(saved, QByteArray | bytes) and widget.restoreGeometry(QByteArray(saved)):
        widget.setGeometry(fit_rect(widget.geometry(), available_area(widget, widget.geometry())))
        return
    widget.resize(default_size(widget, size))


def save(widget: QWidget, key: str | None = None) -> None:
    """Remember `widget`'s size and place (and whether it is maximised) for the next run."""
    QSettings().setValue(key or settings_key(widget), widget.saveGeometry())


class _Keeper(QObject):
    """Saves its window's geometry when the window is closed or hidden by the program (a
    dialog's accept or reject), not when the window manager minimises it."""

    def __init__(self, widget: QWidget, key: str | None) -> None:
        super().__init__(widget)
        self.key = key

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind == QEvent.Type.Close or (kind == QEvent.Type.Hide and not event.spontaneous()):
            save(watched, self.key)
        return False


def remember(widget: QWidget, size: tuple[int, int], key: str | None = None) -> None:
    """Restore `widget`'s geometry now (restore) and save it whenever it closes (save)."""
    restore(widget, size, key)
    widget.installEventFilter(_Keeper(widget, key))
