"""Forget a person: their name and unit leave the library and every copy of it.

What stays: the roster row, under a placeholder name and without consent, so that what
they said stays the room's record under their role (reports show "Medarbetare 2") and
their ratings stay, anonymous, under their role. ``delete_notes`` deletes their notes too.

Order, so that a kill at any moment leaves either nothing changed or the library's part
done and the rest finished by the next run or the next opening:

1. One transaction changes the library and records, in ``forgotten``, the participant's
   id (never their name) with ``copies_pending = 1``: the library never says "forgotten"
   while still holding the name, and the marker is all a rerun needs.
2. The file is checkpointed and vacuumed (``secure_delete`` is on): no old page in the
   file, its -wal or its free pages holds the name.
3. Every copy — each backup and each copy a restore set aside — is rewritten with the
   same change, by id (the name is read from the copy itself), in memory, vacuumed into a
   new file that replaces the old by rename. A damaged copy that cannot be rewritten is
   deleted when it mentions them, and left alone otherwise; either way it is said.
4. Caches that name files (the backups' check results) are pruned; the marker is cleared.
"""

from __future__ import annotations

import os
import re
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..domain.model import FORGOTTEN_NAME
from . import backups, paths
from .check import CHECKED, check_file
from .errors import Ambiguous, NotFound
from .files import clean_private_temp, fsync_dir
from .library import Library, now
from .restore import SIDE_FILES, set_aside

PARTIAL = ".partial-forget-"

Step = Callable[[str], None]


@dataclass(slots=True)
class CopyResult:
    """What forgetting did to one copy of the library."""

    path: Path
    outcome: str  # "rewritten", "unchanged" (never held them), "deleted" (damaged), "damaged"
    detail: str = ""


@dataclass(slots=True)
class ForgetReport:
    participant_id: str
    session_id: str
    notes_deleted: int = 0
    copies: list[CopyResult] = field(default_factory=list)
    seconds: float = 0.0

    def count(self, outcome: str) -> int:
        return sum(c.outcome == outcome for c in self.copies)


def find_person(lib: Library, session_id: str, person: str) -> str:
    """A participant of the session by id, or by a name matching exactly one of them
    (spaces and case aside). Ambiguous, listing each, when two or more match."""
    rows = list(lib.query("SELECT id, name, role FROM participants WHERE session_id = ? "
                          "ORDER BY position", [session_id]))
    if any(r["id"] == person for r in rows):
        return person
    wanted = " ".join(person.split()).casefold()
    found = [r for r in rows if " ".join(r["name"].split()).casefold() == wanted
             and r["name"] != FORGOTTEN_NAME]
    if not found:
        raise NotFound(f"No participant {person!r} in this session (give a name on the roster "
                       "or a participant id).", "no_participant", person=person)
    if len(found) > 1:
        listed = "; ".join(f"{r['id']} ({r['name']}, {r['role']})" for r in found)
        raise Ambiguous(f"{len(found)} participants are called {person!r}: {listed}. Give the "
                        "id of the one to forget.", "ambiguous_participant", person=person,
                        listed=listed)
    return str(found[0]["id"])


def is_forgotten(lib: Library, participant_id: str) -> bool:
    return lib.query_one("SELECT 1 AS x FROM forgotten WHERE participant_id = ?",
                         [participant_id]) is not None


def forget(lib: Library, session_id: str, participant_id: str, *, delete_notes: bool = False,
           step: Step | None = None) -> ForgetReport:
    """Forget one participant everywhere the app keeps data (see the module). Cannot be undone."""
    started = time.perf_counter()
    step = step or (lambda _name: None)
    row = lib.query_one("SELECT session_id, name, unit FROM participants WHERE id = ?",
                        [participant_id])
    if row is None or row["session_id"] != session_id:
        raise NotFound(f"No participant with id {participant_id} in this session.", "no_row",
                       table="participants", id=participant_id)
    report = ForgetReport(participant_id, session_id)
    if not is_forgotten(lib, participant_id):
        step("library")
        with lib.edit(undoable=False):
            report.notes_deleted = apply(lib.conn, participant_id, delete_notes, now())
            lib.conn.execute("UPDATE sessions SET updated_at = ? WHERE id = ?",
                             [now(), session_id])
    elif delete_notes:  # forgotten before with their notes kept: now the notes go too
        step("library")
        with lib.edit(undoable=False):
            report.notes_deleted = lib.conn.execute(
                "DELETE FROM notes WHERE participant_id = ?", [participant_id]).rowcount
            lib.conn.execute("UPDATE forgotten SET notes_deleted = 1, copies_pending = 1 "
                             "WHERE participant_id = ?", [participant_id])
            lib.conn.execute("UPDATE sessions SET updated_at = ? WHERE id = ?",
                             [now(), session_id])
    step("committed")
    finish_pending(lib, report, step)
    report.seconds = time.perf_counter() - started
    return report


