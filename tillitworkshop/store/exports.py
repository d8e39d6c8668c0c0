"""The export log: every file made from a session, and which participants it named.

Recorded after the file is written (a kill between the two loses the line, never
invents one), by the command line and the window alike. When a participant withdraws
consent or is forgotten, ``naming`` lists the exports made before that which named
them: the facilitator knows which files to delete or replace.

Which participants an export names: the JSON and portable files carry every name
(none when anonymised); the summary, handouts and follow-up PDFs only those who
agreed to be named (the others appear as "Medarbetare 2"); the cards none.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from ..domain.model import FORGOTTEN_NAME
from .library import Library, Reader, now

KINDS = ("json", "tillit", "summary", "handouts", "cards", "followup", "person")
NAMES_EVERYONE = ("json", "tillit")
NAMES_NOBODY = ("cards",)


@dataclass(frozen=True, slots=True)
class ExportRecord:
    """One line of the export log: what was written, in which language, when, and whether it
    names participants."""

    id: int
    kind: str
    language: str | None
    file_name: str
    named: bool
    exported_at: str


def named_by(lib: Reader, session_id: str, kind: str, anonymised: bool = False) -> list[str]:
    """The ids of the participants an export of ``kind`` names."""
    if anonymised or kind in NAMES_NOBODY:
        return []
    consent = "" if kind in NAMES_EVERYONE else " AND consent = 1"
    return [r["id"] for r in lib.query(
        f"SELECT id FROM participants WHERE session_id = ? AND name != ?{consent}",
        [session_id, FORGOTTEN_NAME])]


def record(lib: Library, session_id: str, kind: str, path: str | os.PathLike[str],
           language: str | None = None, anonymised: bool = False,
           participants: list[str] | None = None) -> ExportRecord:
    """Add an export to the session's log (no undo step: it records a fact). ``participants``:
    who it names, when not the kind's usual (``named_by``): a person's own record."""
    named = named_by(lib, session_id, kind, anonymised) if participants is None else participants
    stamp = now()
    file_name = "-" if str(path) == "-" else str(Path(path).expanduser().absolute())  # -: stdout
    with lib.edit(undoable=False):
        cursor = lib.conn.execute(
            "INSERT INTO exports (session_id, kind, language, file_name, named, exported_at) "
            "VALUES (?, ?, ?, ?, ?, ?)", [session_id, kind, language, file_name,
                                          int(bool(named)), stamp])
        export_id = int(cursor.lastrowid or 0)
        lib.conn.executemany("INSERT INTO export_participants VALUES (?, ?)",
                             [[export_id, pid] for pid in named])
    return ExportRecord(export_id, kind, language, file_name, bool(named), stamp)


def log(lib: Reader, session_id: str) -> list[ExportRecord]:
    """Every export of a session, newest first."""
    return [_record(r) for r in lib.query(
        "SELECT id, kind, language, file_name, named, exported_at FROM exports "
        "WHERE session_id = ? ORDER BY id DESC", [session_id])]


def latest_by_kind(lib: Reader, session_id: str) -> dict[str, ExportRecord]:
    """The newest export of each kind made of the session."""
    found: dict[str, ExportRecord] = {}
    for r in log(lib, session_id):
        found.setdefault(r.kind, r)
    return found


def naming(lib: Reader, participant_id: str) -> list[ExportRecord]:
    """The exports that named this participant, newest first (all made before now)."""
    return [_record(r) for r in lib.query(
        "SELECT e.id, kind, language, file_name, named, exported_at FROM exports e "
        "JOIN export_participants p ON p.export_id = e.id WHERE p.participant_id = ? "
        "ORDER BY e.id DESC", [participant_id])]


def _record(r: dict[str, object]) -> ExportRecord:
    return ExportRecord(int(str(r["id"])), str(r["kind"]),
                        None if r["language"] is None else str(r["language"]),
                        str(r["file_name"]), bool(r["named"]), str(r["exported_at"]))
