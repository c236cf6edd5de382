"""The benchmark of issue 11: what a clerk waits for on a big database, each figure against
a floor measured alternately in the same run (ours, floor, ours, floor…; medians).

    python -m tests.bench [--size 10k|100k|300k[,…]] [--db FILE] [--repeat N] [--json FILE]
                          [--batch N] [--only KEY,…]

--size     10k = 200 customers / 10,000 contracts, 100k = 2,000 / 100,000 (default),
           300k = 6,000 / 300,000 (smoke: 12 / 120, for the test suite). Several sizes, comma
           separated, run one after the other and end with a table of growth.
--db       measure this file (as it is; written at --size first when missing). Without it the
           demo is written by `main.py demo` into a cache (~/.cache/receivables-bench) and
           reused while the schema, the demo generator and the week stay the same.
--repeat   runs per figure (default 5; memory at most 3).
--json     also write the results as JSON (a list of runs, one per size).
--batch    price confirmations in the batch figure (default 500).
--only     measure only these figures (keys as in the JSON), e.g. --only startup,plan_tab.
--no-warmup  skip the untimed first run each figure (but memory) gets before it is timed.

Everything runs offscreen with temporary settings and data folders. The measured file is only
read (a file of an older schema is first upgraded, as the app would; its backup goes to the
temporary folder); the batch of documents, which records what it prints, runs on a copy.
Nothing here is a test: the suite runs it once, tiny, in tests/test_bench.py.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path


def parse(argv: list[str] | None) -> argparse.Namespace:
    from tests.bench.database import SIZES

    parser = argparse.ArgumentParser(prog="python -m tests.bench", description=__doc__.split(
        "\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", default="100k",
                        help=f"one or more of {', '.join(SIZES)}, comma separated")
    parser.add_argument("--db", type=Path, help="database file to measure")
    parser.add_argument("--repeat", type=int, default=5, help="runs per figure (median)")
    parser.add_argument("--json", type=Path, help="write the results to this file")
    parser.add_argument("--batch", type=int, default=500, help="documents in the batch figure")
    parser.add_argument("--only", default="", help="figure keys, comma separated")
    parser.add_argument("--no-warmup", dest="warmup", action="store_false",
                        help="skip the untimed first run of each figure (the smoke test)")
    args = parser.parse_args(argv)
    args.sizes = [s.strip() for s in args.size.split(",") if s.strip()]
    unknown = [s for s in args.sizes if s not in SIZES]
    if unknown or not args.sizes:
        parser.error(f"--size: unknown {', '.join(unknown) or 'size'}; one of {', '.join(SIZES)}")
    if args.db is not None and len(args.sizes) > 1:
        parser.error("--db measures one file: give one --size")
    if args.repeat < 1 or args.batch < 1:
        parser.error("--repeat and --batch must be at least 1")
    return args


def isolate(folder: Path) -> None:
    """Offscreen, and settings and data folders of our own, before Qt is loaded."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["XDG_CONFIG_HOME"] = str(folder / "config")
    os.environ["XDG_DATA_HOME"] = str(folder / "data")


def log(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def run_size(size: str, args: argparse.Namespace) -> dict:
    from tests.bench.database import SIZES, database_for
    from tests.bench.figures import figures
    from tests.bench.inprocess import Bench
    from tests.bench.measure import run_figures, table

    db = database_for(size, args.db, log)
    bench = Bench(db, args.batch)
    chosen = figures(bench, size, args.repeat)
    if args.only:
        keys = {k.strip() for k in args.only.split(",")}
        chosen = [f for f in chosen if f.key in keys or f.part_of in keys]
    log(f"measuring {db} ({size}), {args.repeat} run(s) per figure")

    def context() -> dict:  # for the titles, once measured
        return {"alerts": len(bench.alerts or []), "text": bench.filter_text,
                "batch": len(bench.batch_contracts), "batch_how": bench.batch_how,
                "year_ago": bench.year_ago}

    try:
        results = run_figures(chosen, args.repeat, context, log, args.warmup)
    finally:
        bench.close()
    customers, contracts = SIZES[size]
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    machine = f"{os.cpu_count()} cores" + (f", load {load:.1f} at the end" if load else "")
    print(f"\n### {size}: {customers:,} customers / {contracts:,} contracts "
          f"({db.name}, {dt.date.today()}, median of {args.repeat}, {machine})\n")
    print(table(results), flush=True)
    return {"size": size, "customers": customers, "contracts": contracts, "db": str(db),
            "date": dt.date.today().isoformat(), "repeat": args.repeat, "batch": args.batch,
            "cores": os.cpu_count(), "load_at_end": load,
            "commit": _commit(), "filter_text": bench.filter_text,
            "figures": [r.as_json() for r in results]}


def _commit() -> str:
    from tests.bench.database import ROOT

    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, text=True,
                              capture_output=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return ""


def growth(runs: list[dict]) -> str:
    from tests.bench.measure import show

    lines = ["| figure | " + " | ".join(r["size"] for r in runs) + " |",
             "|---|" + "---|" * len(runs)]
    for first in runs[0]["figures"]:
        cells = []
        for run in runs:
            row = next((f for f in run["figures"] if f["key"] == first["key"]), None)
            cells.append(show(row["ours"], row["unit"]) if row else "")
        lines.append(f"| {first['figure']} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    with tempfile.TemporaryDirectory(prefix="rkt-bench-") as folder:
        isolate(Path(folder))
        runs = [run_size(size, args) for size in args.sizes]
    if len(runs) > 1:
        print("\n### growth (ours)\n")
        print(growth(runs))
    if args.json:
        args.json.write_text(json.dumps({"runs": runs}, ensure_ascii=False, indent=1))
    failed = [f["key"] for run in runs for f in run["figures"] if f["error"]]
    if failed:
        log(f"failed: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
