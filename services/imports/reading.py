"""Reading an import file into cells: .xlsx and .xls (python-calamine), .csv and .txt.

Cells come out as the file holds them, for services.imports.rows to parse (it trims and
turns text into money and dates; nothing here does):

- text as written, not trimmed; "001" stays "001" (a CSV cell is always text);
- an Excel number as Excel shows it at full precision: 15 significant digits, no exponent,
  no trailing zeros (12000.0 -> "12000", 0.1+0.2 -> "0.3", 1e-7 -> "0.0000001"); a date typed
  as a plain number stays its serial ("45357");
- an Excel date cell as a date, or a datetime when it has a time of day; a time alone or a
  duration as text ("10:30:00", "30:00:00"); TRUE/FALSE as "TRUE"/"FALSE";
- an empty cell (and an empty CSV field) as None. An Excel error cell (#N/A, #DIV/0!) reads
  as None too: python-calamine hands errors over as empty, without their text.

A CSV's encoding is the one given, or detected: UTF-8 (utf-8-sig with a BOM) when the bytes
are UTF-8, otherwise gb18030 (which reads GBK and GB2312) when they decode as it; UTF-16 with
a BOM (Excel's "Unicode text"). Its delimiter is the one of , tab ; | that splits the most of
the first records into the same number of fields (more than one).
"""
from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from services.core.parsing import ascii_forms

Cell = str | dt.date | dt.datetime | None
Merge = tuple[int, int, int, int]  # (first_row, first_col, last_row, last_col), 0-based inclusive

# What the dialog offers; GBK and GB2312 files are read as gb18030 (a superset of both).
ENCODINGS = ("utf-8-sig", "utf-8", "gb18030", "utf-16")
FORMATS = {".xlsx": "xlsx", ".xlsm": "xlsx", ".xls": "xls", ".csv": "csv", ".txt": "csv"}
DELIMITERS = (",", "\t", ";", "|")
TOTAL_WORDS = frozenset({"合计", "总计", "小计", "本页合计", "累计", "总合计", "total", "totals",
                         "sum", "subtotal", "grandtotal"})
_SAMPLE = 64 * 1024  # bytes the encoding detector looks at
_SNIFF_RECORDS = 50  # records the delimiter is chosen from
_GB_NAMES = frozenset({"gb18030", "gbk", "gb2312", "cp936", "hz"})
_DOUBLE_BYTE = frozenset({"cp949", "euc_kr", "johab", "big5", "big5hkscs", "cp950", "shift_jis",
                          "cp932", "euc_jp", "euc_jis_2004", "shift_jis_2004", "iso2022_jp"})
_CHAOS_MARGIN = 0.1
_MIDNIGHT = dt.time()
_NUMBER_LIKE = re.compile(r"[-+¥￥]?[0-9０-９,，.．]+%?")
_NON_ASCII = re.compile(rb"[\x80-\xff]")
_ZIP, _OLE = b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


class ImportFileProblem(Exception):
    """The file cannot be read as an import. `reason`: unsupported (not .xlsx/.xlsm/.xls/.csv/
    .txt), unreadable (missing, no permission, locked by another program), damaged (not a valid
    workbook, a NUL byte or a runaway quote in a CSV; params line for a CSV), empty (no cell with
    anything in it; params sheet for a workbook), encoding (bytes that do not decode; params
    line counted from 1, encoding), no_sheet (params sheet). `params` for the message."""

    def __init__(self, reason: str, **params: object) -> None:
        super().__init__(f"{reason} {params}" if params else reason)
        self.reason = reason
        self.params = params


@dataclass(frozen=True)
class FileInfo:
    """What a file is before it is read. `sheets`: the worksheets' names, the visible ones
    first (workbook order), then hidden ones; read_sheet without a sheet reads sheets[0]; ()
    for a CSV. `encoding`: a CSV's detected encoding (one of ENCODINGS), else None;
    `encoding_confident` False when the detector was unsure (the dialog asks)."""

    path: Path
    format: str  # xlsx | xls | csv
    sheets: tuple[str, ...]
    encoding: str | None
    encoding_confident: bool


