"""Nothing typed is lost: every entry line and form keeps what was typed and not submitted
when the facilitator goes to another page, another session, another language, or quits."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from tillitworkshop.store import Library, drafts, sessions
from tillitworkshop.store.read import load_workshop
from tillitworkshop.ui.shell import i18n

# Every entry line of every page: (phase, how to find it on the page, a name for the test).
LINES = [
    ("preparation", lambda p: p.roster.name, "participant name"),
    ("preparation", lambda p: p.roster.unit, "participant unit"),
    ("preparation", lambda p: p.agenda.new_title, "time box"),
    ("good_meeting", lambda p: p.value.input, "good meeting value"),
    ("good_meeting", lambda p: p.hinder.input, "good meeting hinder"),
    ("chain", lambda p: p.links.columns["value"].input, "chain value"),
    ("chain", lambda p: p.links.columns["signal"].input, "chain signal"),
    ("chain", lambda p: p.links.columns["hinder"].input, "chain hinder"),
    ("chain", lambda p: p.links.columns["need"].input, "chain need"),
    ("chain", lambda p: p.relationships.notes.input, "relationship note"),
    ("principles", lambda p: p.cards.reflection.input, "reflection"),
    ("principles", lambda p: p.cards.example.input, "example"),
    ("problems", lambda p: p.bar.input, "problem"),
    ("commitments", lambda p: p.what, "commitment what"),
    ("commitments", lambda p: p.first, "commitment first step"),
    ("commitments", lambda p: p.indicator, "commitment indicator"),
    ("followup", lambda p: p.note, "status note"),
]
# Session fields refuse a bad value and keep it: it must be there again too.
REFUSED = [
    ("preparation", lambda p: p.form.date, "12 mars"),
    ("commitments", lambda p: p.due, "31/3"),
    ("closing", lambda p: p.follow_up, "snart"),
]


def line_of(window, phase, find):
    window.session.show_phase(phase)
    return find(window.session.pages[phase])


def type_into(line, text: str) -> None:
    """As the facilitator types: key by key (one key outside ASCII, sent on its own)."""
    line.setFocus()
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, line, Qt.Key.Key_unknown, ch,
                           Qt.KeyboardModifier.NoModifier)


def fill_every_line(window, qtbot):
    typed = {}
    for phase, find, name in LINES:
        line = line_of(window, phase, find)
        text = f"Utkast för {name}"
        type_into(line, text)
        typed[name] = text
    for phase, find, text in REFUSED:
        line = line_of(window, phase, find)
        line.selectAll()
        type_into(line, text)
        QTest.keyClick(line, Qt.Key.Key_Return)  # refused: stays, marked, with its reason
        typed[text] = text
    return typed


def assert_every_line(window, typed):
    for phase, find, name in LINES:
        assert line_of(window, phase, find).text() == typed[name], name
    for phase, find, text in REFUSED:
        assert line_of(window, phase, find).text() == text, phase


def test_every_line_keeps_its_text_across_pages_sessions_languages_and_quitting(
        make_window, data_dir, lib, demo_id, qtbot):
    window = make_window(lib)
    window.open_session(demo_id)
    typed = fill_every_line(window, qtbot)
    # Another page, and back: each line is checked after the page was left for another.
    assert_every_line(window, typed)
    # Another session, and back.
    other = sessions.create_session(lib, "Annan kommun", "omsorg", "2026-11-02").session_id
    window.open_session(other)
    assert window.session.pages["preparation"].roster.name.text() == ""
    window.open_session(demo_id)
    assert_every_line(window, typed)
    # Another language: the window is built again.
    before = window.session
    window.set_language("en")
    qtbot.waitUntil(lambda: window.session is not before)
    assert_every_line(window, typed)
    i18n.translations().reset()
    # Quit, and open the library again.
    window.close()
    QCoreApplication.processEvents()
    lib.close()
    with Library.open(data_dir) as again:
        second = make_window(again)
        second.open_session(demo_id)
        assert_every_line(second, typed)
        second.close()


def test_a_pause_in_typing_stores_the_draft_without_leaving(fresh, qtbot):
    """The crash case: after a short pause the draft is in the library, the line still focused."""
    state = fresh.session.state
    line = line_of(fresh, "good_meeting", lambda p: p.value.input)
    type_into(line, "Vi lyssnar")
    assert drafts.get(state.lib, state.id, "note/good_meeting/value") is None  # not per key
    qtbot.waitUntil(lambda: drafts.get(state.lib, state.id, "note/good_meeting/value")
                    == "Vi lyssnar")
    QTest.keyClick(line, Qt.Key.Key_Return)
    assert line.text() == ""
    assert drafts.of_session(state.lib, state.id) == {}  # submitted: no draft left


def test_a_chain_link_keeps_its_own_draft(demo, qtbot):
    """The chain's entry lines are per link: each link's unsent text comes back with it."""
    demo.session.show_phase("chain")
    page = demo.session.pages["chain"].links
    column = page.columns["value"]
    page.chain.setCurrentIndex(page.chain.model().index(0, 0))
    type_into(column.input, "Första länken")
    page.chain.setCurrentIndex(page.chain.model().index(1, 0))
    assert column.input.text() == ""
    page.chain.setCurrentIndex(page.chain.model().index(0, 0))
    assert column.input.text() == "Första länken"


def test_the_commitment_form_keeps_a_new_one_and_stores_a_made_one_field_by_field(demo, qtbot):
    """A new commitment's lines and choices survive a reload; a made one stores a line as
    it is left, without Ctrl+Return."""
    state = demo.session.state
    demo.session.show_phase("commitments")
    p = demo.session.pages["commitments"]
    p.new()
    type_into(p.what, "Färre mål")
    p.role.setCurrentIndex(p.role.findData("enhetschef"))
    p.role.activated.emit(p.role.currentIndex())
    qtbot.waitUntil(lambda: drafts.get(state.lib, state.id, "commitment/new/choices") is not None)
    state.reload()  # e.g. an undo elsewhere: the form is filled again
    assert p.what.text() == "Färre mål" and p.role.currentData() == "enhetschef"
    # A made one: leave the line, and it is stored.
    p.list.setCurrentIndex(p.model.index(0))
    cid = p.editing
    p.first.setFocus()
    p.first.selectAll()
    type_into(p.first, "Möte på måndag")
    p.indicator.setFocus()
    stored = next(c for c in load_workshop(state.lib, state.id).commitments if c.id == cid)
    assert stored.first_step == "Möte på måndag"
    demo.undo_action.trigger()
    stored = next(c for c in load_workshop(state.lib, state.id).commitments if c.id == cid)
    assert stored.first_step != "Möte på måndag"


def test_leaving_the_new_session_dialog_with_a_name_asks(window, qtbot):
    """No session to keep a draft in yet: Escape asks, and Cancel keeps the dialog open."""
    dialog = window.library.new_session()
    type_into(dialog.organisation, "Lövhälla kommun")
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save]
    dialog.ask_leave = lambda: answers.pop(0)
    dialog.reject()
    assert dialog.created is None and dialog.result() == 0 and dialog.isVisible()
    dialog.reject()  # "Create"
    assert dialog.created is not None


@pytest.mark.parametrize("answer", [QMessageBox.StandardButton.Discard])
def test_discarding_in_the_new_session_dialog_closes_it(window, qtbot, answer):
    dialog = window.library.new_session()
    type_into(dialog.organisation, "Lövhälla kommun")
    dialog.ask_leave = lambda: answer
    dialog.reject()
    assert dialog.created is None and not dialog.isVisible()


def test_a_note_being_edited_in_its_list_is_stored_when_the_window_is_rebuilt(demo, qtbot):
    """F2 on a note, text typed, then the language switched (or the session closed) before
    Enter: the edit is stored, not thrown away with the editor."""
    from PySide6.QtWidgets import QAbstractItemView

    demo.session.show_phase("good_meeting")
    column = demo.session.pages["good_meeting"].value
    state = demo.session.state
    index = column.model.index(0)
    nid = column.model.note(0).id
    column.view.setCurrentIndex(index)
    column.view.edit(index)
    assert column.view.state() == QAbstractItemView.State.EditingState
    editor = column.view.indexWidget(index) or QApplication.focusWidget()
    editor.selectAll() if hasattr(editor, "selectAll") else None
    type_into(editor, "Ändrad i listan")
    before = demo.session
    menu = demo.language_actions["en"].parent()  # chosen from the menu, as the facilitator does
    menu.popup(demo.mapToGlobal(demo.rect().center()))
    qtbot.waitUntil(menu.isVisible)
    demo.language_actions["en"].trigger()
    menu.close()
    qtbot.waitUntil(lambda: demo.session is not before)
    assert state.lib.query_one("SELECT text FROM notes WHERE id = ?", [nid])["text"] \
        == "Ändrad i listan"
