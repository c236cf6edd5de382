"""Demo customers: the rows, and the profile that decides how each one buys and pays."""
from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from services.demo.vocab import (
    BRANDS,
    CITIES,
    CUSTOMER_NOTES,
    KINDS,
    MANAGERS,
    ROADS,
    SALESPEOPLE,
    mobile,
    person,
    stamp,
    yuan,
)
from services.ledger.pinyin import pinyin_key
from services.ledger.terms import DEFAULT_TERMS, PaymentTerms, find_terms

OPENED_DAYS_AGO = (560, 2500)  # accounts opened before the oldest demo contract
# Share of customers, limit (万元), payment terms (the default templates), good/slow/bad
# payers, contracts weight. The better the rating, the longer the credit; D pays first.
RATINGS = {
    "A": (15, (100, 300), ("月结 60 天", "90 天账期", "60 天账期", "月结 30 天"), (80, 18, 2), 5),
    "B": (40, (30, 100), ("月结 30 天", "60 天账期", "30/70", "30 天账期"), (60, 35, 5), 3),
    "C": (35, (10, 30), ("30 天账期", "30/70", "货到付款", "30/70"), (35, 45, 20), 2),
    "D": (10, (0, 5), ("款到发货",), (15, 40, 45), 1),
}
STATUS_REASONS = {
    "active": "",
    "on_hold": "逾期90天以上欠款未结清，暂停发货（前帐未清，不谈下回交易）",
    "blacklisted": "多次承诺回款未兑现，已发律师函，停止合作",
}


@dataclass(slots=True)
class Profile:
    """What the contract and payment generator needs to know about a customer."""
    id: int
    status: str
    terms: PaymentTerms  # the customer's default: every contract's schedule follows it
    salesperson: str
    reliability: str  # good, slow or bad payer
    cash_accepted: bool
    weight: int  # how many contracts, relatively


def make_customers(rng: random.Random, today: dt.date,
                   count: int) -> tuple[list[Profile], list[dict]]:
    """`count` customers (ids 1..count): exactly one on hold, one blacklisted from three on."""
    on_hold = rng.randrange(count)
    blacklisted = (on_hold + 1 + rng.randrange(count - 1)) % count if count >= 3 else -1
    used: set[str] = set()
    width = max(4, len(str(count)))
    profiles, rows = [], []
    for index in range(count):
        status = ("on_hold" if index == on_hold else
                  "blacklisted" if index == blacklisted else "active")
        profile, row = _customer(rng, today, index + 1, f"C{index + 1:0{width}d}", status, used)
        profiles.append(profile)
        rows.append(row)
    return profiles, rows


def _customer(rng: random.Random, today: dt.date, cid: int, code: str, status: str,
              used: set[str]) -> tuple[Profile, dict]:
    city, province, area, districts = rng.choice(CITIES)
    name, short = _company_name(rng, city, districts, used)
    rating = rng.choices(list(RATINGS), weights=[r[0] for r in RATINGS.values()])[0]
    _, (low, high), terms, payers, weight = RATINGS[rating]
    reliability = rng.choices(("good", "slow", "bad"), weights=payers)[0]
    opened = today - dt.timedelta(days=rng.randint(*OPENED_DAYS_AGO))
    created = stamp(rng, opened)
    habits = _habits(rng, opened, must_approve=cid == 1)
    # No credit before the account-opening application is approved: such a customer has no
    # contracts yet (it is waiting for the manager).
    approved = habits["application_approved_on"] is not None
    profile = Profile(
        cid, status, find_terms(list(DEFAULT_TERMS), rng.choice(terms)), rng.choice(SALESPEOPLE),
        reliability if status == "active" else "bad", rng.randrange(100) < 20,
        0 if not approved else 1 if status == "blacklisted" else weight * 5)
    row = {
        "id": cid, "code": code, "name": name, "short_name": short,
        "pinyin": pinyin_key(name, short),  # what create_customer writes with the name
        "address": f"{province}{city}市{rng.choice(districts)}{rng.choice(ROADS)}"
                   f"{rng.randint(1, 399)}号",
        "salesperson": profile.salesperson,
        "phone": f"{area}-{rng.randint(2, 8)}{rng.randrange(10 ** 7):07d}",
        "credit_rating": rating, "credit_limit": yuan(rng.randint(low, high) * 1_000_000),
        "payment_terms": profile.terms.name, "cash_accepted": profile.cash_accepted,
        "status": status, "status_reason": STATUS_REASONS[status],
        "created_at": created, "updated_at": created,
    }
    return profile, row | _contacts(rng) | habits


def _company_name(rng: random.Random, city: str, districts: tuple[str, ...],
                  used: set[str]) -> tuple[str, str]:
    for _ in range(12):
        brand = rng.choice(BRANDS)
        kind, short_kind = rng.choice(KINDS)
        name = f"{city}{brand}{kind}"
        if name not in used:
            break
    else:  # the common names are taken: a branch office of one of them
        name = f"{name}{rng.choice(districts).rstrip('区')}分公司"
        name = name if name not in used else f"{name}（{len(used) + 1}）"
    used.add(name)
    return name, f"{brand}{short_kind}"


def _contacts(rng: random.Random) -> dict:
    return {"purchasing_contact": person(rng), "purchasing_phone": mobile(rng),
            "finance_contact": person(rng), "finance_phone": mobile(rng),
            "cashier_contact": person(rng), "cashier_phone": mobile(rng),
            "payment_approver": person(rng)}


def _habits(rng: random.Random, opened: dt.date, must_approve: bool) -> dict:
    """The account-opening paperwork and how the customer likes to be invoiced and paid."""
    received = rng.randrange(100) < 92 or must_approve
    approved = received and (rng.randrange(100) < 94 or must_approve)
    approved_on = opened + dt.timedelta(days=rng.randint(1, 12))
    return {
        "application_received": received,
        "application_approved_by": rng.choice(MANAGERS) if approved else "",
        "application_approved_on": approved_on if approved else None,
        "usual_payment_day": rng.choice((5, 10, 15, 20, 25, 28)) if rng.randrange(10) < 6 else None,
        "invoice_requirement": rng.choices(("original", "copy", "fax"), weights=(75, 18, 7))[0],
        "delivery_proof_required": rng.randrange(100) < 40,
        "notes": rng.choice(CUSTOMER_NOTES),
    }
