"""A programme's sessions for the roll-up's benchmark and tests: realistic days made from the
demo session, with varied sites, sectors, roles, ratings, problems, commitments and
follow-ups. Deterministic for a seed; every document passes ``import``'s checks."""

from __future__ import annotations

import copy
import datetime as dt
import json
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from tillitworkshop.content import catalogue
from tillitworkshop.store.demo import demo_document

PLACES = ["Lövhälla", "Björkvik", "Sjöbacka", "Granås", "Ekeby", "Åsbro", "Norrfors", "Älvsta",
          "Hagby", "Tallmo", "Strömsund", "Västerlid", "Kvarnby", "Fjällåsen", "Rönnäs",
          "Östanå", "Dalby", "Bergsjö", "Lindås", "Mölnvik", "Skogsby", "Hällevik", "Ängsvik",
          "Backa", "Torsby", "Ulvsta", "Viken", "Ådalen", "Myrås", "Sandvik"]
ORGANS = {"skola": "utbildningsförvaltningen", "omsorg": "socialförvaltningen",
          "halso_och_sjukvard": "hälso- och sjukvårdsförvaltningen", "annan": "kommunstyrelsen"}
FIRST = ["Anna", "Erik", "Maria", "Lars", "Karin", "Johan", "Eva", "Per", "Sara", "Mikael",
         "Lena", "Anders", "Emma", "Ola", "Ingrid", "Nils", "Sofia", "Gustav", "Elin", "Hassan"]
LAST = ["Andersson", "Lindqvist", "Nyström", "Bergman", "Sundberg", "Holm", "Ekström",
        "Wikström", "Sjöberg", "Lundgren", "Axelsson", "Falk", "Norberg", "Hedlund", "Öhman"]
STATUSES = ["planned", "started", "done", "dropped"]


def participant_name(i: int, j: int) -> str:
    """A name unique to session ``i``'s participant ``j`` (the personal-data test looks for
    each in the roll-up's bytes)."""
    return f"{FIRST[(i + j) % len(FIRST)]} {LAST[(i * 7 + j) % len(LAST)]}-{i}x{j}"


def sessions(count: int, seed: int = 24, participants: int = 20,
             notes: int = 150) -> Iterator[dict[str, Any]]:
    base = demo_document(dt.date(2026, 12, 1))
    for i in range(count):
        yield session(base, i, random.Random(seed * 100_003 + i), participants, notes)


def session(base: dict[str, Any], i: int, rng: random.Random, participants: int,
            notes: int) -> dict[str, Any]:
    cat = catalogue()
    roles = [r.key for r in cat.roles]
    chain = [r.key for r in cat.chain_links()]
    principles = [p.key for p in cat.principles_for(False)]
    obstacles = [o.key for o in cat.obstacles]
    doc = copy.deepcopy(base)
    sector = rng.choice(list(ORGANS))
    place = PLACES[i % len(PLACES)]
    day = dt.date(2025, 1, 13) + dt.timedelta(days=rng.randrange(600))
    stamp = f"{day}T{{}}+01:00"
    s = doc["session"]
    s.update(organisation=f"{place} kommun, {ORGANS[sector]}", sector=sector, date=str(day),
             place=f"Kommunhuset, {place}", facilitators=[participant_name(i, 99)],
             follow_up_date=str(day + dt.timedelta(days=120)),
             created_at=(dt.datetime(2024, 1, 1) + dt.timedelta(seconds=i * 3607)).isoformat()
             + "+01:00", updated_at=stamp.format("17:00:00"))
    people = [{"id": f"p{j}", "name": participant_name(i, j),
               "role": chain[j] if j < len(chain) else rng.choice(roles),
               "unit": f"Enhet {participant_name(i, j)}", "consent": True}
              for j in range(participants)]
    doc["participants"] = people
    doc["ratings"] = []
    for p in people:
        level = chain.index(p["role"]) if p["role"] in chain else 2
        for key in principles:
            value = min(5, max(1, round(rng.gauss(4.2 - 0.45 * level, 0.9))))
            doc["ratings"].append({"principle": key, "value": value, "role": p["role"],
                                   "participant": p["id"]})
    templates = [n for n in base["notes"] if n["group"] is None]
    doc["notes"] = []
    for k in range(notes):
        n = dict(rng.choice(templates))
        n.update(id=f"n{k}", participant=rng.choice(people)["id"], group=None,
                 created_at=stamp.format("12:00:00"), updated_at=stamp.format("12:00:00"))
        n["role"] = next(p["role"] for p in people if p["id"] == n["participant"])
        if n["kind"] == "problem":
            n.update(obstacle=rng.choice(obstacles), chain_link=rng.choice(chain),
                     votes=rng.randrange(12), principles=rng.sample(principles, rng.randrange(3)))
        doc["notes"].append(n)
    problems = [n["id"] for n in doc["notes"] if n["kind"] == "problem"]
    followed = rng.random() < 0.7
    doc["commitments"] = []
    for k in range(rng.randrange(4, 10)):
        due = day + dt.timedelta(days=rng.randrange(30, 200))
        history = [{"status": "planned", "date": str(day), "note": "",
                    "recorded_at": stamp.format("15:00:00")}]
        if followed:
            later = day + dt.timedelta(days=120)
            history.append({"status": rng.choice(STATUSES), "date": str(later),
                            "note": f"{participant_name(i, k)} har rapporterat",
                            "recorded_at": f"{later}T10:00:00+01:00"})
        owner = rng.choice(people)
        doc["commitments"].append({
            "id": f"c{k}", "what": rng.choice(base["commitments"])["what"],
            "owner_participant": owner["id"], "owner_role": owner["role"], "due_date": str(due),
            "first_step": rng.choice(base["commitments"])["first_step"],
            "indicator": rng.choice(base["commitments"])["indicator"],
            "problems": rng.sample(problems, min(2, len(problems))),
            "principles": rng.sample(principles, 2), "history": history})
    doc["relationships"] = [{"relationship": r.key, "strength": rng.randrange(1, 6)}
                            for r in cat.relationships]
    for a in doc["agenda"]:
        for field in ("started_at", "ended_at"):
            if a.get(field):
                a[field] = str(day) + a[field][10:]
    return doc


def write(folder: Path, count: int, seed: int = 24, **kwargs: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for i, doc in enumerate(sessions(count, seed, **kwargs)):
        path = folder / f"session-{i:05d}.json"
        path.write_text(json.dumps(doc, ensure_ascii=False, indent=1), encoding="utf-8")
        written.append(path)
    return written
