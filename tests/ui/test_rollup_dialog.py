"""File → Roll up sessions…: the dialog rolls files and folders up off the UI thread, with
progress and Cancel, and opens the report when done."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from tests.rollup.conftest import write_sessions
from tillitworkshop.ui.common import export_paths


@pytest.fixture
def dialog(window):
    window.rollup_action.trigger()
    return window.rollup_dialog


def test_the_menu_opens_the_dialog_and_a_roll_up_opens_its_report(dialog, tmp_path, loop):
    """The inputs are rolled up in the executor, the bar counts them, the PDF opens."""
    write_sessions(tmp_path / "in", 3)
    (tmp_path / "in" / "broken.json").write_text("{", encoding="utf-8")
    assert dialog.isVisible()
    dialog.add_inputs([str(tmp_path / "in"), str(tmp_path / "in")])  # once only
    assert dialog.inputs.count() == 1
    dialog.output.setText(str(tmp_path / "programme.sqlite"))
    opened = []
    dialog.open_file = opened.append
    written = loop.run_until_complete(dialog.run())
    assert written == tmp_path / "programme.sqlite"
    with sqlite3.connect(written) as conn:
        assert conn.execute("SELECT COUNT(*) FROM sessions").fetchone()[0] == 3
    assert opened == [tmp_path / "programme.pdf"] and (tmp_path / "programme.pdf").exists()
    assert dialog.progress.value() == dialog.progress.maximum() == 4
    assert "broken.json: is not valid JSON" in dialog.log.toPlainText()
    assert "3 sessions from 3 sites" in dialog.log.toPlainText()  # the window is in English
    assert dialog.run_button.isEnabled() and not dialog.cancel.isVisible()


def test_a_cancelled_roll_up_writes_nothing(dialog, tmp_path, loop):
    write_sessions(tmp_path / "in", 2)
    dialog.add_inputs([str(tmp_path / "in")])
    dialog.output.setText(str(tmp_path / "programme.sqlite"))
    dialog.open_file = lambda path: pytest.fail("opened a file after a cancel")
    dialog._cancel.set()
    dialog._cancel.clear = lambda: None  # stays cancelled from the start
    assert loop.run_until_complete(dialog.run()) is None
    assert "cancelled" in dialog.hint.text()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "in"]  # the library, the inputs


def test_an_existing_output_is_said_in_the_dialog(dialog, tmp_path, loop):
    write_sessions(tmp_path / "in", 1)
    (tmp_path / "programme.sqlite").write_bytes(b"earlier")
    dialog.add_inputs([str(tmp_path / "in")])
    dialog.output.setText(str(tmp_path / "programme.sqlite"))
    assert loop.run_until_complete(dialog.run()) is None
    assert "programme.sqlite exists; tick “Replace existing files”" in dialog.hint.text()
    assert (tmp_path / "programme.sqlite").read_bytes() == b"earlier"


def test_an_output_in_a_missing_folder_is_said_in_the_dialog(dialog, tmp_path, loop):
    write_sessions(tmp_path / "in", 1)
    dialog.add_inputs([str(tmp_path / "in")])
    dialog.output.setText(str(tmp_path / "gone" / "programme.sqlite"))
    assert loop.run_until_complete(dialog.run()) is None
    assert f"the folder {tmp_path / 'gone'} does not exist" in dialog.hint.text()


def test_the_windows_own_library_is_rolled_up_while_open(dialog, lib, demo_id, tmp_path, loop):
    """The library the window has open is read through a snapshot; the window goes on."""
    from tillitworkshop.store import sessions

    dialog.add_inputs([str(lib.folder)])
    dialog.output.setText(str(tmp_path / "own.sqlite"))
    dialog.report.setChecked(False)
    opened = []
    dialog.open_file = opened.append
    assert loop.run_until_complete(dialog.run()) == tmp_path / "own.sqlite"
    assert opened == [tmp_path]  # no report: the folder
    with sqlite3.connect(tmp_path / "own.sqlite") as conn:
        assert conn.execute("SELECT organisation FROM sessions").fetchone()[0].startswith("Lövhälla")
    sessions.create_session(lib, "Efter", "skola", "2026-03-12")  # the library is still ours


def test_its_file_dialogs_open_in_the_last_folder_used_and_remember_theirs(dialog, window,
                                                                           monkeypatch, tmp_path):
    """Like the other exports: the dialogs open in the folder last exported to (the main
    window's setting), and the roll-up's output folder is the next export's start."""
    (tmp_path / "last").mkdir()
    (tmp_path / "out").mkdir()
    window.settings.set(export_paths.SETTING, str(tmp_path / "last"))
    asked = []

    def opened(parent, title, start, filters=""):
        asked.append(start)
        return [], ""

    def saved(parent, title, start, filters=""):
        asked.append(start)
        return str(tmp_path / "out" / "programme.sqlite"), ""

    def folder(parent, title, start):
        asked.append(start)
        return ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", opened)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", saved)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", folder)
    dialog.ask_files()
    dialog.ask_folder()
    dialog.ask_output()
    assert [Path(a) for a in asked] == [tmp_path / "last"] * 2 + [
        tmp_path / "last" / "programme.sqlite"]
    assert window.settings.get(export_paths.SETTING) == str(tmp_path / "out")
    dialog.ask_files()
    assert Path(asked[-1]) == tmp_path / "out"
