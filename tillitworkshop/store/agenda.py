"""The agenda: time boxes for the day, and the timer of each item.

The timer is stored, not kept in memory: ``running_since`` while it runs and
``elapsed_seconds`` accumulated over pauses, so a crash or a restart mid-phase
neither loses nor invents time. ``started_at``/``ended_at`` are the actual
times the summary reports next to the plan.

Starting, pausing and finishing are not undo steps: the clock runs in the room,
and Ctrl+Z is for the notes on the wall, not for the stopwatch. Resetting is
one, since it throws measured time away.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..domain.model import PHASES
from ..domain.validation import MAX_NAME, FieldError, ValidationError
from .changes import Change, ChangeAction
from .library import Library, now
from .records import new_id, next_position, only, row_of, session_of, touch, update_row
from .sessions import get_row

FIELDS = ("phase", "title", "minutes", "position")


def _check(fields: dict[str, Any]) -> None:
    errors = []
    if "title" in fields and (not isinstance(fields["title"], str) or not fields["title"].strip()):
        errors.append(FieldError("title", "must not be empty", "empty"))
    elif "title" in fields and len(fields["title"]) > MAX_NAME:  # as the interchange schema has it
        errors.append(FieldError("title", f"is longer than {MAX_NAME} characters", "too_long",
                                 {"limit": MAX_NAME}))
    if "minutes" in fields:
        m = fields["minutes"]
        if isinstance(m, bool) or not isinstance(m, int) or not 0 <= m <= 1440:
            errors.append(FieldError("minutes", "must be a whole number of minutes, 0–1440",
                                     "out_of_range", {"value": m, "low": 0, "high": 1440}))
    if "phase" in fields and fields["phase"] is not None and fields["phase"] not in PHASES:
        errors.append(FieldError("phase", f"unknown phase {fields['phase']!r}", "unknown_value",
                                 {"value": fields["phase"], "allowed": sorted(PHASES)}))
    if errors:
        raise ValidationError(errors)


def add_item(lib: Library, session_id: str, title: str, minutes: int, phase: str | None = None,
             position: float | None = None) -> Change:
    _check({"title": title, "minutes": minutes, "phase": phase})
    get_row(lib, session_id)
    item_id = new_id()
    with lib.edit() as edit:
        lib.db.table("agenda_items").insert({
            "id": item_id, "session_id": session_id, "phase": phase, "title": title.strip(),
            "minutes": minutes, "elapsed_seconds": 0.0,
            "position": position if position is not None
            else next_position(lib, "agenda_items", session_id)})
        touch(lib.db, session_id)
    return edit.change(session_id, "agenda", "added", (item_id,))


def update_item(lib: Library, item_id: str, **fields: Any) -> Change:
    only(fields, FIELDS, "agenda item")
    _check(fields)
    return _write(lib, item_id, fields, "updated")


def delete_item(lib: Library, item_id: str) -> Change:
    sid = session_of(lib, "agenda_items", item_id)
    with lib.edit() as edit:
        lib.db.execute("DELETE FROM agenda_items WHERE id = ?", [item_id])
        touch(lib.db, sid)
    return edit.change(sid, "agenda", "deleted", (item_id,))


def start_timer(lib: Library, item_id: str, at: str | None = None) -> Change:
    """Start or resume; the first start is the item's actual start time.

    Starting one item pauses any other running item of the session, since the
    room is in one phase at a time.
    """
    at = at or now()
    sid = session_of(lib, "agenda_items", item_id)
    row = _row(lib, item_id)
    with lib.edit(undoable=False) as edit:
        for other in lib.query(
            "SELECT id FROM agenda_items WHERE session_id = ? AND running_since IS NOT NULL "
            "AND id != ?", [sid, item_id]):
            pause_timer(lib, other["id"], at)
        if row["running_since"] is None:
            update_row(lib.db, "agenda_items", item_id, {
                "running_since": at, "started_at": row["started_at"] or at, "ended_at": None})
        touch(lib.db, sid)
    return edit.change(sid, "agenda", "updated", (item_id,))


def pause_timer(lib: Library, item_id: str, at: str | None = None) -> Change:
    at = at or now()
    row = _row(lib, item_id)
    fields = {}
    if row["running_since"] is not None:
        fields = {"running_since": None,
                  "elapsed_seconds": row["elapsed_seconds"] + _seconds(row["running_since"], at)}
    return _write(lib, item_id, fields, "updated", undoable=False)


def finish_item(lib: Library, item_id: str, at: str | None = None) -> Change:
    """Stop the clock and record the actual end time."""
    at = at or now()
    row = _row(lib, item_id)
    fields = {"ended_at": at, "started_at": row["started_at"] or at}
    if row["running_since"] is not None:
        fields.update(running_since=None,
                      elapsed_seconds=row["elapsed_seconds"] + _seconds(row["running_since"], at))
    return _write(lib, item_id, fields, "updated", undoable=False)


def reset_timer(lib: Library, item_id: str) -> Change:
    """Back to zero, as if the item had not begun."""
    return _write(lib, item_id, {"running_since": None, "elapsed_seconds": 0.0,
                                 "started_at": None, "ended_at": None}, "updated")


def _write(lib: Library, item_id: str, fields: dict[str, Any], action: ChangeAction,
           undoable: bool = True) -> Change:
    sid = session_of(lib, "agenda_items", item_id)
    with lib.edit(undoable) as edit:
        update_row(lib.db, "agenda_items", item_id, fields)
        touch(lib.db, sid)
    return edit.change(sid, "agenda", action, (item_id,))


def _row(lib: Library, item_id: str) -> dict[str, Any]:
    return row_of(lib, "agenda_items", item_id)


def _seconds(start: str, end: str) -> float:
    return max(0.0, (dt.datetime.fromisoformat(end) - dt.datetime.fromisoformat(start)).total_seconds())
