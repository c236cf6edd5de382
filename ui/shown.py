"""Pages that ask the database only while someone looks at them (one rule for every tab and
page that shows a list).

A page starts stale and loads when first shown; after a write elsewhere `refresh()` reloads it
at once if it is on screen, else marks it stale for its next showing. A class mixes this in
before its Qt widget class and provides `reload()`.
"""
from __future__ import annotations


class LoadsWhenShown:
    _stale = True  # nothing asked yet

    def reload(self) -> None:  # pragma: no cover - every page implements it
        raise NotImplementedError

    def refresh(self) -> None:
        """After a write elsewhere: reload now if on screen, else when next shown."""
        if self.isVisible():  # type: ignore[attr-defined]  (the Qt widget's)
            self._stale = False
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)  # type: ignore[misc]
        if self._stale:
            self._stale = False
            self.reload()
