"""What this PC remembers about the start-up alerts (QSettings: they belong to the PC)."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSettings


def show_at_start() -> bool:
    return QSettings().value("alerts/show_at_start", True, type=bool)


def set_show_at_start(on: bool) -> None:
    QSettings().setValue("alerts/show_at_start", on)


def _day(key: str) -> dt.date | None:
    text = QSettings().value(key, "")
    try:
        return dt.date.fromisoformat(str(text)) if text else None
    except ValueError:
        return None


def shown_today(today: dt.date) -> bool:
    return _day("alerts/last_shown") == today


def mark_shown(today: dt.date) -> None:
    QSettings().setValue("alerts/last_shown", today.isoformat())


def previous_start(today: dt.date) -> dt.date:
    """The day of the last start before this one (promises broken since then are shown)."""
    last = _day("alerts/last_start")
    QSettings().setValue("alerts/last_start", today.isoformat())
    return min(last, today - dt.timedelta(days=1)) if last else today - dt.timedelta(days=1)


def snoozed(today: dt.date) -> set[str]:
    """Keys of rows snoozed until a day after today."""
    settings = QSettings()
    keys = settings.value("alerts/snoozed_keys", [], type=list) or []
    until = settings.value("alerts/snoozed_until", [], type=list) or []
    return {k for k, u in zip(keys, until, strict=False) if u > today.isoformat()}


def snooze(keys: list[str], today: dt.date) -> None:
    """Hide these rows until tomorrow; expired entries are dropped."""
    settings = QSettings()
    tomorrow = (today + dt.timedelta(days=1)).isoformat()
    kept = {k: u for k, u in zip(settings.value("alerts/snoozed_keys", [], type=list) or [],
                                 settings.value("alerts/snoozed_until", [], type=list) or [],
                                 strict=False)
            if u > today.isoformat()}
    kept.update({key: tomorrow for key in keys})
    settings.setValue("alerts/snoozed_keys", list(kept))
    settings.setValue("alerts/snoozed_until", list(kept.values()))
