"""The benchmark (python -m tests.bench) still runs: once, tiny, every figure measured.

Timings are never asserted here: only that each figure of issue 11's table came out as a
positive number, with a floor where the table has one.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

# The table: figure key -> has a floor
TABLE = {
    "startup": True, "alerts_computed": True, "alerts_dialog": False, "customer_filter": True,
    "contract_filter": True, "contracts_sorted": True, "plan_tab": True, "plan_service": False,
    "collection_record": False, "record_service": False, "frozen_after_save": False,
    "price_confirmations": True, "session_memory": False, "demo_memory": False,
    "aging_today": True, "aging_year_ago": True, "import_read": True, "import_write": True,
}


def run_bench(*args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("RKT_")}
    return subprocess.run([sys.executable, "-m", "tests.bench", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=600)


def test_every_figure_of_the_table_is_measured_with_its_floor(tmp_path):
    from services.admin.bootstrap import open_context
    from services.demo.generate import write_demo
    from tests.bench.database import SIZES

    db, out = tmp_path / "smoke.sqlite3", tmp_path / "bench.json"
    ctx = open_context(db, operator="tester")  # here rather than by `main.py demo`: quicker
    write_demo(ctx, *SIZES["smoke"])
    ctx.close()
    done = run_bench("--size", "smoke", "--db", str(db), "--repeat", "1", "--batch", "2",
                     "--no-warmup", "--json", str(out))
    assert done.returncode == 0, done.stderr[-3000:]
    (run,) = json.loads(out.read_text())["runs"]
    figures = {f["key"]: f for f in run["figures"]}
    for key, has_floor in TABLE.items():
        figure = figures[key]
        assert not figure["error"], (key, figure["error"])
        assert figure["ours"] > 0, key
        assert len(figure["ours_runs"]) == 1, key
        if has_floor:
            assert figure["floor"] > 0 and figure["ratio"] > 0, key
            assert figure["goal"], key
    assert "| figure | ours | floor | ratio | goal | met |" in done.stdout


def test_an_unknown_size_is_refused_naming_the_option():
    done = run_bench("--size", "1m")
    assert done.returncode == 2
    assert "--size" in done.stderr
