"""Errors as the user reads them: money formatted, English sentences that read, and an old
message gone once the field at fault is edited."""
from __future__ import annotations

import importlib
import re
import string
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QDialogButtonBox

from services.core.errors import ValidationError
from ui.error_text import error_message
from ui.settings_dialog import SettingsDialog


def test_amounts_in_an_error_are_shown_as_money():
    error = ValidationError("allocations.1.amount", "above_owed",
                            amount=Decimal("20000.00"), owed=Decimal("17292.52"))
    assert error_message(error) == "分配金额第 1 行：金额¥20,000.00 超过该期尚欠的 ¥17,292.52"


def test_quantities_and_limits_in_an_error_are_numbers_not_money():
    returned = ValidationError("lines.2.quantity", "above_returnable", quantity=Decimal("5"),
                               product="体温计", returnable=Decimal("1200"), supplied=Decimal("1200"))
    assert "可退的 1,200（供货 1,200" in error_message(returned)
    fee = ValidationError("late_fee_percent", "out_of_range", low=0, high=Decimal(1))
    assert error_message(fee) == "滞纳金（每日 %）必须在 0 到 1 之间"


class _English(QTranslator):
    """The two ways an error is joined, as the English translation has them."""

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: N802
        if context == "Errors" and source == "{field}{reason}":
            return "{field} {reason}" if disambiguation else "{field}: {reason}"
        words = {"下次跟进日期": "Next follow-up date", "不是有效的日期（格式：2026-01-31）":
                 "is not a valid date (format: 2026-01-31)", "金额": "Amount",
                 "那天没有可核销的预收款": "there was no credit to apply on that day"}
        return words.get(source, "")


@pytest.fixture
def english(qapp):
    translator = _English()
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def test_an_english_reason_goes_on_from_the_field_name(english):
    error = ValidationError("next_action_on", "not_a_date")
    assert error_message(error) == "Next follow-up date is not a valid date (format: 2026-01-31)"


def test_an_english_reason_that_is_a_sentence_follows_a_colon(english):
    assert (error_message(ValidationError("amount", "no_credit"))
            == "Amount: there was no credit to apply on that day")


def test_the_error_goes_once_the_field_at_fault_is_edited(qtbot):
    dialog = SettingsDialog("/data/backups")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.operator.clear()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.error_label.isVisible()
    assert dialog.operator.styleSheet()
    dialog.operator.setText("王")
    assert not dialog.error_label.isVisible()
    assert dialog.error_label.text() == ""
    assert dialog.operator.styleSheet() == ""


# ValidationError("field", "reason") or f"table.{i}.column": as raised in services/.
RAISED = re.compile(r'ValidationError\(\s*(f?)"([^"]+)",\s*"([^"]+)"')


def _raised_pairs() -> list[tuple[str, str]]:
    """Every (field, reason) the services raise (or their docstrings name) with both written
    out; an f-string's placeholders read as the module's constant (FIELD) or a row number."""
    found = set()
    root = Path(__file__).parents[2]
    for path in sorted((root / "services").rglob("*.py")):
        module = None
        for is_f, field, reason in RAISED.findall(path.read_text(encoding="utf-8")):
            if is_f:
                if module is None:
                    name = ".".join(path.relative_to(root).with_suffix("").parts)
                    module = importlib.import_module(name)
                field = re.sub(r"\{(\w+)\}", lambda m, source=module: str(getattr(source, m[1], 1)), field)
            found.add((re.sub(r"\.N\.", ".1.", field), reason))  # a docstring's row N
    return sorted(found)


def test_the_scan_finds_the_services_errors():
    pairs = _raised_pairs()
    assert ("skip", "manager_required") in pairs and ("sent_on", "before_letter") in pairs
    assert ("payment_terms.1.name", "duplicate") in pairs
    assert len(pairs) > 80


@pytest.mark.parametrize(("field", "reason"), _raised_pairs())
def test_every_error_the_services_raise_is_in_words(field, reason):
    from ui.error_text import FIELD_REASONS, REASONS
    text = FIELD_REASONS.get((field, reason)) or REASONS.get(reason, "")
    params = {name: "1" for _, name, _, _ in string.Formatter().parse(text) if name}
    message = error_message(ValidationError(field, reason, **params))
    assert not re.search(r"[A-Za-z_]{2,}", message), message
