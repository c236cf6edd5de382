"""The PDFs customers sign: what they say (read back with pypdf), the embedded font, pages,
escaping of user text and byte-for-byte repeatability. No Qt, no database."""
from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import io
import os
import re
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from services.documents.content import Due, Iou, Line, Party, PriceConfirmation
from services.documents.render import render_iou, render_price_confirmation
from services.documents.wording import cn_date, late_fee_rate, quantity, unit_price

ROOT = Path(__file__).resolve().parents[2]

SELLER = Party("北京华润医疗器械有限公司", "北京市朝阳区建国路88号SOHO现代城A座1208室", "010-65881234",
               "91110105MA01ABCD2X", "中国工商银行北京朝阳支行 0200 0012 0920 1234 567")
BUYER = Party("河北省沧州市人民医院后勤保障中心", "河北省沧州市运河区清池大道7号", "0317-2075000")
LINES = [
    Line("一次性使用无菌注射器", "5ml 带针 0.6×25", "支", Decimal("12000.000"), Decimal("0.3500"),
         Decimal("4200.00")),
    Line("医用外科口罩", "17.5×9.5cm 三层", "盒", Decimal("300.000"), Decimal("18.5000"),
         Decimal("5550.00")),
    Line("医用检查手套（丁腈）", "M 号 100只/盒", "盒", Decimal("150.500"), Decimal("32.0000"),
         Decimal("4816.00")),
    Line("碘伏消毒液", "500ml/瓶", "瓶", Decimal("200.000"), Decimal("6.8800"), Decimal("1376.00")),
    Line("医用脱脂纱布块", "8cm×10cm-8P", "包", Decimal("80.000"), Decimal("12.3450"), Decimal("987.60")),
]
TOTAL = Decimal("16929.60")
SCHEDULE = [Due(dt.date(2026, 12, 20), Decimal("8000.00"), "BJ-2026-00042"),
            Due(dt.date(2027, 1, 20), Decimal("8929.60"), "BJ-2026-00042")]
SIGN_LABELS = ("单位名称：", "授权代表（签字）：", "日期：_")   # 日期：____年__月__日


def price_confirmation(**changes) -> PriceConfirmation:
    doc = PriceConfirmation(
        number="QR-2026-00007", issued_on=dt.date(2026, 11, 24), seller=SELLER, buyer=BUYER,
        contract_number="BJ-2026-00042", contract_date=dt.date(2026, 11, 18), lines=LINES,
        total=TOTAL, schedule=SCHEDULE, late_fee_rate=Decimal("0.000500"))
    return dataclasses.replace(doc, **changes)


def iou(**changes) -> Iou:
    doc = Iou(
        number="QK-2026-00003", issued_on=dt.date(2026, 11, 24), creditor=SELLER, debtor=BUYER,
        amount=TOTAL, contract_numbers=["BJ-2026-00042", "BJ-2026-00051"],
        delivery_numbers=["SH-20261120-003", "SH-20261122-011"], schedule=SCHEDULE,
        late_fee_rate=Decimal("0.0005"), notes=["货物已于2026年11月22日全部送达并验收合格。"],
        pay_by=dt.date(2026, 12, 31))
    return dataclasses.replace(doc, **changes)


def squeeze(text: str) -> str:
    """Wrapped lines and cell breaks come back as newlines and spaces: compare without them."""
    return re.sub(r"\s+", "", text)


def pages(pdf: bytes) -> list[str]:
    return [squeeze(page.extract_text()) for page in PdfReader(io.BytesIO(pdf)).pages]


def whole(pdf: bytes) -> str:
    return "".join(pages(pdf))


def assert_shows(text: str, *needles: str) -> None:
    missing = [n for n in needles if squeeze(n) not in text]
    assert not missing, f"not in the PDF: {missing}"


# --- 供货价格确认书 ---------------------------------------------------------------------------

