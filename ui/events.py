"""One small hub that tells every tab what a write changed, so each refreshes what it shows."""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal

CUSTOMERS = "customers"
CONTRACTS = "contracts"
PAYMENTS = "payments"
PLAN = "plan"
PROMISES = "promises"
FOLLOW_UPS = "follow_ups"
LEGAL_ACTIONS = "legal_actions"  # 记录法律行动 (restarts the limitation clock)


class DataEvents(QObject):
    changed = Signal(set)  # the kinds of data a write touched

    def announce(self, *kinds: str) -> None:
        self.changed.emit(set(kinds))
