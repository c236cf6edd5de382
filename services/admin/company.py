"""Our company's details (printed on every document), the delivery rule and, with them, the
collection rules and the payment-terms templates: the settings dialog saves them all in one
transaction."""
from __future__ import annotations

import re
from dataclasses import asdict

from services.collection.rules import RulesInput, store_rules, validated_rules
from services.core.errors import ValidationError
from services.core.parsing import clean_text
from services.core.settings import (
    BRANCH_CODE,
    COMPANY_TEXT_LIMITS,
    RULE_PRICE_CONFIRMATION_BEFORE_DELIVERY,
    CompanyInfo,
    bump_settings_version,
    read_company,
    set_setting,
    settings_version,
)
from services.core.uow import UnitOfWork, check_version
from services.ledger.terms import TermsInput, store_terms, validated_terms

__all__ = ["CompanyInfo", "get_company", "save_company", "save_settings"]
SETTINGS_AUDIT = ("company", "settings")  # audit entities of a settings save


def get_company(uow: UnitOfWork) -> CompanyInfo:
    """Our company's details and the delivery rule, as saved (defaults when never saved),
    with the settings' version for save_settings."""
    with uow:
        return read_company(uow.session)


def _validated(info: CompanyInfo) -> dict[str, str]:
    """{setting key: value} of the company block; the branch code is 1–6 letters or digits,
    upper-cased (it goes into every number). ValidationError naming the field."""
    values = {key: clean_text(getattr(info, key), key, limit)
              for key, limit in COMPANY_TEXT_LIMITS.items()}
    branch = clean_text(info.branch_code, BRANCH_CODE, 6, required=True).upper()
    if not re.fullmatch(r"[A-Z0-9]{1,6}", branch):
        raise ValidationError(BRANCH_CODE, "not_allowed")
    values[BRANCH_CODE] = branch
    values[RULE_PRICE_CONFIRMATION_BEFORE_DELIVERY] = (
        "1" if info.price_confirmation_before_delivery else "0")
    return values


def save_company(uow: UnitOfWork, info: CompanyInfo) -> None:
    """Check every field (ValidationError naming it; nothing saved), then save the company
    block in one go (no version check: for scripts and the self-test)."""
    values = _validated(info)
    with uow.writing():
        for key, value in values.items():
            set_setting(uow.session, key, value)
        bump_settings_version(uow.session)
        uow.audit("update", "company", None, asdict(info))
        uow.commit()


def save_settings(uow: UnitOfWork, info: CompanyInfo, rules: RulesInput,
                  expected_version: int | None = None,
                  terms: list[TermsInput] | None = None) -> int:
    """The settings dialog's save: the company block, the collection rules and (when given)
    the payment-terms templates (services.ledger.terms; None keeps them as they are), all
    checked first (ValidationError naming the field; nothing saved), then written in one
    transaction. ValidationError("payment_terms", "terms_in_use") when a template customers
    use as their default would be gone. EditConflict when someone saved the settings after
    `expected_version` (CompanyInfo.version) was read. Returns the new version."""
    company = _validated(info)
    rule_values = validated_rules(rules)
    templates = None if terms is None else validated_terms(terms)
    with uow.writing():
        check_version(uow.session, "settings", None, settings_version(uow.session),
                      expected_version, SETTINGS_AUDIT)
        for key, value in company.items():
            set_setting(uow.session, key, value)
        store_rules(uow.session, rule_values)
        term_values = {} if templates is None else store_terms(uow.session, templates)
        version = bump_settings_version(uow.session)
        uow.audit("update", "settings", None, company | rule_values | term_values)
        uow.commit()
        return version
