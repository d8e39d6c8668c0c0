"""The library's sessions as a table: organisation, sector, date, how far the day has come."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt

from tillitworkshop.content import catalogue
from tillitworkshop.domain import PHASES
from tillitworkshop.store import Library
from tillitworkshop.store.sessions import SessionSummary, list_sessions
from tillitworkshop.ui.common.indexes import AnyIndex
from tillitworkshop.ui.common.rows_model import RowsModel

from .i18n import current_language

IdRole = Qt.ItemDataRole.UserRole + 1
ORGANISATION, SECTOR, DATE, PROGRESS = range(4)


class SessionListModel(RowsModel):
    def __init__(self, lib: Library, lang: str | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._lib = lib
        self._lang = lang or current_language()
        self._rows: list[SessionSummary] = []
        self.refill()

    def _fetch(self) -> list[SessionSummary]:
        return list_sessions(self._lib)

    def _headers(self) -> tuple[str, ...]:
        return (QCoreApplication.translate("SessionListModel", "Organisation"),
                QCoreApplication.translate("SessionListModel", "Sector"),
                QCoreApplication.translate("SessionListModel", "Date"),
                QCoreApplication.translate("SessionListModel", "Progress"))

    def summary(self, row: int) -> SessionSummary:
        return self._rows[row]

    def row_of(self, session_id: str) -> int | None:
        return next((i for i, s in enumerate(self._rows) if s.id == session_id), None)


    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        s, col = self._row_at(index), index.column()
        if s is None:
            return None
        if role == IdRole:
            return s.id
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole,
                        Qt.ItemDataRole.ToolTipRole):
            return None
        if col == ORGANISATION:
            return s.organisation
        if col == SECTOR:
            return catalogue().sector(s.sector).name(self._lang)
        if col == DATE:
            return s.date
        return self.progress(s)

    def progress(self, s: SessionSummary) -> str:
        """Where the day is, and how much it holds: "Styrkedjan (3/8) · 14 people · 101 notes"."""
        step = PHASES.index(s.current_phase) + 1 if s.current_phase in PHASES else 1
        phase = catalogue().phase(PHASES[step - 1]).name(self._lang)
        people = QCoreApplication.translate("SessionListModel", "Participants: %1").replace(
            "%1", str(s.participants))
        notes = QCoreApplication.translate("SessionListModel", "Notes: %1").replace(
            "%1", str(s.notes))
        return f"{phase} ({step}/{len(PHASES)}) · {people} · {notes}"
