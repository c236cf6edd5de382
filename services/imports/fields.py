"""What each kind of import reads: its fields, the header names they are known by in Chinese
and English, which are required, and the fixed values a column may hold.

One place for it all: the automatic mapping (services.imports.mapping), the row checks
(services.imports.rows), the templates (services.imports.templates) and the dialog's column
choices read these lists.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from models.customer import CREDIT_RATINGS
from services.core.parsing import ascii_forms

KINDS = ("customers", "contracts", "receivables", "payments")

# The kinds as the dialog, the templates and the command line name them (Chinese first).
KIND_TITLES = {"customers": "客户", "contracts": "合同及分期", "receivables": "期初应收（按发票）",
               "payments": "回款"}


@dataclass(frozen=True)
class ImportField:
    """One column an import understands.

    `label` is the header the template writes (Chinese); `synonyms` other headers it is
    recognised by (matched after `header_key`: case, spaces, full-width forms, a unit in
    brackets and a required-mark * ignored). `choices` are the fixed values a cell may hold as
    written in a file (a drop-down in the template), each mapped to the stored code by
    `choice_codes`. `example` is the template's example cell."""

    name: str
    label: str
    synonyms: tuple[str, ...] = ()
    required: bool = False
    value: str = "text"  # text | code | money | date | int | choice | yes_no
    choices: tuple[str, ...] = ()
    example: str = ""


# Words a payment method is written with in a file, per stored code (models.payment).
PAYMENT_METHOD_NAMES: dict[str, tuple[str, ...]] = {
    "bank_transfer": ("银行转账", "转账", "银行汇款", "电汇", "网银", "bank transfer", "bank",
                      "transfer", "bank_transfer", "wire"),
    "cash": ("现金", "cash"),
    "alipay": ("支付宝", "alipay"),
    "wechat_pay": ("微信支付", "微信", "wechat pay", "wechat", "wechat_pay"),
    "acceptance_bill": ("银行承兑汇票", "承兑汇票", "承兑", "汇票", "acceptance bill",
                        "acceptance_bill", "bill"),
    "goods": ("以物抵债", "抵货", "goods"),
    "other": ("其他", "other"),
}
# Contract statuses an import may set (closed comes from being paid, cancelled from a clerk).
CONTRACT_STATUS_NAMES: dict[str, tuple[str, ...]] = {
    "draft": ("草稿", "draft"),
    "confirmed": ("已确认", "确认", "未发货", "confirmed"),
    "delivered": ("已发货", "发货", "已送货", "已交货", "delivered"),
}
YES_WORDS = ("是", "Y", "yes", "true", "1", "√", "✓", "定金", "预付款")
NO_WORDS = ("否", "N", "no", "false", "0", "")

_CODE = ("客户编码", "客户代码", "客户编号", "往来单位编码", "往来单位编号", "单位编码", "单位编号",
         "Customer ID", "customerID", "Customer Code", "Customer No")
_CUSTOMER_NAME = ("客户名称", "客户", "客户全称", "单位名称", "往来单位", "往来单位名称", "购货单位",
                  "Customer Name", "Customer")
_SALESPERSON = ("业务员", "销售员", "业务员姓名", "经办人", "负责人", "职员", "Salesperson",
                "Sales Rep", "Sales Person")
_NOTES = ("备注", "说明", "Notes", "Note", "Remark", "Remarks", "Memo")

