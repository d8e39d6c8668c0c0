"""Hypothesis strategies for interchange documents built from the schema's shape: every
section, every kind of note in its phase, optional fields present or left out, references
that resolve. Each document they make is valid, so a test can break one thing at a time."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from tillitworkshop.content import LANGUAGES, catalogue
from tillitworkshop.domain.model import NOTE_KINDS, PHASES, STATUSES, VOTE_MODES

KEYS = catalogue().keys()
ROLES, PRINCIPLES = sorted(KEYS.roles), sorted(KEYS.principles)
OBSTACLES, SIGNALS = sorted(KEYS.obstacles), sorted(KEYS.signals)
RELATIONSHIPS, SECTORS = sorted(KEYS.relationships), sorted(KEYS.sectors)

# Any Unicode but lone surrogates; a filled text has a character that is not a space.
free_text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=30)
filled = free_text.filter(str.strip)
ids = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=10)
days = st.dates(dt.date(2000, 1, 1), dt.date(2099, 12, 31)).map(dt.date.isoformat)
ZONES = [dt.UTC, dt.timezone(dt.timedelta(hours=2)),
         dt.timezone(dt.timedelta(hours=-5, minutes=-30))]


@st.composite
def times(draw) -> str:
    """ISO 8601 with seconds and an offset, as the schema's pattern has it; sometimes with a
    fraction of a second, sometimes with Z for UTC."""
    moment = draw(st.datetimes(dt.datetime(2000, 1, 1), dt.datetime(2099, 12, 31),
                               timezones=st.sampled_from(ZONES)))
    text = moment.isoformat(timespec=draw(st.sampled_from(["seconds", "milliseconds",
                                                          "microseconds"])))
    return text.replace("+00:00", "Z") if draw(st.booleans()) else text


def some(draw, item: dict, optional: dict) -> dict:
    """``item`` with each optional field drawn or left out."""
    for key, strategy in optional.items():
        if draw(st.booleans()):
            item[key] = draw(strategy)
    return item


def maybe(values) -> st.SearchStrategy:
    return st.none() | st.sampled_from(values) if values else st.none()


@st.composite
def documents(draw, least: int = 0) -> dict:
    """A valid document; ``least`` is the fewest participants, time boxes, notes, ratings,
    marks and commitments it has (a test that breaks one needs one to break)."""
    counts = [draw(st.integers(least, least + 3)) for _ in range(4)]
    all_ids = iter(draw(st.lists(ids, min_size=sum(counts), max_size=sum(counts), unique=True)))
    doc: dict = {"format": "tillitworkshop.session", "version": 1}
    some(draw, doc, {"exported_at": times(), "app_version": st.just("0.1.0")})
    doc["session"] = some(draw, {"organisation": draw(filled), "sector": draw(st.sampled_from(SECTORS)),
                                 "date": draw(days)}, {
        "place": free_text, "facilitators": st.lists(free_text, max_size=3),
        "language": st.sampled_from(LANGUAGES), "follow_up_date": st.none() | days,
        "long_term_card": st.booleans(), "vote_budget": st.integers(0, 100),
        "vote_mode": st.sampled_from(VOTE_MODES), "current_phase": st.sampled_from(PHASES),
        "created_at": times(), "updated_at": times()})
    doc["participants"] = [
        some(draw, {"id": next(all_ids), "name": draw(filled), "role": draw(st.sampled_from(ROLES))},
             {"unit": free_text, "consent": st.booleans()}) for _ in range(counts[0])]
    pids = [p["id"] for p in doc["participants"]]
    doc["agenda"] = [agenda_item(draw, next(all_ids)) for _ in range(counts[1])]
    doc["notes"] = []
    for _ in range(counts[2]):
        doc["notes"].append(note(draw, next(all_ids), pids, doc["notes"]))
    owners = [*pids, *((None, r) for r in ROLES)]
    rated = draw(st.lists(st.tuples(st.sampled_from(PRINCIPLES), st.sampled_from(owners)),
                          min_size=least, max_size=least + 4, unique=True))
    roles = {p["id"]: p["role"] for p in doc["participants"]}
    doc["ratings"] = [rating(draw, principle, owner, roles) for principle, owner in rated]
    doc["relationships"] = [{"relationship": r, "strength": draw(st.integers(1, 5))} for r in draw(
        st.lists(st.sampled_from(RELATIONSHIPS), min_size=min(least, 5), max_size=5, unique=True))]
    note_ids = [n["id"] for n in doc["notes"]]
    doc["commitments"] = [commitment(draw, next(all_ids), pids, note_ids) for _ in range(counts[3])]
    return doc


def agenda_item(draw, item_id: str) -> dict:
    item = some(draw, {"title": draw(filled), "minutes": draw(st.integers(0, 1440))}, {
        "id": st.just(item_id), "phase": maybe(PHASES),
        "elapsed_seconds": st.integers(0, 31_622_400) | st.floats(0, 31_622_400)})
    if draw(st.booleans()):
        start, end = sorted([draw(times()), draw(times())], key=dt.datetime.fromisoformat)
        item["started_at"], item["ended_at"] = start, draw(st.none() | st.just(end))
    return item


def note(draw, note_id: str, pids: list[str], earlier: list[dict]) -> dict:
    phase = draw(st.sampled_from(PHASES))
    kind = draw(st.sampled_from(NOTE_KINDS[phase]))
    # Only a note that is not grouped itself can have others grouped under it.
    heads = [n["id"] for n in earlier if n.get("group") is None]
    item = some(draw, {"id": note_id, "phase": phase, "kind": kind, "text": draw(filled)}, {
        "chain_link": maybe(ROLES), "relationship": maybe(RELATIONSHIPS),
        "principle": maybe(PRINCIPLES), "obstacle": maybe(OBSTACLES), "signal": maybe(SIGNALS),
        "group": maybe(heads), "votes": st.integers(0, 10_000), "participant": maybe(pids),
        "role": maybe(ROLES), "principles": st.lists(st.sampled_from(PRINCIPLES), unique=True),
        "created_at": times(), "updated_at": times()})
    if kind == "signal":
        item["signal"] = draw(st.sampled_from(SIGNALS))
    return item


def rating(draw, principle: str, owner, roles: dict) -> dict:
    item = {"principle": principle, "value": draw(st.integers(1, 5))}
    if isinstance(owner, tuple):  # on behalf of a role
        return some(draw, {**item, "role": owner[1]}, {"participant": st.none()})
    # a participant's rating carries the participant's role (import takes it from the roster)
    return some(draw, {**item, "participant": owner}, {"role": st.just(roles[owner])})


def commitment(draw, commitment_id: str, pids: list[str], note_ids: list[str]) -> dict:
    return some(draw, {"id": commitment_id, "what": draw(filled)}, {
        "owner_participant": maybe(pids), "owner_role": maybe(ROLES),
        "due_date": st.none() | days, "first_step": free_text, "indicator": free_text,
        "problems": st.lists(st.sampled_from(note_ids), unique=True) if note_ids else st.just([]),
        "principles": st.lists(st.sampled_from(PRINCIPLES), unique=True),
        "history": st.lists(st.fixed_dictionaries(
            {"status": st.sampled_from(STATUSES), "date": days},
            optional={"note": free_text, "recorded_at": times()}), max_size=3)})
