"""The dialog for a new session: organisation, sector and date, with inline hints.

There is no session yet to keep a draft in, so leaving with a name typed asks first:
create the session, discard what was typed, or go back to the dialog.
"""

from __future__ import annotations

import datetime as dt
from typing import cast

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from tillitworkshop.content import catalogue
from tillitworkshop.store import sessions as session_ops
from tillitworkshop.ui.common.dialogs import focus_kept
from tillitworkshop.ui.common.edits import attempt
from tillitworkshop.ui.common.undo import UndoHub
from tillitworkshop.ui.common.widgets import EntryLine, HintLabel, label

from .i18n import current_language


class NewSessionDialog(QDialog):
    def __init__(self, hub: UndoHub, lang: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.hub = hub
        self.created: str | None = None
        self.ask_leave = self._ask_leave  # replaced in tests
        self.setWindowTitle(self.tr("New session"))
        self.organisation = EntryLine(self.tr("Organisation"), self.tr("e.g. Lövhälla kommun"), self)
        self.sector = QComboBox(self)
        self.sector.setAccessibleName(self.tr("Sector"))
        for s in catalogue().sectors:
            self.sector.addItem(s.name(lang or current_language()), s.key)
        self.date = EntryLine(self.tr("Date of the day"), self.tr("YYYY-MM-DD"), self)
        self.date.setText(dt.date.today().isoformat())
        self.hint = HintLabel(self)
        form = QFormLayout()
        for text, w in ((self.tr("&Organisation"), self.organisation),
                        (self.tr("Se&ctor"), self.sector), (self.tr("&Date"), self.date)):
            form.addRow(text, w)
            cast(QLabel, form.labelForField(w)).setBuddy(w)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        buttons.accepted.connect(self.create)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(label(self.tr("New session"), "section", self))
        box.addLayout(form)
        box.addWidget(self.hint)
        box.addWidget(buttons)

    def reject(self) -> None:
        """Escape, Cancel or the close button: ask before a typed name is thrown away."""
        if self.organisation.text().strip():
            answer = self.ask_leave()
            if answer == QMessageBox.StandardButton.Save:
                self.create()
                return
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()

    def _ask_leave(self) -> QMessageBox.StandardButton:
        buttons = QMessageBox.StandardButton
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("New session"),
                          self.tr("Create the session “%1”, or discard what you typed?").replace(
                              "%1", self.organisation.text().strip()),
                          buttons.Save | buttons.Discard | buttons.Cancel, self)
        box.button(buttons.Save).setText(self.tr("Create"))
        box.setDefaultButton(buttons.Save)
        with focus_kept():  # back in the dialog's field
            return buttons(box.exec())

    def create(self) -> None:  # type: ignore[override]  # the dialog's own, not QWidget.create
        name, date = self.organisation.text().strip(), self.date.text().strip()
        problems = []
        if not name:
            problems.append(self.tr("Write the organisation's name."))
        try:
            dt.date.fromisoformat(date)
        except ValueError:
            problems.append(self.tr("“%1” is not a date; write it as YYYY-MM-DD.").replace("%1", date))
        if problems:
            self.hint.say(" ".join(problems))
            return
        sector = self.sector.currentData()
        change = attempt(lambda: self.hub.do(self.tr("New session"), lambda: session_ops.create_session(
            self.hub.lib, name, sector, date)), self.hint)
        if change is None:
            return
        self.created = change.session_id
        self.accept()
