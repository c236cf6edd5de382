"""Our company's details (printed on every document) and the delivery rule: the one writer."""
from __future__ import annotations

import re
from dataclasses import asdict

from services.core.errors import ValidationError
from services.core.parsing import clean_text
from services.core.settings import (
    BRANCH_CODE,
    COMPANY_TEXT_LIMITS,
    RULE_PRICE_CONFIRMATION_BEFORE_DELIVERY,
    CompanyInfo,
    read_company,
    set_setting,
)
from services.core.uow import UnitOfWork

__all__ = ["CompanyInfo", "get_company", "save_company"]


def get_company(uow: UnitOfWork) -> CompanyInfo:
    """Our company's details and the delivery rule, as saved (defaults when never saved)."""
    with uow:
        return read_company(uow.session)


def save_company(uow: UnitOfWork, info: CompanyInfo) -> None:
    """Check every field (ValidationError naming it; nothing saved), then save all in one go.

    The branch code is 1–6 letters or digits, upper-cased: it goes into every number."""
    values = {key: clean_text(getattr(info, key), key, limit)
              for key, limit in COMPANY_TEXT_LIMITS.items()}
    branch = clean_text(info.branch_code, BRANCH_CODE, 6, required=True).upper()
    if not re.fullmatch(r"[A-Z0-9]{1,6}", branch):
        raise ValidationError(BRANCH_CODE, "not_allowed")
    values[BRANCH_CODE] = branch
    with uow:
        for key, value in values.items():
            set_setting(uow.session, key, value)
        set_setting(uow.session, RULE_PRICE_CONFIRMATION_BEFORE_DELIVERY,
                    "1" if info.price_confirmation_before_delivery else "0")
        uow.audit("update", "company", None, asdict(info))
        uow.commit()
