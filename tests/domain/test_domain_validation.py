"""Field-level validation of a workshop's parts."""

from tillitworkshop.content import catalogue
from tillitworkshop.domain import Commitment, Note, Participant, Rating, StatusChange
from tillitworkshop.domain.validation import (
    check_commitment,
    check_note,
    check_participant,
    check_rating,
    check_status_change,
    check_workshop_fields,
)

KEYS = catalogue().keys()


def fields(errors):
    return {e.field for e in errors}


def test_workshop_fields_name_each_bad_field():
    """Each wrong session field is reported under its own name, with a fix in the message."""
    errors = check_workshop_fields(
        {"organisation": " ", "sector": "bank", "date": "15/10/2026", "vote_budget": -1}, KEYS)
    assert fields(errors) == {"organisation", "sector", "date", "vote_budget"}
    date_error = next(e for e in errors if e.field == "date")
    assert "YYYY-MM-DD" in date_error.message


def test_good_workshop_fields_pass():
    """A complete, correct set of session fields gives no errors."""
    good = {"organisation": "Lövhälla kommun", "sector": "skola", "date": "2026-03-12",
            "facilitators": ["Åsa"], "language": "sv", "long_term_card": True}
    assert check_workshop_fields(good, KEYS) == []


def test_participant_needs_name_and_known_role():
    """A participant without a name or with an unknown role is refused field by field."""
    errors = check_participant(Participant("", "", "kung"), KEYS, prefix="participants[2].")
    assert fields(errors) == {"participants[2].name", "participants[2].role"}


def test_note_checks_kind_for_phase_and_placement_keys():
    """A note's kind must belong to its phase, and every placement must be a catalogue key."""
    note = Note("", "good_meeting", "problem", "", obstacle="nope", principles=("tillit", "x"))
    assert fields(check_note(note, KEYS)) == {"kind", "text", "obstacle", "principles[1]"}


def test_signal_note_must_name_signal():
    """A governance-signal note on a chain link must say which signal it is."""
    note = Note("", "chain", "signal", "Budget i balans", chain_link="enhetschef")
    assert fields(check_note(note, KEYS)) == {"signal"}


def test_rating_range_and_owner():
    """A rating is 1–5 and belongs to a participant or a role."""
    assert fields(check_rating(Rating("", "tillit", 6), KEYS)) == {"value", "role"}
    assert check_rating(Rating("", "tillit", 3, role="politik"), KEYS) == []


def test_commitment_and_status():
    """A commitment needs its 'what' and a real due date; a status must be a known one."""
    errors = check_commitment(Commitment("", "", due_date="2026-02-30"), KEYS)
    assert fields(errors) == {"what", "due_date"}
    assert fields(check_status_change(StatusChange("finished", "2026-01-01"))) == {"status"}
