"""The agenda editor: the day's time boxes, edited in Förberedelse.

The countdown of the phase on screen is the timer panel (``timer_panel.py``);
the two share the clock's arithmetic (``clock.py``).
"""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tillitworkshop.content import catalogue
from tillitworkshop.domain import PHASES
from tillitworkshop.store import StoreError
from tillitworkshop.store import agenda as agenda_ops
from tillitworkshop.ui.common.drafts import keep
from tillitworkshop.ui.common.state import SessionState
from tillitworkshop.ui.common.widgets import EntryLine, HintLabel, delete_action, label, push_button

from .agenda_model import TITLE, AgendaModel


class AgendaEditor(QWidget):
    """The day's time boxes: title and minutes editable (F2), actual times shown; a time
    box added with the line above the table (type, Enter) and removed with Delete."""

    def __init__(self, state: SessionState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.model = AgendaModel(state, self._edit, self)
        self.table = QTableView(self)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table (arrows move in it)
        self.table.setAccessibleName(self.tr("Agenda"))
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The title keeps a readable width (stretched, it was squeezed to a few letters beside
        # the times); on a narrow window the table scrolls sideways inside itself.
        self.table.horizontalHeader().setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().resizeSection(
            TITLE, self.table.fontMetrics().horizontalAdvance("Problemkartläggning och") + 16)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.DoubleClicked)
        delete_action(self.table, self.tr("Remove time box"), self.remove_selected)
        self.new_title = EntryLine(self.tr("New time box"), self.tr("New time box, e.g. Lunch"),
                                   self)
        self.new_minutes = QSpinBox(self)
        self.new_minutes.setRange(0, 1440)
        self.new_minutes.setValue(15)
        self.new_minutes.setSuffix(self.tr(" min"))
        self.new_minutes.setAccessibleName(self.tr("Minutes of the new time box"))
        self.new_minutes.setMaximumWidth(self.fontMetrics().horizontalAdvance("1440 min") + 48)
        self.new_phase = QComboBox(self)
        self.new_phase.setAccessibleName(self.tr("Phase of the new time box"))
        self.new_phase.addItem(self.tr("Break"), None)
        for key in PHASES:
            self.new_phase.addItem(catalogue().phase(key).name(state.lang), key)
        self.new_phase.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.new_phase.setMinimumContentsLength(8)  # the title keeps the room
        self.add_button = push_button(self.tr("Add"), self)
        self.add_button.setAccessibleName(self.tr("Add time box"))
        self.add_button.clicked.connect(self.add)
        self.new_title.returnPressed.connect(self.add)
        self.hint = HintLabel(self)
        title = label(self.tr("A&genda"), "section", self)
        title.setBuddy(self.table)
        entry = QHBoxLayout()
        entry.addWidget(self.new_title, 3)
        entry.addWidget(self.new_minutes)
        entry.addWidget(self.new_phase, 1)
        entry.addWidget(self.add_button)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(title)
        box.addLayout(entry)
        box.addWidget(self.hint)
        box.addWidget(self.table, 1)
        self.draft = keep(state, self.new_title, "agenda/title")

    def _edit(self, item_id: str, fields: dict) -> bool:
        s = self.state
        return s.attempt(self.tr("Change time box"),
                         lambda: agenda_ops.update_item(s.lib, item_id, **fields),
                         self.hint) is not None

    def add(self) -> str | None:
        """Add the typed time box at the end of the day; keep the text when it is refused."""
        title, s = self.new_title.text(), self.state
        if not title.strip():
            self.hint.say(self.tr("Name the time box first, then press Enter."))
            return None
        minutes, phase = self.new_minutes.value(), self.new_phase.currentData()
        change = s.attempt(self.tr("Add time box"), lambda: agenda_ops.add_item(
            s.lib, s.id, title, minutes, phase), self.hint)
        if change is None:
            return None
        self.new_title.setText("")
        return change.ids[0]

    def remove_selected(self) -> None:
        """Remove the selected time boxes, as one step to undo."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        ids = [self.model.item(r).id for r in rows]
        if not ids:
            return
        s, stack = self.state, self.state.hub.stack_for(self.state.id)
        stack.beginMacro(self.tr("Remove %n time box(es)", "", len(ids)))
        try:
            for item_id in ids:
                s.do(self.tr("Remove time box"),
                     partial(agenda_ops.delete_item, s.lib, item_id))
        except StoreError as e:
            self.hint.show_error(e)
        finally:
            stack.endMacro()
