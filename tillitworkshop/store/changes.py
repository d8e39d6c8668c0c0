"""What an operation changed, so each screen can decide whether to redraw."""

from __future__ import annotations

from typing import Any

from ..plain_data import FrozenRecord


class Change(FrozenRecord):
    """``action`` was done to ``ids`` of ``kind`` in session ``session_id``.

    ``undo`` carries what an undo needs (previous values, or a tombstone of
    deleted rows); the window's undo commands hand it back to the store.
    """

    __slots__ = ("session_id", "kind", "action", "ids", "undo")
    _not_compared = ("undo",)

    def __init__(self, session_id: str | None, kind: str, action: str, ids: tuple[str, ...] = (),
                 undo: Any = None):
        # kind: "session", "participant", "note", "rating", "relationship", "commitment",
        # "agenda"; action: "added", "updated", "moved", "deleted", "restored"
        self._init(session_id=session_id, kind=kind, action=action, ids=ids, undo=undo)
