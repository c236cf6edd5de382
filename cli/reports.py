"""`main.py report aging|priority|rate`: the reports of the 报表 tab for scripts and people.

One function, run_report, for all three: the options are checked first (a bad one is one line
on stderr naming it, exit 2, before the database is opened), the report is computed by its
service, then printed as a text table, or with --json as JSON (amounts as exact strings), or
with -o written to FILE.xlsx or FILE.pdf from the same ReportTable the window exports.

    aging     as of --as-of (default today), by --by due|delivery, the company's bucket edges
    priority  the day's priority list as of --as-of
    rate      the collection rate of --month (default this month), viewed today
All three take --salesperson NAME (the customer's salesperson).
"""
from __future__ import annotations

import datetime as dt
import json
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from services.admin.bootstrap import open_context
from services.core.errors import ValidationError
from services.core.uow import AppContext, login_name
from services.reports.table import ReportTable

REPORTS = ("aging", "priority", "rate")
BASES = ("due", "delivery")
FORMATS = (".xlsx", ".pdf")
# Which report takes which of the options that not all take.
TAKES = {"--as-of": ("aging", "priority"), "--by": ("aging",), "--month": ("rate",)}
SALESPERSON_MAX = 60  # customer.salesperson's length
_MONTH = re.compile(r"([0-9]{4})(?:[-/.]([0-9]{1,2})|([0-9]{2}))")


class BadOption(Exception):
    """An option the command refuses: the message names it (exit 2)."""


@dataclass(frozen=True)
class Options:
    """The options of one run, checked."""

    day: dt.date | None = None        # --as-of (None: today)
    by: str = "due"                   # --by
    month: dt.date | None = None      # --month's first day (None: this month)
    salesperson: str = ""             # --salesperson ("": everyone)


@dataclass(frozen=True)
class Result:
    """A computed report: its table (for text, .xlsx and PDF) and its JSON form."""

    table: ReportTable
    json: object


def run_report(name: str, db: str | Path, *, as_of: str | None = None, by: str | None = None,
               month: str | None = None, salesperson: str | None = None,
               as_json: bool = False, output: str | Path | None = None) -> int:
    """Compute report `name` (REPORTS) on the database `db` and print it (text table), print
    it as JSON (`as_json`), or write it to `output` (.xlsx or .pdf by its extension).

    Options as typed, read by the window's rules (services.core.parsing). Exit 0 done; 2 for a
    bad option, an option the report does not take, --json with -o, or -o not ending in .xlsx
    or .pdf (one line on stderr, before the database is opened); 1 when the database file does
    not exist or `output` cannot be written (one line on stderr)."""
    try:
        options = check_options(name, as_of=as_of, by=by, month=month,
                                salesperson=salesperson)
        target = check_output(output, as_json)
    except (BadOption, ValidationError) as error:
        _error(str(error))
        return 2
    if "://" not in str(db) and not Path(db).exists():
        _error(f"database {db} does not exist")
        return 1
    if target is not None and target.is_dir():
        _error(f"cannot write {target}: it is a folder")
        return 1
    ctx = open_context(db, operator=login_name())
    try:
        result = BUILDERS[name](ctx, options)
        company = _company_name(ctx) if target is not None else ""
        printed_at = ctx.clock.now()
    finally:
        ctx.close()
    if as_json:
        print(json.dumps(result.json, ensure_ascii=False, indent=1))
    elif target is not None:
        return _write(result.table, target, company, printed_at)
    else:
        from services.reports.export import as_text

        sys.stdout.write(as_text(result.table))
    return 0


def check_options(name: str, *, as_of: str | None = None, by: str | None = None,
                  month: str | None = None, salesperson: str | None = None) -> Options:
    """The options checked for report `name`: BadOption or ValidationError naming the first
    one that is wrong or that the report does not take."""
    from services.core.parsing import clean_text, parse_date

    if name not in REPORTS:
        raise BadOption(f"unknown report {name!r} (one of {', '.join(REPORTS)})")
    for option, value in (("--as-of", as_of), ("--by", by), ("--month", month)):
        if value is not None and name not in TAKES[option]:
            raise BadOption(f"{option}: not for report {name} (for {' and '.join(TAKES[option])})")
    day = parse_date(as_of, "--as-of", required=False)
    if by is not None and by not in BASES:
        raise BadOption(f"--by: must be due or delivery, not {by!r}")
    first = parse_month(month, "--month") if month is not None else None
    seller = clean_text(salesperson, "--salesperson", SALESPERSON_MAX)
    return Options(day, by or "due", first, seller)


def parse_month(value: str, field: str) -> dt.date:
    """A month typed as 2026-11 (also 2026/11, 2026.11, 202611, full-width digits): its first
    day, between DATE_MIN and DATE_MAX. BadOption or ValidationError naming `field`."""
    from services.core.parsing import ascii_forms, parse_date

    match = _MONTH.fullmatch(ascii_forms(value).strip())
    if match is None or not 1 <= int(match[2] or match[3]) <= 12:
        raise BadOption(f"{field}: is not a valid month (use YYYY-MM)")
    return parse_date(dt.date(int(match[1]), int(match[2] or match[3]), 1), field)


