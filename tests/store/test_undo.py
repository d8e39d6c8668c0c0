"""Undo that cannot reach past its own step: rows found by their keys, only changed
columns set back, navigation and clocks left alone, and a refused replay rolled back whole."""

from __future__ import annotations

import pytest

from tillitworkshop.store import NotFound, UndoFailed, agenda, notes, ratings, sessions
from tillitworkshop.store.read import load_workshop


@pytest.fixture
def two(lib):
    return tuple(sessions.create_session(lib, org, "skola", "2026-03-12").session_id
                 for org in ("Lövhälla kommun", "Ekby region"))


def texts(lib, sid):
    return [n.text for n in load_workshop(lib, sid).notes]


def test_redo_after_another_session_took_the_freed_row(lib, two):
    """Add in A, undo, add in B (SQLite hands B's note the freed rowid), redo in A: both
    notes stand (before, the redo failed on notes.rowid and the error escaped)."""
    a, b = two
    added = notes.add_note(lib, a, "good_meeting", "value", "A:s lapp", principles=("tillit",))
    redo = lib.revert(added)
    notes.add_note(lib, b, "good_meeting", "value", "B:s lapp")
    lib.revert(redo)
    assert texts(lib, a) == ["A:s lapp"] and texts(lib, b) == ["B:s lapp"]
    assert load_workshop(lib, a).notes[0].principles == ("tillit",)


def test_undo_does_not_navigate(lib, two):
    """A note written on the chain, the day moved on to the principles: undoing the note
    leaves the session on the principles (before, the whole session row came back)."""
    a, _ = two
    sessions.update_session(lib, a, current_phase="chain")
    added = notes.add_note(lib, a, "chain", "need", "Ett glapp")
    sessions.update_session(lib, a, current_phase="principles")
    redo = lib.revert(added)
    assert texts(lib, a) == [] and load_workshop(lib, a).current_phase == "principles"
    lib.revert(redo)
    assert load_workshop(lib, a).current_phase == "principles"


def test_navigation_is_not_logged(lib, two):
    """Moving to another phase leaves nothing to undo."""
    assert sessions.update_session(lib, two[0], current_phase="chain").undo == ()


def test_undo_sets_back_only_what_the_step_changed(lib, two):
    """Renaming a time box, then starting its clock: undoing the rename leaves the clock
    running (before, the whole row came back, clock stopped)."""
    a, _ = two
    item = load_workshop(lib, a).agenda[0].id
    renamed = agenda.update_item(lib, item, title="Välkomna")
    agenda.start_timer(lib, item, at="2026-03-12T09:00:00+01:00")
    lib.revert(renamed)
    back = load_workshop(lib, a).agenda[0]
    assert back.title != "Välkomna" and back.running_since == "2026-03-12T09:00:00+01:00"


def test_the_clock_is_not_an_undo_step_but_a_reset_is(lib, two):
    """Start, pause and finish have nothing to undo; a reset gives the measured time back."""
    item = load_workshop(lib, two[0]).agenda[0].id
    assert agenda.start_timer(lib, item, at="2026-03-12T09:00:00+01:00").undo == ()
    assert agenda.pause_timer(lib, item, at="2026-03-12T09:05:00+01:00").undo == ()
    reset = agenda.reset_timer(lib, item)
    lib.revert(reset)
    assert load_workshop(lib, two[0]).agenda[0].elapsed_seconds == 300
    assert agenda.finish_item(lib, item, at="2026-03-12T09:10:00+01:00").undo == ()


def test_an_undo_makes_the_session_newer_not_older(lib, two, monkeypatch):
    """updated_at (which the backups' fingerprint reads) moves forward on an undo."""
    from tillitworkshop.store import library

    a, _ = two
    monkeypatch.setattr(library, "now", lambda: "2026-03-12T10:00:00+01:00")
    monkeypatch.setattr(notes, "now", lambda: "2026-03-12T10:00:00+01:00")
    added = notes.add_note(lib, a, "good_meeting", "value", "x")
    monkeypatch.setattr(library, "now", lambda: "2026-03-12T11:00:00+01:00")
    lib.revert(added)
    assert load_workshop(lib, a).updated_at == "2026-03-12T11:00:00+01:00"


def test_a_refused_redo_applies_nothing_and_says_why(lib, two):
    """A step of two rows whose redo clashes on the second: UndoFailed names it, and the
    first row is not left behind; once the clash is gone, the same redo works."""
    a, _ = two
    with lib.edit() as edit:
        notes.add_note(lib, a, "good_meeting", "value", "Med betyget")
        ratings.rate(lib, a, "tillit", 3, role="medarbetare")
    redo = lib.revert(edit.change(a, "rating", "updated"))
    ratings.rate(lib, a, "tillit", 4, role="medarbetare")  # written past the undo history
    with pytest.raises(UndoFailed) as failed:
        lib.revert(redo)
    assert failed.value.code == "undo_failed" and failed.value.params["why"] == "conflict"
    assert "rating" in str(failed.value) and "UNIQUE" in str(failed.value)
    assert texts(lib, a) == [] and [r.value for r in load_workshop(lib, a).ratings] == [4]
    ratings.rate(lib, a, "tillit", None, role="medarbetare")
    lib.revert(redo)
    assert texts(lib, a) == ["Med betyget"]


def test_undo_in_a_deleted_session_is_not_found(lib, two):
    """A step of a session deleted since can never be undone: NotFound, not UndoFailed."""
    a, _ = two
    added = notes.add_note(lib, a, "good_meeting", "value", "x")
    sessions.delete_session(lib, a)
    with pytest.raises(NotFound):
        lib.revert(added)


def test_principles_keep_their_order_through_undo(lib, two):
    """Links restored by an undo come back in the order they had (their rowids are free)."""
    a, _ = two
    nid = notes.add_note(lib, a, "good_meeting", "value", "x",
                         principles=("tillit", "kunskap", "helhetssyn")).ids[0]
    changed = notes.update_note(lib, nid, principles=("tillit",))
    lib.revert(changed)
    assert load_workshop(lib, a).notes[0].principles == ("tillit", "kunskap", "helhetssyn")