@dataclass
class Sheet:
    """Every row of a sheet as in the file, all padded with None to the same width (row i is
    the sheet's row i + 1; a CSV's record i + 1), and its merged ranges."""

    rows: list[list[Cell]]
    merged: list[Merge] = field(default_factory=list)


def inspect_file(path: str | Path) -> FileInfo:
    """The format, sheets and (CSV) encoding of an import file; ImportFileProblem otherwise
    (unsupported, unreadable, damaged, empty)."""
    path = Path(path)
    kind, data = _format_of(path), _read_bytes(path)
    if kind == "csv":
        encoding, confident = detect_encoding(data)
        return FileInfo(path, kind, (), encoding, confident)
    return FileInfo(path, _workbook_format(data), _sheet_names(_workbook(data)), None, False)


def read_sheet(path: str | Path, *, sheet: str | None = None,
               encoding: str | None = None) -> Sheet:
    """The cells of one sheet (`sheet` None: the first one inspect_file lists) or of a CSV
    (`encoding` None: detected; gbk, gb2312 and cp936 read as gb18030; `sheet` not used).
    ImportFileProblem: unsupported, unreadable, damaged, empty, encoding, no_sheet. LookupError
    for an encoding Python does not know."""
    path = Path(path)
    kind, data = _format_of(path), _read_bytes(path)
    if kind == "csv":
        return Sheet(_csv_rows(data, _codec(encoding) if encoding else detect_encoding(data)[0]))
    _workbook_format(data)
    book = _workbook(data)
    name = sheet if sheet is not None else next(iter(_sheet_names(book)), None)
    if name is None or name not in book.sheet_names:
        raise ImportFileProblem("no_sheet", sheet=name or "")
    import python_calamine

    try:
        found = book.get_sheet_by_name(name)
        raw, ranges = found.to_python(skip_empty_area=False), found.merged_cell_ranges
    except python_calamine.CalamineError as error:  # the sheet's own part is broken
        raise ImportFileProblem("damaged", sheet=name) from error
    rows = _padded(_excel_rows(raw))
    if all(_blank(row) for row in rows):
        raise ImportFileProblem("empty", sheet=name)
    return Sheet(rows, [(r0, c0, r1, c1) for (r0, c0), (r1, c1) in ranges or ()])


# --- files and workbooks ---------------------------------------------------------------------

def _format_of(path: Path) -> str:
    kind = FORMATS.get(path.suffix.lower())
    if kind is None:
        raise ImportFileProblem("unsupported", suffix=path.suffix)
    return kind


def _read_bytes(path: Path) -> bytes:
    """The whole file; an OSError (missing, no permission, a sharing violation while Excel has
    it open on Windows, a folder) is `unreadable`; nothing in it is `empty`."""
    try:
        with open(path, "rb") as file:
            data = file.read()
    except OSError as error:
        raise ImportFileProblem("unreadable", error=error.strerror or str(error)) from error
    if not data:
        raise ImportFileProblem("empty")
    return data


def _workbook_format(data: bytes) -> str:
    """xlsx or xls by the bytes (a workbook saved with the other's name still reads); other
    bytes under a workbook's name are `damaged`."""
    if data.startswith(_ZIP):
        return "xlsx"
    if data.startswith(_OLE):
        return "xls"
    raise ImportFileProblem("damaged")


def _workbook(data: bytes):
    import python_calamine  # imported when a workbook is read

    try:
        return python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
    except python_calamine.PasswordError as error:
        raise ImportFileProblem("unreadable", error="password") from error
    except (python_calamine.CalamineError, ValueError) as error:
        raise ImportFileProblem("damaged") from error


def _sheet_names(book) -> tuple[str, ...]:
    from python_calamine import SheetTypeEnum, SheetVisibleEnum

    sheets = [meta for meta in book.sheets_metadata if meta.typ == SheetTypeEnum.WorkSheet]
    if not sheets:
        raise ImportFileProblem("empty")
    visible = [meta.name for meta in sheets if meta.visible == SheetVisibleEnum.Visible]
    return tuple(visible + [meta.name for meta in sheets if meta.name not in visible])


