"""The session library: list, create, open, duplicate, delete with undo, import, export."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from tillitworkshop.store import sessions
from tillitworkshop.store.read import load_workshop
from tillitworkshop.store.sessions import list_sessions
from tillitworkshop.ui.shell.session_model import DATE, ORGANISATION, PROGRESS, SECTOR


def test_empty_library_offers_the_demo_session(window, qtbot):
    """An empty library shows the offer; one click adds the demo session."""
    assert window.library.empty.isVisible()
    qtbot.mouseClick(window.library.demo_button, Qt.MouseButton.LeftButton)
    assert not window.library.empty.isVisible()
    assert window.library.model.rowCount() == 1


def test_sessions_show_organisation_sector_date_and_progress(window, demo_id):
    """Each row names the organisation, sector (in Swedish), date and how far the day came."""
    window.library.refresh()
    m = window.library.model
    row = [m.index(0, c).data() for c in (ORGANISATION, SECTOR, DATE, PROGRESS)]
    assert row[0].startswith("Lövhälla kommun")
    assert row[1] == "Skola"
    assert row[2] == load_workshop(window.lib, demo_id).date
    assert "Avslutning (7/8)" in row[3] and "14" in row[3] and "101" in row[3]


def test_new_session_refuses_bad_input_then_creates_and_opens(window, qtbot):
    """The new-session dialog hints at a missing name and a non-date, then creates and opens."""
    window.new_action.trigger()
    dialog = window.library.dialog
    dialog.organisation.setText("")
    dialog.date.setText("12 mars")
    dialog.create()
    assert dialog.isVisible() and "12 mars" in dialog.hint.text() and dialog.hint.isVisible()
    assert list_sessions(window.lib) == []
    dialog.organisation.setText("Region Norrfjäll")
    dialog.date.setText("2026-05-04")
    dialog.create()
    assert window.session is not None
    assert window.session.state.workshop.organisation == "Region Norrfjäll"


def test_open_with_enter_from_the_table(window, demo_id, qtbot):
    """Enter on a selected session opens it."""
    window.library.refresh()
    window.library.table.setFocus()
    qtbot.keyClick(window.library.table, Qt.Key.Key_Return)
    assert window.session is not None and window.session.state.id == demo_id


def test_duplicate_as_template_copies_roster_and_agenda_not_notes(window, demo_id):
    """A template carries the roster and agenda; the notes stay behind."""
    window.library.refresh()
    window.library.duplicate()
    assert window.library.model.rowCount() == 2
    new = next(s for s in list_sessions(window.lib) if s.id != demo_id)
    w = load_workshop(window.lib, new.id)
    assert len(w.participants) == 14 and w.notes == [] and len(w.agenda) == 10


def test_delete_session_then_undo_and_redo(window, demo_id, qtbot):
    """Deleting needs no confirmation because Ctrl+Z brings the whole session back."""
    window.library.refresh()
    window.library.table.setFocus()
    qtbot.keyClick(window.library.table, Qt.Key.Key_Delete)
    assert list_sessions(window.lib) == []
    assert "Undo" in window.library.notice.text()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(load_workshop(window.lib, demo_id).notes) == 101
    assert window.library.model.rowCount() == 1
    window.redo_action.trigger()
    assert list_sessions(window.lib) == []


def test_deleting_the_open_session_returns_to_the_library(demo, demo_id):
    """Deleting the session on screen closes it; undo makes it openable again."""
    demo.show_library()
    demo.library.delete()
    assert demo.session is None and demo.pages.currentWidget() is demo.library
    demo.undo_action.trigger()
    demo.library.open_selected()
    assert demo.session.state.id == demo_id


def test_export_then_import_round_trip_and_undo_import(window, demo_id, tmp_path):
    """Export writes the interchange file; importing it adds a copy; undo removes the copy."""
    window.library.refresh()
    target = tmp_path / "dag.json"
    window.library.ask_export_path = lambda suggested: str(target)
    assert window.library.export_session() == str(target)
    assert json.loads(target.read_text(encoding="utf-8"))["format"] == "tillitworkshop.session"
    window.library.ask_import_path = lambda: str(target)
    window.library.import_session()
    assert window.library.model.rowCount() == 2
    window.undo_action.trigger()
    assert window.library.model.rowCount() == 1


def test_import_of_a_bad_file_is_an_inline_hint(window, tmp_path):
    """A file that is not a session is refused with the reason shown; nothing is added."""
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "something else"}', encoding="utf-8")
    window.library.ask_import_path = lambda: str(bad)
    window.library.import_session()
    assert window.library.hint.isVisible() and "nothing was changed" in window.library.hint.text()
    assert list_sessions(window.lib) == []


def test_find_filters_the_sessions(window, demo_id, qtbot):
    """Ctrl+F goes to the filter; typing hides sessions that do not match."""
    window.library.refresh()
    window.library.duplicate()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.library.filter.hasFocus()
    qtbot.keyClicks(window.library.filter, "zzz")
    assert window.library.proxy.rowCount() == 0
    window.library.filter.clear()
    assert window.library.proxy.rowCount() == 2


def test_portable_session_file_export_and_import(window, demo_id, tmp_path):
    """A .tillit file is written (SQLite, one session) and imported back as a copy; undo removes it."""
    window.library.refresh()
    target = tmp_path / "dag"
    window.library.ask_export_path = lambda suggested: str(target)
    written = window.library.export_session()
    assert written == str(tmp_path / "dag.tillit")
    assert (tmp_path / "dag.tillit").read_bytes()[:16] == b"SQLite format 3\x00"
    window.library.ask_import_path = lambda: written
    window.library.import_session()
    copies = [s for s in list_sessions(window.lib) if s.id != demo_id]
    assert len(copies) == 1
    assert len(load_workshop(window.lib, copies[0].id).notes) == \
        len(load_workshop(window.lib, demo_id).notes)
    window.undo_action.trigger()
    assert [s.id for s in list_sessions(window.lib)] == [demo_id]


def test_the_default_export_name_is_one_safe_file_name(window, lib):
    """An organisation with a slash, dots or 200 letters gives one name in the chosen folder."""
    suggested: list[str] = []
    window.library.ask_export_path = lambda name: suggested.append(name) or ""
    for organisation in ("Vård/omsorg Norr", "../../../x"):
        sessions.create_session(lib, organisation, "skola", "2026-03-12")
        window.library.refresh()
        window.library.filter.setText(organisation)
        window.library.table.selectRow(0)
        window.library.export_session()
    # Named in the window's language (English here: no translation installed).
    assert suggested == ["Session file Vård-omsorg Norr 2026-03-12.tillit",
                         "Session file ..-..-..-x 2026-03-12.tillit"]
    assert all("/" not in name for name in suggested)


def test_import_of_a_huge_value_is_a_short_hint(window, tmp_path):
    """A 5 MB note kind is refused with a hint of a few lines, not the value."""
    from tillitworkshop.store.demo import demo_document

    doc = demo_document()
    doc["notes"][0]["kind"] = "k" * 5_000_000
    doc["notes"][1]["kind"] = "k" * 900_000
    path = tmp_path / "s.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    window.library.ask_import_path = lambda: str(path)
    window.library.import_session()
    assert "nothing was changed" in window.library.hint.text()
    assert len(window.library.hint.text()) < 1000
    assert list_sessions(window.lib) == []
