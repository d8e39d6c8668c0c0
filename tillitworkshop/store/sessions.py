"""Sessions: create, edit, duplicate as a template, delete, list, find by id prefix."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from ..content import catalogue
from ..domain.validation import check_workshop_fields, cut_text, raise_if, shorten
from .changes import Change
from .errors import Ambiguous, NotFound
from .library import Library, Reader, now
from .records import keys, new_id, only, touch, update_row

SESSION_FIELDS = (
    "organisation",
    "sector",
    "date",
    "place",
    "facilitators",
    "language",
    "follow_up_date",
    "long_term_card",
    "vote_budget",
    "vote_mode",
    "current_phase",
)


@dataclass(frozen=True, slots=True)
class SessionSummary:
    """One line of the library: a session's facts and how much it holds."""

    id: str
    organisation: str
    sector: str
    date: str
    place: str
    current_phase: str
    updated_at: str
    participants: int
    notes: int
    commitments: int


def _to_row(fields: dict[str, Any]) -> dict[str, Any]:
    row = dict(fields)
    if "facilitators" in row:
        row["facilitators"] = json.dumps(row["facilitators"], ensure_ascii=False)
    if "long_term_card" in row:
        row["long_term_card"] = int(row["long_term_card"])
    return row


def create_session(
    lib: Library, organisation: str, sector: str, date: str, *, with_agenda: bool = True,
    **fields: Any,
) -> Change:
    """A new session; with the catalogue's default agenda unless told otherwise."""
    only(fields, SESSION_FIELDS, "session")
    values = {"organisation": organisation, "sector": sector, "date": date, **fields}
    raise_if(check_workshop_fields(values, keys()))
    sid = new_id()
    stamp = now()
    with lib.edit() as edit:
        lib.db.table("sessions").insert(
            {"id": sid, **_to_row(values), "created_at": stamp, "updated_at": stamp}
        )
        if with_agenda:
            lang = values.get("language", "sv")
            for i, item in enumerate(catalogue().agenda, start=1):
                lib.db.table("agenda_items").insert(
                    {
                        "id": new_id(),
                        "session_id": sid,
                        "phase": item.phase,
                        "title": item.title(lang),
                        "minutes": item.minutes,
                        "position": float(i),
                    }
                )
    return edit.change(sid, "session", "added", (sid,))


def update_session(lib: Library, session_id: str, **fields: Any) -> Change:
    only(fields, SESSION_FIELDS, "session")
    raise_if(check_workshop_fields(fields, keys()))
    get_row(lib, session_id)
    with lib.edit() as edit:
        update_row(lib.db, "sessions", session_id, _to_row(fields))
        touch(lib.db, session_id)
    return edit.change(session_id, "session", "updated", (session_id,))


def duplicate_session(lib: Library, session_id: str, organisation: str | None = None) -> Change:
    """A template from a session: its details, roster and agenda; no notes, timers reset."""
    src = get_row(lib, session_id)
    new = new_id()
    stamp = now()
    with lib.edit() as edit:
        row = {k: src[k] for k in SESSION_FIELDS}
        row.update(current_phase="preparation", follow_up_date=None)
        if organisation:
            row["organisation"] = organisation
        lib.db.table("sessions").insert({"id": new, **row, "created_at": stamp, "updated_at": stamp})
        for p in lib.query(
            "SELECT name, role, unit, consent, position FROM participants WHERE session_id = ?",
            [session_id],
        ):
            lib.db.table("participants").insert({"id": new_id(), "session_id": new, **p})
        for a in lib.query(
            "SELECT phase, title, minutes, position FROM agenda_items WHERE session_id = ?",
            [session_id],
        ):
            lib.db.table("agenda_items").insert({"id": new_id(), "session_id": new, **a})
    return edit.change(new, "session", "added", (new,))


def delete_session(lib: Library, session_id: str) -> Change:
    get_row(lib, session_id)
    with lib.edit() as edit:
        lib.db.execute("DELETE FROM sessions WHERE id = ?", [session_id])
    lib.purge()
    return edit.change(session_id, "session", "deleted", (session_id,))


def session_exists(lib: Library, session_id: str) -> bool:
    return lib.query_one("SELECT 1 FROM sessions WHERE id = ?", [session_id]) is not None


def get_row(lib: Reader, session_id: str) -> dict[str, Any]:
    row = lib.query_one("SELECT * FROM sessions WHERE id = ?", [session_id])
    if row is None:
        raise NotFound(f"No session with id {session_id}.", "no_row", table="sessions",
                       id=session_id)
    return row


def list_sessions(lib: Library) -> list[SessionSummary]:
    """Every session, newest day first, with counts for the library view."""
    sql = """
        SELECT s.id, s.organisation, s.sector, s.date, s.place, s.current_phase, s.updated_at,
          (SELECT COUNT(*) FROM participants p WHERE p.session_id = s.id) AS participants,
          (SELECT COUNT(*) FROM notes n WHERE n.session_id = s.id) AS notes,
          (SELECT COUNT(*) FROM commitments c WHERE c.session_id = s.id) AS commitments
        FROM sessions s ORDER BY s.date DESC, s.created_at DESC
    """
    return [SessionSummary(**row) for row in lib.query(sql)]


def resolve_session(lib: Library, ref: str) -> str:
    """A session id from a full id or a unique prefix of one."""
    ref = ref.strip().lower()
    if not ref:
        raise NotFound("No session given: name a session id or the start of one (see `list`).",
                       "no_session_given")
    ids = [r["id"] for r in lib.query(
        "SELECT id FROM sessions WHERE substr(id, 1, ?) = ? ORDER BY id", [len(ref), ref])]
    if not ids:
        raise NotFound(f"No session id starts with {shorten(ref)}. `tillitworkshop list` shows them.",
                       "no_session_prefix", ref=cut_text(ref))
    if len(ids) > 1:
        raise Ambiguous(
            f"{shorten(ref)} matches {len(ids)} sessions ({', '.join(i[:8] for i in ids[:5])}"
            f"{', ...' if len(ids) > 5 else ''}); give more characters of the id.",
            "ambiguous", ref=cut_text(ref), count=len(ids),
        )
    return ids[0]
