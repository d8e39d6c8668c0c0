"""Uppföljning: months later, each commitment's status (planned, started, done, dropped)
with a dated note. Every status is a new line in the history; nothing is overwritten."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QListView,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from tillitworkshop.domain.model import STATUSES
from tillitworkshop.store import commitments as ops
from tillitworkshop.ui.common.drafts import keep
from tillitworkshop.ui.common.state import SessionState
from tillitworkshop.ui.common.statuses import status_names
from tillitworkshop.ui.common.widgets import (
    EntryLine,
    HintLabel,
    example,
    label,
    push_button,
    shortcut,
)
from tillitworkshop.ui.phases.commitments.commitment_model import CommitmentListModel


class FollowUpPage(QWidget):
    PHASE = "followup"

    def __init__(self, state: SessionState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.names = status_names()
        self.model = CommitmentListModel(state, self)
        self.list = QListView(self)
        self.list.setAccessibleName(self.tr("Commitments"))
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.status = QComboBox(self)
        self.status.setAccessibleName(self.tr("Status"))
        for key in STATUSES:
            self.status.addItem(self.names[key], key)
        self.date = EntryLine(self.tr("Date of the status"), example("2027-02-15"), self)
        self.note = EntryLine(self.tr("Note"), self.tr("What has happened? (optional)"), self)
        self.record = push_button(self.tr("Record status  (Ctrl+Return)"), self)
        self.record.setProperty("role", "primary")
        self.hint = HintLabel(self)
        self.history = QListWidget(self)
        self.history.setAccessibleName(self.tr("History of the commitment"))
        self.history.setWordWrap(True)
        self.heading = label("", "section", self, wrap=True)
        form = QFormLayout()
        form.addRow(self.tr("&Status"), self.status)
        form.addRow(self.tr("&Date"), self.date)
        form.addRow(self.tr("&Note"), self.note)
        right = QVBoxLayout()
        right.addWidget(self.heading)
        right.addLayout(form)
        right.addWidget(self.hint)
        right.addWidget(self.record, 0, Qt.AlignmentFlag.AlignLeft)
        right.addWidget(label(self.tr("History"), "section", self))
        right.addWidget(self.history, 1)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(16)
        row.addWidget(self.list, 1)
        row.addLayout(right, 1)
        self.record.clicked.connect(self.save)
        self.note.returnPressed.connect(self.save)
        shortcut(self, "Ctrl+Return", self.tr("Record the status"), self.save)
        self.list.selectionModel().currentChanged.connect(lambda *_: self.show_current())
        self.model.modelReset.connect(self._keep)
        self._current: str | None = None
        self.draft = keep(state, self.note, "status/none/note")
        self._keep()

    def _keep(self) -> None:
        row = self.model.row_of(self._current) if self._current else None
        if row is None and self.model.rowCount():
            row = 0
        if row is not None:
            self.list.setCurrentIndex(self.model.index(row))
        self.show_current()

    def show_current(self) -> None:
        index = self.list.currentIndex()
        c = self.model.commitment(index.row()) if index.isValid() else None
        self._current = c.id if c else None
        self.draft.bind(f"status/{self._current or 'none'}/note")
        self.record.setEnabled(c is not None)
        self.history.clear()
        if c is None:
            self.heading.setText(self.tr("No commitments yet."))
            return
        self.heading.setText(c.what)
        self.status.setCurrentIndex(max(0, self.status.findData(c.status)))
        if not self.date.text():
            self.date.setText(self.state.clock().date().isoformat())
        for s in reversed(c.history):  # newest first
            note = f" — {s.note}" if s.note else ""
            self.history.addItem(f"{s.date}  {self.names.get(s.status, s.status)}{note}")

    def save(self) -> bool:
        """Record the status as a new line of the history; a bad date is said inline."""
        if self._current is None:
            return False
        text = self.date.text().strip()
        try:
            dt.date.fromisoformat(text)
        except ValueError:
            self.hint.say(self.tr("Write the date as YYYY-MM-DD, e.g. 2027-02-15."))
            return False
        s, cid = self.state, self._current
        status, note = self.status.currentData(), self.note.text()
        if s.attempt(self.tr("Record status"), lambda: ops.set_status(s.lib, cid, status, text, note),
                     self.hint) is None:
            return False
        self.note.clear()
        return True

    def focus_first(self) -> None:
        self.list.setFocus()

    def regions(self) -> list:
        """For F6 (ui/shell/regions.py)."""
        return [self.list, (self.status, self.date, self.note, self.record), self.history]
