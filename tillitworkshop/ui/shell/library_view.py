"""The session library: every session with its organisation, sector, date and progress.

Create, open, duplicate as a template, delete (undoable), import and export a
session file. With an empty library it offers the demo session.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tillitworkshop.store import Change, StoreError
from tillitworkshop.store import sessions as session_ops
from tillitworkshop.store.files import clean_private_temp
from tillitworkshop.ui.common import export_paths
from tillitworkshop.ui.common.dialogs import focus_kept, open_keeping_focus
from tillitworkshop.ui.common.undo import UndoHub
from tillitworkshop.ui.common.widgets import (
    EntryLine,
    HintLabel,
    delete_action,
    label,
    message_of,
    push_button,
)

from . import regions
from .first_day import FirstDayDialog, steps_html
from .new_session import NewSessionDialog
from .session_model import ORGANISATION, IdRole, SessionListModel


class LibraryView(QWidget):
    open_requested = Signal(str)

    def __init__(self, hub: UndoHub, parent: QWidget | None = None):
        super().__init__(parent)
        self.hub = hub
        # What a killed export or import left in the library folder's private temporary
        # folder (session copies): gone once the library is shown.
        clean_private_temp(hub.lib.folder)
        self.model = SessionListModel(hub.lib, parent=self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter = EntryLine(self.tr("Find a session"), self.tr("Find a session (Ctrl+F)"), self)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Sessions"))
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ORGANISATION, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda _i: self.open_selected())
        self.hint = HintLabel(self)
        self.notice = label("", "subtitle", self, wrap=True)
        self.empty = self._empty_state()
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for key, text, slot in (("new", self.tr("New session…"), self.new_session),
                                ("open", self.tr("Open"), self.open_selected),
                                ("duplicate", self.tr("Duplicate as template"), self.duplicate),
                                ("delete", self.tr("Delete"), self.delete),
                                ("import", self.tr("Import…"), self.import_session),
                                ("export", self.tr("Export…"), self.export_session)):
            b = push_button(text, self)
            b.setAccessibleName(text.rstrip("…"))
            b.clicked.connect(slot)
            self.buttons[key] = b
            row.addWidget(b)
        self.buttons["open"].setProperty("role", "primary")
        row.addStretch(1)
        delete_action(self.table, self.tr("Delete session"), self.delete, menu=False)
        box = QVBoxLayout(self)
        box.setContentsMargins(32, 24, 32, 16)
        top = QHBoxLayout()
        top.addWidget(label(self.tr("Sessions"), "title", self), 1)
        self.guide_button = push_button(self.tr("Your first day in five steps…"), self)
        self.guide_button.setFlat(True)
        self.guide_button.clicked.connect(self.show_guide)
        self.folder_button = push_button(self.tr("Where is the library?"), self)
        self.folder_button.setFlat(True)
        self.folder_button.setCheckable(True)
        top.addWidget(self.guide_button)
        top.addWidget(self.folder_button)
        box.addLayout(top)
        # The folder, only on request: a raw path is noise to most facilitators, and a
        # long one widened the window.
        self.folder = label(self.tr("Library folder: %1").replace("%1", str(hub.lib.folder)),
                            "subtitle", self, wrap=True)
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.folder.hide()
        self.folder_button.toggled.connect(self.folder.setVisible)
        box.addWidget(self.folder)
        box.addWidget(self.filter)
        box.addWidget(self.empty)
        box.addWidget(self.table, 1)
        self.spacer = QWidget(self)  # takes the table's room while the library is empty
        box.addWidget(self.spacer, 1)
        box.addWidget(self.hint)
        box.addWidget(self.notice)
        box.addLayout(row)
        self.dialog: NewSessionDialog | None = None
        regions.install_on(self, self.regions)  # F6 / Shift+F6
        hub.changed.connect(self._changed)
        self.refresh()
        # Replaced in tests; the native dialogs otherwise.
        # Documents the first time, then the folder last exported to (export_paths).
        self.ask_import_path = lambda: export_paths.ask_open_path(
            self, self.tr("Import a session"),
            self.tr("Session files (*.tillit *.json)") + ";;" + self.tr("All files (*)"))
        self.ask_export_path = lambda suggested: export_paths.ask_save_path(
            self, self.tr("Export the session"), suggested,
            self.tr("Portable session file (*.tillit)") + ";;"
            + self.tr("Session as JSON (*.json)"))

    def _empty_state(self) -> QFrame:
        card = QFrame(self)
        card.setProperty("role", "card")
        box = QVBoxLayout(card)
        box.addWidget(label(self.tr("Your library is empty"), "section", card))
        box.addWidget(label(self.tr("Add the demo session to see a whole Besök Tillit day "
                                    "filled in, or create your own session."), "guidance",
                            card, wrap=True))
        box.addWidget(label(self.tr("Your first day in five steps"), "section", card))
        self.steps = label(steps_html(), "", card, wrap=True)
        self.steps.setAccessibleName(self.tr("Your first day in five steps"))
        box.addWidget(self.steps)
        row = QHBoxLayout()
        self.demo_button = push_button(self.tr("Add the demo session"), card)
        self.demo_button.setProperty("role", "primary")
        self.demo_button.setAccessibleName(self.tr("Add the demo session"))
        self.demo_button.clicked.connect(self.add_demo)
        row.addWidget(self.demo_button)
        row.addStretch(1)
        box.addLayout(row)
        return card

    def show_guide(self) -> FirstDayDialog:
        self.guide = FirstDayDialog(self)
        self.guide.open()
        return self.guide

    def _changed(self, change: Change) -> None:
        # Hidden behind an open session, the list is refreshed when shown again
        # (MainWindow.show_library); re-counting every session per note would cost.
        if self.isVisible() or change.kind == "session":
            self.refresh(select=change.session_id if change.kind == "session" else None)

    def refresh(self, select: str | None = None) -> None:
        current = select or self.selected_id()
        self.model.refill()
        empty = self.model.rowCount() == 0
        self.empty.setVisible(empty)
        self.table.setVisible(not empty)
        self.spacer.setVisible(empty)
        for key in ("open", "duplicate", "delete", "export"):
            self.buttons[key].setEnabled(not empty)
        row = self.model.row_of(current) if current else None
        if row is None and not empty:
            row = 0
        if row is not None:
            self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())

    def selected_id(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(IdRole) if index.isValid() else None

    def regions(self) -> list:
        """For F6 (regions.py): the search, the sessions, the buttons (or the empty
        library's demo button)."""
        return [self.filter, self.table, (self.demo_button, *self.buttons.values())]

    def focus_find(self) -> None:
        self.filter.setFocus()
        self.filter.selectAll()

    def new_session(self) -> NewSessionDialog:
        self.dialog = NewSessionDialog(self.hub, parent=self)
        self.dialog.accepted.connect(lambda: self.open_requested.emit(self.dialog.created))
        open_keeping_focus(self.dialog)
        return self.dialog

    def open_selected(self) -> None:
        sid = self.selected_id()
        if sid:
            self.open_requested.emit(sid)

    def add_demo(self) -> None:
        from tillitworkshop.store.demo import (
            add_demo,  # the demo's imports wait until it is asked for
        )

        self._do(self.tr("Add the demo session"), lambda: add_demo(self.hub.lib))

    def duplicate(self) -> None:
        sid = self.selected_id()
        if sid:
            self._do(self.tr("Duplicate session"),
                     lambda: session_ops.duplicate_session(self.hub.lib, sid))

    def delete(self) -> None:
        sid = self.selected_id()
        if sid:
            name = self.model.summary(self.model.row_of(sid)).organisation  # type: ignore[arg-type]  # sid is listed
            if self._do(self.tr("Delete session “%1”").replace("%1", name),
                        lambda: session_ops.delete_session(self.hub.lib, sid)):
                self.notice.setText(self.tr("Deleted “%1”. Undo brings it back (Ctrl+Z).")
                                    .replace("%1", name))

    def import_session(self) -> None:
        with focus_kept():
            path = self.ask_import_path()
        if path:
            self._do(self.tr("Import session"), lambda: import_session_file(self.hub.lib, Path(path)))

    def export_session(self, anonymise: bool = False) -> str | None:
        """Export the selected session to a file the facilitator names; ``anonymise``:
        without names (store/anonymise.py)."""
        sid = self.selected_id()
        if not sid:
            return None
        s = self.model.summary(self.model.row_of(sid))  # type: ignore[arg-type]  # sid is listed
        with focus_kept():
            path = self.ask_export_path(
                export_paths.default_name(self.tr("Session file"), s.organisation, s.date,
                                          ".tillit"))
        if not path:
            return None
        try:
            path = str(export_session_file(self.hub.lib, sid, Path(path), anonymise))
        except (OSError, StoreError) as e:
            self.hint.say(self.tr("Could not export: %1").replace("%1", message_of(e)))
            return None
        self.hint.clear_hint()
        return path

    def _do(self, text: str, operation) -> bool:
        self.notice.clear()
        try:
            self.hub.do(text, operation)
        except (StoreError, ValueError, OSError) as e:
            self.hint.say(message_of(e))
            return False
        self.hint.clear_hint()
        return True


def import_session_file(lib, path: Path) -> Change:
    """A portable single-session file or a JSON interchange file, told apart by content
    (as the command line's ``import`` does); a pipe, a device or an oversized file is
    refused before anything is read."""
    from tillitworkshop.store.portable import import_session

    return import_session(lib, path)


def export_session_file(lib, session_id: str, path: Path, anonymise: bool = False) -> Path:
    """Write the session to ``path``: JSON interchange for a ``.json`` name, otherwise a
    portable session file (``.tillit`` added when the name has no extension)."""
    from tillitworkshop.store import exports
    from tillitworkshop.store.files import write_atomically
    from tillitworkshop.store.interchange import export_json
    from tillitworkshop.store.portable import export_portable

    if path.suffix.lower() == ".json":
        written = write_atomically(path, export_json(lib, session_id, anonymise).encode("utf-8"))
        exports.record(lib, session_id, "json", written, anonymised=anonymise)
        return written
    if not path.suffix:
        path = path.with_suffix(".tillit")
    written = export_portable(lib, session_id, path, anonymise)
    exports.record(lib, session_id, "tillit", written, anonymised=anonymise)
    return written
