"""The agenda as a table: each time box, its planned minutes and what actually happened."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt

from tillitworkshop.content import catalogue
from tillitworkshop.domain import AgendaItem
from tillitworkshop.ui.common.clock import clock_text, elapsed, time_text
from tillitworkshop.ui.common.indexes import AnyIndex
from tillitworkshop.ui.common.rows_model import RowsModel
from tillitworkshop.ui.common.state import SessionState

IdRole = Qt.ItemDataRole.UserRole + 1
TITLE, PHASE, MINUTES, ACTUAL, TIMES = range(5)


class AgendaModel(RowsModel):
    def __init__(self, state: SessionState, on_edit: Callable[[str, dict], bool],
                 parent: QObject | None = None):
        super().__init__(parent)
        self._state = state
        self._on_edit = on_edit
        self._rows: list[AgendaItem] = list(state.workshop.agenda)
        state.reloaded.connect(self.refill)

    def _fetch(self) -> list[AgendaItem]:
        return self._state.workshop.agenda

    def _headers(self) -> tuple[str, ...]:
        return (QCoreApplication.translate("AgendaModel", "Time box"),
                QCoreApplication.translate("AgendaModel", "Phase"),
                QCoreApplication.translate("AgendaModel", "Minutes"),
                QCoreApplication.translate("AgendaModel", "Actual"),
                QCoreApplication.translate("AgendaModel", "Start–end"))

    def item(self, row: int) -> AgendaItem:
        return self._rows[row]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        a, col = self._row_at(index), index.column()
        if a is None:
            return None
        if role == IdRole:
            return a.id
        if role == Qt.ItemDataRole.EditRole and col in (TITLE, MINUTES):
            return a.title if col == TITLE else a.minutes
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        if col == TITLE:
            return a.title
        if col == PHASE:
            return catalogue().phase(a.phase).name(self._state.lang) if a.phase else \
                QCoreApplication.translate("AgendaModel", "Break")
        if col == MINUTES:
            return str(a.minutes)
        if col == ACTUAL:
            if not a.started_at:
                return "–"
            return clock_text(elapsed(a, self._state.clock()))
        return f"{time_text(a.started_at)}–{time_text(a.ended_at)}" if a.started_at else "–"

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() in (TITLE, MINUTES):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: AnyIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() \
                or index.column() not in (TITLE, MINUTES):
            return False
        a = self._rows[index.row()]
        field = "title" if index.column() == TITLE else "minutes"
        if field == "minutes":
            try:
                value = int(value)
            except (TypeError, ValueError):
                value = -1  # refused by the store with a hint
        if value == getattr(a, field):
            return False
        return self._on_edit(a.id, {field: value})
