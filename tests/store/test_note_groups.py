"""Grouping and deleting name every note they change, so the window refreshes each one."""

from __future__ import annotations

import pytest

from tillitworkshop.store import notes, sessions
from tillitworkshop.store.read import load_note


@pytest.fixture
def sid(lib):
    return sessions.create_session(lib, "Lövhälla kommun", "skola", "2026-03-12").session_id


def test_grouping_a_group_names_the_notes_that_move_along(lib, sid):
    """Grouping B (with C under it) under A changes C too: the change says so."""
    a, b, c = (notes.add_note(lib, sid, "problems", "problem", t).ids[0] for t in "ABC")
    notes.group_notes(lib, b, [c])
    change = notes.group_notes(lib, a, [b])
    assert set(change.ids) == {a, b, c}
    assert load_note(lib, c).group_id == a


def test_deleting_a_leader_names_its_freed_duplicates(lib, sid):
    """Deleting a group's leader frees its duplicates; they are in the change, and undo
    puts them back under it."""
    a, b = (notes.add_note(lib, sid, "problems", "problem", t).ids[0] for t in "AB")
    notes.group_notes(lib, a, [b])
    change = notes.delete_note(lib, a)
    assert change.ids == (a, b) and load_note(lib, b).group_id is None
    lib.revert(change)
    assert load_note(lib, b).group_id == a
