"""What a phone is told: the room's state as JSON (``GET <join>/api/state``)."""

from __future__ import annotations

from typing import Any

from ..content import catalogue
from ..store.library import Reader
from ..store.room import PHONE_KINDS, device_state, principles_of
from ..store.sessions import get_row


def _names(entry: Any) -> dict[str, str]:
    return {"sv": entry.name.sv, "en": entry.name.en}


def room_roles(lib: Reader, session_id: str) -> list[str]:
    """The session's roles (from its roster, in the catalogue's order) plus "annan"; every
    role when the roster is empty."""
    used = {r["role"] for r in lib.query(
        "SELECT DISTINCT role FROM participants WHERE session_id = ?", [session_id])}
    keys = [r.key for r in catalogue().roles if not used or r.key in used or r.key == "annan"]
    return keys


def public_state(lib: Reader, session_id: str, cookie: str | None, code: str,
                 version: int) -> dict[str, Any]:
    cat = catalogue()
    session = get_row(lib, session_id)
    phase = session["current_phase"]
    link = session["current_link"]
    mine = device_state(lib, session_id, cookie) if cookie else None
    problems = [] if phase != "problems" else [
        {"id": r["id"], "text": r["text"], "votes": r["votes"]} for r in lib.query(
            "SELECT id, text, votes FROM notes WHERE session_id = ? AND phase = 'problems' "
            "AND kind = 'problem' AND group_id IS NULL ORDER BY position, rowid", [session_id])]
    return {
        "version": version,
        "room": code,
        "language": session["language"],
        "phase": phase,
        "phase_name": _names(cat.phase(phase)),
        "link": link,
        "link_name": _names(cat.role(link)) if link else None,
        "kinds": [{"key": k, "name": _names(cat.note_kind(k))} for k in PHONE_KINDS.get(phase, ())],
        # one person's role ("Enhetschef"), as the phone asks for its own
        "roles": [{"key": k, "name": {"sv": cat.role(k).singular.sv, "en": cat.role(k).singular.en}}
                  for k in room_roles(lib, session_id)],
        "principles": [{"key": p.key, "name": _names(p), "description":
                        {"sv": p.description.sv, "en": p.description.en}}
                       for p in cat.principles_for(bool(session["long_term_card"]))]
        if phase == "principles" else [],
        "problems": problems,
        "budget": session["vote_budget"],
        "device": {"role": mine.role, "ratings": mine.ratings, "votes": mine.votes,
                   "used": mine.used} if mine else {"role": None, "ratings": {}, "votes": {},
                                                    "used": 0},
        "principle_keys": list(principles_of(session)),
    }
