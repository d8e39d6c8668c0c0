"""The roster as a table: name, chain role, unit, consent to be named in handouts.

Edits go through ``on_edit(participant_id, fields) -> bool`` (an undoable store
edit); the row changes when the session reloads after it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt

from ..domain import Participant
from .state import SessionState

IdRole = Qt.ItemDataRole.UserRole + 1
NAME, ROLE, UNIT, CONSENT = range(4)


def _headers() -> tuple[str, ...]:
    t = QCoreApplication.translate
    return (t("ParticipantModel", "Name"), t("ParticipantModel", "Chain role"),
            t("ParticipantModel", "Unit"), t("ParticipantModel", "Named in handouts"))


class ParticipantModel(QAbstractTableModel):
    def __init__(self, state: SessionState, on_edit: Callable[[str, dict], bool],
                 parent: QObject | None = None):
        super().__init__(parent)
        self._state = state
        self._on_edit = on_edit
        self._rows: list[Participant] = list(state.workshop.participants)
        state.reloaded.connect(self.refill)

    def refill(self) -> None:
        self.beginResetModel()
        self._rows = list(self._state.workshop.participants)
        self.endResetModel()

    def participant(self, row: int) -> Participant:
        return self._rows[row]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < 4:
            return _headers()[section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        p, col = self._rows[index.row()], index.column()
        if role == IdRole:
            return p.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
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

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid():
            return base
        if index.column() == CONSENT:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
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
