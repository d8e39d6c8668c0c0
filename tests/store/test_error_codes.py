"""The store's errors carry a code and params beside their English text, so the window can
say them in its own language; the text the CLI prints is unchanged."""

from __future__ import annotations

import pytest

from tillitworkshop.domain import ValidationError
from tillitworkshop.store import Library, LibraryLocked, NotALibrary, NotFound, StorageError, paths
from tillitworkshop.store import agenda as agenda_ops
from tillitworkshop.store.notes import add_note
from tillitworkshop.store.sessions import create_session, get_row


def test_the_store_s_own_field_errors_have_codes(lib):
    """An empty time box title and an unknown phase: coded like the domain's checks."""
    sid = create_session(lib, "Lövhälla kommun", "skola", "2026-03-12").session_id
    with pytest.raises(ValidationError) as refused:
        agenda_ops.add_item(lib, sid, " ", 2000, "lunch")
    codes = {e.field: e.code for e in refused.value.errors}
    assert codes == {"title": "empty", "minutes": "out_of_range", "phase": "unknown_value"}


def test_a_full_disk_is_coded_disk_full_with_the_library_path(lib):
    """The StorageError of a full disk: code disk_full, the path in params, English unchanged."""
    sid = create_session(lib, "Lövhälla kommun", "skola", "2026-03-12").session_id
    pages = lib.db.execute("PRAGMA page_count").fetchone()[0]
    lib.db.execute(f"PRAGMA max_page_count = {pages}")
    try:
        with pytest.raises(StorageError) as err:
            for i in range(50):
                add_note(lib, sid, "good_meeting", "value", f"Lång text {i} " + "ä" * 20_000)
    finally:
        lib.db.execute("PRAGMA max_page_count = 1073741823")
    assert err.value.code == "disk_full" and err.value.params["path"] == str(lib.path)
    assert str(err.value).startswith("This edit was not stored: the disk is full.")


def test_opening_errors_have_codes(tmp_path, lib, data_dir):
    """Locked, not a library, not found: each names its case."""
    with pytest.raises(LibraryLocked) as locked:
        Library.open(data_dir)
    assert locked.value.code == "locked" and locked.value.params["pid"] is not None
    other = tmp_path / "other"
    other.mkdir()
    paths.library_path(other).write_bytes(b"")
    with pytest.raises(NotALibrary) as empty:
        Library.open(other)
    assert empty.value.code == "empty_file" and "backup" in empty.value.params
    with pytest.raises(NotFound) as missing:
        get_row(lib, "nope")
    assert missing.value.code == "no_row" and missing.value.params["id"] == "nope"
