"""合并客户: merge the selected customer into another one that is the same customer (typed
twice, or a code from the old system). Shows what will move (services.ledger.merge.
merge_preview), asks once naming both codes, then merges in one transaction."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
)

from services.core.environment import DatabaseProblem
from services.core.errors import NotFound, ValidationError
from services.core.parsing import clean_text
from services.core.uow import AppContext
from services.ledger import customers
from services.ledger.merge import FIELD, REASON_LIMIT, MergeCounts, MergePreview, MergeResult
from services.ledger.merge import merge_customers as merge_service
from services.ledger.merge import merge_preview as preview_service
from ui.ask import ask
from ui.customer_box import CustomerBox
from ui.error_text import error_message
from ui.form_dialog import FormDialog
from ui.problem_text import problem_message

CONTEXT = "MergeCustomersDialog"
# What moves (MergeCounts' fields): the ledger on the left, the collection papers on the
# right; "其中" rows are part of the row above.
LEFT = {
    "contracts": QT_TRANSLATE_NOOP("MergeCustomersDialog", "合同"),
    "invoices": QT_TRANSLATE_NOOP("MergeCustomersDialog", "其中发票"),
    "attachments": QT_TRANSLATE_NOOP("MergeCustomersDialog", "其中签回件附件"),
    "payments": QT_TRANSLATE_NOOP("MergeCustomersDialog", "回款（含退货/折让冲减）"),
    "credit_notes": QT_TRANSLATE_NOOP("MergeCustomersDialog", "退货/折让单"),
    "collection_targets": QT_TRANSLATE_NOOP("MergeCustomersDialog", "回款目标（月）"),
    "targets_added": QT_TRANSLATE_NOOP("MergeCustomersDialog", "其中与保留客户同月（金额相加）"),
}
RIGHT = {
    "promises": QT_TRANSLATE_NOOP("MergeCustomersDialog", "承诺回款"),
    "follow_ups": QT_TRANSLATE_NOOP("MergeCustomersDialog", "跟进记录"),
    "documents": QT_TRANSLATE_NOOP("MergeCustomersDialog", "已出具单据"),
    "statements": QT_TRANSLATE_NOOP("MergeCustomersDialog", "对账单"),
    "dunning_letters": QT_TRANSLATE_NOOP("MergeCustomersDialog", "催款函"),
    "legal_actions": QT_TRANSLATE_NOOP("MergeCustomersDialog", "法律行动"),
}
PART_OF_ABOVE = frozenset({"invoices", "attachments", "targets_added"})


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class MergeCustomersDialog(FormDialog):
    """Merge customer `merge_id` into the one chosen in the box. `merged` holds the
    MergeResult once merged (the dialog is then accepted)."""

    default_size = (560, 440)

    def __init__(self, ctx: AppContext, merge_id: int, parent=None) -> None:
        super().__init__(self.tr("合并客户"), parent)
        self.ctx, self.merge_id = ctx, merge_id
        self.merged: MergeResult | None = None
        self._confirmed: tuple | None = None  # (keep id, versions) the user said yes to
        choices = customers.customer_choices(ctx.uow())
        merged = next((c for c in choices if c.id == merge_id), None)
        form = QFormLayout()
        self.merged_label = QLabel(f"{merged.code}  {merged.name}" if merged else "")
        self.merged_label.setObjectName("mergedCustomer")
        form.addRow(self.tr("被合并的客户"), self.merged_label)
        self.keep_box = CustomerBox([c for c in choices if c.id != merge_id])
        self.keep_box.select_id(None)
        self.keep_box.currentIndexChanged.connect(lambda _i: self._show_preview())
        form.addRow(self.tr("保留的客户 *"), self.keep_box)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("如：同一客户录入两次；旧系统编码"))
        form.addRow(self.tr("原因 *"), self.reason)
        self.field_widgets.update({FIELD: self.keep_box, "reason": self.reason})
        self.body.addLayout(form)
        self.body.addWidget(self._summary_box())
        hint = QLabel(self.tr(
            "被合并客户的全部记录移到保留的客户名下，合同号和业务员不变；随后删除被合并的客户，"
            "它的编码和名称留在保留的客户上，搜索仍能找到。保留客户自己的资料不变，"
            "被合并客户的资料完整记入操作日志。合并不能撤销。"))
        hint.setWordWrap(True)
        self.body.addWidget(hint)
        self.body.addStretch(1)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("合并"))

    def _summary_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("将移到保留客户名下"))
        grid = QGridLayout(box)
        self.counts: dict[str, QLabel] = {}
        for first_column, kinds in ((0, LEFT), (3, RIGHT)):
            for row, (kind, text) in enumerate(kinds.items()):
                caption = QLabel(_tr(text))
                if kind in PART_OF_ABOVE:
                    caption.setIndent(caption.fontMetrics().horizontalAdvance("其中"))
                number = QLabel("–")
                number.setObjectName(f"count_{kind}")
                number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                number.setMinimumWidth(number.fontMetrics().horizontalAdvance("00000"))
                grid.addWidget(caption, row, first_column)
                grid.addWidget(number, row, first_column + 1)
                self.counts[kind] = number
        grid.setColumnStretch(0, 1)  # two halves of the same width, a gap between
        grid.setColumnStretch(3, 1)
        grid.setColumnMinimumWidth(2, 32)
        self.preview_note = QLabel()
        self.preview_note.setWordWrap(True)
        self.preview_note.setObjectName("previewNote")
        grid.addWidget(self.preview_note, len(LEFT), 0, 1, 5)
        return box

    def _show_preview(self) -> None:
        """The counts for the customer chosen (nothing while none is)."""
        keep_id = self.keep_box.chosen_id()
        counts, note = MergeCounts(), ""
        if keep_id is None:
            self._fill(None)
            self.preview_note.setText(note)
            return
        try:
            counts = preview_service(self.ctx.uow(), keep_id, self.merge_id).counts
        except ValidationError as error:
            note = error_message(error)
        except NotFound:
            note = self.tr("这个客户已不存在（可能已被他人删除或合并）。")
        except DatabaseProblem as problem:
            note = problem_message(problem)
        self._fill(None if note else counts)
        self.preview_note.setText(note)

    def _fill(self, counts: MergeCounts | None) -> None:
        values = counts.as_dict() if counts is not None else {}
        for kind, label in self.counts.items():
            label.setText(str(values[kind]) if kind in values else "–")

    def save(self) -> None:
        """Ask once (naming both codes), then merge; "no" leaves the dialog open as it was."""
        keep_id = self.keep_box.chosen_id()
        if keep_id is None:
            raise ValidationError(FIELD, "required")
        clean_text(self.reason.text(), "reason", REASON_LIMIT, required=True)  # before asking
        preview = preview_service(self.ctx.uow(), keep_id, self.merge_id)
        versions = (preview.keep_version, preview.merge_version)
        if self._confirmed != (keep_id, versions):  # a retry while busy does not ask again
            self._confirmed = None
            if not self._ask(preview):
                return
            self._confirmed = (keep_id, versions)
        self.merged = merge_service(self.ctx.uow(), keep_id, self.merge_id, self.reason.text(),
                                    versions)

    def _ask(self, preview: MergePreview) -> bool:
        statement = self.tr(
            "{merge_code} {merge_name} 的合同 {contracts} 份、回款 {payments} 笔及其他全部记录"
            "将移到 {keep_code} {keep_name} 名下，然后删除 {merge_code}。").format(
            merge_code=preview.merge_code, merge_name=preview.merge_name,
            keep_code=preview.keep_code, keep_name=preview.keep_name,
            contracts=preview.counts.contracts, payments=preview.counts.payments)
        question = self.tr("确定把 {merge_code} 合并到 {keep_code} 吗？合并不能撤销。").format(
            merge_code=preview.merge_code, keep_code=preview.keep_code)
        return ask(self, self.tr("合并客户"), statement, question, default_yes=False)

    def accept(self) -> None:
        if self.merged is not None:  # the user said no: stay open
            super().accept()
