"""The room's store (issue 23): phones' notes queued, ratings and dots straight in, each
submission stored once whatever the retries."""

from __future__ import annotations

import pytest

from tillitworkshop.domain.validation import ValidationError
from tillitworkshop.store import room
from tillitworkshop.store.interchange import export_json, import_document, parse_document
from tillitworkshop.store.read import load_workshop


def _problem(lib, sid):
    w = load_workshop(lib, sid)
    return next(n.id for n in w.notes if n.kind == "problem" and n.group_id is None)


def test_a_note_waits_in_the_queue_and_a_retry_is_stored_once(lib, demo_id):
    first = room.submit_note(lib, demo_id, "cookie-a", "c1", "chain", "need", "Mer tid", "enhetschef")
    again = room.submit_note(lib, demo_id, "cookie-a", "c1", "chain", "need", "Mer tid", "enhetschef")
    assert (first.created, again.created) == (True, False)
    [queued] = room.pending(lib, demo_id)
    assert (queued.text, queued.chain_link) == ("Mer tid", "enhetschef")
    assert "Mer tid" not in [n.text for n in load_workshop(lib, demo_id).notes]


def test_accepting_makes_an_ordinary_note_and_undo_puts_it_back_in_the_queue(lib, demo_id):
    room.submit_note(lib, demo_id, "cookie-a", "c1", "good_meeting", "value", "<b>Lyssna</b>")
    [queued] = room.pending(lib, demo_id)
    change = room.accept(lib, queued.id)
    assert "<b>Lyssna</b>" in [n.text for n in load_workshop(lib, demo_id).notes]
    assert room.pending(lib, demo_id) == []
    lib.revert(change)
    assert "<b>Lyssna</b>" not in [n.text for n in load_workshop(lib, demo_id).notes]
    assert [q.id for q in room.pending(lib, demo_id)] == [queued.id]


def test_merge_groups_under_an_existing_note_and_reject_drops_the_text(lib, demo_id):
    target = _problem(lib, demo_id)
    room.submit_note(lib, demo_id, "k", "c1", "problems", "problem", "Samma sak")
    room.submit_note(lib, demo_id, "k", "c2", "problems", "problem", "Nej")
    one, two = room.pending(lib, demo_id)
    room.accept(lib, one.id, merge_into=target)
    merged = next(n for n in load_workshop(lib, demo_id).notes if n.text == "Samma sak")
    assert merged.group_id == target
    room.reject(lib, two.id)
    assert room.pending(lib, demo_id) == []
    with pytest.raises(ValidationError):
        room.accept(lib, two.id)


def test_ratings_are_one_per_device_and_principle_stored_per_role(lib, demo_id):
    room.submit_rating(lib, demo_id, "phone-1", "r1", "tillit", 2, "medarbetare")
    room.submit_rating(lib, demo_id, "phone-1", "r2", "tillit", 4, "medarbetare")  # changed
    room.submit_rating(lib, demo_id, "phone-2", "r1", "tillit", 5, "medarbetare")
    mine = [r for r in load_workshop(lib, demo_id).ratings if r.device]
    assert sorted((r.value, r.role, r.participant_id) for r in mine) == [
        (4, "medarbetare", None), (5, "medarbetare", None)]
    assert room.device_state(lib, demo_id, "phone-1").ratings == {"tillit": 4}


def test_phone_ratings_survive_export_and_import(lib, demo_id):
    room.submit_rating(lib, demo_id, "phone-1", "r1", "tillit", 2, "medarbetare")
    room.submit_rating(lib, demo_id, "phone-2", "r1", "tillit", 3, "medarbetare")
    doc = parse_document(export_json(lib, demo_id).encode(), "copy")
    new = import_document(lib, doc, "copy").session_id
    assert sorted(r.value for r in load_workshop(lib, new).ratings if r.device) == [2, 3]


@pytest.mark.parametrize(("args", "field"), [
    (("nope", 3, "medarbetare"), "principle"),
    (("tillit", 6, "medarbetare"), "value"),
    (("tillit", 0, "medarbetare"), "value"),
    (("tillit", True, "medarbetare"), "value"),
    (("tillit", 3, "kung"), "role"),
    (("langsiktighet", 3, "annan"), "principle"),  # the eighth card is off in the demo
])
def test_a_bad_rating_is_refused(lib, demo_id, args, field):
    with pytest.raises(ValidationError) as e:
        room.submit_rating(lib, demo_id, "p", "r", *args)
    assert e.value.errors[0].field == field


def test_dots_stay_within_the_budget_per_device(lib, demo_id):
    budget = load_workshop(lib, demo_id).vote_budget
    note = _problem(lib, demo_id)
    before = next(n.votes for n in load_workshop(lib, demo_id).notes if n.id == note)
    for i in range(budget):
        room.submit_vote(lib, demo_id, "p", f"v{i}", note, 1)
    assert room.submit_vote(lib, demo_id, "p", "v0", note, 1).created is False  # a retry
    with pytest.raises(ValidationError):
        room.submit_vote(lib, demo_id, "p", "over", note, 1)
    room.submit_vote(lib, demo_id, "p", "back", note, -1)
    assert room.device_state(lib, demo_id, "p").used == budget - 1
    after = next(n.votes for n in load_workshop(lib, demo_id).notes if n.id == note)
    assert after == before + budget - 1
    room.submit_vote(lib, demo_id, "other", "v0", note, 1)  # another phone, its own budget
    room.submit_vote(lib, demo_id, "other", "v1", note, -1)  # its last dot there taken back
    assert room.device_state(lib, demo_id, "other").votes == {}


@pytest.mark.parametrize(("args", "field"), [
    (("c", "principles", "reflection", "x"), "phase"),
    (("c", "chain", "problem", "x"), "kind"),
    (("c", "chain", "need", " "), "text"),
    (("c", "chain", "need", "x" * 2001), "text"),
    (("c", "chain", "need", "x", "nowhere"), "link"),
    (("", "chain", "need", "x"), "id"),
])
def test_a_bad_note_is_refused(lib, demo_id, args, field):
    with pytest.raises(ValidationError) as e:
        room.submit_note(lib, demo_id, "p", *args)
    assert e.value.errors[0].field == field


def test_the_focus_link_is_kept_without_an_undo_step(lib, demo_id):
    change = room.set_focus(lib, demo_id, "enhetschef")
    assert change.undo == ()
    assert lib.query_one("SELECT current_link FROM sessions WHERE id = ?",
                         [demo_id])["current_link"] == "enhetschef"
