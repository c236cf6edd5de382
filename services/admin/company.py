"""Our company's details (printed on every document) and company-wide rules."""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass

from services.core.errors import ValidationError
from services.core.parsing import clean_text
from services.core.settings import get_setting, set_setting
from services.core.uow import UnitOfWork

RULE_PRICE_CONFIRMATION_BEFORE_DELIVERY = "rule_price_confirmation_before_delivery"


@dataclass(frozen=True)
class CompanyInfo:
    company_name: str = ""
    company_address: str = ""
    company_phone: str = ""
    company_tax_number: str = ""
    company_bank_account: str = ""
    # On by default: no goods leave before the customer has signed the prices (seed 004).
    price_confirmation_before_delivery: bool = True
    branch_code: str = "HQ"  # in every contract and document number: BJ-2026-00042


LIMITS = {"company_name": 200, "company_address": 300, "company_phone": 60,
          "company_tax_number": 40, "company_bank_account": 200}


def get_company(uow: UnitOfWork) -> CompanyInfo:
    with uow:
        return read_company(uow.session)


def read_company(session) -> CompanyInfo:
    """For services already inside a unit of work."""
    values = {key: get_setting(session, key) for key in LIMITS}
    return CompanyInfo(**values, price_confirmation_before_delivery=price_confirmation_required(
        session), branch_code=get_setting(session, "branch_code"))


def save_company(uow: UnitOfWork, info: CompanyInfo) -> None:
    values = {key: clean_text(getattr(info, key), key, limit) for key, limit in LIMITS.items()}
    branch = clean_text(info.branch_code, "branch_code", 6, required=True).upper()
    if not re.fullmatch(r"[A-Z0-9]{1,6}", branch):
        raise ValidationError("branch_code", "not_allowed")
    values["branch_code"] = branch
    with uow:
        for key, value in values.items():
            set_setting(uow.session, key, value)
        set_setting(uow.session, RULE_PRICE_CONFIRMATION_BEFORE_DELIVERY,
                    "1" if info.price_confirmation_before_delivery else "0")
        uow.audit("update", "company", None, asdict(info))
        uow.commit()


def price_confirmation_required(session) -> bool:
    return get_setting(session, RULE_PRICE_CONFIRMATION_BEFORE_DELIVERY) != "0"
