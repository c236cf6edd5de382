"""The English UI: every window and dialog, walked for any Chinese left untranslated.

The test data is ASCII, so any CJK character on screen is a UI word that missed the
translation. The translation source itself is checked too: up to date with ui/, complete, the
same {placeholders} and & accelerators, and compiled into the .qm the app loads.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt, QTranslator
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)

from services.admin import company
from services.admin.company import CompanyInfo
from services.collection import follow_ups, plan, promises
from services.collection.alerts import KINDS, Alert
from services.collection.credit import CreditCheck
from services.collection.follow_ups import FollowUpInput
from services.collection.promises import PromiseInput
from services.collection.record import collection_record
from services.core.errors import ValidationError
from services.documents.content import IOU, PRICE_CONFIRMATION
from services.ledger import contracts, payments, terms
from services.ledger.contracts import LineInput
from tests.conftest import TODAY
from tests.factories import contract_input, make_customer, pay
from ui import formatting
from ui.error_text import error_message
from ui.events import DataEvents

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "i18n"
TS = I18N / "receivables_en.ts"
QM = I18N / "receivables_en.qm"
CJK = re.compile(r"[\u4e00-\u9fff]")
PLACEHOLDER = re.compile(r"\{\w*\}")
# Proper names shown as they are in every language: the language picker names Chinese in
# Chinese, and the About box names the bundled font.
PROPER_NAMES = ("中文", "文泉驿微米黑")


@pytest.fixture
def english(qapp):
    """The English translator and babel locale for one test; Chinese again afterwards."""
    translator = QTranslator()
    assert translator.load("receivables_en", str(I18N)), "compile i18n/receivables_en.qm first"
    qapp.installTranslator(translator)
    formatting.set_locale("en")
    yield translator
    qapp.removeTranslator(translator)
    formatting.set_locale("zh_CN")


# -- walking the widgets -------------------------------------------------------------------------
def _model_texts(where: str, model, parent=QModelIndex(), depth: int = 0) -> list[tuple]:
    found = []
    if depth == 0:
        for column in range(model.columnCount()):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                found.append((f"{where} header {column}",
                              model.headerData(column, Qt.Orientation.Horizontal, role)))
    for row in range(min(model.rowCount(parent), 50)):
        for column in range(model.columnCount(parent)):
            index = model.index(row, column, parent)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                found.append((f"{where} cell ({row}, {column})", model.data(index, role)))
        first = model.index(row, 0, parent)
        if depth < 2 and model.rowCount(first) > 0:  # tree rows (the alerts' groups)
            found += _model_texts(where, model, first, depth + 1)
    return found


def _name(widget: QWidget) -> str:
    """The widget's class, objectName and the app classes it sits in: 'CustomersTab/QTableView'."""
    parts, parent = [], widget.parentWidget()
    while parent is not None:
        if not type(parent).__name__.startswith("Q"):
            parts.insert(0, type(parent).__name__)
        parent = parent.parentWidget()
    own = type(widget).__name__ + (f"#{widget.objectName()}" if widget.objectName() else "")
    return "/".join(parts + [own])


def _widget_texts(widget: QWidget) -> list[tuple]:
    name = _name(widget)
    found = [(f"{name} window title", widget.windowTitle()),
             (f"{name} tooltip", widget.toolTip())]
    if isinstance(widget, (QLabel, QAbstractButton)):
        found.append((name, widget.text()))
    if isinstance(widget, QGroupBox):
        found.append((f"{name} title", widget.title()))
    if isinstance(widget, QTabWidget):
        found += [(f"{name} tab {i}", widget.tabText(i)) for i in range(widget.count())]
        found += [(f"{name} tab {i} tooltip", widget.tabToolTip(i)) for i in range(widget.count())]
    if isinstance(widget, QMenu):
        found.append((f"{name} title", widget.title()))
    if isinstance(widget, (QLineEdit, QPlainTextEdit)):
        found.append((f"{name} placeholder", widget.placeholderText()))
    if isinstance(widget, QComboBox):
        found += [(f"{name} item {i}", widget.itemText(i)) for i in range(widget.count())]
    if (isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView)
            and widget.model() is not None):
        found += _model_texts(name, widget.model())
    if isinstance(widget, QMainWindow):
        found.append((f"{name} status bar", widget.statusBar().currentMessage()))
    for action in widget.actions():
        found += [(f"{name} action", action.text()), (f"{name} action tip", action.toolTip()),
                  (f"{name} action status tip", action.statusTip())]
    return found


