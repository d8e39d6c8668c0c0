"""A full disk in the window: the message is clear, the typed text survives, and retry works."""

from __future__ import annotations

from tillitworkshop.store import sessions
from tillitworkshop.store.read import load_workshop


def test_a_note_typed_on_a_full_disk_is_kept_and_stored_once_there_is_room(window, lib):
    """Disk full: banner and status bar say so, the note stays in the field; with room, Enter stores it."""
    sid = sessions.create_session(lib, "Lövhälla kommun", "skola", "2026-03-12").session_id
    window.open_session(sid)
    window.session.show_phase("good_meeting")
    column = window.session.pages["good_meeting"].value
    pages = lib.db.execute("PRAGMA page_count").fetchone()[0]
    lib.db.execute(f"PRAGMA max_page_count = {pages}")
    long_note = "Ett långt inlägg om tillit i mötet. " * 3000
    column.input.setText(long_note)
    column.input.returnPressed.emit()
    assert window.banner.isVisible() and "disk is full" in window.banner.text()
    assert "disk is full" in window.statusBar().currentMessage()
    assert window.stored.text() == "The last edit was not stored"
    assert column.input.text() == long_note
    assert load_workshop(lib, sid).notes == []
    assert not window.undo_action.isEnabled()
    lib.db.execute("PRAGMA max_page_count = 1073741823")
    column.input.returnPressed.emit()
    assert [n.text for n in load_workshop(lib, sid).notes] == [long_note]
    assert column.input.text() == "" and not window.banner.isVisible()
    assert window.stored.text().startswith("All changes stored")
