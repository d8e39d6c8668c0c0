"""Notes: the day's sticky notes, placed on a phase, a chain link, a relationship,
a principle or an obstacle; grouped, voted on and linked to principles."""

from __future__ import annotations

from typing import Any

from ..domain import Note
from ..domain.validation import FieldError, ValidationError, check_note, raise_if
from .changes import Change
from .library import Library, now
from .records import keys, new_id, next_position, only, row_of, session_of, touch, update_row
from .sessions import get_row

PLACEMENT = ("chain_link", "relationship", "principle", "obstacle", "signal", "participant_id", "role")
EDITABLE = ("text", "kind", "phase", "votes", *PLACEMENT)
# A problem's dots given from phones (issue 23), in a statement about ``notes``.
PHONE_DOTS = "(SELECT COALESCE(SUM(dots), 0) FROM room_votes WHERE note_id = notes.id)"


def _validate(row: dict[str, Any], principles: tuple[str, ...] = ()) -> None:
    # unchecked values, whatever their type: check_note says what is wrong with them
    fields: dict[str, Any] = {k: row.get(k) for k in ("phase", "kind", "text", *PLACEMENT)}
    note = Note(id="", votes=row.get("votes", 0), principles=tuple(principles), **fields)
    raise_if(check_note(note, keys()))


def add_note(
    lib: Library, session_id: str, phase: str, kind: str, text: str,
    *, principles: tuple[str, ...] = (), position: float | None = None, **placement: Any,
) -> Change:
    only(placement, PLACEMENT, "note")
    row = {"phase": phase, "kind": kind, "text": text, **placement}
    _validate(row, principles)
    get_row(lib, session_id)
    _check_participant(lib, session_id, placement.get("participant_id"))
    nid = new_id()
    stamp = now()
    with lib.edit() as edit:
        lib.db.table("notes").insert({
            "id": nid, "session_id": session_id, **row, "votes": 0,
            "position": position if position is not None
            else next_position(lib, "notes", session_id, phase),
            "created_at": stamp, "updated_at": stamp})
        _set_principles(lib, nid, principles)
        touch(lib.db, session_id)
    return edit.change(session_id, "note", "added", (nid,))


def update_note(lib: Library, note_id: str, *, principles: tuple[str, ...] | None = None,
                **fields: Any) -> Change:
    """Edit text, kind or placement (moving a note to another link or obstacle is this)."""
    only(fields, EDITABLE, "note")
    current = row_of(lib, "notes", note_id)
    sid = current["session_id"]
    _validate({**current, **fields}, principles or ())
    _check_participant(lib, sid, fields.get("participant_id"))
    with lib.edit() as edit:
        update_row(lib.db, "notes", note_id, {**fields, "updated_at": now()})
        if principles is not None:
            _set_principles(lib, note_id, principles)
        touch(lib.db, sid)
    return edit.change(sid, "note", "updated", (note_id,))


def move_note(lib: Library, note_id: str, position: float, **placement: Any) -> Change:
    """Reorder a note (a position between its new neighbours) and optionally re-place it,
    e.g. onto another obstacle or chain link, as one edit."""
    only(placement, PLACEMENT, "note")
    current = row_of(lib, "notes", note_id)
    sid = current["session_id"]
    _validate({**current, **placement})
    with lib.edit() as edit:
        update_row(lib.db, "notes", note_id,
                   {**placement, "position": float(position), "updated_at": now()})
        touch(lib.db, sid)
    return edit.change(sid, "note", "moved", (note_id,))


def group_notes(lib: Library, target_id: str, note_ids: list[str]) -> Change:
    """Put duplicates under ``target_id``; notes grouped under them move along."""
    target = row_of(lib, "notes", target_id, "session_id, group_id")
    sid = target["session_id"]
    if target["group_id"]:
        raise ValidationError([FieldError("group", "cannot group under a note that is itself grouped",
                                          "group_nested")])
    members = [n for n in note_ids if n != target_id]
    for n in members:
        if session_of(lib, "notes", n) != sid:
            raise ValidationError([FieldError("group", "notes of different sessions",
                                              "group_sessions")])
    moved = list(members)
    with lib.edit() as edit:
        for n in members:
            moved += _grouped_under(lib, n)  # they move along: the change names them too
            lib.db.execute("UPDATE notes SET group_id = ? WHERE id = ? OR group_id = ?",
                           [target_id, n, n])
        touch(lib.db, sid)
    return edit.change(sid, "note", "updated", tuple(dict.fromkeys((target_id, *moved))))


def ungroup_note(lib: Library, note_id: str) -> Change:
    sid = session_of(lib, "notes", note_id)
    with lib.edit() as edit:
        lib.db.execute("UPDATE notes SET group_id = NULL WHERE id = ?", [note_id])
        touch(lib.db, sid)
    return edit.change(sid, "note", "updated", (note_id,))


def vote(lib: Library, note_id: str, delta: int = 1) -> Change:
    """Add (or with a negative delta take back) the facilitator's dots.

    ``votes`` is the problem's total: the facilitator's dots and the phones' (``room_votes``).
    Taking back takes only the facilitator's own, never below the phones' dots: a phone
    takes back its own (store/room.py), within its budget. When only phones' dots are left,
    taking back is refused (code ``phone_dots``), so the window can say why nothing changed.
    """
    sid = session_of(lib, "notes", note_id)
    if delta < 0:
        row = lib.query_one(f"SELECT votes, {PHONE_DOTS} AS phones FROM notes WHERE id = ?",
                            [note_id])
        phones = int(row["phones"]) if row else 0
        if row and phones and row["votes"] <= phones:
            raise ValidationError([FieldError(
                "votes", f"only phones' dots are left ({phones}): a phone takes back its own", "phone_dots", {"phones": phones})])
    with lib.edit() as edit:
        lib.db.execute(f"UPDATE notes SET votes = MAX({PHONE_DOTS}, votes + ?) WHERE id = ?",
                       [delta, note_id])
        touch(lib.db, sid)
    return edit.change(sid, "note", "updated", (note_id,))


def delete_note(lib: Library, note_id: str) -> Change:
    """Delete a note; duplicates grouped under it stand on their own again (and are named
    in the change, since they changed too)."""
    sid = session_of(lib, "notes", note_id)
    freed = _grouped_under(lib, note_id)
    with lib.edit() as edit:
        lib.db.execute("DELETE FROM notes WHERE id = ?", [note_id])
        touch(lib.db, sid)
    lib.purge()
    return edit.change(sid, "note", "deleted", (note_id, *freed))


def _grouped_under(lib: Library, note_id: str) -> list[str]:
    return [r["id"] for r in lib.query("SELECT id FROM notes WHERE group_id = ? ORDER BY rowid",
                                       [note_id])]


def _set_principles(lib: Library, note_id: str, principles: tuple[str, ...]) -> None:
    lib.db.execute("DELETE FROM note_principles WHERE note_id = ?", [note_id])
    for p in dict.fromkeys(principles):
        lib.db.execute("INSERT INTO note_principles (note_id, principle) VALUES (?, ?)",
                       [note_id, p])


def _check_participant(lib: Library, session_id: str, participant_id: str | None) -> None:
    if participant_id is None:
        return
    row = lib.query_one("SELECT session_id FROM participants WHERE id = ?", [participant_id])
    if row is None or row["session_id"] != session_id:
        raise ValidationError([FieldError("participant_id", "no such participant in this session",
                                          "no_participant")])
