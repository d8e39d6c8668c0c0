"""Principkort: the seven principle cards (eight with Långsiktighet), reflections and
examples per card, the rating grid and the chain's gap view.

Keys: Alt+Left/Alt+Right step the deck, Ctrl+L shows the card large,
Ctrl+Shift+1/2/3 switch between cards, ratings and the gap view.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tillitworkshop.content import catalogue
from tillitworkshop.domain import Note
from tillitworkshop.store import sessions as session_ops
from tillitworkshop.ui.common.dialogs import remember_focus
from tillitworkshop.ui.common.note_column import NoteColumn
from tillitworkshop.ui.common.state import SessionState
from tillitworkshop.ui.common.widgets import HintLabel, label, push_button, shortcut

from .card_view import CardWidget, LargeCard
from .gap_view import GapView, compute
from .rating_grid import BY_PARTICIPANT, BY_ROLE, RatingModel, RatingTable


class CardsPane(QWidget):
    card_changed = Signal()

    def __init__(self, state: SessionState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.deck = QListWidget(self)
        self.deck.setAccessibleName(self.tr("The principle cards"))
        self.deck.setMaximumWidth(260)
        # fill() turns to a card, which lays the rows out now, before the page is shown:
        # polished first, the deck places them with the style sheet's item padding (else
        # they are placed tight, and the padded rows overlap).
        self.deck.ensurePolished()
        self.card = CardWidget(1.0, self)
        self.large = push_button(self.tr("Show &large  (Ctrl+L)"), self)
        self.large.setAccessibleName(self.tr("Show the card large"))
        self.long_term = QCheckBox(self.tr("Include the eighth card, %1 (SOU 2019:43)").replace(
            "%1", catalogue().principle("langsiktighet").name(state.lang))
            .replace(", ", ",\n", 1), self)  # two lines: one was 490 px, beside the card
        self.long_term.setAccessibleName(self.tr("Include the eighth card"))
        kinds, lang = catalogue(), state.lang
        self.reflection = NoteColumn(
            state, "principles", "reflection", kinds.note_kind("reflection").name(lang),
            self.tr("A reflection on this card? Type, Enter"), key="Alt+1", parent=self)
        self.example = NoteColumn(
            state, "principles", "example", kinds.note_kind("example").name(lang),
            self.tr("An example from your work? Type, Enter"), key="Alt+2", parent=self)
        left = QVBoxLayout()
        left.addWidget(self.deck, 1)
        left.addWidget(self.long_term)
        middle = QVBoxLayout()
        middle.addWidget(self.card, 1)
        middle.addWidget(self.large, 0, Qt.AlignmentFlag.AlignRight)
        notes = QVBoxLayout()
        notes.addWidget(self.reflection, 1)
        notes.addWidget(self.example, 1)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(16)
        row.addLayout(left)
        row.addLayout(middle, 3)
        row.addLayout(notes, 2)
        self.deck.currentRowChanged.connect(self._chosen)
        self.long_term.toggled.connect(self._set_long_term)
        state.reloaded.connect(self.fill)
        self.fill()

    def keys(self) -> list[str]:
        return [p.key for p in catalogue().principles_for(self.state.workshop.long_term_card)]

    def fill(self) -> None:
        current = self.current()
        keys = self.keys()
        self.deck.blockSignals(True)
        self.deck.clear()
        for i, key in enumerate(keys, start=1):
            item = QListWidgetItem(f"{i}   {catalogue().principle(key).name(self.state.lang)}")
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.deck.addItem(item)
        self.deck.blockSignals(False)
        self.long_term.blockSignals(True)
        self.long_term.setChecked(self.state.workshop.long_term_card)
        self.long_term.blockSignals(False)
        self.deck.setCurrentRow(keys.index(current) if current in keys else 0)

    def reveal(self, note: Note) -> QWidget | None:
        """Find (Ctrl+F): turn to the note's card, then select it in its list."""
        keys = self.keys()
        if note.principle in keys:
            self.deck.setCurrentRow(keys.index(note.principle))
        for column in (self.reflection, self.example):
            if column.model.row_of(note.id) is not None:
                column._select(note.id, scroll=True)
                return column.view
        return None

    def current(self) -> str | None:
        item = self.deck.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _chosen(self, row: int) -> None:
        keys = self.keys()
        if not 0 <= row < len(keys):
            return
        self.card.show_principle(catalogue().principle(keys[row]), self.state.lang, row + 1,
                                 len(keys))
        for column in (self.reflection, self.example):
            column.set_place({"principle": keys[row]})
        self.card_changed.emit()

    def step(self, delta: int) -> None:
        row = self.deck.currentRow() + delta
        if 0 <= row < self.deck.count():
            self.deck.setCurrentRow(row)

    def _set_long_term(self, on: bool) -> None:
        s = self.state
        text = self.tr("Include the eighth card") if on else self.tr("Leave out the eighth card")
        s.do(text, lambda: session_ops.update_session(s.lib, s.id, long_term_card=on))


