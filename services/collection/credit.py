"""No new supply while old debts are past due (前帐未清，不谈下回交易).

Checked when a contract is confirmed and when goods are marked delivered: the goods leaving
is what the rule is about. Every failing reason is listed at once with the exposure behind it.
A manager may let a contract through with a reason; the override is kept on the contract and
in the audit log.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.orm import Session

from models import Customer
from services.collection.rules import grace_days
from services.core.errors import ValidationError
from services.ledger.balances import exposures


@dataclass(frozen=True)
class CreditCheck:
    customer_code: str
    customer_name: str
    reasons: tuple[str, ...]   # application_not_approved, on_hold, blacklisted, overdue, over_limit
    outstanding: Decimal       # owed and unpaid (delivered contracts, deposits), not this one
    overdue: Decimal           # of that, past due beyond the grace days
    undelivered: Decimal       # committed: confirmed contracts' unpaid, not owed yet, not this one
    this_contract: Decimal     # what is still unpaid on the contract being saved
    limit: Decimal             # 0 means no limit
    grace_days: int
    credit: Decimal = Decimal("0.00")  # received and not applied: it reduces the exposure

    @property
    def ok(self) -> bool:
        return not self.reasons

    @property
    def exposure(self) -> Decimal:
        return self.outstanding + self.undelivered + self.this_contract - self.credit


class CreditHoldError(ValidationError):
    def __init__(self, check: CreditCheck) -> None:
        super().__init__("credit", "credit_hold", reasons=", ".join(check.reasons))
        self.check = check


def check_credit(session: Session, customer_id: int, this_amount: Decimal, today: dt.date,
                 exclude_contract_id: int | None = None) -> CreditCheck:
    """The credit hold's verdict for supplying a contract of which `this_amount` (yuan) is still
    unpaid to a customer today.

    Inside the caller's unit of work. Returns a CreditCheck whose `reasons` list every failing
    rule at once (empty: ok): account-opening application not approved, customer on hold or
    blacklisted, something overdue beyond the grace days, exposure (balances.Exposure: owed +
    committed − unapplied credit, plus this contract's unpaid part) above a non-zero limit.
    `exclude_contract_id` leaves the contract being saved out of the sums.
    """
    customer = session.get(Customer, customer_id)
    grace = grace_days(session)
    found = exposures(session, today - dt.timedelta(days=grace), [customer_id],
                      exclude_contract_id).get(customer_id)
    zero = Decimal("0.00")
    check = CreditCheck(customer.code, customer.name, (), found.owed if found else zero,
                        found.overdue if found else zero, found.committed if found else zero,
                        this_amount, customer.credit_limit, grace,
                        found.credit if found else zero)
    reasons = hold_reasons(customer.application_approved_on is not None, customer.status,
                           check.overdue, check.exposure, customer.credit_limit)
    return CreditCheck(**{**check.__dict__, "reasons": reasons})


def hold_reasons(approved: bool, status: str, overdue: Decimal, exposure: Decimal,
                 limit: Decimal) -> tuple[str, ...]:
    """The credit hold's rule, once: why a customer would be refused supply (empty: it
    would not). `approved`: its account-opening application was approved; `status` its
    status code; `overdue` (yuan) past due beyond the grace days; `exposure` (yuan) owed +
    committed + this contract − unapplied credit; `limit` (yuan, 0 = none). Reasons in this
    order: application_not_approved, on_hold | blacklisted, overdue, over_limit."""
    reasons = []
    if not approved:
        reasons.append("application_not_approved")
    if status in ("on_hold", "blacklisted"):
        reasons.append(status)
    if overdue > 0:
        reasons.append("overdue")
    if limit > 0 and exposure > limit:
        reasons.append("over_limit")
    return tuple(reasons)
