"""The customers and contracts tabs' "只看逾期" and 业务员 filters, their totals row and
更多 › 导出 Excel… (issue 12), driven as a clerk would."""
from __future__ import annotations

import openpyxl
import pytest

from tests.ledger.test_list_filters import make_ledger
from ui.contracts_tab import ContractsTab
from ui.customers_tab import CustomersTab
from ui.events import CONTRACTS, CUSTOMERS, PAYMENTS, DataEvents


def _nothing(*_args):
    return None


@pytest.fixture
def ledger(ctx):
    return make_ledger(ctx)


@pytest.fixture
def customers_tab(qtbot, ctx, ledger):
    tab = CustomersTab(ctx, DataEvents(), _nothing, _nothing, _nothing)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 3)
    return tab


@pytest.fixture
def contracts_tab(qtbot, ctx, ledger):
    tab = ContractsTab(ctx, DataEvents(), _nothing, _nothing)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 5)
    return tab


def _totals(qtbot, tab, expected: str) -> None:
    qtbot.waitUntil(lambda: expected in tab.totals_label.text())


def _pick(combo, name: str) -> None:
    combo.setCurrentIndex(combo.findData(name))


def test_customers_overdue_only_and_salesperson_narrow_the_rows_and_the_totals(qtbot, customers_tab):
    tab = customers_tab
    assert [tab.salesperson_combo.itemText(i) for i in range(tab.salesperson_combo.count())] \
        == ["全部业务员", "王丽", "赵强"]
    _totals(qtbot, tab, "合计（3 个客户）")
    assert "应收余额 ¥2,000.00" in tab.totals_label.text()  # every customer's, not the page's
    assert "逾期金额 ¥700.00" in tab.totals_label.text()
    tab.overdue_check.setChecked(True)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    _totals(qtbot, tab, "合计（1 个客户）")
    assert "应收余额 ¥1,200.00" in tab.totals_label.text()
    _pick(tab.salesperson_combo, "赵强")  # combined: 赵强's customer owes nothing overdue
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0)
    _totals(qtbot, tab, "合计（0 个客户）")
    tab.overdue_check.setChecked(False)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    tab.filter_edit.setText("北京")  # the text filter combines too: 北京 is 王丽's
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0)


def test_contracts_salesperson_is_the_contracts_and_sorting_keeps_the_filter(qtbot, contracts_tab):
    tab = contracts_tab
    _totals(qtbot, tab, "合计（5 份合同）")
    assert "合同金额 ¥4,700.00" in tab.totals_label.text()
    _pick(tab.salesperson_combo, "赵强")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2)
    _totals(qtbot, tab, "合计（2 份合同）")
    assert "应收余额 ¥1,300.00" in tab.totals_label.text()
    tab.table.sortByColumn(tab.model.column_of("outstanding"), tab.table.horizontalHeader()
                           .sortIndicatorOrder())
    assert tab.model.rowCount() == 2
    tab.overdue_check.setChecked(True)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0)
    _pick(tab.salesperson_combo, "")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    _totals(qtbot, tab, "合计（1 份合同）")


def test_totals_follow_a_payment(qtbot, ctx, customers_tab, ledger):
    from tests.factories import pay

    tab = customers_tab
    _totals(qtbot, tab, "逾期金额 ¥700.00")
    pay(ctx, ledger["A"], "200")  # oldest due first: the overdue installment
    tab.events.announce(PAYMENTS)
    _totals(qtbot, tab, "逾期金额 ¥500.00")


def _sheet_rows(path):
    """(header, data rows, totals row) of an exported list."""
    sheet = openpyxl.load_workbook(path).active
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    header_at = int(sheet.freeze_panes[1:]) - 2  # the panes freeze below the header
    return rows[:header_at], rows[header_at], rows[header_at + 1:-1], rows[-1]