FIELDS: dict[str, tuple[ImportField, ...]] = {
    "customers": (
        ImportField("code", "客户编码", _CODE + ("编码", "编号", "代码", "Code", "ID"),
                    required=True, value="code", example="001"),
        ImportField("name", "客户名称", _CUSTOMER_NAME + ("名称", "全称", "公司名称", "Name",
                                                      "Company"), required=True,
                    example="北京九州诊所"),
        ImportField("short_name", "简称", ("客户简称", "Short Name"), example="九州"),
        ImportField("address", "地址", ("联系地址", "通讯地址", "客户地址", "Address"),
                    example="北京市朝阳区建国路 1 号"),
        ImportField("salesperson", "业务员", _SALESPERSON, example="王芳"),
        ImportField("phone", "电话", ("联系电话", "电话号码", "手机", "Phone", "Tel", "Telephone"),
                    example="010-65000000"),
        ImportField("purchasing_contact", "联系人", ("采购联系人", "采购", "Contact",
                                                   "Contact Person"), example="李强"),
        ImportField("purchasing_phone", "联系人电话", ("采购电话", "联系人手机", "Contact Phone"),
                    example="13800000000"),
        ImportField("finance_contact", "财务联系人", ("财务", "Finance Contact"), example="赵敏"),
        ImportField("finance_phone", "财务电话", ("Finance Phone",), example="010-65000001"),
        ImportField("credit_code", "统一社会信用代码", ("信用代码", "税号", "纳税人识别号",
                                                     "Tax ID", "Tax Number", "Credit Code"),
                    value="code", example="91110000600037341L"),
        ImportField("bank_name", "开户行", ("开户银行", "银行", "Bank", "Bank Name"),
                    example="中国工商银行北京分行"),
        ImportField("bank_account", "银行账号", ("账号", "开户账号", "Account", "Bank Account",
                                              "Account No"), value="code",
                    example="0200 0000 0000 0000 000"),
        ImportField("credit_rating", "信用等级", ("等级", "评级", "信用评级", "Rating",
                                               "Credit Rating"), value="choice",
                    choices=CREDIT_RATINGS, example="B"),
        ImportField("credit_limit", "信用额度", ("额度", "授信额度", "Credit Limit", "Limit"),
                    value="money", example="200000"),
        ImportField("payment_terms", "付款条件", ("付款方式", "账期", "结算方式", "Payment Terms",
                                               "Terms"), example="发货后 30 天"),
        ImportField("notes", "备注", _NOTES, example=""),
    ),
    "contracts": (
        ImportField("number", "合同号", ("合同编号", "销售单号", "单据编号", "单号", "订单号",
                                      "Contract No", "Contract Number", "Order No"),
                    required=True, value="code", example="XS-2024-0001"),
        ImportField("customer_code", "客户编码", _CODE, required=True, value="code",
                    example="001"),
        ImportField("signed_on", "签订日期", ("合同日期", "签约日期", "单据日期", "日期", "Date",
                                           "Signed On", "Contract Date"), required=True,
                    value="date", example="2024-03-05"),
        ImportField("delivery_on", "发货日期", ("送货日期", "交货日期", "出库日期",
                                             "Delivery Date", "Delivered On"), value="date",
                    example="2024-03-10"),
        ImportField("status", "状态", ("合同状态", "Status"), value="choice",
                    choices=tuple(words[0] for words in CONTRACT_STATUS_NAMES.values()),
                    example="已发货"),
        ImportField("product", "品名", ("商品名称", "货品名称", "产品", "存货名称", "Product",
                                      "Item"), example="一次性注射器"),
        ImportField("salesperson", "业务员", _SALESPERSON, example="王芳"),
        ImportField("due_date", "到期日", ("回款日期", "付款期限", "应收日期", "到期日期",
                                         "Due Date", "Due"), required=True, value="date",
                    example="2024-04-09"),
        ImportField("amount", "分期金额", ("金额", "应收金额", "本期金额", "Amount",
                                        "Installment Amount"), required=True, value="money",
                    example="12,000.00"),
        ImportField("is_deposit", "是否定金", ("定金", "预付款", "Deposit"), value="yes_no",
                    choices=("是", "否"), example="否"),
        ImportField("delivery_note_no", "送货单号", ("出库单号", "发货单号", "Delivery Note"),
                    value="code", example="SH-0001"),
        ImportField("notes", "备注", _NOTES, example=""),
    ),
    "receivables": (
        ImportField("customer_code", "客户编码", _CODE, required=True, value="code",
                    example="001"),
        ImportField("customer_name", "客户名称", _CUSTOMER_NAME, example="北京九州诊所"),
        ImportField("number", "发票号", ("发票号码", "单据编号", "单号", "销售单号", "单据号",
                                      "Invoice No", "Invoice Number", "Invoice", "Document No"),
                    required=True, value="code", example="FP-00012345"),
        ImportField("date", "日期", ("开票日期", "单据日期", "发货日期", "业务日期", "Date",
                                   "Invoice Date"), required=True, value="date",
                    example="2024-03-05"),
        ImportField("due_date", "到期日", ("到期日期", "付款期限", "回款日期", "Due Date", "Due"),
                    required=True, value="date", example="2024-04-04"),
        ImportField("amount", "金额", ("发票金额", "应收金额", "价税合计", "含税金额", "Amount",
                                     "Invoice Amount", "Total"), required=True, value="money",
                    example="¥12,000.00"),
        ImportField("paid", "已收金额", ("已收", "已回款", "已付金额", "已核销金额", "Paid",
                                      "Amount Paid"), value="money", example="2,000.00"),
        ImportField("outstanding", "未收金额", ("余额", "未收余额", "应收余额", "欠款", "Balance",
                                            "Outstanding", "Open Amount"), value="money",
                    example=""),
        ImportField("salesperson", "业务员", _SALESPERSON, example="王芳"),
        ImportField("notes", "备注", _NOTES, example=""),
    ),
    "payments": (
        ImportField("customer_code", "客户编码", _CODE, required=True, value="code",
                    example="001"),
        ImportField("received_on", "收款日期", ("到账日期", "回款日期", "日期", "Date",
                                             "Received On", "Payment Date"), required=True,
                    value="date", example="2024-04-01"),
        ImportField("amount", "收款金额", ("回款金额", "金额", "本次收款", "Amount",
                                        "Payment Amount"), required=True, value="money",
                    example="5,000.00"),
        ImportField("method", "收款方式", ("结算方式", "付款方式", "方式", "Method",
                                        "Payment Method"), value="choice",
                    choices=tuple(words[0] for words in PAYMENT_METHOD_NAMES.values()),
                    example="银行转账"),
        ImportField("reference", "流水号", ("银行流水号", "凭证号", "票据号", "交易号",
                                         "Reference", "Ref"), value="code",
                    example="20240401-0001"),
        ImportField("contract_number", "合同号/发票号", ("合同号", "发票号", "合同编号", "单据编号",
                                                     "单号", "Contract No", "Invoice No"),
                    value="code", example="FP-00012345"),
        ImportField("note", "备注", _NOTES, example=""),
    ),
}

