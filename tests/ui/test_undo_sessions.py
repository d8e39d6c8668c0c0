"""Undo acts on what is on screen: each session has its own history, the library another."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tillitworkshop.store import sessions
from tillitworkshop.store.read import load_workshop


def add_note(window, text: str) -> None:
    window.session.show_phase("good_meeting")
    column = window.session.pages["good_meeting"].value
    column.input.setText(text)
    column.add()


def texts(window, sid: str) -> list[str]:
    return [n.text for n in load_workshop(window.lib, sid).notes]


def test_undo_never_reaches_into_another_session(window, lib, qtbot):
    """A note in session A, then session B on screen: Ctrl+Z there leaves A's note alone."""
    a = sessions.create_session(lib, "Lövhälla kommun", "skola", "2026-03-12").session_id
    b = sessions.create_session(lib, "Ekby region", "omsorg", "2026-04-02").session_id
    window.library.refresh()
    window.open_session(a)
    add_note(window, "I session A")
    window.open_session(b)
    assert not window.undo_action.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert texts(window, a) == ["I session A"]


def test_a_sessions_history_comes_back_with_it(window, lib, qtbot):
    """Back in session A after B, Ctrl+Z undoes A's last note and Ctrl+Shift+Z redoes it."""
    a = sessions.create_session(lib, "Lövhälla kommun", "skola", "2026-03-12").session_id
    b = sessions.create_session(lib, "Ekby region", "omsorg", "2026-04-02").session_id
    window.open_session(a)
    add_note(window, "I session A")
    window.open_session(b)
    add_note(window, "I session B")
    window.open_session(a)
    assert window.undo_action.text() == "&Undo Add note"
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert texts(window, a) == [] and texts(window, b) == ["I session B"]
    qtbot.keyClick(window, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert texts(window, a) == ["I session A"]


def test_the_library_undoes_its_own_edits_only(window, lib, qtbot):
    """In the library, Ctrl+Z brings back a deleted session, not the open session's last note."""
    keep = sessions.create_session(lib, "Lövhälla kommun", "skola", "2026-03-12").session_id
    gone = sessions.create_session(lib, "Ekby region", "omsorg", "2026-04-02").session_id
    window.open_session(keep)
    add_note(window, "Stays")
    window.show_library()
    window.library.refresh(select=gone)
    window.library.delete()
    assert window.undo_action.text() == "&Undo Delete session “Ekby region”"
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert {s.id for s in sessions.list_sessions(lib)} == {keep, gone}
    assert texts(window, keep) == ["Stays"]
    assert not window.undo_action.isEnabled()  # the note is undone from its session only
