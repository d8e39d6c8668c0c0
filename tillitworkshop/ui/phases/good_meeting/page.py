"""Det goda mötet: what creates value in the meeting between citizen and employee,
and what hinders it. Two lists, filled from the keyboard (type, Enter, next)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QWidget

from tillitworkshop.content import catalogue
from tillitworkshop.ui.common.note_column import NoteColumn
from tillitworkshop.ui.common.state import SessionState


class GoodMeetingPage(QWidget):
    PHASE = "good_meeting"

    def __init__(self, state: SessionState, parent: QWidget | None = None):
        super().__init__(parent)
        kinds = catalogue()
        self.value = NoteColumn(
            state, self.PHASE, "value",
            kinds.note_kind("value").name(state.lang),
            self.tr("What creates value in the meeting? Type and press Enter"),
            key="Alt+1", parent=self)
        self.hinder = NoteColumn(
            state, self.PHASE, "hinder",
            kinds.note_kind("hinder").name(state.lang),
            self.tr("What hinders it? Type and press Enter"), key="Alt+2", parent=self)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(16)
        row.addWidget(self.value, 1)
        row.addWidget(self.hinder, 1)

    def columns(self) -> list[NoteColumn]:
        return [self.value, self.hinder]

    def focus_first(self) -> None:
        self.value.input.setFocus()

    def regions(self) -> list:
        """For F6 (ui/shell/regions.py)."""
        return [self.value, self.hinder]
