"""Time boxes added and removed in the agenda, each an undoable step."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt

from tillitworkshop.store.read import load_workshop


def agenda(window):
    window.session.show_phase("preparation")
    return window.session.pages["preparation"].agenda


def titles(window) -> list[str]:
    return [a.title for a in load_workshop(window.lib, window.session.state.id).agenda]


def test_add_a_time_box_by_keyboard_and_undo_it(fresh, qtbot):
    """Title, Enter: a 20-minute break at the end of the day; Ctrl+Z takes it away again."""
    editor = agenda(fresh)
    before = titles(fresh)
    editor.new_minutes.setValue(20)
    editor.new_phase.setCurrentIndex(editor.new_phase.findData(None))
    qtbot.keyClicks(editor.new_title, "Fika")
    qtbot.keyClick(editor.new_title, Qt.Key.Key_Return)
    stored = load_workshop(fresh.lib, fresh.session.state.id).agenda
    assert [a.title for a in stored] == [*before, "Fika"]
    assert (stored[-1].minutes, stored[-1].phase) == (20, None)
    assert editor.model.rowCount() == len(before) + 1 and editor.new_title.text() == ""
    assert fresh.undo_action.text() == "&Undo Add time box"
    fresh.undo_action.trigger()
    assert titles(fresh) == before


def test_an_unnamed_time_box_is_hinted_not_added(fresh, qtbot):
    """Enter on an empty title says what to do and adds nothing."""
    editor = agenda(fresh)
    before = titles(fresh)
    qtbot.keyClick(editor.new_title, Qt.Key.Key_Return)
    assert editor.hint.isVisible() and titles(fresh) == before


def test_remove_time_boxes_with_delete_as_one_undo_step(fresh, qtbot):
    """Two selected time boxes go with Delete; one Ctrl+Z brings both back, in place."""
    editor = agenda(fresh)
    before = titles(fresh)
    selection = editor.table.selectionModel()
    for row in (1, 2):
        selection.select(editor.model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)
    editor.table.setFocus()
    qtbot.keyClick(editor.table, Qt.Key.Key_Delete)
    assert titles(fresh) == [before[0], *before[3:]]
    assert fresh.undo_action.text() == "&Undo Remove 2 time box(es)"
    fresh.undo_action.trigger()
    assert titles(fresh) == before
