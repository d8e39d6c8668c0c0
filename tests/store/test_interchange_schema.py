"""The schema and the import agree: what the published schema accepts imports and comes back
the same; what import refuses the schema refuses too, or breaks a semantic rule that
docs/interchange.md lists."""

from __future__ import annotations

import copy
import datetime as dt
import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from tillitworkshop.domain import ValidationError
from tillitworkshop.domain.model import NOTE_KINDS, PHASES
from tillitworkshop.store import ImportRejected
from tillitworkshop.store import agenda as agenda_ops
from tillitworkshop.store.demo import demo_document
from tillitworkshop.store.document_check import format_checker
from tillitworkshop.store.interchange import export_json, import_document, import_file, schema
from tillitworkshop.store.portable import export_portable, import_portable
from tillitworkshop.store.sessions import create_session, update_session

from .documents import documents, times

DOCS = Path(__file__).parents[2] / "docs" / "interchange.md"
FIXTURES = [HealthCheck.function_scoped_fixture, HealthCheck.too_slow]


def published_schema_accepts(doc: object) -> bool:
    """The schema file as published ($refs and all), with format asserted as it documents."""
    return Draft202012Validator(schema(), format_checker=format_checker()).is_valid(doc)


def canonical(doc: dict) -> dict:
    """The document with its ids renamed by order of appearance, without the export's stamp."""
    doc = {k: v for k, v in doc.items() if k not in ("exported_at", "app_version")}
    names = {item["id"]: f"{section}{i}" for section in ("participants", "agenda", "notes",
                                                          "commitments")
             for i, item in enumerate(doc[section]) if "id" in item}

    def rename(value, key=None):
        if isinstance(value, dict):
            return {k: rename(v, k) for k, v in value.items()}
        if isinstance(value, list):
            return [rename(v, key) for v in value]
        if key in ("id", "participant", "group", "owner_participant", "problems") \
                and isinstance(value, str):
            return names[value]
        return value
    return rename(doc)


def as_given(given, exported):
    """``exported`` cut to the fields ``given`` has (left-out fields take their defaults)."""
    if isinstance(given, dict) and isinstance(exported, dict):
        return {k: as_given(v, exported.get(k)) for k, v in given.items()}
    if isinstance(given, list) and isinstance(exported, list) and len(given) == len(exported):
        return [as_given(a, b) for a, b in zip(given, exported, strict=True)]
    return exported


@settings(max_examples=60, deadline=None, suppress_health_check=FIXTURES)
@given(doc=documents())
def test_documents_the_schema_accepts_import_and_come_back(lib, doc):
    """(a) Every generated document passes the published schema, imports, and its export
    gives back every field it had (under new ids)."""
    assert published_schema_accepts(doc)
    exported = json.loads(export_json(lib, import_document(lib, doc).session_id))
    assert published_schema_accepts(exported)
    assert as_given(canonical(doc), canonical(exported)) == canonical(doc)


# One broken thing per mutation; "schema" when the published schema must refuse it, else the
# words of the semantic rule (docs/interchange.md) that import must give.
def at(doc, draw, section, where=lambda item: True):
    items = [item for item in doc[section] if where(item)]
    assume(items)
    return draw(st.sampled_from(items))


def other_id(doc):
    return "no such id \u2603"


ENUM_FIELDS = {"participants": ["role"], "notes": ["phase", "kind", "chain_link", "obstacle",
                                                   "signal", "principle", "relationship", "role"],
               "ratings": ["principle"], "relationships": ["relationship"]}
INT_FIELDS = {"notes": ("votes", 0, 10_000), "ratings": ("value", 1, 5),
              "relationships": ("strength", 1, 5), "agenda": ("minutes", 0, 1440)}
REQUIRED = {"participants": ["id", "name", "role"], "notes": ["id", "phase", "kind", "text"],
            "ratings": ["principle", "value"], "agenda": ["title", "minutes"],
            "relationships": ["relationship", "strength"], "commitments": ["id", "what"]}
TEXTS = {"participants": "name", "notes": "text", "agenda": "title", "commitments": "what"}


def unknown_key(doc, draw):
    section = draw(st.sampled_from(sorted(ENUM_FIELDS)))
    at(doc, draw, section)[draw(st.sampled_from(ENUM_FIELDS[section]))] = draw(
        st.sampled_from(["weather", "", "Tillit", "stöd", "NOTE"]))
    return "schema"


def session_key(doc, draw):
    field = draw(st.sampled_from(["sector", "language", "vote_mode", "current_phase"]))
    doc["session"][field] = draw(st.sampled_from(["weather", None, 3, "SV"]))
    return "schema"


def null_where_required(doc, draw):
    section = draw(st.sampled_from(sorted(REQUIRED)))
    at(doc, draw, section)[draw(st.sampled_from(REQUIRED[section]))] = None
    return "schema"


