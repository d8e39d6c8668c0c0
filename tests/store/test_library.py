"""Opening the library safely: pragmas, identity, refusals, the lock, backups, check, restore."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap

import pytest

from tillitworkshop.store import (
    Library,
    LibraryCorrupt,
    LibraryLocked,
    LibraryTooNew,
    NotALibrary,
)
from tillitworkshop.store.backups import list_backups
from tillitworkshop.store.check import check_file
from tillitworkshop.store.restore import restore_backup
from tillitworkshop.store.schema import APPLICATION_ID, SCHEMA_VERSION
from tillitworkshop.store.sessions import create_session, list_sessions


def test_new_library_is_stamped_and_durable(data_dir):
    """A new library has our application id, the schema version, WAL, synchronous=FULL and FKs."""
    with Library.open(data_dir) as lib:
        pragma = lambda name: lib.db.execute(f"PRAGMA {name}").fetchone()[0]  # noqa: E731
        assert pragma("application_id") == APPLICATION_ID
        assert pragma("user_version") == SCHEMA_VERSION
        assert pragma("journal_mode") == "wal"
        assert pragma("synchronous") == 2  # FULL
        assert pragma("foreign_keys") == 1
    header = (data_dir / "library.sqlite").read_bytes()[:100]
    assert int.from_bytes(header[68:72], "big") == APPLICATION_ID


def test_edit_is_on_disk_before_the_call_returns(lib, data_dir):
    """An edit is committed at once: another connection sees it without any save or close."""
    create_session(lib, "Lövhälla kommun", "skola", "2026-03-12")
    other = sqlite3.connect(data_dir / "library.sqlite")
    assert other.execute("SELECT organisation FROM sessions").fetchall() == [("Lövhälla kommun",)]
    other.close()


@pytest.mark.parametrize(
    ("content", "error", "words"),
    [
        (b"", NotALibrary, "empty"),
        (b"%PDF-1.4 this is a pdf", NotALibrary, "not an SQLite file"),
        (b"SQLite for", LibraryCorrupt, "cut short"),
    ],
)
def test_refuses_files_that_are_not_libraries(data_dir, content, error, words):
    """Not SQLite, empty or truncated: a clear refusal, and the file is left byte-identical."""
    data_dir.mkdir(parents=True)
    path = data_dir / "library.sqlite"
    path.write_bytes(content)
    with pytest.raises(error, match=words):
        Library.open(data_dir)
    assert path.read_bytes() == content


def test_refuses_another_programs_sqlite(data_dir):
    """An SQLite file without our application id is refused and not touched."""
    data_dir.mkdir(parents=True)
    path = data_dir / "library.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE photos (x)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(NotALibrary, match="another program"):
        Library.open(data_dir)
    assert path.read_bytes() == before


def test_refuses_newer_library_and_leaves_it_byte_identical(data_dir):
    """A library from a newer version is refused with a clear message and not changed at all."""
    with Library.open(data_dir) as lib:
        create_session(lib, "Lövhälla kommun", "skola", "2026-03-12")
    path = data_dir / "library.sqlite"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    before = path.read_bytes()
    backups_before = list_backups(data_dir / "backups")
    with pytest.raises(LibraryTooNew, match="newer version"):
        Library.open(data_dir)
    assert path.read_bytes() == before
    assert list_backups(data_dir / "backups") == backups_before


def test_corruption_is_detected_at_open_and_a_backup_offered(data_dir):
    """Garbage in the middle of the file is caught at open, naming the newest good backup."""
    with Library.open(data_dir) as lib:
        create_session(lib, "Lövhälla kommun", "skola", "2026-03-12")
    Library.open(data_dir).close()  # takes the backup of the edited library
    path = data_dir / "library.sqlite"
    with path.open("r+b") as f:
        f.seek(4096)
        f.write(os.urandom(4096))
    with pytest.raises(LibraryCorrupt, match="restore library-"):
        Library.open(data_dir)


HOLDER = textwrap.dedent("""
    import sys
    from tillitworkshop.store import Library
    lib = Library.open(sys.argv[1])
    print("open", flush=True)
    sys.stdin.read()
""")


def test_second_process_is_told_library_is_open_and_stale_lock_is_reclaimed(data_dir):
    """While another process holds the library, opening says so; once it is killed, it opens."""
    Library.open(data_dir).close()
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(data_dir)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        with pytest.raises(LibraryLocked, match=f"already open by process {holder.pid}"):
            Library.open(data_dir)
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
    assert (data_dir / "library.sqlite.lock").exists()
    with Library.open(data_dir) as lib:
        assert lib.check()[0].ok


def test_backups_only_when_changed_and_bounded(data_dir, monkeypatch):
    """Opening backs up only a library that changed since the last backup; old ones roll off."""
    monkeypatch.setattr("tillitworkshop.store.backups.BACKUPS_KEPT", 3)
    with Library.open(data_dir) as lib:
        create_session(lib, "A", "skola", "2026-03-12")
    for _ in range(3):
        Library.open(data_dir).close()
    assert len(list_backups(data_dir / "backups")) == 1
    for i in range(5):
        with Library.open(data_dir) as lib:
            create_session(lib, f"S{i}", "omsorg", "2026-03-12")
    Library.open(data_dir).close()
    kept = list_backups(data_dir / "backups")
    assert len(kept) == 3
    assert all(check_file(b).ok for b in kept)
    assert not list((data_dir / "backups").glob(".partial-*"))


def test_check_reports_a_zero_byte_backup(lib, data_dir):
    """A 0-byte file passes SQLite's quick_check, but not ours."""
    create_session(lib, "A", "skola", "2026-03-12")
    lib.backup()
    (data_dir / "backups" / "library-00000000T000000000000Z.sqlite").write_bytes(b"")
    reports = lib.check()
    assert reports[0].ok
    assert [r.ok for r in reports[1:]] == [True, False]
    assert "empty" in reports[2].problems[0]


def test_restore_puts_backup_in_place_and_keeps_current_aside(data_dir):
    """Restoring replaces the library with the backup, and the replaced file is kept."""
    with Library.open(data_dir) as lib:
        create_session(lib, "Före", "skola", "2026-03-12")
        good = lib.backup()
        create_session(lib, "Efter", "skola", "2026-03-13")
    used, aside = restore_backup(data_dir, good.name)
    assert used == good and aside is not None and check_file(aside).ok
    with Library.open(data_dir) as lib:
        assert [s.organisation for s in list_sessions(lib)] == ["Före"]


def test_migration_failing_halfway_changes_nothing(data_dir, monkeypatch):
    """A migration that fails leaves data and user_version as they were, with a backup taken."""
    from tillitworkshop.store import migrations, schema

    with Library.open(data_dir) as lib:
        create_session(lib, "Kvar", "skola", "2026-03-12")

    @migrations.migrations(name="9999_broken")
    def broken(db):
        db.execute("ALTER TABLE sessions ADD COLUMN half TEXT")
        raise RuntimeError("boom")

    monkeypatch.setattr(schema, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    try:
        with pytest.raises(RuntimeError, match="boom"):
            Library.open(data_dir)
    finally:
        migrations.migrations._migrations.pop()
    conn = sqlite3.connect(data_dir / "library.sqlite")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    columns = [r[1] for r in conn.execute("PRAGMA table_info(sessions)")]
    conn.close()
    assert "half" not in columns
    assert list_backups(data_dir / "backups")