def _excel_rows(raw: list[list[object]]) -> list[list[Cell]]:
    convert = excel_cell
    return [[value if value.__class__ is str and value else convert(value) for value in row]
            for row in raw]


def excel_cell(value: object) -> Cell:
    """One cell as python-calamine gives it, as this module delivers it (module docstring)."""
    kind = value.__class__
    if kind is str:
        return value or None  # type: ignore[return-value]
    if kind is float:
        return number_text(value)  # type: ignore[arg-type]
    if kind is bool:
        return "TRUE" if value else "FALSE"
    if kind is int:
        return str(value)
    if kind is dt.datetime:
        return value.date() if value.time() == _MIDNIGHT else value  # type: ignore[union-attr]
    if kind is dt.date:
        return value  # type: ignore[return-value]
    if kind is dt.time:
        return value.isoformat()  # type: ignore[union-attr]
    if kind is dt.timedelta:
        seconds = round(value.total_seconds())  # type: ignore[union-attr]
        sign, seconds = ("-" if seconds < 0 else ""), abs(seconds)
        return f"{sign}{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"
    return None if value is None else str(value)


def number_text(number: float) -> str:
    """A float as Excel shows it at full precision: 15 significant digits, no exponent, no
    trailing zeros (12000.0 -> "12000", 0.30000000000000004 -> "0.3", 1e-07 -> "0.0000001",
    1e20 -> "100000000000000000000")."""
    if not number:
        return "0"  # also -0.0
    text = format(number, ".15g")
    if "e" not in text:
        return text  # the usual case: 'g' drops trailing zeros and a trailing point
    if "n" in text:  # inf, nan: Excel has neither; kept readable
        return text
    digits = format(Decimal(text), "f")
    return digits.rstrip("0").rstrip(".") if "." in digits else digits


def _padded(rows: list[list[Cell]]) -> list[list[Cell]]:
    width = max(map(len, rows), default=0)
    for row in rows:
        if len(row) < width:
            row.extend([None] * (width - len(row)))
    return rows


def _blank(row: list[Cell]) -> bool:
    for cell in row:  # a loop, not all(): most rows stop at their first cell
        if cell is not None and (cell.__class__ is not str or cell.strip()):
            return False
    return True


# --- CSV -------------------------------------------------------------------------------------

def detect_encoding(data: bytes) -> tuple[str, bool]:
    """(encoding, confident) of a CSV's bytes: utf-8-sig with a UTF-8 BOM, utf-16 with a UTF-16
    BOM, utf-8 when every byte decodes as UTF-8 (all confident); else gb18030 when they decode
    as it, confident only when charset-normalizer also names a GB encoding for them (its best
    guess, or nearly as good as its best when that is another East Asian double-byte one). Bytes
    neither decodes: the one that decodes further, not confident (reading names the line)."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig", True
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16", True
    utf8_error = _first_error(data, "utf-8")
    if utf8_error is None:
        return "utf-8", True
    gb_error = _first_error(data, "gb18030")
    if gb_error is None:
        return "gb18030", _detector_says_gb(data)
    return ("utf-8" if utf8_error >= gb_error else "gb18030"), False


def _codec(encoding: str) -> str:
    name = codecs.lookup(encoding).name
    return "gb18030" if name in _GB_NAMES else name


def _first_error(data: bytes, encoding: str) -> int | None:
    try:
        data.decode(encoding)
    except UnicodeDecodeError as error:
        return error.start
    return None


def _detector_says_gb(data: bytes) -> bool:
    """charset-normalizer's guess for the text from the line of the first non-ASCII byte."""
    import charset_normalizer  # imported when a CSV is not plain UTF-8

    first = _NON_ASCII.search(data)
    start = data.rfind(b"\n", 0, first.start() if first else 0) + 1
    matches = charset_normalizer.from_bytes(data[start:start + _SAMPLE])
    best = matches.best()
    if best is None:
        return False
    if best.encoding in _GB_NAMES:
        return True
    # On a few lines of GBK it often ranks Korean (cp949) first and GB a little behind (chaos
    # 0.025-0.05 more on "客户编码,客户名称"): agreement when GB is within _CHAOS_MARGIN of an East
    # Asian double-byte best guess. Big5 text has no GB match; Shift-JIS ranks GB 0.11 behind;
    # a single-byte guess (cp1252, a Cyrillic code page) is a disagreement.
    return best.encoding in _DOUBLE_BYTE and any(
        match.encoding in _GB_NAMES and match.chaos <= best.chaos + _CHAOS_MARGIN
        for match in matches)


