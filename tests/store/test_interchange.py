"""The JSON interchange: export, import, validation that names the field, nothing half-written."""

from __future__ import annotations

import copy
import json

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tillitworkshop.content import LANGUAGES, catalogue
from tillitworkshop.domain.model import NOTE_KINDS, PHASES, STATUSES, VOTE_MODES
from tillitworkshop.domain.validation import MAX_NAME, MAX_TEXT
from tillitworkshop.store import ImportRejected, interchange, reading
from tillitworkshop.store.demo import demo_document
from tillitworkshop.store.interchange import export_json, import_document, import_file, schema
from tillitworkshop.store.sessions import list_sessions


def canonical(doc: dict) -> dict:
    """The document with ids renamed by order of appearance and the export time removed."""
    doc = copy.deepcopy(doc)
    doc.pop("exported_at", None)
    names: dict[str, str] = {}
    for section in ("participants", "agenda", "notes", "commitments"):
        for i, item in enumerate(doc[section]):
            names.setdefault(item.get("id"), f"{section}{i}")
    def rename(value, key=None):
        if isinstance(value, dict):
            return {k: rename(v, k) for k, v in value.items()}
        if isinstance(value, list):
            return [rename(v, key) for v in value]
        if key in ("id", "participant", "group", "owner_participant", "problems") and value in names:
            return names[value]
        return value
    return rename(doc)


def library_bytes(lib) -> list:
    return [tuple(r) for t in ("sessions", "notes", "participants", "commitments")
            for r in lib.db.execute(f"SELECT * FROM {t} ORDER BY rowid")]


def test_export_validates_against_the_published_schema(lib, demo_id):
    """What `export json` writes is valid under the JSON Schema documented in the repository."""
    jsonschema.validate(json.loads(export_json(lib, demo_id)), schema())


def test_schema_enums_are_the_catalogue_keys():
    """The schema's lists of keys are exactly the catalogue's and the domain's, so neither
    can drift: principles, obstacles, roles, relationships, signals, sectors, phases, kinds,
    statuses, vote modes and languages."""
    keys, defs = catalogue().keys(), schema()["$defs"]
    session = schema()["properties"]["session"]["properties"]
    assert set(defs["principle"]["enum"]) == keys.principles
    assert set(defs["obstacle"]["enum"]) == keys.obstacles
    assert set(defs["role"]["enum"]) == keys.roles
    assert set(defs["relationship"]["enum"]) == keys.relationships
    assert set(defs["signal"]["enum"]) == keys.signals
    assert set(defs["sector"]["enum"]) == keys.sectors
    assert set(defs["insight"]["enum"]) == keys.insights
    assert tuple(defs["phase"]["enum"]) == PHASES == tuple(p.key for p in catalogue().phases)
    assert set(defs["kind"]["enum"]) == {k for kinds in NOTE_KINDS.values() for k in kinds}
    assert tuple(defs["status"]["enum"]) == STATUSES
    assert tuple(session["vote_mode"]["enum"]) == VOTE_MODES
    assert set(session["language"]["enum"]) == set(LANGUAGES)


def test_schema_kinds_per_phase_are_the_domains():
    """The schema's if/then per phase allows exactly the note kinds the domain does."""
    rules = schema()["properties"]["notes"]["items"]["allOf"]
    per_phase = {r["if"]["properties"]["phase"]["const"]: tuple(r["then"]["properties"]["kind"]["enum"])
                 for r in rules if "phase" in r["if"]["properties"]}
    assert per_phase == NOTE_KINDS


def test_schema_lengths_are_the_domains():
    """Text and name limits in the schema are the domain's MAX_TEXT and MAX_NAME."""
    defs = schema()["$defs"]
    assert defs["text"]["maxLength"] == defs["filled_text"]["maxLength"] == MAX_TEXT
    assert defs["name"]["maxLength"] == defs["filled_name"]["maxLength"] == MAX_NAME


def test_import_of_export_gives_back_the_same_session(lib, demo_id):
    """Import of what export wrote gives the same session, under new ids."""
    first = json.loads(export_json(lib, demo_id))
    new_id = import_document(lib, first).session_id
    second = json.loads(export_json(lib, new_id))
    assert new_id != demo_id
    assert canonical(second) == canonical(first)


def bad(doc_change):
    doc = demo_document()
    doc_change(doc)
    return doc