def check_output(output: str | Path | None, as_json: bool) -> Path | None:
    """The file to write (None: print), its extension one of FORMATS; BadOption otherwise."""
    if output is None:
        return None
    if as_json:
        raise BadOption("--json and -o: give one of them")
    path = Path(output)
    if path.suffix.lower() not in FORMATS:
        raise BadOption(f"-o: {path.name} must end in .xlsx or .pdf")
    return path


# --- the three reports -------------------------------------------------------------------

def aging_report(ctx: AppContext, options: Options) -> Result:
    """The aging (services.reports.aging) with the company's bucket edges, as its
    aging_table and as JSON: one object per customer (code, name, salesperson, buckets by
    label, total, credit, net)."""
    from services.collection.rules import get_rules
    from services.reports.aging import aging, bucket_labels
    from services.reports.aging_table import BY_WORDS, aging_table

    edges = get_rules(ctx.uow()).aging_edges
    report = aging(ctx.uow(), options.day, options.by, edges, options.salesperson)
    labels = bucket_labels(report.edges)
    about = (f"截至 {report.as_of.isoformat()}，{BY_WORDS[report.by]}计算账龄；"
             f"客户 {len(report.rows)} 个", _who(options))
    rows = [{"customer_code": r.code, "customer_name": r.name, "salesperson": r.salesperson,
             "buckets": {label: str(v) for label, v in zip(labels, r.buckets, strict=True)},
             "total": str(r.total), "credit": str(r.credit), "net": str(r.net)}
            for r in report.rows]
    return Result(aging_table(report, about=about), rows)


def priority_report(ctx: AppContext, options: Options) -> Result:
    """The day's priority list (services.reports.priority), best first, as its
    priority_table and as JSON: one object per customer in rank order, with the figures
    behind the score and the reasons in words."""
    from services.reports.priority import priority_list, priority_table, reasons_text

    report = priority_list(ctx.uow(), options.day, options.salesperson)
    rows = [{"rank": rank, "customer_code": r.code, "customer_name": r.name,
             "salesperson": r.salesperson, "rating": r.rating, "overdue": str(r.overdue),
             "max_days": r.max_days, "broken_promises": r.broken_promises,
             "over_limit": str(r.over_limit), "promised_today": str(r.promised_today),
             "limitation_at_risk": str(r.limitation_at_risk),
             "limitation_ends": r.limitation_ends.isoformat() if r.limitation_ends else None,
             "score": str(r.score), "reasons": reasons_text(r)}
            for rank, r in enumerate(report.rows, start=1)]
    return Result(priority_table(report), rows)


def rate_report(ctx: AppContext, options: Options) -> Result:
    """The collection rate of a month (services.reports.rate) by salesperson, as its
    rate_table and as JSON: the month, the day overdue is counted on, one object per
    salesperson and the totals (rate a fraction as an exact string, null when nothing was
    to collect)."""
    from services.reports.rate import collection_rate, month_text, rate_table

    month = options.month or ctx.clock.today().replace(day=1)
    report = collection_rate(ctx.uow(), month, options.salesperson)

    def plain(row) -> dict:
        return {"salesperson": row.salesperson, "due": str(row.due),
                "carried_in": str(row.carried_in), "to_collect": str(row.to_collect),
                "received": str(row.received),
                "rate": None if row.rate is None else str(row.rate),
                "overdue_at_end": str(row.overdue_at_end),
                "customers_overdue": row.customers_overdue}

    data = {"month": month_text(report.month), "overdue_on": report.overdue_on.isoformat(),
            "rows": [plain(r) for r in report.rows], "totals": plain(report.totals)}
    return Result(rate_table(report, salesperson=options.salesperson), data)


BUILDERS: dict[str, Callable[[AppContext, Options], Result]] = {
    "aging": aging_report, "priority": priority_report, "rate": rate_report}


# --- helpers ---------------------------------------------------------------------------------

def _who(options: Options) -> str:
    return f"业务员：{options.salesperson or '全部'}"


def _company_name(ctx: AppContext) -> str:
    from services.admin.company import get_company

    return get_company(ctx.uow()).company_name


def _write(table: ReportTable, target: Path, company: str, printed_at: dt.datetime) -> int:
    from services.reports.export import write_pdf, write_xlsx

    try:
        if target.suffix.lower() == ".pdf":
            path = write_pdf(table, target, company=company, printed_at=printed_at)
        else:
            path = write_xlsx(table, target)
    except OSError as error:
        _error(f"cannot write {target}: {error.strerror or error}")
        return 1
    print(f"report: {len(table.rows)} rows -> {path}")
    return 0


def _error(message: str) -> None:
    print(f"report: {message}", file=sys.stderr)