class RatingsPane(QWidget):
    def __init__(self, state: SessionState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.mode = QComboBox(self)
        self.mode.setAccessibleName(self.tr("Rate by"))
        self.mode.addItem(self.tr("Rate by participant"), BY_PARTICIPANT)
        self.mode.addItem(self.tr("Rate by chain role (one rating per group)"), BY_ROLE)
        start = BY_PARTICIPANT if state.workshop.participants else BY_ROLE
        self.mode.setCurrentIndex(self.mode.findData(start))
        self.model = RatingModel(state, start, self)
        self.table = RatingTable(self)
        self.table.setAccessibleName(self.tr("Ratings: where are we today, 1 to 5"))
        self.table.setModel(self.model)
        widest = max((self.table.fontMetrics().horizontalAdvance(p.name(state.lang))
                      for p in catalogue().principles), default=80)
        self.table.horizontalHeader().setMinimumSectionSize(widest + 28)
        self.hint = HintLabel(self)
        how = label(self.tr("Where are we today? 1 = far from it, 5 = we are there. Type a digit "
                            "and the cursor moves on; 0 or Delete clears."), "guidance", self,
                    wrap=True)
        top = QHBoxLayout()
        top.addWidget(self.mode)
        top.addWidget(how, 1)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(top)
        box.addWidget(self.hint)
        box.addWidget(self.table, 1)
        self.mode.currentIndexChanged.connect(lambda _i: self._mode())
        self.model.dataChanged.connect(lambda *_: self.hint.say(self.model.error))

    def _mode(self) -> None:
        self.model.set_mode(self.mode.currentData())
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, 0))


class PrinciplesPage(QWidget):
    PHASE = "principles"

    def __init__(self, state: SessionState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Principle cards"))
        self.cards = CardsPane(state, self.tabs)
        self.ratings = RatingsPane(state, self.tabs)
        self.gap = GapView(state.lang, self.tabs)
        self.gap_text = label("", "guidance", self, wrap=True)
        gap_page = QWidget(self.tabs)
        box = QVBoxLayout(gap_page)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.gap, 1)
        box.addWidget(self.gap_text)
        self.tabs.addTab(self.cards, self.tr("Cards"))
        self.tabs.addTab(self.ratings, self.tr("Ratings"))
        self.tabs.addTab(gap_page, self.tr("Gaps in the chain"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.tabs)
        self.large: LargeCard | None = None
        self._focus_back: Callable[[], None] = lambda: None
        self.cards.card_changed.connect(self._sync_large)
        self.cards.large.clicked.connect(self.show_large)
        for keys, text, slot in (
                ("Ctrl+L", self.tr("Show the card large"), self.show_large),
                ("Alt+Right", self.tr("Next card"), lambda: self.cards.step(1)),
                ("Alt+Left", self.tr("Previous card"), lambda: self.cards.step(-1))):
            shortcut(self, keys, text, slot)
        for i in range(3):
            shortcut(self, f"Ctrl+Shift+{i + 1}",
                     self.tr("Show: %1").replace("%1", self.tabs.tabText(i).replace("&", "")),
                     lambda i=i: self.tabs.setCurrentIndex(i))
        shortcut(self, "F4", self.tr("Go to the ratings grid"), self.focus_grid)
        state.reloaded.connect(self._gaps)
        self._gaps()
        # The presenter shows the card, or the heat map from the ratings and gaps tabs.
        self.tabs.currentChanged.connect(self._publish)
        self.cards.card_changed.connect(self._publish)
        self._publish()

    def _publish(self) -> None:
        self.state.set_focus("principles", "gaps" if self.tabs.currentIndex()
                             else self.cards.current() or "")

    def focus_grid(self) -> None:
        """Into the ratings grid, on its current cell (the first when none is)."""
        self.tabs.setCurrentWidget(self.ratings)
        table, model = self.ratings.table, self.ratings.model
        table.setFocus()
        if model.rowCount() and not table.currentIndex().isValid():
            table.setCurrentIndex(model.index(0, 0))

    def regions(self) -> list:
        """For F6 (ui/shell/regions.py); the tabs not shown are passed over."""
        c = self.cards
        return [self.tabs.tabBar(), (c.deck, c.long_term), (c.large,), c.reflection, c.example,
                self.ratings.mode, self.ratings.table, self.gap]

    def reveal(self, note: Note) -> QWidget | None:
        """Find (Ctrl+F): a reflection or example is shown on its card."""
        self.tabs.setCurrentWidget(self.cards)
        return self.cards.reveal(note)

    def _gaps(self) -> None:
        self.gap.set_gaps(compute(self.state.workshop))
        self.gap_text.setText(self.gap.describe())

    def show_large(self) -> None:
        """The current card over the whole window; Esc returns to the page."""
        if self.large is None:
            self.large = LargeCard(self.window())
            self.large.step_requested.connect(self.cards.step)
            self.large.closed.connect(lambda: self._focus_back())
        self._focus_back = remember_focus()  # where the focus was, given back on Esc
        self.tabs.setCurrentWidget(self.cards)
        self._sync_large()
        self.large.open()

    def _sync_large(self) -> None:
        key = self.cards.current()
        if self.large is not None and key:
            keys = self.cards.keys()
            self.large.card.show_principle(catalogue().principle(key), self.state.lang,
                                           keys.index(key) + 1, len(keys))

    def focus_first(self) -> None:
        self.cards.deck.setFocus()
