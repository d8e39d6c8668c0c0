"""The JSON interchange format: one session in a portable, versioned file.

Documented by ``resources/schema/session-v1.schema.json`` (and docs/interchange.md);
that schema is also what ``import`` validates against, so the documentation
cannot drift from the code. An imported file is untrusted: it is read with a
size limit, parsed, checked completely (structure, catalogue keys, dates,
references) and only then written, in one transaction, with new ids.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError as SchemaError

from .. import __version__, package_data
from ..domain import Workshop
from ..domain.validation import parse_date
from .changes import Change
from .errors import ImportRejected
from .library import Library, now
from .read import load_workshop
from .records import new_id

FORMAT = "tillitworkshop.session"
VERSION = 1
MAX_BYTES = 64 * 1024 * 1024
MAX_ERRORS = 20


@cache
def schema() -> dict[str, Any]:
    text = package_data.path("schema", "session-v1.schema.json").read_text(encoding="utf-8")
    return json.loads(text)


@cache
def _validator() -> Draft202012Validator:
    """The schema with its local $refs inlined: jsonschema resolves a $ref on every use,
    which made validation three times slower than the checks themselves."""
    defs = schema()["$defs"]

    def inline(node: Any) -> Any:
        if isinstance(node, dict):
            ref = node.get("$ref", "")
            if ref.startswith("#/$defs/"):
                rest = {k: v for k, v in node.items() if k not in ("$ref", "description")}
                return {**inline(defs[ref.removeprefix("#/$defs/")]), **inline(rest)}
            return {k: inline(v) for k, v in node.items() if k != "$defs"}
        if isinstance(node, list):
            return [inline(v) for v in node]
        return node

    return Draft202012Validator(inline(schema()))


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
             "principles": list(c.principles),
             "history": [{"status": h.status, "date": h.date, "note": h.note,
                          "recorded_at": h.recorded_at} for h in c.history]}
            for c in w.commitments
        ],
    }


def export_json(lib: Library, session_id: str) -> str:
    doc = to_document(load_workshop(lib, session_id))
    return json.dumps(doc, ensure_ascii=False, indent=1) + "\n"


def read_document(path: Path) -> dict[str, Any]:
    """Parse a session file, refusing what is too big, not JSON, or not ours."""
    source = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ImportRejected(source, [("file", f"is {size:,} bytes; the limit is {MAX_BYTES:,}")])
        data = path.read_bytes()
    except OSError as e:
        raise ImportRejected(source, [("file", f"cannot be read: {e.strerror}")]) from e
    try:
        doc = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise ImportRejected(source, [("file", "is not UTF-8 text")]) from None
    except RecursionError:
        raise ImportRejected(source, [("file", "is nested too deeply to be a session file")]) from None
    except json.JSONDecodeError as e:
        raise ImportRejected(source, [("file", f"is not valid JSON (line {e.lineno}, column "
                                       f"{e.colno}: {e.msg})")]) from None
    return doc


def validate_document(doc: object, source: str) -> None:
    """Raise ImportRejected listing the fields that are wrong; return if all is well."""
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise ImportRejected(source, [("format", f"this is not a Tillit Workshop session file "
                                       f"(expected \"format\": \"{FORMAT}\")")])
    version = doc.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
        raise ImportRejected(source, [("version", f"the file is format version {version}, written "
                                       f"by a newer Tillit Workshop; this one reads version "
                                       f"{VERSION}. Update the app to import it.")])
    broken = list(itertools.islice(_unencodable(doc, ""), MAX_ERRORS))
    if broken:
        raise ImportRejected(source, [(path, "contains characters that are not valid Unicode "
                                             "(a lone surrogate)") for path in broken])
    errors = [(e.json_path.removeprefix("$."), _message(e))
              for e in itertools.islice(_validator().iter_errors(doc), MAX_ERRORS)]
    if errors:
        raise ImportRejected(source, errors)
    errors = list(itertools.islice(_semantic_errors(doc), MAX_ERRORS))
    if errors:
        raise ImportRejected(source, errors)


def _unencodable(value: Any, path: str) -> Iterator[str]:
    """Paths of strings (keys included) that cannot be stored as UTF-8."""
    stack = [(value, path)]
    while stack:
        value, path = stack.pop()
        if isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                yield path or "document"
        elif isinstance(value, dict):
            for k, v in value.items():
                stack.append((k, path))
                stack.append((v, f"{path}.{k}" if path else str(k)))
        elif isinstance(value, list):
            stack.extend((v, f"{path}[{i}]") for i, v in enumerate(value))


def _message(error: SchemaError) -> str:
    if error.validator == "additionalProperties":
        return error.message.replace("Additional properties are not allowed", "unknown field")
    if error.validator == "enum":
        return f"{error.instance!r} is not a known value; expected one of " + ", ".join(
            str(v) for v in error.validator_value)  # type: ignore[union-attr]  # the enum's values
    if error.validator == "required":
        return error.message.replace("is a required property", "is missing (required)")
    return error.message


def _semantic_errors(doc: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """What the schema cannot say: real dates, unique ids, references that resolve."""
    for path, value in [("session.date", doc["session"]["date"]),
                        ("session.follow_up_date", doc["session"].get("follow_up_date"))]:
        if value is not None and parse_date(value) is None:
            yield path, f"{value!r} is not a real date"
    ids: dict[str, str] = {}
    for section in ("participants", "agenda", "notes", "commitments"):
        for i, item in enumerate(doc[section]):
            if "id" in item:
                if item["id"] in ids:
                    yield f"{section}[{i}].id", f"{item['id']!r} is used twice"
                ids[item["id"]] = section
    for section, field in (("participants", "name"), ("notes", "text"), ("commitments", "what"),
                           ("agenda", "title")):
        for i, item in enumerate(doc[section]):
            if not item[field].strip():
                yield f"{section}[{i}].{field}", "must not be empty"
    participants = {p["id"] for p in doc["participants"]}
    notes = {n["id"]: n for n in doc["notes"]}
    for i, n in enumerate(doc["notes"]):
        if n.get("participant") is not None and n["participant"] not in participants:
            yield f"notes[{i}].participant", f"no participant has id {n['participant']!r}"
        group = n.get("group")
        if group is not None:
            if group not in notes or group == n["id"]:
                yield f"notes[{i}].group", f"no other note has id {group!r}"
            elif notes[group].get("group") is not None:
                yield f"notes[{i}].group", "a note cannot be grouped under a grouped note"
        if n["kind"] == "signal" and n.get("signal") is None:
            yield f"notes[{i}].signal", "a governance-signal note must name its signal"
    for i, r in enumerate(doc["ratings"]):
        if r.get("participant") is not None and r["participant"] not in participants:
            yield f"ratings[{i}].participant", f"no participant has id {r['participant']!r}"
        if r.get("participant") is None and r.get("role") is None:
            yield f"ratings[{i}]", "a rating belongs to a participant or a chain role"
    for i, c in enumerate(doc["commitments"]):
        owner = c.get("owner_participant")
        if owner is not None and owner not in participants:
            yield f"commitments[{i}].owner_participant", f"no participant has id {owner!r}"
        for j, note_id in enumerate(c.get("problems", [])):
            if note_id not in notes:
                yield f"commitments[{i}].problems[{j}]", f"no note has id {note_id!r}"
        for path, value in [(f"commitments[{i}].due_date", c.get("due_date")),
                            *((f"commitments[{i}].history[{j}].date", h["date"])
                              for j, h in enumerate(c.get("history", [])))]:
            if value is not None and parse_date(value) is None:
                yield path, f"{value!r} is not a real date"
    for i, a in enumerate(doc["agenda"]):
        if a.get("started_at") and a.get("ended_at") and a["ended_at"] < a["started_at"]:
            yield f"agenda[{i}].ended_at", "is before started_at"
    seen = set()
    for i, m in enumerate(doc["relationships"]):
        if m["relationship"] in seen:
            yield f"relationships[{i}].relationship", "is marked twice"
        seen.add(m["relationship"])
    rated = set()
    for i, r in enumerate(doc["ratings"]):
        key = (r["principle"], r.get("participant"), r.get("role") if r.get("participant") is None else None)
        if key in rated:
            yield f"ratings[{i}]", "rates the same principle twice for the same participant or role"
        rated.add(key)


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
            "created_at": s.get("created_at", stamp), "updated_at": s.get("updated_at", stamp)})
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
              "created_at": n.get("created_at", stamp), "updated_at": n.get("updated_at", stamp)}
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


def _ref(new: dict[str, Any], old: str | None) -> str | None:
    return None if old is None else new[old]
