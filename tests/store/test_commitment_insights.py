"""A commitment names the insights on building trust it draws on: stored, undone, exported."""

from __future__ import annotations

import copy
import json

import pytest

from tillitworkshop.domain import ValidationError
from tillitworkshop.store import ImportRejected, commitments
from tillitworkshop.store.interchange import export_json, import_document, to_document
from tillitworkshop.store.portable import export_portable, import_portable
from tillitworkshop.store.read import load_workshop


def first_commitment(lib, sid):
    return load_workshop(lib, sid).commitments[0]


def test_insights_are_linked_replaced_and_undone(lib, demo_id):
    c = first_commitment(lib, demo_id)
    change = commitments.update_commitment(lib, c.id, insights=["tid_och_talamod", "medledarskap"])
    assert first_commitment(lib, demo_id).insights == ("tid_och_talamod", "medledarskap")
    commitments.update_commitment(lib, c.id, what="Samma, annan text")  # None: kept as it is
    assert first_commitment(lib, demo_id).insights == ("tid_och_talamod", "medledarskap")
    lib.revert(change)
    assert first_commitment(lib, demo_id).insights == c.insights


def test_an_unknown_insight_is_refused_with_its_field(lib, demo_id):
    with pytest.raises(ValidationError, match=r"insights\[0\]"):
        commitments.add_commitment(lib, demo_id, "Något", owner_role="enhetschef",
                                   insights=["inte_en_insikt"])


def test_insights_travel_in_json_and_portable_files(lib, demo_id, tmp_path):
    c = first_commitment(lib, demo_id)
    commitments.update_commitment(lib, c.id, insights=["vardegemenskap"])
    doc = json.loads(export_json(lib, demo_id))
    assert doc["commitments"][0]["insights"] == ["vardegemenskap"]
    again = import_document(lib, doc).session_id
    assert first_commitment(lib, again).insights == ("vardegemenskap",)
    portable = export_portable(lib, demo_id, tmp_path / "dag.tillit")
    third = import_portable(lib, portable).session_id
    assert first_commitment(lib, third).insights == ("vardegemenskap",)


def test_a_file_naming_an_unknown_insight_is_refused(lib, demo_id):
    doc = copy.deepcopy(to_document(load_workshop(lib, demo_id)))
    doc["commitments"][0]["insights"] = ["inte_en_insikt"]
    with pytest.raises(ImportRejected, match=r"commitments\[0\]\.insights\[0\]"):
        import_document(lib, doc)


def test_a_file_without_insights_still_imports(lib, demo_id):
    """Files written before insights were linked have no such field."""
    doc = to_document(load_workshop(lib, demo_id))
    for c in doc["commitments"]:
        c.pop("insights")
    assert first_commitment(lib, import_document(lib, doc).session_id).insights == ()
