"""`main.py import customers|contracts|receivables|payments FILE`: bring records in from Excel
or CSV, with the window's rules (services.imports).

Exit codes: 0 imported (or, with --dry-run, nothing refused); 1 rows were refused and nothing
was imported (or the dry run found problems), the file or the database cannot be used, or a
mapping does not fit; 2 bad options. With --valid-only the valid rows are imported (exit 0)
and the refused ones are written to an .xlsx to correct and import again.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from services.imports.fields import KINDS

# The encodings a user may name, as the dialog offers them (GBK files are read as gb18030).
ENCODING_NAMES = {"utf-8": "utf-8", "utf8": "utf-8", "utf-8-sig": "utf-8-sig", "gbk": "gb18030",
                  "gb2312": "gb18030", "gb18030": "gb18030", "cp936": "gb18030",
                  "utf-16": "utf-16"}
PROBLEMS_SHOWN = 50  # row problems printed; the rest counted


def _say(message: str, *, error: bool = False) -> None:
    print(f"import: {message}", file=sys.stderr if error else sys.stdout)


def run_import_command(kind: str, file: Path, db: str | Path, *, sheet: str | None = None,
                       mapping_file: Path | None = None, encoding: str | None = None,
                       header_row: int | None = None, dry_run: bool = False,
                       valid_only: bool = False, us_dates: bool = False, rest: str = "oldest",
                       rejected: Path | None = None) -> int:
    """Import `file` as `kind` into `db` (created when missing: a new office starts here).

    `mapping_file`: JSON {field: header text, column letter or column number}; without it the
    mapping remembered for these headers, else the one found by the header names. Prints the
    counts (created, updated, skipped, refused) and each refused row with its column and
    reason; the credit-hold list of a written import. See the module's exit codes."""
    from services.admin.bootstrap import open_context
    from services.core.errors import ValidationError
    from services.core.uow import login_name
    from services.imports.mapping import mapping_from_names
    from services.imports.reading import ImportFileProblem
    from services.imports.rows import ImportOptions
    from services.imports.run import check_file, open_file, run_import, write_rejected

    if kind not in KINDS:
        _say(f"unknown kind {kind!r} (one of {', '.join(KINDS)})", error=True)
        return 2
    chosen_encoding = None
    if encoding is not None:
        chosen_encoding = ENCODING_NAMES.get(encoding.strip().lower())
        if chosen_encoding is None:
            _say(f"--encoding {encoding!r} is not one of {', '.join(ENCODING_NAMES)}", error=True)
            return 2
    if rest not in ("oldest", "credit"):
        _say("--rest must be oldest or credit", error=True)
        return 2
    if header_row is not None and header_row < 1:
        _say("--header-row counts from 1", error=True)
        return 2
    names = None
    if mapping_file is not None:
        try:
            names = json.loads(Path(mapping_file).read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            _say(f"cannot read the mapping {mapping_file}: {error}", error=True)
            return 2
        if not isinstance(names, dict):
            _say(f"the mapping {mapping_file} must be a JSON object {{field: column}}",
                 error=True)
            return 2
    options = ImportOptions(us_dates=us_dates, rest=rest)
    ctx = open_context(db, operator=login_name())
    try:
        try:
            opened = open_file(ctx.uow(), file, kind, sheet=sheet, encoding=chosen_encoding,
                               header_row=None if header_row is None else header_row - 1)
        except ImportFileProblem as problem:
            _say(f"cannot read {file}: {problem.reason} {problem.params or ''}".rstrip(),
                 error=True)
            return 1
        mapping = opened.mapping
        try:
            if names is not None:
                mapping = mapping_from_names(kind, opened.headers, names)
            checked = check_file(opened, mapping, options)
        except ValidationError as error:
            _say(f"the columns do not fit: {error} (headers: {', '.join(opened.headers)})",
                 error=True)
            return 1
        where = f"{file}" + (f" [{opened.sheet}]" if opened.sheet else "") + (
            f" ({opened.encoding})" if opened.encoding else "")
        _say(f"{where}: header on row {opened.header_row + 1}, {checked.rows_read} rows; "
             + ", ".join(f"{name} <- {opened.headers[column]!r}"
                         for name, column in mapping.items()))
        if not checked.records and not checked.problems:
            _say(f"nothing to import: no rows with a record below the header on row "
                 f"{opened.header_row + 1}", error=True)
            return 1
        report = run_import(ctx.uow(), opened, checked, mapping, options, dry_run=dry_run,
                            valid_only=valid_only)
        _print_report(report)
        if report.problems and valid_only and report.written:
            target = rejected or file.with_name(f"{file.stem}-未导入.xlsx")
            count = write_rejected(opened, report.problems, target)
            _say(f"{count} refused rows written to {target}")
        if report.problems and not report.written and not dry_run:
            _say("nothing was imported: correct the rows above, or use --valid-only",
                 error=True)
            return 1
        return 1 if (dry_run and report.problems) else 0
    finally:
        ctx.close()


def _print_report(report) -> None:
    verb = "would create" if report.dry_run or not report.written else "created"
    created = ", ".join(f"{count} {name}" for name, count in report.created.items() if count)
    parts = [f"{verb} {created or 'nothing'}"]
    if report.updated:
        parts.append(f"{'would update' if not report.written else 'updated'} "
                     f"{report.updated} customers")
    if report.skipped:
        reasons = {}
        for item in report.skipped:
            reasons[item.reason] = reasons.get(item.reason, 0) + 1
        words = {"exists": "already there", "unchanged": "unchanged",
                 "not_a_record": "not records (such as 制表人：…)"}
        parts.append("skipped " + ", ".join(
            f"{count} {words.get(reason, reason)}" for reason, count in reasons.items()))
    if report.rejected_rows:
        parts.append(f"refused {len(report.rejected_rows)} rows")
    if report.unapplied:
        parts.append(f"¥{report.unapplied} of the payments paid nothing owed and stays as "
                     "the customers' credit")
    _say("; ".join(parts))
    for problem in report.problems[:PROBLEMS_SHOWN]:
        print(f"  {problem}", file=sys.stderr)
    if len(report.problems) > PROBLEMS_SHOWN:
        print(f"  … and {len(report.problems) - PROBLEMS_SHOWN} more", file=sys.stderr)
    for note in report.credit_holds[:PROBLEMS_SHOWN]:
        print(f"  credit hold (not enforced on history): {note.customer_code} "
              f"{note.customer_name}: {', '.join(note.reasons)}; overdue ¥{note.overdue}, "
              f"exposure ¥{note.exposure}, limit ¥{note.limit}")
    if len(report.credit_holds) > PROBLEMS_SHOWN:
        print(f"  … and {len(report.credit_holds) - PROBLEMS_SHOWN} more customers on hold")
