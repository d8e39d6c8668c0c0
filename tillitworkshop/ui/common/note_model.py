"""A list of notes (one kind, one place) that follows edits row by row.

A session may hold thousands of notes; after an edit only the rows of the
notes that changed are inserted, moved, updated or removed, so adding a note
costs the same with 20 notes as with 2,000.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, Qt

from tillitworkshop.domain import Note
from tillitworkshop.ui.common.indexes import AnyIndex

from .state import SessionState
from .widgets import shorten

IdRole = Qt.ItemDataRole.UserRole + 1
Predicate = Callable[[Note], bool]


def _key(n: Note) -> tuple[float, str]:
    return (n.position, n.created_at)


class NoteListModel(QAbstractListModel):
    def __init__(self, state: SessionState, predicate: Predicate,
                 on_edit: Callable[[str, str], bool] | None = None,
                 parent: QObject | None = None):
        super().__init__(parent)
        self._state = state
        self._predicate = predicate
        self._on_edit = on_edit
        self._notes: list[Note] = []
        self._keys: list[tuple[float, str]] = []
        self._shown: dict[str, str] = {}  # note id -> its text as the list shows it
        self.refill()
        state.notes_changed.connect(self.apply)
        state.reloaded.connect(self.refill)

    def refill(self) -> None:
        self.beginResetModel()
        self._shown.clear()
        self._notes = sorted((n for n in self._state.notes.values() if self._predicate(n)),
                             key=_key)
        self._keys = [_key(n) for n in self._notes]
        self.endResetModel()

    def apply(self, ids: list[str]) -> None:
        for nid in ids:
            self._apply_one(nid)

    def _apply_one(self, nid: str) -> None:
        self._shown.pop(nid, None)
        row = self.row_of(nid)
        note = self._state.notes.get(nid)
        if note is not None and not self._predicate(note):
            note = None  # not one of this list's
        if row is not None and (note is None or self._keys[row] != _key(note)):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._notes[row], self._keys[row]
            self.endRemoveRows()
            row = None
        if note is None:
            return
        if row is not None:  # same place: the text or attribution changed
            self._notes[row] = note
            index = self.index(row)
            self.dataChanged.emit(index, index)
            return
        at = bisect.bisect_right(self._keys, _key(note))
        self.beginInsertRows(QModelIndex(), at, at)
        self._notes.insert(at, note)
        self._keys.insert(at, _key(note))
        self.endInsertRows()

    def row_of(self, nid: str) -> int | None:
        note = self._state.notes.get(nid)
        if note is not None:  # fast path: look where its position says
            at = bisect.bisect_left(self._keys, _key(note))
            if at < len(self._notes) and self._notes[at].id == nid:
                return at
        return next((i for i, n in enumerate(self._notes) if n.id == nid), None)

    def shown(self, row: int) -> str:
        """The note in ``row`` as the list draws it: signal, the text (shortened), who said it.

        Kept until the note changes: the view asks for every row's size after
        each insert, and a session may hold thousands of notes."""
        note = self._notes[row]
        text = self._shown.get(note.id)
        if text is None:
            who = self._state.attribution(note)
            signal = f"{self._state.signal_name(note.signal)}: " if note.signal else ""
            text = signal + shorten(note.text) + (f"\n— {who}" if who else "")
            self._shown[note.id] = text
        return text

    def note(self, row: int) -> Note:
        return self._notes[row]

    def notes(self) -> list[Note]:
        return list(self._notes)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._notes)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._notes):
            return None
        note = self._notes[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.shown(index.row())
        if role == Qt.ItemDataRole.EditRole:
            return note.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return shorten(note.text, 2000)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return shorten(note.text, 200)
        if role == IdRole:
            return note.id
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and self._on_edit is not None:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: AnyIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self._on_edit is None:
            return False
        note = self._notes[index.row()]
        if value == note.text:
            return False
        return self._on_edit(note.id, value)
