"""Reading one note by id, as the window does after each edit of a note."""

from __future__ import annotations

from tillitworkshop.store import notes
from tillitworkshop.store.read import load_note, load_workshop


def test_load_note_matches_the_session_read(lib, demo_id):
    """A single note read equals the same note in the whole session's read."""
    w = load_workshop(lib, demo_id)
    for note in w.notes[:20]:
        assert load_note(lib, note.id) == note


def test_load_note_follows_edits_and_undo(lib, demo_id):
    """A note read after add, update and undo of the add shows each state; gone is None."""
    change = notes.add_note(lib, demo_id, "chain", "hinder", "Blanketter", chain_link="enhetschef")
    nid = change.ids[0]
    assert load_note(lib, nid).text == "Blanketter"
    notes.update_note(lib, nid, text="Blanketter 📋")
    assert load_note(lib, nid).text == "Blanketter 📋"
    assert load_note(lib, "no-such-note") is None
    notes.delete_note(lib, nid)
    assert load_note(lib, nid) is None


def test_the_notes_catalogue_keys_are_one_string_each(lib, demo_id):
    """Read notes share one string per key ("chain", "hinder", ...): a 2,000-note session
    does not keep thousands of copies of the same few words."""
    notes = [n for n in load_workshop(lib, demo_id).notes if n.phase == "chain"]
    assert len(notes) > 2
    assert all(n.phase is notes[0].phase for n in notes)
    kinds = {}
    for n in notes:
        assert kinds.setdefault(n.kind, n.kind) is n.kind
