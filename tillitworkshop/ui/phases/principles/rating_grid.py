"""Ratings "where are we today", 1–5: a grid of participants (or chain roles) × principles.

Fast keyboard entry: type a digit 1–5 and the cursor moves on to the next
cell (the next principle, then the next row); 0, Delete or Backspace clears a
cell; arrows move. Each rating is one undo step.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from tillitworkshop.content import catalogue
from tillitworkshop.domain.model import RATING_MAX, RATING_MIN
from tillitworkshop.store import ratings as rating_ops
from tillitworkshop.ui.common.indexes import AnyIndex
from tillitworkshop.ui.common.messages import message_of
from tillitworkshop.ui.common.roles import person, role_keys
from tillitworkshop.ui.common.state import SessionState

BY_PARTICIPANT, BY_ROLE = "participant", "role"


class RatingModel(QAbstractTableModel):
    def __init__(self, state: SessionState, mode: str = BY_PARTICIPANT,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.state = state
        self.mode = mode
        self.error = ""  # the last edit's refusal, for the page to show
        self._rows: list[tuple[str, str]] = []  # (key, label)
        self._cols: list[str] = []
        self._values: dict[tuple[str, str], int] = {}
        self._load()
        state.reloaded.connect(self.refresh)

    def set_mode(self, mode: str) -> None:
        self.beginResetModel()
        self.mode = mode
        self._load()
        self.endResetModel()

    def _load(self) -> None:
        w, lang = self.state.workshop, self.state.lang
        self._cols = [p.key for p in catalogue().principles_for(w.long_term_card)]
        if self.mode == BY_PARTICIPANT:
            self._rows = [(p.id, person(p.name, p.role, lang, w.sector)) for p in w.participants]
            self._values = {(r.participant_id, r.principle): r.value
                            for r in w.ratings if r.participant_id}
        else:
            self._rows = [(k, self.state.role_name(k)) for k in role_keys()]
            self._values = {(r.role, r.principle): r.value
                            for r in w.ratings if not r.participant_id and r.role}

    def refresh(self) -> None:
        """After any change: new values in place; a reset only when rows or columns changed,
        so the cursor of a fast keyboard entry stays where it is."""
        rows, cols = list(self._rows), list(self._cols)
        self._load()
        if rows != self._rows or cols != self._cols:
            self.beginResetModel()
            self.endResetModel()
        elif self._rows and self._cols:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(self._cols) - 1))

    def principle(self, column: int) -> str:
        return self._cols[column]

    def value(self, row: int, column: int) -> int | None:
        return self._values.get((self._rows[row][0], self._cols[column]))

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._cols)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)
                                       and 0 <= index.column() < len(self._cols)):
            return None
        value = self.value(index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            name = catalogue().principle(self._cols[index.column()]).name(self.state.lang)
            shown = self.tr("not rated") if value is None else str(value)
            return f"{self._rows[index.row()][1]}, {name}: {shown}"
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._cols):
            return catalogue().principle(self._cols[section]).name(self.state.lang)
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            return self._rows[section][1]
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.isValid() else base

    def setData(self, index: AnyIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        value = None if value in (None, "", 0) else value
        if value == self.value(index.row(), index.column()):
            return False
        key, principle, s = self._rows[index.row()][0], self._cols[index.column()], self.state
        who = {"participant_id": key} if self.mode == BY_PARTICIPANT else {"role": key}
        text = self.tr("Clear rating") if value is None else self.tr("Rate %1").replace("%1", str(value))
        return s.attempt(text, lambda: rating_ops.rate(s.lib, s.id, principle, value, **who),
                         self) is not None

    # Where the refusal of the last edit is kept for the page (edits.ShowsErrors)
    def show_error(self, error: Exception) -> None:
        self.error = message_of(error)

    def clear_hint(self) -> None:
        self.error = ""


class RatingTable(QTableView):
    """The grid, with digit entry that moves on by itself."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # The principles share the width, each at least as wide as its name (RatingsPane):
        # on a narrow window the grid scrolls sideways inside itself, the rows' names kept.
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.setTabKeyNavigation(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text, index = event.text(), self.currentIndex()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if index.isValid() and mods == Qt.KeyboardModifier.NoModifier:
            if text.isdigit() and RATING_MIN <= int(text) <= RATING_MAX:
                if self.model().setData(index, int(text)):
                    self._advance(index)
                return
            if text == "0" or event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.model().setData(index, None)
                return
        super().keyPressEvent(event)

    def _advance(self, index: QModelIndex) -> None:
        model = self.model()
        row, col = index.row(), index.column() + 1
        if col >= model.columnCount():
            row, col = row + 1, 0
        if row < model.rowCount():
            self.setCurrentIndex(model.index(row, col))
