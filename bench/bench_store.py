"""Store benchmarks (issue 2): one edit on disk, opening a big session, listing a big library."""

from __future__ import annotations

import sqlite3
import tempfile
import time
from pathlib import Path

from tillitworkshop.store import Library
from tillitworkshop.store.demo import demo_document
from tillitworkshop.store.interchange import import_document
from tillitworkshop.store.notes import add_note
from tillitworkshop.store.read import load_workshop
from tillitworkshop.store.sessions import list_sessions

from .stats import line, median, ms, percentile, timings

EDITS = 300


def big_document(notes: int) -> dict:
    """The demo session grown to ``notes`` problem notes."""
    doc = demo_document()
    base = doc["notes"]
    extra = [{"id": f"x{i}", "phase": "problems", "kind": "problem",
              "text": f"Problem {i}: {base[i % len(base)]['text']}",
              "obstacle": "detaljstyrning", "chain_link": "medarbetare", "votes": i % 7}
             for i in range(notes - len(base))]
    doc["notes"] = base + extra
    return doc


def bench_edit(folder: Path) -> list[str]:
    """(a) One note added and committed (WAL, synchronous=FULL) vs a raw sqlite3 insert+commit."""
    raw_path = folder / "raw.sqlite"
    conn = sqlite3.connect(raw_path)
    for pragma in ("journal_mode = WAL", "synchronous = FULL", "foreign_keys = ON"):
        conn.execute(f"PRAGMA {pragma}")
    conn.execute("CREATE TABLE notes (id TEXT PRIMARY KEY, session_id TEXT, text TEXT)")
    counter = iter(range(10**9))

    def raw():
        conn.execute("INSERT INTO notes VALUES (?, 's', 'Tre system för samma sak')",
                     [str(next(counter))])
        conn.commit()

    with Library.open(folder / "lib") as lib:
        sid = import_document(lib, demo_document()).session_id

        def ours():
            add_note(lib, sid, "problems", "problem", "Tre system för samma sak",
                     obstacle="detaljstyrning", chain_link="medarbetare")

        raw_t, ours_t = [], []
        for _ in range(EDITS):  # interleaved, so both see the same disk and neighbours
            raw_t += timings(raw, 1)
            ours_t += timings(ours, 1)
    conn.close()
    return [
        line("(a) one edit committed, median", median(ours_t), median(raw_t), "goal <= 3x"),
        line("(a) one edit committed, p99", percentile(ours_t, 99), percentile(raw_t, 99),
             f"goal p99 <= 10 ms: {'met' if percentile(ours_t, 99) <= 0.010 else 'NOT met'}"),
    ]


def bench_open_session(folder: Path) -> list[str]:
    """(b) Open the library and read a session of 2,000 notes vs reading the rows raw."""
    with Library.open(folder / "big") as lib:
        sid = import_document(lib, big_document(2000)).session_id

    def ours():
        with Library.open(folder / "big", backup=False) as lib:
            load_workshop(lib, sid)

    def raw():
        conn = sqlite3.connect(folder / "big" / "library.sqlite")
        for table in ("notes", "participants", "ratings", "commitments", "agenda_items"):
            conn.execute(f"SELECT * FROM {table} WHERE session_id = ?", [sid]).fetchall()
        conn.close()

    ours_t, raw_t = timings(ours, 15), timings(raw, 15)
    return [line("(b) open + read a session of 2,000 notes, median", median(ours_t),
                 median(raw_t), "floor: raw SELECT of its rows")]


def bench_list(folder: Path) -> list[str]:
    """(c) List a library of 200 sessions / 100,000 notes vs a raw COUNT over the same tables."""
    start = time.perf_counter()
    with Library.open(folder / "many") as lib:
        doc = big_document(500)
        for i in range(200):
            doc["session"]["organisation"] = f"Kommun {i}"
            import_document(lib, doc)
        built = time.perf_counter() - start
        ours_t = timings(lambda: list_sessions(lib), 15)
        raw_t = timings(lambda: lib.db.execute(
            "SELECT session_id, COUNT(*) FROM notes GROUP BY session_id").fetchall(), 15)
        count = lib.db.execute("SELECT COUNT(*) FROM notes").fetchone()[0]
    verdict = "met" if median(ours_t) <= 0.100 else "NOT met"
    return [f"    (library of 200 sessions, {count:,} notes built in {built:.1f} s)",
            line("(c) list 200 sessions / 100,000 notes, median", median(ours_t), median(raw_t),
                 f"goal <= 100 ms: {verdict}")]


def run() -> list[str]:
    with tempfile.TemporaryDirectory(prefix="tillit-bench-") as tmp:
        folder = Path(tmp)
        out = ["Store (issue 2)"]
        for bench in (bench_edit, bench_open_session, bench_list):
            out += bench(folder)
        return out


__all__ = ["run", "ms"]
