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


def label(table: dict[str, str], code: str) -> str:
    source = table.get(code)
    return QCoreApplication.translate(CONTEXT, source) if source else code


def yes_no(value: bool) -> str:
    # Literal contexts: lupdate reads only string literals.
    return (QCoreApplication.translate("Labels", "是") if value
            else QCoreApplication.translate("Labels", "否"))
