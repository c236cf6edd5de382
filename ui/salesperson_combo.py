"""The salesperson filter's combo box, filled the one way every list fills it."""
from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QComboBox


def fill_salespeople(combo: QComboBox, everyone: str, names: Iterable[str]) -> bool:
    """Fill `combo` with `everyone` (data "") then each name (data: the name), keeping the
    chosen name chosen, without emitting a change. True when the chosen name is still there
    (or everyone was chosen); False when it is gone: the combo then shows `everyone`, and the
    caller applies that filter (its query still names the old salesperson)."""
    current = combo.currentData() or ""
    combo.blockSignals(True)
    try:
        combo.clear()
        combo.addItem(everyone, "")
        for name in names:
            combo.addItem(name, name)
        at = combo.findData(current)
        combo.setCurrentIndex(max(0, at))
    finally:
        combo.blockSignals(False)
    return at >= 0
