"""回款通 (Receivables Desk): start the window, or run a command for scripts and tests.

    python main.py                  open the window on the usual database
    python main.py --demo           open the window on the demo database (created if missing)
    python main.py --db FILE        open the window on another database file
    python main.py demo --db FILE   write a demo database and exit
    python main.py print price-confirmation|iou CONTRACT_NO -o FILE.pdf [--db FILE]
        [--pay-by YYYY-MM-DD]       an IOU needs the repayment date agreed with the customer
    python main.py alerts [--db FILE] [--as-of YYYY-MM-DD] [--days N] [--json]
    python main.py report aging|priority|rate [--db FILE] [--as-of YYYY-MM-DD]
        [--by due|delivery] [--month YYYY-MM] [--salesperson NAME] [--json | -o FILE.xlsx|.pdf]
                                    print a report, as JSON, or write it to .xlsx or .pdf
    python main.py statement CUSTOMER_CODE [--from DATE] [--to DATE] -o FILE.pdf [--db FILE]
    python main.py dunning [--date DATE] [--dry-run] [-o FOLDER] [--manager NAME] [--db FILE]
                                    issue the day's dunning letters (催款函); idempotent
    python main.py import customers|contracts|receivables|payments FILE [--db FILE]
        [--sheet NAME] [--mapping FILE.json] [--encoding gbk] [--header-row N] [--us-dates]
        [--rest oldest|credit] [--dry-run] [--valid-only [--rejected FILE.xlsx]]
                                    bring records in from .xlsx, .xls or .csv; all or nothing
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="main.py", description="回款通 Receivables Desk")
    parser.add_argument("--db", help="database file (or a SQLAlchemy URL)")
    parser.add_argument("--demo", action="store_true", help="open the demo database")
    parser.add_argument("--self-test", action="store_true",
                        help="write one contract and one PDF in a temporary database, then exit")
    commands = parser.add_subparsers(dest="command")
    demo = commands.add_parser("demo", help="write a demo database and exit")
    demo.add_argument("--db", dest="demo_db", required=True, help="file to write")
    demo.add_argument("--customers", type=int, default=40)
    demo.add_argument("--contracts", type=int, default=300)
    demo.add_argument("--seed", type=int, default=2026)
    demo.add_argument("--force", action="store_true", help="replace an existing file")
    printing = commands.add_parser("print", help="write a document for a contract to a PDF")
    printing.add_argument("kind", choices=["price-confirmation", "iou"])
    printing.add_argument("contract_number")
    printing.add_argument("-o", "--output", required=True, help="PDF file to write")
    printing.add_argument("--db", dest="print_db", help="database file (default: the usual one)")
    printing.add_argument("--pay-by", dest="pay_by", metavar="YYYY-MM-DD",
                          help="iou: the repayment date agreed with the customer (required)")
    alerts = commands.add_parser("alerts", help="print what is due soon, overdue or promised")
    alerts.add_argument("--db", dest="alerts_db", help="database file (default: the usual one)")
    # --as-of and --days are read by run_alerts with the app's own parsing (one line, exit 2).
    alerts.add_argument("--as-of", help="the day to look from, YYYY-MM-DD (default: today)")
    alerts.add_argument("--days", help="how many days ahead count as due soon "
                        "(default: the alert days setting)")
    alerts.add_argument("--json", action="store_true", help="one JSON object per alert")
    report = commands.add_parser(
        "report", help="print a report (aging, priority, rate) or write it to .xlsx or .pdf")
    report.add_argument("name", choices=["aging", "priority", "rate"])
    report.add_argument("--db", dest="report_db", metavar="FILE",
                        help="database file (default: the usual one)")
    # The options are read by cli.reports.run_report with the app's own parsing (one line,
    # exit 2), which also refuses an option the report does not take.
    report.add_argument("--as-of", dest="report_as_of", metavar="DATE",
                        help="aging, priority: the day the report is as of, YYYY-MM-DD "
                        "(default: today)")
    report.add_argument("--by", dest="report_by", metavar="due|delivery",
                        help="aging: age by due date (due, the default) or by delivery date "
                        "(delivery)")
    report.add_argument("--month", dest="report_month", metavar="YYYY-MM",
                        help="rate: the month, YYYY-MM (default: this month)")
    report.add_argument("--salesperson", dest="report_salesperson", metavar="NAME",
                        help="only the customers of this salesperson")
    report.add_argument("--json", dest="report_json", action="store_true",
                        help="JSON for scripts, amounts as exact strings")
    report.add_argument("-o", "--output", dest="report_output", metavar="FILE",
                        help="write the report to FILE.xlsx or FILE.pdf (A4 landscape)")
    statement = commands.add_parser(
        "statement", help="issue a customer's statement (对账确认函) into a PDF file")
    statement.add_argument("customer_code")
    # --from and --to are read by cli.statement.run_statement with the app's parsing (exit 2).
    statement.add_argument("--from", dest="statement_from", metavar="DATE",
                           help="first day, YYYY-MM-DD (default: the day after the last "
                           "statement, or the first movement)")
    statement.add_argument("--to", dest="statement_to", metavar="DATE",
                           help="last day, YYYY-MM-DD (default: today)")
    statement.add_argument("-o", "--output", dest="statement_output", required=True,
                           metavar="FILE.pdf", help="PDF file to write")
    statement.add_argument("--db", dest="statement_db", metavar="FILE",
                           help="database file (default: the usual one)")
    dunning = commands.add_parser(
        "dunning", help="issue the dunning letters (催款函) due on a day; nothing new on repeat")
    # --date is read by cli.dunning.run_dunning_command with the app's parsing (exit 2).
    dunning.add_argument("--date", dest="dunning_date", metavar="DATE",
                         help="the letters' date, YYYY-MM-DD (default: today)")
    dunning.add_argument("--dry-run", dest="dunning_dry_run", action="store_true",
                         help="print what would be issued, record nothing")
    dunning.add_argument("-o", "--output", dest="dunning_output", metavar="FOLDER",
                         help="write each letter of the day into FOLDER as a PDF")
    dunning.add_argument("--manager", dest="dunning_manager", metavar="NAME", default="",
                         help="the manager who issues the lawyer's letters (律师函)")
    dunning.add_argument("--db", dest="dunning_db", metavar="FILE",
                         help="database file (default: the usual one)")
    importing = commands.add_parser(
        "import", help="import customers, contracts, open receivables or payments from "
        ".xlsx, .xls or .csv (one transaction: all or nothing, or --valid-only)")
    importing.add_argument("import_kind", metavar="KIND",
                           choices=["customers", "contracts", "receivables", "payments"],
                           help="customers, contracts, receivables or payments")
    importing.add_argument("import_file", metavar="FILE", help=".xlsx, .xls, .csv or .txt")
    importing.add_argument("--db", dest="import_db", metavar="FILE",
                           help="database file (default: the usual one; created if missing)")
    importing.add_argument("--sheet", dest="import_sheet", metavar="NAME",
                           help="the worksheet (default: the first)")
    importing.add_argument("--mapping", dest="import_mapping", metavar="FILE.json",
                           help="JSON {field: header, column letter or number} (default: the "
                           "mapping remembered for these headers, else found by their names)")
    importing.add_argument("--encoding", dest="import_encoding", metavar="NAME",
                           help="a CSV's encoding: utf-8, gbk, gb18030, utf-16 (default: "
                           "detected)")
    importing.add_argument("--header-row", dest="import_header_row", type=int, metavar="N",
                           help="the row of the column names, from 1 (default: found)")
    importing.add_argument("--us-dates", dest="import_us_dates", action="store_true",
                           help="read 3/5/2024 as March 5 (a file made in US order)")
    importing.add_argument("--rest", dest="import_rest", default="oldest",
                           choices=["oldest", "credit"],
                           help="payments naming a contract: what it does not owe pays the "
                           "oldest due first (default) or stays as credit")
    importing.add_argument("--dry-run", dest="import_dry_run", action="store_true",
                           help="say what would be created, updated and skipped; write nothing")
    importing.add_argument("--valid-only", dest="import_valid_only", action="store_true",
                           help="import the valid rows; write the refused ones to an .xlsx")
    importing.add_argument("--rejected", dest="import_rejected", metavar="FILE.xlsx",
                           help="with --valid-only: where the refused rows go (default: "
                           "beside FILE, named …-未导入.xlsx)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None and not args.self_test:
        from ui.app import run_gui

        return run_gui(db=args.db, demo=args.demo)
    try:
        return run_command(args)
    except BrokenPipeError:
        # The reader went away (`report … | head`): stop quietly, as Unix tools do. Python's
        # advice: point stdout at devnull so flushing at exit does not raise again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141  # 128 + SIGPIPE, what a shell reports for a tool stopped by a closed pipe
    except Exception as error:
        # The environment (a locked, read-only, full or damaged database, a lost server): one
        # line and a non-zero exit, never a traceback. Anything else is a bug: let it show.
        from services.core.environment import problem_from

        problem = problem_from(error)
        if problem is None:
            raise
        print(f"{args.command or 'self-test'}: {problem}", file=sys.stderr)
        return 1


def run_command(args: argparse.Namespace) -> int:
    if args.self_test:
        from cli.commands import run_self_test
        from ui.pdf_pages import count_pages

        return run_self_test(count_pages)
    if args.command == "demo":
        from cli.commands import run_demo

        return run_demo(Path(args.demo_db), args.customers, args.contracts, args.seed, args.force)
    if args.command == "print":
        from cli.commands import run_print
        from services.admin.bootstrap import default_db_path

        db = args.print_db or args.db or default_db_path()
        return run_print(args.kind.replace("-", "_"), args.contract_number, Path(args.output), db,
                         pay_by=args.pay_by)
    if args.command == "alerts":
        from cli.commands import run_alerts
        from services.admin.bootstrap import default_db_path

        return run_alerts(args.alerts_db or args.db or default_db_path(), args.as_of, args.days,
                          args.json)
    if args.command == "report":
        from cli.reports import run_report
        from services.admin.bootstrap import default_db_path

        return run_report(args.name, args.report_db or args.db or default_db_path(),
                          as_of=args.report_as_of, by=args.report_by, month=args.report_month,
                          salesperson=args.report_salesperson, as_json=args.report_json,
                          output=args.report_output)
    if args.command == "statement":
        from cli.statement import run_statement
        from services.admin.bootstrap import default_db_path

        return run_statement(args.customer_code, args.statement_from, args.statement_to,
                             Path(args.statement_output),
                             args.statement_db or args.db or default_db_path())
    if args.command == "dunning":
        from cli.dunning import run_dunning_command
        from services.admin.bootstrap import default_db_path

        return run_dunning_command(args.dunning_db or args.db or default_db_path(),
                                   args.dunning_date, dry_run=args.dunning_dry_run,
                                   folder=args.dunning_output, manager=args.dunning_manager)
    if args.command == "import":
        from cli.imports import run_import_command
        from services.admin.bootstrap import default_db_path

        return run_import_command(
            args.import_kind, Path(args.import_file), args.import_db or args.db or default_db_path(),
            sheet=args.import_sheet,
            mapping_file=Path(args.import_mapping) if args.import_mapping else None,
            encoding=args.import_encoding, header_row=args.import_header_row,
            dry_run=args.import_dry_run, valid_only=args.import_valid_only,
            us_dates=args.import_us_dates, rest=args.import_rest,
            rejected=Path(args.import_rejected) if args.import_rejected else None)
    raise AssertionError(f"unknown command {args.command}")


if __name__ == "__main__":
    sys.exit(main())
