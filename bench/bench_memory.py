"""Memory (issue 17): the window's peak resident memory against a bare qasync window.

The window is started as `tillitworkshop` starts it, on a session of 2,000 notes
(the demo session's notes copied until there are 2,000, so every phase has its
share), and every phase page is shown once after the first paint. The floor is
the bare qasync + PySide6 window of the start-up benchmark (bench_ui.BARE),
painted once. Each runs offscreen in its own process, which reports its own peak
resident set size (getrusage's ru_maxrss: VmHWM on Linux) as it quits; the
median of RUNS of each, interleaved. Goal: <= 1.6x.

Where the difference goes, from the same processes: on Linux, the resident
memory at the end split into anonymous pages (heaps: Python's, Qt's, SQLite's)
and file pages (the code of the libraries loaded); and, from one more run of
each under tracemalloc, the peak of what Python itself allocated.
"""

from __future__ import annotations

import itertools
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from .bench_ui import BARE

RUNS = 5
NOTES = 2000
GOAL = 1.6

# Printed by both children as they quit: the peak, and the resident memory now by kind.
REPORT = """
def report():
    import resource, sys, tracemalloc
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    peak_kb = peak // 1024 if sys.platform == "darwin" else peak  # bytes there, KiB here
    now = {}
    try:
        with open("/proc/self/status") as f:
            for row in f:
                key, _, value = row.partition(":")
                if key in ("RssAnon", "RssFile", "RssShmem"):
                    now[key] = int(value.split()[0])
    except OSError:
        pass
    traced = tracemalloc.get_traced_memory()[1] // 1024 if tracemalloc.is_tracing() else 0
    print("memory", peak_kb, now.get("RssAnon", 0), now.get("RssFile", 0), traced, flush=True)
"""

BARE_MEMORY = REPORT + BARE.replace('print("painted", flush=True); app.quit()',
                                    'report(); app.quit()')

# `tillitworkshop` on the big session; once painted (and the warm-up after the paint done,
# which runs first: it was queued first), every phase page shown once.
APP_MEMORY = REPORT + """
import functools, sys
from tillitworkshop import cli
from tillitworkshop.ui.shell import app
from tillitworkshop.ui.shell.mainwindow import MainWindow

def visit_every_phase():
    window = next(w for w in app.QApplication.topLevelWidgets() if isinstance(w, MainWindow))
    for key in list(window.session.pages):
        window.session.show_phase(key, store=False)
        app.QApplication.processEvents()
    report()
    app.QApplication.instance().quit()

def painted():
    app.QTimer.singleShot(0, visit_every_phase)

app.main = functools.partial(app.main, session_id=sys.argv[1], on_first_paint=painted)
sys.exit(cli.main([]))
"""


def big_session(data: Path) -> str:
    """A library in ``data`` holding the demo session grown to NOTES notes; its id."""
    from tillitworkshop.store import Library
    from tillitworkshop.store.demo import demo_document
    from tillitworkshop.store.interchange import import_document

    doc = demo_document()
    notes = doc["notes"]
    doc["notes"] = notes + [dict(n, id=f"m{i}", text=f"{n['text']} ({i})")
                            for i, n in zip(range(NOTES - len(notes)), itertools.cycle(notes))]
    with Library.open(data) as lib:
        sid = import_document(lib, doc).session_id
    Library.open(data).close()  # take the opening backup now, not inside a measured run
    return sid


def _measure(code: str, args: list[str], env: dict, trace: bool = False) -> list[int]:
    """[peak KiB, anonymous KiB, file KiB, Python's traced peak KiB] of one run of ``code``."""
    flags = ["-X", "tracemalloc=1"] if trace else []
    done = subprocess.run([sys.executable, *flags, "-c", code, *args], env=env,
                          capture_output=True, text=True, timeout=300)
    rows = [ln.split() for ln in done.stdout.splitlines() if ln.startswith("memory ")]
    if not rows:
        raise RuntimeError(f"no memory report (exit {done.returncode}): "
                           f"{done.stderr.strip().splitlines()[-1:]}")
    return [int(v) for v in rows[-1][1:]]


def _mb(kib: float) -> str:
    return f"{kib / 1024:.0f} MB"


def window_memory(tmp: Path) -> list[str]:
    from tillitworkshop.store.paths import ENV_DATA_DIR

    data = tmp / "data"
    sid = big_session(data)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_API": "pyside6",
           "XDG_CONFIG_HOME": str(tmp / "config"), "PYTHONPYCACHEPREFIX": str(tmp / "pyc"),
           ENV_DATA_DIR: str(data)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    _measure(APP_MEMORY, [sid], env)  # untimed: compile to bytecode once, as installed
    bare, ours = [], []
    for _ in range(RUNS):  # interleaved, so both see the same machine
        bare.append(_measure(BARE_MEMORY, [], env))
        ours.append(_measure(APP_MEMORY, [sid], env))

    def med(runs: list[list[int]], i: int) -> float:
        return statistics.median(r[i] for r in runs)

    b, a = med(bare, 0), med(ours, 0)
    verdict = "met" if a / b <= GOAL else "NOT met"
    lines = [f"mem window peak resident memory, {NOTES} notes, every phase shown: {_mb(a)} vs "
             f"bare qasync+PySide6 window {_mb(b)} = {a / b:.2f}x "
             f"(goal <= {GOAL}x: {verdict}; median of {RUNS})"]
    if med(ours, 1) or med(ours, 2):
        lines.append(f"mem   resident at the end: heaps (anonymous) {_mb(med(ours, 1))} vs "
                     f"{_mb(med(bare, 1))}, libraries' code (file) {_mb(med(ours, 2))} vs "
                     f"{_mb(med(bare, 2))}")
    traced_app = _measure(APP_MEMORY, [sid], env, trace=True)[3]
    traced_bare = _measure(BARE_MEMORY, [], env, trace=True)[3]
    lines.append(f"mem   of which Python's own allocations (tracemalloc peak, one run each): "
                 f"{_mb(traced_app)} vs {_mb(traced_bare)}")
    return lines


def run() -> list[str]:
    with tempfile.TemporaryDirectory(prefix="tillit-bench-mem-") as tmp:
        return ["Memory (issue 17)", *window_memory(Path(tmp))]


if __name__ == "__main__":
    print("\n".join(run()))