def test_price_confirmation_states_parties_contract_lines_total_and_schedule():
    text = whole(render_price_confirmation(price_confirmation()))
    assert_shows(
        text, "供货价格确认书", "编号：QR-2026-00007", "出具日期：2026年11月24日",
        # seller, all details; buyer, full name and address
        "卖方", SELLER.name, SELLER.address, SELLER.phone, "税号", SELLER.tax_number,
        "开户行及账号", SELLER.bank_account, "买方", BUYER.name, BUYER.address, BUYER.phone,
        "合同编号：BJ-2026-00042", "2026年11月18日签订",
        "序号", "产品名称", "规格", "单位", "数量", "单价", "金额",
        # quantities without trailing zeros, prices as given, amounts to the fen
        "一次性使用无菌注射器", "5ml 带针 0.6×25", "支", "12,000", "¥0.35", "¥4,200.00",
        "医用外科口罩", "17.5×9.5cm 三层", "300", "¥18.50", "¥5,550.00",
        "医用检查手套（丁腈）", "150.5", "¥32.00", "¥4,816.00",
        "碘伏消毒液", "500ml/瓶", "¥6.88", "¥1,376.00",
        "医用脱脂纱布块", "8cm×10cm-8P", "¥12.345", "¥987.60",
        "合计金额：人民币 壹万陆仟玖佰贰拾玖元陆角整（¥16,929.60）",
        "2026年12月20日前支付 ¥8,000.00（人民币捌仟元整）",
        "2027年1月20日前支付 ¥8,929.60（人民币捌仟玖佰贰拾玖元陆角整）",
        "买方确认上述供货价格、数量、金额及回款期限均准确无误，并保证按期足额付款。",
        "按逾期金额每日万分之五（0.05%）向卖方支付滞纳金",
        "卖方（供货方）", "买方（购货方）",
        "第 1 页 / 共 1 页")
    for label in (*SIGN_LABELS, "单位盖章（公章或合同专用章）："):
        assert text.count(squeeze(label)) == 2, label      # one for each side
    assert text.count("年_") >= 2 and "月_" in text and "_日" in text
    # unit price is never rounded to the fen when it has more places
    assert "¥12.35" not in text


def test_a_typical_contract_fits_on_one_page():
    reader = PdfReader(io.BytesIO(render_price_confirmation(price_confirmation())))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4 portrait


def test_without_a_late_fee_rate_there_is_no_late_fee_clause():
    text = whole(render_price_confirmation(price_confirmation(late_fee_rate=None)))
    assert "滞纳金" not in text and "万分之" not in text
    assert_shows(text, "并保证按期足额付款")


@pytest.mark.parametrize("rate, words", [
    ("0.0005", "每日万分之五（0.05%）"),
    ("0.000500", "每日万分之五（0.05%）"),
    ("0.0003", "每日万分之三（0.03%）"),
    ("0.00025", "每日万分之二点五（0.025%）"),
    ("0.001", "每日千分之一（0.1%）"),
    ("0.01", "每日百分之一（1%）"),
])
def test_late_fee_rate_is_written_exactly(rate, words):
    assert "每日" + late_fee_rate(Decimal(rate)) == words
    text = whole(render_price_confirmation(price_confirmation(late_fee_rate=Decimal(rate))))
    assert_shows(text, f"按逾期金额{words}向卖方支付滞纳金")


def test_metadata_names_the_document_and_the_app():
    meta = PdfReader(io.BytesIO(render_price_confirmation(price_confirmation()))).metadata
    assert meta.title == "供货价格确认书 QR-2026-00007"
    assert meta.creator == "回款通"
    assert meta.author == SELLER.name
    assert BUYER.name in meta.subject and "BJ-2026-00042" in meta.subject
    assert meta["/CreationDate"].startswith("D:20261124")   # the issue date, not "now"


