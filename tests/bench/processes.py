"""Figures measured in a process of their own: start-up, and peak memory (the child's VmHWM).

Each child gets fresh, temporary settings and data folders (never the user's), the offscreen
platform, and a backup folder of its own. Start-up is measured from just before the process
is started to the moment the child says its first table was painted (both on the wall clock).
"""
from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.bench.database import ROOT

TIMEOUT = 600.0


def _env(folder: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(folder / "config"),
               XDG_DATA_HOME=str(folder / "data"), XDG_CACHE_HOME=str(folder / "cache"),
               RKT_BENCH_BACKUPS=str(folder / "backups"), PYTHONPATH=str(ROOT))
    return env


def _run(args: list[str]) -> tuple[float, str]:
    """Run a child to its end: (seconds from just before it started, its output). A child
    still running after TIMEOUT is killed and reported."""
    with tempfile.TemporaryDirectory(prefix="rkt-bench-") as name:
        folder = Path(name)
        errors = (folder / "stderr.txt").open("w+")
        started = time.time()
        child = subprocess.Popen([sys.executable, *args], cwd=ROOT, env=_env(folder),
                                 stdout=subprocess.PIPE, stderr=errors, text=True)
        try:
            output, _ = child.communicate(timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            child.kill()
            output, _ = child.communicate()
        elapsed = time.time() - started
        if child.returncode != 0:
            errors.seek(0)
            tail = errors.read()[-2000:]
            raise RuntimeError(f"{' '.join(args)} exited with {child.returncode}:\n{tail}")
        errors.close()
        return elapsed, output


def _said(output: str, word: str) -> str:
    """The value after `word` on the child's line that starts with it."""
    found = next((line.split()[1] for line in output.splitlines() if line.startswith(word)),
                 None)
    if found is None:
        raise RuntimeError(f"the child never said {word!r}: {output[-500:]!r}")
    return found


def _painted(args: list[str]) -> float:
    started = time.time()
    _elapsed, output = _run(args)
    return float(_said(output, "painted")) - started


def start_app(db: Path) -> float:
    """Seconds from process start to the real window's first table painted with rows."""
    return _painted(["-m", "tests.bench.child", "app", str(db)])


def start_floor(db: Path) -> float:
    """The same for bare PySide6 + SQLAlchemy + one query + a QTableView."""
    return _painted(["-m", "tests.bench.child", "floor", str(db)])


def session_memory(db: Path, text: str, customer_id: int) -> float:
    """Peak RSS (MB) of a short working session: start, every tab, two filters, a customer's
    collection record, the alerts."""
    _elapsed, output = _run(["-m", "tests.bench.child", "session", str(db), text,
                             str(customer_id)])
    return int(_said(output, "peak")) / 1e6


DEMO_CHILD = """
import sys
from main import main
code = main(["demo", "--db", sys.argv[1], "--customers", sys.argv[2],
             "--contracts", sys.argv[3]])
try:
    with open("/proc/self/status") as status:
        peak = next(int(line.split()[1]) * 1024 for line in status
                    if line.startswith("VmHWM:"))
except OSError:  # not Linux: the process's own maximum as the OS counts it
    import resource
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * (
        1 if sys.platform == "darwin" else 1024)
print(f"peak {peak}", flush=True)
sys.exit(code)
"""


def demo_memory(customers: int, contracts: int) -> dict[str, float]:
    """Peak RSS (MB) and seconds of `main.py demo` writing a fresh file of this size (run
    through main.main in a child that then says its peak)."""
    with tempfile.TemporaryDirectory(prefix="rkt-bench-demo-") as folder:
        # main.py itself, not the bench's child module: that one imports Qt (~50 MB), which
        # `main.py demo` never does.
        elapsed, output = _run(["-c", DEMO_CHILD, str(Path(folder) / "demo.sqlite3"),
                                str(customers), str(contracts)])
    return {"demo_memory": int(_said(output, "peak")) / 1e6, "demo_time": elapsed}
