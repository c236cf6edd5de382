"""The first-run page: what a new, empty database (not the demo) opens on instead of empty
tables. Three steps: our company (name, branch code, bank account, this PC's operator), bring
the books in from Excel (the import templates named and written on request), or start typing.

The main window shows it in place of its tabs (ui/main_window.py) and leaves it when the clerk
starts typing or once a customer exists."""
from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from services.admin import company
from services.core.environment import DatabaseProblem
from services.core.errors import ValidationError
from services.core.uow import AppContext
from services.imports.fields import KINDS
from services.imports.templates import template_file_name
from ui.error_text import error_message
from ui.form_dialog import ERROR_STYLE, INVALID_STYLE
from ui.problem_text import problem_message

CONTENT_WIDTH = 860  # the column the steps sit in, centred on a wide screen
DONE_STYLE = "color: #1e6b35;"
HINT_STYLE = "color: #5f6368;"
# The import buttons in the order the books are best brought in.
IMPORT_ORDER = ("customers", "receivables", "contracts", "payments")


def download_templates(parent: QWidget) -> tuple[bool, str] | None:
    """Ask for a folder and write the four import templates there (services.imports.templates);
    (True, where they went) or (False, why not) in the user's words; None when cancelled.
    The page's button and 文件 › 下载导入模板… both call this."""
    from services.imports.templates import write_templates

    start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = QFileDialog.getExistingDirectory(
        parent, QCoreApplication.translate("FirstRunPage", "选择保存导入模板的文件夹"), start)
    if not folder:
        return None
    try:
        written = write_templates(Path(folder))
    except OSError as error:
        return False, QCoreApplication.translate("FirstRunPage", "无法写入 {folder}：{error}").format(
            folder=folder, error=error.strerror or error)
    return True, QCoreApplication.translate(
        "FirstRunPage", "已将 {count} 个导入模板保存到 {folder}").format(
        count=len(written), folder=str(Path(folder)))


