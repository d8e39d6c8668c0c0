"""One undo command for every edit.

Each store operation returns a ``Change``; ``Library.revert(change)`` undoes it
and returns a change whose revert redoes it. So a single QUndoCommand class
serves every kind of edit, and a compound edit is one store operation, hence
one step on the stack.

Each session has its own stack, and the library (create, import, duplicate,
delete a session) one more, all in one QUndoGroup: Ctrl+Z undoes an edit of
what is on screen, never one in a session out of sight. A session's history is
kept while the window is open, so going back to it brings its undo back too.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoGroup, QUndoStack

from tillitworkshop.store import Change, Library, StorageError, StoreError

from .messages import message_of


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
        self._replay(lambda: self._lib.revert(self._inverse), "_change")  # type: ignore[arg-type]  # set by undo()

    def undo(self) -> None:
        self._done = False
        self._replay(lambda: self._lib.revert(self._change), "_inverse")

    def _replay(self, step: Callable[[], Change], keep: str) -> None:
        try:
            change = step()
        except (StoreError, OSError, ValueError) as e:  # e.g. the session was deleted meanwhile
            self.setObsolete(True)
            self._notify(Change(None, "error", "failed", (message_of(e),)))  # type: ignore[arg-type]  # removed by the undo branch
            return
        setattr(self, keep, change)
        self._notify(change)


class UndoHub(QObject):
    """Runs edits, puts them on the stack of the session they belong to, and announces
    every change (done, undone, redone)."""

    changed = Signal(object)  # a Change
    storage_failed = Signal(str)  # an edit could not be written (disk full): the message

    def __init__(self, lib: Library, parent: QObject | None = None):
        super().__init__(parent)
        self.lib = lib
        self.group = QUndoGroup(self)
        self._stacks: dict[str | None, QUndoStack] = {}
        self.show(None)

    @property
    def stack(self) -> QUndoStack:
        """The stack of what is on screen (a session, or the library)."""
        return self.group.activeStack()

    def stack_for(self, session_id: str | None) -> QUndoStack:
        """The undo stack of a session (None: of the library's own edits)."""
        stack = self._stacks.get(session_id)
        if stack is None:
            stack = self._stacks[session_id] = QUndoStack(self.group)
            self.group.addStack(stack)
        return stack

    def show(self, session_id: str | None) -> None:
        """Undo and Redo now act on this session (None: on the library)."""
        self.stack_for(session_id).setActive(True)

    def do(self, text: str, operation: Callable[[], Change], session_id: str | None = None) -> Change:
        """Run ``operation`` (a store edit) and make it one undoable step on the stack of
        ``session_id`` (None: the library's).

        A ValidationError or StoreError from the operation reaches the caller
        (for an inline hint, the typed text kept) and nothing is pushed: nothing
        was stored. A StorageError (disk full, I/O error) is also announced, so
        the window can say it where it cannot be missed.
        """
        try:
            change = operation()
        except StorageError as e:
            self.storage_failed.emit(message_of(e))
            raise
        self.stack_for(session_id).push(StoreCommand(self.lib, text, change, self.changed.emit))
        return change
