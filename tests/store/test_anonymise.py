"""A session shared without names: pseudonyms as in the PDFs, attribution only as roles, and
the file imports like any other."""

from __future__ import annotations

import json

from tillitworkshop.store.interchange import export_json, import_document
from tillitworkshop.store.portable import export_portable, import_portable
from tillitworkshop.store.read import load_workshop


def test_anonymised_json_holds_no_name_or_unit_and_imports(lib, demo_id):
    w = load_workshop(lib, demo_id)
    text = export_json(lib, demo_id, anonymise=True)
    for p in w.participants:
        assert p.name not in text and (not p.unit or p.unit not in text)
    for name in w.facilitators:
        assert name not in text
    doc = json.loads(text)
    roles = {p.id: p.role for p in w.participants}
    assert doc["participants"][0]["name"].endswith(" 1")
    assert all(n["participant"] is None for n in doc["notes"])
    attributed = {n.id: roles[n.participant_id] for n in w.notes if n.participant_id}
    assert attributed and all(n["role"] == attributed[n["id"]]
                              for n in doc["notes"] if n["id"] in attributed)
    assert all(c["owner_participant"] is None for c in doc["commitments"])
    assert len(doc["ratings"]) == len(w.ratings)
    copy = load_workshop(lib, import_document(lib, doc).session_id)
    assert len(copy.notes) == len(w.notes) and len(copy.participants) == len(w.participants)


def test_anonymised_portable_file(lib, demo_id, tmp_path):
    w = load_workshop(lib, demo_id)
    target = export_portable(lib, demo_id, tmp_path / "a.tillit", anonymise=True)
    data = target.read_bytes()
    assert not any(p.name.encode() in data for p in w.participants)
    copy = load_workshop(lib, import_portable(lib, target).session_id)
    assert {p.name for p in copy.participants}.isdisjoint({p.name for p in w.participants})
