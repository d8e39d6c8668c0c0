"""What an operation changed, so each screen can decide whether to redraw."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Change:
    """``action`` was done to ``ids`` of ``kind`` in session ``session_id``.

    ``undo`` carries what an undo needs (previous values, or a tombstone of
    deleted rows); the window's undo commands hand it back to the store.
    """

    session_id: str | None
    kind: str  # "session", "participant", "note", "rating", "relationship", "commitment", "agenda"
    action: str  # "added", "updated", "moved", "deleted", "restored"
    ids: tuple[str, ...] = ()
    undo: Any = field(default=None, compare=False)
