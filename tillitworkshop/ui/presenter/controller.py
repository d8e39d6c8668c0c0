"""The facilitator's controls for the presenter: its actions, its status-bar button, and
keeping it on the session and phase the main window shows.

The main window makes one ``Presenter`` and tells it which session view is open
(``follow``); everything else is here, so the main window changes in a few lines.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolButton

from tillitworkshop.ui.shell.settings import Settings

if TYPE_CHECKING:
    from tillitworkshop.ui.shell.session_view import SessionView

    from .placement import Placement
    from .window import PresenterWindow


class Presenter(QObject):
    def __init__(self, main: QMainWindow, settings: Settings):
        super().__init__(main)
        self.main, self.settings = main, settings
        self.window: PresenterWindow | None = None
        self._join: tuple[str, str] | None = None  # the room's URL and code while it is open
        self.placement: Placement | None = None
        self.session: SessionView | None = None
        self.toggle_action = self._action("F7", self._toggled, checkable=True)
        self.swap_action = self._action("Shift+F7", self.swap)
        self.freeze_action = self._action("F8", self._freeze, checkable=True)
        self.black_action = self._action("B", self._black, checkable=True)
        self.clock_action = self._action("F9", self._big_clock, checkable=True)
        self.button = QToolButton(main)
        self.button.setDefaultAction(self.toggle_action)
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # F7 is its key; focus stays in the work
        main.statusBar().addPermanentWidget(self.button)
        self.retranslate()

    def _action(self, key: str, slot, checkable: bool = False) -> QAction:
        action = QAction(self)
        action.setShortcut(QKeySequence(key))
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        return action

    def actions(self) -> list[QAction]:
        return [self.toggle_action, self.swap_action, self.freeze_action, self.black_action,
                self.clock_action]

    def retranslate(self) -> None:
        for action, text in ((self.toggle_action, self.tr("&Presenter window")),
                             (self.swap_action, self.tr("S&wap screens")),
                             (self.freeze_action, self.tr("F&reeze the presenter")),
                             (self.black_action, self.tr("&Black out the presenter")),
                             (self.clock_action, self.tr("Big &clock on the presenter"))):
            action.setText(text)
        self.button.setText(self.tr("Presenter"))
        self.button.setAccessibleName(self.tr("Presenter window"))

    def add_to(self, menu: QMenu) -> None:
        """The presenter's actions in ``menu`` (View), and as the main window's shortcuts
        (the menus are built again on a language switch: the actions are kept)."""
        self.retranslate()
        menu.addSeparator()
        for action in self.actions():
            menu.addAction(action)
            self.main.addAction(action)

    # The window
    def open(self) -> PresenterWindow:
        if self.window is None:
            # Imported when first opened: most days start without a projector, and the
            # presenter's modules added about 15 ms to the window's start-up.
            from .placement import Placement
            from .window import PresenterWindow

            self.window = PresenterWindow(self.main)
            for action in self.actions():  # its keys work when the presenter has the focus too
                self.window.addAction(action)
            self.placement = Placement(self.window, self.main, self.settings)
            self.follow(self.session)
        # What was switched while it was closed holds when it opens.
        self.window.set_frozen(self.freeze_action.isChecked())
        self.window.set_blacked_out(self.black_action.isChecked())
        self.window.set_big_clock(self.clock_action.isChecked())
        self._show_join()
        assert self.placement is not None
        self.placement.place()
        self.toggle_action.setChecked(True)
        self.main.activateWindow()  # the facilitator goes on typing where they were
        return self.window

    def show_join(self, url: str, code: str) -> None:
        """The room is open: its QR code and room code stay on the presenter for late-comers."""
        self._join = (url, code)
        self._show_join()

    def hide_join(self) -> None:
        self._join = None
        self._show_join()

    def _show_join(self) -> None:
        if self.window is None:
            return
        if self._join is None:
            self.window.set_join_panel(None)
            return
        from tillitworkshop.ui.room.qr_widget import JoinCard

        card = JoinCard()
        card.setMinimumWidth(self.window.width() // 5)
        card.show_room(*self._join)
        self.window.set_join_panel(card)

    def close(self) -> None:
        if self.window is not None:
            self.window.hide()
        self.toggle_action.setChecked(False)

    def is_open(self) -> bool:
        return self.window is not None and self.window.isVisible()

    def _toggled(self, on: bool) -> None:
        self.open() if on else self.close()

    def swap(self) -> None:
        if not self.is_open():
            self.open()
        assert self.placement is not None
        if not self.placement.swap():
            self.main.statusBar().showMessage(
                self.tr("There is one screen: drag the presenter window to the projector."), 8000)

    def _freeze(self, on: bool) -> None:
        if self.window is not None:
            self.window.set_frozen(on)

    def _black(self, on: bool) -> None:
        if self.window is not None:
            self.window.set_blacked_out(on)

    def _big_clock(self, on: bool) -> None:
        if self.window is not None:
            self.window.set_big_clock(on)

    # Following the facilitator
    def follow(self, session: SessionView | None) -> None:
        """The session view the main window shows now (None: the library, or no session)."""
        if self.session is not None:
            with contextlib.suppress(RuntimeError, TypeError):
                self.session.phase_changed.disconnect(self._phase)
        self.session = session
        if session is not None:
            session.phase_changed.connect(self._phase)
        if self.window is not None:
            self.window.follow(session.state if session else None,
                               session.phase if session else "")

    def _phase(self, phase: str) -> None:
        if self.window is not None:
            self.window.set_phase(phase)
