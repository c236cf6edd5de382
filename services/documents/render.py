"""The two documents as PDF bytes: same content in, same bytes out (A4, Chinese, embedded font).

    render_price_confirmation(PriceConfirmation) -> bytes    # 供货价格确认书
    render_iou(Iou) -> bytes                                 # 欠款确认书

Both raise ValueError when the content contradicts itself (lines, schedule and total disagree).
"""
from __future__ import annotations

from services.documents.iou_pdf import render_iou
from services.documents.price_confirmation_pdf import render_price_confirmation

__all__ = ["render_iou", "render_price_confirmation"]
