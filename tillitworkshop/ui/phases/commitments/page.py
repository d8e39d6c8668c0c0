"""Åtaganden: for the top problems, who does what by when, the first step, how we will know.

Left, the problems with the most dots (marked when no commitment answers them)
and the commitments made; middle, the form; right, the ten insights on
trust-building, each with its sentence, checked to link it to the commitment. Bad input is said beside the field; nothing is
stored until it is right. A new commitment is added with Ctrl+Return; until
then what is typed and chosen in the form is a draft (ui/common/drafts.py). A
commitment already made stores each field as the facilitator leaves it.
"""

from __future__ import annotations

import json
from functools import partial
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QListView,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tillitworkshop.content import catalogue
from tillitworkshop.store import StoreError, drafts
from tillitworkshop.store import commitments as ops
from tillitworkshop.ui.common.drafts import keep
from tillitworkshop.ui.common.flow import flow_box
from tillitworkshop.ui.common.roles import person, role_keys
from tillitworkshop.ui.common.state import SessionState
from tillitworkshop.ui.common.widgets import (
    EntryLine,
    HintLabel,
    example,
    label,
    mark_invalid,
    push_button,
    shortcut,
)
from tillitworkshop.ui.phases.problems.board_model import BoardIndex

from .commitment_model import CommitmentListModel, check_form
from .insights import InsightList

TOP = 8  # the problems with the most dots that should each have a commitment
# The form's lines: the name of each among the drafts, and the commitment's column.
TEXTS = {"what": "what", "due": "due_date", "first": "first_step", "indicator": "indicator"}
CHOICES = "commitment/new/choices"  # owner, role, problems, principles of a new one, as JSON


