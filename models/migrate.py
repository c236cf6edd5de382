"""Bring a database to the newest schema, backing the file up first.

The version is read with one cheap query; Alembic is imported only when an upgrade is due,
so a normal start costs nothing. A database at a revision none of our migration scripts knows
was written by a newer version of the app: it is refused (NewerSchema) before anything is
copied or changed.
"""
from __future__ import annotations

import datetime as dt
import functools
import re
import sqlite3
from pathlib import Path

from sqlalchemy import Engine, create_engine, inspect, text

from models.migrations import HEAD

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


class NewerSchema(Exception):
    """The database's schema revision is not among this app's migration scripts: a newer
    version of the app wrote it. Nothing was copied or changed."""

    def __init__(self, revision: str) -> None:
        self.revision = revision
        super().__init__(f"the database is at schema revision {revision!r}, which this version "
                         "of the app does not know (it was written by a newer version)")


def upgrade_if_needed(engine: Engine, backup_dir: Path | None = None) -> Path | None:
    """Upgrade to HEAD. Returns the backup made before upgrading, if any.

    NewerSchema, before any copy is made, when the revision is not one of ours."""
    revision = current_revision(engine)
    if revision == HEAD:
        return None
    if revision is not None and revision not in script_revisions():
        raise NewerSchema(revision)
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
    copy_sqlite(db_file, target)
    return target


def copy_sqlite(db_file: Path, target: Path) -> None:
    """A whole copy of a SQLite file (its pending WAL pages included) into `target`, through
    the online backup API."""
    source = sqlite3.connect(db_file)
    try:
        dest = sqlite3.connect(target)
        with dest:
            source.backup(dest)
        dest.close()
    finally:
        source.close()


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
    run_migrations(engine, "head")


def run_migrations(engine: Engine, target: str, downgrade: bool = False) -> None:
    """Migrate up (or down) to `target` in one transaction. On SQLite, foreign keys are off
    meanwhile: batch mode rebuilds a table by copying it and dropping the old one, which SQLite
    refuses while other tables refer to it. The references are checked afterwards; a
    migration that broke one is rolled back."""
    from alembic import command

    config = alembic_config(engine)
    with engine.connect() as conn:
        raw = conn.connection.dbapi_connection if engine.dialect.name == "sqlite" else None
        if raw is not None:
            raw.execute("PRAGMA foreign_keys=OFF")  # it counts only outside a transaction
        try:
            with conn.begin():
                config.attributes["connection"] = conn
                (command.downgrade if downgrade else command.upgrade)(config, target)
                if raw is not None:
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise RuntimeError(f"a migration broke references: {broken[:5]}")
        finally:
            if raw is not None:
                raw.execute("PRAGMA foreign_keys=ON")


# -- what the scripts say ---------------------------------------------------------------------
_REVISION = re.compile(r"^revision\s*(?::[^=]*)?=\s*['\"]([^'\"]+)['\"]", re.M)
_DOWN_REVISION = re.compile(r"^down_revision\s*(?::[^=]*)?=\s*['\"]([^'\"]+)['\"]", re.M)


def script_revisions() -> list[str]:
    """The migration scripts' revisions, oldest first, read from the files (no Alembic)."""
    parents: dict[str, str | None] = {}
    for script in sorted((Path(MIGRATIONS_DIR) / "versions").glob("*.py")):
        source = script.read_text(encoding="utf-8")
        revision = _REVISION.search(source)
        if not revision:
            continue
        down = _DOWN_REVISION.search(source)
        parents[revision.group(1)] = down.group(1) if down else None
    children = {parent: rev for rev, parent in parents.items()}
    ordered, current = [], children.get(None)
    while current is not None and current not in ordered:
        ordered.append(current)
        current = children.get(current)
    return ordered + sorted(set(parents) - set(ordered))


def expected_schema(revision: str) -> dict[str, frozenset[str]]:
    """The tables and their column names a database at `revision` has: the migrations run up
    to it in an in-memory SQLite database (once per revision and scripts folder; imports
    Alembic, about a second the first time). An unknown revision raises Alembic's error."""
    return dict(_expected_schema(str(MIGRATIONS_DIR), revision))


@functools.lru_cache(maxsize=32)
def _expected_schema(migrations_dir: str, revision: str) -> tuple[tuple[str, frozenset[str]], ...]:
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", migrations_dir)
    engine = create_engine("sqlite://")
    try:
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, revision)
            schema = sqlite_schema(conn.connection.driver_connection)
    finally:
        engine.dispose()
    return tuple(sorted(schema.items()))


def sqlite_schema(conn: sqlite3.Connection) -> dict[str, frozenset[str]]:
    """Every table of an SQLite database (SQLite's own sqlite_* left out) with its column names
    (PRAGMA table_info)."""
    tables = [row[0] for row in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' "
        "ESCAPE '\\'")]
    schema = {}
    for table in tables:
        quoted = '"' + table.replace('"', '""') + '"'
        schema[table] = frozenset(row[1] for row in conn.execute(f"PRAGMA table_info({quoted})"))
    return schema