def test_the_font_is_embedded_as_a_subset_and_no_other_font_is_referenced():
    reader = PdfReader(io.BytesIO(render_price_confirmation(price_confirmation())))
    fonts = {}
    for page in reader.pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            fonts[font["/BaseFont"]] = font
    assert fonts
    for name, font in fonts.items():
        assert re.fullmatch(r"/[A-Z]{6}\+WenQuanYiMicroHei-0", name), name   # subset tag
        descriptor = font["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor                  # the TrueType program itself
        assert len(descriptor["/FontFile2"].get_object().get_data()) > 1000
        assert "/ToUnicode" in font                        # text can be searched and copied


# --- pagination ------------------------------------------------------------------------------

def long_contract(n: int = 120) -> PriceConfirmation:
    lines = [Line(f"货品{i:03d}号" + ("（加长的产品描述）" * 6 if i % 25 == 0 else ""), f"规格{i:03d}",
                  "件", Decimal(i), Decimal("10.0000"), Decimal(i * 10)) for i in range(1, n + 1)]
    total = sum((line.amount for line in lines), Decimal("0.00"))
    return price_confirmation(lines=lines, total=total, schedule=[Due(dt.date(2027, 3, 1), total)])


def test_a_long_contract_continues_on_further_pages_with_the_header_repeated():
    text_pages = pages(render_price_confirmation(long_contract()))
    n = len(text_pages)
    assert n > 1
    header = squeeze("序号 产品名称 规格 单位 数量 单价 金额")
    for i, page in enumerate(text_pages, 1):
        assert f"第{i}页/共{n}页" in page
        assert "编号：QR-2026-00007" in page              # the footer names the document
        if re.search(r"货品\d{3}号", page):
            assert header in page, f"page {i} continues the table without its header"
    assert sum(page.count(header) for page in text_pages) > 1
    joined = "".join(text_pages)
    for i in range(1, 121):
        assert joined.count(f"货品{i:03d}号") == 1, i
        assert joined.count(f"规格{i:03d}") == 1, i
    assert_shows(joined, "合计金额：人民币 柒万贰仟陆佰元整（¥72,600.00）")
    # the signatures stay together on the last page, with the clauses they sign
    last = text_pages[-1]
    for label in (*SIGN_LABELS, "单位盖章（公章或合同专用章）："):
        assert last.count(squeeze(label)) == 2
    assert "买方确认上述供货价格" in last


# --- repeatability ---------------------------------------------------------------------------

def test_the_same_content_gives_the_same_bytes():
    first = render_price_confirmation(price_confirmation())
    render_iou(iou())                                    # another document in between
    assert render_price_confirmation(price_confirmation()) == first
    assert render_iou(iou()) == render_iou(iou())
    assert render_price_confirmation(price_confirmation(number="QR-2026-00008")) != first


def test_the_same_content_gives_the_same_bytes_in_another_process():
    code = ("import hashlib; from tests.documents.test_documents_render import price_confirmation as p; "
            "from services.documents.render import render_price_confirmation as r; "
            "print(hashlib.sha256(r(p())).hexdigest())")
    env = {**os.environ, "PYTHONHASHSEED": "12345", "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True,
                         text=True, check=True).stdout.strip()
    assert out == hashlib.sha256(render_price_confirmation(price_confirmation())).hexdigest()


# --- user text -------------------------------------------------------------------------------

NASTY = 'A&B <公司> "特价" \'单引号\' <b>粗体</b> &amp;'
LONG_NAME = ("沧州市运河区某某医疗器械经营部" * 30 + "ABCDEFGHIJKLMNOPQRSTUVWXYZ" * 4)[:280] + NASTY[:20]


def test_markup_characters_and_a_300_character_name_print_literally():
    assert len(LONG_NAME) == 300
    buyer = dataclasses.replace(BUYER, name=LONG_NAME, address=NASTY)
    lines = [dataclasses.replace(LINES[0], product=NASTY, spec=NASTY, unit="<件>"), *LINES[1:]]
    doc = price_confirmation(buyer=buyer, lines=lines, contract_number="HT&<01>")
    text = whole(render_price_confirmation(doc))
    assert text.count(squeeze(LONG_NAME)) == 2          # parties table and signature block
    assert text.count(squeeze(NASTY)) == 3              # address, product, spec
    assert_shows(text, "<件>", "合同编号：HT&<01>")
    assert "&amp;amp;" not in text and "&lt;" not in text


def test_iou_prints_markup_characters_and_long_names_literally():
    debtor = dataclasses.replace(BUYER, name=LONG_NAME)
    doc = iou(debtor=debtor, notes=[NASTY, "第一行\n第二行"], delivery_numbers=["<SH&1>"])
    text = whole(render_iou(doc))
    assert text.count(squeeze(LONG_NAME)) == 3          # parties, body, signature
    assert_shows(text, NASTY, "第一行", "第二行", "送货单号：<SH&1>")


# --- 欠款确认书 -------------------------------------------------------------------------------

def test_iou_states_the_debt_its_origin_the_schedule_and_the_signature_blocks():
    text = whole(render_iou(iou()))
    assert_shows(
        text, "欠款确认书", "编号：QK-2026-00003", "出具日期：2026年11月24日",
        "债务人", BUYER.name, "债权人", SELLER.name,
        f"债务人{BUYER.name}确认：截至2026年11月24日",
        "合同编号：BJ-2026-00042、BJ-2026-00051", "送货单号：SH-20261120-003、SH-20261122-011",
        f"尚欠债权人{SELLER.name}货款共计人民币 壹万陆仟玖佰贰拾玖元陆角整（¥16,929.60）",
        "双方约定还款日期为2026年12月31日",
        "原到期日", "付款期限", "2026年12月20日2026年12月31日前", "¥8,000.00", "人民币捌仟元整",
        "2027年1月20日2027年1月20日前", "¥8,929.60", "人民币捌仟玖佰贰拾玖元陆角整",
        "合计", "¥16,929.60",
        "按逾期金额每日万分之五（0.05%）向债权人支付滞纳金",
        "本确认书是债务人对上述债务的书面确认",
        "备注：货物已于2026年11月22日全部送达并验收合格。",
        "债务人（欠款方）", "单位盖章（公章）：", "授权代表（签字）：",
        "债权人（收款方）签收", "经办人（签字）：",
        "第 1 页 / 共 1 页")
    assert text.count("日期：_") == 2                    # debtor, creditor receipt
    meta = PdfReader(io.BytesIO(render_iou(iou()))).metadata
    assert meta.title == "欠款确认书 QK-2026-00003" and meta.creator == "回款通"


def test_iou_without_rate_or_delivery_numbers_leaves_them_out():
    text = whole(render_iou(iou(late_fee_rate=None, delivery_numbers=[], notes=[])))
    assert "滞纳金" not in text and "送货单号" not in text and "备注" not in text
    assert_shows(text, "合同编号：BJ-2026-00042、BJ-2026-00051", "向债务人供应货物")


def test_iou_with_many_installments_paginates_and_counts_pages():
    dues = [Due(dt.date(2027, 1, 1) + dt.timedelta(days=30 * i), Decimal("100.00"),
                f"HT-2026-{i:05d}") for i in range(90)]
    doc = iou(amount=Decimal("9000.00"), schedule=dues)
    text_pages = pages(render_iou(doc))
    n = len(text_pages)
    assert n > 1
    for i, page in enumerate(text_pages, 1):
        assert f"第{i}页/共{n}页" in page and "编号：QK-2026-00003" in page
    joined = "".join(text_pages)
    assert all(joined.count(f"HT-2026-{i:05d}") == 1 for i in range(90))
    assert_shows(joined, "人民币 玖仟元整（¥9,000.00）")


# --- refusing a paper that contradicts itself -------------------------------------------------

def test_a_total_that_is_not_the_sum_of_the_lines_is_refused():
    with pytest.raises(ValueError, match="lines add up to"):
        render_price_confirmation(price_confirmation(
            total=TOTAL + 1, schedule=[Due(dt.date(2027, 1, 1), TOTAL + 1)]))


def test_a_schedule_that_does_not_add_up_is_refused():
    with pytest.raises(ValueError, match="schedule adds up to"):
        render_price_confirmation(price_confirmation(schedule=SCHEDULE[:1]))
    with pytest.raises(ValueError, match="schedule adds up to"):
        render_iou(iou(amount=TOTAL - 1))


# --- wording and resources ---------------------------------------------------------------------

@pytest.mark.parametrize("value, text", [
    ("12000.000", "12,000"), ("150.500", "150.5"), ("0.001", "0.001"), ("1E+3", "1,000"),
    ("0.000", "0"),
])
def test_quantities_lose_trailing_zeros(value, text):
    assert quantity(Decimal(value)) == text


@pytest.mark.parametrize("value, text", [
    ("18.5000", "¥18.50"), ("12.3450", "¥12.345"), ("3.1415", "¥3.1415"), ("1234", "¥1,234.00"),
])
def test_unit_prices_keep_their_places_but_show_at_least_the_fen(value, text):
    assert unit_price(Decimal(value)) == text


def test_dates_are_written_in_chinese():
    assert cn_date(dt.date(2027, 1, 5)) == "2027年1月5日"


def test_resources_are_found_from_source_and_when_frozen(monkeypatch, tmp_path):
    from services.core.resources import FONT_FILE, resource_path
    assert resource_path("fonts", FONT_FILE) == ROOT / "resources" / "fonts" / FONT_FILE
    assert resource_path("fonts", FONT_FILE).is_file()
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resource_path("fonts", FONT_FILE) == tmp_path / "resources" / "fonts" / FONT_FILE
