"""The session's commitments as a list, and the checks of the commitment form."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractListModel, QCoreApplication, QModelIndex, QObject, Qt

from tillitworkshop.domain import Commitment
from tillitworkshop.ui.common.clock import parse_date
from tillitworkshop.ui.common.indexes import AnyIndex
from tillitworkshop.ui.common.state import SessionState

IdRole = Qt.ItemDataRole.UserRole + 1


def check_form(what: str, owner: str, role: str, due: str, day: str) -> dict[str, str]:
    """Inline messages by field, in the window's language: what is required, an owner
    (person or role), a due date in YYYY-MM-DD that is not before the day of the session.
    Empty when all is well."""
    errors: dict[str, str] = {}
    if not what.strip():
        errors["what"] = QCoreApplication.translate("CommitmentForm", "Say what will be done.")
    if not owner and not role:
        errors["owner"] = QCoreApplication.translate(
            "CommitmentForm", "Name an owner: a participant, a role of the chain, or both.")
    if due.strip():
        try:
            when = dt.date.fromisoformat(due.strip())
        except ValueError:
            errors["due"] = QCoreApplication.translate(
                "CommitmentForm", "Write the date as YYYY-MM-DD, e.g. 2027-03-31.")
        else:
            start = parse_date(day)  # None: the stored day is not a date
            if start is not None and when < start:
                errors["due"] = QCoreApplication.translate(
                    "CommitmentForm", "The date is before the day of the session (%1).").replace(
                    "%1", day)
    return errors


class CommitmentListModel(QAbstractListModel):
    def __init__(self, state: SessionState, parent: QObject | None = None):
        super().__init__(parent)
        self.state = state
        self._items: list[Commitment] = list(state.workshop.commitments)
        state.reloaded.connect(self.refresh)

    def refresh(self) -> None:
        self.beginResetModel()
        self._items = list(self.state.workshop.commitments)
        self.endResetModel()

    def commitment(self, row: int) -> Commitment:
        return self._items[row]

    def row_of(self, cid: str) -> int | None:
        return next((i for i, c in enumerate(self._items) if c.id == cid), None)

    def owner_text(self, c: Commitment) -> str:
        p = self.state.workshop.participant(c.owner_participant_id)
        parts = [p.name] if p else []
        if c.owner_role:
            parts.append(self.state.role_name(c.owner_role))  # a role owns it: the group
        return " · ".join(parts)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        c = self._items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            owner = self.owner_text(c) or self.tr("no owner")
            due = c.due_date or self.tr("no date")
            return f"{c.what}\n— {owner} · {due}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return c.what
        if role == IdRole:
            return c.id
        return None
