"""Upgrades from every shipped schema version; a second instance; a read-only folder."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tillitworkshop.store import Library, LibraryError, LibraryLocked
from tillitworkshop.store.read import load_workshop
from tillitworkshop.store.schema import SCHEMA_VERSION
from tillitworkshop.store.sessions import list_sessions

FIXTURES = Path(__file__).parent.parent / "fixtures"
# One library per schema version ever shipped, made with that version's code.
SHIPPED = sorted(FIXTURES.glob("library-v*.sqlite"))


def test_a_fixture_exists_for_every_schema_version():
    """Adding a migration without a fixture of the version before it fails here."""
    versions = {int(p.stem.split("-v")[1]) for p in SHIPPED}
    assert versions == set(range(1, SCHEMA_VERSION + 1))


def test_the_schema_version_counts_the_migrations():
    """``SCHEMA_VERSION`` is written out (so that opening a library need not import
    sqlite-utils); it must still be the number of migrations, in sqlite-utils' table."""
    from sqlite_utils.migrations import Migrations

    from tillitworkshop.store.migrations import migrations
    from tillitworkshop.store.schema import MIGRATIONS_TABLE

    assert len(migrations._migrations) == SCHEMA_VERSION
    assert Migrations.migrations_table == MIGRATIONS_TABLE


@pytest.mark.parametrize("fixture", SHIPPED, ids=lambda p: p.stem)
def test_every_shipped_library_opens_with_its_data(tmp_path, fixture):
    """A library of each shipped version opens (upgraded if older), with the demo day intact."""
    folder = tmp_path / "lib"
    folder.mkdir()
    shutil.copyfile(fixture, folder / "library.sqlite")
    with Library.open(folder) as lib:
        assert lib.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert lib.check()[0].ok
        (summary,) = list_sessions(lib)
        w = load_workshop(lib, summary.id)
    assert summary.organisation.startswith("Lövhälla")
    assert (len(w.participants), len(w.notes), len(w.commitments)) == (14, 101, 9)
    assert w.vote_mode == "participant"  # 0002 gave older sessions the default


def test_second_instance_is_refused_without_damage(tmp_path):
    """A second open of the same library in this process is refused; the first goes on working."""
    folder = tmp_path / "lib"
    with Library.open(folder) as first:
        with pytest.raises(LibraryLocked, match="already open"):
            Library.open(folder)
        assert first.check()[0].ok


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                    reason="root ignores permission bits, so a read-only folder cannot be made")
def test_read_only_folder_gives_a_clear_message(tmp_path):
    """A data folder the user may not write to is named in the message, and nothing is created."""
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(LibraryError, match="Cannot write in"):
            Library.open(folder)
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)
