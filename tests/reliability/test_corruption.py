"""Damaged libraries: detected at open (not at an unlucky query later), the newest good backup
offered, restore sets the damaged file aside under a clear name."""

from __future__ import annotations

import os

import pytest

from tillitworkshop.cli import main
from tillitworkshop.store import Library, LibraryCorrupt, NotALibrary
from tillitworkshop.store.backups import list_backups
from tillitworkshop.store.demo import add_demo
from tillitworkshop.store.restore import restore_backup
from tillitworkshop.store.sessions import list_sessions

from .counts import report


def truncate(data: bytes) -> bytes:
    return data[: len(data) // 3]


def zero_header(data: bytes) -> bytes:
    return b"\x00" * 100 + data[100:]


def garbage_middle(data: bytes) -> bytes:
    middle = len(data) // 2 // 4096 * 4096
    return data[:middle] + os.urandom(4096) + data[middle + 4096:]


def other_type(data: bytes) -> bytes:
    return b"%PDF-1.7\n" + os.urandom(2000)


def empty(data: bytes) -> bytes:
    return b""


DAMAGE = [truncate, zero_header, garbage_middle, other_type, empty]


@pytest.fixture
def damaged_library(tmp_path):
    folder = tmp_path / "lib"
    with Library.open(folder) as lib:
        add_demo(lib)
    with Library.open(folder) as lib:  # changed since the last backup: backed up now
        assert list_backups(folder / "backups")
        lib.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return folder


@pytest.mark.parametrize("damage", DAMAGE, ids=lambda f: f.__name__)
def test_damage_is_detected_at_open_and_backup_restored(damaged_library, damage, capsys):
    """Each kind of damage is refused at open naming the newest good backup; restore recovers."""
    path = damaged_library / "library.sqlite"
    path.write_bytes(damage(path.read_bytes()))
    with pytest.raises((LibraryCorrupt, NotALibrary)) as err:
        Library.open(damaged_library)
    assert "restore library-" in str(err.value)
    assert main(["--data-dir", str(damaged_library), "check"]) == 2
    assert "DAMAGED" in capsys.readouterr().out
    used, aside = restore_backup(damaged_library, "latest")
    assert aside.name.startswith("library-damaged-")
    with Library.open(damaged_library) as lib:
        assert len(list_sessions(lib)) == 1
    report(f"corruption {damage.__name__}", detected_at_open=True, restored=True)


def test_damaged_library_is_never_backed_up(damaged_library):
    """Opening a damaged library refuses before taking a backup, so no bad backup appears."""
    before = list_backups(damaged_library / "backups")
    path = damaged_library / "library.sqlite"
    path.write_bytes(garbage_middle(path.read_bytes()))
    with pytest.raises(LibraryCorrupt):
        Library.open(damaged_library)
    assert list_backups(damaged_library / "backups") == before
