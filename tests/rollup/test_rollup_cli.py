"""`tillitworkshop rollup`: inputs, duplicates and versions, the output, and bad input."""

from __future__ import annotations

import json
import os
import sqlite3

import pytest

from tillitworkshop.store import Library
from tillitworkshop.store.interchange import import_document
from tillitworkshop.store.portable import export_portable

from .conftest import run, write_sessions


def count(db, table="sessions") -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


def test_a_folder_is_rolled_up_with_a_summary(programme, tmp_path, capsys):
    out = tmp_path / "rollup.sqlite"
    assert run(programme, "-o", out) == 0
    lines = capsys.readouterr().out.splitlines()
    assert count(out) == 6
    assert lines[0].startswith("6 sessions from 6 sites, sectors: ")
    assert " to " in lines[0] and str(out) in lines[0]
    assert (tmp_path / "rollup.metadata.json").is_file()


def test_an_existing_output_is_replaced_only_with_force(programme, tmp_path, capsys):
    out = tmp_path / "rollup.sqlite"
    out.write_bytes(b"earlier")
    assert run(programme, "-o", out) == 2
    assert "--force" in capsys.readouterr().err
    assert out.read_bytes() == b"earlier"
    assert run(programme, "-o", out, "--force") == 0
    assert count(out) == 6
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".tillitworkshop-tmp")]


def test_the_same_session_twice_counts_once_and_a_newer_version_wins(programme, tmp_path, capsys):
    first = sorted(programme.glob("*.json"))[0]
    doc = json.loads(first.read_text(encoding="utf-8"))
    copy = dict(doc, exported_at="2027-01-01T10:00:00+01:00")  # exported again: same content
    (tmp_path / "again.json").write_text(json.dumps(copy), encoding="utf-8")
    newer = json.loads(json.dumps(doc))
    newer["session"]["updated_at"] = "2027-03-01T10:00:00+01:00"
    newer["commitments"][0]["history"].append(
        {"status": "done", "date": "2027-02-28", "note": "", "recorded_at": "2027-03-01T10:00:00+01:00"})
    (tmp_path / "newer.json").write_text(json.dumps(newer), encoding="utf-8")
    out = tmp_path / "rollup.sqlite"
    assert run(tmp_path / "newer.json", programme, tmp_path / "again.json", "-o", out) == 0
    text = capsys.readouterr().out
    assert count(out) == 6
    assert f"{tmp_path / 'newer.json'}: is a newer version of the session in {first}" in text
    assert "kept this one (changed 2027-03-01T10:00:00+01:00)" in text
    assert "1 files held a session already read (counted once)." in text
    with sqlite3.connect(out) as conn:
        assert conn.execute("SELECT COUNT(*) FROM commitments WHERE status = 'done' "
                            "AND status_date = '2027-02-28'").fetchone()[0] == 1


def portable(tmp_path, doc, name="one.tillit"):
    with Library.open(tmp_path / f"lib-{name}", backup=False) as lib:
        sid = import_document(lib, doc).session_id
        return export_portable(lib, sid, tmp_path / name)


def test_a_damaged_tillit_and_a_malformed_json_among_many_are_named_and_skipped(
        programme, tmp_path, capsys):
    doc = json.loads(sorted(programme.glob("*.json"))[0].read_text(encoding="utf-8"))
    damaged = portable(tmp_path, doc)
    data = bytearray(damaged.read_bytes())
    data[4096:8192] = b"\xff" * 4096  # a page of the file overwritten
    (programme / "damaged.tillit").write_bytes(bytes(data))
    (programme / "broken.json").write_text('{"format": "tillitworkshop.session", ', encoding="utf-8")
    out = tmp_path / "rollup.sqlite"
    assert run(programme, "-o", out) == 2
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith(f"{programme / 'broken.json'}: is not valid JSON")
    assert lines[1].startswith(f"{programme / 'damaged.tillit'}: ")
    assert lines[-1] == "2 skipped (named above)."
    assert count(out) == 6


def test_a_portable_file_rolls_up_like_its_json(tmp_path, capsys):
    doc = json.loads(write_sessions(tmp_path / "one", 1)[0].read_text(encoding="utf-8"))
    path = portable(tmp_path, doc)
    assert run(path, tmp_path / "one", "-o", tmp_path / "r.sqlite") == 0
    assert count(tmp_path / "r.sqlite") == 1  # the same session, read twice


@pytest.mark.parametrize("hostile", [
    "CREATE TRIGGER t AFTER INSERT ON notes BEGIN SELECT 1; END",
    "CREATE VIEW v AS SELECT * FROM notes",
    "CREATE TABLE extra (x)",
])
def test_a_hostile_tillit_is_refused_like_import(programme, tmp_path, capsys, hostile):
    doc = json.loads(sorted(programme.glob("*.json"))[0].read_text(encoding="utf-8"))
    path = portable(tmp_path, doc, "hostile.tillit")
    with sqlite3.connect(path) as conn:
        conn.execute(hostile)
    conn.close()
    assert run(path, programme, "-o", tmp_path / "r.sqlite") == 2
    out = capsys.readouterr().out
    assert f"{path}: does not have the schema of a session file: unexpected" in out
    assert count(tmp_path / "r.sqlite") == 6


def test_files_of_a_newer_format_version_are_skipped_with_the_reason(programme, tmp_path, capsys):
    doc = json.loads(sorted(programme.glob("*.json"))[0].read_text(encoding="utf-8"))
    (tmp_path / "v2.json").write_text(json.dumps(dict(doc, version=2)), encoding="utf-8")
    path = portable(tmp_path, doc, "newer.tillit")
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA user_version = 99")
    conn.close()
    assert run(tmp_path / "v2.json", path, programme, "-o", tmp_path / "r.sqlite") == 2
    out = capsys.readouterr().out
    assert "v2.json: version: the file is format version 2, written by a newer Tillit Workshop" in out
    assert "newer.tillit: was written by a newer Tillit Workshop (version 99" in out
    assert "2 skipped (named above)." in out


