"""The import templates, read back with openpyxl: what a clerk sees and what the import then
recognises."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook

from services.imports.fields import KIND_TITLES, KINDS, fields_of, header_key
from services.imports.templates import (
    LAST_ROW,
    NOTES_SHEET,
    template_file_name,
    write_template,
    write_templates,
)


@pytest.fixture(params=KINDS)
def kind(request) -> str:
    return request.param


@pytest.fixture
def sheet(kind, tmp_path):
    path = write_template(kind, tmp_path / template_file_name(kind))
    return load_workbook(path)[KIND_TITLES[kind]]


def headers(sheet) -> list[str]:
    return [cell.value for cell in sheet[1]]


def test_file_name_names_the_kind():
    assert template_file_name("customers") == "回款通导入模板-客户.xlsx"
    assert template_file_name("contracts") == "回款通导入模板-合同及分期.xlsx"


def test_headers_are_the_labels_with_required_ones_starred_bold_and_filled(kind, sheet):
    fields = fields_of(kind)
    assert headers(sheet) == [f.label + ("*" if f.required else "") for f in fields]
    fills = {cell.fill.fgColor.rgb for cell, f in zip(sheet[1], fields, strict=True)
             if f.required}
    plain = {cell.fill.fgColor.rgb for cell, f in zip(sheet[1], fields, strict=True)
             if not f.required}
    assert all(cell.font.bold for cell in sheet[1])
    assert fills and fills.isdisjoint(plain)
    assert sheet.freeze_panes == "A2"


def test_header_row_is_recognised_as_exactly_the_kinds_fields(kind, sheet):
    fields = fields_of(kind)
    found = headers(sheet)
    assert len(found) == len(fields)
    for header, field in zip(found, fields, strict=True):
        assert header_key(header) == header_key(field.label)
    # each header names one field of the kind and no other
    keys = [header_key(h) for h in found]
    assert len(set(keys)) == len(keys)


def test_example_row_holds_typed_values(kind, sheet):
    for cell, field in zip(sheet[2], fields_of(kind), strict=True):
        if not field.example:
            assert cell.value is None
        elif field.value == "date":
            assert cell.value == dt.datetime.fromisoformat(field.example)
            assert cell.number_format == "yyyy-mm-dd"
        elif field.value == "money":
            expected = Decimal(field.example.lstrip("¥").replace(",", ""))
            assert Decimal(str(cell.value)) == expected
            assert cell.number_format == "#,##0.00"
        else:
            assert cell.value == field.example and cell.data_type == "s"


def test_code_columns_are_text_down_the_whole_column(kind, sheet):
    codes = [(number, f) for number, f in enumerate(fields_of(kind), start=1)
             if f.value == "code"]
    assert codes
    for number, field in codes:
        letter = sheet.cell(1, number).column_letter
        assert sheet.column_dimensions[letter].number_format == "@", field.name
        assert sheet.cell(2, number).number_format == "@"
        assert isinstance(sheet.cell(2, number).value, str)


def test_customer_code_example_keeps_its_leading_zeros(tmp_path):
    book = load_workbook(write_template("customers", tmp_path / "t.xlsx"))
    assert book["客户"]["A2"].value == "001"


def test_fixed_value_columns_have_drop_down_lists(kind, sheet):
    validations = {str(v.sqref): v for v in sheet.data_validations.dataValidation}
    expected = {}
    for number, field in enumerate(fields_of(kind), start=1):
        if field.choices:
            letter = sheet.cell(1, number).column_letter
            expected[f"{letter}2:{letter}{LAST_ROW}"] = field
    assert set(validations) == set(expected)
    for cells, field in expected.items():
        validation = validations[cells]
        assert validation.type == "list"
        assert validation.formula1 == '"' + ",".join(field.choices) + '"'
        assert validation.showErrorMessage and field.label in validation.error


def test_the_lists_hold_the_words_clerks_use():
    def choices(kind, name):
        return next(f.choices for f in fields_of(kind) if f.name == name)

    assert choices("customers", "credit_rating") == ("A", "B", "C", "D")
    assert "银行转账" in choices("payments", "method")
    assert "已发货" in choices("contracts", "status")
    assert choices("contracts", "is_deposit") == ("是", "否")


def test_notes_sheet_explains_every_column_and_the_rules(kind, tmp_path):
    book = load_workbook(write_template(kind, tmp_path / "t.xlsx"))
    notes = book[NOTES_SHEET]
    rows = [tuple(c.value for c in row) for row in notes.iter_rows(min_row=4, max_col=4)]
    by_name = {row[0]: row for row in rows if row[0]}
    for field in fields_of(kind):
        name, required, holds, example = by_name[field.label]
        assert required == ("必填" if field.required else "选填")
        assert holds
        assert (example or "") == field.example
        if field.value == "date":
            assert "yyyy-mm-dd" in holds
        if field.choices:
            assert all(choice in holds for choice in field.choices)
    text = "\n".join(str(c.value) for c in notes["A"] if c.value)
    assert "¥1,234.50" in text and "2024-03-05" in text and "再次导入" in text
    if kind == "contracts":
        assert "每个分期一行" in text


def test_write_templates_writes_all_four(tmp_path):
    written = write_templates(tmp_path / "new folder")
    assert [p.name for p in written] == [template_file_name(k) for k in KINDS]
    assert all(p.is_file() for p in written)
    assert not list((tmp_path / "new folder").glob(".*partial"))


def test_a_failed_write_leaves_the_old_file(tmp_path, monkeypatch):
    path = tmp_path / "t.xlsx"
    path.write_bytes(b"old")

    def broken(self, filename):
        Path(filename).write_bytes(b"half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("openpyxl.workbook.workbook.Workbook.save", broken)
    with pytest.raises(OSError):
        write_template("customers", path)
    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["t.xlsx"]


def _as_read(value):
    """A cell as the import's reader delivers it: numbers as their digits, dates as days."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, int | float | Decimal):
        return format(Decimal(str(value)).normalize(), "f")
    return value


def test_a_template_with_its_example_row_imports_cleanly(kind, sheet):
    from services.imports.mapping import auto_mapping, missing_fields
    from services.imports.rows import check_rows

    found = headers(sheet)
    mapping = auto_mapping(kind, found)
    assert mapping == {f.name: i for i, f in enumerate(fields_of(kind))}
    assert missing_fields(kind, mapping) == []
    cells = [_as_read(cell.value) for cell in sheet[2]]
    checked = check_rows(kind, found, [(2, cells)], mapping)
    assert checked.problems == [] and len(checked.records) == 1
