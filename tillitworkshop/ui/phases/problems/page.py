"""Problemkartläggning: problems on the six obstacles, grouped, dot-voted, linked to principles.

Keys on the board: arrows move between problems and columns; Ctrl+Left/Right
moves a problem to the neighbouring obstacle, Alt+Shift+Up/Down (or Ctrl+Shift+Up/Down,
where the desktop takes those) to the chain link above or below; + and − add and remove a dot; 1–8 link a principle;
Ctrl+G groups the selected duplicates, Ctrl+Shift+G ungroups; F2 edits,
Delete removes. Alt+N types a new problem; Ctrl+Shift+S sorts by dots.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from tillitworkshop.content import catalogue
from tillitworkshop.domain import Note
from tillitworkshop.store import notes as note_ops
from tillitworkshop.store import room as room_ops
from tillitworkshop.ui.common.keys import with_alternatives
from tillitworkshop.ui.common.roles import role_keys
from tillitworkshop.ui.common.state import SessionState
from tillitworkshop.ui.common.widgets import shortcut, text_action

from .board_bar import BoardBar, DetailBar
from .board_model import UNPLACED, BoardColumnModel, BoardIndex
from .board_widgets import BoardColumn, ProblemCard


class ProblemBoardPage(QWidget):
    PHASE = "problems"

    def __init__(self, state: SessionState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self._column: int | None = None
        self._quiet = False  # within one action: the detail bar shows its outcome once
        cat, lang = catalogue(), state.lang
        self.index = BoardIndex(state.notes)
        self.bar = BoardBar(state, self)
        self.detail = DetailBar(state, self)
        self.keys = [UNPLACED] + [o.key for o in cat.obstacles]
        titles = [self.tr("Not yet placed")] + [o.name(lang) for o in cat.obstacles]
        self.columns: list[BoardColumn] = []
        self.models: list[BoardColumnModel] = []
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget(self.scroll_area)
        row = QHBoxLayout(inner)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        for i, (key, title) in enumerate(zip(self.keys, titles, strict=True)):
            column = BoardColumn(title, i, inner)
            model = BoardColumnModel(self.index, key, self.describe, self._edit, self.drop, self)
            column.view.setModel(model)
            column.view.setItemDelegate(ProblemCard(self.meta, column.view))
            self._wire(column, i)
            self.columns.append(column)
            self.models.append(model)
            row.addWidget(column, 1)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        self.scroll_area.setWidget(inner)
        box.addWidget(self.bar)
        box.addWidget(self.scroll_area, 1)
        box.addWidget(self.detail)
        self.bar.added.connect(self._added)
        self.bar.filter_changed.connect(self._filter)
        self.bar.sort_changed.connect(self._sort)
        self.detail.vote.connect(self.vote)
        self.detail.toggle_principle.connect(self.toggle_principle)
        self.detail.ungroup.connect(self.ungroup)
        self.detail.link_chosen.connect(self.set_link)
        state.notes_changed.connect(self._notes_changed)
        state.reloaded.connect(self._reloaded)
        for keys, text, slot in (
                ("Alt+N", self.tr("Type a new problem"), self.bar.input.setFocus),
                ("Ctrl+Shift+S", self.tr("Sort by dots"), self.bar.toggle_sort),
                ("F4", self.tr("Go to the board"), self.focus_board)):
            shortcut(self, keys, text, slot)
        self._counts()

    def hideEvent(self, event) -> None:  # noqa: N802  (Qt's name)
        # Another phase on screen: the cards' pictures go (drawn again when the board is
        # next shown, a screenful in a few ms), and the pages built next take their memory.
        for column in self.columns:
            card = column.view.itemDelegate()
            if isinstance(card, ProblemCard):
                card.forget_pictures()
        super().hideEvent(event)

    def _wire(self, column: BoardColumn, i: int) -> None:
        view = column.view
        view.neighbour.connect(lambda step, i=i: self.focus_column(i + step))
        view.vote.connect(self.vote)
        view.toggle_principle.connect(self.toggle_principle)
        view.selectionModel().currentChanged.connect(lambda *_, i=i: self._activate(i))
        view.installEventFilter(self)
        for text, key, slot in (
            (self.tr("Move to the obstacle on the left"), "Ctrl+Left", lambda: self.shift(-1)),
            (self.tr("Move to the obstacle on the right"), "Ctrl+Right", lambda: self.shift(1)),
            (self.tr("Move to the chain link above"), "Alt+Shift+Up", lambda: self.shift_link(-1)),
            (self.tr("Move to the chain link below"), "Alt+Shift+Down", lambda: self.shift_link(1)),
            (self.tr("Group the selected duplicates"), "Ctrl+G", self.group),
            (self.tr("Ungroup"), "Ctrl+Shift+G", self.ungroup),
            (self.tr("Delete problem"), QKeySequence.StandardKey.Delete, self.delete),
        ):
            action = text_action(text, view)
            # Ctrl+Shift+arrow too where a desktop takes Alt+Shift+arrow (ui/common/keys.py)
            action.setShortcuts(with_alternatives(key) if isinstance(key, str)
                                else [QKeySequence(key)])
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
            view.addAction(action)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    # What the facilitator sees
    def meta(self, note: Note | None) -> str:
        if note is None:
            return ""
        cat, lang = catalogue(), self.state.lang
        parts = [self.state.role_name(note.chain_link)] if note.chain_link else []
        parts += [cat.principle(p).name(lang) for p in note.principles]
        return " · ".join(parts)

    def describe(self, note: Note) -> str:
        votes = self.index.total_votes(note.id)
        extra = self.tr("%1 dots").replace("%1", str(votes))
        group = len(self.index.members.get(note.id, ()))
        if group:
            extra += ", " + self.tr("%1 duplicates").replace("%1", str(group))
        meta = self.meta(note)
        return f"{note.text} ({extra}{'; ' + meta if meta else ''})"

    def _counts(self) -> None:
        for column, model in zip(self.columns, self.models, strict=True):
            dots = model.dots
            column.count.setText(self.tr("%1 problems · %2 dots").replace(
                "%1", str(model.rowCount())).replace("%2", str(dots)))
        self.bar.show_budget(self.index.used_votes())

    def _notes_changed(self, ids: list[str]) -> None:
        touched = self.index.update(ids)
        for model in self.models:
            model.apply(touched)
        self._counts()
        self._show_current()

    def _reloaded(self) -> None:
        self.index = BoardIndex(self.state.notes)
        for model in self.models:
            model.board = self.index
            model.refill()
        self._counts()

    def _filter(self, link: str | None) -> None:
        for model in self.models:
            model.link = link
            model.refill()
        self._counts()

    def _sort(self, by_votes: bool) -> None:
        for model in self.models:
            model.by_votes = by_votes
            model.refill()

    # Where the keyboard is: the column last used, and its current problem
    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            for i, column in enumerate(self.columns):
                if column.view is obj:
                    self._activate(i)
        return False

    def _activate(self, i: int) -> None:
        self._column = i
        self._show_current()

    def current(self) -> tuple[int, Note] | None:
        i = self._column
        if i is None:
            return None
        index = self.columns[i].view.currentIndex()
        if not index.isValid() or index.row() >= self.models[i].rowCount():
            return None
        return i, self.models[i].note(index.row())

    def selected(self) -> tuple[int, list[str]]:
        cur = self.current()
        if cur is None:
            return -1, []
        i = cur[0]
        rows = sorted(x.row() for x in self.columns[i].view.selectionModel().selectedRows())
        return i, [self.models[i].note(r).id for r in rows] or [cur[1].id]

    def focus_column(self, i: int) -> None:
        if not 0 <= i < len(self.columns):
            return
        view, model = self.columns[i].view, self.models[i]
        self.scroll_area.ensureWidgetVisible(self.columns[i], 0, 0)
        view.setFocus()
        if model.rowCount() and not view.currentIndex().isValid():
            view.setCurrentIndex(model.index(0))

    def select(self, nid: str) -> QWidget | None:
        """Choose a problem (a duplicate: its group's card); the list showing it, if any."""
        note = self.state.notes.get(nid)
        if note is None:
            return None
        while note.group_id and note.group_id in self.state.notes:
            note = self.state.notes[note.group_id]
        for column, model in zip(self.columns, self.models, strict=True):
            row = model.row_of(note.id)
            if row is not None:
                self.scroll_area.ensureWidgetVisible(column, 0, 0)
                column.view.setFocus()
                column.view.selectionModel().setCurrentIndex(
                    model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect)
                column.view.scrollTo(model.index(row))
                return column.view
        return None

    def reveal(self, note: Note) -> QWidget | None:
        """Find (Ctrl+F): show a problem even when the link filter hides it."""
        shown = self.select(note.id)
        if shown is None and self.bar.filter.currentIndex() != 0:
            self.bar.filter.setCurrentIndex(0)  # every link again
            shown = self.select(note.id)
        return shown

    def _show_current(self) -> None:
        if self._quiet:
            return
        cur = self.current()
        self.detail.show_note(cur[1] if cur else None, self.index)

    # Edits: one undo step each (a step of several store operations is a macro, below)
    def _do(self, text: str, operation) -> bool:
        return self.state.attempt(text, operation, self.bar.hint) is not None

    def _added(self, nid: str) -> None:
        self.select(nid)
        self.bar.input.setFocus()

    def _edit(self, nid: str, text: str) -> bool:
        if not str(text).strip():
            self.bar.hint.say(self.tr("A problem cannot be empty; press Delete to remove it."))
            return False
        s = self.state
        return self._do(self.tr("Edit problem"), lambda: note_ops.update_note(s.lib, nid, text=text))

    def move_to(self, nid: str, obstacle: str, position: float | None = None) -> None:
        s, note = self.state, self.state.notes[nid]
        where = obstacle or None
        at = note.position if position is None else position
        # The problem leaves its column (whose next problem becomes current there) and is
        # chosen again in the other: the detail bar shows the outcome once, not each step.
        self._quiet = True
        try:
            if self._do(self.tr("Move problem"), lambda: note_ops.move_note(s.lib, nid, at,
                                                                            obstacle=where)):
                self.select(nid)
        finally:
            self._quiet = False
        self._show_current()

    def shift(self, step: int) -> None:
        cur = self.current()
        if cur is not None and 0 <= cur[0] + step < len(self.keys):
            self.move_to(cur[1].id, self.keys[cur[0] + step])

    def shift_link(self, step: int) -> None:
        cur = self.current()
        if cur is None:
            return
        links = role_keys(chain_only=True)
        at = links.index(cur[1].chain_link) + step if cur[1].chain_link in links else 0
        if 0 <= at < len(links):
            self.set_link(links[at])

    def set_link(self, link: str | None) -> None:
        cur = self.current()
        if cur is not None and cur[1].chain_link != link:
            s, nid = self.state, cur[1].id
            self._do(self.tr("Move problem to another link"), lambda: note_ops.move_note(
                s.lib, nid, s.notes[nid].position, chain_link=link))
            self.select(nid)

    def drop(self, ids: list[str], obstacle: str, target: str | None, row: int) -> None:
        """Dropped onto a problem: grouped under it; onto a column: moved there."""
        if target is not None:
            self.group_under(target, ids)
            return
        s, stack = self.state, self.state.hub.stack
        stack.beginMacro(self.tr("Move problems"))
        try:
            for nid in ids:
                self._do(self.tr("Move problem"), lambda nid=nid: note_ops.move_note(
                    s.lib, nid, s.notes[nid].position, obstacle=obstacle or None))
        finally:
            stack.endMacro()
        self.select(ids[0])

    def group(self) -> None:
        i, ids = self.selected()
        if len(ids) < 2:
            self.bar.hint.say(self.tr("Select two or more duplicates (Shift+Up/Down), then Ctrl+G."))
            return
        leader = max(ids, key=lambda n: (self.index.total_votes(n), -ids.index(n)))
        self.group_under(leader, ids)

    def group_under(self, leader: str, ids: list[str]) -> None:
        s = self.state
        if self._do(self.tr("Group duplicates"), lambda: note_ops.group_notes(s.lib, leader, ids)):
            self.select(leader)

    def ungroup(self) -> None:
        cur = self.current()
        members = sorted(self.index.members.get(cur[1].id, ())) if cur else []
        if cur is None or not members:
            return
        s, stack = self.state, self.state.hub.stack
        stack.beginMacro(self.tr("Ungroup"))
        try:
            for m in members:
                self._do(self.tr("Ungroup"), lambda m=m: note_ops.ungroup_note(s.lib, m))
        finally:
            stack.endMacro()
        self.select(cur[1].id)

    def vote(self, delta: int) -> None:
        cur = self.current()
        if cur is None:
            return
        nid = cur[1].id
        if delta > 0 and self.bar.budget_left(self.index.used_votes()) <= 0:
            self.bar.hint.say(self.tr("Every dot is used. Take one back (−) or raise the budget."))
            return
        if delta < 0:
            own = self._own_dot(nid)
            if own is None:
                return
            nid = own
        s = self.state
        text = self.tr("Add a dot") if delta > 0 else self.tr("Take back a dot")
        self._do(text, lambda: note_ops.vote(s.lib, nid, delta))

    def _own_dot(self, nid: str) -> str | None:
        """The problem, or else a duplicate under it, holding a dot the facilitator gave:
        − takes back only those. The phones' dots are the phones' to take back (issue 23);
        when only theirs are left the hint says so, as − then does nothing."""
        dotted = [n for n in (nid, *self.index.members.get(nid, ())) if self.state.notes[n].votes]
        if not dotted:
            return None
        phones = room_ops.phone_dots(self.state.lib, dotted)
        own = next((n for n in dotted if self.state.notes[n].votes > phones.get(n, 0)), None)
        if own is None:
            self.bar.hint.say(self.tr(
                "Only phones' dots are left (%1): a phone takes back its own.").replace(
                "%1", str(sum(phones.values()))))
        return own

    def toggle_principle(self, number: int) -> None:
        cur = self.current()
        keys = [p.key for p in catalogue().principles_for(self.state.workshop.long_term_card)]
        if cur is None or not 0 <= number < len(keys):
            return
        note, key = cur[1], keys[number]
        linked = tuple(p for p in note.principles if p != key)
        if key not in note.principles:
            linked += (key,)
        s = self.state
        self._do(self.tr("Link principles"), lambda: note_ops.update_note(
            s.lib, note.id, principles=linked))

    def delete(self) -> None:
        i, ids = self.selected()
        if not ids:
            return
        s, stack = self.state, self.state.hub.stack
        stack.beginMacro(self.tr("Delete %n problem(s)", "", len(ids)))
        try:
            for nid in ids:
                self._do(self.tr("Delete problem"), lambda nid=nid: note_ops.delete_note(s.lib, nid))
        finally:
            stack.endMacro()
        self.focus_column(i)

    def focus_first(self) -> None:
        self.bar.input.setFocus()

    def focus_board(self) -> None:
        """Into the board, in the column last worked in (the first when none was)."""
        self.focus_column(self._column if self._column is not None else 0)

    def regions(self) -> list:
        """For F6 (ui/shell/regions.py)."""
        return [self.bar, self.scroll_area.widget(), self.detail]