def missing(doc, draw):
    section = draw(st.sampled_from(sorted(REQUIRED)))
    del at(doc, draw, section)[draw(st.sampled_from(REQUIRED[section]))]
    return "schema"


def wrong_type(doc, draw):
    section = draw(st.sampled_from(sorted(INT_FIELDS)))
    field = INT_FIELDS[section][0]
    at(doc, draw, section)[field] = draw(st.sampled_from(["3", 2.5, True, [1], {"n": 1}]))
    return "schema"


def out_of_range(doc, draw):
    section = draw(st.sampled_from(sorted(INT_FIELDS)))
    field, low, high = INT_FIELDS[section]
    at(doc, draw, section)[field] = draw(st.sampled_from([low - 1, high + 1, 10**30]))
    return "schema"


def unknown_field(doc, draw):
    section = draw(st.sampled_from(sorted(REQUIRED)))
    at(doc, draw, section)[draw(st.sampled_from(["colour", "Text", "id ", "macro"]))] = 1
    return "schema"


def blank_text(doc, draw):
    section = draw(st.sampled_from(sorted(TEXTS)))
    at(doc, draw, section)[TEXTS[section]] = draw(st.sampled_from(["", " ", "\n\t ", "\u3000"]))
    return "schema"


def too_long(doc, draw):
    section = draw(st.sampled_from(["participants", "agenda"]))
    at(doc, draw, section)[TEXTS[section]] = "x" * 201
    return "schema"


def signal_without_signal(doc, draw):
    n = at(doc, draw, "notes")
    n.update(phase="chain", kind="signal")
    if draw(st.booleans()):
        n["signal"] = None
    else:
        n.pop("signal", None)
    return "schema"


def kind_of_another_phase(doc, draw):
    n = at(doc, draw, "notes")
    n["kind"] = draw(st.sampled_from(sorted({k for p in PHASES for k in NOTE_KINDS[p]}
                                            - set(NOTE_KINDS[n["phase"]]))))
    return "schema"


def bad_date(doc, draw):
    value = draw(st.sampled_from(["2026-02-30", "2026-2-3", "15/10/2026", "2026-13-01",
                                  "2026-10-15T09:00:00+02:00", "", "2027-02-29"]))
    target = draw(st.sampled_from(["session", "follow_up", "due"]))
    if target == "session":
        doc["session"]["date"] = value
    elif target == "follow_up":
        doc["session"]["follow_up_date"] = value
    else:
        at(doc, draw, "commitments")["due_date"] = value
    return "schema"


def bad_time(doc, draw):
    value = draw(st.sampled_from(["2026-02-30T10:00:00+01:00", "2026-10-15T09:00:00",
                                  "2026-10-15 09:00:00+02:00", "yesterday", "2026-10-15T24:00:00Z",
                                  "2026-10-15T09:00+02:00", "2026-10-15"]))
    target = draw(st.sampled_from(["agenda", "notes", "session"]))
    if target == "agenda":
        at(doc, draw, "agenda")["started_at"] = value
    elif target == "notes":
        at(doc, draw, "notes")["created_at"] = value
    else:
        doc["session"]["updated_at"] = value
    return "schema"


def rating_without_owner(doc, draw):
    r = at(doc, draw, "ratings")
    r.pop("participant", None)
    if draw(st.booleans()):
        r["role"] = None
    else:
        r.pop("role", None)
    return "schema"


def elapsed_not_finite(doc, draw):
    at(doc, draw, "agenda")["elapsed_seconds"] = draw(st.sampled_from([-1, 31_622_401, 1e300]))
    return "schema"


def duplicate_id(doc, draw):
    items = [item for s in ("participants", "agenda", "notes", "commitments") for item in doc[s]
             if "id" in item]
    assume(len(items) >= 2)
    first, second = draw(st.lists(st.sampled_from(range(len(items))), min_size=2, max_size=2,
                                  unique=True))
    items[max(first, second)]["id"] = items[min(first, second)]["id"]
    return "is used twice"  # a reference to the id now names two things; either error will do


def dangling_participant(doc, draw):
    section, field = draw(st.sampled_from([("notes", "participant"), ("ratings", "participant"),
                                           ("commitments", "owner_participant")]))
    at(doc, draw, section)[field] = other_id(doc)
    return "no participant has id"


def dangling_group(doc, draw):
    n = at(doc, draw, "notes")
    n["group"] = draw(st.sampled_from([other_id(doc), n["id"]]))
    return "no other note has id"


def nested_group(doc, draw):
    assume(len(doc["notes"]) >= 3)
    a, b, c = doc["notes"][:3]
    for n in doc["notes"]:  # nothing else grouped under a or b
        if n.get("group") in (a["id"], b["id"]):
            n["group"] = None
    b["group"], a["group"] = c["id"], b["id"]
    c["group"] = None
    return "is itself grouped"


