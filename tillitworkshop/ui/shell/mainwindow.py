"""The facilitator's main window: the library, or an open session; menus and shortcuts."""

from __future__ import annotations

import asyncio
import datetime as dt
import sqlite3
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QVBoxLayout, QWidget

from tillitworkshop.store import Change, Library, StoreError
from tillitworkshop.ui.common import drafts
from tillitworkshop.ui.common.messages import message_of
from tillitworkshop.ui.common.state import Clock, SessionState, system_clock
from tillitworkshop.ui.common.undo import UndoHub
from tillitworkshop.ui.common.widgets import text_action
from tillitworkshop.ui.presenter.controller import Presenter

from . import i18n
from .banner import StorageBanner, headline
from .geometry import place
from .session_view import BUILT, PageStack, SessionView
from .settings import Settings

if TYPE_CHECKING:
    from .find_bar import FindBar
    from .library_view import LibraryView

Keys = QKeySequence.StandardKey


class MainWindow(QMainWindow):
    def __init__(self, lib: Library, settings: Settings, clock: Clock = system_clock,
                 parent: QWidget | None = None, *, session_id: str | None = None):
        """With ``session_id``, the window opens on that session and builds the library
        view only when it is first shown (it is not needed for the first paint)."""
        super().__init__(parent)
        self.lib, self.settings, self.clock = lib, settings, clock
        self.hub = UndoHub(lib, self)
        self.hub.changed.connect(self._changed)
        self.hub.storage_failed.connect(self._storage_failed)
        self.hub.failed.connect(self._undo_failed)
        self.session: SessionView | None = None
        self._library: LibraryView | None = None
        self._retranslating = False
        self.pages = PageStack(self)
        self.banner = StorageBanner(self)
        self._find_bar: FindBar | None = None
        self._room = None  # ui.room.controller.RoomController, made when first opened
        self._keep_room = False  # the same session shown again (a new language): room stays
        central = QWidget(self)
        self._column = QVBoxLayout(central)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSpacing(0)
        self._column.addWidget(self.banner)
        self._column.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.stored = QLabel(self)
        self.stored.setAccessibleName(self.tr("Last stored"))
        self.stored.setContentsMargins(12, 0, 0, 0)  # a gap after the status bar's message
        self.statusBar().addPermanentWidget(self.stored)
        self.presenter = Presenter(self, settings)  # the projector's window, built when opened
        self._make_menus()
        self._show_stored()
        self._title()
        # Backups during the day: every few minutes with edits, off the UI thread.
        self._edited = False
        self._backup_running = False
        self.backup_timer = QTimer(self)
        self.backup_timer.timeout.connect(self.backup_in_background)
        if settings.get("backup/minutes") > 0:
            self.backup_timer.start(settings.get("backup/minutes") * 60_000)
        place(self, settings.get("window/geometry"))
        if session_id is not None:
            self.open_session(session_id)
        else:
            self.pages.addWidget(self.library)

    @property
    def library(self) -> LibraryView:
        return self._build_library() if self._library is None else self._library

    @property
    def find_bar(self) -> FindBar:
        """Built on the first Ctrl+F: it is hidden until then."""
        if self._find_bar is None:
            from .find_bar import FindBar

            self._find_bar = FindBar(self)
            self._column.insertWidget(1, self._find_bar)  # between the banner and the pages
        return self._find_bar

    def _hide_find_bar(self) -> None:
        if self._find_bar is not None:
            self._find_bar.hide()
            self._find_bar.session = None

    def _build_library(self) -> LibraryView:
        from .library_view import LibraryView

        self._library = LibraryView(self.hub, self)
        self._library.open_requested.connect(self.open_session)
        self.pages.insertWidget(0, self._library)
        return self._library

    def _action(self, menu, text: str, slot, keys=(), name: str = "") -> QAction:
        action = text_action(text, self)
        shortcuts = []
        for k in keys:
            shortcuts += QKeySequence.keyBindings(k) if isinstance(k, Keys) else [QKeySequence(k)]
        action.setShortcuts(shortcuts)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        self.addAction(action)
        if name:
            setattr(self, name, action)
        return action

    def _make_menus(self) -> None:
        bar = self.menuBar()
        file = bar.addMenu(self.tr("&File"))
        self._action(file, self.tr("&New session…"), self.new_session, [Keys.New], "new_action")
        self._action(file, self.tr("&Open session…"), self.show_library, [Keys.Open], "open_action")
        self._action(file, self.tr("&Import session file…"), self.import_session, ["Ctrl+I"])
        self._action(file, self.tr("&Export session file…"), self.export_session, ["Ctrl+E"])
        self._action(file, self.tr("&Roll up sessions…"), self.roll_up, name="rollup_action")
        self._action(file, self.tr("Export session file &without names…"),
                     lambda: self.export_session(anonymise=True), (), "export_anonymised_action")
        file.addSeparator()
        self._action(file, self.tr("Keep &backups for…"), self.ask_retention, (),
                     "retention_action")
        file.addSeparator()
        self._action(file, self.tr("&Quit"), self.close, [Keys.Quit, "Ctrl+Q"], "quit_action")
        edit = bar.addMenu(self.tr("&Edit"))
        # One stack per session and one for the library: undo acts on what is on screen.
        self.undo_action = self.hub.group.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts(QKeySequence.keyBindings(Keys.Undo))
        self.redo_action = self.hub.group.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts(QKeySequence.keyBindings(Keys.Redo))
        for a in (self.undo_action, self.redo_action):
            edit.addAction(a)
            self.addAction(a)
        edit.addSeparator()
        self._action(edit, self.tr("&Find…"), self.find, [Keys.Find], "find_action")
        day = bar.addMenu(self.tr("&Day"))
        self._action(day, self.tr("&Next phase"), lambda: self.step(1), ["Ctrl+PgDown"], "next_action")
        self._action(day, self.tr("&Previous phase"), lambda: self.step(-1), ["Ctrl+PgUp"],
                     "previous_action")
        for i, key in enumerate(BUILT, start=1):
            self._action(day, self.tr("Phase %1").replace("%1", str(i)),
                         lambda k=key: self.session and self.session.show_phase(k), [f"Ctrl+{i}"])  # type: ignore[func-returns-value]
        day.addSeparator()
        self._action(day, self.tr("&Start or pause the timer"),
                     lambda: self.session and self.session.timer.start_pause(), ["F5"],  # type: ignore[func-returns-value]
                     "timer_action")
        self._action(day, self.tr("&Reset the timer"),
                     lambda: self.session and self.session.timer.reset_timer(), ["Shift+F5"])  # type: ignore[func-returns-value]
        day.addSeparator()
        self.room_action = self._action(day, self.tr("Open the &room…"), self.toggle_room, [])
        self._action(day, self.tr("Notes from &phones"), self.show_room_panel, [])
        self._action(day, self.tr("&Finish the time box"),
                     lambda: self.session and self.session.timer.finish_item(), ["Ctrl+F5"])  # type: ignore[func-returns-value]
        view = bar.addMenu(self.tr("&View"))
        self._action(view, self.tr("&Full screen"), self.toggle_full_screen,
                     [Keys.FullScreen, "F11"], "full_screen_action")
        self._language_menu(view.addMenu(self.tr("&Language")))
        self._sidebar_menu(view.addMenu(self.tr("&Phase list")))
        self.presenter.add_to(view)
        helpmenu = bar.addMenu(self.tr("&Help"))
        self._action(helpmenu, self.tr("&Keyboard shortcuts"), self.show_keys, ["F1"], "keys_action")

    def ask_retention(self) -> None:
        from . import retention_dialog  # imported when asked for, not at start-up

        retention_dialog.ask(self, self.lib.folder)

    def _sidebar_menu(self, menu) -> None:
        """The session's phase list in full, as numbers only, or hidden; remembered."""
        group = QActionGroup(menu)
        self.sidebar_actions = {}
        for mode, text in (("full", self.tr("Names and &timer")),
                           ("numbers", self.tr("&Numbers only")), ("hidden", self.tr("&Hidden"))):
            action = menu.addAction(text)
            action.setCheckable(True)
            action.setChecked(self.settings.get("ui/sidebar") == mode)
            group.addAction(action)
            action.triggered.connect(lambda _c=False, m=mode: self.set_sidebar(m))
            self.sidebar_actions[mode] = action

    def set_sidebar(self, mode: str) -> None:
        self.settings.set("ui/sidebar", mode)
        self.sidebar_actions[mode].setChecked(True)
        if self.session is not None:
            self.session.set_sidebar(mode)

    def _language_menu(self, menu) -> None:
        """Svenska / English, each named in its own language; the choice is remembered."""
        group = QActionGroup(menu)
        self.language_actions: dict[str, QAction] = {}
        for lang in i18n.LANGUAGES:
            action = text_action(i18n.NAMES[lang], menu)
            action.setCheckable(True)
            action.setChecked(lang == i18n.current_language())
            action.triggered.connect(lambda _checked=False, lang=lang: self.set_language(lang))
            group.addAction(action)
            menu.addAction(action)
            self.language_actions[lang] = action

    # Language
    def set_language(self, lang: str) -> None:
        """Switch the window (and Qt's dialogs, the catalogue, dates) to ``lang`` and remember it."""
        self.settings.set("ui/language", lang)
        if i18n.translations().switch(lang) != lang:
            self.statusBar().showMessage(self.tr("The translation could not be loaded; "
                                                 "the window stays in English."), 10_000)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and not self._retranslating \
                and self.isVisible():  # a closed window is not rebuilt
            # Removing one translator and installing another sends several events: build once.
            self._retranslating = True
            QTimer.singleShot(0, self.retranslate)
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Build the menus and the views again in the new language.

        Every screen takes its texts from tr() and the catalogue when it is built, so
        building it again translates everything, including screens added later; what
        the facilitator is doing (the open session, its phase, the undo history, the
        running timer, which lives in the library) is kept.
        """
        if not self.isVisible():  # closed meanwhile (its library may be closed too)
            self._retranslating = False
            return
        if self.session is not None and any(
                callable(getattr(w, "busy", None)) and w.busy()  # type: ignore[attr-defined]
                for w in self.session.findChildren(QWidget)):
            # A page at work (an export off the UI thread) is not pulled from under it:
            # it declares busy(), and the window is rebuilt once it is done.
            QTimer.singleShot(500, self.retranslate)
            return
        self._retranslating = False
        for action in self.actions():
            self.removeAction(action)
            if action.parent() is self:
                action.deleteLater()
        self.menuBar().clear()
        self._make_menus()
        if self._room is not None:
            self._room.retranslate()
            if self._room.is_open:
                self.room_action.setText(self.tr("Close the &room"))
        self.stored.setAccessibleName(self.tr("Last stored"))
        self._show_stored()
        on_session = self.session is not None and self.pages.currentWidget() is self.session
        old, self._library = self._library, None
        if old is not None:  # built again only if it was built at all
            self.pages.removeWidget(old)
            old.deleteLater()
            self._build_library()
        if self.session is not None:
            session_id, phase = self.session.state.id, self.session.phase
            self._keep_room = True
            try:
                self.open_session(session_id)
            finally:
                self._keep_room = False
            self.session.show_phase(phase, store=False)
        if not on_session:
            self.pages.setCurrentWidget(self.library)
        self._title()

    # Sessions
    def open_session(self, session_id: str) -> None:
        self.close_session()
        state = SessionState(self.hub, session_id, self.clock, self)
        self.session = SessionView(state, self.pages)  # not reparented: polished once
        self.session.back_requested.connect(self.show_library)
        self.session.set_sidebar(self.settings.get("ui/sidebar"))
        self.session.sidebar_toggled.connect(self.set_sidebar)
        self.pages.addWidget(self.session)
        self.pages.setCurrentWidget(self.session)
        self.hub.show(session_id)
        self.presenter.follow(self.session)
        self.session.focus_page()  # the keyboard goes on in the session (e.g. after New session)
        self.settings.set("session/last", session_id)
        if self._room is not None:
            self._room.set_state(state)
        self._title()

    def close_session(self) -> None:
        if self.session is None:
            return
        old = self.session
        drafts.flush_all(old)  # what is typed in it is kept, also when rebuilt in another language
        self.session = None
        if self._room is not None:  # the room belongs to the session
            if not self._keep_room:
                self._room.close_now()
                self.room_action.setText(self.tr("Open the &room…"))
            self._room.set_state(None)
        self.pages.removeWidget(old)
        self.presenter.follow(None)
        self._hide_find_bar()
        self.hub.changed.disconnect(old.state.apply)
        old.state.deleteLater()
        old.deleteLater()
        self._title()

    def show_library(self) -> None:
        self.library.refresh(select=self.session.state.id if self.session else None)
        self.pages.setCurrentWidget(self.library)
        self.hub.show(None)
        self._hide_find_bar()
        self.library.table.setFocus()
        self._title()

    def new_session(self) -> None:
        self.show_library()
        self.library.new_session()

    def import_session(self) -> None:
        self.show_library()
        self.library.import_session()

    def export_session(self, anonymise: bool = False) -> None:
        if self.session is not None:
            self.library.refresh(select=self.session.state.id)
        self.library.export_session(anonymise)

    def roll_up(self) -> None:
        """A programme's sessions into one roll-up database, in a dialog of its own."""
        from .rollup_dialog import RollupDialog

        dialog = getattr(self, "rollup_dialog", None)
        if dialog is None:
            dialog = self.rollup_dialog = RollupDialog(self)
        dialog.show()
        dialog.raise_()

    def find(self) -> None:  # type: ignore[override]  # not QWidget.find (by window id)
        """In a session, find in its notes; in the library, find a session."""
        if self.session is not None and self.pages.currentWidget() is self.session:
            self.find_bar.start(self.session)
            return
        self.show_library()
        self.library.focus_find()

    def show_keys(self) -> QWidget:
        """F1: every shortcut of the screen shown (keys_sheet.py); focus back after it."""
        from tillitworkshop.ui.common.dialogs import open_keeping_focus

        from .keys_sheet import KeysSheet

        return open_keeping_focus(KeysSheet(self))

    def step(self, delta: int) -> None:
        if self.session is not None and self.pages.currentWidget() is self.session:
            self.session.step(delta)

    def toggle_full_screen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

    # Feedback
    def _changed(self, change: Change) -> None:
        self._edited = True
        self.banner.clear()
        if self.session is not None and change.session_id == self.session.state.id \
                and not self.session.state.exists():
            self.close_session()
            self.show_library()
        self._show_stored()

    def _storage_failed(self, message: str) -> None:
        self.statusBar().showMessage(headline(message))  # the banner above says it whole
        self.stored.setText(self.tr("The last edit was not stored"))  # until one is
        self.banner.say(message)

    def _undo_failed(self, message: str) -> None:
        # Nothing changed and the step is still there: a note, not the storage banner.
        self.statusBar().showMessage(message)

    def _show_stored(self) -> None:
        stamp = self.lib.last_stored
        if stamp:
            at = dt.datetime.fromisoformat(stamp).strftime("%H:%M:%S")
            self.stored.setText(self.tr("All changes stored · %1").replace("%1", at))
        else:
            self.stored.setText(self.tr("All changes are stored as you make them"))

    def _title(self) -> None:
        name = self.session.state.workshop.organisation if self.session else ""
        self.setWindowTitle(f"{name} — Tillit Workshop" if name else "Tillit Workshop")

    # Backups
    def backup_in_background(self) -> asyncio.Future | None:
        """When there were edits since the last time: a backup in the loop's executor, on a
        connection of its own (``Library.backup_if_changed``), so edits go on meanwhile."""
        if not self._edited or self._backup_running:
            return None
        self._edited, self._backup_running = False, True
        future = asyncio.get_event_loop().run_in_executor(None, self.lib.backup_if_changed)
        future.add_done_callback(self._backup_done)
        return future

    def _backup_done(self, future: asyncio.Future) -> None:
        self._backup_running = False
        error = None if future.cancelled() else future.exception()
        if error is not None:
            self._edited = True  # try again next time
            self.statusBar().showMessage(self._backup_failed(error))

    def _backup_failed(self, error: BaseException) -> str:
        why = message_of(error) if isinstance(error, StoreError) else str(error)
        return self.tr("No backup could be taken: %1").replace("%1", why)

    def backup_on_close(self) -> None:
        """The day's last state, backed up as the window closes (after any backup still
        running in the executor: they take turns)."""
        self.backup_timer.stop()
        try:
            self.lib.backup_if_changed()
        except (StoreError, OSError, sqlite3.Error) as e:  # closing anyway: say it, go on
            print(self._backup_failed(e), file=sys.stderr)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.session is not None:
            drafts.flush_all(self.session)
        self.settings.set("window/geometry", QByteArray(self.saveGeometry()))
        self.settings.set("session/last", self.session.state.id if self.session else "")
        self.settings.sync()
        if self._room is not None:
            self._room.close_now()
        self.backup_on_close()
        self.presenter.close()
        super().closeEvent(event)

    # The room (issue 23): phones over the room's own network (ui/room)
    @property
    def room(self):
        if self._room is None:
            from tillitworkshop.ui.room.controller import RoomController

            self._room = RoomController(self)
            self._room.panel.queue.accept_all.setChecked(self.settings.get("room/accept_all"))
            self._room.panel.queue.accept_all.toggled.connect(
                lambda on: self.settings.set("room/accept_all", bool(on)))
            self._room.set_state(self.session.state if self.session else None)
            self._room.opened.connect(self.presenter.show_join)
            self._room.closed.connect(self.presenter.hide_join)
        return self._room

    def toggle_room(self) -> None:
        if self._room is not None and self._room.is_open:
            asyncio.ensure_future(self.close_room())
            return
        if self.session is None:
            self.statusBar().showMessage(self.tr("Open a session first: the room is a session's."))
            return
        from tillitworkshop.ui.room.open_dialog import choose_address

        host = choose_address(self, self.settings)
        if host:
            asyncio.ensure_future(self.open_room(host))

    async def open_room(self, host: str, port: int = 0) -> str | None:
        try:
            url = await self.room.open(host, port)
        except OSError as e:
            self.statusBar().showMessage(self.tr("The room could not be opened on %1: %2")
                                         .replace("%1", host).replace("%2", e.strerror or str(e)))
            return None
        self.room_action.setText(self.tr("Close the &room"))
        return url

    async def close_room(self) -> None:
        if self._room is not None:
            await self._room.close()
        self.room_action.setText(self.tr("Open the &room…"))

    def show_room_panel(self) -> None:
        self.room.dock.show()
        self.room.dock.raise_()
