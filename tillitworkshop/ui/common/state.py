"""The open session as the screens see it, kept in step with every change.

Notes are refreshed one by one (a session may hold thousands); anything else
reloads the session, which is small.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from tillitworkshop.content import catalogue
from tillitworkshop.domain import Note, Workshop
from tillitworkshop.domain.model import FORGOTTEN_NAME
from tillitworkshop.store import Change, Library, StoreError
from tillitworkshop.store.read import load_note, load_workshop
from tillitworkshop.store.sessions import session_exists
from tillitworkshop.ui.shell.i18n import current_language

from .edits import ShowsErrors, attempt
from .roles import person, role_name
from .undo import UndoHub

Clock = Callable[[], dt.datetime]


def system_clock() -> dt.datetime:
    return dt.datetime.now().astimezone()


class SessionState(QObject):
    """One open session: its data, the edits it takes, and signals when either changes."""

    reloaded = Signal()  # anything may have changed
    notes_changed = Signal(list)  # ids of notes added, edited, moved or removed
    focus_changed = Signal()  # the item a page has open changed (the presenter and phones follow)
    room_open = False  # set by the room (ui/room): the closing page reminds to close it

    def __init__(self, hub: UndoHub, session_id: str, clock: Clock = system_clock,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.hub = hub
        self.clock = clock
        self.workshop: Workshop = load_workshop(hub.lib, session_id)
        self.notes: dict[str, Note] = {n.id: n for n in self.workshop.notes}
        # Per phase, what its page has open: a chain link, a principle card, "gaps"...
        # View state, not stored: the presenter window shows it.
        self.focus: dict[str, str] = {}
        hub.changed.connect(self.apply)

    @property
    def lib(self) -> Library:
        return self.hub.lib

    @property
    def id(self) -> str:
        return self.workshop.id

    @property
    def lang(self) -> str:
        """The window's language, in which the catalogue is named (the session's own
        language, ``workshop.language``, is the default for its PDFs)."""
        return current_language()

    def do(self, text: str, operation: Callable[[], Change]) -> Change:
        """An edit of this session, undone by this session's own undo stack."""
        return self.hub.do(text, operation, self.id)

    def attempt(self, text: str, operation: Callable[[], Change], hint: ShowsErrors) -> Change | None:
        """``do``, saying in ``hint`` why the edit was refused (then None) or clearing it."""
        return attempt(lambda: self.do(text, operation), hint)

    def set_focus(self, phase: str, item: str) -> None:
        """What a page has open (a chain link, a card): the presenter shows it; the chain
        link is also kept in the library, for the phones (view state, no undo step)."""
        if self.focus.get(phase) == item:
            return
        self.focus[phase] = item
        if phase == "chain" and item in {r.key for r in catalogue().roles}:
            row = self.lib.query_one("SELECT current_link FROM sessions WHERE id = ?", [self.id])
            if row is not None and row["current_link"] != item:
                # A failing disk is said by the next real edit.
                from tillitworkshop.store import room  # the phones' (hashlib): not at start-up

                with contextlib.suppress(StoreError):
                    room.set_focus(self.lib, self.id, item)
        self.focus_changed.emit()

    def now_iso(self) -> str:
        return self.clock().isoformat(timespec="seconds")

    def apply(self, change: Change) -> None:
        if change.session_id != self.id:
            return
        if change.kind == "note":
            for nid in change.ids:
                note = load_note(self.lib, nid)
                if note is None:
                    self.notes.pop(nid, None)
                else:
                    self.notes[nid] = note
            self.workshop.notes = list(self.notes.values())
            self.notes_changed.emit(list(change.ids))
        elif change.kind == "session" and change.action in ("deleted", "reverted") \
                and not self.exists():
            return  # the window closes the session
        elif change.kind == "room" and change.action != "reverted":
            return  # the phones' queue is not the session's content (ui/room shows it)
        else:
            self.reload()

    def exists(self) -> bool:
        return session_exists(self.lib, self.id)

    def reload(self) -> None:
        self.workshop = load_workshop(self.lib, self.id)
        self.notes = {n.id: n for n in self.workshop.notes}
        self.reloaded.emit()

    # Names from the catalogue, in the window's language and the session's sector.
    @property
    def sector(self) -> str:
        return self.workshop.sector

    def role_name(self, key: str | None) -> str:
        return role_name(key, self.lang, sector=self.sector)

    def role_singular(self, key: str | None) -> str:
        return role_name(key, self.lang, one=True, sector=self.sector)

    def signal_name(self, key: str) -> str:
        return catalogue().signal(key).name(self.lang)

    def attribution(self, note: Note) -> str:
        """Who said it, for the facilitator: a participant and their role, or a role."""
        if note.participant_id:
            p = self.workshop.participant(note.participant_id)
            if p is not None and p.name == FORGOTTEN_NAME:  # said as their role's
                return self.role_name(p.role)
            if p is not None:
                return person(p.name, p.role, self.lang, self.sector)
        if note.role:
            return self.role_name(note.role)
        return ""
