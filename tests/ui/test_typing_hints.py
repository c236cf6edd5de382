"""Hints as the user types: the payment and contract dialogs check each field with the parsing
the save uses, mark the field red and say why right under it, before anything is saved."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QDialog, QDialogButtonBox, QLabel, QLineEdit

from models import Payment
from tests.factories import count_rows, make_contract, make_customer
from ui.company_dialog import CompanyDialog
from ui.contract_dialog import ContractDialog
from ui.form_dialog import INVALID_STYLE
from ui.payment_dialog import PaymentDialog


def _ok(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def _hint(dialog, name: str) -> QLabel:
    return dialog.findChild(QLabel, f"hint.{name}")


def _type(qtbot, edit: QLineEdit, text: str) -> None:
    edit.clear()
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:  # QTest types only what a keyboard's keys give; an IME commits text like this
        edit.insert(text)


def _payment_dialog(qtbot, ctx):
    customer_id = make_customer(ctx, "C001")
    make_contract(ctx, customer_id, lines=[("1", "100")], status="delivered",
                  signed_on="2026-11-01", delivery_on="2026-11-01")
    dialog = PaymentDialog(ctx, customer_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_payment_amount_one_comma_five_is_marked_while_typing(qtbot, ctx):
    dialog = _payment_dialog(qtbot, ctx)
    hint = _hint(dialog, "amount")
    assert hint.isHidden()
    qtbot.keyClicks(dialog.amount, "1,")
    assert hint.isVisible() and hint.text() == "金额不是有效的数字"
    assert dialog.amount.styleSheet() == INVALID_STYLE
    assert dialog.amount.toolTip() == "金额不是有效的数字"
    qtbot.keyClicks(dialog.amount, "5")          # "1,5": still not a number, never 15
    assert hint.text() == "金额不是有效的数字"
    qtbot.keyClicks(dialog.amount, "00")         # "1,500": a thousands separator
    assert hint.isHidden() and dialog.amount.styleSheet() == ""
    assert dialog.left_label.text().startswith("已分配 ¥100.00")
    # Saving what is marked is refused as before, naming the field; nothing is recorded.
    _type(qtbot, dialog.amount, "1,5")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error_label.text() == "金额不是有效的数字"
    assert count_rows(ctx, Payment) == 0


def test_payment_hints_name_each_kind_of_fault(qtbot, ctx):
    dialog = _payment_dialog(qtbot, ctx)
    hint = _hint(dialog, "amount")
    for typed, said in [("1e3", "金额不是有效的数字"), ("10²", "金额不是有效的数字"),
                        ("1e1000000", "金额不是有效的数字"), ("0", "金额必须大于零"),
                        ("1.005", "金额小数位数不能超过 2 位"),
                        ("9" * 40, "金额数值过大"), ("-5", "金额不能为负数")]:
        _type(qtbot, dialog.amount, typed)
        assert hint.text() == said, typed
    _type(qtbot, dialog.amount, "１２３．５")   # full-width digits from a Chinese IME
    assert hint.isHidden()
    _type(qtbot, dialog.received_on, "1641-07-15")
    assert _hint(dialog, "received_on").text() == "回款日期必须在 2000-01-01 到 2099-12-31 之间"
    _type(qtbot, dialog.received_on, "2026-11-20")
    assert _hint(dialog, "received_on").isHidden()


def test_empty_fields_are_not_nagged_while_typing(qtbot, ctx):
    dialog = _payment_dialog(qtbot, ctx)
    qtbot.keyClicks(dialog.amount, "x")
    assert _hint(dialog, "amount").isVisible()
    dialog.amount.clear()
    assert _hint(dialog, "amount").isHidden()
    assert dialog.amount.styleSheet() == ""


def test_manual_allocation_cells_are_checked(qtbot, ctx):
    dialog = _payment_dialog(qtbot, ctx)
    qtbot.keyClicks(dialog.amount, "100")
    dialog.manual.setChecked(True)
    assert dialog.rows.setData(dialog.rows.index(0, 3), "1,5")
    assert _hint(dialog, "allocations").text() == "分配金额第 1 行：金额不是有效的数字"
    assert dialog.rows.setData(dialog.rows.index(0, 3), "15")
    assert _hint(dialog, "allocations").isHidden()


def _contract_dialog(qtbot, ctx):
    customer_id = make_customer(ctx, "C001")
    dialog = ContractDialog(ctx, customer_id=customer_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _type_in_cell(qtbot, dialog, view, row: int, column: int, text: str) -> QLineEdit:
    """Open the cell's editor as a double-click would and type into it (not committed)."""
    index = view.model().index(row, column)
    view.setCurrentIndex(index)  # opens the editor: the tables edit on any trigger
    assert view.state() == QAbstractItemView.State.EditingState
    [editor] = [e for e in view.findChildren(QLineEdit) if e.isVisible()]  # not a closed one
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    return editor


