"""``edits.attempt``: the one place where a page tries an edit and says why it was refused."""

import pytest

from tillitworkshop.domain import ValidationError
from tillitworkshop.store import Change, NotFound
from tillitworkshop.ui.common.edits import attempt


class Hint:
    def __init__(self) -> None:
        self.shown: list[Exception] = []
        self.cleared = 0

    def show_error(self, error: Exception) -> None:
        self.shown.append(error)

    def clear_hint(self) -> None:
        self.cleared += 1


def _refuse(error: Exception):
    def edit() -> Change:
        raise error
    return edit


def test_a_stored_edit_returns_its_change_and_clears_the_hint():
    hint, change = Hint(), Change("s1", "note", "added", ("n1",))
    assert attempt(lambda: change, hint) is change
    assert hint.cleared == 1 and not hint.shown


def test_a_refused_edit_returns_none_and_says_why():
    for error in (ValidationError([]), NotFound("Not found: the note with id n1.", "not_found")):
        hint = Hint()
        assert attempt(_refuse(error), hint) is None
        assert hint.shown == [error] and hint.cleared == 0


def test_an_unexpected_error_is_not_swallowed():
    """A bug must reach the event loop's handler, not hide in a hint."""
    hint = Hint()
    with pytest.raises(RuntimeError):
        attempt(_refuse(RuntimeError("bug")), hint)
    assert not hint.shown
