"""The governance chain's links and the five trust relationships, as list models.

Each link row carries how much has been said there (notes per kind), so the
chain can show at a glance where the room has spoken and where it has not.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QObject, Qt

from ..content import catalogue
from .state import SessionState

KeyRole = Qt.ItemDataRole.UserRole + 1
CountsRole = Qt.ItemDataRole.UserRole + 2  # {kind: number of notes}
TotalRole = Qt.ItemDataRole.UserRole + 3
StrengthRole = Qt.ItemDataRole.UserRole + 4  # 1–5 or None
LINK_KINDS = ("signal", "value", "hinder", "need")


class ChainLinkModel(QAbstractListModel):
    """The links of the chain present in the room, top (politics) to bottom (citizens).

    With nobody on the roster yet, every link is shown, so the walk-through can start.
    """

    def __init__(self, state: SessionState, parent: QObject | None = None):
        super().__init__(parent)
        self._state = state
        self._keys: list[str] = []
        self._counts: dict[str, Counter] = {}
        self.refill()
        state.reloaded.connect(self.refill)
        state.notes_changed.connect(self._recount)

    def refill(self) -> None:
        self.beginResetModel()
        present = {p.role for p in self._state.workshop.participants}
        links = [r.key for r in catalogue().chain_links()]
        self._keys = [k for k in links if k in present] or links
        self._count()
        self.endResetModel()

    def _count(self) -> None:
        self._counts = {k: Counter() for k in self._keys}
        for n in self._state.notes.values():
            if n.phase == "chain" and n.kind in LINK_KINDS and n.chain_link in self._counts:
                self._counts[n.chain_link][n.kind] += 1

    def _recount(self, _ids: list) -> None:
        self._count()
        if self._keys:
            self.dataChanged.emit(self.index(0), self.index(len(self._keys) - 1))

    def key(self, row: int) -> str:
        return self._keys[row]

    def row_of(self, key: str) -> int | None:
        return self._keys.index(key) if key in self._keys else None

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._keys)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._keys):
            return None
        key = self._keys[index.row()]
        counts = self._counts.get(key, Counter())
        if role == Qt.ItemDataRole.DisplayRole:
            return catalogue().role(key).name(self._state.lang)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return QCoreApplication.translate("ChainLinkModel", "%1, notes: %2").replace(
                "%1", catalogue().role(key).name(self._state.lang)).replace(
                "%2", str(sum(counts.values())))
        if role == KeyRole:
            return key
        if role == CountsRole:
            return dict(counts)
        if role == TotalRole:
            return sum(counts.values())
        return None


class RelationshipModel(QAbstractListModel):
    """The five trust relationships with their strength mark and number of notes."""

    def __init__(self, state: SessionState, parent: QObject | None = None):
        super().__init__(parent)
        self._state = state
        self._keys = [r.key for r in catalogue().relationships]
        state.reloaded.connect(self._changed)
        state.notes_changed.connect(self._changed)

    def _changed(self, *_args) -> None:
        self.dataChanged.emit(self.index(0), self.index(len(self._keys) - 1))

    def key(self, row: int) -> str:
        return self._keys[row]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._keys)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._keys):
            return None
        key = self._keys[index.row()]
        marks = {m.relationship: m.strength for m in self._state.workshop.relationship_marks}
        notes = sum(1 for n in self._state.notes.values()
                    if n.phase == "chain" and n.kind == "relationship" and n.relationship == key)
        name = catalogue().relationship(key).name(self._state.lang)
        t = QCoreApplication.translate
        if role == Qt.ItemDataRole.DisplayRole:
            mark = "●" * marks[key] + "○" * (5 - marks[key]) if key in marks else "–"
            return f"{name}\n{mark}   " + t("RelationshipModel", "notes: %1").replace("%1", str(notes))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            strength = t("RelationshipModel", "trust %1 of 5").replace("%1", str(marks[key])) \
                if key in marks else t("RelationshipModel", "trust not marked")
            return f"{name}, {strength}, " + t("RelationshipModel", "notes: %1").replace("%1", str(notes))
        if role == KeyRole:
            return key
        if role == StrengthRole:
            return marks.get(key)
        if role == TotalRole:
            return notes
        return None
