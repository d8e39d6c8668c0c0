"""Every edit the window needs: committed at once, returns what changed, and undoes exactly."""

from __future__ import annotations

import pytest

from tillitworkshop.domain import ValidationError
from tillitworkshop.store import (
    NotFound,
    agenda,
    commitments,
    notes,
    participants,
    ratings,
    sessions,
)
from tillitworkshop.store.interchange import to_document
from tillitworkshop.store.read import load_workshop


def snapshot(lib, sid):
    """The session as data, without the export's own time stamp nor the session's last
    edit (an undo is an edit too: it moves updated_at forward, never back)."""
    try:
        doc = to_document(load_workshop(lib, sid))
    except NotFound:
        return None
    doc.pop("exported_at")
    doc["session"].pop("updated_at")
    return doc


def undo_redo(lib, change):
    """Undo gives back the state before; redo gives back the state after."""
    sid = change.session_id
    after = snapshot(lib, sid)
    inverse = lib.revert(change)
    before = snapshot(lib, sid)
    lib.revert(inverse)
    assert snapshot(lib, sid) == after
    return before, after


@pytest.fixture
def sid(lib):
    return sessions.create_session(lib, "Lövhälla kommun", "skola", "2026-03-12",
                                   place="Kulturhuset", facilitators=["Åsa Öberg"]).session_id


def test_create_session_gets_default_agenda_in_its_language(lib):
    """A new session carries the catalogue's day agenda, titled in the session's language."""
    sv = sessions.create_session(lib, "A", "skola", "2026-03-12").session_id
    en = sessions.create_session(lib, "B", "omsorg", "2026-03-12", language="en").session_id
    w_sv, w_en = load_workshop(lib, sv), load_workshop(lib, en)
    assert len(w_sv.agenda) >= 8 and sum(a.minutes for a in w_sv.agenda) >= 360
    assert [a.phase for a in w_sv.agenda] == [a.phase for a in w_en.agenda]
    assert w_sv.agenda[0].title != w_en.agenda[0].title


def test_update_session_validates_and_undoes(lib, sid):
    """Editing a session's fields is checked per field and undone exactly."""
    with pytest.raises(ValidationError) as err:
        sessions.update_session(lib, sid, date="12 mars")
    assert err.value.errors[0].field == "date"
    change = sessions.update_session(lib, sid, organisation="Lövhälla kommun, skolförvaltningen",
                                     follow_up_date="2026-06-01")
    before, after = undo_redo(lib, change)
    assert before["session"]["organisation"] == "Lövhälla kommun"
    assert after["session"]["follow_up_date"] == "2026-06-01"


def test_vote_mode_per_participant_or_for_the_room(lib, sid):
    """The dot budget is per participant by default, or one budget for the room."""
    from tillitworkshop.store.read import load_workshop as load

    assert load(lib, sid).vote_mode == "participant"
    undo_redo(lib, sessions.update_session(lib, sid, vote_mode="session", vote_budget=20))
    assert (load(lib, sid).vote_mode, load(lib, sid).vote_budget) == ("session", 20)
    with pytest.raises(ValidationError) as err:
        sessions.update_session(lib, sid, vote_mode="everyone")
    assert err.value.errors[0].field == "vote_mode"


def test_delete_session_with_undo_restores_everything(lib, demo_id):
    """Deleting the whole demo session and undoing gives back every part of it."""
    before = snapshot(lib, demo_id)
    change = sessions.delete_session(lib, demo_id)
    assert snapshot(lib, demo_id) is None
    redo = lib.revert(change)
    assert snapshot(lib, demo_id) == before
    lib.revert(redo)
    assert sessions.list_sessions(lib) == []


def test_duplicate_as_template_keeps_roster_and_agenda_only(lib, demo_id):
    """A template has the roster and the agenda (timers reset) but no notes or commitments."""
    new = sessions.duplicate_session(lib, demo_id, organisation="Nästa kommun").session_id
    src, dup = load_workshop(lib, demo_id), load_workshop(lib, new)
    assert [(p.name, p.role) for p in dup.participants] == [(p.name, p.role) for p in src.participants]
    assert [a.title for a in dup.agenda] == [a.title for a in src.agenda]
    assert all(a.started_at is None and a.elapsed_seconds == 0 for a in dup.agenda)
    assert dup.notes == [] and dup.commitments == [] and dup.ratings == []
    assert dup.organisation == "Nästa kommun"


