"""Small helpers shared by the store's operations."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlite_utils import Database

from ..content import Keys, catalogue
from ..domain.validation import FieldError, ValidationError
from .errors import NotFound
from .library import Library, now


def new_id() -> str:
    import uuid  # here, not above: it costs the window's start ~7 ms; only edits need it

    return uuid.uuid4().hex


def keys() -> Keys:
    return catalogue().keys()


def touch(db: Database, session_id: str) -> None:
    db.execute("UPDATE sessions SET updated_at = ? WHERE id = ?", [now(), session_id])


def session_of(lib: Library, table: str, row_id: str) -> str:
    """The session a row belongs to, or NotFound naming what was looked for."""
    session_id: str = row_of(lib, table, row_id, "session_id")["session_id"]
    return session_id


def row_of(lib: Library, table: str, row_id: str, columns: str = "*") -> dict[str, Any]:
    """A row by its id, or NotFound naming what was looked for."""
    row = lib.query_one(f"SELECT {columns} FROM [{table}] WHERE id = ?", [row_id])
    if row is None:
        raise NotFound(f"No {table[:-1].replace('_', ' ')} with id {row_id}.",
                       "no_row", table=table, id=row_id)
    return row


def next_position(lib: Library, table: str, session_id: str, phase: str | None = None) -> float:
    """A position after every row of the session (of the phase, for notes: lists of notes
    never span phases, and the notes' index then finds it without reading the others)."""
    where, params = "session_id = ?", [session_id]
    if phase is not None:
        where, params = where + " AND phase = ?", [*params, phase]
    rows = lib.query(f"SELECT COALESCE(MAX(position), 0) + 1 AS next FROM [{table}] "
                     f"WHERE {where}", params)
    return float(next(rows)["next"])  # an aggregate gives one row


def only(fields: dict[str, Any], allowed: Iterable[str], what: str) -> None:
    unknown = sorted(set(fields) - set(allowed))
    if unknown:
        raise ValidationError(FieldError(f, f"is not a field of a {what}", "unknown_field",
                                         {"what": what}) for f in unknown)


def update_row(db: Database, table: str, row_id: str, fields: dict[str, Any]) -> None:
    if not fields:
        return
    sets = ", ".join(f"[{k}] = ?" for k in fields)
    db.execute(f"UPDATE [{table}] SET {sets} WHERE id = ?", [*fields.values(), row_id])


def position_between(before: float | None, after: float | None) -> float:
    """A position that sorts between two neighbours (either may be missing)."""
    if before is None:
        return 1.0 if after is None else after - 1.0
    if after is None:
        return before + 1.0
    return (before + after) / 2.0
