"""The four dunning letters as PDF: every element in the extracted text (pypdf), 大写 equal to
the figures, user text printed as typed."""
from __future__ import annotations

import datetime as dt
import io
import re
from decimal import Decimal

import pytest
from pypdf import PdfReader

from services.documents.content import Party
from services.documents.letter_content import DunningLetterContent, LetterLine
from services.documents.letter_pdf import render_letter
from services.documents.money import amount_in_words, format_yuan

DAY = dt.date(2026, 11, 24)
US = Party("北京康达医疗器械有限公司", "北京市朝阳区建国路88号", "010-88886666", "",
           "工行建国路支行 0200001234567890123")
THEM = Party("A&B <医院> \"一分院\"", "天津市 <3楼>")


def letter(level: int, **kw) -> DunningLetterContent:
    lines = [LetterLine("BJ-2026-00042", dt.date(2026, 9, 25), Decimal("10000.00"),
                        Decimal("10000.00"), 60, Decimal("300.00"), ("04417788", "04417789"),
                        Decimal("0.0005")),
             LetterLine("BJ-2026-00043", dt.date(2026, 10, 30), Decimal("8000.00"),
                        Decimal("2345.67"), 25, Decimal("58.64"), (), Decimal("0.0005"))]
    if level == 1:
        lines = [LetterLine("BJ-2026-00044", dt.date(2026, 11, 27), Decimal("5000.00"),
                            Decimal("5000.00"), 0, Decimal(0))]
    values = dict(number="BJ-CK-2026-00001", letter_date=DAY, level=level, sender=US,
                  recipient=THEM, lines=lines,
                  total=sum((line.remaining for line in lines), Decimal(0)),
                  late_fee=Decimal("358.64") if level > 1 else Decimal(0),
                  pay_by=DAY + dt.timedelta(days=7), contact="李业务 & <销售部>")
    values.update(kw)
    return DunningLetterContent(**values)


def pdf_text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return re.sub(r"\s+", "", "".join(page.extract_text() for page in reader.pages))


TITLES = {1: "付款提醒函", 2: "催款通知函", 3: "逾期警告函", 4: "律师函（草稿）"}


@pytest.mark.parametrize("level", [1, 2, 3, 4])
def test_every_element_of_the_letter_is_in_its_text(level):
    doc = letter(level)
    found = pdf_text(render_letter(doc))
    expected = [TITLES[level], doc.number, "2026年11月24日", "致：", THEM.name, US.name,
                US.bank_account.replace(" ", ""), US.phone, "李业务&<销售部>",
                format_yuan(doc.total), "人民币" + amount_in_words(doc.total),
                "收函回执", "收函人（签字）", "第1页/共1页"]
    for line in doc.lines:
        expected += [line.contract_number, f"{line.due_date.year}年{line.due_date.month}月"
                     f"{line.due_date.day}日", format_yuan(line.amount),
                     format_yuan(line.remaining), *line.invoice_numbers]
    if level == 1:
        expected += ["3天", "各期到期日前"]
    else:
        expected += ["2026年12月1日前", "60天", "25天", format_yuan(doc.late_fee),
                     "人民币" + amount_in_words(doc.late_fee), "万分之五", "逾期天数"]
    if level == 3:
        expected += ["暂停供货", "限量供货", "滞纳金"]
    if level in (2, 3):
        expected += ["单位盖章（公章）"]
    if level == 4:
        expected += ["律师事务所（盖章）", "承办律师（签字）", "委托人"]
    missing = [e for e in expected if e.replace(" ", "") not in found]
    assert missing == []


def test_the_words_equal_the_figures():
    doc = letter(2, lines=[LetterLine("BJ-2026-00042", dt.date(2026, 9, 25),
                                      Decimal("100200.05"), Decimal("100200.05"), 60,
                                      Decimal("3006.00"), (), Decimal("0.0005"))],
                 total=Decimal("100200.05"), late_fee=Decimal("3006.00"))
    found = pdf_text(render_letter(doc))
    assert "人民币壹拾万零贰佰元零伍分（¥100,200.05）" in found
    assert "人民币叁仟零陆元整（¥3,006.00）" in found


def test_user_text_is_printed_as_typed_not_as_markup():
    found = pdf_text(render_letter(letter(2)))
    assert 'A&B<医院>"一分院"' in found and "天津市<3楼>" in found
    assert "&amp;" not in found and "&lt;" not in found


def test_the_same_letter_gives_the_same_bytes():
    assert render_letter(letter(3)) == render_letter(letter(3))


def test_a_letter_whose_lines_do_not_add_up_is_refused():
    with pytest.raises(ValueError):
        render_letter(letter(2, total=Decimal("1.00")))


def test_no_late_fee_column_without_a_rate():
    lines = [LetterLine("BJ-2026-00042", dt.date(2026, 9, 25), Decimal("10.00"),
                        Decimal("10.00"), 60, Decimal(0))]
    found = pdf_text(render_letter(letter(2, lines=lines, total=Decimal("10.00"),
                                          late_fee=Decimal(0))))
    assert "滞纳金日费率" not in found and "已产生滞纳金" not in found
