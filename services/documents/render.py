"""The documents as PDF bytes: same content in, same bytes out (A4, Chinese, embedded font).

    render_price_confirmation(PriceConfirmation) -> bytes    # 供货价格确认书
    render_iou(Iou) -> bytes                                 # 欠款确认书
    render_credit_note(CreditNoteConfirmation) -> bytes      # 退货确认书 / 折让确认书

Each raises ValueError when the content contradicts itself (lines, schedule and total disagree).
"""
from __future__ import annotations

from services.documents.credit_note_pdf import render_credit_note
from services.documents.iou_pdf import render_iou
from services.documents.price_confirmation_pdf import render_price_confirmation

__all__ = ["render_credit_note", "render_iou", "render_price_confirmation"]
