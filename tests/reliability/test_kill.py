"""kill -9 at random moments: every acknowledged edit survives, and old backups survive too."""

from __future__ import annotations

import os
import random
import signal

from tillitworkshop.store import Library
from tillitworkshop.store.backups import list_backups
from tillitworkshop.store.check import check_file
from tillitworkshop.store.notes import add_note, update_note
from tillitworkshop.store.read import load_workshop
from tillitworkshop.store.sessions import create_session, update_session

from .counts import count, report


def _child(folder, session_id, write_fd, what):
    """Stream edits, acknowledging each only after it is committed. Never returns."""
    try:
        lib = Library.open(folder, backup=False)
        i = 0
        while True:
            if what == "edits":
                nid = add_note(lib, session_id, "problems", "problem", f"note {i}").ids[0]
                update_note(lib, nid, text=f"note {i} edited")
                update_session(lib, session_id, place=f"room {i}")
            elif what == "day":  # the window's in-day backup: its own connection, beside edits
                add_note(lib, session_id, "problems", "problem", f"day {i}")
                lib.backup_if_changed()
            else:
                lib.backup()
            os.write(write_fd, f"{i}\n".encode())
            i += 1
    finally:
        os._exit(0)


def _kill_after(folder, session_id, acks_wanted, what):
    """Fork a writer, kill -9 it after ``acks_wanted`` acks; return every ack it sent."""
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read_fd)
        _child(folder, session_id, write_fd, what)
    os.close(write_fd)
    buffer = b""
    with os.fdopen(read_fd, "rb", buffering=0) as pipe:
        while buffer.count(b"\n") < acks_wanted:
            chunk = pipe.read(4096)
            if not chunk:
                break
            buffer += chunk
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        buffer += pipe.read()  # acks written before it died
    return [int(x) for x in buffer.split()]


def test_kill_9_mid_edit_loses_no_acknowledged_edit(tmp_path):
    """Kill a writer at random moments; reopen; every acknowledged edit is there, check passes."""
    rng = random.Random(20181847)
    kills = count(200, 1000)
    folder = tmp_path / "lib"
    with Library.open(folder) as lib:
        sid = create_session(lib, "Lövhälla kommun", "skola", "2026-03-12").session_id
    acknowledged = lost = 0
    for _ in range(kills):
        acks = _kill_after(folder, sid, rng.randint(0, 12), "edits")
        with Library.open(folder, backup=False) as lib:
            assert lib.check()[0].ok
            w = load_workshop(lib, sid)
        texts = {n.text for n in w.notes}
        for i in acks:
            acknowledged += 1
            if f"note {i} edited" not in texts:
                lost += 1
        if acks:
            # The last acknowledged place, or a later one committed just before the kill.
            assert int(w.place.split()[1]) >= acks[-1]
        # Delete this round's notes so the next round's numbering is unambiguous.
        with Library.open(folder, backup=False) as lib:
            lib.db.execute("DELETE FROM notes")
    report("kill -9 mid-edit", kills=kills, edits_acknowledged=acknowledged, lost=lost)
    assert lost == 0
    assert acknowledged > kills  # the kills really came mid-stream, not before any edit


def test_kill_9_during_backup_leaves_old_backups_good(tmp_path):
    """Kill a process while it writes backups; every backup listed afterwards passes the check."""
    rng = random.Random(4747)
    kills = count(30, 150)
    folder = tmp_path / "lib"
    with Library.open(folder) as lib:
        sid = create_session(lib, "Lövhälla kommun", "skola", "2026-03-12").session_id
        for i in range(300):
            add_note(lib, sid, "problems", "problem", f"note {i} " + "å" * 200)
        lib.backup()
    for _ in range(kills):
        _kill_after(folder, sid, rng.randint(0, 3), "backups")
    backups = list_backups(folder / "backups")
    bad = [b for b in backups if not check_file(b).ok]
    report("kill -9 during backup", kills=kills, backups_kept=len(backups), damaged=len(bad))
    assert backups and bad == []
    with Library.open(folder) as lib:  # a fresh backup clears what a killed one left
        lib.backup()
    assert not list((folder / "backups").glob(".partial-*"))


def test_kill_9_during_the_in_day_backup_loses_nothing(tmp_path):
    """Kill a process that edits and takes the window's in-day backups (Library.backup_if_changed,
    on a connection of its own) at random moments: the library passes its check and holds every
    acknowledged edit, and every backup listed afterwards passes the check."""
    rng = random.Random(1015)
    kills = count(20, 100)
    folder = tmp_path / "lib"
    with Library.open(folder) as lib:
        sid = create_session(lib, "Lövhälla kommun", "skola", "2026-03-12").session_id
        for i in range(200):
            add_note(lib, sid, "problems", "problem", f"note {i} " + "ö" * 200)
    acknowledged = lost = 0
    for _ in range(kills):
        acks = _kill_after(folder, sid, rng.randint(0, 4), "day")
        with Library.open(folder, backup=False) as lib:
            assert lib.check()[0].ok
            texts = {n.text for n in load_workshop(lib, sid).notes}
            lib.db.execute("DELETE FROM notes WHERE text LIKE 'day %'")
        acknowledged += len(acks)
        lost += sum(f"day {i}" not in texts for i in acks)
    backups = list_backups(folder / "backups")
    bad = [b for b in backups if not check_file(b).ok]
    report("kill -9 during the in-day backup", kills=kills, edits_acknowledged=acknowledged,
           lost=lost, backups_kept=len(backups), damaged=len(bad))
    assert lost == 0 and bad == []
    assert acknowledged > 0
