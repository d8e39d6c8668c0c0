"""Action commitments: who does what by when, and their status history."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any, cast

from ..domain import Commitment, StatusChange
from ..domain.validation import (
    FieldError,
    check_commitment,
    check_status_change,
    raise_if,
)
from .changes import Change
from .library import Library, now
from .records import keys, new_id, next_position, only, row_of, session_of, touch, update_row
from .sessions import get_row

FIELDS = ("what", "owner_participant_id", "owner_role", "due_date", "first_step", "indicator",
          "position")


def _validate(lib: Library, session_id: str, row: dict[str, Any],
              problems: Iterable[str] | None, principles: Iterable[str] | None,
              insights: Iterable[str] | None = None) -> None:
    # unchecked values, whatever their type: check_commitment says what is wrong with them
    c = Commitment(id="", what=cast(str, row.get("what")), owner_participant_id=row.get("owner_participant_id"),
                   owner_role=row.get("owner_role"), due_date=row.get("due_date"),
                   first_step=row.get("first_step", ""), indicator=row.get("indicator", ""),
                   principles=tuple(principles or ()), insights=tuple(insights or ()))
    errors = check_commitment(c, keys())
    owner = row.get("owner_participant_id")
    if owner is not None:
        hit = lib.query_one("SELECT session_id FROM participants WHERE id = ?", [owner])
        if hit is None or hit["session_id"] != session_id:
            errors.append(FieldError("owner_participant_id", "no such participant in this session",
                                     "no_participant"))
    for i, note_id in enumerate(problems or ()):
        hit = lib.query_one("SELECT session_id FROM notes WHERE id = ?", [note_id])
        if hit is None or hit["session_id"] != session_id:
            errors.append(FieldError(f"problems[{i}]", "no such problem in this session", "no_problem"))
    raise_if(errors)


def add_commitment(lib: Library, session_id: str, what: str, *, problems: Iterable[str] = (),
                   principles: Iterable[str] = (), insights: Iterable[str] = (),
                   status_date: str | None = None, **fields: Any) -> Change:
    """A new commitment; its history starts as "planned" on the day of the session."""
    only(fields, FIELDS, "commitment")
    session = get_row(lib, session_id)
    row = {"what": what, "first_step": "", "indicator": "", **fields}
    _validate(lib, session_id, row, problems, principles, insights)
    cid = new_id()
    stamp = now()
    with lib.edit() as edit:
        lib.db.table("commitments").insert({
            "id": cid, "session_id": session_id, **row,
            "position": row.get("position") or next_position(lib, "commitments", session_id),
            "created_at": stamp, "updated_at": stamp})
        _link(lib, cid, problems, principles, insights)
        lib.db.table("commitment_status").insert({
            "commitment_id": cid, "status": "planned", "date": status_date or session["date"],
            "note": "", "recorded_at": stamp})
        touch(lib.db, session_id)
    return edit.change(session_id, "commitment", "added", (cid,))


def update_commitment(lib: Library, commitment_id: str, *, problems: Iterable[str] | None = None,
                      principles: Iterable[str] | None = None,
                      insights: Iterable[str] | None = None, **fields: Any) -> Change:
    """Change fields and links; a link list left None is kept as it is."""
    only(fields, FIELDS, "commitment")
    current = row_of(lib, "commitments", commitment_id)
    sid = current["session_id"]
    _validate(lib, sid, {**current, **fields}, problems, principles, insights)
    with lib.edit() as edit:
        update_row(lib.db, "commitments", commitment_id, {**fields, "updated_at": now()})
        _link(lib, commitment_id, problems, principles, insights)
        touch(lib.db, sid)
    return edit.change(sid, "commitment", "updated", (commitment_id,))


def set_status(lib: Library, commitment_id: str, status: str, date: str | None = None,
               note: str = "") -> Change:
    """Record a new status; the history is kept, never overwritten."""
    sid = session_of(lib, "commitments", commitment_id)
    date = date or dt.date.today().isoformat()
    raise_if(check_status_change(StatusChange(status, date, note)))
    with lib.edit() as edit:
        lib.db.table("commitment_status").insert({
            "commitment_id": commitment_id, "status": status, "date": date, "note": note,
            "recorded_at": now()})
        touch(lib.db, sid)
    return edit.change(sid, "commitment", "updated", (commitment_id,))


def delete_commitment(lib: Library, commitment_id: str) -> Change:
    sid = session_of(lib, "commitments", commitment_id)
    with lib.edit() as edit:
        lib.db.execute("DELETE FROM commitments WHERE id = ?", [commitment_id])
        touch(lib.db, sid)
    lib.purge()
    return edit.change(sid, "commitment", "deleted", (commitment_id,))


def _link(lib: Library, commitment_id: str, problems: Iterable[str] | None,
          principles: Iterable[str] | None, insights: Iterable[str] | None = None) -> None:
    if problems is not None:
        lib.db.execute("DELETE FROM commitment_problems WHERE commitment_id = ?", [commitment_id])
        for note_id in dict.fromkeys(problems):
            lib.db.execute("INSERT INTO commitment_problems VALUES (?, ?)", [commitment_id, note_id])
    if principles is not None:
        lib.db.execute("DELETE FROM commitment_principles WHERE commitment_id = ?", [commitment_id])
        for p in dict.fromkeys(principles):
            lib.db.execute("INSERT INTO commitment_principles VALUES (?, ?)", [commitment_id, p])
    if insights is not None:
        lib.db.execute("DELETE FROM commitment_insights WHERE commitment_id = ?", [commitment_id])
        for key in dict.fromkeys(insights):
            lib.db.execute("INSERT INTO commitment_insights VALUES (?, ?)", [commitment_id, key])


