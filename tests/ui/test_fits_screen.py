"""Every dialog fits an office PC's screen with its buttons in view, and opens where it was.

The screens: 1366×768 at 100 % (available 1366×728 above a 40-pixel taskbar) and 1920×1080 at
150 % (1280×720 logical, 1280×680 available). ui.geometry fits each window to the screen it
opens on; here that screen is given, the dialogs are built with plenty of data (a contract of
40 lines and 12 installments), shown, and measured.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import QRect, QSettings, QSize
from PySide6.QtWidgets import QAbstractButton, QDialog, QDialogButtonBox

from services.collection.credit import CreditCheck
from services.documents.content import PRICE_CONFIRMATION
from tests.factories import make_contract, make_customer, pay
from ui import geometry
from ui.events import DataEvents

SCREENS = {"1366x768@100%": QRect(0, 0, 1366, 728), "1920x1080@150%": QRect(0, 0, 1280, 680)}
LIMIT = QSize(1366, 728)


@pytest.fixture(params=list(SCREENS))
def screen(request, monkeypatch):
    area = SCREENS[request.param]
    monkeypatch.setattr(geometry, "available_area", lambda widget, near=None: area)
    return area


@pytest.fixture
def data(ctx):
    customer_id = make_customer(ctx, "C001", "南京仁和药房连锁有限公司（鼓楼区中山北路分店）")
    lines = [("120", "1234.5", f"一次性使用无菌注射器 5ml 带针 第{i}种") for i in range(40)]
    total = sum(Decimal("120") * Decimal("1234.5") for _ in lines)
    part = (total / 12).quantize(Decimal("0.01"))
    installments = [(dt.date(2026, 2, 10) + dt.timedelta(days=30 * i), part) for i in range(11)]
    installments.append((dt.date(2027, 1, 10), total - part * 11))
    contract_id, number = make_contract(ctx, customer_id, lines=lines, installments=installments)
    for _ in range(3):
        pay(ctx, customer_id, "1000", received_on="2026-03-01", reference="HX-2026-0301-0001")
    return customer_id, contract_id, number


def _build(name: str, ctx, data):
    customer_id, contract_id, number = data
    if name == "customer":
        from ui.customer_dialog import CustomerDialog
        return CustomerDialog(ctx, customer_id)
    if name == "contract":
        from ui.contract_dialog import ContractDialog
        return ContractDialog(ctx, contract_id)
    if name == "payment":
        from ui.payment_dialog import PaymentDialog
        return PaymentDialog(ctx, customer_id)
    if name == "payments":
        from ui.payments_dialog import PaymentsDialog
        return PaymentsDialog(ctx, DataEvents(), customer_id, None)
    if name == "papers":
        from ui.papers_dialog import PapersDialog
        return PapersDialog(ctx, contract_id, number)
    if name == "document":
        from ui.document_dialog import DocumentDialog
        return DocumentDialog(ctx, PRICE_CONFIRMATION, contract_id=contract_id)
    if name == "settings":
        from ui.settings_dialog import SettingsDialog
        return SettingsDialog("/data/backups")
    if name == "company":
        from ui.company_dialog import CompanyDialog
        return CompanyDialog(ctx)
    if name == "about":
        from ui.about_dialog import AboutDialog
        return AboutDialog("0.1.0", "/data/回款通.sqlite3")
    if name == "credit_note":
        from ui.credit_note_dialog import CreditNoteDialog
        return CreditNoteDialog(ctx, customer_id, contract_id)
    if name == "apply_credit":
        from ui.apply_credit_dialog import ApplyCreditDialog
        return ApplyCreditDialog(ctx, customer_id, "C001 南京仁和药房")
    if name == "promise":
        from ui.promise_dialog import PromiseDialog
        return PromiseDialog(ctx, customer_id, "C001 南京仁和药房")
    if name == "follow_up":
        from ui.follow_up_dialog import FollowUpDialog
        return FollowUpDialog(ctx, customer_id, "C001 南京仁和药房")
    if name == "credit_hold":
        from ui.credit_hold_dialog import CreditHoldDialog
        money = Decimal("123456.78")
        return CreditHoldDialog(CreditCheck(
            "C001", "南京仁和药房", ("application_not_approved", "overdue", "over_limit"),
            money, money, money, money, Decimal("100000.00"), 15))
    if name == "collection_record":
        from ui.collection_record_dialog import CollectionRecordDialog
        return CollectionRecordDialog(ctx, DataEvents(), customer_id)
    raise AssertionError(name)


DIALOGS = ["customer", "contract", "payment", "payments", "papers", "document", "settings",
           "company", "about", "credit_note", "apply_credit", "promise", "follow_up",
           "credit_hold", "collection_record"]


def _buttons(dialog: QDialog) -> list[QAbstractButton]:
    boxes = dialog.findChildren(QDialogButtonBox)
    found = [b for box in boxes for b in box.buttons()]
    return found or [b for b in dialog.findChildren(QAbstractButton) if b.isVisible()]


@pytest.mark.parametrize("name", DIALOGS)
def test_the_dialog_fits_the_screen_with_its_buttons_in_view(qtbot, ctx, data, screen, name):
    dialog = _build(name, ctx, data)
    qtbot.addWidget(dialog)
    dialog.show()
    if name == "document":
        qtbot.waitUntil(dialog.busy.isHidden, timeout=10000)
    room = screen.marginsRemoved(geometry.FRAME).size()
    assert dialog.sizeHint().boundedTo(LIMIT) == dialog.sizeHint(), "size hint too large"
    assert dialog.minimumSizeHint().boundedTo(room) == dialog.minimumSizeHint(), \
        "cannot shrink to the screen"
    size = dialog.size()
    assert size.width() <= room.width() and size.height() <= room.height()
    for button in _buttons(dialog):
        assert button.isVisible()
        corner = button.mapTo(dialog, button.rect().bottomRight())
        assert dialog.rect().contains(corner), f"{button.text()} is off the dialog"


def test_the_document_preview_is_as_tall_as_the_screen(qtbot, ctx, data, screen):
    dialog = _build("document", ctx, data)
    qtbot.addWidget(dialog)
    assert dialog.height() == screen.height() - geometry.FRAME.top() - geometry.FRAME.bottom()
    qtbot.waitUntil(dialog.busy.isHidden, timeout=10000)


def test_a_remembered_geometry_too_big_or_off_screen_is_pulled_onto_the_screen(qtbot, ctx, data,
                                                                               screen):
    from ui.papers_dialog import PapersDialog

    first = PapersDialog(ctx, data[1], data[2])
    qtbot.addWidget(first)
    first.setGeometry(3000, 2000, 2400, 1600)  # on a big monitor since unplugged
    geometry.save(first)
    again = PapersDialog(ctx, data[1], data[2])
    qtbot.addWidget(again)
    inner = screen.marginsRemoved(geometry.FRAME)
    assert inner.contains(again.geometry())


def test_a_dialog_opens_at_the_size_and_place_it_had(qtbot, ctx, data, screen):
    from ui.promise_dialog import PromiseDialog

    first = PromiseDialog(ctx, data[0])
    qtbot.addWidget(first)
    first.show()
    first.setGeometry(100, 120, 500, 380)
    first.reject()
    assert QSettings().value(geometry.settings_key(first)) is not None
    again = PromiseDialog(ctx, data[0])
    qtbot.addWidget(again)
    assert again.geometry() == QRect(100, 120, 500, 380)


def test_fit_rect_shrinks_and_moves_into_the_available_area():
    area = QRect(0, 0, 1366, 728)
    fitted = geometry.fit_rect(QRect(-50, 600, 1500, 300), area)
    assert fitted == QRect(8, 420, 1350, 300)