def fields_of(kind: str) -> tuple[ImportField, ...]:
    """The fields of one import kind (KINDS); KeyError for another."""
    return FIELDS[kind]


_BRACKETED = re.compile(r"[(\[（【][^)\]）】]*[)\]）】]")
_IGNORED = re.compile(r"[\s*:：_\-./]+")


def header_key(text: object) -> str:
    """A header as compared: full-width forms as ASCII, case folded, a bracketed unit or note
    ("金额(元)", "Amount [CNY]") and spaces, a required mark *, colons, dashes, dots and
    underscores left out. "客户 编码*" and "客户编码" compare equal; so do "Customer ID" and
    "customerID"."""
    text = ascii_forms(str(text or "")).casefold()
    without_units = _BRACKETED.sub("", text)
    return _IGNORED.sub("", without_units or text)


# A unit in a money column's header that is not yuan: "金额（万元）", "Amount (千元)".
_UNIT = re.compile(r"[(\[（【]\s*(?:单位\s*[:：]?\s*)?(万|千|百万)\s*元?\s*[)\]）】]")
_SCALES = {"万": 10_000, "千": 1_000, "百万": 1_000_000}


def money_scale(header: str) -> int:
    """How many yuan one unit of a money column is, by the unit its header names in brackets:
    10000 for "金额（万元）" or "金额(万)", 1000 for 千元, 1000000 for 百万元; 1 otherwise
    (header_key leaves the unit out, so such a column maps like 金额 and must be multiplied)."""
    found = _UNIT.search(ascii_forms(str(header or "")))
    return _SCALES[found.group(1)] if found else 1


def choice_code(field: ImportField, text: str) -> str | None:
    """The stored code a choice cell's text stands for (its words compared as header_key
    does), or None when it names none. For credit ratings the letter itself."""
    key = header_key(text)
    names = {"method": PAYMENT_METHOD_NAMES, "status": CONTRACT_STATUS_NAMES}.get(field.name)
    if names is None:
        return next((choice for choice in field.choices if header_key(choice) == key), None)
    return next((code for code, words in names.items()
                 if any(header_key(word) == key for word in words + (code,))), None)


def yes_no(text: str) -> bool | None:
    """True for 是/Y/yes/1/√ (and 定金, 预付款), False for 否/N/no/0 or empty; None otherwise."""
    key = header_key(text)
    if key in {header_key(word) for word in YES_WORDS}:
        return True
    if key in {header_key(word) for word in NO_WORDS}:
        return False
    return None