def untranslated(root: QWidget) -> list[str]:
    """'where: text' for every visible text of `root` and its children that holds CJK."""
    left = []
    for widget in [root, *root.findChildren(QWidget)]:
        for where, text in _widget_texts(widget):
            if not isinstance(text, str):
                continue
            plain = text
            for name in PROPER_NAMES:
                plain = plain.replace(name, "")
            if CJK.search(plain):
                left.append(f"{where}: {text!r}")
    return left


def assert_english(widget: QWidget) -> None:
    left = untranslated(widget)
    assert not left, "untranslated UI text:\n" + "\n".join(left)


# -- test data: ASCII only, so any Chinese left is UI ----------------------------------------
@pytest.fixture
def data(ctx):
    company.save_company(ctx.uow(), CompanyInfo(company_name="ACME Medical Supplies Ltd."))
    # The payment-terms names are the company's data (printed as they are); an English office
    # names its own.
    uow = ctx.uow()
    with uow.writing():
        terms.store_terms(uow.session, terms.validated_terms([
            terms.TermsInput("Cash before delivery", "100%deposit@signing"),
            terms.TermsInput("Net 30", "100%@delivery+30"),
            terms.TermsInput("30/70", "30%deposit@signing+0; 70%@month-end+30")]))
        uow.commit()
    customer_id = make_customer(
        ctx, "C001", "Harbour Clinic", payment_terms="Net 30", salesperson="Wang", phone="010-5555",
        finance_contact="Li", finance_phone="138000", cashier_contact="Zhao",
        payment_approver="Chen", usual_payment_day="25", application_approved_by="Boss")
    make_customer(ctx, "C002", "Hillside Pharmacy", payment_terms="Net 30", status="on_hold",
                  status_reason="overdue", application_approved_by="Boss")
    contract = dataclasses.replace(
        contract_input(customer_id, installments=[("2026-10-20", "160"), ("2026-12-20", "200")],
                       status="delivered", signed_on="2026-09-01", salesperson="Wang",
                       credit_override_reason="test"),
        lines=[LineInput(product="Thermometer", spec="digital", unit="pcs", quantity="3",
                         unit_price="120")])
    contract_id, number = contracts.create_contract(ctx.uow(), contract)
    pay(ctx, customer_id, "100", received_on="2026-11-20", reference="TX-1")
    wrong = pay(ctx, customer_id, "10", received_on="2026-11-21", reference="TX-2")
    payments.reverse_payment(ctx.uow(), wrong, "typo")
    promises.record_promise(ctx.uow(), customer_id, PromiseInput(
        promised_on="2026-11-10", amount="500", made_by="Li", made_on="2026-11-01",
        note="by transfer"))
    promises.record_promise(ctx.uow(), customer_id, PromiseInput(
        promised_on="2026-11-30", amount="60", made_by="Li", made_on="2026-11-20"))
    follow_ups.record_follow_up(ctx.uow(), customer_id, FollowUpInput(
        contacted_on="2026-11-20", channel="call", contact_person="Li",
        said="Will pay next week", result="agreed", next_action="call again",
        next_action_on="2026-11-22"))
    plan.set_target(ctx.uow(), customer_id, TODAY.replace(day=1), "1000")
    return {"customer": customer_id, "contract": contract_id, "number": number}


