"""A service's ValidationError in the user's words: which field, and why."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from services.core.errors import EditConflict, ValidationError
from ui import formatting as fmt

CONTEXT = "Errors"

FIELDS = {
    # 导入 (services.imports): the columns of a file, where no other field has the name
    "mapping": QT_TRANSLATE_NOOP("Errors", "列对应"),
    "customer_code": QT_TRANSLATE_NOOP("Errors", "客户编码"),
    "customer_name": QT_TRANSLATE_NOOP("Errors", "客户名称"),
    "number": QT_TRANSLATE_NOOP("Errors", "合同号/发票号"),
    "contract_number": QT_TRANSLATE_NOOP("Errors", "合同号/发票号"),
    "date": QT_TRANSLATE_NOOP("Errors", "日期"),
    "paid": QT_TRANSLATE_NOOP("Errors", "已收金额"),
    "outstanding": QT_TRANSLATE_NOOP("Errors", "未收金额"),
    "is_deposit": QT_TRANSLATE_NOOP("Errors", "是否定金"),
    "code": QT_TRANSLATE_NOOP("Errors", "客户编码"),
    "name": QT_TRANSLATE_NOOP("Errors", "客户全称"),
    "short_name": QT_TRANSLATE_NOOP("Errors", "简称"),
    "address": QT_TRANSLATE_NOOP("Errors", "地址"),
    "salesperson": QT_TRANSLATE_NOOP("Errors", "业务员"),
    "phone": QT_TRANSLATE_NOOP("Errors", "电话"),
    "purchasing_contact": QT_TRANSLATE_NOOP("Errors", "采购联系人"),
    "purchasing_phone": QT_TRANSLATE_NOOP("Errors", "采购电话"),
    "finance_contact": QT_TRANSLATE_NOOP("Errors", "财务联系人"),
    "finance_phone": QT_TRANSLATE_NOOP("Errors", "财务电话"),
    "cashier_contact": QT_TRANSLATE_NOOP("Errors", "出纳"),
    "cashier_phone": QT_TRANSLATE_NOOP("Errors", "出纳电话"),
    "payment_approver": QT_TRANSLATE_NOOP("Errors", "付款审批人"),
    "invoice_requirement": QT_TRANSLATE_NOOP("Errors", "发票要求"),
    "credit_rating": QT_TRANSLATE_NOOP("Errors", "信用等级"),
    "credit_limit": QT_TRANSLATE_NOOP("Errors", "信用额度"),
    "application_approved_by": QT_TRANSLATE_NOOP("Errors", "开户申请审批人"),
    "application_approved_on": QT_TRANSLATE_NOOP("Errors", "开户申请审批日期"),
    "usual_payment_day": QT_TRANSLATE_NOOP("Errors", "每月付款日"),
    "status_reason": QT_TRANSLATE_NOOP("Errors", "状态原因"),
    "status": QT_TRANSLATE_NOOP("Errors", "状态"),
    "notes": QT_TRANSLATE_NOOP("Errors", "备注"),
    "credit_code": QT_TRANSLATE_NOOP("Errors", "统一社会信用代码"),
    "bank_name": QT_TRANSLATE_NOOP("Errors", "开户行"),
    "bank_account": QT_TRANSLATE_NOOP("Errors", "账号"),
    "customer": QT_TRANSLATE_NOOP("Errors", "客户"),
    "contract": QT_TRANSLATE_NOOP("Errors", "合同"),
    "signed_on": QT_TRANSLATE_NOOP("Errors", "签订日期"),
    "delivery_on": QT_TRANSLATE_NOOP("Errors", "发货日期"),
    "lines": QT_TRANSLATE_NOOP("Errors", "产品明细"),
    "installments": QT_TRANSLATE_NOOP("Errors", "回款计划分期"),
    "price_confirmation_signed_on": QT_TRANSLATE_NOOP("Errors", "价格确认书签回日期"),
    "iou_signed_on": QT_TRANSLATE_NOOP("Errors", "欠款确认书签回日期"),
    "received_on": QT_TRANSLATE_NOOP("Errors", "回款日期"),
    "amount": QT_TRANSLATE_NOOP("Errors", "金额"),
    "method": QT_TRANSLATE_NOOP("Errors", "回款方式"),
    "reference": QT_TRANSLATE_NOOP("Errors", "凭证号"),
    "note": QT_TRANSLATE_NOOP("Errors", "备注"),
    "allocations": QT_TRANSLATE_NOOP("Errors", "分配金额"),
    "reversal_reason": QT_TRANSLATE_NOOP("Errors", "冲销原因"),
    "payment": QT_TRANSLATE_NOOP("Errors", "回款"),
    "target": QT_TRANSLATE_NOOP("Errors", "回款目标"),
    "total": QT_TRANSLATE_NOOP("Errors", "合同总额"),
    "delivery_note_no": QT_TRANSLATE_NOOP("Errors", "送货单号"),
    "late_fee_percent": QT_TRANSLATE_NOOP("Errors", "滞纳金（每日 %）"),
    "company_name": QT_TRANSLATE_NOOP("Errors", "公司名称"),
    "alert_days": QT_TRANSLATE_NOOP("Errors", "提前提醒天数"),
    "operator": QT_TRANSLATE_NOOP("Errors", "操作员姓名"),
    "branch_code": QT_TRANSLATE_NOOP("Errors", "分公司代码"),
    "credit_grace_days": QT_TRANSLATE_NOOP("Errors", "信用控制逾期宽限天数"),
    "aging_edges": QT_TRANSLATE_NOOP("Errors", "账龄分段"),
    "dunning_days_2": QT_TRANSLATE_NOOP("Errors", "催款通知（2 级）天数"),
    "dunning_days_3": QT_TRANSLATE_NOOP("Errors", "逾期警告函（3 级）天数"),
    "dunning_days_4": QT_TRANSLATE_NOOP("Errors", "律师函（4 级）天数"),
    "limitation_warn_months": QT_TRANSLATE_NOOP("Errors", "诉讼时效提前提醒月数"),
    "credit_override_reason": QT_TRANSLATE_NOOP("Errors", "放行原因"),
    "company_address": QT_TRANSLATE_NOOP("Errors", "公司地址"),
    "company_phone": QT_TRANSLATE_NOOP("Errors", "公司电话"),
    "company_tax_number": QT_TRANSLATE_NOOP("Errors", "纳税人识别号"),
    "company_bank_account": QT_TRANSLATE_NOOP("Errors", "开户行及账号"),
    "iou": QT_TRANSLATE_NOOP("Errors", "欠款确认书"),
    "file": QT_TRANSLATE_NOOP("Errors", "文件"),
    "kind": QT_TRANSLATE_NOOP("Errors", "类型"),
    "promised_on": QT_TRANSLATE_NOOP("Errors", "承诺日期"),
    "made_on": QT_TRANSLATE_NOOP("Errors", "承诺作出日期"),
    "made_by": QT_TRANSLATE_NOOP("Errors", "承诺人"),
    "replaces_id": QT_TRANSLATE_NOOP("Errors", "被替代的承诺"),
    "contacted_on": QT_TRANSLATE_NOOP("Errors", "跟进日期"),
    "channel": QT_TRANSLATE_NOOP("Errors", "跟进方式"),
    "contact_person": QT_TRANSLATE_NOOP("Errors", "联系人"),
    "said": QT_TRANSLATE_NOOP("Errors", "客户说法"),
    "result": QT_TRANSLATE_NOOP("Errors", "跟进结果"),
    "next_action": QT_TRANSLATE_NOOP("Errors", "下一步"),
    "next_action_on": QT_TRANSLATE_NOOP("Errors", "下次跟进日期"),
    "follow_up_days_A": QT_TRANSLATE_NOOP("Errors", "A 级客户跟进间隔（天）"),
    "follow_up_days_B": QT_TRANSLATE_NOOP("Errors", "B 级客户跟进间隔（天）"),
    "follow_up_days_C": QT_TRANSLATE_NOOP("Errors", "C 级客户跟进间隔（天）"),
    "follow_up_days_D": QT_TRANSLATE_NOOP("Errors", "D 级客户跟进间隔（天）"),
    "applied_on": QT_TRANSLATE_NOOP("Errors", "核销日期"),
    "allocation": QT_TRANSLATE_NOOP("Errors", "核销"),
    "undo_reason": QT_TRANSLATE_NOOP("Errors", "撤销原因"),
    "payment_terms": QT_TRANSLATE_NOOP("Errors", "付款方式"),
    "issued_on": QT_TRANSLATE_NOOP("Errors", "退货/折让日期"),
    "reason": QT_TRANSLATE_NOOP("Errors", "原因"),
    "reductions": QT_TRANSLATE_NOOP("Errors", "冲减分期"),
    "credit_note": QT_TRANSLATE_NOOP("Errors", "退货/折让单"),
    "invoice_number": QT_TRANSLATE_NOOP("Errors", "发票号码"),
    "invoice_kind": QT_TRANSLATE_NOOP("Errors", "发票种类"),
    "invoiced_on": QT_TRANSLATE_NOOP("Errors", "开票日期"),
    "invoice_amount": QT_TRANSLATE_NOOP("Errors", "发票金额"),
    "sent_method": QT_TRANSLATE_NOOP("Errors", "寄送方式"),
    "tracking_number": QT_TRANSLATE_NOOP("Errors", "快递单号"),
    "invoice_received_on": QT_TRANSLATE_NOOP("Errors", "客户签收日期"),
    "pay_by": QT_TRANSLATE_NOOP("Errors", "约定还款日期"),
    "taken_on": QT_TRANSLATE_NOOP("Errors", "法律行动日期"),
    "legal_kind": QT_TRANSLATE_NOOP("Errors", "法律行动类型"),
    "contract_id": QT_TRANSLATE_NOOP("Errors", "合同"),
    "period_from": QT_TRANSLATE_NOOP("Errors", "对账起始日"),
    "period_to": QT_TRANSLATE_NOOP("Errors", "对账截止日"),
    "replied_on": QT_TRANSLATE_NOOP("Errors", "回函日期"),
    "customer_balance": QT_TRANSLATE_NOOP("Errors", "客户记录的余额"),
    "statement": QT_TRANSLATE_NOOP("Errors", "对账单"),
    "skip": QT_TRANSLATE_NOOP("Errors", "跳级"),
    "letter_date": QT_TRANSLATE_NOOP("Errors", "催款日期"),
    "sent_on": QT_TRANSLATE_NOOP("Errors", "送达日期"),
    "aging_by": QT_TRANSLATE_NOOP("Errors", "账龄汇总方式"),
    "aging_bucket": QT_TRANSLATE_NOOP("Errors", "账龄段"),
    "merge_customer": QT_TRANSLATE_NOOP("Errors", "保留的客户"),
}
# Fields inside a table row: "lines.3.quantity" reads "第 3 行产品明细：数量".
ROW_FIELDS = {
    "product": QT_TRANSLATE_NOOP("Errors", "产品名称"),
    "spec": QT_TRANSLATE_NOOP("Errors", "规格"),
    "unit": QT_TRANSLATE_NOOP("Errors", "单位"),
    "quantity": QT_TRANSLATE_NOOP("Errors", "数量"),
    "unit_price": QT_TRANSLATE_NOOP("Errors", "单价"),
    "due_date": QT_TRANSLATE_NOOP("Errors", "到期日"),
    "amount": QT_TRANSLATE_NOOP("Errors", "金额"),
    "installment": QT_TRANSLATE_NOOP("Errors", "分期"),
    "name": QT_TRANSLATE_NOOP("Errors", "名称"),
    "parts": QT_TRANSLATE_NOOP("Errors", "分期"),
    "line": QT_TRANSLATE_NOOP("Errors", "合同产品行"),
}
REASONS = {
    "required": QT_TRANSLATE_NOOP("Errors", "不能为空"),
    "not_a_number": QT_TRANSLATE_NOOP("Errors", "不是有效的数字"),
    "not_an_integer": QT_TRANSLATE_NOOP("Errors", "必须是整数"),
    "negative": QT_TRANSLATE_NOOP("Errors", "不能为负数"),
    "not_positive": QT_TRANSLATE_NOOP("Errors", "必须大于零"),
    "too_precise": QT_TRANSLATE_NOOP("Errors", "小数位数不能超过 {places} 位"),
    "too_large": QT_TRANSLATE_NOOP("Errors", "数值过大"),
    "not_a_date": QT_TRANSLATE_NOOP("Errors", "不是有效的日期（格式：2026-01-31）"),
    "in_future": QT_TRANSLATE_NOOP("Errors", "不能晚于今天"),
    "duplicate": QT_TRANSLATE_NOOP("Errors", "已被其他记录使用"),
    "not_allowed": QT_TRANSLATE_NOOP("Errors", "取值不允许"),
    "out_of_range": QT_TRANSLATE_NOOP("Errors", "必须在 {low} 到 {high} 之间"),
    "schedule_mismatch": QT_TRANSLATE_NOOP(
        "Errors", "合计 {scheduled}，与合同总额 {total} 不一致"),
    "no_lines": QT_TRANSLATE_NOOP("Errors", "至少需要一行产品"),
    "no_installments": QT_TRANSLATE_NOOP("Errors", "至少需要一期回款"),
    "above_owed": QT_TRANSLATE_NOOP("Errors", "{amount} 超过该期尚欠的 {owed}"),
    "above_payment": QT_TRANSLATE_NOOP("Errors", "合计 {allocated}，超过回款金额 {amount}"),
    "not_found": QT_TRANSLATE_NOOP("Errors", "不存在"),
    "wrong_customer": QT_TRANSLATE_NOOP("Errors", "属于其他客户"),
    "not_receivable": QT_TRANSLATE_NOOP("Errors", "所属合同未确认或已作废"),
    "already_reversed": QT_TRANSLATE_NOOP("Errors", "已经冲销过"),
    "already_paid": QT_TRANSLATE_NOOP("Errors", "已有回款 {paid}，不能删除或改得比它少"),
    "bad_transition": QT_TRANSLATE_NOOP("Errors", "不能从“{current}”改为“{target}”"),
    "has_payments": QT_TRANSLATE_NOOP("Errors", "已有回款，请先冲销"),
    "before_signed": QT_TRANSLATE_NOOP("Errors", "早于合同签订日期"),
    "too_long": QT_TRANSLATE_NOOP("Errors", "不能超过 {limit} 个字"),
    "required_before_delivery": QT_TRANSLATE_NOOP(
        "Errors", "必须先填写（客户签字盖章的价格确认书收回后），才能标记为已发货"),
    "nothing_owed": QT_TRANSLATE_NOOP("Errors", "无可确认的欠款：该合同或客户没有未付金额"),
    "company_missing": QT_TRANSLATE_NOOP(
        "Errors", "未填写：请先在“设置 > 公司信息”中填写本公司名称"),
    "before_made": QT_TRANSLATE_NOOP("Errors", "不能早于作出承诺的日期"),
    "before_contact": QT_TRANSLATE_NOOP("Errors", "不能早于本次跟进日期"),
    "already_replaced": QT_TRANSLATE_NOOP("Errors", "已有新的承诺替代它"),
    "not_repromisable": QT_TRANSLATE_NOOP(
        "Errors", "状态为“{status}”：已兑现的承诺不能再重新承诺"),
    "date_out_of_range": QT_TRANSLATE_NOOP("Errors", "必须在 {low} 到 {high} 之间"),
    "line_break": QT_TRANSLATE_NOOP(
        "Errors", "只能填一行，不能有换行或制表符（第 {position} 个字符）"),
    "control_character": QT_TRANSLATE_NOOP(
        "Errors", "含有控制字符或不可见字符（第 {position} 个字符），请删除后重新输入"),
    "wrong_length": QT_TRANSLATE_NOOP("Errors", "必须是 {length} 位"),
    "credit_code_characters": QT_TRANSLATE_NOOP(
        "Errors", "只能包含数字和英文字母（不含 I、O、S、V、Z）"),
    "bad_check_character": QT_TRANSLATE_NOOP("Errors", "校验位不正确，请核对"),
    "bank_account_characters": QT_TRANSLATE_NOOP("Errors", "只能包含数字和空格"),
    "too_many_digits": QT_TRANSLATE_NOOP("Errors", "不能超过 {limit} 位数字"),
    "no_credit": QT_TRANSLATE_NOOP("Errors", "那天没有可核销的预收款"),
    "above_credit": QT_TRANSLATE_NOOP("Errors", "合计 {allocated}，超过可核销的预收款 {credit}"),
    "already_undone": QT_TRANSLATE_NOOP("Errors", "已经撤销过"),
    "unknown_terms": QT_TRANSLATE_NOOP(
        "Errors", "“{name}”不是已设置的付款方式（设置 › 公司信息与回款规则）"),
    "terms_syntax": QT_TRANSLATE_NOOP(
        "Errors", "无法识别“{part}”：每期写作 30%定金@签订+0，各期用分号隔开"),
    "terms_percent": QT_TRANSLATE_NOOP("Errors", "比例合计 {percent}%，应为 100%（{name}）"),
    "deposit_at_signing": QT_TRANSLATE_NOOP("Errors", "“{part}”：定金须从签订日期起算（@签订）"),
    "terms_in_use": QT_TRANSLATE_NOOP(
        "Errors", "“{name}”是 {count} 个客户的默认付款方式，请先为这些客户改选其他付款方式"),
    "not_delivered": QT_TRANSLATE_NOOP(
        "Errors", "未发货：只有已发货或已结清的合同才能退货或折让"),
    "before_delivery": QT_TRANSLATE_NOOP("Errors", "早于发货日期 {delivery_on}"),
    "above_returnable": QT_TRANSLATE_NOOP(
        "Errors", "{quantity} 超过“{product}”可退的 {returnable}（供货 {supplied}，已扣除此前退货）"),
    "nothing_returned": QT_TRANSLATE_NOOP("Errors", "未填写退货数量：请至少在一行填写"),
    "above_contract": QT_TRANSLATE_NOOP("Errors", "累计退货/折让 {credited}，超过合同总额 {total}"),
    "other_contract": QT_TRANSLATE_NOOP("Errors", "属于其他合同"),
    "above_credit_note": QT_TRANSLATE_NOOP("Errors", "合计 {allocated}，超过退货/折让金额 {amount}"),
    "has_returns": QT_TRANSLATE_NOOP("Errors", "中有已退货的产品行，不能删除"),
    "not_rising": QT_TRANSLATE_NOOP("Errors", "必须大于上一级的天数"),
    "above_invoiceable": QT_TRANSLATE_NOOP("Errors", "累计开票 {invoiced}，超过合同总额 {total}"),
    "before_issued": QT_TRANSLATE_NOOP("Errors", "早于开票日期"),
    "before_today": QT_TRANSLATE_NOOP("Errors", "不能早于今天"),
    "after_period_end": QT_TRANSLATE_NOOP("Errors", "晚于对账截止日"),
    "already_replied": QT_TRANSLATE_NOOP("Errors", "已记录过客户回函"),
    "before_statement": QT_TRANSLATE_NOOP("Errors", "早于对账单出具日期"),
    "reply_without_difference": QT_TRANSLATE_NOOP(
        "Errors", "未填写：数据不符时请填写客户记录的余额或不符事项"),
    # 催款 (services.collection.dunning, services.papers.dunning).
    "level_not_allowed": QT_TRANSLATE_NOOP(
        "Errors", "只能跳到高于本次级别、且逾期天数已达到的级别"),
    "manager_required": QT_TRANSLATE_NOOP("Errors", "须填写经理姓名"),
    "reason_required": QT_TRANSLATE_NOOP("Errors", "须填写原因"),
    "no_proposal": QT_TRANSLATE_NOOP("Errors", "无效：该客户当天没有待出的催款函"),
    "before_letter": QT_TRANSLATE_NOOP("Errors", "早于催款函日期"),
    # 合并客户 (services.ledger.merge).
    "same_customer": QT_TRANSLATE_NOOP("Errors", "不能是要合并的客户本身，请另选一个客户保留"),
    "letters_clash": QT_TRANSLATE_NOOP(
        "Errors", "已有 {day} 寄给同一原编码的 {level} 级催款函，这两个客户不能合并"),
    # 导入 (services.imports): 一行的单元格、列对应、与数据库核对。
    "not_yes_no": QT_TRANSLATE_NOOP("Errors", "应填“是”或“否”"),
    "before_invoice_date": QT_TRANSLATE_NOOP("Errors", "早于发票日期"),
    "above_invoice": QT_TRANSLATE_NOOP("Errors", "大于发票金额 {amount}"),
    "paid_and_open_differ": QT_TRANSLATE_NOOP("Errors", "与已收金额 {paid} 之和不等于发票金额 {amount}"),
    "not_mapped": QT_TRANSLATE_NOOP("Errors", "没有对应文件中的列，请选择"),
    "no_such_column": QT_TRANSLATE_NOOP("Errors", "对应的列 {column} 在文件中不存在"),
    "column_twice": QT_TRANSLATE_NOOP("Errors", "把第 {column} 列对应给了两个字段"),
    "unknown_field": QT_TRANSLATE_NOOP("Errors", "不是可以导入的字段"),
    "duplicate_in_file": QT_TRANSLATE_NOOP("Errors", "与文件第 {first} 行重复"),
    "customer_not_found": QT_TRANSLATE_NOOP("Errors", "找不到这个客户编码，请先导入客户"),
    "customer_not_found_no_name": QT_TRANSLATE_NOOP(
        "Errors", "找不到这个客户编码，这一行也没有客户名称可用来新建客户"),
    "differs_in_contract": QT_TRANSLATE_NOOP("Errors", "与同一合同 {number} 的第 {row} 行不一致"),
    "contract_row_refused": QT_TRANSLATE_NOOP(
        "Errors", "同一合同 {number} 的第 {row} 行有问题，整份合同未导入"),
    "customer_code_zeros": QT_TRANSLATE_NOOP(
        "Errors", "找不到这个客户编码，但有客户 {code}：可能是 Excel 去掉了编码开头的 0"
        "（请把该列设为文本后重新输入）"),
    "credit_invoice": QT_TRANSLATE_NOOP(
        "Errors", "是负数（红字发票），不是未收的应收：请从它所冲的发票金额中减去，或导入后在该合同上登记退货/折让"),
}

# A reason said in the words of one field, where the general sentence would not tell the user
# what to type instead.
BRANCH_CODE_RULE = QT_TRANSLATE_NOOP("Errors", "只能是 1–6 位英文字母或数字，如 BJ")
AGING_EDGES_RULE = QT_TRANSLATE_NOOP(
    "Errors", "应为 1 到 8 个逐个增大的天数（1–3650），用逗号隔开，如 30, 60, 90, 180, 365")
FIELD_REASONS = {
    ("aging_edges", "not_rising"): AGING_EDGES_RULE,
    ("aging_edges", "not_an_integer"): AGING_EDGES_RULE,
    ("aging_edges", "out_of_range"): AGING_EDGES_RULE,
    ("branch_code", "not_allowed"): BRANCH_CODE_RULE,
    ("branch_code", "too_long"): BRANCH_CODE_RULE,
}


# Parameters that are amounts of money: shown as money ("¥17,292.52"), never as raw Decimals.
# Any other Decimal (a quantity, a rate's limits) is shown as a number.
MONEY_PARAMS = frozenset({"amount", "owed", "allocated", "scheduled", "total", "paid", "credit",
                          "credited", "invoiced"})
# Reasons that read as a sentence of their own rather than as the rest of one begun by the
# field's name: English puts a colon between ("Amount: ¥5.00 is more than…"); every other
# reason goes on from the name ("Next follow-up date is not a valid date").
SENTENCE_REASONS = frozenset({
    "above_owed", "no_credit", "unknown_terms", "terms_syntax", "terms_percent",
    "deposit_at_signing", "terms_in_use", "above_returnable", "above_contract",
    "above_invoiceable"})


def conflict_message(error: EditConflict) -> str:
    """Someone else saved the record after it was opened: who and when, and what to do."""
    if error.at is None:
        return QCoreApplication.translate("Errors", "已被他人修改，请重新打开")
    return QCoreApplication.translate("Errors", "已被 {operator} 于 {time} 修改，请重新打开").format(
        operator=error.operator or "?", time=f"{error.at:%Y-%m-%d %H:%M}")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def field_name(field: str) -> str:
    parts = field.split(".")
    if len(parts) == 3 and parts[1].isdigit():
        table, row, column = parts
        return QCoreApplication.translate("Errors", "{table}第 {row} 行：{column}").format(
            table=_tr(FIELDS.get(table, table)), row=row,
            column=_tr(ROW_FIELDS.get(column, column)))
    return _tr(FIELDS.get(field, field))


def error_message(error: ValidationError) -> str:
    from ui.labels import CONTRACT_STATUS, PROMISE_STATUS, label

    params = {key: _param(key, value) for key, value in error.params.items()}
    for key in ("current", "target"):
        if key in params and isinstance(params[key], str):
            params[key] = label(CONTRACT_STATUS, params[key])
    if error.reason == "not_repromisable":
        params["status"] = label(PROMISE_STATUS, params["status"])
    reason = reason_text(error, params)
    if error.reason in SENTENCE_REASONS:
        joined = QCoreApplication.translate("Errors", "{field}{reason}")
    else:
        joined = QCoreApplication.translate(
            "Errors", "{field}{reason}", "the reason goes on from the field's name: "
            "English puts a space between (Amount is required)")
    return joined.format(field=field_name(error.field), reason=reason)


def reason_text(error: ValidationError, params: dict | None = None) -> str:
    """Why a value was refused, in the user's words, without the field's name (an import's
    problem names the file's column instead)."""
    if params is None:
        params = {key: _param(key, value) for key, value in error.params.items()}
    text = FIELD_REASONS.get((error.field, error.reason)) or REASONS.get(error.reason, error.reason)
    return _tr(text).format(**params)


def _param(key: str, value):
    """A parameter of a reason as the user reads it: money as money, other numbers grouped."""
    if isinstance(value, Decimal):
        return fmt.money(value) if key in MONEY_PARAMS else fmt.number(value)
    return value
