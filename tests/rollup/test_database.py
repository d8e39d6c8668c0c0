"""The roll-up database: its views give the numbers computed from the files, it holds no
personal data, and it carries its version and indexes."""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from statistics import fmean

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bench.programme import sessions
from tillitworkshop.content import catalogue
from tillitworkshop.rollup import roll_up
from tillitworkshop.rollup.database import USER_VERSION
from tillitworkshop.rollup.fastcheck import accepts
from tillitworkshop.rollup.rows import session_rows
from tillitworkshop.store.document_check import schema_errors

from ..store.documents import documents
from ..store.test_interchange_schema import MUTATIONS
from .conftest import rows, write_sessions


@pytest.fixture(scope="module")
def rolled(tmp_path_factory):
    folder = tmp_path_factory.mktemp("programme")
    files = write_sessions(folder / "in", 8, participants=20, notes=60)
    out = folder / "rollup.sqlite"
    roll_up([folder / "in"], out)
    docs = [json.loads(p.read_text(encoding="utf-8")) for p in files]
    return out, docs


def test_the_gap_view_gives_the_means_counts_sites_and_spreads_of_the_files(rolled):
    out, docs = rolled
    values = defaultdict(list)
    for doc in docs:
        for r in doc["ratings"]:
            values[(r["principle"], r["role"])].append(r["value"])
    chain = {r.key for r in catalogue().chain_links()}
    view = {(r["principle"], r["role"]): r for r in rows(out, "SELECT * FROM gap_by_principle_role")}
    assert set(view) == set(values)
    for key, v in values.items():
        assert view[key]["mean"] == pytest.approx(fmean(v), abs=0.005)
        assert view[key]["n"] == len(v)
        assert view[key]["sites"] == len({d["session"]["organisation"] for d in docs
                                          if any((r["principle"], r["role"]) == key
                                                 for r in d["ratings"])})
    for principle in {p for p, _ in values}:
        means = [fmean(v) for (p, role), v in values.items() if p == principle and role in chain]
        spread = {view[k]["spread_between_levels"] for k in view if k[0] == principle}
        assert len(spread) == 1
        assert spread.pop() == pytest.approx(max(means) - min(means), abs=0.011)


def test_obstacles_and_completion_by_sector_count_what_the_files_hold(rolled):
    out, docs = rolled
    problems = defaultdict(lambda: [0, 0])
    done = defaultdict(int)
    total = defaultdict(int)
    for doc in docs:
        sector = doc["session"]["sector"]
        for n in doc["notes"]:
            if n["kind"] == "problem" and n["group"] is None and n["obstacle"]:
                problems[(sector, n["obstacle"])][0] += 1
                problems[(sector, n["obstacle"])][1] += n["votes"]
        day = doc["session"]["date"]
        if any(h["date"] > day for c in doc["commitments"] for h in c["history"]):
            for c in doc["commitments"]:
                total[sector] += 1
                done[sector] += c["history"][-1]["status"] == "done"
    view = {(r["sector"], r["obstacle"]): [r["problems"], r["votes"]]
            for r in rows(out, "SELECT * FROM obstacles_by_sector")}
    assert view == problems
    completion = {r["sector"]: r for r in rows(out, "SELECT * FROM commitment_completion_by_sector")}
    assert {s: r["total"] for s, r in completion.items()} == total
    assert {s: r["done"] for s, r in completion.items()} == done
    for r in completion.values():
        assert r["done"] + r["started"] + r["planned"] + r["dropped"] + r["late"] == r["total"]


def test_no_name_unit_or_facilitator_of_the_inputs_is_in_the_output(rolled):
    out, docs = rolled
    data = out.read_bytes()
    names = {p["name"] for d in docs for p in d["participants"]}
    names |= {p["unit"] for d in docs for p in d["participants"]}
    names |= {f for d in docs for f in d["session"]["facilitators"]}
    names |= {h["note"] for d in docs for c in d["commitments"] for h in c["history"] if h["note"]}
    assert len(names) > 300
    found = [n for n in names if n.encode("utf-8") in data]
    assert found == []
    # The test would see them: the texts the roll-up keeps are in the file.
    assert docs[0]["commitments"][0]["first_step"].encode("utf-8") in data


def test_the_file_has_its_version_indexes_and_views(rolled):
    out, _ = rolled
    conn = sqlite3.connect(out)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == USER_VERSION
        names = {n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index' "
                                            "AND name NOT LIKE 'sqlite_%'")}
        assert {"ratings_principle_role", "problems_session", "commitments_session",
                "sessions_sector"} <= names
        plan = " ".join(r[3] for r in conn.execute(
            "EXPLAIN QUERY PLAN SELECT * FROM obstacles_by_sector"))
        assert "USING INDEX" in plan
        views = {n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'view'")}
        assert views == {"gap_by_principle_role", "obstacles_by_sector",
                         "commitment_completion_by_sector", "commitment_completion_by_role"}
    finally:
        conn.close()


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(doc=documents(least=1), mutate=st.sampled_from(MUTATIONS), data=st.data())
def test_the_fast_schema_check_never_accepts_what_the_schema_refuses(doc, mutate, data):
    """rollup/fastcheck.py only says yes: on valid documents and on documents broken one
    field at a time it agrees with jsonschema whenever it accepts."""
    assert accepts(doc) and schema_errors(doc) == []
    mutate(doc, data.draw)
    if accepts(doc):
        assert schema_errors(doc) == []


@pytest.mark.parametrize("breaks", [
    lambda d: d["notes"][0].update(phase="problems", kind="value"),  # a kind of another phase
    lambda d: d["notes"][0].update(phase="chain", kind="signal", signal=None),
    lambda d: d["ratings"][0].update(participant=None, role=None),  # neither who nor role
    lambda d: d["notes"][0].update(obstacle="weather"),
    lambda d: d["session"].update(date="2026-02-30"),
    lambda d: d["notes"][0].update(created_at="2026-02-30T10:00:00+01:00"),
])
def test_the_fast_check_refuses_what_the_rewritten_rules_say(breaks):
    """The rules fastcheck takes out of the compiled schema or rewrites still refuse."""
    doc = next(sessions(1, notes=20))
    assert accepts(doc)
    breaks(doc)
    assert schema_errors(doc) and not accepts(doc)


@settings(max_examples=100, deadline=None, suppress_health_check=list(HealthCheck))
@given(doc=documents())
def test_every_valid_document_makes_rows(doc):
    """Any document import accepts (optional fields left out included) rolls up."""
    rows = session_rows(doc)
    assert len(rows.problems) == sum(n["kind"] == "problem" and n.get("group") is None
                                     for n in doc["notes"])
    assert sum(n for *_, n in rows.ratings) == len(doc["ratings"])


def test_the_last_change_is_compared_as_a_moment_not_as_text():
    doc = next(sessions(1, notes=5))
    for n in doc["notes"]:
        n["updated_at"] = "2026-01-01T00:00:00+01:00"
    doc["session"]["updated_at"] = "2027-03-01T10:00:00+01:00"  # 09:00 UTC
    doc["commitments"][0]["history"][0]["recorded_at"] = "2027-03-01T09:30:00-05:00"  # 14:30 UTC
    assert session_rows(doc).changed == "2027-03-01T09:30:00-05:00"
