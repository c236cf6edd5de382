"""The customer box of the dialogs: type a code, part of the name or its 拼音 (`bjjz`), pick.

An editable combo box holding every customer (code order, "C0001  北京九州诊所"); what is typed
filters a pop-up list under it by services.ledger.customers.choice_matcher (code, name, short
name, 拼音: the rule the customer filter uses). The first match is highlighted: Enter or Tab
takes it, Up and Down move, Esc closes the list. The list holds only the indexes that match
and draws the rows on screen, so 2,000 customers filter as fast as they are typed.
"""
from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    Qt,
)
from PySide6.QtWidgets import QComboBox, QCompleter

from services.ledger.customers import CustomerChoice, choice_matcher

VISIBLE_ROWS = 12


def choice_text(choice: CustomerChoice) -> str:
    """How a customer reads in the box and its list."""
    return f"{choice.code}  {choice.name}"


class _Matches(QAbstractListModel):
    """The choices matching the text typed: one row per match, its index in the box below.

    Every row's edit text (what QCompleter compares with what is typed) is the typed text
    itself: the completer then takes the first row as the best match and highlights it, and
    moving through the list leaves what was typed in the box until a row is taken."""

    def __init__(self, choices: list[CustomerChoice], parent: QObject) -> None:
        super().__init__(parent)
        self.choices = choices
        self.rows = list(range(len(choices)))
        self.typed = ""

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        position = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return choice_text(self.choices[position])
        if role == Qt.ItemDataRole.EditRole:
            return self.typed
        if role == Qt.ItemDataRole.UserRole:
            return position
        return None

    def keep(self, text: str) -> None:
        matches = choice_matcher(text)
        self.beginResetModel()
        self.typed = text
        self.rows = [i for i, choice in enumerate(self.choices) if matches(choice)]
        self.endResetModel()


class _Completer(QCompleter):
    """Shows the matches as they are (the model filters); Tab takes the highlighted one."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        popup = self.popup()
        if (watched is popup and event.type() == QEvent.Type.KeyPress
                and event.key() == Qt.Key.Key_Tab and popup.isVisible()
                and popup.currentIndex().isValid()):
            self.activated[QModelIndex].emit(popup.currentIndex())
            popup.hide()
            self.widget().setFocus()
            self.widget().focusNextChild()
            return True
        return super().eventFilter(watched, event)


class CustomerBox(QComboBox):
    """Pick one customer from `choices` (customers.customer_choices). The box's items are the
    choices in order, with the customer's id as item data: currentData(), findData(id) and
    currentIndexChanged work as on any combo box; chosen_id() says whether what is typed is a
    customer at all."""

    def __init__(self, choices: list[CustomerChoice], parent=None) -> None:
        super().__init__(parent)
        self.choices = list(choices)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(VISIBLE_ROWS)
        for choice in self.choices:
            self.addItem(choice_text(choice), choice.id)
        self.lineEdit().setPlaceholderText(self.tr("输入编码、名称或拼音首字母"))
        self.matches = _Matches(self.choices, self)
        completer = _Completer(self.matches, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseSensitive)  # the row is the text
        completer.setMaxVisibleItems(VISIBLE_ROWS)
        popup = completer.popup()
        popup.setUniformItemSizes(True)  # 2,000 rows are not measured one by one
        self.lineEdit().setCompleter(completer)  # the line edit gets the keys, not the box
        completer.activated[QModelIndex].connect(self._picked)
        completer.completionModel().modelReset.connect(self._highlight_first)
        self.lineEdit().textEdited.connect(self._typed)

    def _typed(self, text: str) -> None:
        self.matches.keep(text)
        completer = self.completer()
        if not text.strip() or not self.matches.rows:
            completer.popup().hide()
            return
        completer.complete()

    def _highlight_first(self) -> None:
        """The first match highlighted and selected, so Enter or Tab takes it and Down goes
        on to the second: after every refill of the list, which also clears the selection
        (the completer refills it once more after each key, after textEdited)."""
        popup = self.completer().popup()
        first = self.completer().completionModel().index(0, 0)
        if first.isValid():
            popup.selectionModel().setCurrentIndex(
                first, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def _picked(self, index: QModelIndex) -> None:
        position = index.data(Qt.ItemDataRole.UserRole)
        if position is not None:
            self.setCurrentIndex(position)
            self.lineEdit().setText(self.itemText(position))

    def current_choice(self) -> CustomerChoice | None:
        """The customer picked, if the text still names it (chosen_id)."""
        index = self.currentIndex()
        if index < 0 or self.currentText() != self.itemText(index):
            return None
        return self.choices[index]

    def chosen_id(self) -> int | None:
        """The id of the customer picked; None when nothing is, or when the text typed since
        names no customer in the list."""
        choice = self.current_choice()
        return None if choice is None else choice.id

    def select_id(self, customer_id: int | None) -> None:
        """Show this customer (None or unknown: none)."""
        self.setCurrentIndex(self.findData(customer_id) if customer_id is not None else -1)