class FirstRunPage(QWidget):
    """The page; it emits what the clerk chose, the main window acts on it."""

    import_requested = Signal(str)  # an import kind (services.imports.fields.KINDS)
    start_requested = Signal()      # 直接开始录入: show the tabs
    saved = Signal()                # our company and the operator were saved

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.field_widgets: dict[str, QLineEdit] = {}
        column = QVBoxLayout()
        column.setSpacing(14)
        title = QLabel(self.tr("欢迎使用回款通"))
        title.setObjectName("firstRunTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(self.tr("这是一个新的空数据库。先填好我们公司的信息，再从 Excel 导入已有的"
                               "客户和欠款，或者直接开始录入。"))
        intro.setWordWrap(True)
        column.addWidget(title)
        column.addWidget(intro)
        column.addWidget(self._company_step())
        column.addWidget(self._import_step())
        column.addWidget(self._start_step())
        column.addStretch(1)
        self._place(column)

    def _place(self, column: QVBoxLayout) -> None:
        """The steps in a centred column of at most CONTENT_WIDTH, scrolling on a small
        screen."""
        content = QWidget()
        content.setMaximumWidth(CONTENT_WIDTH)
        content.setLayout(column)
        centred = QWidget()
        row = QHBoxLayout(centred)
        row.setContentsMargins(24, 24, 24, 24)
        row.addStretch(1)
        row.addWidget(content, 100)
        row.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(centred)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll)

    # -- step 1: our company ----------------------------------------------------------------
    def _company_step(self) -> QGroupBox:
        info = company.get_company(self.ctx.uow())
        box = QGroupBox(self.tr("第 1 步：我们公司"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows = (  # field, caption, value, hint, narrow
            ("company_name", self.tr("公司名称"), info.company_name,
             self.tr("打印在每份单据上，如 北京九州医疗器械有限公司"), False),
            ("branch_code", self.tr("分公司代码 *"), info.branch_code,
             self.tr("1–6 位英文字母或数字，用在每个编号里：BJ-2026-00042 中的 BJ"), True),
            ("company_bank_account", self.tr("开户行及账号"), info.company_bank_account,
             self.tr("印在对账单和催款函上，如 中国工商银行北京分行 0200 0000 0000 0000 000"),
             False),
            ("operator", self.tr("操作员姓名 *"), self.ctx.operator,
             self.tr("在这台电脑上工作的人，记入每条修改记录"), True),
        )
        for field, caption, value, hint, narrow in rows:
            edit = QLineEdit(value)
            edit.setToolTip(hint)
            edit.textEdited.connect(lambda _text, edit=edit: self._clear_mark(edit))
            self.field_widgets[field] = edit
            if not narrow:
                edit.setPlaceholderText(hint)
                form.addRow(caption, edit)
                continue
            edit.setFixedWidth(edit.fontMetrics().horizontalAdvance("M") * 16)
            said = QLabel(hint)
            said.setStyleSheet(HINT_STYLE)
            said.setWordWrap(True)
            row = QHBoxLayout()
            row.addWidget(edit)
            row.addWidget(said, 1)
            form.addRow(caption, row)
        self.company_error = QLabel()
        self.company_error.setObjectName("errorLabel")
        self.company_error.setWordWrap(True)
        self.company_error.hide()
        self.save_button = QPushButton(self.tr("保存公司信息"))
        self.save_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.save_button.clicked.connect(self.save_company)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        buttons.addWidget(self.company_error, 1)
        more = QLabel(self.tr("地址、电话、税号和回款规则可以稍后在 设置 › 公司信息与回款规则 中填写。"))
        more.setWordWrap(True)
        more.setStyleSheet(HINT_STYLE)
        layout = QVBoxLayout(box)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(more)
        return box

    def save_company(self) -> bool:
        """Save our company (services.admin.company.save_company, the other details kept as
        they are) and this PC's operator (QSettings "operator"); everything checked first, a
        refusal shown beside the button naming the field, nothing saved. True when saved."""
        values = {field: edit.text() for field, edit in self.field_widgets.items()}
        operator = values.pop("operator").strip()
        try:
            if not operator:
                raise ValidationError("operator", "required")
            current = company.get_company(self.ctx.uow())
            company.save_company(self.ctx.uow(), dataclasses.replace(current, **values))
        except ValidationError as error:
            self._say(error_message(error), self.field_widgets.get(error.field))
            return False
        except DatabaseProblem as problem:
            self._say(problem_message(problem), None)
            return False
        QSettings().setValue("operator", operator)
        self.ctx.operator = operator  # from the next action on, as 本机设置 does
        saved = company.get_company(self.ctx.uow())
        self.field_widgets["branch_code"].setText(saved.branch_code)  # upper-cased
        self._say(self.tr("已保存。"), None, done=True)
        self.saved.emit()
        return True

    def _say(self, text: str, widget: QLineEdit | None, done: bool = False) -> None:
        for edit in self.field_widgets.values():
            edit.setStyleSheet("")
        self.company_error.setStyleSheet(DONE_STYLE if done else ERROR_STYLE)
        self.company_error.setText(text)
        self.company_error.show()
        if widget is not None:
            widget.setStyleSheet(INVALID_STYLE)
            widget.setFocus()

    def _clear_mark(self, edit: QLineEdit) -> None:
        if edit.styleSheet():
            edit.setStyleSheet("")
            self.company_error.hide()

    # -- step 2: bring the books in -----------------------------------------------------------
    def _import_step(self) -> QGroupBox:
        box = QGroupBox(self.tr("第 2 步：导入已有数据（Excel 或 CSV）"))
        layout = QVBoxLayout(box)
        order = QLabel(self.tr("建议顺序：先导入客户，再导入期初应收（按发票）或合同及分期，"
                               "最后导入回款。"))
        order.setWordWrap(True)
        layout.addWidget(order)
        captions = {"customers": self.tr("导入客户…"), "receivables": self.tr("导入期初应收…"),
                    "contracts": self.tr("导入合同…"), "payments": self.tr("导入回款…")}
        grid = QGridLayout()
        self.import_buttons: dict[str, QPushButton] = {}
        for index, kind in enumerate(IMPORT_ORDER):
            button = QPushButton(captions[kind])
            button.clicked.connect(lambda _checked=False, kind=kind: self.import_requested.emit(kind))
            grid.addWidget(button, 0, index)
            self.import_buttons[kind] = button
        layout.addLayout(grid)
        self.templates_label = QLabel(self.tr(
            "没有现成的表格？下载导入模板填好再导入：第 1 行是表头（带 * 的必填），第 2 行是示例，"
            "“说明”页解释每一列。模板文件："))
        self.templates_label.setWordWrap(True)
        layout.addWidget(self.templates_label)
        files = QGridLayout()
        files.setContentsMargins(16, 0, 0, 0)
        self.template_names: list[QLabel] = []
        for index, kind in enumerate(KINDS):
            name = QLabel("· " + template_file_name(kind))
            name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            files.addWidget(name, index // 2, index % 2)
            self.template_names.append(name)
        layout.addLayout(files)
        self.templates_button = QPushButton(self.tr("下载导入模板…"))
        self.templates_button.clicked.connect(self.download_templates)
        self.templates_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.templates_result = QLabel()
        self.templates_result.setWordWrap(True)
        self.templates_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        row.addWidget(self.templates_button)
        row.addWidget(self.templates_result, 1)
        layout.addLayout(row)
        return box

    def download_templates(self) -> None:
        """下载导入模板…: the four templates into a folder the clerk picks; says where."""
        result = download_templates(self)
        if result is None:
            return
        ok, text = result
        self.templates_result.setStyleSheet(DONE_STYLE if ok else ERROR_STYLE)
        self.templates_result.setText(text)

    # -- step 3: start typing ---------------------------------------------------------------
    def _start_step(self) -> QGroupBox:
        box = QGroupBox(self.tr("第 3 步：或者直接开始录入"))
        layout = QHBoxLayout(box)
        text = QLabel(self.tr("不导入也可以：在“客户”页新建客户，在“合同”页录入合同和回款计划。"))
        text.setWordWrap(True)
        self.start_button = QPushButton(self.tr("直接开始录入"))
        self.start_button.clicked.connect(self.start_requested.emit)
        layout.addWidget(text, 1)
        layout.addWidget(self.start_button)
        return box
