"""Checking an import's rows (services.imports.run.open_file + check_file, services.imports.rows):
the oddities of real files read as the values a clerk meant, and a value a dialog refuses
refused here with its row as Excel shows it and the file's own column header.

Every file is made by the test (tests/imports/files.py), in each format where it matters."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from services.core.errors import ValidationError
from services.imports import run
from services.imports.rows import CHECK_CHUNK, Cancelled, ImportOptions
from tests.imports.files import make_csv, make_xls, make_xlsx

RECEIVABLE_HEADERS = ["客户编码", "客户名称", "发票号", "日期", "到期日", "金额", "已收金额"]
FORMATS = ("xlsx", "xls", "csv")


def write(tmp_path, fmt: str, rows, name: str = "f", **kwargs):
    path = tmp_path / f"{name}.{fmt}"
    if fmt == "xlsx":
        return make_xlsx(path, rows, **kwargs)
    if fmt == "xls":
        return make_xls(path, rows, **kwargs)
    return make_csv(path, rows, **kwargs)


def checked(ctx, path, kind: str = "receivables", options: ImportOptions = ImportOptions()):
    opened = run.open_file(ctx.uow(), path, kind)
    return opened, run.check_file(opened, opened.mapping, options)


def values_by_row(result) -> dict[int, dict]:
    return {record.row: record.values for record in result.records}


def receivable(number: str, *, code="001", name="北京九州诊所", date="2024-03-05",
               due="2024-04-04", amount="100.00", paid="0") -> list:
    return [code, name, number, date, due, amount, paid]


# --- the oddities of real files --------------------------------------------------------------

@pytest.mark.parametrize("fmt", FORMATS)
def test_a_title_row_blank_rows_and_a_totals_row_are_not_records(ctx, tmp_path, fmt):
    merged = {"xlsx": {"merged": ["A1:G1"]}, "xls": {"merged": [(0, 0, 0, 6)]}, "csv": {}}[fmt]
    path = write(tmp_path, fmt, [
        ["北京九州医疗器械有限公司 应收账款明细表"] + [None] * 6,
        RECEIVABLE_HEADERS,
        receivable("FP-1", amount="100"),
        [None] * 7,
        receivable("FP-2", amount="250.50"),
        [None] * 7,
        ["合计", None, None, None, None, "350.50", "0"],
    ], **merged)
    opened, result = checked(ctx, path)
    assert opened.header_row == 1
    # The title merged over the header is a title, not a group of a two-level header.
    assert opened.headers == RECEIVABLE_HEADERS
    assert result.problems == [] and result.rows_read == 2
    assert {row: v["amount"] for row, v in values_by_row(result).items()} == {
        3: Decimal("100.00"), 5: Decimal("250.50")}


@pytest.mark.parametrize("fmt", ("xlsx", "xls"))
def test_merged_header_cells_name_their_columns(ctx, tmp_path, fmt):
    """A two-level header ("客户" over 编码 / 名称) and a header merged down two rows."""
    rows = [["客户", None, "发票号", "日期", "到期日", "金额", "已收金额"],
            ["编码", "名称", None, None, None, None, None],
            receivable("FP-1", amount="88.80")]
    merged = ({"merged": ["A1:B1", "C1:C2", "D1:D2", "E1:E2", "F1:F2", "G1:G2"]}
              if fmt == "xlsx" else
              {"merged": [(0, 0, 0, 1)] + [(0, 1, c, c) for c in range(2, 7)]})
    opened, result = checked(ctx, write(tmp_path, fmt, rows, **merged))
    assert opened.headers == RECEIVABLE_HEADERS
    assert result.problems == []
    assert values_by_row(result)[3]["customer_name"] == "北京九州诊所"
    assert values_by_row(result)[3]["amount"] == Decimal("88.80")


@pytest.mark.parametrize("fmt", FORMATS)
def test_numbers_stored_as_text_and_money_spellings(ctx, tmp_path, fmt):
    amounts = ["¥1,234.50", "1,234.50", "￥1,234.50", "1234.5", "１２３", "１，２３４．５０",
               " 1234.50 "]
    rows = [RECEIVABLE_HEADERS] + [receivable(f"FP-{i}", amount=a, paid="34.50")
                                   for i, a in enumerate(amounts)]
    _, result = checked(ctx, write(tmp_path, fmt, rows))
    assert result.problems == []
    got = [v["amount"] for v in values_by_row(result).values()]
    assert got == [Decimal("1234.50")] * 3 + [Decimal("1234.50"), Decimal("123.00"),
                                              Decimal("1234.50"), Decimal("1234.50")]
    assert {v["paid"] for v in values_by_row(result).values()} == {Decimal("34.50")}


def test_numbers_typed_as_numbers_in_excel_keep_their_cents(ctx, tmp_path):
    rows = [RECEIVABLE_HEADERS, ["001", "甲", "FP-1", dt.date(2024, 3, 5), dt.date(2024, 4, 4),
                                 1234.5, 0.1 + 0.2]]
    _, result = checked(ctx, make_xlsx(tmp_path / "n.xlsx", rows))
    assert values_by_row(result)[2]["amount"] == Decimal("1234.50")
    assert values_by_row(result)[2]["paid"] == Decimal("0.30")


@pytest.mark.parametrize("fmt", FORMATS)
def test_date_spellings_and_excel_day_counts(ctx, tmp_path, fmt):
    spellings = ["2024-03-05", "2024/3/5", "2024年3月5日", "20240305", "２０２４年３月５日",
                 "2024.3.5", 45356]
    rows = [RECEIVABLE_HEADERS] + [receivable(f"FP-{i}", date=d)
                                   for i, d in enumerate(spellings)]
    if fmt != "csv":
        rows.append(receivable("FP-date-cell", date=dt.date(2024, 3, 5)))
    _, result = checked(ctx, write(tmp_path, fmt, rows))
    assert result.problems == []
    assert {v["date"] for v in values_by_row(result).values()} == {dt.date(2024, 3, 5)}
    assert len(result.records) == len(rows) - 1


def test_an_excel_day_count_is_the_day_excel_shows(ctx, tmp_path):
    """A date column holding a plain number (the cell lost its date format) is Excel's count of
    days: the same day openpyxl (and Excel) show for it."""
    from openpyxl.utils.datetime import from_excel

    serials = [45356, 45357, 36526, 47000, 45356.75]  # .75: 18:00 that day
    rows = [RECEIVABLE_HEADERS] + [receivable(f"FP-{s}", date=s, due="2099-01-01")
                                   for s in serials]
    _, result = checked(ctx, make_xlsx(tmp_path / "s.xlsx", rows))
    assert result.problems == []
    assert [v["date"] for v in values_by_row(result).values()] == [
        from_excel(s).date() for s in serials]
    assert values_by_row(result)[2]["date"] == dt.date(2024, 3, 5)


@pytest.mark.parametrize("fmt", ("xlsx", "csv"))
def test_codes_keep_their_leading_zeros(ctx, tmp_path, fmt):
    rows = [RECEIVABLE_HEADERS, receivable("00012", code="001"), receivable("FP-2", code="0001"),
            receivable("FP-3", code="００２")]
    kwargs = {"formats": {"A2": "@", "A3": "@", "C2": "@"}} if fmt == "xlsx" else {}
    _, result = checked(ctx, write(tmp_path, fmt, rows, **kwargs))
    assert result.problems == []
    got = [(v["customer_code"], v["number"]) for v in values_by_row(result).values()]
    assert got[:2] == [("001", "00012"), ("0001", "FP-2")]


def test_us_dates_only_when_asked(ctx, tmp_path):
    rows = [RECEIVABLE_HEADERS, receivable("FP-1", date="3/5/2024", due="4/4/2024")]
    path = make_csv(tmp_path / "us.csv", rows)
    _, result = checked(ctx, path, options=ImportOptions(us_dates=True))
    assert result.problems == []
    assert values_by_row(result)[2]["date"] == dt.date(2024, 3, 5)
    assert values_by_row(result)[2]["due_date"] == dt.date(2024, 4, 4)
    _, refused = checked(ctx, path)
    # Day-first, 3/5/2024 is 3 May and 4/4 fine; 13/5 can only be refused, so check each one.
    bad = make_csv(tmp_path / "us13.csv", [RECEIVABLE_HEADERS,
                                           receivable("FP-1", date="3/13/2024", due="4/14/2024")])
    _, refused = checked(ctx, bad)
    assert [(p.row, p.column, p.value, p.reason) for p in refused.problems] == [
        (2, "日期", "3/13/2024", "not_a_date"), (2, "到期日", "4/14/2024", "not_a_date")]
    _, accepted = checked(ctx, bad, options=ImportOptions(us_dates=True))
    assert values_by_row(accepted)[2]["date"] == dt.date(2024, 3, 13)


# --- refused values: the row as Excel shows it and the file's column header ------------------

@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(("column", "value", "field", "reason"), [
    (5, "1,5", "amount", "not_a_number"),
    (5, "12.345", "amount", "too_precise"),
    (5, "-100", "amount", None),
    (5, "", "amount", "required"),
    (3, "2024-02-30", "date", "not_a_date"),
    (3, "1999-12-31", "date", None),
    (1, "北京\x7f诊所", "customer_name", "control_character"),
    (1, "北京\u202e诊所", "customer_name", "control_character"),
    (2, "", "number", "required"),
    (6, "200", "paid", "above_invoice"),
    (4, "2024-03-01", "due_date", "before_invoice_date"),
])
def test_a_value_the_dialog_refuses_is_refused_with_its_row(ctx, tmp_path, fmt, column, value,
                                                            field, reason):
    bad = receivable("FP-bad", amount="100")
    bad[column] = value
    rows = [["应收明细"], RECEIVABLE_HEADERS, receivable("FP-1"), [None] * 7, bad,
            receivable("FP-3")]
    _, result = checked(ctx, write(tmp_path, fmt, rows))
    assert [p.row for p in result.problems] == [5]
    (problem,) = result.problems
    assert (problem.field, problem.column) == (field, RECEIVABLE_HEADERS[column])
    if reason is not None:
        assert problem.reason == reason
    assert str(problem).startswith(f"row 5: {RECEIVABLE_HEADERS[column]}: ")
    assert sorted(r.row for r in result.records) == [3, 6]


def test_every_problem_of_a_row_is_listed(ctx, tmp_path):
    rows = [RECEIVABLE_HEADERS, ["001", "甲", "FP-1", "2024-13-01", "someday", "1,5", "abc"]]
    _, result = checked(ctx, make_xlsx(tmp_path / "m.xlsx", rows))
    assert [(p.row, p.column) for p in result.problems] == [
        (2, "日期"), (2, "到期日"), (2, "金额"), (2, "已收金额")]
    assert result.records == []


CUSTOMER_HEADERS = ["客户编码", "客户名称", "统一社会信用代码", "信用等级", "信用额度"]


@pytest.mark.parametrize(("column", "value", "field", "reason"), [
    (2, "91110000600037341X", "credit_code", "bad_check_character"),
    (3, "Q", "credit_rating", "not_allowed"),
    (4, "1,5", "credit_limit", "not_a_number"),
    (1, "客户\x7f", "name", "control_character"),
    (0, "", "code", "required"),
])
def test_a_customer_row_gets_the_customer_dialogs_own_check(ctx, tmp_path, column, value, field,
                                                            reason):
    good = ["001", "北京九州诊所", "91110000600037341L", "b", "200,000"]
    bad = list(good)
    bad[0] = "002"
    bad[column] = value
    path = make_xlsx(tmp_path / "c.xlsx", [CUSTOMER_HEADERS, good, bad])
    _, result = checked(ctx, path, "customers")
    assert [(p.row, p.field, p.column, p.reason) for p in result.problems] == [
        (3, field, CUSTOMER_HEADERS[column], reason)]
    (record,) = result.records
    assert record.values["credit_rating"] == "B"  # the letter in any case
    assert record.values["credit_limit"] == Decimal("200000.00")


@pytest.mark.parametrize(("kind", "rows", "field", "reason"), [
    ("payments", [["客户编码", "收款日期", "收款金额", "收款方式"],
                  ["001", "2024-04-01", "100", "飞鸽传书"]], "method", "not_allowed"),
    ("payments", [["客户编码", "收款日期", "收款金额"], ["001", "2024-04-01", "0"]],
     "amount", None),
    ("contracts", [["合同号", "客户编码", "签订日期", "到期日", "分期金额", "是否定金"],
                   ["XS-1", "001", "2024-03-05", "2024-04-05", "100", "也许"]],
     "is_deposit", "not_yes_no"),
    ("contracts", [["合同号", "客户编码", "签订日期", "到期日", "分期金额", "状态"],
                   ["XS-1", "001", "2024-03-05", "2024-04-05", "100", "已发货"]],
     "delivery_on", "required"),
    ("contracts", [["合同号", "客户编码", "签订日期", "到期日", "分期金额"],
                   ["XS-1", "001", "2024-03-05", "2024-03-01", "100"]],
     "due_date", "before_signed"),
])
def test_payment_and_contract_rows_are_checked_too(ctx, tmp_path, kind, rows, field, reason):
    _, result = checked(ctx, make_csv(tmp_path / "k.csv", rows), kind)
    (problem,) = result.problems
    assert (problem.row, problem.field) == (2, field)
    if reason is not None:
        assert problem.reason == reason


def test_a_missing_required_column_is_refused_before_any_row(ctx, tmp_path):
    path = make_csv(tmp_path / "nocode.csv", [["客户名称", "发票号", "日期", "到期日", "金额"],
                                              ["甲", "F1", "2024-03-05", "2024-04-04", "1"]])
    opened = run.open_file(ctx.uow(), path, "receivables")
    with pytest.raises(ValidationError) as caught:
        run.check_file(opened, opened.mapping)
    assert (caught.value.field, caught.value.reason) == ("customer_code", "not_mapped")


# --- the preview can be cancelled -------------------------------------------------------------

def test_cancelling_the_check_stops_it(ctx, tmp_path):
    rows = [RECEIVABLE_HEADERS] + [receivable(f"FP-{i}") for i in range(CHECK_CHUNK * 2 + 5)]
    opened = run.open_file(ctx.uow(), make_csv(tmp_path / "big.csv", rows), "receivables")
    calls: list[int] = []
    with pytest.raises(Cancelled):
        run.check_file(opened, opened.mapping, progress=calls.append,
                       cancelled=lambda: bool(calls))
    assert calls == [CHECK_CHUNK]
    done: list[int] = []
    result = run.check_file(opened, opened.mapping, progress=done.append, cancelled=lambda: False)
    assert done == [CHECK_CHUNK, CHECK_CHUNK * 2] and result.rows_read == CHECK_CHUNK * 2 + 5
