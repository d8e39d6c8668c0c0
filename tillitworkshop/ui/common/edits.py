"""Try an edit, and say beside the field what went wrong: one place for every page.

The store refuses an edit with a ValidationError (the value is not valid) or a
StoreError (the session or row is gone, the disk is full...); nothing is stored then,
and the text the facilitator typed stays in its field so it can be corrected.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from tillitworkshop.domain import ValidationError
from tillitworkshop.store import Change, StoreError


class ShowsErrors(Protocol):
    """Where a page says why an edit was refused (a HintLabel, or a model's error)."""

    def show_error(self, error: Exception) -> None: ...

    def clear_hint(self) -> None: ...


def attempt(edit: Callable[[], Change], hint: ShowsErrors) -> Change | None:
    """Run ``edit`` (an undoable step: ``SessionState.do`` or ``UndoHub.do``); the change,
    with ``hint`` cleared, or None with the reason in ``hint``."""
    try:
        change = edit()
    except (ValidationError, StoreError) as e:
        hint.show_error(e)
        return None
    hint.clear_hint()
    return change
