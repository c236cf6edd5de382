"""拼音 search: the key kept with the name, and the one condition every customer filter uses."""
from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from models import Customer
from services.core.listing import ListQuery
from services.ledger import customers
from services.ledger.pinyin import pinyin_key, pinyin_pattern, typed_pinyin
from tests.factories import audit_log, customer_input, make_customer


def _finds(key: str, typed: str) -> bool:
    pattern = pinyin_pattern(typed)
    return pattern is not None and re.search(pattern, key) is not None


# --- the key and the rule, without a database ----------------------------------------------

def test_the_key_holds_each_characters_reading_and_the_short_names_apart():
    assert pinyin_key("北京九州诊所", "九州诊所") == "bei jing jiu zhou zhen suo | jiu zhou zhen suo"
    assert pinyin_key("北京九州诊所", "") == "bei jing jiu zhou zhen suo"


@pytest.mark.parametrize("typed", [
    "bjjz", "BJJZ", "bjjzzs", "beijingjiuzhou", "beijingjiuzhouzhensuo", "BeiJingJiuZhou",
    "bjjiuzhou", "beijingjz", "beijjiuz",  # initials and full syllables mixed, or cut short
    "jiuzhou", "jz", "zs", "jiuz",  # from any character on
    "bei jing", "bei'jing", "ｂｊｊｚ",  # spaces, apostrophes, full-width letters
])
def test_initials_full_mixed_and_partial_pinyin_find_the_name(typed):
    assert _finds(pinyin_key("北京九州诊所", ""), typed)


@pytest.mark.parametrize("typed", ["bjz", "jjb", "zsbj", "ei", "beijingjiuzhouzhensuox", "x"])
def test_letters_out_of_order_or_from_inside_a_reading_do_not(typed):
    assert not _finds(pinyin_key("北京九州诊所", ""), typed)


def test_every_reading_of_a_polyphone_is_kept_so_the_usual_one_matches():
    key = pinyin_key("重庆长沙银行", "")
    assert key.split(" ")[0] == "zhong/chong/tong"
    for typed in ("cqcsyh", "chongqing", "changsha", "yinhang", "zhongqing", "cqcsyx"):
        assert _finds(key, typed), typed
    assert not _finds(key, "yinhangx")


def test_u_umlaut_is_typed_as_v_or_u_and_letters_and_digits_stay_as_written():
    assert _finds(pinyin_key("吕氏诊所", ""), "lvszs") and _finds(pinyin_key("吕氏诊所", ""), "lszs")
    key = pinyin_key("ABC医疗（2）分公司", "")
    assert key == "abc yi liao 2 fen gong si/ci"
    assert _finds(key, "abcyl") and _finds(key, "ab") and _finds(key, "2fgs")


def test_typed_text_that_is_not_pinyin_gives_no_pattern():
    assert typed_pinyin("北京") is None and typed_pinyin("  ") is None
    assert typed_pinyin("C-001") is None
    assert typed_pinyin(" Bei Jing ") == "beijing"


def test_initials_never_run_from_the_name_into_the_short_name():
    key = pinyin_key("北京甲", "乙丙")
    assert _finds(key, "bjj") and _finds(key, "yb")
    assert not _finds(key, "jy")


# --- saved with the name -------------------------------------------------------------------

def _key_of(ctx, customer_id: int) -> str:
    with ctx.uow() as uow:
        return uow.session.scalar(select(Customer.pinyin).where(Customer.id == customer_id))


def test_a_new_customer_is_saved_with_the_pinyin_of_its_names(ctx):
    customer_id = make_customer(ctx, "C001", "北京九州诊所", short_name="九州")
    assert _key_of(ctx, customer_id) == "bei jing jiu zhou zhen suo | jiu zhou"


def test_renaming_a_customer_refreshes_the_key_and_the_audit_leaves_it_out(ctx):
    customer_id = make_customer(ctx, "C001", "北京九州诊所")
    version = customers.update_customer(ctx.uow(), customer_id,
                                        customer_input("C001", "天津百草药业", short_name="百草"))
    assert _key_of(ctx, customer_id) == "tian jin bai/bo/mo cao/zao yao ye | bai/bo/mo cao/zao"
    assert customers.customer_ids(ctx.uow(), ListQuery(text="bjjz")) == []
    assert customers.customer_ids(ctx.uow(), ListQuery(text="tjbc")) == [customer_id]
    customers.update_customer(ctx.uow(), customer_id,  # no change of name: no new key
                              customer_input("C001", "天津百草药业", short_name="百草",
                                             phone="022-1"), expected_version=version)
    assert _key_of(ctx, customer_id) == "tian jin bai/bo/mo cao/zao yao ye | bai/bo/mo cao/zao"
    assert all("pinyin" not in entry["detail"] for entry in audit_log(ctx, "customer"))


# --- the one condition -----------------------------------------------------------------------

@pytest.fixture
def named(ctx):
    return {
        "jz": make_customer(ctx, "C001", "北京九州诊所", phone="010-88886666",
                            salesperson="王建国"),
        "cq": make_customer(ctx, "C002", "重庆长沙银行", short_name="渝行"),
        "bc": make_customer(ctx, "C003", "天津百草药业有限公司", short_name="百草药业"),
    }


@pytest.mark.parametrize("typed, expected", [
    ("bjjz", ["jz"]), ("BeiJingJiuZhou", ["jz"]), ("jiuzhou", ["jz"]), ("bjjiuzhou", ["jz"]),
    ("cqcsyh", ["cq"]), ("yuxing", ["cq"]), ("bcyy", ["bc"]), ("baicao", ["bc"]),
    ("九州", ["jz"]), ("c00", ["jz", "cq", "bc"]), ("8888", ["jz"]), ("王建国", ["jz"]),
    ("百草药业", ["bc"]), ("nothing", []), ("", ["jz", "cq", "bc"]),
    ("50%", []), ("bj_z", []),  # LIKE's wildcards are plain characters here
])
def test_the_customer_filter_finds_by_code_name_phone_salesperson_and_pinyin(
        ctx, named, typed, expected):
    found = customers.customer_ids(ctx.uow(), ListQuery(text=typed))
    assert found == [named[k] for k in expected]


def test_the_condition_can_be_used_by_any_query_on_customers(ctx, named):
    with ctx.uow() as uow:
        codes = uow.session.scalars(select(Customer.code).where(
            customers.customer_text_match("jz")).order_by(Customer.code)).all()
    assert codes == ["C001"]


def test_the_choices_carry_the_key_and_match_the_same_way(ctx, named):
    choices = customers.customer_choices(ctx.uow())
    assert [c.pinyin for c in choices][0] == "bei jing jiu zhou zhen suo"
    for typed in ("bjjz", "jiuzhou", "BJJZ", "C001", "九州", "c001"):
        matches = customers.choice_matcher(typed)
        assert [c.code for c in choices if matches(c)] == ["C001"], typed
    assert [c.code for c in choices if customers.choice_matcher("百草")(c)] == ["C003"]
    assert all(customers.choice_matcher(" ")(c) for c in choices)
