"""Drafts (issue 19): what keeping unsent text adds to a keystroke, and what one save costs.

A keystroke in a note's entry line on the chain page of a session with 2,000 notes, from
the key event to the line repainted, with the line's ``DraftKeeper`` connected and with it
disconnected, in alternating blocks of the same run; the added cost is the difference of
the medians (goal <= 1 ms). The keeper only restarts a timer per key: the library is written
once per pause (400 ms), whose cost is printed beside it (one draft committed to disk).
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from .stats import in_child

NOTES = 2000
BLOCKS = 20
KEYS = 40  # per block; the line is emptied between blocks so each block types the same text
SAVES = 100


def keystrokes(tmp: Path) -> list[str]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_API", "pyside6")
    from PySide6.QtCore import QSettings
    from PySide6.QtTest import QTest

    from tillitworkshop.store import Library, notes, sessions
    from tillitworkshop.ui.shell.app import after_first_paint, make_application
    from tillitworkshop.ui.shell.mainwindow import MainWindow
    from tillitworkshop.ui.shell.settings import Settings

    app = make_application()
    lib = Library.open(tmp / "drafts")
    try:
        sid = sessions.create_session(lib, "Bench kommun", "skola", "2026-03-12").session_id
        with lib.edit():
            for i in range(NOTES):
                notes.add_note(lib, sid, "chain", "hinder", f"Anteckning {i} om tillit",
                               chain_link="enhetschef")
        window = MainWindow(lib, Settings(QSettings(str(tmp / "s.ini"),
                                                    QSettings.Format.IniFormat)))
        window.resize(1600, 1000)
        window.show()
        window.open_session(sid)
        window.session.show_phase("chain", store=False)
        pane = window.session.pages["chain"].links
        pane.select_link("enhetschef")
        column = pane.columns["hinder"]
        line, keeper = column.input, column.draft
        line.setFocus()
        app.processEvents()
        after_first_paint(lib)
        timed: dict[bool, list[float]] = {True: [], False: []}
        for block in range(BLOCKS * 2):
            on = block % 2 == 0
            if not on:
                line.textChanged.disconnect(keeper._typed)
            for i in range(KEYS):
                key = chr(ord("a") + i % 26)
                start = time.perf_counter()
                QTest.keyClick(line, key)
                app.processEvents()
                timed[on].append(time.perf_counter() - start)
            if not on:
                line.textChanged.connect(keeper._typed)
            keeper.flush()  # the pause: stored once, outside the timed keys
            line.setText("")
            app.processEvents()
        saves = []
        for i in range(SAVES):
            line.setText(f"Ett utkast {i}")
            keeper._dirty = True
            start = time.perf_counter()
            keeper.flush()
            saves.append(time.perf_counter() - start)
        window.close()
    finally:
        lib.close()
    with_d, without = statistics.median(timed[True]), statistics.median(timed[False])
    added = with_d - without
    return [
        f"drafts a keystroke in a note's entry line ({NOTES} notes on the page's link): "
        f"{with_d * 1000:.3f} ms with drafts vs {without * 1000:.3f} ms without = "
        f"{with_d / without:.2f}x, added {added * 1000:.3f} ms (goal <= 1 ms; medians of "
        f"{BLOCKS * KEYS} keys each, alternating blocks)",
        f"drafts   one draft stored after a pause (once per pause, not per key): median "
        f"{statistics.median(saves) * 1000:.2f} ms, max {max(saves) * 1000:.2f} ms",
    ]


def run() -> list[str]:
    with tempfile.TemporaryDirectory(prefix="tillit-bench-drafts-") as tmp:
        return in_child("bench.bench_drafts", ["--keys", tmp], "drafts ")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--keys"]:
        print("\n".join(keystrokes(Path(sys.argv[2]))), flush=True)
    else:
        print("\n".join(run()))
