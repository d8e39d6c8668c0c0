"""Privacy: the library is the user's alone, and deleted text leaves no copy in it."""

from __future__ import annotations

import os
import stat

import pytest

from tillitworkshop.store import Library
from tillitworkshop.store.notes import add_note, delete_note
from tillitworkshop.store.participants import add_participant, delete_participant
from tillitworkshop.store.sessions import create_session

from .counts import report

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def mode(path):
    return stat.S_IMODE(path.stat().st_mode)


def test_library_and_backups_are_private(tmp_path):
    """The folder, the library, its backups and its lock are readable by the user only."""
    folder = tmp_path / "lib"
    with Library.open(folder) as lib:
        create_session(lib, "Lövhälla kommun", "skola", "2026-03-12")
    with Library.open(folder):
        pass
    backups = list((folder / "backups").iterdir())
    assert mode(folder) == 0o700 and mode(folder / "backups") == 0o700
    assert mode(folder / "library.sqlite") == 0o600
    assert mode(folder / "library.sqlite.lock") == 0o600
    assert backups and all(mode(b) == 0o600 for b in backups if b.suffix == ".sqlite")


def file_bytes(folder):
    return b"".join(p.read_bytes() for p in folder.iterdir()
                    if p.is_file() and p.name.startswith("library.sqlite"))


def test_deleted_text_leaves_no_copy_in_the_library(tmp_path):
    """After deleting a note and a participant, their text is in neither the file nor its -wal."""
    folder = tmp_path / "lib"
    secret_note, secret_name = "HEMLIGT-Åsa-sa-detta-7f3a", "Hemliga Östen 9c1e"
    with Library.open(folder, backup=False) as lib:
        sid = create_session(lib, "Lövhälla kommun", "skola", "2026-03-12").session_id
        nid = add_note(lib, sid, "good_meeting", "hinder", secret_note).ids[0]
        pid = add_participant(lib, sid, secret_name, "medarbetare").ids[0]
        for i in range(200):  # neighbours on the same pages
            add_note(lib, sid, "good_meeting", "value", f"Granne {i}")
    with Library.open(folder, backup=False) as lib:
        assert secret_note.encode() in file_bytes(folder)
        delete_note(lib, nid)
        delete_participant(lib, pid)
        leftover = file_bytes(folder)
    assert secret_note.encode() not in leftover and secret_name.encode() not in leftover
    assert secret_note.encode() not in file_bytes(folder)
    report("secure delete", copies_left=0)


@pytest.mark.parametrize("mask", [0o022, 0o077])
def test_exports_follow_the_umask_whatever_their_kind(tmp_path, mask, demo_id, lib):
    """A single PDF, the handouts (folder and files), JSON and a portable file all get the
    mode the user's umask gives new files; the library and its backups stay 0600."""
    from tillitworkshop.report import export_pdf
    from tillitworkshop.store.files import write_atomically
    from tillitworkshop.store.interchange import export_json
    from tillitworkshop.store.portable import export_portable
    from tillitworkshop.store.read import load_workshop

    old = os.umask(mask)
    try:
        w = load_workshop(lib, demo_id)
        written = [*export_pdf(w, "cards", tmp_path / "cards.pdf"),
                   *export_pdf(w, "handouts", tmp_path / "handouts"),
                   write_atomically(tmp_path / "s.json", export_json(lib, demo_id).encode()),
                   export_portable(lib, demo_id, tmp_path / "s.tillit")]
        lib.backup()
    finally:
        os.umask(old)
    assert {mode(p) for p in written} == {0o666 & ~mask}
    assert mode(tmp_path / "handouts") == 0o777 & ~mask
    backups = [p for p in (lib.folder / "backups").iterdir()]
    assert {mode(p) for p in backups} == {0o600} and mode(lib.path) == 0o600
