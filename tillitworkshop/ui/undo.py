"""One undo command for every edit.

Each store operation returns a ``Change``; ``Library.revert(change)`` undoes it
and returns a change whose revert redoes it. So a single QUndoCommand class
serves every kind of edit, and a compound edit is one store operation, hence
one step on the stack.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..store import Change, Library, StoreError


class StoreCommand(QUndoCommand):
    """An edit already made (``change``); undo and redo replay it through the store."""

    def __init__(self, lib: Library, text: str, change: Change, notify: Callable[[Change], None]):
        super().__init__(text)
        self._lib = lib
        self._change = change
        self._inverse: Change | None = None
        self._notify = notify
        self._done = True  # the edit was made before the command was pushed

    def redo(self) -> None:
        if self._done:  # QUndoStack.push calls redo once; the edit is already stored
            self._notify(self._change)
            return
        self._replay(lambda: self._lib.revert(self._inverse), "_change")

    def undo(self) -> None:
        self._done = False
        self._replay(lambda: self._lib.revert(self._change), "_inverse")

    def _replay(self, step: Callable[[], Change], keep: str) -> None:
        try:
            change = step()
        except (StoreError, OSError, ValueError) as e:  # e.g. the session was deleted meanwhile
            self.setObsolete(True)
            self._notify(Change(None, "error", "failed", (str(e),)))
            return
        setattr(self, keep, change)
        self._notify(change)


class UndoHub(QObject):
    """Runs edits, puts them on the stack, and announces every change (done, undone, redone)."""

    changed = Signal(object)  # a Change

    def __init__(self, lib: Library, parent: QObject | None = None):
        super().__init__(parent)
        self.lib = lib
        self.stack = QUndoStack(self)

    def do(self, text: str, operation: Callable[[], Change]) -> Change:
        """Run ``operation`` (a store edit) and make it one undoable step.

        A ValidationError or StoreError from the operation reaches the caller
        (for an inline hint) and nothing is pushed: nothing was stored.
        """
        change = operation()
        self.stack.push(StoreCommand(self.lib, text, change, self.changed.emit))
        return change