def _shown(qtbot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.show()
    return widget


# -- every window and dialog ------------------------------------------------------------------
def test_main_window_with_its_tabs_and_menus_is_english(qtbot, ctx, english, data):
    from ui.main_window import MainWindow

    window = _shown(qtbot, MainWindow(ctx, "test"))
    assert window.tabs.tabText(0) == "Customers"
    assert window.menuBar().actions()[0].text() == "&File"
    for tab in (window.plan_tab, window.contracts_tab):  # each loads when first shown
        window.tabs.setCurrentWidget(tab)
        assert tab.model.rowCount() > 0
        assert_english(window)


def test_plan_tab_headers_and_tips_are_english(qtbot, ctx, english, data):
    from ui.plan_tab import PlanTab

    tab = _shown(qtbot, PlanTab(ctx, DataEvents(), lambda _customer: None))
    model = tab.table.model()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[-1] == "Still to collect"
    tips = [model.data(model.index(0, c), Qt.ItemDataRole.ToolTipRole)
            for c in range(model.columnCount())]
    assert not [text for text in headers + tips if text and CJK.search(text)]
    assert_english(tab)


def test_plan_exported_in_english(qtbot, ctx, english, data, tmp_path, monkeypatch):
    openpyxl = pytest.importorskip("openpyxl")
    from PySide6.QtWidgets import QFileDialog

    from ui.plan_tab import PlanTab

    tab = _shown(qtbot, PlanTab(ctx, DataEvents(), lambda _customer: None))
    asked = []

    def save_name(parent, caption, default, filters):
        asked.append((caption, default, filters))
        return str(tmp_path / "plan.xlsx"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    tab.export_excel()
    qtbot.waitUntil(lambda: tab.export_button.isEnabled(), timeout=10000)
    caption, default, _filters = asked[0]
    assert caption == "Export to Excel" and default.endswith("collection-plan-2026-11.xlsx")
    assert tab.notice.text().startswith("Exported to ")
    workbook = openpyxl.load_workbook(tmp_path / "plan.xlsx")
    sheet = workbook.active
    assert sheet.title == "Collection plan Nov 2026"
    assert sheet["A1"].value == "Collection plan Nov 2026"
    assert sheet["B2"].value == "Customer" and sheet["A4"].value == "Totals (customers: 1)"
    workbook.close()


def test_customer_dialogs_are_english(qtbot, ctx, english, data):
    from ui.customer_dialog import CustomerDialog

    new = _shown(qtbot, CustomerDialog(ctx))
    new.try_save()  # nothing typed: the error line names the field in English
    assert new.error_label.text() == "Customer code is required"
    assert_english(new)
    assert_english(_shown(qtbot, CustomerDialog(ctx, data["customer"])))


def test_contract_dialogs_are_english(qtbot, ctx, english, data):
    from ui.contract_dialog import ContractDialog

    assert_english(_shown(qtbot, ContractDialog(ctx)))
    edit = _shown(qtbot, ContractDialog(ctx, data["contract"]))
    assert edit.windowTitle() == f"Edit contract {data['number']}"
    assert_english(edit)


def test_payment_dialogs_are_english(qtbot, ctx, english, data):
    from ui.payment_dialog import PaymentDialog
    from ui.payments_dialog import PaymentsDialog

    record = _shown(qtbot, PaymentDialog(ctx, data["customer"]))
    record.amount.setText("50")
    assert_english(record)
    assert_english(_shown(qtbot, PaymentsDialog(ctx, DataEvents(), data["customer"], None)))


@pytest.mark.parametrize("kind", [PRICE_CONFIRMATION, IOU])
def test_document_dialog_is_english(qtbot, ctx, english, data, kind):
    from ui.document_dialog import DocumentDialog

    dialog = _shown(qtbot, DocumentDialog(ctx, kind, contract_id=data["contract"]))
    qtbot.waitUntil(lambda: dialog.pdf_document.status() == QPdfDocument.Status.Ready,
                    timeout=10000)
    assert dialog.status.text().startswith("Preview (numbered and recorded only when printed")
    assert_english(dialog)


def test_papers_dialog_is_english(qtbot, ctx, english, data):
    from services.documents import printing
    from ui.papers_dialog import PapersDialog

    printing.issue_document(ctx.uow(), IOU, contract_id=data["contract"],
                            deliver=lambda pdf, number: None, pay_by="2026-12-31")
    dialog = _shown(qtbot, PapersDialog(ctx, data["contract"], data["number"]))
    assert dialog.documents.rowCount() == 1
    assert_english(dialog)


def test_company_and_pc_settings_and_about_are_english(qtbot, ctx, english, data):
    from ui.about_dialog import AboutDialog
    from ui.company_dialog import CompanyDialog
    from ui.settings_dialog import SettingsDialog

    assert_english(_shown(qtbot, CompanyDialog(ctx)))
    assert_english(_shown(qtbot, SettingsDialog("backups")))
    assert_english(_shown(qtbot, AboutDialog("test", "test.sqlite3")))


def test_credit_hold_dialog_is_english(qtbot, english):
    from ui.credit_hold_dialog import REASONS, CreditHoldDialog

    check = CreditCheck("C002", "Hillside Pharmacy", tuple(REASONS), Decimal("900.00"),
                        Decimal("300.00"), Decimal("100.00"), Decimal("50.00"),
                        Decimal("1000.00"), 7)
    dialog = _shown(qtbot, CreditHoldDialog(check))
    assert "Total exposure" in dialog.findChild(QLabel, "creditReasons").text()
    assert_english(dialog)


def test_alerts_dialog_is_english(qtbot, english):
    from ui.alerts_dialog import AlertsDialog

    rows = [Alert(kind, 1, "C001", "Harbour Clinic", 1 if i < 2 else None,
                  "HQ-2026-00001" if i < 2 else "", TODAY + dt.timedelta(days=3),
                  Decimal("160.00"), 3, f"{kind}:1") for i, kind in enumerate(KINDS)]
    dialog = _shown(qtbot, AlertsDialog(rows, 5, TODAY))
    assert dialog.model.index(0, 0).data() == "Due within 5 days (pre-due reminder) (1)"
    assert_english(dialog)
    assert_english(_shown(qtbot, AlertsDialog([], 5, TODAY)))


def test_collection_record_and_its_dialogs_are_english(qtbot, ctx, english, data):
    from ui.collection_record_dialog import CollectionRecordDialog
    from ui.follow_up_dialog import FollowUpDialog
    from ui.promise_dialog import PromiseDialog

    customer_id = data["customer"]
    record = _shown(qtbot, CollectionRecordDialog(ctx, DataEvents(), customer_id))
    assert record.windowTitle() == "Collection record - Harbour Clinic"
    assert_english(record)
    label = "C001  Harbour Clinic"
    assert_english(_shown(qtbot, PromiseDialog(ctx, customer_id, label)))
    broken = next(p for p in collection_record(ctx.uow(), customer_id).promises
                  if p.status in ("broken", "partly_kept"))
    assert_english(_shown(qtbot, PromiseDialog(ctx, customer_id, label, replaces=broken)))
    assert_english(_shown(qtbot, FollowUpDialog(ctx, customer_id, label)))


def test_terms_written_in_english_read_back(english):
    from ui.labels import term_words

    words = term_words()
    assert words == {"signing": "signing", "delivery": "delivery", "month_end": "month-end",
                     "deposit": "deposit"}
    for template in terms.DEFAULT_TERMS:
        written = terms.format_parts(template.parts, words)
        assert not CJK.search(written)
        assert terms.parse_parts(written, "parts") == template.parts


def test_validation_error_names_the_field_in_english(english):
    assert error_message(ValidationError("name", "required")) == "Full name is required"
    assert (error_message(ValidationError("lines.2.quantity", "not_positive"))
            == "Product lines, row 2, Quantity must be greater than zero")
    assert (error_message(ValidationError("status", "bad_transition", current="closed",
                                          target="draft"))
            == "Status cannot change from “Paid in full” to “Draft”")


def test_chinese_is_back_after_the_english_tests():
    assert error_message(ValidationError("name", "required")) == "客户全称不能为空"
    assert formatting.month(dt.date(2026, 3, 1)) == "2026-03"  # the Chinese month format


# -- the translation source ----------------------------------------------------------------
def _tool(name: str) -> str | None:
    """pyside6-lupdate / pyside6-lrelease beside this Python (a venv), else on PATH."""
    return (shutil.which(f"pyside6-{name}", path=str(Path(sys.executable).parent))
            or shutil.which(f"pyside6-{name}"))


def _messages(path: Path) -> dict[tuple, ET.Element]:
    return {(context.findtext("name"), message.findtext("source"), message.findtext("comment")):
            message
            for context in ET.parse(path).getroot().iter("context")
            for message in context.iter("message")}


def test_every_message_is_translated_with_its_placeholders_and_accelerators():
    wrong = []
    for (context, source, _comment), message in _messages(TS).items():
        translation = message.find("translation")
        text = translation.text or ""
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not text:
            wrong.append(f"{context}: {source!r} is not translated")
        elif sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
            wrong.append(f"{context}: {source!r} -> {text!r}: placeholders differ")
        elif ("&" in source.replace("&&", "")) != ("&" in text.replace("&&", "")):
            wrong.append(f"{context}: {source!r} -> {text!r}: accelerator")
        elif CJK.search(text):
            wrong.append(f"{context}: {source!r} -> {text!r}: Chinese left")
    assert not wrong, "\n".join(wrong)


def test_translation_source_holds_every_ui_string(tmp_path):
    lupdate = _tool("lupdate")
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed")
    fresh = tmp_path / "fresh.ts"
    # ui/, and the reports' rule texts (said in Chinese by the command line, translated on
    # screen: services/reports declares them for lupdate)
    sources = sorted(str(p.relative_to(ROOT)) for p in
                     [*(ROOT / "ui").glob("*.py"), *(ROOT / "services" / "reports").glob("*.py")])
    subprocess.run([lupdate, *sources, "-ts", str(fresh), "-source-language", "zh_CN",
                    "-target-language", "en"], cwd=ROOT, check=True, capture_output=True)
    now, committed = set(_messages(fresh)), set(_messages(TS))
    assert not now - committed, (
        "UI strings missing from i18n/receivables_en.ts (see i18n/README.md):\n"
        + "\n".join(map(repr, sorted(now - committed, key=str))))
    assert not committed - now, "stale entries: run lupdate with -no-obsolete"


def test_compiled_translation_matches_the_source(tmp_path):
    lrelease = _tool("lrelease")
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed")
    compiled = tmp_path / "fresh.qm"
    subprocess.run([lrelease, "-silent", str(TS), "-qm", str(compiled)], check=True,
                   capture_output=True)
    assert compiled.read_bytes() == QM.read_bytes(), "run lrelease (see i18n/README.md)"
