"""`main.py statement CUSTOMER_CODE --from DATE --to DATE -o FILE.pdf`: issue a customer's
statement (对账确认函) into a PDF file; numbered and recorded only once the file is written."""
from __future__ import annotations

import sys
from pathlib import Path


def _error(message: str) -> None:
    print(f"statement: {message}", file=sys.stderr)


def run_statement(customer_code: str, date_from: str | None, date_to: str | None, output: Path,
                  db: str | Path) -> int:
    """Issue the statement of the customer with this code for [--from, --to] (both days
    included; missing: the day after its last statement / its first movement, and today) into
    `output`. Exit 0 with one line on stdout; 2 with one line on stderr for a bad date or a
    backwards period (before the database is opened); 1 with one line, nothing recorded, when
    the database or the customer is missing, the period ends after today, our company's name
    is missing, `output` cannot be written, or the database has a problem."""
    from cli.to_file import issue_to_file
    from services.core.errors import ValidationError
    from services.core.parsing import parse_date
    from services.papers.statements import find_customer_id, issue_statement

    try:
        first = parse_date(date_from, "--from", required=False)
        last = parse_date(date_to, "--to", required=False)
    except ValidationError as error:
        _error(str(error))
        return 2
    if first is not None and last is not None and first > last:
        _error("--from is after --to")
        return 2

    def issue(ctx, deliver):
        customer_id = find_customer_id(ctx.uow(), customer_code)
        return issue_statement(ctx.uow(), customer_id, first, last, deliver=deliver)

    made = issue_to_file("statement", db, output, issue,
                         f"no customer with code {customer_code!r}")
    if made is None:
        return 1
    print(f"statement: {made.number} {customer_code} {made.period_from}..{made.period_to} "
          f"opening ¥{made.opening} closing ¥{made.closing} -> {output}")
    return 0
