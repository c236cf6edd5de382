"""An import from start to end, for the dialog and the command line alike: open the file, find
its header and map its columns, check the rows (the preview), plan (the dry run) or write, and
put the refused rows in a workbook the user can correct and import again."""
from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from services.core.files import replacing
from services.core.uow import UnitOfWork
from services.imports.fields import fields_of, header_key
from services.imports.load import ImportReport, import_checked
from services.imports.mapping import (
    Mapping,
    auto_mapping,
    check_mapping,
    missing_fields,
    remember_mapping,
    remembered_mapping,
)
from services.imports.reading import (
    Cell,
    FileInfo,
    ImportFileProblem,
    Sheet,
    data_rows,
    guess_header_row,
    header_texts,
    inspect_file,
    read_sheet,
)
from services.imports.rows import CheckedRows, ImportOptions, RowProblem, check_rows


@dataclass
class OpenedFile:
    """A file read and its header found: `rows` are the data rows (sheet row number, cells)
    below `header_row` (0-based), without blank and totals rows; `mapping` the columns found
    for the kind (remembered for these headers, else by their names); `remembered` says
    which; `digest` the file's SHA-256 (the audit names the file by it)."""

    info: FileInfo
    kind: str
    sheet: str | None
    encoding: str | None
    header_row: int
    headers: list[str]
    rows: list[tuple[int, list[Cell]]]
    mapping: Mapping
    remembered: bool
    digest: str
    all_rows: list[list[Cell]] = field(repr=False, default_factory=list)

    @property
    def width(self) -> int:
        return len(self.headers)

    def field_headers(self, mapping: Mapping | None = None) -> dict[str, str]:
        """{field: the header of its column} under `mapping` (default: the one found)."""
        mapping = self.mapping if mapping is None else mapping
        return {name: self.headers[column] for name, column in mapping.items()
                if column < len(self.headers)}


def known_header(kind: str) -> Callable[[str], bool]:
    """True for a header that names one of `kind`'s fields (label or synonym)."""
    names = {header_key(name) for spec in fields_of(kind) for name in (spec.label, *spec.synonyms)}
    return lambda text: header_key(text) in names


def file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def open_file(uow: UnitOfWork, path: str | Path, kind: str, *, sheet: str | None = None,
              encoding: str | None = None, header_row: int | None = None) -> OpenedFile:
    """Read `path` for an import of `kind`: the sheet (default: the first, in
    inspect_file's order, whose header names all of the kind's required fields, else the first),
    the encoding of a CSV (default detected), the header row (0-based; default guessed: the row
    naming most of the kind's fields) and a mapping (the one remembered for these headers, else
    found by their names). ImportFileProblem (services.imports.reading) when the file cannot be
    read."""
    path = Path(path)
    info = inspect_file(path)
    encoding = encoding or info.encoding
    if sheet is None and len(info.sheets) > 1:
        sheet_name, table = _sheet_with_header(path, info.sheets, kind)
    else:
        sheet_name = sheet if sheet is not None else (info.sheets[0] if info.sheets else None)
        table = read_sheet(path, sheet=sheet_name, encoding=encoding)
    if header_row is None:
        header_row = guess_header_row(table.rows, known_header(kind), merged=table.merged)
    header_row = max(0, min(header_row, len(table.rows) - 1))
    headers = header_texts(table, header_row)
    with uow:
        remembered = remembered_mapping(uow.session, kind, headers)
    mapping = remembered if remembered is not None else auto_mapping(kind, headers)
    return OpenedFile(info, kind, sheet_name, encoding, header_row, headers,
                      list(data_rows(table, header_row)), mapping, remembered is not None,
                      file_digest(path), table.rows)


def _sheet_with_header(path: Path, sheets: tuple[str, ...], kind: str) -> tuple[str, Sheet]:
    """The first sheet whose guessed header names every required field of `kind` (a cover or
    说明 sheet before the data is passed over), read; else the first sheet that is not empty.
    Sheets are read one after another until one fits, so the usual workbook costs one read."""
    first: tuple[str, Sheet] | None = None
    known = known_header(kind)
    for name in sheets:
        try:
            table = read_sheet(path, sheet=name)
        except ImportFileProblem as problem:
            if problem.reason == "empty":
                continue
            raise
        first = first or (name, table)
        headers = header_texts(table, guess_header_row(table.rows, known, merged=table.merged))
        if not missing_fields(kind, auto_mapping(kind, headers)):
            return name, table
    if first is None:
        raise ImportFileProblem("empty", sheet=sheets[0])
    return first


def check_file(opened: OpenedFile, mapping: Mapping, options: ImportOptions = ImportOptions(),
               progress: Callable[[int], None] | None = None,
               cancelled: Callable[[], bool] | None = None) -> CheckedRows:
    """Every data row checked under `mapping` (check_mapping's ValidationError first: a
    required field without a column, a column read twice)."""
    check_mapping(opened.kind, mapping, opened.width)
    return check_rows(opened.kind, opened.headers, opened.rows, mapping, options,
                      progress, cancelled)


def run_import(uow: UnitOfWork, opened: OpenedFile, checked: CheckedRows, mapping: Mapping,
               options: ImportOptions = ImportOptions(), *, dry_run: bool = False,
               valid_only: bool = False, progress: Callable[[int, int], None] | None = None,
               cancelled: Callable[[], bool] | None = None) -> ImportReport:
    """Plan (`dry_run`) or write the checked rows (services.imports.load.import_checked); a
    written import also remembers `mapping` for files with these headers."""
    def remember(session) -> None:
        remember_mapping(session, opened.kind, opened.headers, mapping)

    return import_checked(uow, checked, opened.field_headers(mapping),
                          source=opened.info.path.name, digest=opened.digest, options=options,
                          dry_run=dry_run, valid_only=valid_only, remember=remember,
                          progress=progress, cancelled=cancelled)


REJECTED_COLUMN = "问题"  # the reason column of a rejected-rows workbook


def write_rejected(opened: OpenedFile, problems: list[RowProblem], path: Path,
                   describe: Callable[[RowProblem], str] = str) -> int:
    """The refused rows as an .xlsx to correct and import again: the file's headers and the
    rows as read, plus a column 问题 with every reason of the row (`describe` words each
    problem: the window's language, or English on the command line). Cells keep their
    types: text stays text ("001"), dates stay dates. Returns the number of rows written;
    the file is written whole or not at all (OSError as raised)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    reasons: dict[int, list[str]] = {}
    for problem in problems:
        reasons.setdefault(problem.row, []).append(describe(problem))
    by_number = dict(opened.rows)
    book = Workbook()
    sheet = book.active
    sheet.title = "未导入的行"
    sheet.append([*opened.headers, REJECTED_COLUMN])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row_number in sorted(reasons):
        cells = by_number.get(row_number, [])
        sheet.append([*cells,
                      *([None] * (opened.width - len(cells))), "；".join(reasons[row_number])])
        for cell in sheet[sheet.max_row][:opened.width]:
            if isinstance(cell.value, str):
                cell.number_format = "@"
    sheet.freeze_panes = "A2"
    with replacing(path) as partial:
        book.save(partial)
    return len(reasons)

