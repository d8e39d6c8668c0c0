"""Ratings of the principles ("where are we today", 1–5) and trust marks on relationships."""

from __future__ import annotations

from ..domain import Rating, RelationshipMark
from ..domain.validation import (
    FieldError,
    ValidationError,
    check_rating,
    check_relationship_mark,
    raise_if,
)
from .changes import Change
from .library import Library
from .records import keys, new_id, touch
from .sessions import get_row


def rate(lib: Library, session_id: str, principle: str, value: int | None,
         *, participant_id: str | None = None, role: str | None = None) -> Change:
    """Set (or with ``value=None`` clear) one participant's or one role's rating.

    A participant's rating carries their role too, so ratings can be compared
    between the chain's levels whichever way they were collected.
    """
    get_row(lib, session_id)
    if participant_id is not None:
        row = lib.query_one("SELECT role, session_id FROM participants WHERE id = ?",
                            [participant_id])
        if row is None or row["session_id"] != session_id:
            raise ValidationError([FieldError("participant_id", "no such participant in this session",
                                              "no_participant")])
        role = row["role"]
    if value is not None:
        raise_if(check_rating(Rating("", principle, value, role, participant_id), keys()))
    elif role is None and participant_id is None:
        raise ValidationError([FieldError("role", "a rating belongs to a participant or a chain role",
                                          "rating_owner")])
    args: list[str | None]
    if participant_id is not None:
        where, args = "participant_id = ?", [participant_id]
    else:
        where, args = "participant_id IS NULL AND role = ?", [role]
    with lib.edit() as edit:
        existing = lib.query_one(
            f"SELECT id FROM ratings WHERE session_id = ? AND principle = ? AND {where}",
            [session_id, principle, *args])
        if value is None:
            if existing:
                lib.db.execute("DELETE FROM ratings WHERE id = ?", [existing["id"]])
        elif existing:
            lib.db.execute("UPDATE ratings SET value = ?, role = ? WHERE id = ?",
                           [value, role, existing["id"]])
        else:
            lib.db.table("ratings").insert({"id": new_id(), "session_id": session_id,
                                      "principle": principle, "value": value, "role": role,
                                      "participant_id": participant_id})
        touch(lib.db, session_id)
    rid = existing["id"] if existing else ""
    return edit.change(session_id, "rating", "updated", (rid,) if rid else ())


def set_relationship_strength(lib: Library, session_id: str, relationship: str,
                              strength: int | None) -> Change:
    """How strong trust is in one of the five relationships, 1–5; None clears it."""
    get_row(lib, session_id)
    if strength is not None:
        raise_if(check_relationship_mark(RelationshipMark(relationship, strength), keys()))
    elif relationship not in keys().relationships:
        raise ValidationError([FieldError("relationship", f"unknown value {relationship!r}",
                                          "unknown_value", {"value": relationship})])
    with lib.edit() as edit:
        if strength is None:
            lib.db.execute("DELETE FROM relationship_marks WHERE session_id = ? AND relationship = ?",
                           [session_id, relationship])
        else:
            lib.db.execute(
                "INSERT INTO relationship_marks (session_id, relationship, strength) VALUES (?, ?, ?) "
                "ON CONFLICT (session_id, relationship) DO UPDATE SET strength = excluded.strength",
                [session_id, relationship, strength])
        touch(lib.db, session_id)
    return edit.change(session_id, "relationship", "updated", (relationship,))
