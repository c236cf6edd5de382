"""Settings that belong to the company's data and travel with the database: named keys, typed
readers with their defaults. The collection rules (alert days, grace days, follow-up
intervals, the default late fee) have theirs in services.collection.rules."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from models import AppSetting

BRANCH_CODE = "branch_code"
SETTINGS_VERSION = "settings_version"  # bumped by every save of the company's settings
RULE_PRICE_CONFIRMATION_BEFORE_DELIVERY = "rule_price_confirmation_before_delivery"
DEFAULTS = {
    BRANCH_CODE: "HQ",
    "company_name": "",
}


def get_setting(session: Session, key: str) -> str:
    """The stored text of a setting, or its default ("" when it has none)."""
    row = session.get(AppSetting, key)
    return row.value if row is not None else DEFAULTS.get(key, "")


def set_setting(session: Session, key: str, value: str) -> None:
    """Store a setting's text, inside the caller's unit of work (the caller audits)."""
    row = session.get(AppSetting, key)
    if row is None:
        session.add(AppSetting(key=key, value=value))
    else:
        row.value = value


@dataclass(frozen=True)
class CompanyInfo:
    """Our company, as printed on every document."""

    company_name: str = ""
    company_address: str = ""
    company_phone: str = ""
    company_tax_number: str = ""
    company_bank_account: str = ""
    # On by default: no goods leave before the customer has signed the prices (seed 004).
    price_confirmation_before_delivery: bool = True
    branch_code: str = "HQ"  # in every contract and document number: BJ-2026-00042
    version: int = 0  # of all the company's settings (this and the collection rules)


# The text fields of CompanyInfo and their length limits (characters).
COMPANY_TEXT_LIMITS = {"company_name": 200, "company_address": 300, "company_phone": 60,
                       "company_tax_number": 40, "company_bank_account": 200}


def read_company(session: Session) -> CompanyInfo:
    """Our company as saved, inside the caller's unit of work (defaults when never saved)."""
    values = {key: get_setting(session, key) for key in COMPANY_TEXT_LIMITS}
    return CompanyInfo(**values,
                       price_confirmation_before_delivery=price_confirmation_required(session),
                       branch_code=get_setting(session, BRANCH_CODE),
                       version=settings_version(session))


def settings_version(session: Session) -> int:
    """How many times the company's settings were saved (0: never)."""
    text = get_setting(session, SETTINGS_VERSION)
    return int(text) if text.isdigit() else 0


def bump_settings_version(session: Session) -> int:
    """Count one more save; returns the new version (inside the caller's writing unit)."""
    version = settings_version(session) + 1
    set_setting(session, SETTINGS_VERSION, str(version))
    return version


def price_confirmation_required(session: Session) -> bool:
    """The company rule: goods are marked delivered only after the signed price confirmation."""
    return get_setting(session, RULE_PRICE_CONFIRMATION_BEFORE_DELIVERY) != "0"
