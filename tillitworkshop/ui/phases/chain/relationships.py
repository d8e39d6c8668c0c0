"""The five trust relationships: a "how strong is trust here" mark (1–5) and notes on each."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QListView,
    QVBoxLayout,
    QWidget,
)

from tillitworkshop.content import catalogue
from tillitworkshop.store import ratings as rating_ops
from tillitworkshop.ui.common.note_column import NoteColumn
from tillitworkshop.ui.common.state import SessionState
from tillitworkshop.ui.common.widgets import HintLabel, label, push_button

from .chain_model import RelationshipModel, StrengthRole


class RelationshipPane(QWidget):
    def __init__(self, state: SessionState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.model = RelationshipModel(state, self)
        self.list = QListView(self)
        self.list.setAccessibleName(self.tr("Trust relationships"))
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setMaximumWidth(420)
        self.heading = label("", "section", self, wrap=True)
        self.strength_label = label(self.tr("How strong is trust here?"), "subtitle", self)
        self.buttons = QButtonGroup(self)
        self.buttons.setExclusive(True)
        strength_row = QHBoxLayout()
        words = {1: self.tr("1 weak"), 3: "3", 5: self.tr("5 strong")}
        for value in range(1, 6):
            b = push_button(words.get(value, str(value)), self)
            b.setCheckable(True)
            b.setAccessibleName(self.tr("Trust %1 of 5").replace("%1", str(value)))
            self.buttons.addButton(b, value)
            strength_row.addWidget(b)
        self.clear = push_button(self.tr("Not marked"), self)
        self.clear.setAccessibleName(self.tr("Clear the trust mark"))
        strength_row.addWidget(self.clear)
        strength_row.addStretch(1)
        self.hint = HintLabel(self)
        self.notes = NoteColumn(state, "chain", "relationship",
                                catalogue().note_kind("relationship").name(state.lang),
                                self.tr("A note on this relationship. Type, Enter"),
                                key="Alt+1", parent=self)
        right = QVBoxLayout()
        for w in (self.heading, self.strength_label):
            right.addWidget(w)
        right.addLayout(strength_row)
        right.addWidget(self.hint)
        right.addWidget(self.notes, 1)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.list)
        row.addLayout(right, 1)
        self.buttons.idClicked.connect(self.mark)
        self.clear.clicked.connect(lambda: self.mark(None))
        self.list.selectionModel().currentRowChanged.connect(self._chosen)
        self.model.dataChanged.connect(lambda *_a: self._show_strength())
        self.key: str | None = None
        self.list.selectionModel().setCurrentIndex(
            self.model.index(0), QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def _chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        self.key = self.model.key(current.row())
        self.heading.setText(catalogue().relationship(self.key).name(self.state.lang))
        self.notes.set_place({"relationship": self.key})
        self._show_strength()

    def _show_strength(self) -> None:
        if self.key is None:
            return
        strength = self.model.data(self.model.index(self.model_row()), StrengthRole)
        self.buttons.setExclusive(False)
        for b in self.buttons.buttons():
            b.setChecked(self.buttons.id(b) == strength)
        self.buttons.setExclusive(True)

    def model_row(self) -> int:
        return self.list.currentIndex().row()

    def mark(self, strength: int | None) -> None:
        if self.key is None:
            return
        s, key = self.state, self.key
        s.attempt(self.tr("Mark trust"), lambda: rating_ops.set_relationship_strength(
            s.lib, s.id, key, strength), self.hint)
