"""Contract statuses, what each means for what is owed, and how a contract may move.

The one place these sets are written; every query and screen imports them from here. What is
owed (services.ledger.balances.owed) is built from them:
- a delivered (or closed: delivered and paid) contract owes all its installments from the day of
  delivery;
- a confirmed contract owes its deposit installments (定金/预付款) from the day it was signed; its
  other installments are *committed*: they count in the credit exposure, nowhere else;
- a draft or a cancelled contract owes nothing.
"""
from __future__ import annotations

CONTRACT_STATUSES = ("draft", "confirmed", "delivered", "closed", "cancelled")

# Goods have left: every installment is owed.
DELIVERED_STATUSES = ("delivered", "closed")
# Agreed: deposits are owed, the rest committed (owed once delivered).
AGREED_STATUSES = ("confirmed", "delivered", "closed")
# Not closed yet: what may still have something unpaid, and can be paid, applied or chased.
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


def starts_owing(before: str | None, after: str, has_deposit: bool) -> bool:
    """True when a save makes a contract owe something it did not: delivered now, or confirmed
    now with a deposit (the moment to apply a customer's credit)."""
    return is_delivering(before, after) or (is_confirming(before, after) and has_deposit)


def can_move(before: str | None, after: str) -> bool:
    """True when a user may save a contract in status `before` (None: new) as `after`."""
    return after in TRANSITIONS.get(before, set())
