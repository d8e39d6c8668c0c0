"""Presenter benchmarks (issue 20): what the projector's window adds to an edit.

(a) A note added on a chain link, 2,000 notes in the session, the presenter open on that
    link (1920×1080, offscreen), from the entry's Enter to both windows repainted: p95
    (goal <= 16 ms), against the same edit with the presenter closed, in the same run,
    in alternating rounds so both see the same machine (goal <= 1.15x); each round's
    first edit, which also pays for the presenter just opened or closed, is not counted.
(b) The problem board's move (Ctrl+Right) and dot (+) with the presenter showing the
    board, 2,000 problems: p95 (goal <= 16 ms).
Runs offscreen in its own process.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from .bench_board import moves_and_votes
from .stats import in_child, p95

NOTES = 2000
ROUNDS = 10
PER_ROUND = 20  # edits per round, presenter closed then open


def _window(tmp: Path, lib):
    from PySide6.QtCore import QSettings

    from tillitworkshop.ui.shell.mainwindow import MainWindow
    from tillitworkshop.ui.shell.settings import Settings

    window = MainWindow(lib, Settings(QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat)))
    window.resize(1440, 900)
    window.show()
    return window


def _open_presenter(window, app):
    window.presenter.open()
    window.presenter.window.resize(1920, 1080)
    app.processEvents()


def chain_notes(tmp: Path) -> list[str]:
    from tillitworkshop.store import Library, notes, sessions
    from tillitworkshop.ui.phases.chain.chain_model import LINK_KINDS
    from tillitworkshop.ui.shell.app import after_first_paint, make_application

    app = make_application()
    lib = Library.open(tmp / "chain")
    try:
        sid = sessions.create_session(lib, "Bench kommun", "skola", "2026-03-12").session_id
        links = ["politik", "tjansteledning", "forvaltningschef", "enhetschef", "medarbetare",
                 "medborgare"]
        with lib.edit():
            for i in range(NOTES):
                kind = LINK_KINDS[i % 4]
                extra = {"signal": "ledarskap"} if kind == "signal" else {}
                notes.add_note(lib, sid, "chain", kind, f"Anteckning {i} om styrning och tillit",
                               chain_link=links[i % len(links)], **extra)
        window = _window(tmp, lib)
        window.open_session(sid)
        window.session.show_phase("chain", store=False)
        pane = window.session.pages["chain"].links
        pane.select_link("enhetschef")
        column = pane.columns["hinder"]
        app.processEvents()
        after_first_paint(lib)
        closed, opened = [], []
        shown = 0
        for r in range(ROUNDS):
            for samples, open_it in ((closed, False), (opened, True)):
                if open_it:
                    _open_presenter(window, app)
                else:
                    window.presenter.close()
                    app.processEvents()
                for i in range(PER_ROUND + 1):
                    column.input.setText(f"Ny anteckning {r}-{i} från rummet")
                    start = time.perf_counter()
                    column.add()
                    app.processEvents()
                    if i > 0:  # the first edit also pays for the presenter opening or
                        # closing: both windows' first repaint, the main window's layout
                        samples.append(time.perf_counter() - start)
                if open_it:
                    p = window.presenter.window
                    assert p.slide.slide.key == "chain:enhetschef"
                    shown = column.model.rowCount()
        window.close()
    finally:
        lib.close()
    o, c = p95(opened), p95(closed)
    return [f"presenter add a chain note ({NOTES}+ notes, {shown} in the list and on the "
            f"presenter): p95 {o * 1000:.1f} ms open vs {c * 1000:.1f} ms closed = {o / c:.2f}x "
            f"(goals <= 16 ms: {'met' if o <= 0.016 else 'NOT met'}; <= 1.15x: "
            f"{'met' if o / c <= 1.15 else 'NOT met'}); medians "
            f"{statistics.median(opened) * 1000:.1f} vs {statistics.median(closed) * 1000:.1f} ms"]


def board(tmp: Path) -> list[str]:
    from tillitworkshop.content import catalogue
    from tillitworkshop.store import Library, sessions
    from tillitworkshop.store.demo import demo_document
    from tillitworkshop.store.interchange import import_document
    from tillitworkshop.ui.shell.app import make_application

    app = make_application()
    doc = demo_document()
    obstacles = [o.key for o in catalogue().obstacles]
    doc["notes"] += [{"id": f"x{i}", "phase": "problems", "kind": "problem",
                      "text": f"Problem {i}: för mycket administration kring uppföljning",
                      "obstacle": obstacles[i % 6]} for i in range(NOTES - len(doc["notes"]))]
    lib = Library.open(tmp / "board")
    try:
        sid = import_document(lib, doc).session_id
        sessions.update_session(lib, sid, vote_budget=100)
        window = _window(tmp, lib)
        window.open_session(sid)
        window.session.show_phase("problems", store=False)
        _open_presenter(window, app)
        page = window.session.pages["problems"]
        column = max(range(len(page.models)), key=lambda i: page.models[i].rowCount())
        page.select(page.models[column].note(0).id)
        moves, votes = moves_and_votes(page, app)
        assert window.presenter.window.slide.slide.key == "board"
        window.close()
    finally:
        lib.close()
    out = []
    for name, s in (("move a problem", moves), ("add or take back a dot", votes)):
        out.append(f"presenter on the board ({NOTES} problems), {name}: p95 {p95(s) * 1000:.1f} ms, "
                   f"median {statistics.median(s) * 1000:.1f} ms "
                   f"(goal <= 16 ms: {'met' if p95(s) <= 0.016 else 'NOT met'})")
    return out


def run() -> list[str]:
    with tempfile.TemporaryDirectory(prefix="tillit-bench-presenter-") as tmp:
        return ["Presenter window (issue 20)",
                *in_child("bench.bench_presenter", ["--chain", tmp], "presenter "),
                *in_child("bench.bench_presenter", ["--board", tmp], "presenter ")]


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_API", "pyside6")
    if sys.argv[1:2] == ["--chain"]:
        print("\n".join(chain_notes(Path(sys.argv[2]))), flush=True)
    elif sys.argv[1:2] == ["--board"]:
        print("\n".join(board(Path(sys.argv[2]))), flush=True)
    else:
        print("\n".join(run()))
