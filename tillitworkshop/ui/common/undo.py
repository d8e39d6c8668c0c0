"""One undo command for every edit.

Each store operation returns a ``Change``; ``Library.revert(change)`` undoes it
and returns a change whose revert redoes it. So a single QUndoCommand class
serves every kind of edit. An edit made of several store operations (deleting
several notes, moving several problems) is one step too: the page wraps them in
a macro (``beginMacro``/``endMacro``) on the session's stack.

Each session has its own stack, and the library (create, import, duplicate,
delete a session) one more, all in one QUndoGroup: Ctrl+Z undoes an edit of
what is on screen, never one in a session out of sight. A session's history is
kept while the window is open, so going back to it brings its undo back too.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoGroup, QUndoStack

from tillitworkshop.store import Change, Library, NotFound, StorageError, StoreError

from .messages import message_of


class StoreCommand(QUndoCommand):
    """An edit already made (``change``); undo and redo replay it through the store.

    A replay the store refuses (``UndoFailed``: it clashes with what is stored now;
    ``StorageError``: the disk) changed nothing, so the step stays where it was and
    can be tried again: ``failed`` tells the hub to put the stack's index back, which
    QUndoStack moves whatever the command did. Only a step of a session deleted
    since (NotFound) is dropped: it could never be replayed.
    """

    def __init__(self, lib: Library, text: str, change: Change, notify: Callable[[Change], None],
                 report: Callable[[Exception], None]):
        super().__init__(text)
        self._lib = lib
        self._change = change
        self._inverse: Change | None = None
        self._notify = notify
        self._report = report
        self._applied = True  # the edit was made before the command was pushed
        self._pushed = False
        self.failed = False

    def redo(self) -> None:
        if not self._pushed:  # QUndoStack.push calls redo once; the edit is already stored
            self._pushed = True
            self._notify(self._change)
        elif not self._applied and self._inverse is not None:  # (applied: the hub putting
            # the index back after a failed undo; _inverse is set by every undo that worked)
            self._replay(self._inverse, applied=True)

    def undo(self) -> None:
        if self._applied:  # (not applied: the hub putting the index back after a failed redo)
            self._replay(self._change, applied=False)

    def _replay(self, change: Change, applied: bool) -> None:
        try:
            result = self._lib.revert(change)
        except NotFound as e:  # the session was deleted meanwhile
            self.setObsolete(True)
            self._report(e)
            return
        except (StoreError, OSError, ValueError) as e:
            self.failed = True
            self._report(e)
            return
        self._applied = applied
        if applied:
            self._change = result
        else:
            self._inverse = result
        self._notify(result)


class UndoHub(QObject):
    """Runs edits, puts them on the stack of the session they belong to, and announces
    every change (done, undone, redone)."""

    changed = Signal(object)  # a Change
    storage_failed = Signal(str)  # an edit could not be written (disk full): the message
    failed = Signal(str)  # an undo or redo was refused (nothing changed): the message

    def __init__(self, lib: Library, parent: QObject | None = None):
        super().__init__(parent)
        self.lib = lib
        self.group = QUndoGroup(self)
        self._stacks: dict[str | None, QUndoStack] = {}
        self._failing = False  # a step was refused: its stack's index is to be put back
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
            stack.indexChanged.connect(lambda _index, s=stack: self._put_back(s))
        return stack

    def _put_back(self, stack: QUndoStack) -> None:
        """After a refused undo or redo, move the index back over the step that failed.

        QUndoStack moves its index after the command returns, failed or not, and
        says so here (synchronously); moving it back in the same breath means no
        other step can be undone while this one is still applied.
        """
        if not self._failing:  # also when a stack is being deleted: do not touch it then
            return
        at = stack.index()
        for i, redo in ((at, True), (at - 1, False)):
            command = stack.command(i) if 0 <= i < stack.count() else None
            if isinstance(command, StoreCommand) and command.failed:
                command.failed = self._failing = False
                # The command does nothing on this move: nothing changed.
                if redo:
                    stack.redo()
                else:
                    stack.undo()
                return

    def _report(self, error: Exception) -> None:
        self._failing = not isinstance(error, NotFound)  # NotFound: the step is dropped
        if isinstance(error, StorageError):
            self.storage_failed.emit(message_of(error))
        else:
            self.failed.emit(message_of(error))

    def drop_mentions(self, words: tuple[str, ...]) -> int:
        """Clear every undo stack holding a step whose undo or redo mentions any of
        ``words`` (a forgotten participant's id, name, unit); the number of stacks cleared.

        A step cannot be taken out of the middle of a history (the later steps may build
        on it), so the whole history of that stack goes; the library's own stack too (a
        deleted session's undo holds the whole session).
        """
        words = tuple(w for w in words if w.strip())
        cleared = 0
        for stack in self._stacks.values():
            if any(_mentions(stack.command(i), words) for i in range(stack.count())):
                stack.clear()
                cleared += 1
        return cleared

    def show(self, session_id: str | None) -> None:
        """Undo and Redo now act on this session (None: on the library)."""
        self.stack_for(session_id).setActive(True)

    def do(self, text: str, operation: Callable[[], Change], session_id: str | None = None) -> Change:
        """Run ``operation`` (a store edit) and make it one undoable step on the stack of
        ``session_id`` (None: the library's).

        A ValidationError or StoreError from the operation reaches the caller
        (for an inline hint, the typed text kept) and nothing is pushed: nothing
        was stored. Nor is an edit that left nothing to undo. A StorageError (disk
        full, I/O error) is also announced, so the window can say it where it cannot
        be missed.
        """
        try:
            change = operation()
        except StorageError as e:
            self.storage_failed.emit(message_of(e))
            raise
        if not change.undo:  # nothing to undo (a timer started, a vote below zero): no step
            self.changed.emit(change)
            return change
        self.stack_for(session_id).push(
            StoreCommand(self.lib, text, change, self.changed.emit, self._report))
        return change


def _mentions(command: QUndoCommand, words: tuple[str, ...]) -> bool:
    """Whether a step (or a step of a macro) holds any of ``words`` in what it would replay."""
    if isinstance(command, StoreCommand):
        for change in (command._change, command._inverse):
            if change is not None and any(w in text for w in words
                                          for text in (*change.undo, *change.ids)):
                return True
    return any(_mentions(command.child(i), words) for i in range(command.childCount()))
