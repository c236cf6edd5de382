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

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from models import Customer
from models.base import fen_to_yuan
from services.collection.rules import grace_days
from services.core.errors import ValidationError
from services.ledger.balances import open_installments_now


@dataclass(frozen=True)
class CreditCheck:
    customer_code: str
    customer_name: str
    reasons: tuple[str, ...]   # application_not_approved, on_hold, blacklisted, overdue, over_limit
    outstanding: Decimal       # unpaid on delivered contracts
    overdue: Decimal           # of that, past due beyond the grace days
    undelivered: Decimal       # confirmed contracts not delivered yet (not this one)
    this_contract: Decimal
    limit: Decimal             # 0 means no limit
    grace_days: int

    @property
    def ok(self) -> bool:
        return not self.reasons

    @property
    def exposure(self) -> Decimal:
        return self.outstanding + self.undelivered + self.this_contract


class CreditHoldError(ValidationError):
    def __init__(self, check: CreditCheck) -> None:
        super().__init__("credit", "credit_hold", reasons=", ".join(check.reasons))
        self.check = check


def check_credit(session: Session, customer_id: int, this_amount: Decimal, today: dt.date,
                 exclude_contract_id: int | None = None) -> CreditCheck:
    """The credit hold's verdict for supplying `this_amount` (yuan) to a customer today.

    Inside the caller's unit of work. Returns a CreditCheck whose `reasons` list every failing
    rule at once (empty: ok): account-opening application not approved, customer on hold or
    blacklisted, something overdue beyond the grace days, exposure (owed on delivered contracts +
    confirmed-but-undelivered + this one) above a non-zero limit. `exclude_contract_id` leaves
    the contract being saved out of the sums. Amounts come from the cache (balances.unpaid_now).
    """
    customer = session.get(Customer, customer_id)
    grace = grace_days(session)
    rows = open_installments_now(customer_ids=[customer_id]).subquery()
    late = rows.c.due_date < today - dt.timedelta(days=grace)
    query = select(
        func.coalesce(func.sum(case((rows.c.status == "delivered", rows.c.remaining),
                                    else_=0)), 0),
        func.coalesce(func.sum(case((late, rows.c.remaining), else_=0)), 0),
        func.coalesce(func.sum(case((rows.c.status == "confirmed", rows.c.remaining),
                                    else_=0)), 0))
    if exclude_contract_id is not None:
        query = query.where(rows.c.contract_id != exclude_contract_id)
    outstanding, overdue, undelivered = session.execute(query).one()
    check = CreditCheck(customer.code, customer.name, (), fen_to_yuan(outstanding),
                        fen_to_yuan(overdue), fen_to_yuan(undelivered), this_amount,
                        customer.credit_limit, grace)
    reasons = []
    if customer.application_approved_on is None:
        reasons.append("application_not_approved")
    if customer.status in ("on_hold", "blacklisted"):
        reasons.append(customer.status)
    if check.overdue > 0:
        reasons.append("overdue")
    if customer.credit_limit > 0 and check.exposure > customer.credit_limit:
        reasons.append("over_limit")
    return CreditCheck(**{**check.__dict__, "reasons": tuple(reasons)})
