"""Every field error carries a code (and its params) for the window to translate, while
its English message stays what the command line prints."""

from tillitworkshop.content import catalogue
from tillitworkshop.domain import Commitment, Note, Participant, Rating, StatusChange
from tillitworkshop.domain.model import RelationshipMark
from tillitworkshop.domain.validation import (
    MAX_NAME,
    FieldError,
    check_commitment,
    check_note,
    check_participant,
    check_rating,
    check_relationship_mark,
    check_status_change,
    check_workshop_fields,
)

KEYS = catalogue().keys()


def every_kind_of_error() -> list[FieldError]:
    """Each check of validation.py, given values that trip every branch it has."""
    return [
        *check_workshop_fields({
            "organisation": " ", "sector": "bank", "date": "15/10", "place": "x" * (MAX_NAME + 1),
            "facilitators": "Åsa", "language": "fi", "follow_up_date": 3, "long_term_card": "ja",
            "vote_budget": "tio", "vote_mode": "all", "current_phase": "lunch"}, KEYS),
        *check_workshop_fields({"organisation": 7, "vote_budget": 101}, KEYS),
        *check_participant(Participant("p", "", "kung", consent="ja"), KEYS),
        *check_note(Note("n", "chain", "signal", "", chain_link="kung", votes=-1,
                         principles=("x",)), KEYS, prefix="notes[0]."),
        *check_rating(Rating("r", "x", 9), KEYS),
        *check_relationship_mark(RelationshipMark("x", 0), KEYS),
        *check_commitment(Commitment("c", " ", due_date="31/3", owner_role="kung"), KEYS),
        *check_status_change(StatusChange("klar", "idag"), "history[0]."),
    ]


def test_every_field_error_of_the_checks_has_a_code():
    """No check of validation.py leaves its FieldError without a code."""
    errors = every_kind_of_error()
    assert errors and all(e.code for e in errors), [e for e in errors if not e.code]
    assert {e.code for e in errors} >= {
        "empty", "not_text", "too_long", "unknown_value", "not_date", "not_integer",
        "out_of_range", "not_bool", "not_names", "signal_missing", "rating_owner"}


def test_codes_carry_their_params_and_the_english_message_is_unchanged():
    """A bad date keeps its English (for the CLI) and names the value in its params."""
    (error,) = check_workshop_fields({"date": "15/10"}, KEYS)
    assert error.message == "'15/10' is not a date; write it as YYYY-MM-DD"
    assert (error.code, error.params) == ("not_date", {"value": "15/10"})
    assert str(error) == "date: '15/10' is not a date; write it as YYYY-MM-DD"
    (error,) = check_workshop_fields({"vote_budget": 101}, KEYS)
    assert error.params == {"value": 101, "low": 0, "high": 100}


def test_params_are_not_part_of_equality_or_hash():
    """Two errors that say the same thing are equal and hashable, whatever their params."""
    a = FieldError("date", "is wrong", "not_date", {"value": "15/10"})
    b = FieldError("date", "is wrong", "not_date", {"value": ["any"]})
    assert a == b and hash(a) == hash(b)
    assert FieldError("date", "is wrong").code == ""