def dangling_problem(doc, draw):
    at(doc, draw, "commitments")["problems"] = [other_id(doc)]
    return "no note has id"


def rated_twice(doc, draw):
    doc["ratings"].append(copy.deepcopy(at(doc, draw, "ratings")))
    return "rates the same principle twice"


def marked_twice(doc, draw):
    assume(len(doc["relationships"]) < 5)
    doc["relationships"].append(copy.deepcopy(at(doc, draw, "relationships")))
    return "is marked twice"


def ends_before_it_starts(doc, draw):
    item = at(doc, draw, "agenda")
    start = dt.datetime.fromisoformat(draw(times()))
    item["started_at"] = start.isoformat()
    # a later wall-clock text in another offset: compared as text it would pass
    end = (start - dt.timedelta(minutes=1)).astimezone(dt.timezone(dt.timedelta(hours=-11)))
    item["ended_at"] = end.isoformat()
    return "is before started_at"


MUTATIONS = [unknown_key, session_key, null_where_required, missing, wrong_type, out_of_range,
             unknown_field, blank_text, too_long, signal_without_signal, kind_of_another_phase,
             bad_date, bad_time, rating_without_owner, elapsed_not_finite, duplicate_id,
             dangling_participant, dangling_group, nested_group, dangling_problem, rated_twice,
             marked_twice, ends_before_it_starts]
SEMANTIC_WORDS = ["is used twice", "no participant has id", "no other note has id",
                  "is itself grouped", "no note has id", "rates the same principle twice",
                  "is marked twice", "is before started_at"]


@settings(max_examples=150, deadline=None, suppress_health_check=FIXTURES)
@given(doc=documents(least=1), mutate=st.sampled_from(MUTATIONS), data=st.data())
def test_documents_import_refuses_are_refused_by_the_schema_or_a_semantic_rule(
        lib, doc, mutate, data):
    """(b) One field broken: import refuses the document and changes nothing, and either the
    published schema refuses it too, or the schema accepts it and import names the broken
    semantic rule."""
    assert published_schema_accepts(doc)
    expected = mutate(doc, data.draw)
    sessions = lib.db.execute("SELECT COUNT(*) FROM sessions").fetchone()[0]
    with pytest.raises(ImportRejected) as refused:
        import_document(lib, doc, "broken.json")
    assert lib.db.execute("SELECT COUNT(*) FROM sessions").fetchone()[0] == sessions
    if expected == "schema":
        assert not published_schema_accepts(doc)
    else:
        assert published_schema_accepts(doc)
        assert any(expected in message for _, message in refused.value.errors), refused.value.errors


def test_every_semantic_rule_is_documented():
    """docs/interchange.md lists each semantic rule with the words of its error."""
    text = DOCS.read_text(encoding="utf-8")
    for words in SEMANTIC_WORDS:
        assert words in text, words


def signal_note(doc: dict) -> dict:
    return next(n for n in doc["notes"] if n["kind"] == "signal")


@pytest.mark.parametrize("broken", [lambda n: n.update(signal=None), lambda n: n.pop("signal")])
def test_a_signal_note_without_its_signal_is_refused_by_the_schema(lib, broken):
    """A governance-signal note with "signal": null (or none) fails the published schema, and
    import says why at the field."""
    doc = demo_document()
    broken(signal_note(doc))
    assert not published_schema_accepts(doc)
    with pytest.raises(ImportRejected) as refused:
        import_document(lib, doc)
    field = f"notes[{doc['notes'].index(signal_note(doc))}].signal"
    assert refused.value.errors == [(field, "a governance-signal note must name its signal")]


def test_notes_keep_their_times_through_import(lib, tmp_path):
    """A note's created_at/updated_at from the file are kept, through JSON and the portable
    file; one given stands for both; a session's times are kept too."""
    doc = demo_document()
    doc["notes"][0].update(created_at="2026-03-12T10:15:00+01:00",
                           updated_at="2026-03-12T11:00:00+01:00")
    doc["notes"][1].update(created_at="2026-03-12T10:20:00+01:00")
    del doc["notes"][1]["updated_at"]
    doc["session"].update(created_at="2026-03-01T08:00:00+01:00",
                          updated_at="2026-03-12T16:00:00+01:00")
    sid = import_document(lib, doc).session_id
    export_portable(lib, sid, tmp_path / "s.tillit")
    for session_id in (sid, import_portable(lib, tmp_path / "s.tillit").session_id):
        back = json.loads(export_json(lib, session_id))
        assert (back["notes"][0]["created_at"], back["notes"][0]["updated_at"]) == \
            ("2026-03-12T10:15:00+01:00", "2026-03-12T11:00:00+01:00")
        assert back["notes"][1]["updated_at"] == "2026-03-12T10:20:00+01:00"
        assert back["session"]["created_at"] == "2026-03-01T08:00:00+01:00"


