"""Disk full and I/O errors: a clear message, the failed edit refused whole, the library intact,
and work goes on when space returns."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from tillitworkshop.store import Library, StorageError
from tillitworkshop.store.notes import add_note
from tillitworkshop.store.read import load_workshop
from tillitworkshop.store.sessions import create_session

from .counts import report


def test_disk_full_refuses_the_edit_clearly_and_resumes(tmp_path):
    """SQLite's 'full' (max_page_count) gives a StorageError; nothing half-written; then it resumes."""
    with Library.open(tmp_path / "lib") as lib:
        sid = create_session(lib, "Lövhälla kommun", "skola", "2026-03-12").session_id
        add_note(lib, sid, "good_meeting", "value", "Före")
        pages = lib.db.execute("PRAGMA page_count").fetchone()[0]
        lib.db.execute(f"PRAGMA max_page_count = {pages}")
        refused = 0
        with pytest.raises(StorageError, match="disk is full") as err:
            for i in range(50):
                add_note(lib, sid, "good_meeting", "value", f"Lång text {i} " + "ä" * 20_000)
        refused += 1
        assert "nothing stored before was lost" in str(err.value)
        stored = [n.text for n in load_workshop(lib, sid).notes]
        assert stored[0] == "Före" and all(t.endswith("ä" * 20_000) for t in stored[1:])
        assert lib.check()[0].ok
        lib.db.execute("PRAGMA max_page_count = 1073741823")
        add_note(lib, sid, "good_meeting", "value", "Efter")
        assert load_workshop(lib, sid).notes[-1].text == "Efter"
    report("disk full", refused=refused, stored_before=len(stored), resumed=True)


IO_CHILD = textwrap.dedent("""
    import os, resource, signal, sys
    from tillitworkshop.store import Library, StorageError
    from tillitworkshop.store.notes import add_note
    from tillitworkshop.store.sessions import create_session

    lib = Library.open(sys.argv[1], backup=False)
    sid = create_session(lib, "Lövhälla kommun", "skola", "2026-03-12").session_id
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (400_000, hard))
    acked = 0
    try:
        for i in range(1000):
            add_note(lib, sid, "good_meeting", "value", f"note {i} " + "x" * 5_000)
            acked += 1
    except StorageError as e:
        print("ERROR", e, flush=True)
    resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
    add_note(lib, sid, "good_meeting", "value", "after the error")
    lib.close()
    print("ACKED", acked, sid, flush=True)
""")


def test_io_error_is_reported_and_library_stays_intact(tmp_path):
    """A write that fails with an I/O error (RLIMIT_FSIZE) is reported; all acked edits remain."""
    folder = tmp_path / "lib"
    out = subprocess.run([sys.executable, "-c", IO_CHILD, str(folder)], capture_output=True,
                         text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    lines = dict(line.split(" ", 1) for line in out.stdout.splitlines())
    assert "This edit was not stored" in lines["ERROR"]
    acked, sid = lines["ACKED"].split()
    with Library.open(folder) as lib:
        assert lib.check()[0].ok
        texts = [n.text for n in load_workshop(lib, sid).notes]
    assert len(texts) == int(acked) + 1 and texts[-1] == "after the error"
    report("I/O error", acknowledged=int(acked), lost=int(acked) + 1 - len(texts))
