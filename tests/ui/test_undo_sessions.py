"""Undo acts on what is on screen: each session has its own history, the library another."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tillitworkshop.store import notes, ratings, sessions
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


def rated(window, sid: str) -> list[int]:
    return [r.value for r in load_workshop(window.lib, sid).ratings]


def test_a_refused_redo_says_why_and_the_step_stays(fresh, lib):
    """A redo that clashes with a rating written past the history: the status bar says so,
    the step is still there to redo, and redoes once the clash is gone."""
    state = fresh.session.state
    state.do("Rate", lambda: ratings.rate(lib, state.id, "tillit", 3, role="medarbetare"))
    fresh.undo_action.trigger()
    ratings.rate(lib, state.id, "tillit", 4, role="medarbetare")  # not through the window
    fresh.redo_action.trigger()
    assert "Could not undo or redo this change (rating)" in fresh.statusBar().currentMessage()
    assert fresh.hub.stack.index() == 0 and fresh.redo_action.text() == "&Redo Rate"
    assert rated(fresh, state.id) == [4]
    ratings.rate(lib, state.id, "tillit", None, role="medarbetare")
    fresh.redo_action.trigger()
    assert rated(fresh, state.id) == [3] and fresh.hub.stack.index() == 1


def test_a_refused_undo_keeps_the_step_and_those_before_it(fresh, lib):
    """An undo that fails leaves the step undoable, so the next Ctrl+Z cannot skip past it
    to an older step while this one is still applied."""
    state = fresh.session.state
    state.do("Add note", lambda: notes.add_note(lib, state.id, "good_meeting", "value", "Kvar"))
    state.do("Rate", lambda: ratings.rate(lib, state.id, "tillit", 3, role="medarbetare"))
    state.do("Clear", lambda: ratings.rate(lib, state.id, "tillit", None, role="medarbetare"))
    ratings.rate(lib, state.id, "tillit", 5, role="medarbetare")  # not through the window
    fresh.undo_action.trigger()
    assert "clashes" in fresh.statusBar().currentMessage()
    assert fresh.hub.stack.index() == 3 and fresh.undo_action.text() == "&Undo Clear"
    fresh.undo_action.trigger()
    assert fresh.hub.stack.index() == 3 and texts(fresh, state.id) == ["Kvar"]


def test_starting_the_clock_is_not_an_undo_step(fresh, lib):
    """Start and pause leave the undo history as it was; the window still shows them."""
    state = fresh.session.state
    state.do("Add note", lambda: notes.add_note(lib, state.id, "good_meeting", "value", "Kvar"))
    fresh.session.timer.start_pause()
    assert fresh.hub.stack.count() == 1 and fresh.undo_action.text() == "&Undo Add note"
    assert fresh.session.timer.start.text() == "Pause"
