"""Figures measured in the bench process: services, the window's tabs and dialogs, documents.

One method per figure, each the one place to adapt when the app changes. The window is the
app's own MainWindow on the measured file, shown offscreen; the UI is driven through public
classes and waited on by what shows (tests/bench/qt.py). Floors are in tests/bench/floors.py.
"""
from __future__ import annotations

import datetime as dt
import os
import sqlite3
import tempfile
import time
from collections import Counter
from functools import cached_property
from pathlib import Path

from tests.bench import floors

PER_RUN_IOUS = 20      # IOUs drawn per run (each reported); fewer when the batch is smaller


def _timed(work) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


class Bench:
    """What the in-process figures share: the context, a raw connection for the floors, the
    window (made on first use), and the data chosen for realistic actions."""

    def __init__(self, db: Path, batch: int) -> None:
        self.db, self.batch = db, batch
        self.ious = max(1, min(PER_RUN_IOUS, batch))
        self.alerts: list | None = None
        self.alert_days = 5

    # -- shared ------------------------------------------------------------------------------
    @cached_property
    def ctx(self):
        from services.admin.bootstrap import open_context
        from services.core.clock import SystemClock

        # A file of an older schema is upgraded, as the app would; its backup goes to the
        # bench's temporary data folder, not beside the file.
        return open_context(self.db, SystemClock(), operator="bench",
                            backup_dir=self.scratch / "backups")

    @property
    def scratch(self) -> Path:
        """The bench's temporary data folder (set by __main__), else the system's."""
        return Path(os.environ.get("XDG_DATA_HOME") or tempfile.gettempdir())

    @cached_property
    def conn(self):
        return floors.connect(self.db)

    @property
    def today(self) -> dt.date:
        return self.ctx.clock.today()

    @cached_property
    def filter_text(self) -> str:
        """Two characters of customer names that about 2 % of customers share (九州, 仁和…):
        what a clerk types to find a customer or their contracts."""
        names = [r[0] for r in self.conn.execute("SELECT name FROM customer")]
        counts = Counter(pair for name in names
                         for pair in {name[i:i + 2] for i in range(len(name) - 1)})
        want = max(2, len(names) // 50)
        return min(sorted(counts), key=lambda pair: abs(counts[pair] - want))

    @cached_property
    def busy_customer(self) -> int:
        """The customer with the most contracts (the longest collection record)."""
        return self.conn.execute("SELECT customer_id FROM contract GROUP BY customer_id "
                                 "ORDER BY COUNT(*) DESC, customer_id LIMIT 1").fetchone()[0]

    @cached_property
    def window(self):
        from PySide6.QtCore import QSettings

        from tests.bench import qt
        from ui.main_window import MainWindow

        qt.app()
        # Never beside the measured file: the bench's own temporary data folder.
        QSettings().setValue("backup/folder", str(self.scratch / "backups"))
        window = MainWindow(self.ctx, "bench")
        window.show()
        qt.settle()
        return window

    def tab(self, kind):
        """The window's tab of this class, made current (and built, if tabs are built when
        first shown)."""
        from PySide6.QtWidgets import QTabWidget

        from tests.bench import qt

        tabs = self.window.findChild(QTabWidget)
        for index in range(tabs.count()):
            page = tabs.widget(index)
            if isinstance(page, kind) or page.findChild(kind) is not None:
                tabs.setCurrentIndex(index)
                qt.settle()
                return page if isinstance(page, kind) else page.findChild(kind)
        for index in range(tabs.count()):  # a placeholder until shown: show each in turn
            tabs.setCurrentIndex(index)
            qt.settle()
            found = self.window.findChild(kind)
            if found is not None and found.isVisible():
                return found
        raise LookupError(f"no {kind.__name__} in the window")

    def close(self) -> None:
        if "window" in self.__dict__:
            self.window.close()
        if "ctx" in self.__dict__:
            self.ctx.close()

    # -- start-up alerts -----------------------------------------------------------------------
    def alerts_computed(self) -> float:
        """What the window's alerts job does: the alert days, then compute_alerts."""
        from services.collection.alerts import compute_alerts
        from services.collection.rules import get_rules

        started = time.perf_counter()
        days = get_rules(self.ctx.uow()).alert_days
        found = compute_alerts(self.ctx.uow(), days=days)
        elapsed = time.perf_counter() - started
        self.alerts, self.alert_days = found, days
        return elapsed

    def alerts_floor(self) -> float:
        return _timed(lambda: floors.alerts(self.conn, self.today, self.alert_days))

    def alert_count(self) -> int:
        if self.alerts is None:
            self.alerts_computed()
        return len(self.alerts)

    def alert_parts(self) -> dict[str, float]:
        """bench_alerts' split of compute_alerts (private functions: rows are left out when
        they are gone)."""
        from services.collection import alerts

        today = self.today
        parts = {
            "alerts_installments": ("_installment_alerts", lambda f, s: f(s, today, today, 5)),
            "alerts_over_limit": ("_over_limit_alerts", lambda f, s: f(s, today, today)),
            "alerts_promises": ("_promise_alerts", lambda f, s: f(s, today, today.replace(day=1))),
            "alerts_follow_ups": ("_follow_up_alerts", lambda f, s: f(s, today)),
        }
        found = {}
        for key, (name, call) in parts.items():
            function = getattr(alerts, name, None)
            if function is None:
                continue
            with self.ctx.uow() as uow:
                found[key] = _timed(lambda f=function, u=uow, c=call: c(f, u.session))
        return found

    # -- the alerts dialog ---------------------------------------------------------------------
    def alerts_dialog(self) -> float:
        """AlertsDialog for the computed alerts, built and shown until its list is painted."""
        from tests.bench import qt
        from ui.alerts_dialog import AlertsDialog

        if self.alerts is None:
            self.alerts_computed()
        parent, made = self.window, []

        def show() -> None:
            made.append(AlertsDialog(self.alerts, self.alert_days, self.today, parent))
            made[0].show()

        elapsed = qt.until_painted(show, lambda: qt.first_view(made[0]) if made else None,
                                   lambda view: qt.has_rows(view) or not self.alerts)
        made[0].close()
        made[0].deleteLater()
        qt.settle()
        return elapsed

    # -- one keystroke in a filter -------------------------------------------------------------
    def _keystroke(self, kind) -> float:
        """The tab's model.set_filter(text) after the text less its last character (the
        keystroke before), until the first screen of rows is painted."""
        from tests.bench import qt

        tab = self.tab(kind)
        view = qt.first_view(tab)
        text = self.filter_text
        tab.model.set_filter(text[:-1])
        qt.settle()
        return qt.until_painted(lambda: tab.model.set_filter(text), lambda: view, qt.has_rows)

    def clear_filters(self) -> None:
        from tests.bench import qt
        from ui.contracts_tab import ContractsTab
        from ui.customers_tab import CustomersTab

        for kind in (CustomersTab, ContractsTab):
            found = self.window.findChild(kind)
            if found is not None:
                found.model.set_filter("")
        qt.settle()

    def customer_filter(self) -> float:
        from ui.customers_tab import CustomersTab

        return self._keystroke(CustomersTab)

    def customer_filter_floor(self) -> float:
        return _timed(lambda: floors.customer_filter(self.conn, self.filter_text))

    def contract_filter(self) -> float:
        from ui.contracts_tab import ContractsTab

        return self._keystroke(ContractsTab)

    def contract_filter_floor(self) -> float:
        return _timed(lambda: floors.contract_filter(self.conn, self.filter_text))

    # -- contracts sorted by outstanding -------------------------------------------------------
    def _contracts_view(self):
        from tests.bench import qt
        from ui.contracts_tab import ContractsTab
        from ui.labels import amount_label

        tab = self.tab(ContractsTab)
        view = qt.first_view(tab)
        model = view.model()
        if hasattr(model, "column_of"):
            column = model.column_of("outstanding")
        else:  # by the column's title
            from PySide6.QtCore import Qt

            titles = [model.headerData(c, Qt.Orientation.Horizontal)
                      for c in range(model.columnCount())]
            column = titles.index(amount_label("owed"))
        return view, column

    def contracts_sorted(self) -> float:
        """A click on the outstanding column's header (largest first), until painted."""
        from PySide6.QtCore import Qt

        from tests.bench import qt

        view, column = self._contracts_view()
        view.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # as the tab starts: newest first
        qt.settle()
        return qt.until_painted(lambda: view.sortByColumn(column, Qt.SortOrder.DescendingOrder),
                                lambda: view, qt.has_rows)

    def contracts_unsorted(self) -> None:
        from PySide6.QtCore import Qt

        from tests.bench import qt

        view, _column = self._contracts_view()
        view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        qt.settle()

    def contracts_sorted_floor(self) -> float:
        return _timed(lambda: floors.contracts_by_outstanding(self.conn))

    # -- the plan tab --------------------------------------------------------------------------
    def _show_month(self, tab, month: dt.date) -> None:
        """The one place that picks the plan's month the way a user does."""
        from PySide6.QtCore import QDate

        if hasattr(tab, "show_month"):
            tab.show_month(month)
        else:
            tab.month.setDate(QDate(month.year, month.month, 1))

    def plan_tab(self) -> dict[str, float]:
        """This month picked in the plan tab (coming from the month before) until painted;
        and the service alone (plan_rows) in the same run."""
        from services.collection.plan import plan_rows
        from tests.bench import qt
        from ui.plan_tab import PlanTab

        tab = self.tab(PlanTab)
        month = self.today.replace(day=1)
        self._show_month(tab, (month - dt.timedelta(days=1)).replace(day=1))
        qt.settle()
        shown = qt.until_painted(lambda: self._show_month(tab, month),
                                 lambda: qt.first_view(tab), qt.has_rows)
        service = _timed(lambda: plan_rows(self.ctx.uow(), month))
        return {"plan_tab": shown, "plan_service": service}

    @cached_property
    def plan_statement(self) -> str | None:
        """The plan service's own SQL for this month, compiled once (None if it cannot be)."""
        try:
            from services.collection.plan import plan_query

            query = plan_query(self.today.replace(day=1), self.today)
            return str(query.compile(dialect=self.ctx.engine.dialect,
                                     compile_kwargs={"literal_binds": True}))
        except Exception:  # the service changed shape: the floor written by hand instead
            return None

    def plan_floor(self) -> float:
        """The service's statement run raw; by hand (floors.plan) when it cannot be had."""
        if self.plan_statement is None:
            return _timed(lambda: floors.plan(self.conn, self.today.replace(day=1), self.today))
        return _timed(lambda: self.conn.execute(self.plan_statement).fetchall())

    # -- a customer's collection record --------------------------------------------------------
    def collection_record(self) -> dict[str, float]:
        """MainWindow.open_collection_record for the busiest customer until its first table
        is painted; and the service alone (collection_record)."""
        from services.collection.record import collection_record
        from tests.bench import qt

        opened = []
        shown = qt.until_painted(
            lambda: opened.append(self.window.open_collection_record(self.busy_customer)),
            lambda: qt.first_view(opened[0]) if opened else None)
        opened[0].close()
        qt.settle()
        service = _timed(lambda: collection_record(self.ctx.uow(), self.busy_customer))
        return {"collection_record": shown, "record_service": service}

    # -- the window after a save ---------------------------------------------------------------
    def frozen_after_save(self) -> dict[str, float]:
        """events.announce(CONTRACTS), as every dialog's save does, on the first tab. Frozen:
        the longest stretch the UI thread works without returning to the event loop (the
        announce and the paint that follows count as one). Refreshed: until all is idle."""
        from PySide6.QtWidgets import QApplication, QTabWidget

        from tests.bench import qt
        from ui.events import CONTRACTS

        self.window.findChild(QTabWidget).setCurrentIndex(0)
        qt.settle()
        started = time.perf_counter()
        self.window.events.announce(CONTRACTS)
        QApplication.instance().processEvents()
        first = time.perf_counter() - started
        longest = qt.settle()
        return {"frozen_after_save": max(first, longest),
                "refreshed_after_save": time.perf_counter() - started}

    # -- documents -----------------------------------------------------------------------------
    @cached_property
    def batch_service(self):
        """services.documents.batch when it is there (print_to_one_pdf), else None."""
        try:
            from services.documents import batch
        except ImportError:
            return None
        return batch if hasattr(batch, "print_to_one_pdf") else None

    @property
    def batch_how(self) -> str:
        return ("batch.print_to_one_pdf" if self.batch_service is not None
                else "render_price_confirmation × N")

    @cached_property
    def batch_contracts(self) -> list[int]:
        """What a clerk would print: the batch's candidates (confirmed, confirmation not back
        signed) first, then the newest contracts that are not cancelled."""
        ids: list[int] = []
        if self.batch_service is not None and hasattr(self.batch_service, "list_candidates"):
            ids = [c.contract_id for c in self.batch_service.list_candidates(self.ctx.uow())]
        ids = ids[:self.batch]
        chosen = set(ids)
        newest = [r[0] for r in self.conn.execute(
            "SELECT id FROM contract WHERE status != 'cancelled' ORDER BY signed_on DESC, id DESC "
            "LIMIT ?", (self.batch,))]
        return ids + [i for i in newest if i not in chosen][:self.batch - len(ids)]

    def _contents(self) -> list:
        from services.documents.printing import PREVIEW_NUMBER, price_confirmation_content

        contents = []
        for contract_id in self.batch_contracts:
            with self.ctx.uow() as uow:
                contents.append(price_confirmation_content(uow, contract_id, PREVIEW_NUMBER))
        return contents

    @cached_property
    def contents(self) -> list:
        return self._contents()

    def _batch_on_a_copy(self) -> float:
        """The batch service into one PDF, for real (numbered, recorded, written), on a copy
        of the measured file made for this run (untimed): the file itself is never written."""
        from services.admin.bootstrap import open_context
        from services.core.clock import SystemClock

        with tempfile.TemporaryDirectory(prefix="rkt-bench-batch-") as name:
            copy = Path(name) / "batch.sqlite3"
            source, target = floors.connect(self.db), sqlite3.connect(copy)
            source.backup(target)
            source.close()
            target.close()
            ctx = open_context(copy, SystemClock(), operator="bench")
            try:
                return _timed(lambda: self.batch_service.print_to_one_pdf(
                    ctx, self.batch_contracts, Path(name) / "batch.pdf"))
            finally:
                ctx.close()

    def price_confirmations(self) -> dict[str, float]:
        """The batch: services.documents.batch.print_to_one_pdf when it exists (on a copy),
        else render_price_confirmation for each contract's content (read beforehand, timed
        apart). Beside it, per document: an IOU and a 120-line price confirmation."""
        from services.documents.render import render_iou, render_price_confirmation
        from tests.documents.test_documents_render import iou, long_contract

        contents = self.contents
        render_price_confirmation(contents[0])  # the font loaded once per process, untimed
        found = {}
        if self.batch_service is not None:
            found["price_confirmations"] = self._batch_on_a_copy()
        else:
            found["price_confirmations"] = _timed(
                lambda: [render_price_confirmation(c) for c in contents])
            found["batch_content"] = _timed(self._contents)
        debt, big = iou(), long_contract(120)
        found["iou_each"] = _timed(lambda: [render_iou(debt) for _ in range(self.ious)]) / self.ious
        found["long_price_confirmation"] = _timed(lambda: render_price_confirmation(big))
        return found

    def price_confirmations_floor(self) -> float:
        from tests.bench.reportlab_floor import draw_page, draw_pages, register_font

        contents = self.contents
        register_font()
        draw_page(contents[0])  # untimed, as for ours
        return _timed(lambda: draw_pages(contents))

    # -- services the old bench_*.py measured -----------------------------------------------------
    def customer_list(self) -> float:
        from services.core.listing import ListQuery
        from services.ledger.customers import customer_ids, customer_rows

        def work() -> None:
            ids = customer_ids(self.ctx.uow(), ListQuery(sort="code"))
            customer_rows(self.ctx.uow(), ids[:200])

        return _timed(work)

    def contract_list(self, sort: str) -> float:
        from services.core.listing import ListQuery
        from services.ledger.contract_list import contract_ids, contract_rows

        def work() -> None:
            ids = contract_ids(self.ctx.uow(), ListQuery(sort=sort, descending=True))
            contract_rows(self.ctx.uow(), ids[:200])

        return _timed(work)

    def follow_ups_due(self) -> float:
        from services.collection.follow_ups import follow_ups_due

        with self.ctx.uow() as uow:
            return _timed(lambda: follow_ups_due(uow.session, self.today))

    def promise_views(self) -> dict[str, float]:
        from services.collection.promises import promise_views

        today, found = self.today, {}
        cases = {"promises_all": {}, "promises_month": {"since": today.replace(day=1)},
                 "promises_yesterday": {"since": today - dt.timedelta(days=1)},
                 "promises_customer": {"customer_ids": [self.busy_customer]}}
        for key, args in cases.items():
            with self.ctx.uow() as uow:
                found[key] = _timed(lambda a=args, u=uow: promise_views(u.session, today, **a))
        return found

    # -- the aging report (issue 12) -------------------------------------------------------------
    @property
    def year_ago(self) -> dt.date:
        """The same day a year before today (28 February for a 29th)."""
        today = self.today
        try:
            return today.replace(year=today.year - 1)
        except ValueError:
            return today.replace(year=today.year - 1, day=28)

    def aging(self, as_of: dt.date) -> float:
        """services.reports.aging as of the day, by due date, the default edges: what the aging
        view runs off the UI thread."""
        from services.reports.aging import aging

        return _timed(lambda: aging(self.ctx.uow(), as_of))

    def aging_floor(self, as_of: dt.date) -> float:
        return _timed(lambda: floors.aging(self.conn, as_of, self.today))

    # -- the other reports of issue 12 (no goals: times only) ----------------------------------
    def priority_list(self) -> float:
        """services.reports.priority.priority_list as of today (every customer ranked)."""
        from services.reports.priority import priority_list

        return _timed(lambda: priority_list(self.ctx.uow()))

    def collection_rate(self) -> dict[str, float]:
        """services.reports.rate: this month per salesperson, and the 12 months ending with it."""
        from services.reports.rate import collection_rate, rate_history

        month = self.today.replace(day=1)
        return {"report_rate": _timed(lambda: collection_rate(self.ctx.uow(), month)),
                "report_rate_history": _timed(lambda: rate_history(self.ctx.uow(), month))}

    def trend(self) -> float:
        """services.reports.trend.trend: the 12 months ending with this one."""
        from services.reports.trend import trend

        return _timed(lambda: trend(self.ctx.uow(), self.today))
