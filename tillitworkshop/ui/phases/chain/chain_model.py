"""The governance chain's links and the five trust relationships, as list models.

Each link row carries how much has been said there (notes per kind), so the
chain can show at a glance where the room has spoken and where it has not.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Hashable

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QObject, Qt

from tillitworkshop.content import catalogue
from tillitworkshop.domain import Note
from tillitworkshop.ui.common.indexes import AnyIndex
from tillitworkshop.ui.common.roles import role_keys
from tillitworkshop.ui.common.state import SessionState

KeyRole = Qt.ItemDataRole.UserRole + 1
CountsRole = Qt.ItemDataRole.UserRole + 2  # {kind: number of notes}
TotalRole = Qt.ItemDataRole.UserRole + 3
StrengthRole = Qt.ItemDataRole.UserRole + 4  # 1–5 or None
LINK_KINDS = ("signal", "value", "hinder", "need")


def _link_kind(n: Note) -> tuple[str, str] | None:
    if n.phase == "chain" and n.kind in LINK_KINDS and n.chain_link:
        return (n.chain_link, n.kind)
    return None


def _relationship(n: Note) -> str | None:
    if n.phase == "chain" and n.kind == "relationship" and n.relationship:
        return n.relationship
    return None


class NoteTally:
    """How many notes fall under each key (e.g. a link and a kind), kept by note.

    Counting all notes after every edit cost more than the edit itself with
    2,000 notes; ``update`` moves only the notes that changed, and says which
    keys did.
    """

    def __init__(self, state: SessionState, key: Callable[[Note], Hashable | None]):
        self._state, self._key = state, key
        self.counts: Counter = Counter()
        self._of: dict[str, Hashable] = {}

    def refill(self) -> None:
        self.counts, self._of = Counter(), {}
        for n in self._state.notes.values():
            k = self._key(n)
            if k is not None:
                self._of[n.id] = k
                self.counts[k] += 1

    def update(self, ids: list[str]) -> set:
        touched = set()
        for nid in ids:
            old = self._of.pop(nid, None)
            note = self._state.notes.get(nid)
            new = self._key(note) if note is not None else None
            if old == new:
                if new is not None:
                    self._of[nid] = new
                continue
            if old is not None:
                self.counts[old] -= 1
                touched.add(old)
            if new is not None:
                self._of[nid] = new
                self.counts[new] += 1
                touched.add(new)
        return touched


class ChainLinkModel(QAbstractListModel):
    """The links of the chain present in the room, top (politics) to bottom (citizens).

    With nobody on the roster yet, every link is shown, so the walk-through can start.
    """

    def __init__(self, state: SessionState, parent: QObject | None = None):
        super().__init__(parent)
        self._state = state
        self._keys: list[str] = []
        self._tally = NoteTally(state, _link_kind)
        self.refill()
        state.reloaded.connect(self.refill)
        state.notes_changed.connect(self._recount)

    def refill(self) -> None:
        self.beginResetModel()
        present = {p.role for p in self._state.workshop.participants}
        links = role_keys(chain_only=True)
        self._keys = [k for k in links if k in present] or links
        self._tally.refill()
        self.endResetModel()

    def _recount(self, ids: list) -> None:
        """Count only the notes that changed, and repaint only their links."""
        for link in {link for link, _kind in self._tally.update(ids)}:
            row = self.row_of(link)
            if row is not None:
                self.dataChanged.emit(self.index(row), self.index(row))

    def _counts_of(self, link: str) -> dict[str, int]:
        return {k: self._tally.counts[(link, k)] for k in LINK_KINDS
                if self._tally.counts[(link, k)]}

    def key(self, row: int) -> str:
        return self._keys[row]

    def row_of(self, key: str) -> int | None:
        return self._keys.index(key) if key in self._keys else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._keys)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._keys):
            return None
        key = self._keys[index.row()]
        counts = self._counts_of(key)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._state.role_name(key)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return QCoreApplication.translate("ChainLinkModel", "%1, notes: %2").replace(
                "%1", self._state.role_name(key)).replace(
                "%2", str(sum(counts.values())))
        if role == Qt.ItemDataRole.ToolTipRole:  # the bar's segments, named and counted
            kinds = catalogue()
            return "\n".join(f"{kinds.note_kind(k).name(self._state.lang)}: {counts.get(k, 0)}"
                             for k in LINK_KINDS)
        if role == KeyRole:
            return key
        if role == CountsRole:
            return counts
        if role == TotalRole:
            return sum(counts.values())
        return None


class RelationshipModel(QAbstractListModel):
    """The five trust relationships with their strength mark and number of notes."""

    def __init__(self, state: SessionState, parent: QObject | None = None):
        super().__init__(parent)
        self._state = state
        self._keys = [r.key for r in catalogue().relationships]
        self._tally = NoteTally(state, _relationship)
        self._tally.refill()
        state.reloaded.connect(self._reloaded)
        state.notes_changed.connect(self._notes_changed)

    def _reloaded(self) -> None:
        self._tally.refill()
        self.dataChanged.emit(self.index(0), self.index(len(self._keys) - 1))

    def _notes_changed(self, ids: list) -> None:
        for key in self._tally.update(ids):
            if key in self._keys:
                row = self._keys.index(key)
                self.dataChanged.emit(self.index(row), self.index(row))

    def key(self, row: int) -> str:
        return self._keys[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._keys)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._keys):
            return None
        key = self._keys[index.row()]
        marks = {m.relationship: m.strength for m in self._state.workshop.relationship_marks}
        notes = self._tally.counts[key]
        name = catalogue().relationship(key).name(self._state.lang)
        said = QCoreApplication.translate("RelationshipModel", "notes: %1").replace("%1", str(notes))
        if role == Qt.ItemDataRole.DisplayRole:
            mark = "●" * marks[key] + "○" * (5 - marks[key]) if key in marks else "–"
            return f"{name}\n{mark}   {said}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if key in marks:
                strength = QCoreApplication.translate("RelationshipModel", "trust %1 of 5").replace(
                    "%1", str(marks[key]))
            else:
                strength = QCoreApplication.translate("RelationshipModel", "trust not marked")
            return f"{name}, {strength}, {said}"
        if role == KeyRole:
            return key
        if role == StrengthRole:
            return marks.get(key)
        if role == TotalRole:
            return notes
        return None
