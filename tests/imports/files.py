"""Import files made in a test (never checked in): .xlsx with openpyxl, .xls with xlwt, CSV as
plain bytes. Every helper returns the path it wrote."""
from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
from collections.abc import Iterable, Sequence
from pathlib import Path

Rows = Sequence[Sequence[object]]


def make_xlsx(path: Path, rows: Rows, merged: Iterable[str] = (), *, title: str = "Sheet1",
              more_sheets: dict[str, Rows] | None = None, hidden: Iterable[str] = (),
              formats: dict[str, str] | None = None) -> Path:
    """An .xlsx whose first sheet `title` holds `rows` from A1 (None: no cell; a date or
    datetime: a date cell). `merged`: ranges such as "A1:B1" (the text goes in the range's
    first cell, as in `rows`); `more_sheets` adds sheets after it, `hidden` hides sheets by
    name; `formats`: number formats by cell ("B2": "0.00")."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = title
    _fill(sheet, rows)
    for cell_range in merged:
        sheet.merge_cells(cell_range)
    for cell, number_format in (formats or {}).items():
        sheet[cell].number_format = number_format
    for name, sheet_rows in (more_sheets or {}).items():
        _fill(book.create_sheet(name), sheet_rows)
    for name in hidden:
        book[name].sheet_state = "hidden"
    book.save(path)
    return path


def _fill(sheet, rows: Rows) -> None:
    for row_index, row in enumerate(rows, 1):
        for column_index, value in enumerate(row, 1):
            if value is not None:
                sheet.cell(row_index, column_index, value)


def make_xls(path: Path, rows: Rows, *, title: str = "Sheet1",
             merged: Iterable[tuple[int, int, int, int]] = ()) -> Path:
    """An old .xls (xlwt) with `rows` from A1: text, numbers, TRUE/FALSE, dates (format
    YYYY-MM-DD) and datetimes (YYYY-MM-DD hh:mm:ss); None leaves the cell empty. `merged`:
    (first_row, last_row, first_col, last_col), 0-based, as xlwt's write_merge takes them (the
    text from `rows`)."""
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet(title)
    day = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    moment = xlwt.easyxf(num_format_str="YYYY-MM-DD hh:mm:ss")
    spans = {(r0, c0): (r1, c1) for r0, r1, c0, c1 in merged}
    for row_index, row in enumerate(rows):
        for column_index, value in enumerate(row):
            if (row_index, column_index) in spans:
                r1, c1 = spans[(row_index, column_index)]
                sheet.write_merge(row_index, r1, column_index, c1, value)
            elif isinstance(value, dt.datetime):
                sheet.write(row_index, column_index, value, moment)
            elif isinstance(value, dt.date):
                sheet.write(row_index, column_index, value, day)
            elif value is not None:
                sheet.write(row_index, column_index, value)
    book.save(str(path))
    return path


def csv_bytes(rows: Rows, encoding: str, *, bom: bool = False, delimiter: str = ",") -> bytes:
    """`rows` as CSV (Excel's quoting, \\r\\n line ends; None as an empty field) in `encoding`,
    a UTF-8 BOM first when `bom`."""
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(
        ["" if cell is None else cell for cell in row] for row in rows)
    return (codecs.BOM_UTF8 if bom else b"") + buffer.getvalue().encode(encoding)


def make_csv(path: Path, rows: Rows, encoding: str = "utf-8", bom: bool = False,
             delimiter: str = ",") -> Path:
    """A CSV (or .txt) file of csv_bytes."""
    path.write_bytes(csv_bytes(rows, encoding, bom=bom, delimiter=delimiter))
    return path
