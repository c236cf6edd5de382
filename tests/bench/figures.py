"""Every figure of issue 11's table, in its order, with its floor and goal; then the figures
the old tests/bench_*.py printed (services, documents, the demo), without goals.

    figure                              ours                                  floor
    start-up to the window painted      main window's first table painted     bare PySide6 + SQLAlchemy
      with data                           with rows, from process start         + one query + a table
    start-up alerts computed            alert days + compute_alerts           raw SQL
    alerts dialog shown                 AlertsDialog shown until painted      -
    one keystroke in a filter           tab.model.set_filter(text) until      raw SQL LIKE + first
                                          the first screen is painted           screen's rows
    contracts sorted by outstanding     header click until painted            raw SQL over the cache
    plan tab for one month              month picked until painted            raw SQL of the plan
    aging report as of today /          services.reports.aging (what the      raw SQL: per customer
      a year ago                          view runs off the UI thread)          owed + credit, one
                                                                                GROUP BY, no buckets
    a customer's collection record      open_collection_record until painted  -
    the window frozen after saving      events.announce(CONTRACTS): longest   -
                                          UI-thread stretch
    N price confirmations in a batch    render_price_confirmation × N         reportlab canvas alone
    peak memory: session / demo         ru_maxrss of a child process          -
    import: read + check N receivable   open_file + check_file of a generated  python-calamine's bare
      rows (.xlsx)                        .xlsx (tests/bench/imports.py)         to_python() of it
    import: write N receivable rows     run_import into a fresh empty          sqlite3 executemany of
                                          database                               N contract rows
"""
from __future__ import annotations

from tests.bench import processes
from tests.bench.database import SIZES
from tests.bench.imports import ImportBench
from tests.bench.inprocess import Bench
from tests.bench.measure import MEGABYTES, Figure, Goal

RAW_SQL = "raw SQL (sqlite3)"
AGING_FLOOR = ("raw SQL, one GROUP BY per customer: owed on the day (Σ each owed installment's "
               "remainder, no buckets) and unapplied credit (Σ payments − Σ allocations counting "
               "that day); today from the cached paid, a past day from the allocations")