def test_export_writes_every_filtered_row_in_the_columns_shown(qtbot, tmp_path, monkeypatch,
                                                               contracts_tab):
    tab = contracts_tab
    target = tmp_path / "合同.xlsx"
    monkeypatch.setattr("ui.list_tab.ask_xlsx_path", lambda _parent, _stem: str(target))
    _pick(tab.salesperson_combo, "王丽")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 3)
    tab.table.setColumnHidden(tab.model.column_of("iou"), True)  # hidden: not written
    tab.export_excel()
    assert tab.export_status.busy.isVisibleTo(tab)
    qtbot.waitUntil(lambda: "已导出到" in tab.export_status.notice.text(), timeout=10000)
    assert not tab.export_status.busy.isVisibleTo(tab)
    assert 'href="file://' in tab.export_status.notice.text()  # a link to the file
    assert str(target) in tab.export_status.notice.text()
    about, header, rows, totals = _sheet_rows(target)
    assert about[0][0] == "合同列表"
    assert any("业务员：王丽" in (line[0] or "") for line in about)
    assert header[:3] == ["合同号", "客户", "业务员"] and "欠款确认书" not in header
    assert len(rows) == 3 and {r[2] for r in rows} == {"王丽"}
    total_column = header.index("合同金额")
    assert totals[0] == "合计（3 条）"
    assert totals[total_column] == pytest.approx(3400)  # 1,000 + 2,000 + 400, a number


def test_customers_export_with_overdue_only(qtbot, tmp_path, monkeypatch, customers_tab):
    tab = customers_tab
    target = tmp_path / "客户.xlsx"
    monkeypatch.setattr("ui.list_tab.ask_xlsx_path", lambda _parent, _stem: str(target))
    tab.overdue_check.setChecked(True)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    tab.export_excel()
    qtbot.waitUntil(lambda: "已导出到" in tab.export_status.notice.text(), timeout=10000)
    about, header, rows, _totals_row = _sheet_rows(target)
    assert any("只看逾期" in (line[0] or "") for line in about)
    assert len(rows) == 1 and rows[0][header.index("编码")] == "A01"
    assert rows[0][header.index("逾期金额")] == pytest.approx(700)


def test_a_salesperson_gone_from_the_list_clears_the_filter_not_the_rows(qtbot, ctx, ledger):
    from sqlalchemy import update

    from models import Customer
    from tests.factories import open_session
    events = DataEvents()
    tab = CustomersTab(ctx, events, _nothing, _nothing, _nothing)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 3)
    _pick(tab.salesperson_combo, "赵强")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    with open_session(ctx) as session:             # 赵强's customers go to 孙伟
        session.execute(update(Customer).where(Customer.salesperson == "赵强")
                        .values(salesperson="孙伟"))
        session.commit()
    events.announce(CUSTOMERS)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 3)
    assert tab.salesperson_combo.currentData() == "" and tab.model.query.salesperson == ""
    assert "孙伟" in [tab.salesperson_combo.itemData(i)
                      for i in range(tab.salesperson_combo.count())]


def test_the_salespeople_are_read_again_only_after_customers_or_contracts_change(
        qtbot, customers_tab, monkeypatch):
    tab, asked = customers_tab, []
    real = tab.salespeople
    monkeypatch.setattr(tab, "salespeople", lambda: asked.append(1) or real())
    tab.on_data_changed({PAYMENTS})
    assert asked == []
    tab.on_data_changed({CONTRACTS})
    assert asked == [1]


def test_the_lines_above_an_exported_list():
    import datetime as dt

    from ui.list_export import about_lines
    day = dt.date(2026, 3, 1)
    assert about_lines(day, []) == ["日期：2026年3月1日（金额按当天计）", "筛选：无（全部）"]
    assert about_lines(day, ["只看逾期", "业务员：王丽"], amounts_as_of=False) == [
        "日期：2026年3月1日", "筛选：只看逾期；业务员：王丽"]
