"""Förberedelse: the session's details, the roster with its chain roles, and the agenda."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tillitworkshop.content import catalogue
from tillitworkshop.store import StoreError
from tillitworkshop.store import participants as participant_ops
from tillitworkshop.ui.common.drafts import keep
from tillitworkshop.ui.common.roles import rename_roles, role_keys
from tillitworkshop.ui.common.state import SessionState
from tillitworkshop.ui.common.widgets import (
    EntryLine,
    HintLabel,
    delete_action,
    label,
    push_button,
    text_action,
)

from .agenda import AgendaEditor
from .forget import export_person, exports_naming, forget_participant
from .participant_model import CONSENT, ROLE, ParticipantModel
from .session_form import SessionForm


class RoleDelegate(QStyledItemDelegate):
    """A chain-role combo box for editing the role column."""

    def __init__(self, state: SessionState, parent: QWidget | None = None):
        super().__init__(parent)
        self._state = state  # named when the editor opens: the sector may have changed

    def createEditor(self, parent, option, index):
        combo = QComboBox(parent)
        combo.setAccessibleName(self.tr("Chain role"))
        for key in role_keys():
            combo.addItem(self._state.role_singular(key), key)
        return combo

    def setEditorData(self, editor, index):
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))

    def setModelData(self, editor, model, index):
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class Roster(QWidget):
    def __init__(self, state: SessionState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.name = EntryLine(self.tr("Participant's name"), self.tr("Name"), self)
        self.role = QComboBox(self)
        self.role.setAccessibleName(self.tr("Participant's chain role"))
        self.role.addItem(self.tr("Chain role…"), None)
        for key in role_keys():
            self.role.addItem(state.role_singular(key), key)
        self.unit = EntryLine(self.tr("Participant's unit"), self.tr("Unit (optional)"), self)
        self.consent = QCheckBox(self.tr("May be named in handouts"), self)
        self.consent.setAccessibleName(self.tr("Consent to be named in handouts"))
        self.add_button = push_button(self.tr("Add"), self)
        self.add_button.setAccessibleName(self.tr("Add participant"))
        self.hint = HintLabel(self)
        self.counts = label("", "subtitle", self, wrap=True)
        self.warning = label("", "warning", self, wrap=True)
        self.model = ParticipantModel(state, self._edit, self)
        self.table = QTableView(self)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table (arrows move in it)
        self.table.setAccessibleName(self.tr("Participants"))
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(ROLE, RoleDelegate(state, self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            CONSENT, QHeaderView.ResizeMode.ResizeToContents)  # a tick: its title's width
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.DoubleClicked)
        delete_action(self.table, self.tr("Remove participant"), self.remove_selected)
        forget = text_action(self.tr("Forget participant…"), self.table)
        forget.triggered.connect(self.forget_current)
        self.table.addAction(forget)
        stored = text_action(self.tr("Export what is stored about them…"), self.table)
        stored.triggered.connect(self.export_person_current)
        self.table.addAction(stored)
        title = label(self.tr("&Roster"), "section", self)
        title.setBuddy(self.name)
        entry = QGridLayout()
        entry.addWidget(self.name, 0, 0)
        entry.addWidget(self.role, 0, 1)
        entry.addWidget(self.unit, 1, 0)
        entry.addWidget(self.consent, 1, 1)
        entry.addWidget(self.add_button, 0, 2)
        box = QVBoxLayout(self)
        for w in (title, self.counts, self.warning):
            box.addWidget(w)
        box.addLayout(entry)
        box.addWidget(self.hint)
        box.addWidget(self.table, 1)
        self.name.returnPressed.connect(self.add)
        self.unit.returnPressed.connect(self.add)
        self.add_button.clicked.connect(self.add)
        state.reloaded.connect(self.refresh_counts)
        self.refresh_counts()
        self.drafts = [keep(state, self.name, "participant/name"),
                       keep(state, self.unit, "participant/unit")]

    def add(self) -> str | None:
        name, role = self.name.text(), self.role.currentData()
        problems = []
        if not name.strip():
            problems.append(self.tr("Write the participant's name."))
        if role is None:
            problems.append(self.tr("Choose the participant's chain role."))
        if problems:
            self.hint.say(" ".join(problems))
            return None
        s = self.state
        change = s.attempt(self.tr("Add participant"), lambda: participant_ops.add_participant(
            s.lib, s.id, name, role, self.unit.text().strip(), self.consent.isChecked()), self.hint)
        if change is None:
            return None
        self.name.clear()
        self.unit.clear()
        self.consent.setChecked(False)
        self.name.setFocus()
        return change.ids[0]

    def _edit(self, pid: str, fields: dict) -> bool:
        if "name" in fields and not str(fields["name"]).strip():
            self.hint.say(self.tr("A participant needs a name; press Delete to remove them."))
            return False
        s = self.state
        done = s.attempt(self.tr("Edit participant"),
                         lambda: participant_ops.update_participant(s.lib, pid, **fields),
                         self.hint) is not None
        if done and fields.get("consent") is False:
            named = exports_naming(pid, s)
            if named:
                self.hint.say(named)
        return done

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        ids = [self.model.participant(r).id for r in rows]
        if not ids:
            return
        s = self.state
        stack = s.hub.stack_for(s.id)
        stack.beginMacro(self.tr("Remove %n participant(s)", "", len(ids)))
        try:
            for pid in ids:
                s.do(self.tr("Remove participant"),
                     partial(participant_ops.delete_participant, s.lib, pid))
        except StoreError as e:  # e.g. the disk is full: said, and what was removed stays undoable
            self.hint.show_error(e)
        finally:
            stack.endMacro()

    def forget_current(self) -> None:
        """Forget the participant on the current row, after a confirmation (forget.py)."""
        index = self.table.currentIndex()
        if index.isValid():
            forget_participant(self, self.state, self.model.participant(index.row()), self.hint)

    def export_person_current(self) -> None:
        """Save everything stored about the participant on the current row (an access request)."""
        index = self.table.currentIndex()
        if index.isValid():
            export_person(self, self.state, self.model.participant(index.row()), self.hint)

    def refresh_counts(self) -> None:
        rename_roles(self.role, self.state.role_singular)
        people = self.state.workshop.participants
        counts = {r.key: sum(p.role == r.key for p in people) for r in catalogue().roles}
        shown = [f"{self.state.role_name(k)} {n}" for k, n in counts.items() if n]
        self.counts.setText(self.tr("Participants: %1").replace("%1", str(len(people)))
                            + (" — " + " · ".join(shown) if shown else ""))
        missing = [self.state.role_name(k) for k in role_keys(chain_only=True)
                   if not counts[k]]
        self.warning.setText(self.tr("Nobody yet from: %1. The method wants the whole chain "
                                     "in the room.").replace("%1", ", ".join(missing)))
        self.warning.setVisible(bool(missing))


class PreparationPage(QWidget):
    def __init__(self, state: SessionState, parent: QWidget | None = None):
        super().__init__(parent)
        self.form = SessionForm(state, self)
        self.agenda = AgendaEditor(state, self)
        self.roster = Roster(state, self)
        left = QVBoxLayout()
        left.addWidget(label(self.tr("Session"), "section", self))
        left.addWidget(self.form)
        left.addWidget(self.agenda, 1)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addLayout(left, 5)
        row.addWidget(self.roster, 6)

    def focus_first(self) -> None:
        self.form.organisation.setFocus()

    def regions(self) -> list:
        """For F6 (ui/shell/regions.py)."""
        return [self.form, self.agenda, self.roster]
