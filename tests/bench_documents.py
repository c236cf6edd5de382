"""How long drawing the signed papers takes. Not a test (pytest skips bench_*): run it by hand.

    PYTHONPATH=. /work/venv/bin/python tests/bench_documents.py

Goal: under 100 ms per document, after the first one (which imports reportlab and reads the font).
"""
from __future__ import annotations

import time

from services.documents.render import render_iou, render_price_confirmation
from tests.documents.test_documents_render import iou, long_contract, price_confirmation

BATCH = 500


def timed(label: str, count: int, work) -> None:
    started = time.perf_counter()
    for _ in range(count):
        size = len(work())
    elapsed = time.perf_counter() - started
    print(f"{label:<44} {elapsed:8.3f} s   {elapsed / count * 1000:7.1f} ms each"
          f"   {size / 1024:5.0f} KB")


def main() -> None:
    typical, debt = price_confirmation(), iou()      # 5 lines, 2 installments
    timed("first price confirmation (cold: font load)", 1,
          lambda: render_price_confirmation(typical))
    timed("price confirmation, 5 lines (warm)", 1, lambda: render_price_confirmation(typical))
    timed(f"{BATCH} price confirmations, 5 lines", BATCH,
          lambda: render_price_confirmation(typical))
    timed(f"{BATCH} IOUs, 2 installments", BATCH, lambda: render_iou(debt))
    big = long_contract(120)
    timed("price confirmation, 120 lines", 5, lambda: render_price_confirmation(big))


if __name__ == "__main__":
    main()
