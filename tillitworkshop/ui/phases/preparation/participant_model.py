"""The roster as a table: name, chain role, unit, consent to be named in handouts.

Edits go through ``on_edit(participant_id, fields) -> bool`` (an undoable store
edit); the row changes when the session reloads after it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt

from tillitworkshop.domain import Participant
from tillitworkshop.domain.model import FORGOTTEN_NAME
from tillitworkshop.ui.common.indexes import AnyIndex
from tillitworkshop.ui.common.rows_model import RowsModel
from tillitworkshop.ui.common.state import SessionState

IdRole = Qt.ItemDataRole.UserRole + 1
NAME, ROLE, UNIT, CONSENT = range(4)


class ParticipantModel(RowsModel):
    def __init__(self, state: SessionState, on_edit: Callable[[str, dict], bool],
                 parent: QObject | None = None):
        super().__init__(parent)
        self._state = state
        self._on_edit = on_edit
        self._rows: list[Participant] = list(state.workshop.participants)
        state.reloaded.connect(self.refill)

    def _fetch(self) -> list[Participant]:
        return self._state.workshop.participants

    def _headers(self) -> tuple[str, ...]:
        # The longer titles in two lines: in one, they were cut in a roster beside the form.
        return (QCoreApplication.translate("ParticipantModel", "Name"),
                QCoreApplication.translate("ParticipantModel", "Chain role").replace(" ", "\n", 1),
                QCoreApplication.translate("ParticipantModel", "Unit"),
                QCoreApplication.translate("ParticipantModel", "Named in handouts")
                .replace(" ", "\n", 1))

    def participant(self, row: int) -> Participant:
        return self._rows[row]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        p, col = self._row_at(index), index.column()
        if p is None:
            return None
        if role == IdRole:
            return p.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if col == NAME and p.name == FORGOTTEN_NAME:
                return QCoreApplication.translate("ParticipantModel", "Forgotten participant")
            if col == NAME:
                return p.name
            if col == ROLE:
                return self._state.role_singular(p.role)
            if col == UNIT:
                return p.unit
            if col == CONSENT and role == Qt.ItemDataRole.AccessibleTextRole:
                return (QCoreApplication.translate("ParticipantModel", "yes") if p.consent
                        else QCoreApplication.translate("ParticipantModel", "no"))
        if role == Qt.ItemDataRole.EditRole:
            return {NAME: p.name, ROLE: p.role, UNIT: p.unit, CONSENT: p.consent}[col]
        if role == Qt.ItemDataRole.CheckStateRole and col == CONSENT:
            return Qt.CheckState.Checked if p.consent else Qt.CheckState.Unchecked
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid():
            return base
        if index.column() == CONSENT:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: AnyIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        p, col = self._rows[index.row()], index.column()
        if col == CONSENT and role == Qt.ItemDataRole.CheckStateRole:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            return checked != p.consent and self._on_edit(p.id, {"consent": checked})
        if role != Qt.ItemDataRole.EditRole or col == CONSENT:
            return False
        field = {NAME: "name", ROLE: "role", UNIT: "unit"}[col]
        if value == getattr(p, field):
            return False
        return self._on_edit(p.id, {field: value})
