"""A yes/no question put as a statement and the question itself, each on its own line.

A question box wraps one long Chinese sentence wherever the width runs out, so "吗？" can end up
alone on the last line. Here what happened is the box's text and the question its
informative text: the question is never split from what it asks.
"""
from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

Button = QMessageBox.StandardButton
QUESTION_WIDTH = 640  # a longer question wraps, as a paragraph would


def ask(parent: QWidget | None, title: str, statement: str, question: str,
        default_yes: bool = True) -> bool:
    """True when the user answers yes. `statement`: what happened ("合同 X 已标记为已发货。");
    `question`: what to do now, one short sentence ("现在打印欠款确认书吗？")."""
    box = QMessageBox(QMessageBox.Icon.Question, title, statement, Button.Yes | Button.No,
                      parent)
    box.setInformativeText(question)
    label = box.findChild(QLabel, "qt_msgbox_informativelabel")
    if label is not None:  # a short question on one line: the box widens rather than wrap it
        label.setMinimumWidth(min(label.fontMetrics().horizontalAdvance(question) + 8,
                                  QUESTION_WIDTH))
    box.setDefaultButton(Button.Yes if default_yes else Button.No)
    return box.exec() == Button.Yes
