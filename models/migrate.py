"""Bring a database to the newest schema, backing the file up first.

The version is read with one cheap query; Alembic is imported only when an upgrade is due,
so a normal start costs nothing.
"""
from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from sqlalchemy import Engine, inspect, text

from models.migrations import HEAD

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade_if_needed(engine: Engine, backup_dir: Path | None = None) -> Path | None:
    """Upgrade to HEAD. Returns the backup made before upgrading, if any."""
    revision = current_revision(engine)
    if revision == HEAD:
        return None
    backup = None
    if revision is not None and engine.dialect.name == "sqlite":
        backup = backup_sqlite(Path(engine.url.database), backup_dir, f"before-{HEAD}")
    _run_alembic_upgrade(engine)
    return backup


def backup_sqlite(db_file: Path, backup_dir: Path | None, label: str) -> Path:
    """Copy a live SQLite file with the online backup API (safe while WAL pages are pending)."""
    folder = backup_dir or db_file.parent
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = folder / f"{db_file.stem}-{stamp}-{label}{db_file.suffix or '.sqlite3'}"
    source = sqlite3.connect(db_file)
    try:
        dest = sqlite3.connect(target)
        with dest:
            source.backup(dest)
        dest.close()
    finally:
        source.close()
    return target


def alembic_config(engine: Engine | None = None):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if engine is not None:
        # configparser reads % as interpolation: a path like C:\Users\张三 arrives %-escaped.
        url = engine.url.render_as_string(hide_password=False)
        config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def _run_alembic_upgrade(engine: Engine) -> None:
    from alembic import command

    config = alembic_config(engine)
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")
