"""The import templates: one .xlsx per kind that a clerk fills in and imports back.

Sheet 1 (named after the kind, KIND_TITLES) holds the header row (each field's label, a
required one marked "*" — header_key ignores the mark — bold, required ones filled), one
example row written as the types a user would type (dates as dates, money as numbers), code
and text columns formatted as text down the whole column (so "001" stays "001"), drop-down
lists on every column with fixed values, the header frozen. Sheet 2 "说明" says what each
column holds and the general rules.

Everything a template says comes from services.imports.fields, so the template, the automatic
mapping and the row checks never disagree. openpyxl is imported only when a file is written.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from services.core.files import replacing
from services.core.parsing import parse_date, parse_int, parse_money
from services.imports.fields import KIND_TITLES, KINDS, ImportField, fields_of

FILE_NAME = "回款通导入模板-{title}.xlsx"
NOTES_SHEET = "说明"
REQUIRED_MARK = "*"
LAST_ROW = 5000  # the drop-down lists and column formats reach this row
MONEY_FORMAT = "#,##0.00"
DATE_FORMAT = "yyyy-mm-dd"
TEXT_FORMAT = "@"
REQUIRED_FILL = "FFF2CC"  # a pale amber behind the headers that must be filled
HEADER_FILL = "F2F2F2"
# Text columns are text cells too: a phone 13800000000 or a code 001 stays as typed.
COLUMN_FORMATS = {"code": TEXT_FORMAT, "text": TEXT_FORMAT, "money": MONEY_FORMAT,
                  "date": DATE_FORMAT}
VALUE_WORDS = {"text": "文本", "code": "文本（编号按原样保存，001 不会变成 1）", "money": "金额",
               "date": "日期 yyyy-mm-dd", "int": "整数"}
GENERAL_RULES = (
    "带 * 的列必须填写；其余列可以留空。第 2 行是示例，导入前请删除或改成自己的数据。",
    "日期写作 2024-03-05，也可写 2024/3/5、2024年3月5日，或用 Excel 的日期格式。",
    "金额写数字，可带千分位和人民币符号，如 ¥1,234.50；不要写“万元”等单位。",
    "同一个文件再次导入不会重复建立记录。",
)
KIND_RULES = {
    "contracts": "每个分期一行：一份合同分几期就写几行，合同号、客户编码、签订日期等在每行重复填写。",
    "receivables": "每张发票（或每笔未收清的销售单）一行。",
    "payments": "每笔到账一行。",
}


def template_file_name(kind: str) -> str:
    """The file name a template is saved under: "回款通导入模板-客户.xlsx" (KeyError for a
    kind not in KINDS)."""
    return FILE_NAME.format(title=KIND_TITLES[kind])


def header_text(field: ImportField) -> str:
    """A field's header in the template: its label, with "*" after a required one."""
    return field.label + (REQUIRED_MARK if field.required else "")


def value_words(field: ImportField) -> str:
    """What a column holds, in words for the 说明 sheet: 文本, 金额, 日期 yyyy-mm-dd, 整数, or
    可选值：A、B、C、D for a column with fixed values."""
    if field.choices:
        return "可选值：" + "、".join(field.choices)
    return VALUE_WORDS.get(field.value, VALUE_WORDS["text"])


def example_value(field: ImportField) -> str | Decimal | dt.date | int | None:
    """The example cell as a user would type it: a date for a date column, a number for
    money (¥ and thousands separators taken off) and whole numbers, text otherwise; None
    when the field has no example."""
    text = field.example.strip()
    if not text:
        return None
    if field.value == "date":
        return parse_date(text, field.name)
    if field.value == "money":
        return parse_money(text.lstrip("¥￥").strip(), field.name)
    if field.value == "int":
        return parse_int(text, field.name, -(10**12), 10**12)
    return text


def _width(text: str) -> int:
    """Roughly how many Latin characters wide `text` is (CJK and full-width count double)."""
    return sum(2 if ord(ch) > 0x2E7F else 1 for ch in text)


