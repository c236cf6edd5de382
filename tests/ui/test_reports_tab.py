"""The Reports tab and its aging view: loaded off the UI thread when first shown, the as-of day
and salesperson filters, the drill-down, export and print of what is shown."""
from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt

from services.collection import rules
from tests.factories import make_contract, make_customer, pay
from ui.report_view import KEY_ROLE, VALUE_ROLE, WARN


@pytest.fixture
def reports(ctx, window, qtbot):
    """A (王丽) owes 300 due 10-01 (54 days on 11-24) and 700 due 11-30; B (李娜) owes 2,000
    due 2026-06-01, paid 500 on 11-20."""
    a = make_customer(ctx, "A01", "甲公司", salesperson="王丽")
    b = make_customer(ctx, "B02", "乙公司", salesperson="李娜")
    make_contract(ctx, a, lines=[("1", "1000")], signed_on="2026-08-01",
                  installments=[("2026-10-01", "300"), ("2026-11-30", "700")])
    contract_b, _ = make_contract(ctx, b, lines=[("1", "2000")], signed_on="2026-05-01",
                                  installments=[("2026-06-01", "2000")])
    pay(ctx, b, "500", received_on="2026-11-20", contract_id=contract_b)
    tab = window.reports_tab
    window.tabs.setCurrentWidget(tab)
    view = tab.views[0]
    qtbot.waitUntil(lambda: view.report_table() is not None and not view.is_busy())
    tab.ids = {"a": a, "b": b}
    return tab


def rows_by_code(view) -> dict[str, list]:
    model = view.model
    return {model.rows[r][0]: model.rows[r] for r in range(len(model.rows))}


def test_aging_view_shows_each_customer_in_its_bucket_with_totals(reports):
    view = reports.views[0]
    assert reports.pages.tabText(0) == "应收账龄"
    rows = rows_by_code(view)
    # 未到期 | 1–30 | 31–60 | 61–90 | 91–180 | 181–365 | 365 以上 | 合计 | 预收 | 净额
    assert rows["A01"][3:13] == [Decimal(x) for x in (
        "700.00", "0.00", "300.00", "0.00", "0.00", "0.00", "0.00", "1000.00", "0.00", "1000.00")]
    assert rows["B02"][3 + 4] == Decimal("1500.00")  # 176 days: 91–180
    model = view.model
    totals_row = model.rowCount() - 1
    assert model.index(totals_row, 0).data() == "合计"
    assert model.index(totals_row, 10).data(VALUE_ROLE) == Decimal("2500.00")
    assert view.chart is not None


def test_as_of_a_past_day_and_salesperson_filter(reports, qtbot):
    view = reports.views[0]
    reports.as_of.setDate(QDate(2026, 11, 10))  # before B's 500 came in
    qtbot.waitUntil(lambda: not view.is_busy() and view.report_table().about[0].find("2026") >= 0)
    qtbot.waitUntil(lambda: rows_by_code(view).get("B02", [0] * 11)[10] == Decimal("2000.00"))
    reports.salesperson.setCurrentIndex(reports.salesperson.findData("王丽"))
    qtbot.waitUntil(lambda: list(rows_by_code(view)) == ["A01"])
    assert any("王丽" in line for line in view.report_table().about)


def test_edges_from_the_settings_and_grouping(ctx, reports, qtbot):
    rules.save_rules(ctx.uow(), rules.RulesInput("5", "0", {}, "", "60, 120"))
    view = reports.views[0]
    reports.refresh_all()
    qtbot.waitUntil(lambda: len(view.model.columns) == 3 + 4 + 3)
    assert [c.title for c in view.model.columns[3:7]] == ["未到期", "1–60", "61–120", "120 以上"]
    view.grouped.setChecked(True)
    labels = [row[1] for row in view.model.rows]
    assert "小计：李娜" in labels and "小计：王丽" in labels


def test_double_click_lists_the_installments_behind_a_cell(reports, qtbot):
    view = reports.views[0]
    model = view.model
    row = next(r for r in range(len(model.rows)) if model.rows[r][0] == "A01")
    index = model.index(row, 3 + 2)  # 31–60: the 300 due 10-01
    assert index.data(KEY_ROLE) == reports.ids["a"]
    view.table.doubleClicked.emit(index)
    qtbot.waitUntil(lambda: getattr(view, "items_dialog", None) is not None)
    items = view.items_dialog.items
    assert [(i.due_date, i.remaining, i.days_overdue) for i in items] == [
        (dt.date(2026, 10, 1), Decimal("300.00"), 54)]


def red(model, row: int, column: int) -> bool:
    return model.index(row, column).data(Qt.ItemDataRole.ForegroundRole) == WARN


def test_grouped_aging_is_not_sorted_and_subtotals_are_never_red(reports):
    """Grouped: B02, 小计：李娜, A01, 小计：王丽. Sorting is off (a subtotal would leave its
    group); even sorted by hand (by name: B02, both subtotals, A01), the red cells are the
    customers' amounts 31 days and older, never a subtotal's."""
    view = reports.views[0]
    view.grouped.setChecked(True)
    assert not view.table.isSortingEnabled()
    model = view.model
    model.sort(1, Qt.SortOrder.AscendingOrder)
    names = [row[1] for row in model.rows]
    assert names == ["乙公司", "小计：李娜", "小计：王丽", "甲公司"]
    assert red(model, 0, 3 + 4)                                      # B02's 1,500 in 91–180
    assert not red(model, 1, 3 + 4) and not red(model, 2, 3 + 2)     # the subtotals
    assert red(model, 3, 3 + 2)                                      # A01's 300 in 31–60
    view.grouped.setChecked(False)
    assert view.table.isSortingEnabled()


