"""The papers customers sign: price confirmation sheets and IOUs, as PDF (reportlab, no Qt)."""