def _csv_rows(data: bytes, encoding: str) -> list[list[Cell]]:
    text = _decoded(data, encoding)
    if "\x00" in text:
        raise ImportFileProblem("damaged", line=text.count("\n", 0, text.index("\x00")) + 1)
    first_line, _, rest = text.partition("\n")
    hint = first_line.rstrip("\r")
    if hint.lower().startswith("sep=") and len(hint) == 5:
        delimiter, text = hint[4], rest  # Excel's hint line ("sep=;"), which Excel hides
    else:
        delimiter = sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        rows = [[cell or None for cell in record] for record in reader]
    except csv.Error as error:  # a quote never closed: the field runs past the size limit
        raise ImportFileProblem("damaged", line=reader.line_num) from error
    rows = _padded(rows)
    if all(_blank(row) for row in rows):
        raise ImportFileProblem("empty")
    return rows


def _decoded(data: bytes, encoding: str) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        line = data[:error.start].decode(encoding, errors="replace").count("\n") + 1
        raise ImportFileProblem("encoding", line=line, encoding=encoding) from error
    return text[1:] if text.startswith("\ufeff") else text  # a BOM read as utf-8


def sniff_delimiter(text: str) -> str:
    """The delimiter (of DELIMITERS) that splits the most of the first records into the same
    number of fields, more than one; a tie goes to more fields, then to the order of
    DELIMITERS; "," when none splits anything. A title line above the header, quoted
    delimiters and line breaks inside quotes, and thousands separators in a tab- or
    semicolon-separated file do not mislead it (csv.Sniffer gives up on the first)."""
    sample = text[:_SAMPLE]
    truncated = len(text) > len(sample)
    best, best_score = ",", (0, 0)
    for delimiter in DELIMITERS:
        records = _first_records(sample, delimiter, truncated)
        counts = Counter(len(record) for record in records if any(record))
        width, often = max(counts.items(), key=lambda item: (item[1], item[0]),
                           default=(1, 0))
        if width > 1 and (often, width) > best_score:
            best, best_score = delimiter, (often, width)
    return best


def _first_records(sample: str, delimiter: str, truncated: bool) -> list[list[str]]:
    records = []
    try:
        for record in csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter):
            records.append(record)
            if len(records) > _SNIFF_RECORDS:
                break
    except csv.Error:
        pass
    if truncated or len(records) > _SNIFF_RECORDS:
        records = records[:-1]  # the last one may be cut off
    return records


# --- header and data rows --------------------------------------------------------------------

def guess_header_row(rows: list[list[Cell]], known: Callable[[str], bool], look: int = 20,
                     *, merged: list[Merge] | tuple[Merge, ...] = ()) -> int:
    """The 0-based index of the header row: among the first `look` rows, the one with the most
    text cells (trimmed) for which `known(text)` is true, the earlier on a tie; when none is
    known, the first row with at least two non-empty text cells; else 0. Given the sheet's
    `merged` ranges, a row found whose group cells (merged across columns, one row high) have
    sub-headers in the row below is the upper half of a two-level header: the row below is
    returned (header_texts joins the two). Sub-headers, not data: another header of the row
    is merged down into the row below, or the row below holds only text that is not a
    number."""
    best, best_count = None, 0
    for index, row in enumerate(rows[:look]):
        count = sum(1 for cell in row if isinstance(cell, str) and cell.strip()
                    and known(cell.strip()))
        if count > best_count:
            best, best_count = index, count
    if best is None:
        best = next((index for index, row in enumerate(rows[:look])
                     if sum(1 for cell in row if isinstance(cell, str) and cell.strip()) >= 2), 0)
    return best + 1 if _sub_headers_below(rows, best, merged) else best


