"""Phones' dots and the facilitator's undo (issue 23): undoing the facilitator's own edit
never takes away dots that phones placed since, and redo puts the facilitator's back."""

from __future__ import annotations

import pytest

from tillitworkshop.domain import ValidationError
from tillitworkshop.store import notes, room
from tillitworkshop.store.read import load_workshop


def _problem(lib, sid):
    return next(n for n in load_workshop(lib, sid).notes
                if n.kind == "problem" and n.group_id is None)


def _votes(lib, sid, nid):
    return next(n.votes for n in load_workshop(lib, sid).notes if n.id == nid)


def test_undoing_the_facilitators_dot_keeps_the_phones_dots(lib, demo_id):
    note = _problem(lib, demo_id)
    base = note.votes
    mine = notes.vote(lib, note.id, 1)
    room.submit_vote(lib, demo_id, "phone", "v1", note.id, 1)
    room.submit_vote(lib, demo_id, "phone", "v2", note.id, 1)
    assert _votes(lib, demo_id, note.id) == base + 3
    redo = lib.revert(mine)
    assert _votes(lib, demo_id, note.id) == base + 2  # the phone's two dots stay
    lib.revert(redo)
    assert _votes(lib, demo_id, note.id) == base + 3
    assert room.device_state(lib, demo_id, "phone").votes == {note.id: 2}


def test_undoing_the_facilitators_removal_of_a_dot_keeps_the_phones_dots(lib, demo_id):
    note = _problem(lib, demo_id)
    notes.vote(lib, note.id, 1)
    base = _votes(lib, demo_id, note.id)
    taken = notes.vote(lib, note.id, -1)
    room.submit_vote(lib, demo_id, "phone", "v1", note.id, 1)
    lib.revert(taken)
    assert _votes(lib, demo_id, note.id) == base + 1
    room.submit_vote(lib, demo_id, "phone", "v2", note.id, -1)  # the phone takes its own back
    assert _votes(lib, demo_id, note.id) == base


def test_undoing_a_move_leaves_the_dots_alone(lib, demo_id):
    note = _problem(lib, demo_id)
    moved = notes.move_note(lib, note.id, note.position + 10)
    room.submit_vote(lib, demo_id, "phone", "v1", note.id, 1)
    lib.revert(moved)
    assert _votes(lib, demo_id, note.id) == note.votes + 1


def test_undoing_a_delete_brings_back_the_phones_dots_with_the_note(lib, demo_id):
    note = _problem(lib, demo_id)
    room.submit_vote(lib, demo_id, "phone", "v1", note.id, 1)
    gone = notes.delete_note(lib, note.id)
    assert room.device_state(lib, demo_id, "phone").votes == {}
    lib.revert(gone)
    assert _votes(lib, demo_id, note.id) == note.votes + 1
    assert room.device_state(lib, demo_id, "phone").votes == {note.id: 1}


def test_the_facilitators_minus_takes_back_only_the_facilitators_dots(lib, demo_id):
    """− takes back the facilitator's own dots, never one a phone gave; with only the
    phones' dots left it is refused (code phone_dots) and nothing changes."""
    note = _problem(lib, demo_id)
    base = note.votes
    if base:  # the demo's own dots are the facilitator's: take them back first
        notes.vote(lib, note.id, -base)
    notes.vote(lib, note.id, 1)
    room.submit_vote(lib, demo_id, "phone", "v1", note.id, 1)
    room.submit_vote(lib, demo_id, "phone", "v2", note.id, 1)
    notes.vote(lib, note.id, -1)  # the facilitator's one
    assert _votes(lib, demo_id, note.id) == 2
    with pytest.raises(ValidationError) as refused:
        notes.vote(lib, note.id, -1)
    assert refused.value.errors[0].code == "phone_dots"
    assert _votes(lib, demo_id, note.id) == 2
    notes.vote(lib, note.id, 1)
    notes.vote(lib, note.id, -5)  # more than the facilitator gave: the phones' stay
    assert _votes(lib, demo_id, note.id) == 2
    assert room.phone_dots(lib, [note.id]) == {note.id: 2}
    assert room.device_state(lib, demo_id, "phone").votes == {note.id: 2}


def test_delete_undo_redo_and_undo_again_keep_each_phones_dots_within_its_budget(lib, demo_id):
    """A phone spends the dots a delete gave back; undo, redo and undo again never leave it
    with more dots than its budget, nor a problem with dots nobody gave."""
    w = load_workshop(lib, demo_id)
    a, b = [n for n in w.notes if n.kind == "problem" and n.group_id is None][:2]
    for i in range(w.vote_budget):
        room.submit_vote(lib, demo_id, "phone", f"a{i}", a.id, 1)
    deleted = notes.delete_note(lib, a.id)
    room.submit_vote(lib, demo_id, "phone", "b", b.id, 1)
    redo = lib.revert(deleted)
    spent = room.device_state(lib, demo_id, "phone")
    assert spent.used == w.vote_budget and spent.votes == {a.id: w.vote_budget - 1, b.id: 1}
    assert _votes(lib, demo_id, a.id) == a.votes + w.vote_budget - 1
    lib.revert(lib.revert(redo))  # redo the delete, and undo it again
    assert room.device_state(lib, demo_id, "phone") == spent
    assert _votes(lib, demo_id, a.id) == a.votes + w.vote_budget - 1
    assert _votes(lib, demo_id, b.id) == b.votes + 1