def apply(conn: sqlite3.Connection, participant_id: str, delete_notes: bool,
          stamp: str, pending: bool = True) -> int:
    """The change itself, on any connection holding the participant: the library or a copy
    (of any schema version). The number of notes deleted."""
    found = conn.execute("SELECT session_id, name, unit FROM participants WHERE id = ?",
                         [participant_id]).fetchone()
    if found is None:
        return 0
    session_id, name, unit = found
    deleted = 0
    if delete_notes:
        deleted = conn.execute("DELETE FROM notes WHERE participant_id = ?",
                               [participant_id]).rowcount
    conn.execute("UPDATE participants SET name = ?, unit = '', consent = 0 WHERE id = ?",
                 [FORGOTTEN_NAME, participant_id])
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    # Their first or last name alone is them too: a file name or a draft holding it goes.
    parts = tuple(w for w in name.split() if len(w) >= 3)
    if "exports" in tables:  # a file name the facilitator gave may hold the name or unit
        for export_id, file_name in conn.execute("SELECT id, file_name FROM exports").fetchall():
            cleaned = scrub(file_name, name, unit, *parts)
            if cleaned != file_name:
                conn.execute("UPDATE exports SET file_name = ? WHERE id = ?", [cleaned, export_id])
    if "drafts" in tables:  # branch `drafts`: typed, not yet submitted (store/drafts.py);
        # deleting a draft too many costs some typing, one too few keeps them
        _drop_drafts(conn, session_id, (participant_id, name, unit, *parts))
    if "forgotten" in tables:
        conn.execute("INSERT OR IGNORE INTO forgotten (participant_id, session_id, notes_deleted,"
                     " forgotten_at, copies_pending) VALUES (?, ?, ?, ?, ?)",
                     [participant_id, session_id, int(delete_notes), stamp, int(pending)])
    return deleted


def _drop_drafts(conn: sqlite3.Connection, session_id: str, words: tuple[str, ...]) -> None:
    """The session's drafts that mention them (in their text or their field's name, which
    may hold a participant id): deleted, not edited — a draft is the facilitator's typing."""
    wanted = [w.strip().casefold() for w in words if w.strip()]
    for field_name, text in conn.execute("SELECT field, text FROM drafts WHERE session_id = ?",
                                         [session_id]).fetchall():
        if any(w in f"{field_name}\n{text}".casefold() for w in wanted):
            conn.execute("DELETE FROM drafts WHERE session_id = ? AND field = ?",
                         [session_id, field_name])


def scrub(text: str, *words: str) -> str:
    for word in words:
        if word.strip():
            text = re.sub(re.escape(word.strip()), "…", text, flags=re.IGNORECASE)
    return text


def finish_pending(lib: Library, report: ForgetReport | None = None,
                   step: Step | None = None) -> list[ForgetReport]:
    """Finish every forget whose copies are still pending (a killed forget, or the one just
    made): purge the library file, rewrite every copy, clear the markers."""
    step = step or (lambda _name: None)
    pending = list(lib.query("SELECT participant_id, session_id, notes_deleted FROM forgotten "
                             "WHERE copies_pending = 1"))
    if not pending:
        return [report] if report else []
    reports = {p["participant_id"]: ForgetReport(p["participant_id"], p["session_id"])
               for p in pending}
    if report is not None:
        reports[report.participant_id] = report
    # One at a time with the window's backups: one taken meanwhile is among the copies,
    # and none reads the library while it is checkpointed.
    with backups._RUNNING:
        purge_file(lib)
        step("purged")
        clean_private_temp(lib.folder)  # a copy a killed import or export left there
        for path in copies(lib.folder):
            for p in pending:
                result = rewrite_copy(path, p["participant_id"], bool(p["notes_deleted"]))
                reports[p["participant_id"]].copies.append(result)
                if result.outcome in ("deleted",):
                    break  # the file is gone
            step("copy")
        prune_check_cache(paths.backup_dir(lib.folder))
    with lib.edit(undoable=False):
        lib.conn.executemany("UPDATE forgotten SET copies_pending = 0 WHERE participant_id = ?",
                             [[p["participant_id"]] for p in pending])
    lib.purge()
    step("done")
    return list(reports.values())


