"""The moderation queue: phones' notes wait here until the facilitator accepts, edits,
merges or rejects them, so nothing is projected unseen. Each decision is an ordinary,
undoable edit; "Accept all" accepts every note as it comes (a setting)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QInputDialog,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tillitworkshop.content import catalogue
from tillitworkshop.store import Change
from tillitworkshop.store import room as store
from tillitworkshop.ui.common.roles import role_name
from tillitworkshop.ui.common.state import SessionState
from tillitworkshop.ui.common.widgets import HintLabel, label, push_button, shorten


class ModerationQueue(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.state: SessionState | None = None
        self._sector: str | None = None  # the sector its items' chain links are named in
        self.heading = label("", "section", self)
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.accept_all = QCheckBox(self)
        self.hint = HintLabel(self)
        self.accept = push_button("", self)
        self.edit = push_button("", self)
        self.merge = push_button("", self)
        self.reject = push_button("", self)
        self.retranslate()
        buttons = QHBoxLayout()
        for b in (self.accept, self.edit, self.merge, self.reject):
            buttons.addWidget(b)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.heading)
        box.addWidget(self.list, 1)
        box.addLayout(buttons)
        box.addWidget(self.accept_all)
        box.addWidget(self.hint)
        self.accept.clicked.connect(lambda: self.decide("accept"))
        self.edit.clicked.connect(lambda: self.decide("edit"))
        self.merge.clicked.connect(lambda: self.decide("merge"))
        self.reject.clicked.connect(lambda: self.decide("reject"))
        self.accept_all.toggled.connect(self._accept_all_toggled)
        self.list.currentRowChanged.connect(lambda _r: self._enable())
        # replaced in tests: (title, label, text) -> (text, ok); (title, label, items) -> (index, ok)
        self.ask_text = self._ask_text
        self.ask_choice = self._ask_choice
        self.refresh()

    def retranslate(self) -> None:
        """Its texts in the window's language (the panel outlives a change of language)."""
        self.list.setAccessibleName(self.tr("Notes from phones awaiting moderation"))
        self.accept_all.setText(self.tr("Accept all notes as they come"))
        self.accept.setText(self.tr("Accept"))
        self.edit.setText(self.tr("Edit…"))
        self.merge.setText(self.tr("Merge…"))
        self.reject.setText(self.tr("Reject"))
        self.list.clear()  # its items name the kinds of note: made again in this language
        self.refresh()

    def set_state(self, state: SessionState | None) -> None:
        self.state = state
        if state is not None:  # a new sector renames the chain links shown
            state.reloaded.connect(self.refresh, Qt.ConnectionType.UniqueConnection)
        self.refresh()

    def changed(self, change: Change) -> None:
        if self.state is None or change.session_id != self.state.id:
            return
        if change.kind == "room" and change.action == "added" and self.accept_all.isChecked():
            self.accept_pending()
        elif change.kind in ("room", "note", "session"):
            self.refresh()

    def pending(self) -> list[store.QueuedNote]:
        return store.pending(self.state.lib, self.state.id) if self.state else []

    def refresh(self) -> None:
        """Bring the list in step with the queue: items gone are removed, new ones added at
        the end (the queue only grows at its end), so a busy room costs little."""
        row = self.list.currentRow()
        sector = self.state.sector if self.state else None
        if sector != self._sector:
            self.list.clear()
            self._sector = sector
        queued = self.pending()
        wanted = {q.id for q in queued}
        for i in reversed(range(self.list.count())):
            if self.list.item(i).data(Qt.ItemDataRole.UserRole) not in wanted:
                self.list.takeItem(i)
        shown = {self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())}
        lang = self.state.lang if self.state else "sv"
        for q in queued:
            if q.id in shown:
                continue
            where = catalogue().note_kind(q.kind).name(lang)
            if q.chain_link:
                where += " · " + role_name(q.chain_link, lang, sector=sector)
            # A list item's text is plain text: markup from a phone shows as typed.
            item = QListWidgetItem(f"{where}\n{q.text}")
            item.setData(Qt.ItemDataRole.UserRole, q.id)
            self.list.addItem(item)
        if queued and self.list.currentRow() < 0:
            self.list.setCurrentRow(min(max(row, 0), len(queued) - 1))
        self.heading.setText(self.tr("From phones: %n note(s) to moderate", "", len(queued)))
        self._enable()

    def _enable(self) -> None:
        some = self.list.currentRow() >= 0
        for b in (self.accept, self.edit, self.merge, self.reject):
            b.setEnabled(some)

    def _current(self) -> store.QueuedNote | None:
        item = self.list.currentItem()
        qid = item.data(Qt.ItemDataRole.UserRole) if item else None
        return next((q for q in self.pending() if q.id == qid), None)

    def decide(self, how: str) -> None:
        q = self._current()
        if q is None and self.list.currentItem() is not None:  # moderated meanwhile
            self.hint.say(self.tr("This note from a phone was already accepted or rejected."))
            self.refresh()
            return
        if q is None or self.state is None:
            return
        lib = self.state.lib
        if how == "accept":
            self.state.attempt(self.tr("Accept a note from a phone"),
                               lambda: store.accept(lib, q.id), self.hint)
        elif how == "edit":
            text, ok = self.ask_text(self.tr("Edit the note"), self.tr("Note:"), q.text)
            if ok and text.strip():
                self.state.attempt(self.tr("Accept a note from a phone"),
                                   lambda: store.accept(lib, q.id, text=text.strip()), self.hint)
        elif how == "merge":
            targets = [n for n in self.state.workshop.notes
                       if n.phase == q.phase and n.kind == q.kind and n.group_id is None]
            if not targets:
                self.hint.say(self.tr("There is no note of this kind to merge with yet."))
                return
            index, ok = self.ask_choice(self.tr("Merge with a note"), self.tr("Merge with:"),
                                        [shorten(n.text) for n in targets])
            if ok and 0 <= index < len(targets):
                target = targets[index].id
                self.state.attempt(self.tr("Merge a note from a phone"),
                                   lambda: store.accept(lib, q.id, merge_into=target), self.hint)
        elif how == "reject":
            self.state.attempt(self.tr("Reject a note from a phone"),
                               lambda: store.reject(lib, q.id), self.hint)
        self.refresh()

    def _accept_all_toggled(self, on: bool) -> None:
        if on:
            self.accept_pending()

    def accept_pending(self) -> None:
        if self.state is None:
            return
        lib = self.state.lib
        for q in self.pending():
            def accept(qid: str = q.id) -> Change:
                return store.accept(lib, qid)

            self.state.attempt(self.tr("Accept a note from a phone"), accept, self.hint)
        self.refresh()

    def _ask_text(self, title: str, prompt: str, text: str) -> tuple[str, bool]:
        return QInputDialog.getMultiLineText(self, title, prompt, text)

    def _ask_choice(self, title: str, prompt: str, items: list[str]) -> tuple[int, bool]:
        chosen, ok = QInputDialog.getItem(self, title, prompt, items, 0, False)
        return (items.index(chosen) if ok and chosen in items else -1), ok