def test_aging_items_red_days_follow_their_rows_when_sorted(qtbot):
    from services.reports.aging_detail import AgingItem
    from ui.aging_view import DAYS_COLUMN, AgingItemsDialog
    from ui.report_view import ReportActions

    items = [AgingItem(1, 1, "BJ-1", dt.date(2026, 10, 1), None, Decimal("300.00"), Decimal(0),
                       Decimal("300.00"), 54, 54, 2),
             AgingItem(2, 1, "BJ-1", dt.date(2026, 11, 30), None, Decimal("700.00"), Decimal(0),
                       Decimal("700.00"), 0, 0, 0)]
    dialog = AgingItemsDialog(1, "甲公司", "全部", dt.date(2026, 11, 24), items,
                              ReportActions(*(lambda _id: None,) * 4))
    qtbot.addWidget(dialog)
    dialog.view.sortByColumn(1, Qt.SortOrder.DescendingOrder)  # 11-30 first
    assert dialog.model.rows[0][1] == dt.date(2026, 11, 30)
    assert not red(dialog.model, 0, DAYS_COLUMN) and red(dialog.model, 1, DAYS_COLUMN)


def test_a_drill_down_during_a_reload_keeps_the_newer_report(reports, qtbot):
    """A double-click while the view reloads for another day: the dialog opens for the cell
    clicked, and the reload's report (not the old one) is what the view then shows."""
    view = reports.views[0]
    model = view.model
    row = next(r for r in range(len(model.rows)) if model.rows[r][0] == "A01")
    view.set_filters(dt.date(2026, 11, 10), "")   # the reload starts…
    assert view.is_busy()
    view.table.doubleClicked.emit(model.index(row, 3 + 2))  # …and a cell is double-clicked
    qtbot.waitUntil(lambda: getattr(view, "items_dialog", None) is not None)
    qtbot.waitUntil(lambda: not view.is_busy())
    assert view._report.as_of == dt.date(2026, 11, 10)
    assert rows_by_code(view)["B02"][10] == Decimal("2000.00")  # before B's 500 came in
    assert "2026年11月24日" in view.items_dialog.windowTitle()  # the day of the cell clicked


def test_the_as_of_day_keeps_to_the_apps_dates_and_waits_for_the_whole_day(reports):
    from services.core.parsing import DATE_MAX, DATE_MIN

    assert reports.as_of.minimumDate().toPython() == DATE_MIN
    assert reports.as_of.maximumDate().toPython() == DATE_MAX
    assert not reports.as_of.keyboardTracking()


@pytest.mark.parametrize(("value", "kind", "text"), [
    (Decimal("0.6465"), "percent", "64.7%"), (Decimal("0.0005"), "percent", "0.1%"),
    (Decimal("1.25"), "percent", "125.0%"), (Decimal("16.25"), "days", "16.3"),
    (Decimal("12.5"), "days", "12.5")])
def test_percents_and_average_days_read_the_same_on_screen_and_on_paper(value, kind, text):
    from services.reports import export
    from ui.report_view import cell_text

    assert cell_text(value, kind) == export.cell_text(value, kind) == text


@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
def test_export_and_print_write_what_is_shown(reports, qtbot, tmp_path, kind):
    view = reports.views[0]
    path = tmp_path / f"aging.{kind}"
    reports.write(view.report_table(), kind, path)
    qtbot.waitUntil(lambda: getattr(reports, "last_written", None) is not None, timeout=20000)
    assert path.exists() and path.stat().st_size > 1000
    if kind == "xlsx":
        from openpyxl import load_workbook

        sheet = load_workbook(path).active
        values = [c for row in sheet.iter_rows(values_only=True) for c in row]
        assert "乙公司" in values and 2500 in [v for v in values if isinstance(v, (int, float))]


def test_charts_and_the_views_load_only_when_the_tab_is_first_shown(tmp_path):
    """A fresh process: the window up on the customers tab has not imported Qt Charts or the
    report views; showing the 报表 tab does."""
    root = Path(__file__).resolve().parents[2]
    script = """
import sys
from PySide6.QtWidgets import QApplication
from services.admin.bootstrap import open_context
from ui.main_window import MainWindow
app = QApplication([])
window = MainWindow(open_context(sys.argv[1], operator="t"), "t")
window.show()
app.processEvents()
before = [m for m in ("PySide6.QtCharts", "ui.aging_view", "ui.trend_view") if m in sys.modules]
window.tabs.setCurrentWidget(window.reports_tab)
app.processEvents()
print(before, "PySide6.QtCharts" in sys.modules, window.reports_tab.pages.count())
"""
    out = subprocess.run([sys.executable, "-c", script, str(tmp_path / "t.sqlite3")], cwd=root,
                         capture_output=True, text=True, timeout=120,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert out.stdout.split("\n")[-2] == "[] True 4", out.stderr