def test_participants_add_edit_delete(lib, sid):
    """The roster: add, edit consent, delete with undo (their notes' attribution comes back)."""
    pid = participants.add_participant(lib, sid, "Åsa Öberg", "enhetschef", "Norrskolan").ids[0]
    nid = notes.add_note(lib, sid, "good_meeting", "value", "Tid för eleven",
                         participant_id=pid).ids[0]
    undo_redo(lib, participants.update_participant(lib, pid, consent=True))
    with pytest.raises(ValidationError) as err:
        participants.add_participant(lib, sid, "  ", "kung")
    assert {e.field for e in err.value.errors} == {"name", "role"}
    change = participants.delete_participant(lib, pid)
    assert load_workshop(lib, sid).notes[0].participant_id is None
    before, _ = undo_redo(lib, change)
    assert before["notes"][0]["participant"] == pid and before["notes"][0]["id"] == nid


def test_notes_add_edit_move_group_vote_delete(lib, sid):
    """Each note edit is stored and can be undone and redone."""
    a = notes.add_note(lib, sid, "problems", "problem", "Tre system för samma sak",
                       obstacle="detaljstyrning", chain_link="medarbetare").ids[0]
    b = notes.add_note(lib, sid, "problems", "problem", "Dubbeldokumentation",
                       obstacle="detaljstyrning", principles=("tillit", "stod")).ids[0]
    assert load_workshop(lib, sid).notes[1].principles == ("tillit", "stod")
    undo_redo(lib, notes.update_note(lib, a, text="Tre system 😊 ✓ עברית", principles=("kunskap",)))
    undo_redo(lib, notes.move_note(lib, b, 0.5, obstacle="ledarskap", chain_link="enhetschef"))
    assert [n.id for n in load_workshop(lib, sid).notes] == [b, a]
    undo_redo(lib, notes.group_notes(lib, a, [b]))
    assert load_workshop(lib, sid).notes[0].group_id == a
    undo_redo(lib, notes.ungroup_note(lib, b))
    undo_redo(lib, notes.vote(lib, a, 2))
    notes.vote(lib, a, -5)
    assert load_workshop(lib, sid).notes[1].votes == 0
    undo_redo(lib, notes.delete_note(lib, a))


def test_note_validation_and_long_text(lib, sid):
    """Empty text and a kind from another phase are refused; a 100,000-character note is kept."""
    with pytest.raises(ValidationError):
        notes.add_note(lib, sid, "good_meeting", "value", "   ")
    with pytest.raises(ValidationError):
        notes.add_note(lib, sid, "good_meeting", "problem", "x")
    long = "å" * 100_000
    nid = notes.add_note(lib, sid, "good_meeting", "hinder", long).ids[0]
    assert load_workshop(lib, sid).notes[0].text == long and nid


def test_grouping_under_a_grouped_note_is_refused(lib, sid):
    """Groups are one level deep: a note cannot be grouped under a grouped note."""
    ids = [notes.add_note(lib, sid, "problems", "problem", t).ids[0] for t in "abc"]
    notes.group_notes(lib, ids[0], [ids[1]])
    with pytest.raises(ValidationError):
        notes.group_notes(lib, ids[1], [ids[2]])


def test_ratings_by_participant_and_role(lib, sid):
    """A participant's rating carries their role; ratings are replaced, cleared and undone."""
    pid = participants.add_participant(lib, sid, "Per", "politik").ids[0]
    ratings.rate(lib, sid, "tillit", 4, participant_id=pid)
    undo_redo(lib, ratings.rate(lib, sid, "tillit", 2, participant_id=pid))
    ratings.rate(lib, sid, "tillit", 3, role="medarbetare")
    w = load_workshop(lib, sid)
    assert {(r.role, r.participant_id, r.value) for r in w.ratings} == {
        ("politik", pid, 2), ("medarbetare", None, 3)}
    undo_redo(lib, ratings.rate(lib, sid, "tillit", None, role="medarbetare"))
    with pytest.raises(ValidationError):
        ratings.rate(lib, sid, "tillit", 6, role="politik")
    undo_redo(lib, ratings.set_relationship_strength(lib, sid, "inom_forvaltning", 2))
    assert load_workshop(lib, sid).relationship_marks[0].strength == 2


