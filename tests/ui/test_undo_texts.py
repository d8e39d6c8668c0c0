"""The Edit menu says what Undo will undo, in the window's language, singular or plural."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QItemSelectionModel

from tillitworkshop.ui.shell import i18n

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module", autouse=True)
def compiled():
    """The .qm files, compiled from the .ts as `make translations` does."""
    subprocess.run([sys.executable, str(REPO / "build_installer.py"), "--translations-only"],
                   check=True, capture_output=True)


@pytest.fixture
def speaking(fresh, qtbot):
    """The window with a fresh session, in a chosen language (back to none afterwards)."""

    def switch(lang: str):
        fresh.set_language(lang)
        QCoreApplication.processEvents()  # the window rebuilds itself once, on the next turn
        qtbot.waitUntil(lambda: not fresh._retranslating)
        return fresh

    yield switch
    i18n.translations().reset()


def delete_notes(window, count: int) -> None:
    window.session.show_phase("good_meeting")
    column = window.session.pages["good_meeting"].value
    for i in range(count):
        column.input.setText(f"Anteckning {i}")
        column.add()
    selection = column.view.selectionModel()
    selection.clearSelection()
    for row in range(count):
        selection.select(column.model.index(row), QItemSelectionModel.SelectionFlag.Select)
    column.delete()


@pytest.mark.parametrize(("lang", "count", "text"), [
    ("en", 1, "&Undo Delete 1 note"),
    ("en", 3, "&Undo Delete 3 notes"),
    ("sv", 3, "&Ångra Ta bort 3 anteckningar"),
])
def test_deleting_notes_names_how_many(speaking, lang, count, text):
    """"Delete 1 note", "Delete 3 notes"; in Swedish the same with Swedish plural forms."""
    window = speaking(lang)
    delete_notes(window, count)
    assert window.undo_action.text() == text


def test_removing_time_boxes_names_how_many(speaking):
    """Two time boxes removed at once: "Remove 2 time boxes", one step."""
    window = speaking("en")
    window.session.show_phase("preparation")
    editor = window.session.pages["preparation"].agenda
    for row in (0, 1):
        editor.table.selectionModel().select(
            editor.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    editor.remove_selected()
    assert window.undo_action.text() == "&Undo Remove 2 time boxes"
    assert window.redo_action.text() == "&Redo"
