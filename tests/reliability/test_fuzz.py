"""Fuzzing the import: generated documents never raise anything but a rejection, and an import
is all or nothing."""

from __future__ import annotations

import copy

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tillitworkshop.store import ImportRejected, Library
from tillitworkshop.store.demo import demo_document
from tillitworkshop.store.read import load_workshop

from .counts import count, report

EXAMPLES = count(150, 10_000)
DEMO = demo_document()

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**70), 2**70)
    | st.floats() | st.sampled_from(["zzzzzzzzzz", "0001-01-01T00:00:00", "9999-12-31T23:59:59"])
    | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner,
                                                                 max_size=4),
    max_leaves=12,
)


def paths(value, prefix=()):
    yield prefix
    if isinstance(value, dict):
        for k, v in value.items():
            yield from paths(v, (*prefix, k))
    elif isinstance(value, list):
        for i, v in enumerate(value[:3]):
            yield from paths(v, (*prefix, i))


ALL_PATHS = [p for p in paths(DEMO) if p]


@st.composite
def mutated_demo(draw):
    """The demo session with a few values replaced, removed or added at random places."""
    doc = copy.deepcopy(DEMO)
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(ALL_PATHS))
        parent = doc
        try:
            for key in path[:-1]:
                parent = parent[key]
            action = draw(st.sampled_from(["replace", "delete", "add"]))
            if action == "replace":
                parent[path[-1]] = draw(json_values)
            elif action == "delete":
                del parent[path[-1]]
            elif isinstance(parent, dict):
                parent[draw(st.text(max_size=8))] = draw(json_values)
        except (KeyError, IndexError, TypeError):
            pass  # an earlier mutation removed the way there
    return doc


outcomes = {"rejected": 0, "imported": 0}


def _check_import(lib, doc):
    sessions_before = lib.db.execute("SELECT COUNT(*) FROM sessions").fetchone()[0]
    notes_before = lib.db.execute("SELECT COUNT(*) FROM notes").fetchone()[0]
    try:
        from tillitworkshop.store.interchange import import_document

        sid = import_document(lib, doc, "fuzz").session_id
    except ImportRejected:
        outcomes["rejected"] += 1
        assert lib.db.execute("SELECT COUNT(*) FROM sessions").fetchone()[0] == sessions_before
        assert lib.db.execute("SELECT COUNT(*) FROM notes").fetchone()[0] == notes_before
        return
    outcomes["imported"] += 1
    # All of it, or none: the imported session has every note of the document.
    assert len(load_workshop(lib, sid).notes) == len(doc["notes"])


def test_fuzzed_documents_never_crash_and_never_half_import(tmp_path):
    """Random JSON and mutated demo sessions are either imported whole or rejected cleanly."""
    with Library.open(tmp_path / "lib") as lib:

        @settings(max_examples=EXAMPLES, deadline=None, derandomize=True,
                  suppress_health_check=list(HealthCheck))
        @given(doc=json_values | mutated_demo())
        def run(doc):
            _check_import(lib, doc)

        run()
        assert lib.check()[0].ok
    report("fuzzed imports", cases=EXAMPLES, **outcomes)
    assert outcomes["rejected"] > 0 and outcomes["imported"] > 0
