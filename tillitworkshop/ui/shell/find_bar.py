"""Find in the open session's notes (Ctrl+F): type, and Enter jumps from match to match.

Each match is shown where it was written: its phase is opened, the chain link
or relationship chosen, and the note selected in its list, while the cursor
stays in the find line so the next Enter goes on. Escape closes the bar.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from tillitworkshop.domain import PHASES, Note
from tillitworkshop.ui.common.roles import role_keys
from tillitworkshop.ui.common.widgets import EntryLine, shortcut

if TYPE_CHECKING:
    from .session_view import SessionView


def matches(notes, query: str) -> list[Note]:
    """The notes whose text holds ``query`` (any case), in the order of the day."""
    q = query.strip().casefold()
    if not q:
        return []
    phases = {p: i for i, p in enumerate(PHASES)}
    links = {k: i for i, k in enumerate(role_keys(chain_only=True))}
    found = [n for n in notes if q in n.text.casefold()]
    return sorted(found, key=lambda n: (  # as the pages show them: chain top-down, then relations
        phases.get(n.phase, len(phases)), n.kind == "relationship",
        links.get(n.chain_link, -1), n.relationship or "", n.kind, n.position, n.created_at))


def reveal(page: QWidget, note: Note) -> QWidget | None:
    """Show ``note`` selected in its list on ``page``; that list, or None when the page
    cannot show it (a page may offer ``reveal(note)`` of its own)."""
    if hasattr(page, "reveal"):
        return page.reveal(note)
    from tillitworkshop.ui.common.note_column import (
        NoteColumn,  # imported with the first page that has notes
    )

    for column in page.findChildren(NoteColumn):
        if column.model.row_of(note.id) is not None:
            column._select(note.id, scroll=True)
            return column.view
    return None


class FindBar(QFrame):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setProperty("role", "card")
        self.session: SessionView | None = None  # the one searched
        self.found: list[Note] = []
        self.at = -1
        self.shown_in: QWidget | None = None  # the list showing the current match
        self.line = EntryLine("", "", self)
        self.count = QLabel(self)
        self.previous = QPushButton(self)
        self.next = QPushButton(self)
        self.close_button = QPushButton(self)
        self._texts()
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 6, 12, 6)
        row.addWidget(self.line, 1)
        for w in (self.count, self.previous, self.next, self.close_button):
            row.addWidget(w)
        self.line.textChanged.connect(self.search)
        self.line.returnPressed.connect(lambda: self.step(1))
        self.next.clicked.connect(lambda: self.step(1))
        self.previous.clicked.connect(lambda: self.step(-1))
        self.close_button.clicked.connect(self.finish)
        for keys, text, slot in (
                (["Shift+Return", "Shift+Enter", "Shift+F3"], self.tr("Previous match"),
                 lambda: self.step(-1)),
                (["F3"], self.tr("Next match"), lambda: self.step(1)),
                (["Escape"], self.tr("Close the find bar"), self.finish)):
            for key in keys:
                shortcut(self, key, text, slot).setContext(
                    Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.hide()

    def _texts(self) -> None:
        self.line.setAccessibleName(self.tr("Find in this session's notes"))
        self.line.setPlaceholderText(self.tr("Find in the notes (Enter: next, Shift+Enter: previous)"))
        self.count.setAccessibleName(self.tr("Matches"))
        self.previous.setText(self.tr("Previous"))
        self.previous.setAccessibleName(self.tr("Previous match"))
        self.next.setText(self.tr("Next"))
        self.next.setAccessibleName(self.tr("Next match"))
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close the find bar"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._texts()
            self._show_count(self.line.text())
        super().changeEvent(event)

    def start(self, session) -> None:
        """Show the bar over ``session`` with the cursor in it (the last search selected)."""
        self.session = session
        self.show()
        self.line.setFocus()
        self.line.selectAll()
        self.search(self.line.text())

    def search(self, text: str) -> None:
        self.found = matches(self.session.state.notes.values(), text) if self.session else []
        self.at = -1
        if self.found:
            self.step(1)
        else:
            self._show_count(text)

    def step(self, delta: int) -> Note | None:
        """Go to the next (1) or previous (-1) match, round the end."""
        if not self.found or self.session is None:  # found only in a session
            return None
        self.at = (self.at + delta) % len(self.found)
        note = self.found[self.at]
        self.session.show_phase(note.phase)
        self.shown_in = reveal(self.session.pages[note.phase], note)
        self.line.setFocus()
        self._show_count(self.line.text())
        return note

    def _show_count(self, text: str) -> None:
        if not text.strip():
            self.count.setText("")
        elif not self.found:
            self.count.setText(self.tr("No note holds “%1”").replace("%1", text.strip()))
        else:
            self.count.setText(self.tr("%1 of %n", "", len(self.found)).replace(
                "%1", str(self.at + 1)))

    def finish(self) -> None:
        """Close the bar; the last match stays selected, with the keyboard on it."""
        self.hide()
        if self.shown_in is not None and self.shown_in.isVisible():
            self.shown_in.setFocus()
