"""Putting the presenter on its screen, and keeping it there as screens come and go.

The choice is ``screens.choose`` (pure, tested on made-up lists); this module only asks Qt
which screens there are and moves the window. Screen changes come in bursts (a projector
plugged in sends added, primary changed, geometry changed), so they are followed once
things are quiet (``DEBOUNCE_MS``, as OpenLP does); a screen that goes away under the
presenter is left at once, before Qt deletes it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

from tillitworkshop.ui.shell.settings import Settings

from .screens import Remembered, ScreenInfo, choose, swapped

DEBOUNCE_MS = 350


def info(screen: QScreen, primary: QScreen | None) -> ScreenInfo:
    g = screen.geometry()
    return ScreenInfo(screen.name(), (g.x(), g.y(), g.width(), g.height()), screen is primary)


class Placement(QObject):
    def __init__(self, window: QWidget, facilitator: QWidget, settings: Settings):
        super().__init__(window)
        self.window, self.facilitator, self.settings = window, facilitator, settings
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(DEBOUNCE_MS)
        self.debounce.timeout.connect(self.place)
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        app.screenAdded.connect(self._changed)
        app.screenRemoved.connect(self._removed)
        app.primaryScreenChanged.connect(self._changed)

    def screens(self) -> list[QScreen]:
        return list(QGuiApplication.screens())

    def infos(self, screens: list[QScreen]) -> list[ScreenInfo]:
        primary = QGuiApplication.primaryScreen()
        return [info(s, primary) for s in screens]

    def remembered(self) -> Remembered | None:
        return Remembered.parse(self.settings.get("presenter/screen"))

    def _changed(self, *_args) -> None:
        if self.window.isVisible():
            self.debounce.start()

    def _removed(self, screen: QScreen) -> None:
        if self.window.isVisible() and self.window.screen() is screen:
            others = [s for s in self.screens() if s is not screen]
            self._put(others[0] if others else None, full=False)
        self._changed()

    def place(self) -> None:
        """Full screen on the chosen screen; with one screen, an ordinary window."""
        screens = self.screens()
        at = choose(self.infos(screens), self.remembered())
        if at is not None:
            self.remember(screens[at])
        self._put(screens[at] if at is not None else None, full=at is not None)

    def _put(self, screen: QScreen | None, full: bool) -> None:
        w = self.window
        if screen is None or not full:
            if w.isFullScreen():
                w.showNormal()
            if screen is not None:
                w.setScreen(screen)
                w.move(screen.availableGeometry().topLeft())
            w.show()
            return
        # Wayland may refuse to place a window: the screen first, then full screen.
        w.setScreen(screen)
        w.setGeometry(screen.geometry())
        w.showFullScreen()

    def swap(self) -> bool:
        """The presenter where the facilitator's window is, and that window where the
        presenter was; remembered. False with one screen."""
        screens = self.screens()
        infos = self.infos(screens)
        here = self.window.screen()
        mine = screens.index(here) if here in screens else None
        theirs_screen = self.facilitator.screen()
        theirs = screens.index(theirs_screen) if theirs_screen in screens else 0
        target = swapped(infos, mine, theirs)
        if target is None:
            return False
        if mine is not None and mine != target:
            old = screens[mine]
            handle = self.facilitator.windowHandle()
            if handle is not None:
                handle.setScreen(old)
            self.facilitator.move(old.availableGeometry().topLeft())
        self.remember(screens[target])
        self._put(screens[target], full=True)
        return True

    def remember(self, screen: QScreen) -> None:
        g = screen.geometry()
        self.settings.set("presenter/screen", Remembered(
            screen.name(), (g.x(), g.y(), g.width(), g.height())).text())
