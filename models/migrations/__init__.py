"""Alembic migrations. HEAD names the newest revision so start-up can compare without importing Alembic."""

HEAD = "0010"