def _sub_headers_below(rows: list[list[Cell]], row: int, merged) -> bool:
    """Whether the row below `row` holds the sub-headers of a group cell in `row` (a range one
    row high across columns, with text under it): when a header of `row` is merged down into
    it, or when it holds nothing but text that is not a number ("含税", not "100")."""
    if row + 1 >= len(rows):
        return False
    below = rows[row + 1]
    groups = [(c0, c1) for r0, c0, r1, c1 in merged if r0 == r1 == row and c1 > c0]
    if not any(_header_text(cell) for c0, c1 in groups for cell in below[c0:c1 + 1]):
        return False
    if any(r0 == row and r1 > row for r0, _, r1, _ in merged):
        return True
    return all(isinstance(cell, str) and not _NUMBER_LIKE.fullmatch(cell.strip())
               for cell in below if cell is not None and _header_text(cell))


def header_texts(sheet: Sheet, header_row: int) -> list[str]:
    """One name per column (trimmed): the header row's text; an empty cell covered by a merged
    range takes the text of the range's first cell (a header merged down from the row above, or
    across columns); under a group cell (a range one row or more high ending in the row above,
    across more than one column) the name is the group's text + the cell's ("客户" over "编码":
    "客户编码"); in such a two-level header an empty cell outside the groups takes the text
    above it, merged or not. A range above with no other text beside it in its row is a
    title, not a group ("应收账款明细表" over A1:G1; also a lone group "联系人" over "姓名" and
    "电话": those read as 姓名, 电话). A date in a header is written as ISO text."""
    rows = sheet.rows
    width = len(rows[header_row])
    merged = [(r0, c0, r1, min(c1, width - 1)) for r0, c0, r1, c1 in sheet.merged
              if r0 < len(rows) and c0 < width]
    covering = {column: _header_text(rows[r0][c0]) for r0, c0, r1, c1 in merged
                if r0 <= header_row <= r1 for column in range(c0, c1 + 1)}
    above = [bool(_header_text(cell)) for cell in rows[header_row - 1]] if header_row else []
    groups = {column: _header_text(rows[r0][c0]) for r0, c0, r1, c1 in merged
              if r1 == header_row - 1 and c1 > c0
              and any(above[:c0] + above[c1 + 1:])  # else a title, alone in its row
              for column in range(c0, c1 + 1)}
    names = []
    for column, cell in enumerate(rows[header_row]):
        own = _header_text(cell) or covering.get(column, "")
        group = groups.get(column, "")
        if not own and not group and groups:  # a two-level header with this one not merged
            own = _header_text(rows[header_row - 1][column])
        names.append(group + own if group and own and group != own else own or group)
    return names


def _header_text(cell: Cell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, dt.datetime):
        return cell.isoformat(sep=" ")
    if isinstance(cell, dt.date):
        return cell.isoformat()
    return cell.strip()


def data_rows(sheet: Sheet, header_row: int) -> Iterator[tuple[int, list[Cell]]]:
    """(row number as the sheet shows it, counted from 1; cells) for each row below the
    header, leaving out rows with nothing but empty or blank cells and totals rows
    (is_totals_row)."""
    for index in range(header_row + 1, len(sheet.rows)):
        row = sheet.rows[index]
        if not _blank(row) and not is_totals_row(row):
            yield index + 1, row


def is_totals_row(row: list[Cell]) -> bool:
    """True when the first text cell among the row's first three non-empty cells says it sums
    the rows above: 合计, 总计, 小计, 本页合计, 累计, Total(s), Sum, Subtotal, Grand total
    (full-width forms, case and spaces ignored: "合 计", "TOTAL"; a colon after it allowed)."""
    seen = 0
    for cell in row:
        if cell is None:
            continue
        if isinstance(cell, str):
            if not cell.strip():
                continue
            return len(cell) < 30 and _total_key(cell) in TOTAL_WORDS
        seen += 1  # a date: not text, but one of the three
        if seen == 3:
            return False
    return False


def _total_key(text: str) -> str:
    return "".join(ascii_forms(text).casefold().split()).rstrip(":")
