"""The roll-up's benchmark (issue 24): a programme's sessions as .json files, made from the
demo by bench/programme.py (20 participants and 150 notes each, varied roles, ratings,
problems, commitments and follow-ups), rolled up as `tillitworkshop rollup` does.

Each run is a subprocess of its own, so its peak memory (ru_maxrss, its worker processes
included) is its own. The floor, measured in the same run: the same rows (read back from
the roll-up) written by a bare sqlite3 ``executemany`` in one transaction into the same
tables. Ours includes reading, checking and deriving every file, whose shares are printed.
Default 200 sessions (and 100 for the memory line); TILLIT_BENCH_ROLLUP=1000 for the
issue's figures."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from .programme import write

CHILD = r"""
import json, os, resource, sys, time
from pathlib import Path
from tillitworkshop.rollup import roll_up
from tillitworkshop.rollup.programme import write_report
folder, out, workers, pdf = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
start = time.perf_counter()
result = roll_up([folder], out, force=True, workers=workers)
seconds = time.perf_counter() - start
report = None
if pdf:
    start = time.perf_counter()
    write_report(out, Path(pdf), "sv")
    report = time.perf_counter() - start
peak = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
           resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
t = result.timings
print(json.dumps({"seconds": seconds, "sessions": result.summary.sessions, "peak_kb": peak,
                  "read": t.read, "validate": t.validate, "rows": t.rows, "write": t.write,
                  "report": report}))
"""

TABLES = ("sessions", "ratings", "relationships", "problems", "commitments")


def _child(folder: Path, out: Path, workers: int, pdf: Path | None = None) -> dict:
    done = subprocess.run([sys.executable, "-c", CHILD, str(folder), str(out), str(workers),
                           str(pdf or "")], capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def floor(rolled: Path, scratch: Path) -> float:
    """Seconds for a bare executemany of the roll-up's rows, one transaction, same tables."""
    src = sqlite3.connect(rolled)
    schema = [sql for (sql,) in src.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name IN "
        f"({', '.join('?' * len(TABLES))})", TABLES)]
    rows = {t: src.execute(f"SELECT * FROM {t}").fetchall() for t in TABLES}
    src.close()
    target = scratch / "floor.sqlite"
    target.unlink(missing_ok=True)
    start = time.perf_counter()
    conn = sqlite3.connect(target)
    for sql in schema:
        conn.execute(sql)
    with conn:
        for table, values in rows.items():
            if values:
                marks = ", ".join("?" * len(values[0]))
                conn.executemany(f"INSERT INTO {table} VALUES ({marks})", values)
    conn.close()
    return time.perf_counter() - start


def run() -> Iterator[str]:
    count = int(os.environ.get("TILLIT_BENCH_ROLLUP", "200"))
    workers = min(4, os.cpu_count() or 1)
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp)
        start = time.perf_counter()
        write(scratch / "big", count, participants=20, notes=150)
        write(scratch / "small", 100, participants=20, notes=150)
        made = time.perf_counter() - start
        size = sum(p.stat().st_size for p in (scratch / "big").iterdir()) / 2**20
        yield (f"Roll-up: {count} sessions of 20 participants and 150 notes as .json "
               f"({size:.0f} MB, made in {made:.1f} s), {workers} worker processes")
        big = _child(scratch / "big", scratch / "big.sqlite", workers, scratch / "big.pdf")
        small = _child(scratch / "small", scratch / "small.sqlite", workers)
        single = _child(scratch / "small", scratch / "single.sqlite", 1)
        alone = _child(scratch / "big", scratch / "alone.sqlite", 1)
        bare = floor(scratch / "big.sqlite", scratch)
        work = big["read"] + big["validate"] + big["rows"] + big["write"]
        yield (f"  rolled up {big['sessions']} sessions in {big['seconds']:.2f} s (goal ≤ 30 s "
               f"for 1,000); bare executemany of the same rows {bare:.3f} s: ratio "
               f"{big['seconds'] / bare:.1f}x overall, {big['write'] / bare:.2f}x for our "
               "writing alone (goal ≤ 2x)")
        yield (f"  in one process (as the window does): {alone['seconds']:.2f} s, peak "
               f"{alone['peak_kb'] / 1024:.0f} MB")
        yield ("  shares of the work (summed over the workers): "
               + ", ".join(f"{name} {big[key] / work:.0%}" for name, key in (
                   ("reading and parsing", "read"), ("validating", "validate"),
                   ("deriving rows", "rows"), ("writing", "write"))))
        yield (f"  peak memory: {small['peak_kb'] / 1024:.0f} MB for 100 sessions, "
               f"{big['peak_kb'] / 1024:.0f} MB for {count} (goal ≤ 200 MB, flat); one process: "
               f"{single['peak_kb'] / 1024:.0f} MB for 100 in {single['seconds']:.2f} s")
        yield (f"  programme report for {count} sessions: {big['report']:.2f} s "
               "(goal ≤ 10 s for 1,000)")
