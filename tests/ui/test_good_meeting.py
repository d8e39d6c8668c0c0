"""Det goda mötet: two lists filled from the keyboard; edit, delete, reorder, undo; bad input."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tillitworkshop.store.read import load_workshop


def page(window):
    window.session.show_phase("good_meeting")
    return window.session.pages["good_meeting"]


def texts(column):
    return [column.model.note(r).text for r in range(column.model.rowCount())]


def type_text(widget, text):
    """Type any text, one character at a time (QTest's keyClicks aborts on non-ASCII)."""
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch,
                           Qt.KeyboardModifier.NoModifier)


def test_type_enter_next(fresh, qtbot):
    """Type, Enter, type, Enter: two notes in order, the line empty and focused for the next."""
    value = page(fresh).value
    assert value.input.hasFocus()
    qtbot.keyClicks(value.input, "Time to listen")
    qtbot.keyClick(value.input, Qt.Key.Key_Return)
    type_text(value.input, "Att bli sedd 🙂")
    qtbot.keyClick(value.input, Qt.Key.Key_Return)
    assert texts(value) == ["Time to listen", "Att bli sedd 🙂"]
    assert value.input.text() == "" and value.input.hasFocus()
    stored = load_workshop(fresh.lib, fresh.session.state.id).notes_in("good_meeting", "value")
    assert [n.text for n in stored] == texts(value)


def test_alt_2_goes_to_the_second_list(fresh, qtbot):
    """Alt+2 jumps to "what hinders"; its notes are stored with that kind."""
    p = page(fresh)
    qtbot.keyClick(fresh, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert p.hinder.input.hasFocus()
    qtbot.keyClicks(p.hinder.input, "Forms")
    qtbot.keyClick(p.hinder.input, Qt.Key.Key_Return)
    assert [n.kind for n in fresh.session.state.workshop.notes] == ["hinder"]


def test_empty_note_is_hinted_not_stored(fresh, qtbot):
    """Enter on an empty line says what to do and stores nothing."""
    value = page(fresh).value
    qtbot.keyClicks(value.input, "   ")
    qtbot.keyClick(value.input, Qt.Key.Key_Return)
    assert value.hint.isVisible() and "Write the note first" in value.hint.text()
    assert fresh.session.state.workshop.notes == []


def test_attribution_to_a_participant_or_a_role(demo):
    """A note can be said by a participant or by a role, and the list shows who."""
    value = page(demo).value
    p = demo.session.state.workshop.participants[0]
    value.said_by.setCurrentIndex(value.said_by.findData(f"participant:{p.id}"))
    value.input.setText("Tydliga mål")
    nid = value.add()
    assert demo.session.state.notes[nid].participant_id == p.id
    assert p.name in value.model.index(value.model.row_of(nid)).data()
    value.said_by.setCurrentIndex(value.said_by.findData("role:medborgare"))
    value.input.setText("Kontinuitet")
    nid = value.add()
    assert demo.session.state.notes[nid].role == "medborgare"


def test_edit_delete_and_reorder_each_undoable(fresh, qtbot):
    """F2-style edit, Delete and Alt+Up each make one undo step that restores the list."""
    value = page(fresh).value
    for text in ("a", "b", "c"):
        value.input.setText(text)
        value.add()
    m = value.model
    assert m.setData(m.index(0), "A") is True
    assert m.setData(m.index(0), "") is False and "cannot be empty" in value.hint.text()
    value.view.setFocus()
    value.view.setCurrentIndex(m.index(2))
    qtbot.keyClick(value.view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert texts(value) == ["A", "c", "b"]
    assert value.view.currentIndex().row() == 1
    qtbot.keyClick(value.view, Qt.Key.Key_Delete)
    assert texts(value) == ["A", "b"]
    fresh.undo_action.trigger()
    assert texts(value) == ["A", "c", "b"]
    fresh.undo_action.trigger()
    assert texts(value) == ["A", "b", "c"]
    fresh.undo_action.trigger()
    assert texts(value) == ["a", "b", "c"]
    fresh.redo_action.trigger()
    assert texts(value) == ["A", "b", "c"]


def test_ctrl_z_in_the_empty_entry_line_undoes_the_last_note(fresh, qtbot):
    """After type-Enter, Ctrl+Z in the (now empty) line undoes the note, not the typing."""
    value = page(fresh).value
    qtbot.keyClicks(value.input, "oops")
    qtbot.keyClick(value.input, Qt.Key.Key_Return)
    qtbot.keyClick(value.input, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert texts(value) == []
    qtbot.keyClicks(value.input, "typing")
    qtbot.keyClick(value.input, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert value.input.text() == ""  # the line's own undo, while it has some


def test_long_emoji_and_right_to_left_notes(fresh):
    """A 100,000-character note is stored whole and shown shortened; emoji and RTL round-trip."""
    value = page(fresh).value
    long = "Lång mening om tillit. " * 4348
    assert len(long) > 100_000
    value.input.setText(long)
    nid = value.add()
    shown = value.model.index(value.model.row_of(nid)).data()
    assert len(shown) < 500 and shown.endswith(")")
    assert fresh.session.state.notes[nid].text == long
    for text in ("مرحبا بالثقة", "שלום", "👩🏽‍⚕️🤝🧑‍🎓"):
        value.input.setText(text)
        value.add()
    stored = [n.text for n in load_workshop(fresh.lib, fresh.session.state.id).notes]
    assert stored[1:] == ["مرحبا بالثقة", "שלום", "👩🏽‍⚕️🤝🧑‍🎓"]


def test_editing_in_the_list_keeps_a_long_multiline_note_whole(fresh, qtbot):
    """F2 opens an editor holding the whole note; Enter stores it; nothing is cut."""
    value = page(fresh).value
    long = "rad ett\nrad två " + "x" * 60_000
    value.input.setText("kort")
    value.add()
    value.view.setFocus()
    value.view.setCurrentIndex(value.model.index(0))
    qtbot.keyClick(value.view, Qt.Key.Key_F2)
    editor = value.view.indexWidget(value.model.index(0)) or value.view.focusWidget()
    assert editor.toPlainText() == "kort"
    editor.setPlainText(long)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert value.model.note(0).text == long
    fresh.undo_action.trigger()
    assert value.model.note(0).text == "kort"
