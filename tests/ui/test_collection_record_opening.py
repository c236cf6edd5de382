"""The collection record window opens on one query of the record: a page's columns are sized
from its texts when it is first seen, and the returns page asks for its notes only when opened."""
from __future__ import annotations

import pytest

from services.ledger import credit_notes
from tests.factories import make_contract, make_customer, pay
from ui import table_widths
from ui.collection_record_dialog import CollectionRecordDialog
from ui.events import PAYMENTS, DataEvents

LONG_REFERENCE = "电汇 招商银行北京分行营业部 流水号 2026112400001234567890"


@pytest.fixture
def customer(ctx):
    customer_id = make_customer(ctx, "C001", "南京仁和药房连锁有限公司")
    make_contract(ctx, customer_id, lines=[("1", "1234567.89")], signed_on="2026-10-01",
                  installments=[("2026-11-01", "1234567.89")])
    for day in range(1, 21):
        pay(ctx, customer_id, "1.00", received_on=f"2026-11-{day:02d}")
    pay(ctx, customer_id, "1000000.00", received_on="2026-11-21", reference=LONG_REFERENCE)
    return customer_id


@pytest.fixture
def fitted(monkeypatch):
    """The tables whose columns were sized, in order."""
    tables = []
    real = table_widths.fit_to_texts

    def remember(view, texts, measured=table_widths.MEASURED):
        tables.append(view)
        real(view, texts, measured)

    monkeypatch.setattr(table_widths, "fit_to_texts", remember)
    return tables


@pytest.fixture
def notes_asked(monkeypatch):
    asked = []
    real = credit_notes.list_credit_notes

    def counting(*args, **kwargs):
        asked.append(kwargs.get("customer_id"))
        return real(*args, **kwargs)

    monkeypatch.setattr(credit_notes, "list_credit_notes", counting)
    return asked


def open_record(qtbot, ctx, customer_id, events=None) -> CollectionRecordDialog:
    dialog = CollectionRecordDialog(ctx, events or DataEvents(), customer_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_only_the_page_on_screen_is_sized_and_the_others_when_shown(
        qtbot, ctx, customer, fitted, notes_asked):
    dialog = open_record(qtbot, ctx, customer)
    assert fitted == [dialog.installments_table]
    assert notes_asked == []
    dialog.tabs.setCurrentIndex(1)
    assert fitted == [dialog.installments_table, dialog.payments_table]
    dialog.tabs.setCurrentIndex(0)
    assert len(fitted) == 2  # sized once
    dialog.tabs.setCurrentWidget(dialog.credit_notes)
    assert notes_asked == [customer]


def test_a_change_resizes_the_page_on_screen_and_the_returns_page_only_when_shown(
        qtbot, ctx, customer, fitted, notes_asked):
    events = DataEvents()
    dialog = open_record(qtbot, ctx, customer, events)
    dialog.tabs.setCurrentIndex(1)
    fitted.clear()
    events.announce(PAYMENTS)
    assert fitted == [dialog.payments_table] and notes_asked == []
    dialog.tabs.setCurrentWidget(dialog.credit_notes)
    events.announce(PAYMENTS)
    assert notes_asked == [customer, customer]  # first shown, then the change on screen


def test_amounts_and_a_long_reference_are_read_whole(qtbot, ctx, customer):
    dialog = open_record(qtbot, ctx, customer)
    dialog.tabs.setCurrentIndex(1)
    table, model = dialog.payments_table, dialog.payments
    metrics = table.fontMetrics()
    header = table.horizontalHeader()
    for column in range(model.columnCount() - 1):  # the last one stretches
        widest = max(metrics.horizontalAdvance(model.index(r, column).data() or "")
                     for r in range(model.rowCount()))
        assert header.sectionSize(column) > widest, model.columns[column].title
    installments = dialog.installments_table
    amount = dialog.installments.index(0, 2).data()
    assert installments.horizontalHeader().sectionSize(2) > \
        installments.fontMetrics().horizontalAdvance(amount)