def test_line_quantity_and_unit_price_are_checked_in_the_cell_as_typed(qtbot, ctx):
    dialog = _contract_dialog(qtbot, ctx)
    hint = _hint(dialog, "lines")
    editor = _type_in_cell(qtbot, dialog, dialog.lines_view, 0,
                           dialog.lines.column_of("quantity"), "1,5")
    assert editor.styleSheet() == INVALID_STYLE
    assert hint.text() == "产品明细第 1 行：数量不是有效的数字"
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    assert editor.text() == "1" and editor.styleSheet() == "" and hint.isHidden()
    qtbot.keyClick(editor, Qt.Key.Key_Return)   # committed (queued by the delegate)
    qtbot.waitUntil(lambda: dialog.lines.rows[0].quantity == "1")
    editor = _type_in_cell(qtbot, dialog, dialog.lines_view, 0,
                           dialog.lines.column_of("unit_price"), "0.12345")
    assert hint.text() == "产品明细第 1 行：单价小数位数不能超过 4 位"
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.lines.rows[0].unit_price == "0.12345")
    # Committed as typed: the hint stays until the table is put right, as the save would say.
    assert hint.text() == "产品明细第 1 行：单价小数位数不能超过 4 位"
    dialog.lines.setData(dialog.lines.index(0, dialog.lines.column_of("unit_price")), "0.1234")
    assert hint.isHidden()


def test_installment_dates_and_amounts_are_checked(qtbot, ctx):
    dialog = _contract_dialog(qtbot, ctx)
    hint = _hint(dialog, "installments")
    dialog.schedule.append()
    model = dialog.schedule
    model.setData(model.index(0, model.column_of("due_date")), "1416-03-01")
    assert hint.text() == "回款计划分期第 1 行：到期日必须在 2000-01-01 到 2099-12-31 之间"
    model.setData(model.index(0, model.column_of("due_date")), "2026-12-31")
    assert hint.isHidden()
    _type_in_cell(qtbot, dialog, dialog.schedule_view, 0, model.column_of("amount"), "123,00")
    assert hint.text() == "回款计划分期第 1 行：金额不是有效的数字"


def test_late_fee_and_dates_in_the_header_are_checked(qtbot, ctx):
    dialog = _contract_dialog(qtbot, ctx)
    _type(qtbot, dialog.late_fee, "0,05")
    assert _hint(dialog, "late_fee_percent").text() == "滞纳金（每日 %）不是有效的数字"
    _type(qtbot, dialog.late_fee, "5")
    assert _hint(dialog, "late_fee_percent").text().startswith("滞纳金（每日 %）必须在 0 到 ")
    _type(qtbot, dialog.late_fee, "0.05")
    assert _hint(dialog, "late_fee_percent").isHidden()
    assert dialog.late_fee.styleSheet() == ""
    _type(qtbot, dialog.signed_on, "1416-03-01")
    assert _hint(dialog, "signed_on").text() == "签订日期必须在 2000-01-01 到 2099-12-31 之间"
    assert dialog.signed_on.styleSheet() == INVALID_STYLE


def test_the_save_still_marks_the_field_after_a_hint(qtbot, ctx):
    dialog = _contract_dialog(qtbot, ctx)
    _type(qtbot, dialog.signed_on, "2026-13-01")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error_label.text() == "签订日期不是有效的日期（格式：2026-01-31）"
    assert dialog.signed_on.styleSheet() == INVALID_STYLE


def test_branch_code_says_what_is_allowed(qtbot, ctx):
    dialog = CompanyDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    edit = dialog.edits["branch_code"]
    assert edit.placeholderText() == "1–6 位英文字母或数字，如 BJ"
    dialog.edits["company_name"].setText("本公司")
    edit.setText("北京")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error_label.text() == "分公司代码只能是 1–6 位英文字母或数字，如 BJ"
    edit.setText("BJ-0001")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.error_label.text() == "分公司代码只能是 1–6 位英文字母或数字，如 BJ"