def figures(bench: Bench, size: str, repeat: int) -> list[Figure]:
    customers, contracts = SIZES[size]
    memory_runs = max(1, min(repeat, 3))  # stable to a few MB; a 300k demo takes minutes
    imports = ImportBench(contracts, customers, bench.scratch)  # its file made on first use
    return [
        Figure("startup", "start-up to the window painted with data",
               lambda: processes.start_app(bench.db), lambda: processes.start_floor(bench.db),
               Goal(1.3, "×", at_most=True),
               floor_text="bare PySide6 + SQLAlchemy + one query + a QTableView"),
        Figure("alerts_computed", "start-up alerts computed", bench.alerts_computed,
               bench.alerts_floor, Goal(0.050), floor_text=RAW_SQL),
        Figure("alerts_dialog", "alerts dialog shown ({alerts:,} alerts)", bench.alerts_dialog,
               goal=Goal(0.150)),
        Figure("customer_filter", "one keystroke in the customer filter ('{text}')",
               bench.customer_filter, bench.customer_filter_floor, Goal(0.050),
               floor_text="raw SQL LIKE + the first screen's rows"),
        Figure("contract_filter", "one keystroke in the contract filter ('{text}')",
               bench.contract_filter, bench.contract_filter_floor, Goal(0.050),
               floor_text="raw SQL LIKE + the first screen's rows", done=bench.clear_filters),
        Figure("contracts_sorted", "contracts sorted by outstanding", bench.contracts_sorted,
               bench.contracts_sorted_floor, Goal(0.100),
               floor_text="raw SQL over the cached paid + the first screen's rows",
               done=bench.contracts_unsorted),
        Figure("plan_tab", "plan tab for one month", bench.plan_tab, bench.plan_floor,
               Goal(0.100), floor_text="the plan service's own statement run raw (sqlite3)"),
        Figure("plan_service", "  the plan's service (plan_rows)", None, part_of="plan_tab"),
        Figure("aging_today", "aging report as of today (services.reports.aging)",
               lambda: bench.aging(bench.today), lambda: bench.aging_floor(bench.today),
               Goal(1.5, "×", at_most=True), floor_text=AGING_FLOOR),
        Figure("aging_year_ago", "aging report as of a year ago ({year_ago})",
               lambda: bench.aging(bench.year_ago), lambda: bench.aging_floor(bench.year_ago),
               Goal(1.5, "×", at_most=True), floor_text=AGING_FLOOR),
        Figure("collection_record", "a customer's collection record window",
               bench.collection_record, goal=Goal(0.050),
               note="the customer with the most contracts"),
        Figure("record_service", "  its service (collection_record)", None,
               part_of="collection_record"),
        Figure("frozen_after_save", "the window frozen after saving any dialog",
               bench.frozen_after_save, goal=Goal(0.100)),
        Figure("refreshed_after_save", "  until every tab has refreshed", None,
               part_of="frozen_after_save"),
        Figure("price_confirmations", "{batch} price confirmations in a batch ({batch_how})",
               bench.price_confirmations, bench.price_confirmations_floor,
               Goal(15.0 * bench.batch / 500, extra=", off the UI thread"),
               floor_text="reportlab's canvas alone, a comparable page each", warm=False,
               note="the batch service on a copy of the file; without it, drawing only"),
        Figure("batch_content", "  their content read from the database", None,
               part_of="price_confirmations", optional=True),
        Figure("iou_each", f"  one IOU (mean of {bench.ious})", None,
               part_of="price_confirmations"),
        Figure("long_price_confirmation", "  a 120-line price confirmation", None,
               part_of="price_confirmations"),
        Figure("session_memory", "peak memory of a short working session",
               lambda: processes.session_memory(bench.db, bench.filter_text,
                                                bench.busy_customer),
               goal=Goal(250, MEGABYTES), unit=MEGABYTES, runs=memory_runs, warm=False,
               note="start, every tab, two filters, a collection record, the alerts"),
        Figure("demo_memory", f"peak memory of writing the demo ({customers:,} / {contracts:,})",
               lambda: processes.demo_memory(customers, contracts), goal=Goal(250, MEGABYTES),
               unit=MEGABYTES, runs=memory_runs, warm=False),
        Figure("demo_time", "  writing the demo (main.py demo)", None, part_of="demo_memory"),
        # -- issue 14: importing, into a fresh empty database (the size's rows and customers) ----
        Figure("import_read", f"import: read + check {contracts:,} receivable rows (.xlsx)",
               imports.read_check, imports.read_floor, Goal(15.0),
               floor_text="python-calamine's bare to_python() of the same file",
               note=f"open_file + check_file; {customers:,} customers"),
        Figure("import_write", f"import: write {contracts:,} receivable rows",
               imports.write, imports.write_floor, Goal(60.0),
               floor_text="sqlite3 executemany INSERT of as many contract rows",
               note="run_import into a fresh empty SQLite file: customers, contracts, lines, "
                    "installments, opening payments and allocations", runs=memory_runs,
               warm=False),
        # -- what the old bench_*.py printed: services alone, no goals ----------------------------
        Figure("customer_list", "service: customer ids (code) + first 200 rows",
               bench.customer_list),
        Figure("contract_list_number", "service: contract ids (number) + first 200 rows",
               lambda: bench.contract_list("number")),
        Figure("contract_list_outstanding", "service: contract ids (outstanding) + first 200 rows",
               lambda: bench.contract_list("outstanding")),
        Figure("alert_parts", "service: alerts, parts", bench.alert_parts, optional=True),
        Figure("alerts_installments", "  installments (due soon + overdue)", None,
               part_of="alert_parts", optional=True),
        Figure("alerts_over_limit", "  over the limit", None, part_of="alert_parts",
               optional=True),
        Figure("alerts_promises", "  promises", None, part_of="alert_parts", optional=True),
        Figure("alerts_follow_ups", "  follow-ups", None, part_of="alert_parts", optional=True),
        Figure("follow_ups_due", "service: follow_ups_due", bench.follow_ups_due),
        Figure("promise_views", "service: promise_views", bench.promise_views),
        Figure("promises_all", "  all", None, part_of="promise_views"),
        Figure("promises_month", "  since the 1st of the month", None, part_of="promise_views"),
        Figure("promises_yesterday", "  since yesterday", None, part_of="promise_views"),
        Figure("promises_customer", "  one customer", None, part_of="promise_views"),
        # -- issue 12's other reports: services alone, no goals --------------------------------
        Figure("report_priority", "service: priority list as of today (priority_list)",
               bench.priority_list),
        Figure("report_rate", "service: collection rate for this month (collection_rate)",
               bench.collection_rate),
        Figure("report_rate_history", "  the 12 months per salesperson (rate_history)", None,
               part_of="report_rate"),
        Figure("report_trend", "service: trend of the last 12 months (trend)", bench.trend),
    ]
