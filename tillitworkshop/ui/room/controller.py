"""The room as the window runs it: the server on the window's own qasync loop, its
join card and moderation queue in a dock, the phone count in the status bar.

Phones' ratings and dots arrive as changes of the store; they are passed on to the
screens in batches (at most four times a second), so that a hundred phones do not
make the window reload the session a hundred times a second.
"""

from __future__ import annotations

import asyncio
import contextlib
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QDockWidget, QLabel, QVBoxLayout, QWidget

from tillitworkshop.room import RoomServer
from tillitworkshop.store import Change

from .moderation import ModerationQueue
from .qr_widget import JoinCard

if TYPE_CHECKING:
    from tillitworkshop.ui.shell.mainwindow import MainWindow

BATCH_MS = 250


class RoomPanel(QWidget):
    """The join card above the queue."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.card = JoinCard(self)
        self.queue = ModerationQueue(self)
        box = QVBoxLayout(self)
        box.addWidget(self.card, 3)
        box.addWidget(self.queue, 2)


class RoomController(QObject):
    opened = Signal(str, str)  # url, room code
    closed = Signal()

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.server: RoomServer | None = None
        self.panel = RoomPanel()
        self.dock = QDockWidget(self.tr("The room"), window)
        self.dock.setObjectName("room")
        self.dock.setWidget(self.panel)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        self.status = QLabel(window)
        self.status.setAccessibleName(self.tr("The room"))
        self.status.hide()
        window.statusBar().addPermanentWidget(self.status)
        self._pending: list[Change] = []
        self._batch = QTimer(self)
        self._batch.setSingleShot(True)
        self._batch.setInterval(BATCH_MS)
        self._batch.timeout.connect(self._pass_on)
        self._count = QTimer(self)
        self._count.setInterval(2000)
        self._count.timeout.connect(self._show_count)
        window.hub.changed.connect(self._window_changed)
        self._state = None

    def retranslate(self) -> None:
        """After a change of language: the panel stays (and the room open), its texts change."""
        self.dock.setWindowTitle(self.tr("The room"))
        self.status.setAccessibleName(self.tr("The room"))
        self.panel.queue.retranslate()
        self.panel.card.qr.retranslate()
        if self.server is not None:
            self.panel.card.show_room(self.server.url, self.server.code)
            self._show_count()

    @property
    def is_open(self) -> bool:
        return self.server is not None

    def set_state(self, state) -> None:
        """The session on screen (None: the library); its queue is shown."""
        if self._state is not None:
            with contextlib.suppress(RuntimeError, TypeError):
                self._state.focus_changed.disconnect(self._notify)
        self._state = state
        self.panel.queue.set_state(state)
        if state is not None:
            state.focus_changed.connect(self._notify)
            state.room_open = self.is_open

    async def open(self, host: str, port: int = 0) -> str:
        """Open the room of the session on screen; the join URL."""
        if self._state is None:
            raise RuntimeError("no session is open")
        if self.server is not None:
            await self.close()
        server = RoomServer(self._state.lib, self._state.id, host=host, port=port,
                            on_change=self._from_phone)
        url = await server.start()
        self.server = server
        self.panel.card.show_room(url, server.code)
        self.dock.show()
        self.status.show()
        self._show_count()
        self._count.start()
        self._state.room_open = True
        self._state.reloaded.emit()  # the closing page says the room is open
        self.opened.emit(url, server.code)
        return url

    async def close(self) -> None:
        server = self._closed()
        if server is not None:
            await server.stop()

    def close_now(self) -> None:
        """On quit or another session: stop listening at once; the rest of the clean-up
        runs on the loop."""
        server = self._closed()
        if server is not None:
            server.stop_listening()
            asyncio.ensure_future(server.stop())

    def _closed(self) -> RoomServer | None:
        server, self.server = self.server, None
        self._count.stop()
        self.status.hide()
        self.panel.card.show_room("", "")
        if self._state is not None and self._state.room_open:
            self._state.room_open = False
            self._state.reloaded.emit()
        if server is not None:
            self.closed.emit()
        return server

    def _from_phone(self, change: Change) -> None:
        self._pending.append(change)
        if not self._batch.isActive():
            self._batch.start()

    def _pass_on(self) -> None:
        changes, self._pending = self._pending, []
        merged: dict[tuple[str | None, str], Change] = {}
        for c in changes:
            key = (c.session_id, c.kind)
            if key in merged:
                merged[key] = replace(merged[key], ids=tuple(dict.fromkeys(merged[key].ids + c.ids)))
            else:
                merged[key] = c
        for change in merged.values():
            self.window.hub.changed.emit(change)  # a phone's edit: no undo step

    def _window_changed(self, change: Change) -> None:
        self.panel.queue.changed(change)
        self._notify()

    def _notify(self, *_args) -> None:
        if self.server is not None:
            self.server.notify()

    def _show_count(self) -> None:
        if self.server is None:
            return
        phones = self.server.phones()
        self.status.setText(self.tr("Room open · %n phone(s)", "", phones))
