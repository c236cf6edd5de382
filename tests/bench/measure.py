"""Figures, their goals, the alternating runner (ours, floor, ours, floor…) and the table."""
from __future__ import annotations

import statistics
import sys
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field

SECONDS, MEGABYTES = "s", "MB"


@dataclass(frozen=True)
class Goal:
    """What a figure should reach: `ours` (or the ratio ours / floor) below `limit`."""

    limit: float
    unit: str = SECONDS         # of the limit: s, MB, or "×" for a ratio
    at_most: bool = False       # ≤ rather than <
    extra: str = ""             # said after the limit (", off the UI thread")

    @property
    def text(self) -> str:
        sign = "≤" if self.at_most else "<"
        return f"{sign} {show(self.limit, self.unit)}{self.extra}"

    def met(self, ours: float | None, ratio: float | None) -> bool | None:
        value = ratio if self.unit == "×" else ours
        if value is None:
            return None
        return value <= self.limit if self.at_most else value < self.limit


@dataclass
class Figure:
    """One row of the table. `ours()` and `floor()` each measure one run and return seconds or
    megabytes; `ours()` may return a dict {figure key: value} to report rows measured in the
    same run (its own key among them). `runs` overrides --repeat (memory is measured fewer
    times: it hardly varies and a run at 100k takes long)."""

    key: str
    title: str
    ours: Callable[[], float | dict[str, float]] | None
    floor: Callable[[], float] | None = None
    goal: Goal | None = None
    unit: str = SECONDS
    floor_text: str = ""
    note: str = ""
    runs: int | None = None
    part_of: str = ""           # a row whose values come from another figure's runs
    done: Callable[[], None] | None = None  # puts the window back after the runs (untimed)
    optional: bool = False      # left out of the table when it measured nothing
    warm: bool = True           # run once untimed first (imports, caches, the disk cache)


@dataclass
class Result:
    key: str
    title: str
    unit: str
    ours: float | None = None
    floor: float | None = None
    goal: str = ""
    met: bool | None = None
    ours_runs: list[float] = field(default_factory=list)
    floor_runs: list[float] = field(default_factory=list)
    floor_text: str = ""
    note: str = ""
    error: str = ""

    @property
    def ratio(self) -> float | None:
        if self.ours is None or not self.floor:
            return None
        return self.ours / self.floor

    def as_json(self) -> dict:
        return {"key": self.key, "figure": self.title, "unit": self.unit, "ours": self.ours,
                "floor": self.floor, "ratio": self.ratio, "goal": self.goal, "met": self.met,
                "ours_runs": self.ours_runs, "floor_runs": self.floor_runs,
                "floor_is": self.floor_text, "note": self.note, "error": self.error}


def show(value: float | None, unit: str) -> str:
    if value is None:
        return ""
    if unit == "×":
        return f"{value:.1f}×" if value < 100 else f"{value:,.0f}×"
    if unit == MEGABYTES:
        return f"{value:,.0f} MB"
    if value < 0.001:
        return f"{value * 1e6:,.0f} µs"
    if value < 1:
        return f"{value * 1000:,.1f} ms" if value < 0.1 else f"{value * 1000:,.0f} ms"
    return f"{value:,.2f} s" if value < 100 else f"{value:,.0f} s"


def run_figures(figures: list[Figure], repeat: int, context: Callable[[], dict],
                log=lambda text: print(text, file=sys.stderr, flush=True),
                warmup: bool = True) -> list[Result]:
    """Measure each figure in turn, ours and its floor alternately, `repeat` times (medians),
    after one untimed run of both (unless `warmup` is off or the figure is not `warm`).
    A figure that fails is reported with its error; the others still run. Titles are
    formatted with `context()`, asked once everything is measured (counts of what was seen)."""
    results: dict[str, Result] = {}
    parts = {f.key: f for f in figures if f.part_of}
    for figure in figures:
        if figure.part_of:
            continue
        result = Result(figure.key, figure.title, figure.unit, floor_text=figure.floor_text,
                        note=figure.note)
        results[figure.key] = result
        side: dict[str, list[float]] = {}
        runs = figure.runs or repeat
        started = time.perf_counter()
        try:
            if warmup and figure.warm:
                figure.ours()
                if figure.floor is not None:
                    figure.floor()
            for _ in range(runs):
                value = figure.ours()
                values = dict(value) if isinstance(value, dict) else {figure.key: value}
                if figure.key in values:  # else a heading for the rows measured with it
                    result.ours_runs.append(values.pop(figure.key))
                for key, v in values.items():
                    side.setdefault(key, []).append(v)
                if figure.floor is not None:
                    result.floor_runs.append(figure.floor())
            if figure.done is not None:
                figure.done()
        except Exception as error:  # reported in the table; the other figures still run
            result.error = f"{type(error).__name__}: {error}"
            log(traceback.format_exc())
        for key, values in side.items():
            part = parts.get(key)
            results[key] = Result(key, part.title if part else key,
                                  part.unit if part else figure.unit, ours_runs=values,
                                  floor_text=part.floor_text if part else "",
                                  note=part.note if part else "")
        log(f"  {figure.key}: {time.perf_counter() - started:.1f} s for {runs} run(s)"
            + (f"  ERROR {result.error}" if result.error else ""))
    ordered, fields = [], context()
    for figure in figures:  # the table's order is the figures' order, parts included
        if figure.optional and not (figure.key in results and (
                results[figure.key].ours_runs or results[figure.key].error)):
            if not any(p.part_of == figure.key and p.key in results for p in figures):
                continue
        result = results.get(figure.key) or Result(
            figure.key, figure.title, figure.unit,
            error=f"not measured ({figure.part_of or '?'} failed)")
        result.title = figure.title.format(**fields)
        result.goal = figure.goal.text if figure.goal else ""
        if result.ours_runs:
            result.ours = statistics.median(result.ours_runs)
        if result.floor_runs:
            result.floor = statistics.median(result.floor_runs)
        result.met = figure.goal.met(result.ours, result.ratio) if figure.goal else None
        ordered.append(result)
    return ordered


def table(results: list[Result]) -> str:
    """The Markdown table: figure | ours | floor | ratio | goal | met."""
    lines = ["| figure | ours | floor | ratio | goal | met |", "|---|---|---|---|---|---|"]
    for r in results:
        met = {True: "yes", False: "**no**", None: ""}[r.met]
        ours = show(r.ours, r.unit) if not r.error else f"error: {r.error}"
        lines.append(f"| {r.title} | {ours} | {show(r.floor, r.unit)} | {show(r.ratio, '×')} "
                     f"| {r.goal} | {met} |")
    return "\n".join(lines)
