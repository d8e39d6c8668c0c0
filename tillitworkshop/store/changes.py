"""What an operation changed, so each screen can decide whether to redraw."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, TypeAlias

# What was changed: a session itself or one of its parts ("relationship" is a
# relationship's mark, "agenda" an agenda item).
ChangeKind: TypeAlias = Literal[
    "session", "participant", "note", "rating", "relationship", "commitment", "agenda",
    "room",  # the room's queue of phones' notes (store/room.py)
]
# What was done to it; "reverted" is an undo (or a redo, which reverts the undo).
ChangeAction: TypeAlias = Literal["added", "updated", "moved", "deleted", "reverted"]


@dataclass(frozen=True, slots=True)
class Change:
    """``action`` was done to ``ids`` of ``kind`` in session ``session_id``.

    ``undo`` carries what an undo needs (previous values, or a tombstone of
    deleted rows); the window's undo commands hand it back to the store.
    """

    session_id: str | None
    kind: ChangeKind
    action: ChangeAction
    ids: tuple[str, ...] = ()
    # the inverse statements (store/undo.py), newest last
    undo: tuple[str, ...] = field(default=(), compare=False)
