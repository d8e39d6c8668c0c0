"""Forgetting a person in the library: what goes, what stays, and who is meant."""

from __future__ import annotations

import pytest

from tillitworkshop.store import Ambiguous, NotFound
from tillitworkshop.store.check import check_file
from tillitworkshop.store.commitments import add_commitment
from tillitworkshop.store.forget import FORGOTTEN_NAME, find_person, forget
from tillitworkshop.store.notes import add_note
from tillitworkshop.store.participants import add_participant
from tillitworkshop.store.ratings import rate
from tillitworkshop.store.read import load_workshop
from tillitworkshop.store.sessions import create_session

NAME, UNIT = "Zelmira Ödqvist", "Enheten för Qwertz"


@pytest.fixture
def day(lib):
    sid = create_session(lib, "Lövhälla kommun", "skola", "2026-03-12").session_id
    pid = add_participant(lib, sid, NAME, "medarbetare", unit=UNIT, consent=True).ids[0]
    other = add_participant(lib, sid, "Bo Berg", "medarbetare").ids[0]
    add_note(lib, sid, "good_meeting", "value", "Hennes lapp", participant_id=pid)
    add_note(lib, sid, "good_meeting", "value", "Hans lapp", participant_id=other)
    rate(lib, sid, "tillit", 4, participant_id=pid)
    add_commitment(lib, sid, "Ett löfte", owner_participant_id=pid)
    return sid, pid, other


def test_forget_keeps_notes_and_ratings_under_the_role(lib, day):
    """Name and unit gone, consent withdrawn; the note, the rating and the commitment stay
    attributed to the anonymous row, whose role is kept."""
    sid, pid, _ = day
    forget(lib, sid, pid)
    w = load_workshop(lib, sid)
    p = next(p for p in w.participants if p.id == pid)
    assert (p.name, p.unit, p.consent, p.role) == (FORGOTTEN_NAME, "", False, "medarbetare")
    assert [n.participant_id for n in w.notes if n.text == "Hennes lapp"] == [pid]
    assert [(r.value, r.role) for r in w.ratings if r.participant_id == pid] == [(4, "medarbetare")]
    assert w.commitments[0].owner_participant_id == pid
    assert lib.query_one("SELECT copies_pending FROM forgotten WHERE participant_id = ?",
                         [pid]) == {"copies_pending": 0}


def test_forget_with_delete_notes_deletes_only_theirs(lib, day):
    sid, pid, _ = day
    report = forget(lib, sid, pid, delete_notes=True)
    assert report.notes_deleted == 1
    assert [n.text for n in load_workshop(lib, sid).notes] == ["Hans lapp"]


def test_forgetting_the_only_participant(lib):
    sid = create_session(lib, "Lövhälla kommun", "skola", "2026-03-12").session_id
    pid = add_participant(lib, sid, NAME, "medarbetare").ids[0]
    forget(lib, sid, pid)
    assert [p.name for p in load_workshop(lib, sid).participants] == [FORGOTTEN_NAME]


def test_a_person_by_id_or_a_name_matching_one(lib, day):
    sid, pid, other = day
    assert find_person(lib, sid, pid) == pid
    assert find_person(lib, sid, "  zelmira   ödqvist ") == pid
    with pytest.raises(NotFound):
        find_person(lib, sid, "Zelmira")
    twin = add_participant(lib, sid, "Bo Berg", "politik").ids[0]
    with pytest.raises(Ambiguous) as e:
        find_person(lib, sid, "Bo Berg")
    assert other in str(e.value) and twin in str(e.value)


def test_a_backup_is_rewritten_and_a_damaged_one_holding_them_deleted(lib, day, data_dir):
    sid, pid, _ = day
    good = lib.backup()
    damaged = good.with_name("library-20000101T000000000000Z.sqlite")
    whole = good.read_bytes()
    cut = whole[:len(whole) - 4096]  # its last page lost: cannot be read whole
    assert pid.encode() in cut
    damaged.write_bytes(cut)
    untouched = good.with_name("library-19990101T000000000000Z.sqlite")
    untouched.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    report = forget(lib, sid, pid)
    assert {(c.path.name, c.outcome) for c in report.copies} == {
        (good.name, "rewritten"), (damaged.name, "deleted"), (untouched.name, "damaged")}
    assert not damaged.exists() and untouched.exists()
    assert NAME.encode() not in good.read_bytes()
    assert check_file(good).ok


