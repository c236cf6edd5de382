"""Demo promises and follow-ups, so the plan and the start-up alerts have something to show."""
from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from models import Customer, FollowUp, Promise
from services.demo.vocab import person
from services.ledger.balances import customers_owing_now

SAID = ("财务说本周内安排付款", "老板出差，回来后审批", "资金紧张，申请分两次付", "已提交付款申请",
        "对账无异议，月底付款", "承兑汇票下周到，到后即付")
CHANNELS = ("call", "call", "visit", "wechat", "sms", "letter")


def add_collection_history(session: Session, rng: random.Random, today: dt.date,
                           operator: str) -> None:
    """For customers who owe: a recent follow-up each, and promises kept, broken and due today."""
    owing = sorted(set(session.scalars(customers_owing_now())))
    rows = session.execute(select(Customer.id, Customer.finance_contact))
    names = {cid: name for cid, name in rows}
    stamp = dt.datetime.combine(today, dt.time(9, 0))
    follow_ups, promises = [], []
    for index, customer_id in enumerate(owing):
        if rng.randrange(10) < 7:
            contacted = today - dt.timedelta(days=rng.randint(1, 20))
            follow_ups.append({
                "customer_id": customer_id, "contacted_on": contacted,
                "channel": rng.choice(CHANNELS), "contact_person": names.get(customer_id) or person(rng),
                "said": rng.choice(SAID), "result": "", "next_action": "再次电话确认到账",
                "next_action_on": contacted + dt.timedelta(days=rng.randint(3, 14)),
                "created_at": stamp, "created_by": operator})
        # Every fourth owing customer has promised something: some today, some already broken.
        if index % 4 == 0:
            promised_on = today + dt.timedelta(days=rng.choice((0, 0, -1, -3, 5, 12)))
            promises.append({
                "customer_id": customer_id, "made_on": promised_on - dt.timedelta(days=10),
                "promised_on": promised_on, "amount": Decimal(rng.randint(5, 80) * 1000),
                "made_by": names.get(customer_id) or person(rng), "note": rng.choice(SAID),
                "replaces_id": None, "created_at": stamp, "created_by": operator})
    if follow_ups:
        session.execute(insert(FollowUp), follow_ups)
    if promises:
        session.execute(insert(Promise), promises)