class CommitmentsPage(QWidget):
    PHASE = "commitments"

    def __init__(self, state: SessionState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.editing: str | None = None  # the commitment in the form, or None for a new one
        self._loading = False
        self.top = QListWidget(self)
        self.top.setAccessibleName(self.tr("Top problems by dots"))
        self.top.setWordWrap(True)
        self.warnings = label("", "warning", self, wrap=True)
        self.model = CommitmentListModel(state, self)
        self.list = QListView(self)
        self.list.setAccessibleName(self.tr("Commitments"))
        self.list.setModel(self.model)
        self.list.setWordWrap(True)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        left = QVBoxLayout()
        left.addWidget(label(self.tr("Top problems"), "section", self, wrap=True))
        left.addWidget(self.top, 2)
        left.addWidget(self.warnings)
        left.addWidget(label(self.tr("Commitments"), "section", self))
        left.addWidget(self.list, 3)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(16)
        for w in (self.top, self.list):
            w.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            w.setMinimumWidth(200)
        row.addLayout(left, 3)
        row.addLayout(self._form(), 4)
        row.addWidget(self._insights(), 2)
        self.list.selectionModel().currentChanged.connect(lambda cur, _p: self.load(cur.row()))
        shortcut(self, "Ctrl+Return", self.tr("Add the commitment, or save its changes"),
                 self.save)
        shortcut(self, "Alt+N", self.tr("A new commitment"), self.new)
        self._stale = False
        state.reloaded.connect(self._changed)
        state.notes_changed.connect(lambda _ids: self._changed())
        self.refresh()

    def _changed(self) -> None:
        """Refresh now when shown; otherwise when next shown (the board changes often)."""
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event) -> None:
        if self._stale:
            self._stale = False
            self.refresh()
        super().showEvent(event)

    def _form(self) -> QVBoxLayout:
        self.what = EntryLine(self.tr("What will be done"), self.tr("What will be done?"), self)
        self.owner = QComboBox(self)
        self.owner.setAccessibleName(self.tr("Owner: a participant"))
        self.role = QComboBox(self)
        for combo in (self.owner, self.role):  # a long name must not widen the window
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(16)
        self.role.setAccessibleName(self.tr("Owner: a role of the chain"))
        self.due = EntryLine(self.tr("By when"), example("2027-03-31"), self)
        self.first = EntryLine(self.tr("The first step"), self.tr("The first step, and when"), self)
        self.indicator = EntryLine(self.tr("How we will know"), self.tr("How will we know it worked?"), self)
        self.problems = QListWidget(self)
        self.problems.setAccessibleName(self.tr("Problems it answers"))
        self.principles = QListWidget(self)
        self.principles.setAccessibleName(self.tr("Principles it builds on"))
        self.principles.setFlow(QListView.Flow.LeftToRight)
        self.principles.setWrapping(True)
        self.principles.setResizeMode(QListView.ResizeMode.Adjust)
        self.principles.setSpacing(4)
        for lst in (self.problems, self.principles):
            lst.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.problems.setWordWrap(True)
        self.principles.setMaximumHeight(self.fontMetrics().height() * 5)
        self.hints = {k: HintLabel(self) for k in ("what", "owner", "due", "store")}
        form = QFormLayout()
        form.addRow(self.tr("&What"), self.what)
        form.addRow("", self.hints["what"])
        form.addRow(self.tr("&Owner"), self.owner)
        form.addRow(self.tr("&Role"), self.role)
        form.addRow("", self.hints["owner"])
        form.addRow(self.tr("&By when"), self.due)
        form.addRow("", self.hints["due"])
        form.addRow(self.tr("&First step"), self.first)
        form.addRow(self.tr("How we will &know"), self.indicator)
        form.addRow(self.tr("&Problems"), self.problems)
        form.addRow(self.tr("Prin&ciples"), self.principles)
        self.save_button = push_button(self.tr("Add commitment  (Ctrl+Return)"), self)
        self.save_button.setProperty("role", "primary")
        self.new_button = push_button(self.tr("&New  (Alt+N)"), self)
        self.delete_button = push_button(self.tr("&Delete"), self)
        self.save_button.clicked.connect(self.save)
        self.new_button.clicked.connect(self.new)
        self.delete_button.clicked.connect(self.delete)
        buttons = flow_box(self, [self.save_button, self.new_button, self.delete_button])
        box = QVBoxLayout()
        box.addWidget(label(self.tr("The commitment"), "section", self))
        box.addLayout(form)
        box.addWidget(self.hints["store"])
        box.addWidget(buttons)
        box.addStretch(1)
        self.due.textEdited.connect(lambda _t: self.hints["due"].clear_hint())
        self.what.textEdited.connect(lambda _t: self.hints["what"].clear_hint())
        self.drafts = {name: keep(self.state, getattr(self, name), f"commitment/new/{name}")
                       for name in TEXTS}
        for name in TEXTS:
            getattr(self, name).editingFinished.connect(partial(self.store_field, name))
        # After the signal, not in it: storing reloads the form, which clears these lists.
        for combo in (self.owner, self.role):
            combo.activated.connect(lambda _i: self._choices_changed())
        for lst in (self.problems, self.principles):
            lst.itemChanged.connect(lambda _item: self._choices_changed())
        return box

    def _insights(self) -> QWidget:
        """The ten insights, title and sentence; a checked one is linked to the commitment."""
        lang = self.state.lang
        box = QWidget(self)
        box.setMaximumWidth(320)
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(label(self.tr("Ten insights on building trust"), "section", box, wrap=True))
        lay.addWidget(label(self.tr("Check the ones this commitment draws on."), "guidance", box,
                            wrap=True))
        self.insights = InsightList(lang, box)
        self.insights.setAccessibleName(self.tr("Ten insights on building trust"))
        self.insights.changed.connect(self._choices_changed)
        lay.addWidget(self.insights, 1)
        return box

    # Filling the page from the session
    def refresh(self) -> None:
        w = self.state.workshop
        answered = {p for c in w.commitments for p in c.problem_ids}
        board = BoardIndex(self.state.notes)
        leaders = board.leaders()
        self.top_ids = [n.id for n in leaders[:TOP]]
        self.top.clear()
        for n in leaders[:TOP]:
            mark = "" if n.id in answered else "  ⚠ " + self.tr("no commitment yet")
            item = QListWidgetItem(f"{board.total_votes(n.id)} ●  {n.text}{mark}")
            item.setData(Qt.ItemDataRole.UserRole, n.id)
            self.top.addItem(item)
        missing = [n for n in leaders[:3] if n.id not in answered and board.total_votes(n.id)]
        owners = {c.owner_role for c in w.commitments} | {
            p.role for c in w.commitments for p in w.participants if p.id == c.owner_participant_id}
        silent = [self.state.role_name(k) for k in role_keys(chain_only=True)
                  if any(p.role == k for p in w.participants) and k not in owners]
        lines = []
        if missing:
            lines.append(self.tr("%n of the three most-voted problems has no commitment yet.", "",
                                 len(missing)))
        if silent:
            lines.append(self.tr("No commitment yet from: %1.").replace("%1", ", ".join(silent)))
        self.warnings.setText("\n".join(lines))
        self.warnings.setVisible(bool(lines))
        self._fill_choices(leaders)

    def _fill_choices(self, leaders) -> None:
        w, lang = self.state.workshop, self.state.lang
        self.owner.clear()
        self.owner.addItem(self.tr("— no participant —"), "")
        for p in w.participants:
            self.owner.addItem(person(p.name, p.role, lang, w.sector), p.id)
        self.role.clear()
        self.role.addItem(self.tr("— no role —"), "")
        for key in role_keys():
            self.role.addItem(self.state.role_name(key), key)
        self.problems.clear()
        for n in leaders:
            item = QListWidgetItem(n.text)
            item.setData(Qt.ItemDataRole.UserRole, n.id)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.problems.addItem(item)
        self.principles.clear()
        for principle in catalogue().principles_for(w.long_term_card):
            item = QListWidgetItem(principle.name(lang))
            item.setData(Qt.ItemDataRole.UserRole, principle.key)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.principles.addItem(item)
        row = self.model.row_of(self.editing) if self.editing else None
        self.load(row if row is not None else -1)

    def load(self, row: int) -> None:
        """Show a commitment in the form (or an empty form for a new one)."""
        c = self.model.commitment(row) if 0 <= row < self.model.rowCount() else None
        self.editing = c.id if c else None
        self._loading = True
        try:
            for name, column in TEXTS.items():  # the field's draft, if any, or what is stored
                stored = (getattr(c, column) or "") if c else ""
                self.drafts[name].bind(f"commitment/{c.id if c else 'new'}/{name}", stored)
            choices = self._choices_draft() if c is None else {}
            self.owner.setCurrentIndex(max(0, self.owner.findData(
                c.owner_participant_id or "" if c else choices.get("owner", ""))))
            self.role.setCurrentIndex(max(0, self.role.findData(
                c.owner_role or "" if c else choices.get("role", ""))))
            self.insights.set_checked(c.insights if c else choices.get("insights", ()))
            for lst, chosen in ((self.problems, c.problem_ids if c else choices.get("problems", ())),
                                (self.principles,
                                 c.principles if c else choices.get("principles", ()))):
                for i in range(lst.count()):
                    item = lst.item(i)
                    on = item.data(Qt.ItemDataRole.UserRole) in chosen
                    item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        finally:
            self._loading = False
        self.save_button.setText(self.tr("Save changes  (Ctrl+Return)") if c
                                 else self.tr("Add commitment  (Ctrl+Return)"))
        self.delete_button.setEnabled(c is not None)
        for hint in self.hints.values():
            hint.clear_hint()

    # Keeping what is typed and chosen
    def store_field(self, name: str) -> bool:
        """A commitment already made: store the line just left, if it changed and is right.
        A new one: nothing to do (its lines are drafts until it is added)."""
        c = self._current()
        line = getattr(self, name)
        if c is None or line.text() == (getattr(c, TEXTS[name]) or ""):
            return False
        errors = check_form(self.what.text() if name == "what" else c.what, "-", "",
                            self.due.text() if name == "due" else "", self.state.workshop.date)
        if name in errors:
            self.hints[name].say(errors[name])
            mark_invalid(line, True)
            return False
        self.hints.get(name, self.hints["store"]).clear_hint()
        mark_invalid(line, False)
        value = line.text().strip() or None if name == "due" else line.text()
        s, cid = self.state, c.id
        return s.attempt(self.tr("Edit commitment"), partial(
            ops.update_commitment, s.lib, cid, **{TEXTS[name]: value}),
            self.hints["store"]) is not None

    def _choices_changed(self) -> None:
        if not self._loading:
            QTimer.singleShot(0, self, self.store_choices)

    def store_choices(self) -> None:
        """Owner, role, problems and principles: stored at once for a commitment already
        made (when an owner remains), kept as a draft for a new one."""
        owner, role = self.owner.currentData() or "", self.role.currentData() or ""
        chosen = {"owner": owner, "role": role, "problems": self._checked(self.problems),
                  "principles": self._checked(self.principles),
                  "insights": self.insights.checked()}
        s, c = self.state, self._current()
        if c is None:
            try:
                drafts.put(s.lib, s.id, CHOICES, json.dumps(chosen))
            except StoreError as e:
                self.hints["store"].show_error(e)
            return
        if not owner and not role:
            self.hints["owner"].say(check_form("-", "", "", "", "").get("owner", ""))
            return
        self.hints["owner"].clear_hint()
        cid = c.id
        s.attempt(self.tr("Edit commitment"), partial(
            ops.update_commitment, s.lib, cid, owner_participant_id=owner or None,
            owner_role=role or None, problems=chosen["problems"],
            principles=chosen["principles"], insights=chosen["insights"]), self.hints["store"])

    def _choices_draft(self) -> dict[str, Any]:
        try:
            text = drafts.get(self.state.lib, self.state.id, CHOICES)
            value = json.loads(text) if text else {}
        except ValueError:
            return {}
        return value if isinstance(value, dict) else {}

    def _current(self):
        row = self.model.row_of(self.editing) if self.editing else None
        return self.model.commitment(row) if row is not None else None

    def _forget_drafts(self) -> None:
        """The form was stored (or its commitment deleted): its drafts are done with."""
        for keeper in self.drafts.values():
            keeper.discard()
        if self.editing is None:
            try:
                drafts.discard(self.state.lib, self.state.id, CHOICES)
            except StoreError as e:
                self.hints["store"].show_error(e)

    def new(self) -> None:
        self.list.clearSelection()
        self.load(-1)
        self.what.setFocus()

    @staticmethod
    def _checked(lst: QListWidget) -> list[str]:
        return [lst.item(i).data(Qt.ItemDataRole.UserRole) for i in range(lst.count())
                if lst.item(i).checkState() == Qt.CheckState.Checked]

    def save(self) -> str | None:
        """Store the form as a new commitment or as changes; say what is missing inline."""
        s = self.state
        owner, role = self.owner.currentData() or "", self.role.currentData() or ""
        errors = check_form(self.what.text(), owner, role, self.due.text(), s.workshop.date)
        for key, hint in self.hints.items():
            hint.say(errors.get(key, ""))
        for key, widget in (("what", self.what), ("due", self.due), ("owner", self.owner)):
            mark_invalid(widget, key in errors)
        if errors:
            return None
        fields: dict[str, Any] = {"owner_participant_id": owner or None, "owner_role": role or None,
                  "due_date": self.due.text().strip() or None, "first_step": self.first.text(),
                  "indicator": self.indicator.text()}
        links: dict[str, Any] = {"problems": self._checked(self.problems),
                 "principles": self._checked(self.principles),
                 "insights": self.insights.checked()}
        what, cid = self.what.text(), self.editing
        if cid is None:
            change = s.attempt(self.tr("Add commitment"), lambda: ops.add_commitment(
                s.lib, s.id, what, **links, **fields), self.hints["store"])
        else:
            change = s.attempt(self.tr("Edit commitment"), partial(
                ops.update_commitment, s.lib, cid, what=what, **links, **fields), self.hints["store"])
        if change is None:
            return None
        self._forget_drafts()
        if cid is None:
            cid = change.ids[0]
        row = self.model.row_of(cid)
        if row is not None:
            self.list.setCurrentIndex(self.model.index(row))
        return cid

    def delete(self) -> None:
        if self.editing is None:
            return
        s, cid = self.state, self.editing
        self._forget_drafts()
        s.do(self.tr("Delete commitment"), lambda: ops.delete_commitment(s.lib, cid))
        self.new()

    def focus_first(self) -> None:
        self.what.setFocus()

    def regions(self) -> list:
        """For F6 (ui/shell/regions.py): the top problems, the commitments, the form, the
        insights."""
        form = (self.what, self.owner, self.role, self.due, self.first, self.indicator,
                self.problems, self.principles, self.save_button, self.new_button,
                self.delete_button)
        return [self.top, self.list, form, self.insights]