def purge_file(lib: Library) -> None:
    """No old copy of a changed row in the file, its -wal or its free pages."""
    lib.purge()
    lib.conn.execute("VACUUM")
    lib.purge()


def copies(folder: Path) -> list[Path]:
    """Every copy of the library the app keeps: backups, then the copies restores set aside."""
    backup_dir = paths.backup_dir(folder)
    for where in (backup_dir, folder):  # what a killed rewrite left: without their data
        for stale in where.glob(f"{PARTIAL}*") if where.is_dir() else ():
            stale.unlink(missing_ok=True)
    return [*backups.list_backups(backup_dir), *set_aside(folder)]


def rewrite_copy(path: Path, participant_id: str, delete_notes: bool) -> CopyResult:
    """Apply the forget to one copy: rewritten, unchanged, or (damaged) deleted or left."""
    sides = [path.with_name(path.name + s) for s in SIDE_FILES]
    # An older schema is no damage: a backup taken as the library was upgraded has one.
    problems = [p for p in check_file(path).problems if not p.startswith("schema version")]
    if problems:
        try:
            mentions = participant_id.encode() in path.read_bytes() or any(
                participant_id.encode() in s.read_bytes() for s in sides if s.exists())
        except OSError:
            mentions = True
        if not mentions:
            return CopyResult(path, "damaged", "; ".join(problems))
        for p in (path, *sides):
            p.unlink(missing_ok=True)
        fsync_dir(path.parent)
        return CopyResult(path, "deleted", "; ".join(problems))
    memory = _load(path, sides)
    try:
        memory.execute("PRAGMA foreign_keys = ON")
        held = memory.execute("SELECT name FROM participants WHERE id = ?",
                              [participant_id]).fetchone()
        if held is None or (held[0] == FORGOTTEN_NAME and not _has_notes(memory, participant_id,
                                                                          delete_notes)):
            return CopyResult(path, "unchanged")
        with memory:
            apply(memory, participant_id, delete_notes, now(), pending=False)
        partial = path.with_name(f"{PARTIAL}{os.getpid()}-{path.name}")
        partial.unlink(missing_ok=True)
        memory.execute("VACUUM INTO ?", [str(partial)])
    finally:
        memory.close()
    os.chmod(partial, 0o600)
    with partial.open("rb+") as f:
        os.fsync(f.fileno())
    # A set-aside copy's -wal was read into the rewrite; it goes first: SQLite would apply
    # an old -wal to the new file (a kill between the two leaves the old file, rewritten
    # again by the next run).
    for side in sides:
        side.unlink(missing_ok=True)
    os.replace(partial, path)
    fsync_dir(path.parent)
    return CopyResult(path, "rewritten")


def _has_notes(conn: sqlite3.Connection, participant_id: str, delete_notes: bool) -> bool:
    if not delete_notes:
        return False
    return conn.execute("SELECT 1 FROM notes WHERE participant_id = ? LIMIT 1",
                        [participant_id]).fetchone() is not None


def _load(path: Path, sides: list[Path]) -> sqlite3.Connection:
    """The copy, whole, in memory: nothing of it is written to disk on the way."""
    memory = sqlite3.connect(":memory:")
    if any(s.exists() for s in sides):
        # A -wal beside it holds its newest commits; SQLite reads it only through a normal
        # open (which is also what check_file did).
        source = sqlite3.connect(path)
    else:
        source = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        source.backup(memory)
    finally:
        source.close()
    return memory


def prune_check_cache(backup_dir: Path) -> None:
    """The backups' remembered check results, for files no longer there or rewritten: dropped
    (a damaged file's problems may quote its text)."""
    cache = backup_dir / CHECKED
    if cache.exists():
        cache.unlink()  # one check of each backup the next time it is offered
