"""The business rules, grouped by the field's domains. Plain functions on a unit of work that return plain data; no Qt.

Imports run downward only (held by import-linter, see pyproject.toml):
demo → reports → admin → collection | documents → ledger → core → models."""
