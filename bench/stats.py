"""Small helpers for timing: run a thing many times, report median and tail."""

from __future__ import annotations

import statistics
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


def ms(seconds: float) -> str:
    return f"{seconds * 1000:8.2f} ms"


def line(name: str, ours: float, floor: float, goal: str) -> str:
    return f"{name:<52} {ms(ours)}  floor {ms(floor)}  ratio {ours / floor:5.2f}x  ({goal})"


def median(values: list[float]) -> float:
    return statistics.median(values)