def test_an_empty_folder_is_exit_2_with_a_message_and_nothing_written(tmp_path, capsys):
    (tmp_path / "empty").mkdir()
    out = tmp_path / "r.sqlite"
    assert run(tmp_path / "empty", "-o", out) == 2
    text = capsys.readouterr().out
    assert f"{tmp_path / 'empty'}: is a folder without session files" in text
    assert "No sessions to roll up; nothing was written." in text
    assert not out.exists() and os.listdir(tmp_path) == ["empty"]


def test_the_output_in_a_missing_folder_names_it(programme, tmp_path, capsys):
    assert run(programme, "-o", tmp_path / "missing" / "r.sqlite") == 2
    err = capsys.readouterr().err
    assert f"the folder {tmp_path / 'missing'} does not exist" in err


def test_the_output_in_a_read_only_folder_is_refused(programme, tmp_path, capsys):
    if os.geteuid() == 0:  # root writes anywhere it may chmod: /proc takes no new files
        target = "/proc/rollup.sqlite"
    else:
        (tmp_path / "ro").mkdir()
        os.chmod(tmp_path / "ro", 0o555)
        target = tmp_path / "ro" / "r.sqlite"
    assert run(programme, "-o", target) == 2
    assert "Cannot write in" in capsys.readouterr().err


def test_an_input_that_is_the_output_is_skipped(programme, tmp_path, capsys):
    out = programme / "rollup.sqlite"
    assert run(programme, "-o", out) == 0
    capsys.readouterr()
    # Found in the folder again (with its metadata .json): not read, not a problem.
    assert run(programme, "-o", out, "--force") == 0
    assert count(out) == 6
    capsys.readouterr()
    assert run(out, programme, "-o", out, "--force") == 2
    assert f"{out}: is the output of this roll-up; skipped" in capsys.readouterr().out


def test_a_library_in_use_is_read_through_a_snapshot_and_left_as_it_was(programme, tmp_path,
                                                                        capsys):
    docs = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(programme.rglob("*.json"))]
    folder = tmp_path / "library"
    with Library.open(folder, backup=False) as lib:
        for doc in docs[:3]:
            import_document(lib, doc)
        # The -shm file is SQLite's index of the -wal shared by every reader (a reader marks
        # its place in it): not content. The file and the -wal are.
        def content():
            return {p.name: p.read_bytes() for p in folder.iterdir()
                    if p.is_file() and not p.name.endswith("-shm")}

        before = content()
        # In use: the app holds its lock, and its latest edits are in the -wal file.
        assert (folder / "library.sqlite-wal").stat().st_size > 0
        assert run(folder, "-o", tmp_path / "r.sqlite") == 0
        assert content() == before
        import_document(lib, docs[3])  # the app can still write
    assert count(tmp_path / "r.sqlite") == 3
    # Closed (no -wal): read by copying the file, which creates nothing beside it.
    names = sorted(p.name for p in folder.iterdir())
    assert "library.sqlite-wal" not in names
    assert run(folder, "-o", tmp_path / "r.sqlite", "--force") == 0
    assert sorted(p.name for p in folder.iterdir()) == names
    assert count(tmp_path / "r.sqlite") == 4


def test_a_librarys_session_that_fails_the_checks_is_named_and_the_others_rolled_up(
        programme, tmp_path, capsys):
    docs = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(programme.rglob("*.json"))]
    folder = tmp_path / "library"
    with Library.open(folder, backup=False) as lib:
        ids = [import_document(lib, doc).session_id for doc in docs[:3]]
        # What the app would never store, but a damaged or hand-edited library may hold.
        lib.conn.execute("UPDATE notes SET kind = 'weather' WHERE session_id = ?", [ids[1]])
        lib.conn.commit()
    assert run(folder / "library.sqlite", "-o", tmp_path / "r.sqlite") == 2  # the file, named
    out = capsys.readouterr().out
    assert f"{folder} (session {ids[1]}): notes[0].kind: " in out
    assert "1 skipped (named above)." in out
    assert count(tmp_path / "r.sqlite") == 2


def test_a_tillit_with_text_that_is_not_utf8_is_named_and_skipped(programme, tmp_path, capsys):
    doc = json.loads(sorted(programme.glob("*.json"))[0].read_text(encoding="utf-8"))
    path = portable(tmp_path, doc, "bad-text.tillit")
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE notes SET text = CAST(x'ff41' AS TEXT)")
    conn.close()
    assert run(path, programme, "-o", tmp_path / "r.sqlite") == 2
    assert f"{path}: is damaged: record " in capsys.readouterr().out
    assert count(tmp_path / "r.sqlite") == 6


def test_worker_processes_roll_up_what_one_process_does(tmp_path):
    """Many inputs are read and checked in worker processes: the same database."""
    write_sessions(tmp_path / "in", 40, participants=4, notes=8)
    from tillitworkshop.rollup import roll_up

    roll_up([tmp_path / "in"], tmp_path / "one.sqlite", workers=1)
    roll_up([tmp_path / "in"], tmp_path / "two.sqlite", workers=2)
    for table in ("sessions", "ratings", "problems", "commitments", "relationships"):
        with sqlite3.connect(tmp_path / "one.sqlite") as a, sqlite3.connect(tmp_path / "two.sqlite") as b:
            assert a.execute(f"SELECT * FROM {table}").fetchall() == \
                b.execute(f"SELECT * FROM {table}").fetchall()
