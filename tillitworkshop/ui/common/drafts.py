"""Nothing typed is lost: an entry line's text, until it is submitted, is a draft in the library.

A ``DraftKeeper`` watches one line. After a short pause in typing (``DELAY_MS``),
when the line loses focus or is hidden (its page, its session or the window goes
away) it stores the text as the draft of its field (``store.drafts``); when the
line holds its ``baseline`` again (emptied after Enter, or back to the stored
value) the draft is deleted. A keystroke itself only restarts a timer: the
library is written at most once per pause, never per key.

``bind`` points a keeper at another field (another chain link, another
commitment) and shows that field's draft, or its baseline when it has none; the
pages call it wherever they used to ``setText`` what is stored. ``flush_all``
stores every pending draft of a view: the window calls it before it closes a
session (also when it rebuilds itself in another language) and when it closes.
"""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QLineEdit

from tillitworkshop.store import StoreError, drafts

from .messages import message_of
from .state import SessionState

DELAY_MS = 400


def flush_all(view: QObject) -> None:
    """Store every draft typed in ``view`` since its keeper last stored it. (Found by Qt,
    which lists only keepers still alive: a closed session's are gone with its lines.)"""
    for keeper in view.findChildren(DraftKeeper):
        keeper.flush()


class DraftKeeper(QObject):
    def __init__(self, state: SessionState, line: QLineEdit, field: str, baseline: str = ""):
        super().__init__(line)
        self.state, self.line = state, line
        self.field, self.baseline = field, baseline
        self._dirty = False
        self._quiet = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.flush)
        line.textChanged.connect(self._typed)
        line.installEventFilter(self)
        self.bind(field, baseline)

    def bind(self, field: str, baseline: str = "") -> None:
        """Keep the line as the draft of ``field`` from now on: store what is pending for the
        field before, then show ``field``'s draft, or ``baseline`` when it has none."""
        self.flush()
        self.field, self.baseline = field, baseline
        stored = self._read()
        if stored is not None and stored == baseline:  # it was stored as the value since
            self.discard()
        self._show(baseline if stored is None else stored)

    def discard(self) -> None:
        """Forget the draft (its text was submitted): the line keeps what it shows."""
        self._timer.stop()
        self._dirty = False
        try:
            drafts.discard(self.state.lib, self.state.id, self.field)
        except (sqlite3.IntegrityError, sqlite3.ProgrammingError):
            return
        except StoreError as e:
            self.state.hub.storage_failed.emit(message_of(e))

    def set_baseline(self, baseline: str) -> None:
        """The stored value changed (e.g. the field was stored): a line that now holds it
        has no draft any more; one that holds something else keeps its draft."""
        self.baseline = baseline
        if self.line.text() == baseline:
            self._dirty = True
            self.flush()

    def has_draft(self) -> bool:
        return self.line.text() != self.baseline

    def _show(self, text: str) -> None:
        self._quiet = True
        try:
            self.line.setText(text)
        finally:
            self._quiet = False

    def _typed(self, text: str) -> None:
        if self._quiet:
            return
        self._dirty = True
        if text == self.baseline:  # submitted or undone: nothing left to keep, say so now
            self.flush()
        else:
            self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.FocusOut, QEvent.Type.Hide):
            self.flush()
        return False

    def flush(self) -> None:
        """Store the line's text as the draft now, if it changed since it was last stored."""
        self._timer.stop()
        if not self._dirty:
            return
        self._dirty = False
        s = self.state
        try:
            text = self.line.text()
            if text == self.baseline:
                drafts.discard(s.lib, s.id, self.field)
            else:
                drafts.put(s.lib, s.id, self.field, text)
        except RuntimeError:  # the line is gone (Qt deleted it): nothing to store
            return
        except (sqlite3.IntegrityError, sqlite3.ProgrammingError):  # the session was deleted
            return  # meanwhile, or the library closed
        except StoreError as e:  # e.g. the disk is full: said as for any edit
            self._dirty = True
            s.hub.storage_failed.emit(message_of(e))

    def _read(self) -> str | None:
        try:
            return drafts.get(self.state.lib, self.state.id, self.field)
        except sqlite3.Error:
            return None


def keep(state: SessionState, line: QLineEdit, field: str, baseline: str = "") -> DraftKeeper:
    """A keeper for ``line`` as the draft of ``field`` (see ``DraftKeeper``)."""
    return DraftKeeper(state, line, field, baseline)
