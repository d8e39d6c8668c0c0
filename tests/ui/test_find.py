"""Ctrl+F in a session finds its notes and shows each where it was written."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tillitworkshop.store import notes as note_ops
from tillitworkshop.store import sessions


def selected_text(view) -> str:
    return view.currentIndex().data(Qt.ItemDataRole.EditRole)


def test_find_jumps_from_match_to_match_across_phases(window, lib, qtbot):
    """Typing finds notes in any case; Enter goes to the next, opening its phase and link."""
    sid = sessions.create_session(lib, "Lövhälla kommun", "skola", "2026-03-12").session_id
    note_ops.add_note(lib, sid, "good_meeting", "value", "Tid för mötet")
    note_ops.add_note(lib, sid, "good_meeting", "hinder", "Blanketter")
    note_ops.add_note(lib, sid, "chain", "hinder", "Ingen TID att planera", chain_link="enhetschef")
    note_ops.add_note(lib, sid, "chain", "relationship", "Tid med förvaltningen",
                      relationship="huvudman_forvaltning")
    window.open_session(sid)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = window.find_bar
    assert bar.isVisible() and bar.line.hasFocus()
    bar.line.setText("tid")
    view = window.session
    assert view.phase == "good_meeting" and bar.count.text() == "1 of 3"
    assert selected_text(bar.shown_in) == "Tid för mötet"
    qtbot.keyClick(bar.line, Qt.Key.Key_Return)
    chain = view.pages["chain"]
    assert view.phase == "chain" and chain.links.link() == "enhetschef"
    assert bar.shown_in is chain.links.columns["hinder"].view
    assert selected_text(bar.shown_in) == "Ingen TID att planera"
    qtbot.keyClick(bar.line, Qt.Key.Key_Return)
    assert chain.tabs.currentWidget() is chain.relationships
    assert selected_text(bar.shown_in) == "Tid med förvaltningen"
    qtbot.keyClick(bar.line, Qt.Key.Key_Return)
    assert view.phase == "good_meeting" and bar.count.text() == "1 of 3"
    qtbot.keyClick(bar.line, Qt.Key.Key_Escape)
    assert not bar.isVisible() and bar.shown_in.hasFocus()


def test_find_says_when_nothing_matches_and_in_the_library_finds_sessions(window, lib, qtbot):
    """No match is said, nothing moves; in the library Ctrl+F still goes to the session filter."""
    sid = sessions.create_session(lib, "Lövhälla kommun", "skola", "2026-03-12").session_id
    window.open_session(sid)
    window.find()
    window.find_bar.line.setText("ingenting")
    assert window.find_bar.count.text() == "No note holds “ingenting”"
    assert window.session.phase == "preparation"
    window.show_library()
    assert not window.find_bar.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.library.filter.hasFocus()


def test_find_selects_problems_on_the_board_and_notes_on_other_cards(window, lib, qtbot):
    """A match on the problem board (even under a link filter) or on a card not shown is selected."""
    sid = sessions.create_session(lib, "Lövhälla kommun", "skola", "2026-03-12").session_id
    note_ops.add_note(lib, sid, "problems", "problem", "Dubbel dokumentation",
                      obstacle="detaljstyrning", chain_link="medarbetare")
    note_ops.add_note(lib, sid, "principles", "example", "Dubbelt stöd på skolan", principle="stod")
    window.open_session(sid)
    view = window.session
    view.show_phase("problems")
    board = view.pages["problems"]
    board.bar.filter.setCurrentIndex(board.bar.filter.findData("politik"))
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = window.find_bar
    bar.line.setText("dubbel")
    cards = view.pages["principles"]
    assert view.phase == "principles" and bar.count.text() == "1 of 2"
    assert cards.cards.current() == "stod"
    assert selected_text(bar.shown_in) == "Dubbelt stöd på skolan"
    qtbot.keyClick(bar.line, Qt.Key.Key_Return)
    assert view.phase == "problems" and board.bar.filter.currentIndex() == 0
    assert bar.shown_in is not None and selected_text(bar.shown_in) == "Dubbel dokumentation"