def test_commitments_and_status_history(lib, sid):
    """A commitment starts planned; status changes add to its history, never overwrite it."""
    pid = participants.add_participant(lib, sid, "Rektor Rut", "enhetschef").ids[0]
    prob = notes.add_note(lib, sid, "problems", "problem", "För många nyckeltal").ids[0]
    with pytest.raises(ValidationError) as err:
        commitments.add_commitment(lib, sid, "", due_date="snart", problems=["nope"])
    assert {e.field for e in err.value.errors} == {"what", "due_date", "problems[0]"}
    cid = commitments.add_commitment(lib, sid, "Halvera antalet nyckeltal",
                                     owner_participant_id=pid, due_date="2026-06-30",
                                     first_step="Lista dem", indicator="Antal nyckeltal",
                                     problems=[prob], principles=["tillit"]).ids[0]
    undo_redo(lib, commitments.update_commitment(lib, cid, owner_role="forvaltningschef"))
    undo_redo(lib, commitments.set_status(lib, cid, "started", "2026-04-01", "Påbörjat"))
    commitments.set_status(lib, cid, "done", "2026-06-01")
    c = load_workshop(lib, sid).commitments[0]
    assert [h.status for h in c.history] == ["planned", "started", "done"] and c.status == "done"
    assert c.problem_ids == (prob,) and c.principles == ("tillit",)
    undo_redo(lib, commitments.delete_commitment(lib, cid))


def test_agenda_timer_runs_pauses_and_records_actual_times(lib, sid):
    """The timer accumulates over pauses, starting one item pauses another, finish records the end."""
    items = load_workshop(lib, sid).agenda
    first, second = items[0].id, items[1].id
    agenda.start_timer(lib, first, at="2026-03-12T09:00:00+01:00")
    agenda.pause_timer(lib, first, at="2026-03-12T09:10:00+01:00")
    agenda.start_timer(lib, first, at="2026-03-12T09:12:00+01:00")
    agenda.start_timer(lib, second, at="2026-03-12T09:20:00+01:00")
    w = load_workshop(lib, sid)
    assert w.agenda[0].elapsed_seconds == 18 * 60 and w.agenda[0].running_since is None
    assert w.agenda[0].started_at == "2026-03-12T09:00:00+01:00"
    change = agenda.finish_item(lib, second, at="2026-03-12T09:50:00+01:00")
    w = load_workshop(lib, sid)
    assert w.agenda[1].ended_at == "2026-03-12T09:50:00+01:00"
    assert w.agenda[1].elapsed_seconds == 30 * 60
    undo_redo(lib, change)
    undo_redo(lib, agenda.reset_timer(lib, first))
    undo_redo(lib, agenda.update_item(lib, first, minutes=25, title="Välkommen"))
    with pytest.raises(ValidationError):
        agenda.update_item(lib, first, minutes=-3)
    undo_redo(lib, agenda.add_item(lib, sid, "Extra paus", 10))
    undo_redo(lib, agenda.delete_item(lib, second))


def test_operations_on_missing_rows_say_what_is_missing(lib):
    """An id that matches nothing is a NotFound naming the kind of thing."""
    with pytest.raises(NotFound, match="note"):
        notes.vote(lib, "nope")
    with pytest.raises(NotFound, match="session"):
        notes.add_note(lib, "nope", "good_meeting", "value", "x")


def test_the_first_edit_sets_up_undo_even_after_a_refused_one(data_dir):
    """Opening a library sets nothing up for edits (the window paints first); the first
    edit installs the undo triggers outside its transaction, so an edit that fails and
    is rolled back leaves them in place for the next, which undoes exactly."""
    from tillitworkshop.store import Library

    def triggers(lib):
        return lib.conn.execute(
            "SELECT COUNT(*) FROM sqlite_temp_master WHERE type = 'trigger'").fetchone()[0]

    with Library.open(data_dir) as lib:
        assert triggers(lib) == 0
        with pytest.raises(RuntimeError), lib.edit():
            raise RuntimeError("refused halfway")  # the edit's transaction is rolled back
        assert triggers(lib) > 0
        change = sessions.create_session(lib, "Lövhälla kommun", "skola", "2026-03-12")
        before, after = undo_redo(lib, change)
        assert before is None and after["session"]["organisation"] == "Lövhälla kommun"
