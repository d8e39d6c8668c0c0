"""Reads that return domain objects: a whole session as a ``Workshop``."""

from __future__ import annotations

import json
import sqlite3
import sys
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from ..domain import (
    AgendaItem,
    Commitment,
    Note,
    Participant,
    Rating,
    RelationshipMark,
    StatusChange,
    Workshop,
)
from .check import bad_text
from .errors import LibraryCorrupt
from .library import Reader
from .sessions import get_row


def load_workshop(lib: Reader, session_id: str) -> Workshop:
    """One session with all its parts, each list in display order.

    LibraryCorrupt ("damaged_record", naming the record) when stored text is not UTF-8.
    """
    with _damage_named(lib, session_id):
        return _load_workshop(lib, session_id)


def _load_workshop(lib: Reader, session_id: str) -> Workshop:
    s = get_row(lib, session_id)
    args = [session_id]

    participants = [
        Participant(r["id"], r["name"], r["role"], r["unit"], bool(r["consent"]), r["position"])
        for r in lib.query("SELECT * FROM participants WHERE session_id = ? "
                          "ORDER BY position, rowid", args)
    ]
    agenda = [
        AgendaItem(r["id"], r["phase"], r["title"], r["minutes"], r["position"], r["started_at"],
                   r["ended_at"], r["running_since"], r["elapsed_seconds"])
        for r in lib.query("SELECT * FROM agenda_items WHERE session_id = ? "
                          "ORDER BY position, rowid", args)
    ]
    note_principles = _grouped(lib.query(
        "SELECT np.note_id, np.principle FROM note_principles np JOIN notes n ON n.id = np.note_id "
        "WHERE n.session_id = ? ORDER BY np.rowid", args))
    notes = [
        _note(r, note_principles.get(r["id"], ()))
        for r in lib.query("SELECT * FROM notes WHERE session_id = ? ORDER BY position, rowid", args)
    ]
    ratings = [
        Rating(r["id"], r["principle"], r["value"], r["role"], r["participant_id"], r["device"])
        for r in lib.query("SELECT * FROM ratings WHERE session_id = ? ORDER BY rowid", args)
    ]
    marks = [
        RelationshipMark(r["relationship"], r["strength"])
        for r in lib.query("SELECT * FROM relationship_marks WHERE session_id = ? "
                          "ORDER BY rowid", args)
    ]
    problems = _grouped(lib.query(
        "SELECT cp.commitment_id, cp.note_id FROM commitment_problems cp "
        "JOIN commitments c ON c.id = cp.commitment_id WHERE c.session_id = ? ORDER BY cp.rowid",
        args))
    principles = _grouped(lib.query(
        "SELECT cp.commitment_id, cp.principle FROM commitment_principles cp "
        "JOIN commitments c ON c.id = cp.commitment_id WHERE c.session_id = ? ORDER BY cp.rowid",
        args))
    insights = _grouped(lib.query(
        "SELECT ci.commitment_id, ci.insight FROM commitment_insights ci "
        "JOIN commitments c ON c.id = ci.commitment_id WHERE c.session_id = ? ORDER BY ci.rowid",
        args)) if _has_table(lib, "commitment_insights") else {}  # (a file of schema 1 or 2)
    history: dict[str, list[StatusChange]] = defaultdict(list)
    for r in lib.query(
        "SELECT cs.* FROM commitment_status cs JOIN commitments c ON c.id = cs.commitment_id "
        "WHERE c.session_id = ? ORDER BY cs.id", args):
        history[r["commitment_id"]].append(
            StatusChange(r["status"], r["date"], r["note"], r["recorded_at"]))
    commitments = [
        Commitment(r["id"], r["what"], r["owner_participant_id"], r["owner_role"], r["due_date"],
                   r["first_step"], r["indicator"], r["position"],
                   tuple(problems.get(r["id"], ())), tuple(principles.get(r["id"], ())),
                   history[r["id"]], tuple(insights.get(r["id"], ())))
        for r in lib.query("SELECT * FROM commitments WHERE session_id = ? "
                          "ORDER BY position, rowid", args)
    ]
    return Workshop(
        id=s["id"], organisation=s["organisation"], sector=s["sector"], date=s["date"],
        place=s["place"], facilitators=json.loads(s["facilitators"]), language=s["language"],
        follow_up_date=s["follow_up_date"], long_term_card=bool(s["long_term_card"]),
        vote_budget=s["vote_budget"], vote_mode=s["vote_mode"], current_phase=s["current_phase"],
        created_at=s["created_at"], updated_at=s["updated_at"], participants=participants,
        agenda=agenda, notes=notes, ratings=ratings, relationship_marks=marks,
        commitments=commitments,
    )


def load_note(lib: Reader, note_id: str) -> Note | None:
    """One note as it is now, or None when it does not exist (deleted, or undone).

    The window calls this after each edit of a note, so a session with
    thousands of notes is not read again for every keystroke's worth of change.
    """
    with _damage_named(lib, None):
        row = lib.query_one("SELECT * FROM notes WHERE id = ?", [note_id])
        if row is None:
            return None
        principles = [r["principle"] for r in lib.query(
            "SELECT principle FROM note_principles WHERE note_id = ? ORDER BY rowid", [note_id])]
        return _note(row, principles)


@contextmanager
def _damage_named(lib: Reader, session_id: str | None) -> Iterator[None]:
    """Python's sqlite3 fails on text that is not UTF-8 with no word of where it is (and
    SQLite stores whatever bytes it is given): find the record, and say which it is."""
    try:
        yield
    except (sqlite3.OperationalError, UnicodeDecodeError) as e:
        if "decode" not in str(e).lower():
            raise
        found = bad_text(lib.conn, limit=100)
        if not found:
            raise
        bad = next((b for b in found if b.session_id == session_id), found[0])
        session = session_id or bad.session_id or "?"
        raise LibraryCorrupt(
            f"Session {session} cannot be read: in table {bad.table}, record {bad.record} is "
            f"damaged ({bad.column} is not UTF-8 text). Run `tillitworkshop check`, and go "
            "back to a good backup with `tillitworkshop restore latest`.",
            None, "damaged_record", session=session, table=bad.table, record=bad.record,
            column=bad.column) from e


def _key(value: str | None) -> str | None:
    """A catalogue key ("chain", "hinder", "enhetschef"): one string however many notes
    hold it (SQLite hands each row its own copy; 2,000 notes kept ~0.4 MB of copies)."""
    return None if value is None else sys.intern(value)


def _note(r: dict[str, Any], principles: Iterable[str]) -> Note:
    return Note(id=r["id"], phase=sys.intern(r["phase"]), kind=sys.intern(r["kind"]),
                text=r["text"], chain_link=_key(r["chain_link"]),
                relationship=_key(r["relationship"]), principle=_key(r["principle"]),
                obstacle=_key(r["obstacle"]), signal=_key(r["signal"]),
                group_id=r["group_id"], votes=r["votes"], participant_id=r["participant_id"],
                role=_key(r["role"]), principles=tuple(principles),
                position=r["position"], created_at=r["created_at"], updated_at=r["updated_at"])


def _grouped(rows: Iterator[dict[str, Any]]) -> dict[str, list[str]]:
    """The second column's values by the first's, in the rows' order."""
    out: dict[str, list[str]] = defaultdict(list)
    for key, value in (row.values() for row in rows):
        out[key].append(value)
    return out


def _has_table(lib: Reader, name: str) -> bool:
    """Whether the file has ``name``: a portable file of an older schema is read as it is."""
    return lib.query_one("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                         [name]) is not None
