"""The buyer's particulars on the customer: 统一社会信用代码 (checked per GB 32100-2015), 开户行
and 账号; kept by create, update and get; refused naming the field, nothing saved."""
from __future__ import annotations

import dataclasses

import pytest

from models import Customer
from services.core.errors import ValidationError
from services.ledger import customers
from tests.factories import audit_log, count_rows, customer_input, make_customer


def test_particulars_are_kept_by_create_and_get(ctx):
    customer_id = make_customer(ctx, "C001", credit_code=" 9135 0100 m000 100y 43 ",
                                bank_name=" 中国工商银行福州分行营业部 ",
                                bank_account="１４０２  0230 0920 0012 345")
    data = customers.get_customer(ctx.uow(), customer_id).data
    assert (data.credit_code, data.bank_name, data.bank_account) == (
        "91350100M000100Y43", "中国工商银行福州分行营业部", "1402 0230 0920 0012 345")


def test_particulars_may_be_empty(ctx):
    data = customers.get_customer(ctx.uow(), make_customer(ctx, "C001")).data
    assert (data.credit_code, data.bank_name, data.bank_account) == ("", "", "")


def test_update_changes_and_audits_the_particulars(ctx):
    customer_id = make_customer(ctx, "C001")
    detail = customers.get_customer(ctx.uow(), customer_id)
    changed = dataclasses.replace(detail.data, credit_code="91110108551385082Q",
                                  bank_name="招商银行北京分行", bank_account="1109 0123 4567 890")
    customers.update_customer(ctx.uow(), customer_id, changed, detail.version)
    data = customers.get_customer(ctx.uow(), customer_id).data
    assert (data.credit_code, data.bank_name, data.bank_account) == (
        "91110108551385082Q", "招商银行北京分行", "1109 0123 4567 890")
    update = audit_log(ctx, "customer")[-1]
    assert update["action"] == "update"
    assert update["detail"] == {"credit_code": "91110108551385082Q",
                                "bank_name": "招商银行北京分行",
                                "bank_account": "1109 0123 4567 890"}


@pytest.mark.parametrize("fields, field, reason", [
    ({"credit_code": "91350100M000100Y44"}, "credit_code", "bad_check_character"),
    ({"credit_code": "91110108551385082R"}, "credit_code", "bad_check_character"),
    ({"credit_code": "9135010"}, "credit_code", "wrong_length"),
    ({"credit_code": "91350100M000100I43"}, "credit_code", "credit_code_characters"),
    ({"bank_account": "6222-0200-1234"}, "bank_account", "bank_account_characters"),
    ({"bank_account": "账号 6222"}, "bank_account", "bank_account_characters"),
    ({"bank_account": "1" * 41}, "bank_account", "too_many_digits"),
    ({"bank_name": "银" * 121}, "bank_name", "too_long"),
    ({"bank_name": "工行\x00"}, "bank_name", "control_character"),
    ({"code": "C\x000002"}, "code", "control_character"),
    ({"name": "客户\n第二行"}, "name", "line_break"),
])
def test_wrong_particulars_are_refused_naming_the_field(ctx, fields, field, reason):
    with pytest.raises(ValidationError) as info:
        customers.create_customer(ctx.uow(), customer_input(**({"code": "C002"} | fields)))
    assert (info.value.field, info.value.reason) == (field, reason)
    assert count_rows(ctx, Customer) == 0


def test_a_wrong_code_on_update_changes_nothing(ctx):
    customer_id = make_customer(ctx, "C001", credit_code="91350100M000100Y43")
    detail = customers.get_customer(ctx.uow(), customer_id)
    wrong = dataclasses.replace(detail.data, credit_code="91350100M000100Y34",
                                bank_name="新开户行")
    with pytest.raises(ValidationError) as info:
        customers.update_customer(ctx.uow(), customer_id, wrong, detail.version)
    assert (info.value.field, info.value.reason) == ("credit_code", "bad_check_character")
    data = customers.get_customer(ctx.uow(), customer_id).data
    assert (data.credit_code, data.bank_name) == ("91350100M000100Y43", "")


def test_customer_notes_keep_their_lines(ctx):
    customer_id = make_customer(ctx, "C001", notes="第一行\n\t第二行")
    assert customers.get_customer(ctx.uow(), customer_id).data.notes == "第一行\n\t第二行"
