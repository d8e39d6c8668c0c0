"""The window's backups during the day (issue 18): every few minutes with edits, in the
loop's executor; one as it closes; a -wal file lost since the last session offered back."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest
from PySide6.QtCore import QSettings

from tillitworkshop.store import Library
from tillitworkshop.store.backups import list_backups
from tillitworkshop.store.notes import add_note
from tillitworkshop.store.sessions import create_session, list_sessions
from tillitworkshop.ui.shell import app
from tillitworkshop.ui.shell.settings import Settings


def notes_in(backup) -> int:
    conn = sqlite3.connect(backup)
    try:
        return conn.execute("SELECT COUNT(*) FROM notes").fetchone()[0]
    finally:
        conn.close()


def add(window) -> None:
    state = window.session.state
    state.do("add", lambda: add_note(state.lib, state.id, "problems", "problem", "Ny lapp"))


def test_the_timer_runs_every_ten_minutes_by_default_and_can_be_set(make_window, lib, tmp_path):
    window = make_window(lib)
    assert window.backup_timer.isActive() and window.backup_timer.interval() == 10 * 60_000
    settings = Settings(QSettings(str(tmp_path / "other.ini"), QSettings.Format.IniFormat))
    settings.set("backup/minutes", 0)
    assert not make_window(lib, settings).backup_timer.isActive()


def test_a_backup_after_minutes_with_edits_only(demo, data_dir, loop):
    """The timer's tick backs up in the executor when there were edits, not otherwise."""
    assert demo.backup_in_background() is None  # no edit since the window opened
    add(demo)
    future = demo.backup_in_background()
    assert future is not None
    assert demo.backup_in_background() is None  # one at a time
    taken = loop.run_until_complete(future)
    assert taken == list_backups(data_dir / "backups")[0]
    assert notes_in(taken) == demo.lib.query_one("SELECT COUNT(*) AS n FROM notes")["n"]
    assert demo.backup_in_background() is None  # nothing new since


def test_closing_the_window_backs_up_the_last_edits(demo, data_dir):
    add(demo)
    count = demo.lib.query_one("SELECT COUNT(*) AS n FROM notes")["n"]
    before = list_backups(data_dir / "backups")
    demo.close()
    after = list_backups(data_dir / "backups")
    assert len(after) == len(before) + 1 and notes_in(after[0]) == count


KILLED = """
import os, sys
from tillitworkshop.store import Library
from tillitworkshop.store.sessions import create_session
lib = Library.open(sys.argv[1])
create_session(lib, "In the day's backup", "skola", "2026-03-12")
lib.backup_if_changed()  # as the window's timer does
create_session(lib, "Lost", "skola", "2026-03-12")
os._exit(0)  # no close: both edits live in the -wal file only
"""


@pytest.mark.parametrize("answer", [True, False])
def test_a_lost_wal_is_said_and_the_newest_backup_offered(data_dir, answer):
    with Library.open(data_dir) as lib:
        create_session(lib, "Kept", "skola", "2026-03-12")
    subprocess.run([sys.executable, "-c", KILLED, str(data_dir)], check=True)
    (data_dir / "library.sqlite-wal").unlink()
    asked = []
    lib = app.open_library(data_dir, lambda kind, text: asked.append((kind, text)) or answer)
    try:
        assert [kind for kind, _ in asked] == ["lost"] and "library.sqlite-wal" in asked[0][1]
        names = sorted(s.organisation for s in list_sessions(lib))
        assert names == (["In the day's backup", "Kept"] if answer else ["Kept"])
    finally:
        lib.close()
