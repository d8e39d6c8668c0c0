"""The problem board's data: problems by obstacle, duplicates grouped, votes summed.

``BoardIndex`` is plain Python: which problems there are, which are grouped
under which, and each group's total of dots. ``BoardColumnModel`` is one
column (an obstacle, or "not yet placed"), kept in order row by row as notes
change, so an action on a board of 2,000 notes touches only the rows it moved.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable

from PySide6.QtCore import QAbstractListModel, QMimeData, QModelIndex, QObject, Qt

from tillitworkshop.domain import Note
from tillitworkshop.ui.common.indexes import AnyIndex
from tillitworkshop.ui.common.widgets import shorten

UNPLACED = ""  # the column of problems not yet placed on an obstacle
MIME = "application/x-tillitworkshop-notes"
IdRole = Qt.ItemDataRole.UserRole + 1
VotesRole = Qt.ItemDataRole.UserRole + 2  # the group's total of dots
GroupRole = Qt.ItemDataRole.UserRole + 3  # how many duplicates are grouped under it
NoteRole = Qt.ItemDataRole.UserRole + 4


def is_problem(n: Note) -> bool:
    return n.phase == "problems" and n.kind == "problem"


class BoardIndex:
    """Problems and their groups; updated with the ids of notes that changed."""

    def __init__(self, notes: dict[str, Note]):
        self.notes = notes  # the session state's dict, always current
        self.members: dict[str, set[str]] = {}
        self._leader: dict[str, str] = {}
        self._votes = {n.id: n.votes for n in notes.values() if is_problem(n)}
        self.used = sum(self._votes.values())  # dots placed on the board, kept as notes change
        for n in notes.values():
            if is_problem(n) and n.group_id:
                self._join(n.id, n.group_id)

    def _join(self, nid: str, leader: str) -> None:
        self._leader[nid] = leader
        self.members.setdefault(leader, set()).add(nid)

    def update(self, ids: Iterable[str]) -> set[str]:
        """Take in changed notes; return every id whose row may look different now."""
        touched: set[str] = set()
        for nid in ids:
            touched.add(nid)
            n = self.notes.get(nid)
            self.used -= self._votes.pop(nid, 0)
            if n is not None and is_problem(n):
                self._votes[nid] = n.votes
                self.used += n.votes
            old = self._leader.pop(nid, None)
            if old is not None:
                self.members.get(old, set()).discard(nid)
                touched.add(old)
            if n is not None and is_problem(n) and n.group_id:
                self._join(nid, n.group_id)
                touched.add(n.group_id)
        return touched

    def total_votes(self, nid: str) -> int:
        own = self.notes[nid].votes if nid in self.notes else 0
        return own + sum(self.notes[m].votes for m in self.members.get(nid, ()) if m in self.notes)

    def shown(self, n: Note) -> bool:
        """A problem that is not grouped under another (its leader stands for it)."""
        return is_problem(n) and not (n.group_id and n.group_id in self.notes)

    def leaders(self) -> list[Note]:
        """Problems as the room sees them, most dots first."""
        shown = [n for n in self.notes.values() if self.shown(n)]
        return sorted(shown, key=lambda n: (-self.total_votes(n.id), n.position, n.created_at))

    def used_votes(self) -> int:
        return self.used


class BoardColumnModel(QAbstractListModel):
    """The problems on one obstacle that pass the filter, by position or by votes."""

    def __init__(self, index: BoardIndex, obstacle: str, describe: Callable[[Note], str],
                 on_edit: Callable[[str, str], bool] | None = None,
                 on_drop: Callable[[list[str], str, str | None, int], None] | None = None,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.board, self.obstacle = index, obstacle
        self._describe, self._on_edit, self._on_drop = describe, on_edit, on_drop
        self.link: str | None = None  # filter: problems arising at this chain link only
        self.by_votes = False
        self._ids: list[str] = []
        self._keys: list[tuple] = []
        self._dots: dict[str, int] = {}  # each row's total, so the column's sum stays current
        self.dots = 0
        self.refill()

    def _key(self, n: Note) -> tuple:
        base = (n.position, n.created_at, n.id)
        return (-self.board.total_votes(n.id), *base) if self.by_votes else base

    def wanted(self, n: Note | None) -> bool:
        return (n is not None and self.board.shown(n) and (n.obstacle or UNPLACED) == self.obstacle
                and (self.link is None or n.chain_link == self.link))

    def refill(self) -> None:
        self.beginResetModel()
        notes = sorted((n for n in self.board.notes.values() if self.wanted(n)), key=self._key)
        self._ids = [n.id for n in notes]
        self._keys = [self._key(n) for n in notes]
        self._dots = {n.id: self.board.total_votes(n.id) for n in notes}
        self.dots = sum(self._dots.values())
        self.endResetModel()

    def apply(self, ids: Iterable[str]) -> None:
        for nid in ids:
            note = self.board.notes.get(nid)
            wanted = self.wanted(note)
            present = nid in self._dots  # O(1): most changes are in other columns
            if not present and not wanted:
                continue
            self.dots -= self._dots.pop(nid, 0)
            if wanted:
                self._dots[nid] = self.board.total_votes(nid)
                self.dots += self._dots[nid]
            row = self.row_of(nid) if present else None
            key = self._key(note) if note is not None and wanted else None
            if row is not None and key == self._keys[row]:
                index = self.index(row)
                self.dataChanged.emit(index, index)
                continue
            if row is not None:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._ids[row], self._keys[row]
                self.endRemoveRows()
            if key is not None:  # wanted
                at = bisect.bisect_left(self._keys, key)
                self.beginInsertRows(QModelIndex(), at, at)
                self._ids.insert(at, nid)
                self._keys.insert(at, key)
                self.endInsertRows()

    def row_of(self, nid: str) -> int | None:
        try:
            return self._ids.index(nid)
        except ValueError:
            return None

    def note(self, row: int) -> Note:
        return self.board.notes[self._ids[row]]

    def card(self, row: int) -> tuple[Note | None, int]:
        """The problem on ``row`` and how many duplicates are grouped under it, for the
        card's size (asked for every row at each relayout: no trip through data())."""
        if not 0 <= row < len(self._ids):
            return None, 0
        nid = self._ids[row]
        return self.board.notes.get(nid), len(self.board.members.get(nid, ()))

    def ids(self) -> list[str]:
        return list(self._ids)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        nid = self._ids[index.row()]
        note = self.board.notes.get(nid)
        if note is None:  # deleted, its row not yet removed (the selection asks meanwhile)
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return shorten(note.text)
        if role == Qt.ItemDataRole.EditRole:
            return note.text
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._describe(note)
        if role == IdRole:
            return nid
        if role == VotesRole:
            return self.board.total_votes(nid)
        if role == GroupRole:
            return len(self.board.members.get(nid, ()))
        if role == NoteRole:
            return note
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = super().flags(index) | Qt.ItemFlag.ItemIsDropEnabled
        if index.isValid():
            base |= Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: AnyIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self._on_edit is None:
            return False
        note = self.note(index.row())
        return value != note.text and self._on_edit(note.id, value)

    # Drag and drop: onto a column moves there; onto a problem groups under it.
    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes) -> QMimeData:
        data = QMimeData()
        ids = [self._ids[i.row()] for i in sorted(indexes, key=lambda i: i.row()) if i.isValid()]
        data.setData(MIME, "\n".join(ids).encode())
        return data

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def dropMimeData(self, data: QMimeData, action, row: int, column: int,
                     parent: AnyIndex) -> bool:
        if not data.hasFormat(MIME) or self._on_drop is None:
            return False
        ids = [i for i in bytes(data.data(MIME)).decode().split("\n")  # type: ignore[call-overload]  # a buffer
               if i in self.board.notes]
        target = self._ids[parent.row()] if parent.isValid() else None
        if not ids or target in ids:
            return False
        self._on_drop(ids, self.obstacle, target, row)
        return False  # the rows follow the store's change, not the view's drag
