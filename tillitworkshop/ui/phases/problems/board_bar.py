"""The problem board's bars: entry, filter, sorting and the dot budget above; the chosen
problem's link, dots and principles below."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tillitworkshop.content import catalogue
from tillitworkshop.domain import Note
from tillitworkshop.store import notes as note_ops
from tillitworkshop.store import sessions as session_ops
from tillitworkshop.ui.common.clock import qt_int
from tillitworkshop.ui.common.drafts import keep
from tillitworkshop.ui.common.roles import rename_roles, role_keys
from tillitworkshop.ui.common.state import SessionState
from tillitworkshop.ui.common.widgets import EntryLine, HintLabel, label, push_button, set_look

from .board_model import UNPLACED, BoardIndex


def link_combo(state: SessionState, none_text: str, parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(20)
    combo.addItem(none_text, None)
    for key in role_keys(chain_only=True):
        combo.addItem(state.role_name(key), key)
    return combo


class BoardBar(QWidget):
    added = Signal(str)
    filter_changed = Signal(object)  # a chain link key, or None for every link
    sort_changed = Signal(bool)

    def __init__(self, state: SessionState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        cat, lang = catalogue(), state.lang
        self.input = EntryLine(self.tr("New problem"),
                               self.tr("A problem that hinders the good meeting? Type, Enter  (Alt+N)"),
                               self)
        self.obstacle = QComboBox(self)
        self.obstacle.setAccessibleName(self.tr("Obstacle for the new problem"))
        self.obstacle.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.obstacle.setMinimumContentsLength(20)
        self.obstacle.addItem(self.tr("Not yet placed"), UNPLACED)
        for o in cat.obstacles:
            self.obstacle.addItem(o.name(lang), o.key)
        self.link = link_combo(state, self.tr("Arises at: not said"), self)
        self.link.setAccessibleName(self.tr("Chain link where the new problem arises"))
        self.filter = link_combo(state, self.tr("Show: every link"), self)
        self.filter.setAccessibleName(self.tr("Show the problems of one chain link"))
        self.sort = push_button(self.tr("Sort by dots"), self)
        self.sort.setCheckable(True)
        self.sort.setToolTip("Ctrl+Shift+S")
        self.budget = QSpinBox(self)
        self.budget.setRange(0, 100)
        self.budget.setKeyboardTracking(False)
        self.budget.setAccessibleName(self.tr("Dot budget"))
        self.used = QLabel(self)
        self.used.setAccessibleName(self.tr("Dots used"))
        self.used.setMinimumWidth(self.used.fontMetrics().horizontalAdvance("000 of 000 dots used  "))
        self.hint = HintLabel(self)
        self.hint.setWordWrap(False)
        self.hint.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        top = QHBoxLayout()
        top.addWidget(self.input, 3)
        top.addWidget(self.obstacle, 2)
        top.addWidget(self.link, 2)
        second = QHBoxLayout()
        second.addWidget(self.filter)
        second.addWidget(self.sort)
        second.addWidget(self.hint, 1)  # in a row of its own height: showing it moves nothing
        self.mode = QComboBox(self)
        self.mode.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.mode.setMinimumContentsLength(16)
        self.mode.setAccessibleName(self.tr("Whom the dot budget is for"))
        self.mode.addItem("", "participant")
        self.mode.addItem(self.tr("dots for the room"), "session")
        self.budget.setMaximumWidth(self.budget.fontMetrics().horizontalAdvance("0000") + 48)
        second.addWidget(self.budget)
        second.addWidget(self.mode, 1)
        second.addWidget(self.used)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 4)
        box.addLayout(top)
        box.addLayout(second)
        self.input.returnPressed.connect(self.add)
        self.input.textEdited.connect(lambda _t: self.hint.clear_hint())
        self.filter.currentIndexChanged.connect(
            lambda _i: self.filter_changed.emit(self.filter.currentData()))
        self.sort.toggled.connect(self.sort_changed.emit)
        self.budget.valueChanged.connect(self._set_budget)
        self.mode.activated.connect(self._set_mode)
        state.reloaded.connect(self._show_session)
        self._show_session()
        self.draft = keep(state, self.input, "note/problems/problem")

    def add(self) -> str | None:
        text, s = self.input.text(), self.state
        if not text.strip():
            self.hint.say(self.tr("Write the problem first, then press Enter."))
            return None
        where = {"obstacle": self.obstacle.currentData() or None,
                 "chain_link": self.link.currentData()}
        change = s.attempt(self.tr("Add problem"), lambda: note_ops.add_note(
            s.lib, s.id, "problems", "problem", text, **where), self.hint)
        if change is None:
            return None
        self.input.clear()
        self.added.emit(change.ids[0])
        return change.ids[0]

    def toggle_sort(self) -> None:
        self.sort.toggle()

    # The dot budget: per participant on the roster (the whole room when there is no roster),
    # or one budget for the room, as the facilitator chooses.
    def total(self) -> int:
        w = self.state.workshop
        if w.vote_mode == "session":
            return w.vote_budget
        return w.vote_budget * max(1, len(w.participants))

    def budget_left(self, used: int) -> int:
        return self.total() - used

    def _show_session(self) -> None:
        w = self.state.workshop
        self.budget.blockSignals(True)
        self.budget.setValue(qt_int(w.vote_budget))
        self.budget.blockSignals(False)
        self.mode.setItemText(0, self.tr("dots per participant (× %1)").replace(
            "%1", str(max(1, len(w.participants)))))
        self.mode.setCurrentIndex(self.mode.findData(w.vote_mode))
        for combo in (self.link, self.filter):
            rename_roles(combo, self.state.role_name)

    def show_budget(self, used: int) -> None:
        total = self.total()
        self.used.setText(self.tr("%1 of %2 dots used").replace("%1", str(used))
                          .replace("%2", str(total)))
        set_look(self.used, "role", "hint" if used >= total else "")  # restyled on a change only

    def _set_mode(self, _index: int) -> None:
        s, mode = self.state, self.mode.currentData()
        if mode != s.workshop.vote_mode:
            s.do(self.tr("Change whom the dot budget is for"),
                 lambda: session_ops.update_session(s.lib, s.id, vote_mode=mode))

    def _set_budget(self, value: int) -> None:
        s = self.state
        if value != s.workshop.vote_budget:
            s.do(self.tr("Change the dot budget"),
                 lambda: session_ops.update_session(s.lib, s.id, vote_budget=value))


class DetailBar(QWidget):
    """The chosen problem: where it arises, its dots, its duplicates, its principles."""

    vote = Signal(int)
    toggle_principle = Signal(int)
    ungroup = Signal()
    link_chosen = Signal(object)

    def __init__(self, state: SessionState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.note: Note | None = None
        self.text = label("", "", self)
        self.text.setTextFormat(Qt.TextFormat.PlainText)  # a note's text, maybe from a phone
        self.text.setWordWrap(False)
        self.text.setMinimumWidth(50)
        self.text.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.link = link_combo(state, self.tr("Arises at: not said"), self)
        self.link.setAccessibleName(self.tr("Chain link where the problem arises"))
        self.minus = push_button("−", self)
        self.minus.setAccessibleName(self.tr("Take back a dot"))
        self.minus.setToolTip(self.tr("Take back a dot you gave (phones take back their own)"))
        self.votes = QLabel(self)
        self.votes.setMinimumWidth(self.votes.fontMetrics().horizontalAdvance("000 dots  "))
        self.plus = push_button("+", self)
        self.plus.setAccessibleName(self.tr("Add a dot"))
        self.split = push_button(self.tr("Ungroup"), self)
        self.split.setToolTip("Ctrl+Shift+G")
        self.principles: list[QPushButton] = []
        row = QHBoxLayout()
        row.addWidget(self.link)
        row.addWidget(self.minus)
        row.addWidget(self.votes)
        row.addWidget(self.plus)
        row.addWidget(self.split)
        row.addWidget(self.text, 1)
        second = QHBoxLayout()
        second.addWidget(label(self.tr("Answered by:"), "", self))
        self.principle_row = QGridLayout()  # two rows: eight names in one were 850 px wide
        self.principle_row.setHorizontalSpacing(4)
        self.principle_row.setVerticalSpacing(2)
        second.addLayout(self.principle_row)
        second.addStretch(1)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 6, 0, 0)
        box.addLayout(row)
        box.addLayout(second)
        self.minus.clicked.connect(lambda: self.vote.emit(-1))
        self.plus.clicked.connect(lambda: self.vote.emit(1))
        self.split.clicked.connect(self.ungroup.emit)
        self.link.activated.connect(lambda _i: self.link_chosen.emit(self.link.currentData()))
        state.reloaded.connect(self._fill_principles)
        self._fill_principles()
        self.show_note(None, None)
        # A steady size: text that changes with each chosen problem must not relayout the
        # board above it (that would repaint every column).
        self.split.setMinimumWidth(self.split.fontMetrics().horizontalAdvance(
            self.tr("Ungroup (+%1)").replace("%1", "99")) + 32)
        self.setFixedHeight(self.sizeHint().height())

    def _fill_principles(self) -> None:
        self._shown: tuple | None = None  # new buttons: the chosen note is shown afresh
        rename_roles(self.link, self.state.role_name)
        for b in self.principles:
            b.deleteLater()
        self.principles = []
        keys = catalogue().principles_for(self.state.workshop.long_term_card)
        for i, p in enumerate(keys):
            b = push_button(f"{i + 1}  {p.name(self.state.lang)}", self)
            b.setToolTip(self.tr("Key %1 on the board").replace("%1", str(i + 1)))
            b.setCheckable(True)
            b.setStyleSheet("padding: 4px 8px;")
            b.setAccessibleName(self.tr("Answered by %1").replace("%1", p.name(self.state.lang)))
            b.clicked.connect(lambda _c=False, i=i: self.toggle_principle.emit(i))
            self.principle_row.addWidget(b, i // 4, i % 4)
            self.principles.append(b)

    def show_note(self, note: Note | None, index: BoardIndex | None) -> None:
        total = (index.total_votes(note.id) if index else note.votes) if note else 0
        group = len(index.members.get(note.id, ())) if note and index else 0
        self.note = note
        # What the bar shows of it: one action asks several times, and a move to another
        # obstacle changes nothing here, so the bar is left as it is.
        what = (note.id, note.text, note.chain_link, note.principles) if note else None
        shown = (what, total, group, self.text.width())
        if shown == self._shown:
            return
        self._shown = shown
        for w in (self.link, self.minus, self.plus, self.split, *self.principles):
            w.setEnabled(note is not None)
        # One line beside the buttons: what does not fit ends in "…" and is whole in the tooltip.
        whole = note.text if note else self.tr(
            "Choose a problem on the board to place, vote and link it.")
        self.text.setText(self.text.fontMetrics().elidedText(
            whole, Qt.TextElideMode.ElideRight, max(100, self.text.width())))
        self.text.setToolTip(whole)
        if note is None:
            self.votes.setText("")
            return
        self.link.setCurrentIndex(max(0, self.link.findData(note.chain_link)))
        self.votes.setText(self.tr("%1 dots").replace("%1", str(total)))
        self.split.setText(self.tr("Ungroup (+%1)").replace("%1", str(group)) if group
                           else self.tr("Ungroup"))
        self.split.setEnabled(bool(group))
        keys = [p.key for p in catalogue().principles_for(self.state.workshop.long_term_card)]
        for b, key in zip(self.principles, keys, strict=False):
            b.setChecked(key in note.principles)
