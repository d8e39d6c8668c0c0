"""The JSON interchange format: one session in a portable, versioned file.

Documented by ``resources/schema/session-v1.schema.json`` (and docs/interchange.md);
that schema is also what ``import`` validates against (store/document_check.py), so the
documentation cannot drift from the code. An imported file is untrusted: it is read
with a size limit, parsed, checked completely (the schema, then the semantic rules it
cannot say: unique ids, references that resolve, ...) and only then written, in one
transaction, with new ids.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from .. import __version__
from ..domain import Workshop
from .changes import Change
from .document_check import (
    MAX_ERRORS,
    not_json,
    schema,
    schema_errors,
    semantic_errors,
    too_many_items,
)
from .errors import ImportRejected
from .library import Library, now
from .read import load_workshop
from .reading import MAX_BYTES, parse_document, read_session_file
from .records import new_id

FORMAT = "tillitworkshop.session"
VERSION = 1

__all__ = ["FORMAT", "MAX_BYTES", "MAX_ERRORS", "VERSION", "export_json", "import_document",
           "import_file", "parse_document", "read_document", "read_session_file", "schema", "to_document", "validate_document"]


def to_document(w: Workshop) -> dict[str, Any]:
    """A session as an interchange document (plain JSON data)."""
    return {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": now(),
        "app_version": __version__,
        "session": {
            "organisation": w.organisation, "sector": w.sector, "date": w.date, "place": w.place,
            "facilitators": list(w.facilitators), "language": w.language,
            "follow_up_date": w.follow_up_date, "long_term_card": w.long_term_card,
            "vote_budget": w.vote_budget, "vote_mode": w.vote_mode,
            "current_phase": w.current_phase,
            "created_at": w.created_at, "updated_at": w.updated_at,
        },
        "participants": [
            {"id": p.id, "name": p.name, "role": p.role, "unit": p.unit, "consent": p.consent}
            for p in w.participants
        ],
        "agenda": [
            {"id": a.id, "phase": a.phase, "title": a.title, "minutes": a.minutes,
             "started_at": a.started_at, "ended_at": a.ended_at,
             "elapsed_seconds": a.elapsed_seconds}
            for a in w.agenda
        ],
        "notes": [
            {"id": n.id, "phase": n.phase, "kind": n.kind, "text": n.text,
             "chain_link": n.chain_link, "relationship": n.relationship,
             "principle": n.principle, "obstacle": n.obstacle, "signal": n.signal,
             "group": n.group_id, "votes": n.votes, "participant": n.participant_id,
             "role": n.role, "principles": list(n.principles),
             "created_at": n.created_at, "updated_at": n.updated_at}
            for n in w.notes
        ],
        "ratings": [
            {"principle": r.principle, "value": r.value, "role": r.role,
             "participant": r.participant_id}
            for r in w.ratings
        ],
        "relationships": [
            {"relationship": m.relationship, "strength": m.strength} for m in w.relationship_marks
        ],
        "commitments": [
            {"id": c.id, "what": c.what, "owner_participant": c.owner_participant_id,
             "owner_role": c.owner_role, "due_date": c.due_date, "first_step": c.first_step,
             "indicator": c.indicator, "problems": list(c.problem_ids),
             "principles": list(c.principles), "insights": list(c.insights),
             "history": [{"status": h.status, "date": h.date, "note": h.note,
                          "recorded_at": h.recorded_at} for h in c.history]}
            for c in w.commitments
        ],
    }


def export_json(lib: Library, session_id: str, anonymise: bool = False) -> str:
    """The session as interchange JSON; ``anonymise``: without names (store/anonymise.py)."""
    doc = session_document(lib, session_id, anonymise)
    return json.dumps(doc, ensure_ascii=False, indent=1) + "\n"


def session_document(lib: Library, session_id: str, anonymise: bool = False) -> dict[str, Any]:
    workshop = load_workshop(lib, session_id)
    doc = to_document(workshop)
    if anonymise:
        from .anonymise import anonymise as without_names

        doc = without_names(doc, workshop)
    return doc


def read_document(path: Path) -> dict[str, Any]:
    """Parse a session file, refusing what is too big, not JSON, or not ours."""
    return parse_document(read_session_file(path), str(path))


def validate_document(doc: object, source: str,
                      schema_check: Callable[[Any], list[tuple[str, str]]] = schema_errors) -> None:
    """Raise ImportRejected listing the fields that are wrong; return if all is well.

    ``schema_check`` may be a faster check that answers as ``schema_errors`` does (the
    roll-up's, rollup/fastcheck.py)."""
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise ImportRejected(source, [("format", f"this is not a Tillit Workshop session file "
                                       f"(expected \"format\": \"{FORMAT}\")")])
    version = doc.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
        version = version if version < 10**6 else "above a million"
        raise ImportRejected(source, [("version", f"the file is format version {version}, written "
                                       f"by a newer Tillit Workshop; this one reads version "
                                       f"{VERSION}. Update the app to import it.")])
    # Each step assumes the one before passed: the schema sees only JSON, and the
    # semantic rules only documents the schema has accepted.
    for check in (too_many_items, lambda d: list(itertools.islice(not_json(d), MAX_ERRORS)),
                  schema_check, semantic_errors):
        errors = check(doc)
        if errors:
            raise ImportRejected(source, errors)


def import_document(lib: Library, doc: dict[str, Any], source: str = "document") -> Change:
    """Validate everything, then write the session in one transaction; new ids throughout."""
    validate_document(doc, source)
    stamp = now()
    new = {old: new_id() for old in _all_ids(doc)}
    sid = new_id()
    s = doc["session"]
    db = lib.db
    participants_role = {p["id"]: p["role"] for p in doc["participants"]}
    with lib.edit() as edit:
        db.table("sessions").insert({
            "id": sid, "organisation": s["organisation"], "sector": s["sector"], "date": s["date"],
            "place": s.get("place", ""),
            "facilitators": json.dumps(s.get("facilitators", []), ensure_ascii=False),
            "language": s.get("language", "sv"), "follow_up_date": s.get("follow_up_date"),
            "long_term_card": int(s.get("long_term_card", False)),
            "vote_budget": s.get("vote_budget", 3),
            "vote_mode": s.get("vote_mode", "participant"),
            "current_phase": s.get("current_phase", "preparation"),
            **_times(s, stamp)})
        db.table("participants").insert_all(
            ({"id": new[p["id"]], "session_id": sid, "name": p["name"], "role": p["role"],
              "unit": p.get("unit", ""), "consent": int(p.get("consent", False)),
              "position": float(i)} for i, p in enumerate(doc["participants"], 1)),
            batch_size=500)
        db.table("agenda_items").insert_all(
            ({"id": new.get(a.get("id")) or new_id(), "session_id": sid, "phase": a.get("phase"),
              "title": a["title"], "minutes": a["minutes"], "position": float(i),
              "started_at": a.get("started_at"), "ended_at": a.get("ended_at"),
              "running_since": None, "elapsed_seconds": float(a.get("elapsed_seconds", 0))}
             for i, a in enumerate(doc["agenda"], 1)), batch_size=500)
        # Grouped notes point at other notes: insert every note ungrouped, then group.
        db.table("notes").insert_all(
            ({"id": new[n["id"]], "session_id": sid, "phase": n["phase"], "kind": n["kind"],
              "text": n["text"], "chain_link": n.get("chain_link"),
              "relationship": n.get("relationship"), "principle": n.get("principle"),
              "obstacle": n.get("obstacle"), "signal": n.get("signal"), "group_id": None,
              "votes": n.get("votes", 0), "participant_id": _ref(new, n.get("participant")),
              "role": n.get("role"), "position": float(i),
              **_times(n, stamp)}
             for i, n in enumerate(doc["notes"], 1)), batch_size=500)
        for n in doc["notes"]:
            if n.get("group") is not None:
                db.execute("UPDATE notes SET group_id = ? WHERE id = ?",
                           [new[n["group"]], new[n["id"]]])
        db.table("note_principles").insert_all(
            ({"note_id": new[n["id"]], "principle": p}
             for n in doc["notes"] for p in n.get("principles", [])), batch_size=500)
        db.table("ratings").insert_all(
            ({"id": new_id(), "session_id": sid, "principle": r["principle"], "value": r["value"],
              "role": participants_role[r["participant"]] if r.get("participant") else r["role"],
              "participant_id": _ref(new, r.get("participant"))} for r in doc["ratings"]),
            batch_size=500)
        db.table("relationship_marks").insert_all(
            ({"session_id": sid, **m} for m in doc["relationships"]), batch_size=500)
        for i, c in enumerate(doc["commitments"], 1):
            cid = new[c["id"]]
            db.table("commitments").insert({
                "id": cid, "session_id": sid, "what": c["what"],
                "owner_participant_id": _ref(new, c.get("owner_participant")),
                "owner_role": c.get("owner_role"), "due_date": c.get("due_date"),
                "first_step": c.get("first_step", ""), "indicator": c.get("indicator", ""),
                "position": float(i), "created_at": stamp, "updated_at": stamp})
            for note_id in c.get("problems", []):
                db.execute("INSERT INTO commitment_problems VALUES (?, ?)", [cid, new[note_id]])
            for p in c.get("principles", []):
                db.execute("INSERT INTO commitment_principles VALUES (?, ?)", [cid, p])
            for key in c.get("insights", []):
                db.execute("INSERT INTO commitment_insights VALUES (?, ?)", [cid, key])
            for h in c.get("history", []):
                db.table("commitment_status").insert({
                    "commitment_id": cid, "status": h["status"], "date": h["date"],
                    "note": h.get("note", ""), "recorded_at": h.get("recorded_at", stamp)})
    return edit.change(sid, "session", "added", (sid,))


def import_file(lib: Library, path: Path) -> Change:
    return import_document(lib, read_document(path), str(path))


def _all_ids(doc: dict[str, Any]) -> Iterator[str]:
    for section in ("participants", "agenda", "notes", "commitments"):
        for item in doc[section]:
            if "id" in item:
                yield item["id"]


def _times(item: dict[str, Any], stamp: str) -> dict[str, str]:
    """created_at and updated_at as the file gives them; one given stands for both (a note
    of a day in March stays in March), neither is the time of the import."""
    created = item.get("created_at") or item.get("updated_at") or stamp
    return {"created_at": created, "updated_at": item.get("updated_at") or created}


def _ref(new: dict[str, Any], old: str | None) -> str | None:
    return None if old is None else new[old]
