"""Bringing the books in from Excel and CSV: customers, contracts with installments, open
receivables per invoice, and payments (issue 14). Reading the file (reading), the columns each
kind understands (fields), the mapping of headers to fields (mapping), checking rows (rows) and
writing them in one transaction (load)."""
