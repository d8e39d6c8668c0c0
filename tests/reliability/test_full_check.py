"""Damage that SQLite's quick_check lets through (an index that no longer matches its table,
text that is not UTF-8) fails `check`, is never backed up, is skipped by `restore latest`, and
makes an export name the damaged record instead of failing with an internal error."""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from tillitworkshop.cli import main
from tillitworkshop.store import Library, LibraryCorrupt
from tillitworkshop.store import check as check_module
from tillitworkshop.store.backups import list_backups, newest_good
from tillitworkshop.store.demo import add_demo
from tillitworkshop.store.notes import add_note
from tillitworkshop.store.restore import restore_backup

from .counts import report


def flip_index_byte(path):
    """Flip one bit in a note id as stored in the notes table's primary-key index: the page
    stays well formed (quick_check passes) but the index no longer matches the table."""
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    leaves = [r[0] for r in conn.execute(
        "SELECT pageno FROM dbstat WHERE name = 'sqlite_autoindex_notes_1' AND pagetype = 'leaf'")]
    # An id ending in an even digit: one bit up is the next digit, so the order stays.
    ids = [r[0] for r in conn.execute("SELECT id FROM notes ORDER BY id") if r[0][-1] in "02468"]
    conn.close()
    data = bytearray(path.read_bytes())
    for page in leaves:
        start = (page - 1) * page_size
        at = data.find(ids[0].encode(), start, start + page_size)
        if at >= 0:
            data[at + len(ids[0]) - 1] ^= 0x01
            path.write_bytes(bytes(data))
            return "missing from index"
    raise AssertionError("the note id was not found in the index's pages")


def not_utf8(path):
    """A note whose text is the bytes ff fe: SQLite stores it as text, as it was given."""
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE notes SET text = CAST(x'fffe' AS TEXT) "
                     "WHERE id = (SELECT id FROM notes ORDER BY id LIMIT 1)")
    conn.close()
    return "not UTF-8"


DAMAGE = [flip_index_byte, not_utf8]


@pytest.fixture
def library(tmp_path):
    """A library with the demo session and a backup of it, closed (no -wal left)."""
    folder = tmp_path / "lib"
    with Library.open(folder) as lib:
        sid = add_demo(lib).session_id
    with Library.open(folder) as lib:  # changed since the last backup: backed up now
        assert len(list_backups(folder / "backups")) == 1
        add_note(lib, sid, "problems", "problem", "a change since the last backup")
    return folder


@pytest.mark.parametrize("damage", DAMAGE, ids=lambda f: f.__name__)
def test_damage_quick_check_misses_fails_check(library, damage, capsys):
    """`check` runs the full check: exit 2 and the damage said."""
    said = damage(library / "library.sqlite")
    conn = sqlite3.connect(library / "library.sqlite")
    assert conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]  # what it used to run
    conn.close()
    assert main(["--data-dir", str(library), "check"]) == 2
    out = capsys.readouterr()
    assert "DAMAGED" in out.out and said in out.out
    assert "restore library-" in out.err
    report(f"full check {damage.__name__}", detected=True)


@pytest.mark.parametrize("damage", DAMAGE, ids=lambda f: f.__name__)
def test_damage_is_not_backed_up_at_the_next_opening(library, damage):
    """The library changed since its backup, so opening would back it up: it refuses instead,
    offering the good backup, and no backup of the damage appears."""
    before = list_backups(library / "backups")
    said = damage(library / "library.sqlite")
    with pytest.raises(LibraryCorrupt) as refused:
        Library.open(library)
    assert said in str(refused.value) and refused.value.params["backup"] == before[0].name
    assert list_backups(library / "backups") == before


@pytest.mark.parametrize("damage", DAMAGE, ids=lambda f: f.__name__)
def test_restore_latest_skips_a_damaged_backup_and_remembers_checks(library, damage,
                                                                    monkeypatch):
    good = list_backups(library / "backups")[0]
    damage(library / "library.sqlite")
    bad = library / "backups" / "library-29991231T235959000000Z.sqlite"  # the newest by name
    shutil.copyfile(library / "library.sqlite", bad)
    used, _ = restore_backup(library, "latest")
    assert used == good
    with Library.open(library, backup=False) as lib:
        assert lib.check()[0].ok
    checked = []
    real = check_module.check_file
    monkeypatch.setattr(check_module, "check_file", lambda p: checked.append(p) or real(p))
    assert newest_good(library / "backups") == good
    assert checked == []  # both results remembered in backups/.checked.json
    bad.write_bytes(good.read_bytes() + b"\0" * 512)  # changed: checked again
    assert newest_good(library / "backups") == bad and checked == [bad]


@pytest.mark.parametrize("fmt", ["json", "pdf"])
def test_export_of_a_note_that_is_not_utf8_names_the_record(library, fmt, capsys):
    """Opening does not read text (quick_check), so the export meets the bytes: exit 2 with the
    session, the table and the record, not an internal error."""
    path = library / "library.sqlite"
    with Library.open(library) as lib:  # backed up now: the next opening takes no backup
        sid = lib.query_one("SELECT id FROM sessions")["id"]
        nid = lib.query_one("SELECT id FROM notes ORDER BY id")["id"]
    not_utf8(path)
    args = ["--data-dir", str(library), "export", fmt, sid]
    args += ["--kind", "summary", "-o", str(library / "out.pdf")] if fmt == "pdf" else []
    assert main(args) == 2
    err = capsys.readouterr().err
    assert sid in err and "notes" in err and nid in err and "internal error" not in err