def test_drafts_that_mention_them_are_deleted(lib, day):
    """Branch `drafts` adds the table; here it is made as that branch's migration makes it."""
    sid, pid, _ = day
    lib.conn.execute("CREATE TABLE IF NOT EXISTS drafts (session_id TEXT NOT NULL, field TEXT "
                     "NOT NULL, text TEXT NOT NULL, updated_at TEXT NOT NULL, "
                     "PRIMARY KEY (session_id, field))")
    for field, text in (("note/a", "Zelmira sa att"), (f"note/b/participant={pid}", "x"),
                        ("note/c", "om enheten för Qwertz"), ("note/d", "annat")):
        lib.conn.execute("INSERT INTO drafts VALUES (?, ?, ?, '')", [sid, field, text])
    lib.conn.commit()
    forget(lib, sid, pid)
    assert [r[0] for r in lib.conn.execute("SELECT field FROM drafts")] == ["note/d"]


def test_export_person_holds_what_is_theirs(lib, day, data_dir, tmp_path):
    """`export person` by name: their roster entry, notes, ratings, commitments."""
    import json

    from tillitworkshop import cli

    sid, pid, _ = day
    lib.close()
    out = tmp_path / "p.json"
    assert cli.main(["export", "person", sid, NAME, "-o", str(out)]) == 0
    doc = json.loads(out.read_text("utf-8"))
    assert doc["participant"]["name"] == NAME and doc["participant"]["unit"] == UNIT
    assert [n["text"] for n in doc["notes"]] == ["Hennes lapp"]
    assert [(r["principle"], r["value"]) for r in doc["ratings"]] == [("tillit", 4)]
    assert [c["what"] for c in doc["commitments"]] == ["Ett löfte"]
    assert cli.main(["export", "person", sid, "Nobody", "-o", str(out)]) == 2


def test_forget_by_a_name_two_share_exits_2_listing_both(lib, day, capsys):
    from tillitworkshop import cli

    sid, _, other = day
    twin = add_participant(lib, sid, "Bo Berg", "politik").ids[0]
    lib.close()
    assert cli.main(["forget", sid, "bo berg"]) == 2
    err = capsys.readouterr().err
    assert other in err and twin in err


def test_a_backup_of_an_older_schema_is_rewritten_not_taken_for_damage(tmp_path):
    """Opening a library of an older version backs it up before migrating it: that backup
    has the old schema, and is rewritten like any other."""
    import shutil
    from pathlib import Path

    from tillitworkshop.store import Library

    folder = tmp_path / "lib"
    folder.mkdir()
    shutil.copyfile(Path(__file__).parent.parent / "fixtures" / "library-v2.sqlite",
                    folder / "library.sqlite")
    with Library.open(folder) as lib:
        row = lib.query_one("SELECT id, session_id, name FROM participants LIMIT 1")
        report = forget(lib, row["session_id"], row["id"])
    assert [c.outcome for c in report.copies] == ["rewritten"]
    backup = report.copies[0].path
    assert row["name"].encode() not in backup.read_bytes() and check_file(backup).user_version == 2


def test_forgotten_with_notes_kept_then_with_notes_deleted(lib, day):
    """A second forget with delete_notes deletes the notes kept the first time, in the
    backups too."""
    sid, pid, _ = day
    forget(lib, sid, pid)
    backup = lib.backup()
    assert b"Hennes lapp" in backup.read_bytes()
    report = forget(lib, sid, pid, delete_notes=True)
    assert report.notes_deleted == 1 and report.count("rewritten") == 1
    assert b"Hennes lapp" not in backup.read_bytes()
    assert [n.text for n in load_workshop(lib, sid).notes] == ["Hans lapp"]
