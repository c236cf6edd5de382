"""Words for codes the services use (statuses, methods, field names), in the UI language."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "Labels"

CUSTOMER_STATUS = {
    "active": QT_TRANSLATE_NOOP("Labels", "正常"),
    "on_hold": QT_TRANSLATE_NOOP("Labels", "暂停供货"),
    "blacklisted": QT_TRANSLATE_NOOP("Labels", "黑名单"),
}
CONTRACT_STATUS = {
    "draft": QT_TRANSLATE_NOOP("Labels", "草稿"),
    "confirmed": QT_TRANSLATE_NOOP("Labels", "已确认"),
    "delivered": QT_TRANSLATE_NOOP("Labels", "已发货"),
    "closed": QT_TRANSLATE_NOOP("Labels", "已结清"),
    "cancelled": QT_TRANSLATE_NOOP("Labels", "已作废"),
}
PAYMENT_METHOD = {
    "bank_transfer": QT_TRANSLATE_NOOP("Labels", "银行转账"),
    "cash": QT_TRANSLATE_NOOP("Labels", "现金"),
    "alipay": QT_TRANSLATE_NOOP("Labels", "支付宝"),
    "wechat_pay": QT_TRANSLATE_NOOP("Labels", "微信支付"),
    "acceptance_bill": QT_TRANSLATE_NOOP("Labels", "银行承兑汇票"),
    "goods": QT_TRANSLATE_NOOP("Labels", "以物抵债"),
    "other": QT_TRANSLATE_NOOP("Labels", "其他"),
    "credit_note": QT_TRANSLATE_NOOP("Labels", "退货/折让"),  # not money: never offered as a method
}
INVOICE_REQUIREMENT = {
    "original": QT_TRANSLATE_NOOP("Labels", "原件"),
    "copy": QT_TRANSLATE_NOOP("Labels", "复印件"),
    "fax": QT_TRANSLATE_NOOP("Labels", "传真件"),
}

DOCUMENT_KIND = {
    "price_confirmation": QT_TRANSLATE_NOOP("Labels", "供货价格确认书"),
    "iou": QT_TRANSLATE_NOOP("Labels", "欠款确认书"),
    "other": QT_TRANSLATE_NOOP("Labels", "其他"),
    "credit_note": QT_TRANSLATE_NOOP("Labels", "退货/折让确认书"),
}
CREDIT_NOTE_KIND = {
    "return": QT_TRANSLATE_NOOP("Labels", "退货"),
    "allowance": QT_TRANSLATE_NOOP("Labels", "折让"),
}
FOLLOW_UP_CHANNEL = {
    "call": QT_TRANSLATE_NOOP("Labels", "电话"),
    "visit": QT_TRANSLATE_NOOP("Labels", "拜访"),
    "sms": QT_TRANSLATE_NOOP("Labels", "短信"),
    "wechat": QT_TRANSLATE_NOOP("Labels", "微信"),
    "letter": QT_TRANSLATE_NOOP("Labels", "信函"),
}
PROMISE_STATUS = {
    "pending": QT_TRANSLATE_NOOP("Labels", "待兑现"),
    "kept": QT_TRANSLATE_NOOP("Labels", "已兑现"),
    "partly_kept": QT_TRANSLATE_NOOP("Labels", "部分兑现"),
    "broken": QT_TRANSLATE_NOOP("Labels", "已失约"),
}


# The words for amounts, the same on every screen (services.ledger.balances defines them).
AMOUNT = {
    "owed": QT_TRANSLATE_NOOP("Labels", "应收余额"),
    "overdue": QT_TRANSLATE_NOOP("Labels", "逾期金额"),
    "committed": QT_TRANSLATE_NOOP("Labels", "已确认未发货"),
    "credit": QT_TRANSLATE_NOOP("Labels", "预收款（未核销）"),
    "this_contract": QT_TRANSLATE_NOOP("Labels", "本合同未付"),
}
AMOUNT_HELP = {
    "owed": QT_TRANSLATE_NOOP(
        "Labels", "已发货合同的各期，以及已确认合同的定金/预付款，尚未付的部分"),
    "committed": QT_TRANSLATE_NOOP(
        "Labels", "已确认、未发货合同中定金以外的各期：发货后才成为应收，只计入信用占用"),
    "credit": QT_TRANSLATE_NOOP("Labels", "已收到、尚未核销到任何分期的钱（预收款、多付款、退货余额）"),
}

# The words typed in a payment term ("30%定金@签订+0"), in the UI language. Every translation
# must be among services.ledger.terms.BASE_WORDS / DEPOSIT_WORDS so that it reads back.
TERM_WORDS = {
    "signing": QT_TRANSLATE_NOOP("Labels", "签订"),
    "delivery": QT_TRANSLATE_NOOP("Labels", "发货"),
    "month_end": QT_TRANSLATE_NOOP("Labels", "月末"),
    "deposit": QT_TRANSLATE_NOOP("Labels", "定金"),
}


def term_words() -> dict[str, str]:
    """{"signing" | "delivery" | "month_end" | "deposit": the word} for terms.format_parts."""
    return {key: QCoreApplication.translate(CONTEXT, word) for key, word in TERM_WORDS.items()}


def amount_label(key: str) -> str:
    return QCoreApplication.translate(CONTEXT, AMOUNT[key])


def amount_help(key: str) -> str:
    return QCoreApplication.translate(CONTEXT, AMOUNT_HELP[key]) if key in AMOUNT_HELP else ""


def label(table: dict[str, str], code: str) -> str:
    source = table.get(code)
    return QCoreApplication.translate(CONTEXT, source) if source else code


def yes_no(value: bool) -> str:
    # Literal contexts: lupdate reads only string literals.
    return (QCoreApplication.translate("Labels", "是") if value
            else QCoreApplication.translate("Labels", "否"))
