"""The window while it backs up a 2,000-note library (issue 18): does the event loop stall?

The window's timer backup (``MainWindow.backup_in_background``) runs in the qasync
loop's executor on a connection of its own. While it copies the library (one session
of 2,000 notes), a 5 ms timer on the UI thread records when it fires, as in
bench_export; the longest gap between two ticks is how long the window could not
answer (goal: never over 50 ms). The floor is the same timer over the same time with
the window idle. Edits go on meanwhile: one note is added every 20 ms from the UI
thread while the backup runs, and the backup is taken 5 times. Runs offscreen in its
own process.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from .bench_export import _Ticks, gaps, live_window
from .stats import in_child

ROUNDS = 5


def backup_stalls(tmp: Path) -> list[str]:
    import asyncio

    from PySide6.QtCore import QTimer

    from bench.bench_store import big_document
    from tillitworkshop.store.notes import add_note

    loop, lib, window, sid = live_window(tmp, "backup", big_document(2000))
    try:
        state = window.session.state

        def edit() -> None:
            state.do("add", lambda: add_note(lib, sid, "problems", "problem",
                                             "Under säkerhetskopieringen"))

        editor = QTimer()
        editor.setInterval(20)
        editor.timeout.connect(edit)
        size = lib.path.stat().st_size
        ticks = _Ticks()
        busy, took = [], 0.0
        with loop:
            loop.run_until_complete(asyncio.sleep(0.2))  # settle: first paints, warm-up
            for _ in range(ROUNDS):
                edit()  # an edit since the last tick: there is something to back up
                editor.start()
                ticks.start()
                start = time.perf_counter()
                taken = loop.run_until_complete(window.backup_in_background())
                took += time.perf_counter() - start
                busy += ticks.stop()
                editor.stop()
                assert taken is not None
            ticks.start()
            loop.run_until_complete(asyncio.sleep(took))  # the floor: as long, idle
            idle = ticks.stop()
        window.close()
    finally:
        lib.close()
    return [f"backup of a 2,000-note library ({size / 1e6:.1f} MB) x{ROUNDS} with edits every "
            f"20 ms, {took / ROUNDS * 1000:.0f} ms each: " + gaps(busy, idle)]


def run() -> list[str]:
    with tempfile.TemporaryDirectory(prefix="tillit-bench-backup-") as tmp:
        return ["Window during a backup (issue 18)",
                *in_child("bench.bench_backup", [tmp], "backup ")]


if __name__ == "__main__":
    print("\n".join(backup_stalls(Path(sys.argv[1]))), flush=True)
