"""One list of notes with its entry line: type, Enter, next.

Used for every list of notes in the day (the good meeting's two lists, the
chain's four kinds per link, the notes on a trust relationship). Keyboard:
Enter adds, F2 edits, Delete removes, Alt+Up/Alt+Down reorder.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QListView,
    QVBoxLayout,
    QWidget,
)

from tillitworkshop.content import catalogue
from tillitworkshop.domain import Note
from tillitworkshop.store import StoreError
from tillitworkshop.store import notes as note_ops
from tillitworkshop.store.records import position_between

from .drafts import keep
from .note_delegate import NoteDelegate
from .note_model import NoteListModel
from .roles import person, role_keys
from .state import SessionState
from .widgets import EntryLine, HintLabel, label, shortcut, text_action


class NoteColumn(QFrame):
    def __init__(self, state: SessionState, phase: str, kind: str, title: str,
                 placeholder: str, place: dict | None = None, key: str = "",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setProperty("role", "card")
        self.state, self.phase, self.kind = state, phase, kind
        self.place: dict = dict(place or {})
        self.title = label(title, "section", self, wrap=True)
        self.input = EntryLine(self.tr("New note: %1").replace("%1", title.replace("&", "")),
                               placeholder, self)
        if key:  # e.g. Alt+1: jump to this list's entry line from anywhere on the page
            shortcut(parent or self, key, self.tr("Type a new note: %1").replace(
                "%1", title.replace("&", "")), self.input.setFocus)
            self.title.setText(f"{title}  <span style='color:#66727c;font-weight:400'>{key}</span>")
        self.signal = QComboBox(self)
        self.signal.setAccessibleName(self.tr("Governance signal"))
        for s in catalogue().signals:
            self.signal.addItem(s.name(state.lang), s.key)
        self.signal.setVisible(kind == "signal")
        self.said_by = QComboBox(self)
        self.said_by.setAccessibleName(self.tr("Said by"))
        for combo in (self.signal, self.said_by):  # long names must not widen the page
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
        self.hint = HintLabel(self)
        self.model = NoteListModel(state, self._matches, self._edit, self)
        self.view = QListView(self)
        self.view.setAccessibleName(self.tr("Notes: %1").replace("%1", title.replace("&", "")))
        self.view.setModel(self.model)
        self.view.setItemDelegate(NoteDelegate(self.view))
        self.view.setWordWrap(True)
        self.view.setUniformItemSizes(False)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.DoubleClicked)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._add_actions()
        self._layout()
        self.input.returnPressed.connect(self.add)
        self.input.textEdited.connect(lambda _t: self.hint.clear_hint())
        state.reloaded.connect(self._fill_said_by)
        self._fill_said_by()
        self.draft = keep(state, self.input, self._draft_field())

    def _layout(self) -> None:
        box = QVBoxLayout(self)
        box.setContentsMargins(12, 10, 12, 12)
        box.addWidget(self.title)
        row = QHBoxLayout()
        row.addWidget(self.signal)
        row.addWidget(self.said_by, 1)
        box.addWidget(self.input)
        box.addLayout(row)
        box.addWidget(self.hint)
        box.addWidget(self.view, 1)

    def _add_actions(self) -> None:
        for text, keys, slot in (
            (self.tr("Delete note"), [QKeySequence(QKeySequence.StandardKey.Delete)], self.delete),
            (self.tr("Move note up"), [QKeySequence("Alt+Up")], lambda: self.move(-1)),
            (self.tr("Move note down"), [QKeySequence("Alt+Down")], lambda: self.move(1)),
        ):
            action = text_action(text, self.view)
            action.setShortcuts(keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
            self.view.addAction(action)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def _fill_said_by(self) -> None:
        current = self.said_by.currentData()
        self.said_by.clear()
        self.said_by.addItem(self.tr("Said by: the room"), None)
        w = self.state.workshop
        for p in w.participants:
            self.said_by.addItem(person(p.name, p.role, self.state.lang, self.state.sector),
                                 f"participant:{p.id}")
        for key in role_keys():
            self.said_by.addItem(self.tr("Role: %1").replace("%1", self.state.role_name(key)),
                                 f"role:{key}")
        at = self.said_by.findData(current)
        self.said_by.setCurrentIndex(max(at, 0))

    def set_place(self, place: dict) -> None:
        """Show (and add to) the notes at another place, e.g. another chain link."""
        self.place = dict(place)
        self.model.refill()
        self.hint.clear_hint()
        self.draft.bind(self._draft_field())

    def _draft_field(self) -> str:
        """The name of this list's entry line among the session's drafts: one per place."""
        where = ",".join(f"{k}={v}" for k, v in sorted(self.place.items()))
        return f"note/{self.phase}/{self.kind}" + (f"/{where}" if where else "")

    def _matches(self, n: Note) -> bool:
        return (n.phase == self.phase and n.kind == self.kind
                and all(getattr(n, k) == v for k, v in self.place.items()))

    def placement(self) -> dict:
        out = dict(self.place)
        said = self.said_by.currentData()
        if said:  # "participant:<id>" or "role:<key>"
            what, _, key = said.partition(":")
            out["participant_id" if what == "participant" else "role"] = key
        if self.kind == "signal":
            out["signal"] = self.signal.currentData()
        return out

    def add(self) -> str | None:
        """Store the typed note; keep the text and say why when it cannot be stored."""
        text = self.input.text()
        if not text.strip():
            self.hint.say(self.tr("Write the note first, then press Enter."))
            return None
        s, placement = self.state, self.placement()
        change = s.attempt(self.tr("Add note"), lambda: note_ops.add_note(
            s.lib, s.id, self.phase, self.kind, text, **placement), self.hint)
        if change is None:
            return None
        self.input.setText("")  # unlike clear(), leaves the line nothing of its own to undo
        self._select(change.ids[0], scroll=True)
        return change.ids[0]

    def _edit(self, note_id: str, text: str) -> bool:
        if not str(text).strip():
            self.hint.say(self.tr("A note cannot be empty; press Delete to remove it."))
            return False
        s = self.state
        return s.attempt(self.tr("Edit note"),
                         lambda: note_ops.update_note(s.lib, note_id, text=text),
                         self.hint) is not None

    def selected_ids(self) -> list[str]:
        rows = sorted(i.row() for i in self.view.selectionModel().selectedRows())
        return [self.model.note(r).id for r in rows]

    def delete(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        row = self.view.currentIndex().row()
        s, stack = self.state, self.state.hub.stack_for(self.state.id)
        stack.beginMacro(self.tr("Delete %n note(s)", "", len(ids)))
        try:
            for nid in ids:
                s.do(self.tr("Delete note"), partial(note_ops.delete_note, s.lib, nid))
        except StoreError as e:  # e.g. the disk is full: said, and what was deleted stays undoable
            self.hint.show_error(e)
        finally:
            stack.endMacro()
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(min(row, self.model.rowCount() - 1)))

    def move(self, step: int) -> None:  # type: ignore[override]  # not QWidget.move
        """Move the current note one place up (-1) or down (+1) in this list."""
        row = self.view.currentIndex().row()
        target = row + step
        if row < 0 or not 0 <= target < self.model.rowCount():
            return
        notes = self.model.notes()
        if step < 0:
            before = notes[target - 1].position if target > 0 else None
            position = position_between(before, notes[target].position)
        else:
            after = notes[target + 1].position if target + 1 < len(notes) else None
            position = position_between(notes[target].position, after)
        nid, s = notes[row].id, self.state
        try:
            s.do(self.tr("Move note"), lambda: note_ops.move_note(s.lib, nid, position))
        except StoreError as e:
            self.hint.show_error(e)
            return
        self._select(nid)

    def _select(self, note_id: str, scroll: bool = False) -> None:
        row = self.model.row_of(note_id)
        if row is None:
            return
        index = self.model.index(row)
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if scroll:
            self.view.scrollTo(index)