def write_template(kind: str, path: Path) -> Path:
    """Write the import template of `kind` (KINDS) to the .xlsx file `path`, whole or not at
    all (a partial file beside it replaces it once complete; missing folders made), and
    return `path`. Sheet 1 is named KIND_TITLES[kind]: the headers, one example row, text
    format on code columns, drop-down lists (rows 2–LAST_ROW) on columns with fixed values;
    sheet 2 "说明" explains each column and the general rules. KeyError for an unknown kind;
    OSError when the file cannot be written."""
    from openpyxl import Workbook

    fields = fields_of(kind)
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = KIND_TITLES[kind]
    for number, field in enumerate(fields, start=1):
        _write_column(sheet, number, field)
    sheet.freeze_panes = "A2"
    _write_notes(workbook.create_sheet(NOTES_SHEET), kind, fields)
    path = Path(path)
    with replacing(path) as partial:
        workbook.save(partial)
    return path


def _write_column(sheet, number: int, field: ImportField) -> None:
    """One field's column: header, example, width, the column's format and its drop-down."""
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    letter = get_column_letter(number)
    header = sheet.cell(1, number, header_text(field))
    header.font = Font(bold=True)
    header.fill = PatternFill("solid", fgColor=REQUIRED_FILL if field.required else HEADER_FILL)
    header.alignment = Alignment(horizontal="center", vertical="center")
    column_format = COLUMN_FORMATS.get(field.value)
    if column_format:
        sheet.column_dimensions[letter].number_format = column_format  # cells typed later too
    example = example_value(field)
    if example is not None:
        cell = sheet.cell(2, number, example)
        if isinstance(example, str):
            cell.data_type = "s"  # text stays text ("=…" is never a formula)
        cell.number_format = column_format or "General"
    shown = field.example if example is not None else ""
    sheet.column_dimensions[letter].width = max(_width(header_text(field)), _width(shown), 6) + 4
    if field.choices:
        sheet.add_data_validation(_choice_list(field, f"{letter}2:{letter}{LAST_ROW}"))


def _choice_list(field: ImportField, cells: str):
    """A drop-down list of the field's fixed values on `cells`, refusing anything else with a
    message in Chinese naming the column and the values."""
    from openpyxl.worksheet.datavalidation import DataValidation

    if any("," in choice or '"' in choice for choice in field.choices):
        raise ValueError(f"{field.name}: a choice cannot hold a comma or a quote")
    listed = "、".join(field.choices)
    validation = DataValidation(
        type="list", formula1='"' + ",".join(field.choices) + '"', allow_blank=True,
        showErrorMessage=True, errorStyle="stop", errorTitle=f"{field.label}填写有误",
        error=f"“{field.label}”只能从下拉列表中选择：{listed}",
        showInputMessage=True, promptTitle=field.label, prompt=f"请选择：{listed}")
    validation.add(cells)
    return validation


def _write_notes(sheet, kind: str, fields: tuple[ImportField, ...]) -> None:
    """The 说明 sheet: a title, one row per column (name, required, what it holds, example),
    then the general rules."""
    from openpyxl.styles import Alignment, Font

    bold = Font(bold=True)
    sheet.cell(1, 1, f"{KIND_TITLES[kind]}导入模板说明").font = Font(bold=True, size=14)
    titles = ("列名", "是否必填", "填写内容", "示例")
    for number, title in enumerate(titles, start=1):
        sheet.cell(3, number, title).font = bold
    for row, field in enumerate(fields, start=4):
        for number, text in enumerate((field.label, "必填" if field.required else "选填",
                                       value_words(field), field.example), start=1):
            cell = sheet.cell(row, number, text)
            cell.data_type = "s"
    row = 4 + len(fields) + 1
    sheet.cell(row, 1, "填写规则").font = bold
    rules = GENERAL_RULES + ((KIND_RULES[kind],) if kind in KIND_RULES else ())
    for offset, rule in enumerate(rules, start=1):
        sheet.cell(row + offset, 1, f"{offset}. {rule}")
    for letter, width in zip("ABCD", (20, 10, 44, 28), strict=True):
        sheet.column_dimensions[letter].width = width
    for cells in sheet.iter_rows(min_row=4, max_row=3 + len(fields), max_col=4):
        for cell in cells:
            cell.alignment = Alignment(vertical="top", wrap_text=True)


def write_templates(folder: Path) -> list[Path]:
    """Every kind's template into `folder` under template_file_name (made if missing), in
    KINDS order; returns the paths written. OSError when one cannot be written (those
    written before it stay)."""
    return [write_template(kind, Path(folder) / template_file_name(kind)) for kind in KINDS]
