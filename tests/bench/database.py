"""The database measured: a demo written by the app's own command, cached between runs.

The cache (~/.cache/receivables-bench, or $RKT_BENCH_CACHE) keeps one file per size, named by
the schema head and a hash of the migrations and the demo generator: a schema or generator
change writes a new one. A cached file older than a week is written again, since the demo's
dates follow the day it was written (what is overdue, due soon, this month).
"""
from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# customers, contracts: customers proportional to contracts (the 2,000 / 100,000)
SIZES = {"smoke": (12, 120), "10k": (200, 10_000), "100k": (2_000, 100_000),
         "300k": (6_000, 300_000)}
MAX_AGE_DAYS = 7


def cache_dir() -> Path:
    default = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "receivables-bench"
    return Path(os.environ.get("RKT_BENCH_CACHE") or default)


def schema_key() -> str:
    """The alembic head and a hash of what decides the file's contents."""
    from models.migrations import HEAD

    digest = hashlib.sha256()
    sources = sorted((ROOT / "models" / "migrations" / "versions").glob("*.py"))
    sources += sorted((ROOT / "services" / "demo").glob("*.py"))
    for path in sources:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return f"{HEAD}-{digest.hexdigest()[:10]}"


def write_demo(path: Path, customers: int, contracts: int, log=print) -> None:
    """`main.py demo` into `path` (replacing it), as a user would."""
    log(f"writing the demo: {customers:,} customers / {contracts:,} contracts into {path}")
    path.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([sys.executable, str(ROOT / "main.py"), "demo", "--db", str(path),
                    "--customers", str(customers), "--contracts", str(contracts), "--force"],
                   cwd=ROOT, check=True, stdout=subprocess.DEVNULL)


def database_for(size: str, db: Path | None, log=print) -> Path:
    """`db` as it is when given and present; written there at `size` when given and missing;
    else the cached file for `size`, written when missing, stale or of another schema."""
    customers, contracts = SIZES[size]
    if db is not None:
        if not db.exists():
            write_demo(db, customers, contracts, log)
        return db
    path = cache_dir() / f"demo-{size}-{schema_key()}.sqlite3"
    stamp = path.with_name(path.name + ".written")  # the file's own time moves as it is read
    age_days = ((time.time() - float(stamp.read_text())) / 86400
                if path.exists() and stamp.exists() else None)
    if age_days is None or age_days > MAX_AGE_DAYS:
        for old in cache_dir().glob(f"demo-{size}-*"):  # other schemas' copies are no use
            if old.is_file():
                old.unlink()
        write_demo(path, customers, contracts, log)
        stamp.write_text(str(time.time()))
    else:
        log(f"reusing {path} (written {age_days:.1f} days ago)")
    return path
