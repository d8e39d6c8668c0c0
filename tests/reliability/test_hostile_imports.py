"""Untrusted session files: each hostile one is refused in under a second, nothing from it runs,
and the library is byte-for-byte the same afterwards."""

from __future__ import annotations

import json
import shutil
import sqlite3
import time

import pytest

from tillitworkshop.store import ImportRejected, Library
from tillitworkshop.store.demo import add_demo, demo_document
from tillitworkshop.store.interchange import import_file
from tillitworkshop.store.portable import export_portable, import_portable
from tillitworkshop.store.read import load_workshop
from tillitworkshop.store.schema import APPLICATION_ID, SCHEMA_VERSION
from tillitworkshop.store.sessions import list_sessions

from .counts import report

CANARY = "canary_ran"


@pytest.fixture(scope="module")
def good_file(tmp_path_factory):
    folder = tmp_path_factory.mktemp("src")
    with Library.open(folder / "lib") as lib:
        sid = add_demo(lib).session_id
        export_portable(lib, sid, folder / "good.tillit")
    return folder / "good.tillit"


def tamper(path, *statements):
    conn = sqlite3.connect(path)
    for sql in statements:
        conn.execute(sql)
    conn.commit()
    conn.close()


HOSTILE_SQLITE = {
    "trigger": [f"CREATE TABLE {CANARY}(x)",
                f"CREATE TRIGGER t AFTER INSERT ON notes BEGIN INSERT INTO {CANARY} VALUES(1); END"],
    "view calling a function": ["CREATE VIEW v AS SELECT load_extension('/tmp/evil.so') AS x"],
    "recursive view": ["CREATE VIEW forever AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL "
                       "SELECT n + 1 FROM r) SELECT n FROM r"],
    "extra table": ["CREATE TABLE secrets (x)", "INSERT INTO secrets VALUES ('hidden')"],
    "extra column": ["ALTER TABLE notes ADD COLUMN payload TEXT"],
    "index expression": ["CREATE INDEX evil ON notes(length(text) * 2)"],
    "wrong application_id": [f"PRAGMA application_id = {APPLICATION_ID + 1}"],
    "newer version": [f"PRAGMA user_version = {SCHEMA_VERSION + 1}"],
    "two sessions": ["INSERT INTO sessions (id, organisation, sector, date, created_at, updated_at)"
                     " VALUES ('x', 'Other', 'skola', '2026-01-01', '2026-01-01', '2026-01-01')"],
    "bad key inside": ["UPDATE notes SET obstacle = 'weather' WHERE rowid = 1"],
}


def library_files(folder):
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()
            and p.name.startswith("library.sqlite")}


@pytest.fixture
def library(tmp_path):
    folder = tmp_path / "lib"
    with Library.open(folder) as lib:
        add_demo(lib)
    lib = Library.open(folder, backup=False)
    lib.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    yield lib, folder
    lib.close()


@pytest.mark.parametrize("name", list(HOSTILE_SQLITE))
def test_hostile_portable_files_are_refused(library, good_file, tmp_path, name):
    """Each crafted SQLite file is refused fast, runs nothing, and changes nothing."""
    lib, folder = library
    path = tmp_path / f"{name}.tillit"
    shutil.copyfile(good_file, path)
    tamper(path, *HOSTILE_SQLITE[name])
    original = path.read_bytes()
    before = library_files(folder)
    start = time.perf_counter()
    with pytest.raises(ImportRejected) as err:
        import_portable(lib, path)
    elapsed = time.perf_counter() - start
    assert elapsed < 1.0
    assert library_files(folder) == before
    assert path.read_bytes() == original  # opened on a private copy, read-only
    assert CANARY not in str(lib.db.execute("SELECT name FROM sqlite_master").fetchall())
    report(f"hostile sqlite: {name}", rejected=True, seconds=f"{elapsed:.3f}",
           message=str(err.value.errors[0][1])[:70])


def test_good_portable_file_round_trips(library, good_file):
    """The untampered portable file imports as the same session."""
    lib, _ = library
    sid = import_portable(lib, good_file).session_id
    w = load_workshop(lib, sid)
    assert (len(w.participants), len(w.notes), len(w.commitments)) == (14, 101, 9)


def nested(depth):
    return "[" * depth + "]" * depth


HOSTILE_JSON = {
    "huge": lambda: json.dumps({"format": "tillitworkshop.session", "pad": "x" * (70 << 20)}),
    "deeply nested": lambda: nested(200_000),
    "nested inside a note": lambda: json.dumps(demo_document()).replace(
        '"votes": 0', '"votes": ' + nested(50_000), 1),
    "wrong types": lambda: json.dumps({**demo_document(), "notes": {"a": 1}}),
    "unknown keys": lambda: json.dumps({**demo_document(), "macro": "rm -rf /"}),
    "unknown principle": lambda: json.dumps(demo_document()).replace(
        '"principle": "tillit"', '"principle": "obedience"', 1),
    "lone surrogate": lambda: json.dumps(demo_document(), ensure_ascii=False).replace(
        "Lövhälla kommun", "L\\ud800vhälla", 1),
}


@pytest.mark.parametrize("name", list(HOSTILE_JSON))
def test_hostile_json_files_are_refused(library, tmp_path, name):
    """Each bad JSON file is refused fast with a message, and the library is byte-identical."""
    lib, folder = library
    path = tmp_path / f"{name}.json"
    path.write_text(HOSTILE_JSON[name](), encoding="utf-8")
    before = library_files(folder)
    start = time.perf_counter()
    with pytest.raises(ImportRejected):
        import_file(lib, path)
    elapsed = time.perf_counter() - start
    assert elapsed < 1.0
    assert library_files(folder) == before
    assert len(list_sessions(lib)) == 1
    report(f"hostile json: {name}", rejected=True, seconds=f"{elapsed:.3f}")