@pytest.mark.parametrize(("change", "field", "words"), [
    (lambda d: d.update(format="other.app"), "format", "not a Tillit Workshop session file"),
    (lambda d: d.update(version=2), "version", "newer"),
    (lambda d: d["notes"][3].update(principle="fairness"), "notes[3].principle", "fairness"),
    (lambda d: d["notes"][80].update(obstacle="weather"), "notes[80].obstacle", "weather"),
    (lambda d: d["participants"][0].update(role="king"), "participants[0].role", "king"),
    (lambda d: d["session"].pop("organisation"), "session.organisation", "missing"),
    (lambda d: d["notes"][0].update(colour="red"), "notes[0]", "unknown field"),
    (lambda d: d["session"].update(date="2026-02-30"), "session.date", "not a day of the calendar"),
    (lambda d: d["notes"][0].update(participant="ghost"), "notes[0].participant", "ghost"),
    (lambda d: d["notes"][1].update(text="  "), "notes[1].text", "empty"),
    (lambda d: d["commitments"][0].update(problems=["n9999"]), "commitments[0].problems[0]", "n9999"),
    (lambda d: d["participants"][1].update(id=d["participants"][0]["id"]), "participants[1].id", "twice"),
    (lambda d: d["ratings"][0].update(value="5"), "ratings[0].value", "whole number"),
])
def test_bad_documents_are_rejected_naming_the_field(lib, demo_id, change, field, words):
    """Each kind of bad document is refused with the field's path and nothing is written."""
    before = library_bytes(lib)
    with pytest.raises(ImportRejected) as err:
        import_document(lib, bad(change), "file.json")
    assert any(path == field and words in message for path, message in err.value.errors), \
        err.value.errors
    assert str(err.value).startswith("file.json: not imported, nothing was changed.")
    assert library_bytes(lib) == before


@pytest.mark.parametrize(("content", "words"), [
    (b"{not json", r"not valid JSON \(line 1"),
    (b"\xff\xfe\x00garbage", "not UTF-8"),
    (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
    (b"PK\x03\x04 a zip file", "not valid JSON"),
    (b"[1, 2, 3]", "not a Tillit Workshop session file"),
])
def test_bad_files_are_rejected_with_a_message(lib, tmp_path, content, words):
    """Files that are not session files at all say what they are and change nothing."""
    path = tmp_path / "session.json"
    path.write_bytes(content)
    with pytest.raises(ImportRejected, match=words):
        import_file(lib, path)
    assert list_sessions(lib) == []


def test_huge_file_is_refused_before_reading(lib, tmp_path, monkeypatch):
    """A file over the size limit is refused without being parsed."""
    monkeypatch.setattr(reading, "MAX_BYTES", 1000)
    path = tmp_path / "big.json"
    path.write_text(json.dumps(demo_document()), encoding="utf-8")
    with pytest.raises(ImportRejected, match="the limit is 1,000"):
        import_file(lib, path)


def test_many_errors_are_capped(lib):
    """A document with thousands of errors lists a screenful and says how many more there are."""
    doc = demo_document()
    for n in doc["notes"]:
        n["obstacle"] = "x"
    with pytest.raises(ImportRejected) as err:
        import_document(lib, doc)
    assert len(err.value.errors) == interchange.MAX_ERRORS


# Generated sessions for the round trip: free text (any unicode), catalogue keys, references.
KEYS = catalogue().keys()
texts = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=40).filter(
    lambda s: s.strip())


@st.composite
def sessions_docs(draw):
    doc = demo_document()
    doc["session"]["organisation"] = draw(texts)
    doc["participants"] = [
        {"id": f"p{i}", "name": draw(texts), "role": draw(st.sampled_from(sorted(KEYS.roles))),
         "unit": draw(st.text(max_size=10)), "consent": draw(st.booleans())}
        for i in range(draw(st.integers(0, 4)))]
    pids = [p["id"] for p in doc["participants"]]
    notes = []
    for i in range(draw(st.integers(0, 6))):
        notes.append({
            "id": f"n{i}", "phase": "problems", "kind": "problem", "text": draw(texts),
            "obstacle": draw(st.none() | st.sampled_from(sorted(KEYS.obstacles))),
            "chain_link": draw(st.none() | st.sampled_from(sorted(KEYS.roles))),
            "votes": draw(st.integers(0, 20)),
            "participant": draw(st.none() | st.sampled_from(pids)) if pids else None,
            "principles": draw(st.lists(st.sampled_from(sorted(KEYS.principles)), unique=True,
                                        max_size=3)),
            "group": "n0" if i and draw(st.booleans()) else None})
    doc["notes"] = notes
    doc["ratings"] = [{"principle": p, "value": draw(st.integers(1, 5)), "role": None,
                       "participant": pid} for pid in pids
                      for p in draw(st.lists(st.sampled_from(sorted(KEYS.principles)),
                                             unique=True, max_size=2))]
    doc["commitments"] = [
        {"id": f"c{i}", "what": draw(texts), "owner_participant": None, "owner_role": None,
         "due_date": None, "problems": [n["id"] for n in notes[:1]], "principles": [],
         "history": [{"status": draw(st.sampled_from(["planned", "started", "done", "dropped"])),
                      "date": "2026-04-01", "note": draw(st.text(max_size=10))}]}
        for i in range(draw(st.integers(0, 2)))]
    return doc


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(doc=sessions_docs())
def test_round_trip_property(lib, doc):
    """For generated sessions, import → export → import → export gives the same document."""
    first = json.loads(export_json(lib, import_document(lib, doc).session_id))
    second = json.loads(export_json(lib, import_document(lib, first).session_id))
    assert canonical(second) == canonical(first)
    assert first["session"]["organisation"] == doc["session"]["organisation"]
    assert [n["text"] for n in first["notes"]] == [n["text"] for n in doc["notes"]]
