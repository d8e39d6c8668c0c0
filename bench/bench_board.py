"""Problem board benchmark (issue 4): an action on a board of 2,000 problems, p95.

Each action is what the facilitator's key does: move the chosen problem to the
neighbouring obstacle (Ctrl+Right), or add or take back a dot (+/−), measured
from the key's handler to the board repainted, each edit committed to disk.
The floor, measured in the same run on the same library, is the store
operation alone (the same edit with no window), so the ratio is what the
window adds. Runs offscreen in its own process.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

from .stats import in_child, p95

NOTES = 2000
ACTIONS = 200


def _figure(name: str, ours: list[float], floor: list[float]) -> str:
    o, f = p95(ours), p95(floor)
    verdict = "met" if o <= 0.016 else "NOT met"
    return (f"board {name}: p95 {o * 1000:.1f} ms, median {statistics.median(ours) * 1000:.1f} ms"
            f"; floor (store alone) p95 {f * 1000:.1f} ms; ratio {o / f:.1f}x "
            f"(goal <= 16 ms: {verdict})")


def moves_and_votes(page, app) -> tuple[list[float], list[float]]:
    """The selected problem moved there and back (Ctrl+Right, Ctrl+Left) and a dot added and
    taken back, ACTIONS times each, from the page's handler to the board repainted."""
    moves, votes = [], []
    for i in range(ACTIONS):  # there and back: Ctrl+Right, then Ctrl+Left
        start = time.perf_counter()
        page.shift(1 if i % 2 == 0 else -1)
        app.processEvents()
        moves.append(time.perf_counter() - start)
    for i in range(ACTIONS):
        start = time.perf_counter()
        page.vote(1 if i % 2 == 0 else -1)
        app.processEvents()
        votes.append(time.perf_counter() - start)
    return moves, votes


def board_actions(tmp: Path) -> list[str]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_API", "pyside6")
    from PySide6.QtCore import QSettings

    from tillitworkshop.content import catalogue
    from tillitworkshop.store import Library, notes, sessions
    from tillitworkshop.store.demo import demo_document
    from tillitworkshop.store.interchange import import_document
    from tillitworkshop.ui.shell.app import make_application
    from tillitworkshop.ui.shell.mainwindow import MainWindow
    from tillitworkshop.ui.shell.settings import Settings

    app = make_application()
    doc = demo_document()
    obstacles = [o.key for o in catalogue().obstacles]
    links = [r.key for r in catalogue().chain_links()]
    doc["notes"] += [{"id": f"x{i}", "phase": "problems", "kind": "problem",
                      "text": f"Problem {i}: för mycket administration kring uppföljning",
                      "obstacle": obstacles[i % 6], "chain_link": links[i % len(links)]}
                     for i in range(NOTES - len(doc["notes"]))]
    lib = Library.open(tmp / "board")
    try:
        sid = import_document(lib, doc).session_id
        sessions.update_session(lib, sid, vote_budget=100)
        window = MainWindow(lib, Settings(QSettings(str(tmp / "s.ini"),
                                                    QSettings.Format.IniFormat)))
        window.resize(1920, 1080)
        window.show()
        window.open_session(sid)
        window.session.show_phase("problems", store=False)
        page = window.session.pages["problems"]
        app.processEvents()
        column = max(range(len(page.models)), key=lambda i: page.models[i].rowCount())
        shown = page.models[column].rowCount()
        floor_moves, floor_votes = [], []
        page.select(page.models[column].note(0).id)
        moves, votes = moves_and_votes(page, app)
        other = page.models[column].note(1).id
        for i in range(ACTIONS):  # the floor: the same edits through the store alone
            note_position = page.state.notes[other].position
            where = obstacles[(column + i % 2) % 6]
            start = time.perf_counter()
            notes.move_note(lib, other, note_position, obstacle=where)
            floor_moves.append(time.perf_counter() - start)
            start = time.perf_counter()
            notes.vote(lib, other, 1 if i % 2 == 0 else -1)
            floor_votes.append(time.perf_counter() - start)
        window.close()
    finally:
        lib.close()
    return [f"board ({NOTES} notes in the session, {shown} in the busiest column)",
            _figure("move a problem to another obstacle", moves, floor_moves),
            _figure("add or take back a dot", votes, floor_votes)]


def run() -> list[str]:
    with tempfile.TemporaryDirectory(prefix="tillit-bench-board-") as tmp:
        return ["Problem board (issue 4)", *in_child("bench.bench_board", ["--run", tmp], "board ")]


if __name__ == "__main__":
    if sys.argv[1:2] == ["--run"]:
        print("\n".join(board_actions(Path(sys.argv[2]))), flush=True)
    else:
        print("\n".join(run()))
