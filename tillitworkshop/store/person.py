"""What the app holds about one person: the answer to an access request (GDPR art. 15).

Everything stored that is theirs or names them, read from the library: the roster entry,
the notes and reflections attributed to them, the ratings they gave, the commitments they
own with their follow-up entries, and the exports that named them. The fields are those
of the session file (docs/interchange.md); docs/privacy.md says what each one means.
"""

from __future__ import annotations

import json
from typing import Any

from .. import __version__
from . import exports
from .errors import NotFound
from .library import Reader, now
from .read import load_workshop

FORMAT = "tillitworkshop.person"


def person_document(lib: Reader, session_id: str, participant_id: str) -> dict[str, Any]:
    """Everything stored about one participant of a session, as plain JSON data."""
    w = load_workshop(lib, session_id)
    p = w.participant(participant_id)
    if p is None:
        raise NotFound(f"No participant with id {participant_id} in this session.", "no_row",
                       table="participants", id=participant_id)
    forgotten = lib.query_one("SELECT forgotten_at, notes_deleted FROM forgotten "
                              "WHERE participant_id = ?", [participant_id])
    notes = [n for n in w.notes if n.participant_id == participant_id]
    owned = [c for c in w.commitments if c.owner_participant_id == participant_id]
    return {
        "format": FORMAT,
        "version": 1,
        "exported_at": now(),
        "app_version": __version__,
        "session": {"id": w.id, "organisation": w.organisation, "date": w.date,
                    "place": w.place},
        "participant": {"id": p.id, "name": None if forgotten else p.name, "role": p.role,
                        "unit": p.unit, "named_in_handouts": p.consent,
                        "forgotten": forgotten is not None,
                        "forgotten_at": forgotten["forgotten_at"] if forgotten else None},
        "notes": [{"id": n.id, "phase": n.phase, "kind": n.kind, "text": n.text,
                   "created_at": n.created_at, "updated_at": n.updated_at} for n in notes],
        "ratings": [{"principle": r.principle, "value": r.value, "role": r.role}
                    for r in w.ratings if r.participant_id == participant_id],
        "commitments": [{"id": c.id, "what": c.what, "due_date": c.due_date,
                         "first_step": c.first_step, "indicator": c.indicator,
                         "follow_up": [{"status": h.status, "date": h.date, "note": h.note,
                                        "recorded_at": h.recorded_at} for h in c.history]}
                        for c in owned],
        "exports_that_named_them": [
            {"kind": r.kind, "language": r.language, "file": r.file_name,
             "exported_at": r.exported_at} for r in exports.naming(lib, participant_id)],
    }


def person_json(lib: Reader, session_id: str, participant_id: str) -> str:
    return json.dumps(person_document(lib, session_id, participant_id), ensure_ascii=False,
                      indent=1) + "\n"

