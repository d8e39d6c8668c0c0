"""The roster: add, edit, reorder and remove participants."""

from __future__ import annotations

from typing import Any

from ..domain import Participant
from ..domain.validation import check_participant, raise_if
from .changes import Change
from .library import Library
from .records import keys, new_id, next_position, only, row_of, session_of, touch, update_row
from .sessions import get_row

FIELDS = ("name", "role", "unit", "consent", "position")


def _checked(row: dict[str, Any]) -> None:
    p = Participant(id="", **{k: row[k] for k in ("name", "role", "unit", "consent")})
    raise_if(check_participant(p, keys()))


def add_participant(
    lib: Library, session_id: str, name: str, role: str, unit: str = "", consent: bool = False
) -> Change:
    row = {"name": name.strip() if isinstance(name, str) else name, "role": role,
           "unit": unit, "consent": consent}
    _checked(row)
    get_row(lib, session_id)
    pid = new_id()
    with lib.edit() as edit:
        lib.db.table("participants").insert({
            "id": pid, "session_id": session_id, **row, "consent": int(consent),
            "position": next_position(lib, "participants", session_id)})
        touch(lib.db, session_id)
    return edit.change(session_id, "participant", "added", (pid,))


def update_participant(lib: Library, participant_id: str, **fields: Any) -> Change:
    only(fields, FIELDS, "participant")
    current = row_of(lib, "participants", participant_id)
    sid = current["session_id"]
    merged = {**current, **fields}
    merged["consent"] = bool(merged["consent"])
    _checked(merged)
    if "consent" in fields:
        fields["consent"] = int(fields["consent"])
    with lib.edit() as edit:
        update_row(lib.db, "participants", participant_id, fields)
        touch(lib.db, sid)
    return edit.change(sid, "participant", "updated", (participant_id,))


def delete_participant(lib: Library, participant_id: str) -> Change:
    """Remove from the roster; their notes stay (unattributed), their ratings go."""
    sid = session_of(lib, "participants", participant_id)
    with lib.edit() as edit:
        lib.db.execute("DELETE FROM participants WHERE id = ?", [participant_id])
        touch(lib.db, sid)
    lib.purge()
    return edit.change(sid, "participant", "deleted", (participant_id,))
