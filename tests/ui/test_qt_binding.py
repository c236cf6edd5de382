"""The pinned Qt binding must not eat references to None.

PySide6 6.12.0 on Python 3.11 lowers None's reference count by one on every call of a Qt
method that returns nothing (QLabel.setText, QStandardItem.setData, …); Python 3.11 aborts
with "none_dealloc" when the count reaches zero, which the alerts window did at 100,000
contracts. Python 3.12 and later make None immortal (its count never changes), so there this
test passes whatever the binding does, as it should.
"""
from __future__ import annotations

import gc
import sys

import PySide6
from PySide6.QtGui import QStandardItem
from PySide6.QtWidgets import QLabel

CALLS = 5000


def _void_calls(label: QLabel, item: QStandardItem, times: int) -> None:
    for _ in range(times):
        label.setText("回款")
        label.setEnabled(True)
        item.setData(1, 257)


def test_void_qt_calls_leave_none_reference_count_alone(qapp):
    label, item = QLabel(), QStandardItem()
    _void_calls(label, item, 100)  # first calls may cache things; not what is measured
    gc.collect()
    before = sys.getrefcount(None)
    _void_calls(label, item, CALLS)
    gc.collect()
    lost = before - sys.getrefcount(None)
    # A faulty binding loses one per call (15,000 here); a sound one a handful at most.
    assert lost < 100, (f"{lost} references to None lost in {3 * CALLS} void Qt calls: "
                        f"PySide6 {PySide6.__version__} on Python {sys.version.split()[0]} "
                        "would abort the app; pin a binding without this fault")
