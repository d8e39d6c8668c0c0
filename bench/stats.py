"""Small helpers for timing: run a thing many times, report median and tail."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable


def timings(fn: Callable[[], object], repeat: int) -> list[float]:
    """Wall-clock seconds of ``repeat`` calls."""
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        out.append(time.perf_counter() - start)
    return out


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))
    return ordered[index]


def p95(samples: list[float]) -> float:
    """The 95th percentile of a window edit's timings (statistics.quantiles, n=20)."""
    return statistics.quantiles(samples, n=20)[-1]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:8.2f} ms"


def line(name: str, ours: float, floor: float, goal: str) -> str:
    return f"{name:<52} {ms(ours)}  floor {ms(floor)}  ratio {ours / floor:5.2f}x  ({goal})"


def median(values: list[float]) -> float:
    return statistics.median(values)


def in_child(module: str, args: list[str], prefix: str) -> list[str]:
    """Run ``python -m module *args`` offscreen in its own process (so the Qt application
    a window benchmark needs never lives in the caller's) and return its lines that start
    with ``prefix``, plus one saying so if the process failed."""
    child = subprocess.run([sys.executable, "-m", module, *args], capture_output=True,
                           text=True, timeout=600,
                           env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    lines = [ln for ln in child.stdout.splitlines() if ln.startswith(prefix)]
    if child.returncode != 0:
        last = child.stderr.strip().splitlines()[-1:]
        lines.append(f"{module} exited with status {child.returncode}: {' '.join(last)}")
    return lines
