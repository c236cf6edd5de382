"""Settings that belong to the company's data and travel with the database."""
from __future__ import annotations

from sqlalchemy.orm import Session

from models import AppSetting

DEFAULTS = {
    "branch_code": "HQ",
    "company_name": "",
}


def get_setting(session: Session, key: str) -> str:
    row = session.get(AppSetting, key)
    return row.value if row is not None else DEFAULTS.get(key, "")


def set_setting(session: Session, key: str, value: str) -> None:
    row = session.get(AppSetting, key)
    if row is None:
        session.add(AppSetting(key=key, value=value))
    else:
        row.value = value
