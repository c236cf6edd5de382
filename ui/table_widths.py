"""Column widths from what a table holds, measured on a few texts rather than on every cell.

`resizeColumnsToContents` asks the model for every role of every cell (7,000 `data()` calls for
a customer with 126 payments, most of the collection record's opening time). Here each
column's texts are made once, and only the few longest (by length: characters of one script are
about as wide as each other) are measured with the view's font.
"""
from __future__ import annotations

import heapq
from collections.abc import Iterable

from PySide6.QtWidgets import QTableView

from ui.rows_model import RowsModel

MEASURED = 8   # texts measured per column: the longest by length
SAMPLE = 500   # rows whose texts are made (the first ones, as listed)


def fit_to_texts(view: QTableView, texts: list[Iterable[str]], measured: int = MEASURED) -> None:
    """Make each column (texts[c]: its cells' texts) as wide as its header and its widest text
    among the `measured` longest; the last column still stretches when the view says so."""
    metrics = view.fontMetrics()
    header = view.horizontalHeader()
    air = 2 * metrics.horizontalAdvance("0") + 8  # the cell's margins and a little room
    for column, column_texts in enumerate(texts):
        longest = heapq.nlargest(measured, set(column_texts), key=len)
        widest = max((metrics.horizontalAdvance(t) for t in longest), default=0)
        header.resizeSection(column, max(widest + air, header.sectionSizeHint(column)))


def fit_rows(view: QTableView, model: RowsModel, measured: int = MEASURED,
             sample: int = SAMPLE) -> None:
    """fit_to_texts for a RowsModel: each column's texts as the model shows them, from its
    first `sample` rows."""
    rows = model.rows[:sample]
    texts = []
    for column in model.columns:
        if column.check:
            texts.append([])
        elif column.field:
            texts.append([str(getattr(row, column.field)) for row in rows])
        else:
            texts.append([column.compute(row) for row in rows])
    fit_to_texts(view, texts, measured)
