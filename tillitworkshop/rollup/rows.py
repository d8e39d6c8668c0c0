"""One session document as the roll-up's rows: roles, never people.

Nothing that names a person leaves this module: participants become counts per role,
ratings means per principle and role, and a note or a commitment keeps its role and its
text but not who wrote or owns it (no participant id, no name, no unit, no facilitator,
no note of a follow-up, which may say who did what).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from ..content import catalogue

FOLLOW_UP_PHASE = "followup"


@dataclass(slots=True)
class SessionRows:
    """The rows of one session, ready for ``executemany``; ``key`` identifies the session
    across files (its creation time), ``digest`` its content, ``changed`` its last change."""

    key: str
    digest: str
    changed: str
    session: tuple[Any, ...]
    ratings: list[tuple[Any, ...]] = field(default_factory=list)
    relationships: list[tuple[Any, ...]] = field(default_factory=list)
    problems: list[tuple[Any, ...]] = field(default_factory=list)
    commitments: list[tuple[Any, ...]] = field(default_factory=list)

    def count(self) -> int:
        return 1 + len(self.ratings) + len(self.relationships) + len(self.problems) \
            + len(self.commitments)


def role_keys() -> tuple[str, ...]:
    """Every role, in the catalogue's order (the chain top to bottom, then the others)."""
    return tuple(r.key for r in catalogue().roles)


def _phase_order() -> list[str]:
    return [p.key for p in catalogue().phases]


def session_key(doc: dict[str, Any]) -> str:
    """A session's identity across its exported files: the moment it was created, which
    export and import keep (the document carries no id of its own: ids are renewed on
    import). Hashed, so the key says nothing about anyone."""
    s = doc["session"]
    created = s.get("created_at") or f"{s['organisation']}|{s['date']}"
    return "s" + hashlib.sha256(created.encode("utf-8")).hexdigest()[:15]


def changed_at(doc: dict[str, Any]) -> str:
    """When the session last changed: the latest of its own, its notes' and its follow-up
    records' times (ISO 8601 with offsets, compared as moments), as written."""
    s = doc["session"]
    times = [s.get("updated_at") or "", s.get("created_at") or ""]
    times += [n.get("updated_at") or "" for n in doc["notes"]]
    times += [h.get("recorded_at") or "" for c in doc["commitments"] for h in c.get("history", ())]
    return max(times, key=moment)


_EPOCH = dt.datetime(1, 1, 1, tzinfo=dt.UTC)


def moment(text: str) -> dt.datetime:
    """A time of a session file as a moment (one without offset taken as UTC; one that
    is not a time as the earliest)."""
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        return _EPOCH
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def latest_status(c: dict[str, Any]) -> tuple[str | None, str | None]:
    history = c.get("history") or []
    if not history:
        return None, None
    last = max(history, key=lambda h: (h["date"], h.get("recorded_at") or ""))
    return last["status"], last["date"]


def completion(status: str | None, status_date: str | None, due: str | None,
               follow_up: str | None) -> str:
    """done, dropped, late (planned or started, and due before the follow-up, or before
    the latest status when there is no follow-up date), started or planned."""
    status = status or "planned"
    if status in ("done", "dropped"):
        return status
    judged = follow_up or status_date
    if due and judged and due < judged:
        return "late"
    return status


def session_rows(doc: dict[str, Any]) -> SessionRows:
    s = doc["session"]
    key = session_key(doc)
    roles = role_keys()
    per_role = dict.fromkeys(roles, 0)
    for p in doc["participants"]:
        per_role[p["role"]] += 1
    ended = sorted({a["phase"] for a in doc["agenda"] if a.get("phase") and a.get("ended_at")},
                   key=_phase_order().index)
    day = s["date"]
    followed_up = any(h["date"] > day for c in doc["commitments"] for h in c.get("history", ()))
    rows = SessionRows(key, "", changed_at(doc), ())

    sums: dict[tuple[str, str], list[int]] = defaultdict(list)
    roles_of = {p["id"]: p["role"] for p in doc["participants"]}
    for r in doc["ratings"]:
        role = roles_of[r["participant"]] if r.get("participant") else r["role"]
        sums[(r["principle"], role)].append(r["value"])
    rows.ratings = [(key, principle, role, round(sum(v) / len(v), 4), len(v))
                    for (principle, role), v in sorted(sums.items())]
    rows.relationships = [(key, m["relationship"], m["strength"])
                          for m in sorted(doc["relationships"], key=lambda m: m["relationship"])]
    grouped: dict[str, int] = defaultdict(int)
    for n in doc["notes"]:
        if n.get("group") is not None:
            grouped[n["group"]] += 1
    rows.problems = [
        (key, n.get("obstacle"), n.get("chain_link"), n.get("votes", 0), grouped[n["id"]], n["text"],
         json.dumps(list(n.get("principles", [])), ensure_ascii=False))
        for n in doc["notes"] if n["kind"] == "problem" and n.get("group") is None]
    for c in doc["commitments"]:
        status, status_date = latest_status(c)
        rows.commitments.append((
            key, c.get("owner_role"), c.get("due_date"), c["what"], c.get("first_step", ""),
            c.get("indicator", ""), status, status_date,
            completion(status, status_date, c.get("due_date"), s.get("follow_up_date")),
            json.dumps(list(c.get("principles", [])), ensure_ascii=False)))
    rows.session = (
        key, s["organisation"], s["sector"], day, s.get("place", ""), s.get("follow_up_date"),
        int(followed_up), s.get("current_phase", "preparation"), len(ended),
        json.dumps(ended), len(doc["participants"]), *(per_role[r] for r in roles),
        len(doc["notes"]), len(rows.problems), len(rows.commitments), rows.changed)
    rows.digest = _digest(rows)
    return rows


def _digest(rows: SessionRows) -> str:
    """The content as the roll-up holds it: two files of one session whose rows are the
    same are the same session, whatever their ids, export times or names."""
    h = hashlib.sha256()
    for part in (rows.session, rows.ratings, rows.relationships, rows.problems, rows.commitments):
        h.update(json.dumps(part, ensure_ascii=False, default=str).encode("utf-8"))
    return h.hexdigest()
