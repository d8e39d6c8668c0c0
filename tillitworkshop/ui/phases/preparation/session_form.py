"""The session's own details: organisation, sector, date, place, facilitators.

Each field is stored when the facilitator leaves it (Enter or Tab), as one
undoable edit. A value the store refuses stays in the field, marked, with the
reason under it; it is never thrown away: it is a draft (ui/common/drafts.py), there
again after leaving the page or the session, switching the language or quitting.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from tillitworkshop.content import catalogue
from tillitworkshop.domain import ValidationError
from tillitworkshop.store import StoreError
from tillitworkshop.store import sessions as session_ops
from tillitworkshop.ui.common.drafts import DraftKeeper, keep
from tillitworkshop.ui.common.messages import field_label
from tillitworkshop.ui.common.state import SessionState
from tillitworkshop.ui.common.widgets import EntryLine, HintLabel, mark_invalid, message_of


class SessionForm(QWidget):
    def __init__(self, state: SessionState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.organisation = EntryLine(self.tr("Organisation"), self.tr("e.g. Lövhälla kommun"), self)
        self.sector = QComboBox(self)
        self.sector.setAccessibleName(self.tr("Sector"))
        for s in catalogue().sectors:
            self.sector.addItem(s.name(state.lang), s.key)
        self.date = EntryLine(self.tr("Date of the day"), self.tr("YYYY-MM-DD"), self)
        self.place = EntryLine(self.tr("Place"), self.tr("Where the day is held"), self)
        self.facilitators = EntryLine(self.tr("Facilitators"), self.tr("Names, separated by commas"), self)
        self.hints: dict[str, HintLabel] = {}
        form = QFormLayout()
        for field, text, widget in (
            ("organisation", self.tr("&Organisation"), self.organisation),
            ("sector", self.tr("Se&ctor"), self.sector),
            ("date", self.tr("&Date"), self.date),
            ("place", self.tr("&Place"), self.place),
            ("facilitators", self.tr("&Facilitators"), self.facilitators),
        ):
            hint = HintLabel(self)
            self.hints[field] = hint
            holder = QWidget(self)
            box = QVBoxLayout(holder)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(2)
            box.addWidget(widget)
            box.addWidget(hint)
            form.addRow(text, holder)
            cast(QLabel, form.labelForField(holder)).setBuddy(widget)
        QVBoxLayout(self).addLayout(form)
        for field in ("organisation", "date", "place", "facilitators"):
            edit: EntryLine = getattr(self, field)
            edit.editingFinished.connect(lambda f=field: self.commit(f))
        self.sector.activated.connect(lambda _i: self.commit("sector"))
        self.drafts: dict[str, DraftKeeper] = {
            field: keep(state, getattr(self, field), f"session/{field}", text)
            for field, text in self._texts().items()}
        state.reloaded.connect(self.refresh)
        self.refresh()

    def _stored(self, field: str) -> object:
        return getattr(self.state.workshop, field)

    def value(self, field: str) -> object:
        if field == "sector":
            return self.sector.currentData()
        text = getattr(self, field).text()
        if field == "facilitators":
            return [n.strip() for n in text.split(",") if n.strip()]
        return text.strip() if field == "date" else text

    def commit(self, field: str) -> bool:
        """Store the field if it changed; an inline hint when it cannot be stored."""
        value = self.value(field)
        if value == self._stored(field):
            self._ok(field)
            return True
        if field == "date" and not value:
            return self._refuse(field, self.tr("The day needs a date, as YYYY-MM-DD."))
        s = self.state
        try:
            s.do(self.tr("Change %1").replace("%1", field_label(field).lower()),
                 lambda: session_ops.update_session(s.lib, s.id, **{field: value}))
        except ValidationError as e:
            if field == "organisation" and not str(value).strip():
                return self._refuse(field, self.tr("The organisation needs a name."))
            return self._refuse(field, message_of(e))
        except StoreError as e:
            return self._refuse(field, message_of(e))
        self._ok(field)
        return True

    def _refuse(self, field: str, message: str) -> bool:
        self.hints[field].say(message)
        if field != "sector":
            mark_invalid(getattr(self, field), True)
        return False

    def _ok(self, field: str) -> None:
        self.hints[field].clear_hint()
        if field != "sector":
            mark_invalid(getattr(self, field), False)

    def _texts(self) -> dict[str, str]:
        w = self.state.workshop
        return {"organisation": w.organisation, "date": w.date, "place": w.place,
                "facilitators": ", ".join(w.facilitators)}

    def refresh(self) -> None:
        """Show what is stored, except in a field being typed in or holding a value not
        stored (refused, or typed before the facilitator left): that one is shown, marked."""
        for field, text in self._texts().items():
            keeper, line = self.drafts[field], getattr(self, field)
            if keeper.has_draft() and (line.hasFocus() or not self.hints[field].isHidden()):
                keeper.set_baseline(text)
                continue
            keeper.bind(keeper.field, text)
            if not line.hasFocus():
                line.setCursorPosition(0)  # a long name shows its start
            if keeper.has_draft():
                self.hints[field].say(self.tr("Not stored yet: press Enter to store it."))
                mark_invalid(line, True)
        self.sector.setCurrentIndex(max(self.sector.findData(self.state.workshop.sector), 0))