TIME_PATTERN = schema()["$defs"]["timestamp"]["pattern"]


@settings(max_examples=300)
@given(text=st.from_regex(TIME_PATTERN, fullmatch=True))
def test_every_time_the_pattern_allows_is_read_by_python_or_refused_as_no_day(text):
    """What the timestamp pattern lets through, Python reads (with its offset) — the window
    shows it — unless the day does not exist, which format "date-time" refuses."""
    try:
        dt.date.fromisoformat(text[:10])
    except ValueError:
        assert not format_checker().conforms(text, "date-time")
        return
    assert dt.datetime.fromisoformat(text).tzinfo is not None


@pytest.mark.parametrize(("content", "words"), [
    (b'{"format": "tillitworkshop.session", "x": NaN}', "NaN is not a JSON number"),
    (b'{"format": "tillitworkshop.session", "x": -Infinity}', "-Infinity is not a JSON number"),
    (b'{"format": "tillitworkshop.session", "x": ' + b"9" * 5000 + b"}", "more than 4,300 digits"),
])
def test_numbers_json_cannot_hold_are_refused_when_read(lib, tmp_path, content, words):
    """NaN, Infinity and integers of thousands of digits are refused with a message."""
    path = tmp_path / "s.json"
    path.write_bytes(content)
    with pytest.raises(ImportRejected, match=words):
        import_file(lib, path)


@pytest.mark.parametrize("value", [float("inf"), float("nan"), 1e999])
def test_elapsed_seconds_must_be_finite(lib, value):
    """A time box's elapsed_seconds of Infinity or NaN (say from a parsed 1e999) is refused,
    not stored for the window's clock to crash on (issue 18)."""
    doc = demo_document()
    doc["agenda"][0]["elapsed_seconds"] = value
    with pytest.raises(ImportRejected) as refused:
        import_document(lib, doc)
    assert refused.value.errors[0][0] == "agenda[0].elapsed_seconds"


@pytest.mark.parametrize("change", [
    lambda d: d["notes"][0].update(votes="v" * 5_000_000),
    lambda d: d["notes"][0].update(obstacle="o" * 5_000_000),
    lambda d: d["notes"][0].update({"k" * 5_000_000: 1}),
    lambda d: d["session"].update(date="2" * 5_000_000),
    lambda d: d["notes"][0].update(participant="p" * 64),
    lambda d: d.update(version=10**5000),
])
def test_messages_stay_short_for_huge_values(lib, change):
    """A megabyte value is quoted cut short: the whole message stays under 1,000 characters."""
    doc = demo_document()
    change(doc)
    with pytest.raises(ImportRejected) as refused:
        import_document(lib, doc)
    assert len(str(refused.value)) < 1000, str(refused.value)[:2000]


@pytest.mark.parametrize(("change", "field", "allowed"), [
    (lambda d: d["notes"][80].update(obstacle="weather"), "notes[80].obstacle", "detaljstyrning"),
    (lambda d: d["notes"][0].update(chain_link="king"), "notes[0].chain_link", "enhetschef"),
    (lambda d: d["session"].update(language="de"), "session.language", "sv, en"),
    (lambda d: d["notes"][3].update(kind="problem"), "notes[3].kind", "value, hinder"),
    (lambda d: d["commitments"][0]["history"][0].update(status="x"),
     "commitments[0].history[0].status", "planned, started, done, dropped"),
])
def test_messages_for_fixed_choices_list_them(lib, change, field, allowed):
    """A field with a fixed set of values says which values it takes, optional ones too."""
    doc = demo_document()
    change(doc)
    with pytest.raises(ImportRejected) as refused:
        import_document(lib, doc)
    (path, message), = refused.value.errors
    assert path == field and re.search(f"use one of: .*{allowed}", message), message


def test_the_store_keeps_to_the_schemas_lengths(lib):
    """A time box title and a facilitator's name over 200 characters are refused when entered
    (the schema refuses them on import); at 200 the session exports to a valid document."""
    sid = create_session(lib, "Lövhälla kommun", "skola", "2026-03-12").session_id
    with pytest.raises(ValidationError) as refused:
        agenda_ops.add_item(lib, sid, "t" * 201, 10)
    assert [(e.field, e.code) for e in refused.value.errors] == [("title", "too_long")]
    with pytest.raises(ValidationError) as refused:
        update_session(lib, sid, facilitators=["Ingrid", "f" * 201])
    assert [(e.field, e.code) for e in refused.value.errors] == [("facilitators[1]", "too_long")]
    agenda_ops.add_item(lib, sid, "t" * 200, 10)
    update_session(lib, sid, facilitators=["f" * 200])
    assert published_schema_accepts(json.loads(export_json(lib, sid)))
