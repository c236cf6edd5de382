"""Contract statuses, which of them are owed and open, and how a contract may move.

The one place these sets are written; every query and screen imports them from here.
"""
from __future__ import annotations

CONTRACT_STATUSES = ("draft", "confirmed", "delivered", "closed", "cancelled")

# Installments of these contracts count in every balance, as of any date: a draft is not yet
# agreed and a cancelled one never will be; a closed contract was owed and has been paid.
OWED_STATUSES = ("confirmed", "delivered", "closed")

# Of those, the contracts that may still have something unpaid (a closed one is paid in full):
# payments are allocated to their installments, IOUs list them, and their unpaid installments
# are chased (alerts, follow-ups, the credit hold: services.ledger.balances.unpaid_now).
OPEN_STATUSES = ("confirmed", "delivered")

# Which status a user may move a contract to. "closed" is reached by being paid in full
# (services.ledger.payments.refresh_contract_status), never chosen.
TRANSITIONS = {
    None: {"draft", "confirmed", "delivered", "cancelled"},  # a new contract
    "draft": {"draft", "confirmed", "cancelled"},
    "confirmed": {"confirmed", "draft", "delivered", "cancelled"},
    "delivered": {"delivered", "cancelled"},
    "closed": {"closed"},
    "cancelled": {"cancelled"},
}

# Statuses a contract with payments allocated to it cannot be moved to (reverse them first).
UNPAYABLE_STATUSES = ("draft", "cancelled")


def is_confirming(before: str | None, after: str) -> bool:
    """True when a save turns a new or draft contract into a confirmed one."""
    return after == "confirmed" and before in (None, "draft")


def is_delivering(before: str | None, after: str) -> bool:
    """True when a save marks goods delivered that were not before (new or changed)."""
    return after == "delivered" and before not in ("delivered", "closed")


def can_move(before: str | None, after: str) -> bool:
    """True when a user may save a contract in status `before` (None: new) as `after`."""
    return after in TRANSITIONS.get(before, set())
