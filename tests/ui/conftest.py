"""Window tests run offscreen, on a library and settings file in a temporary folder,
with an injected clock so timers are tested without sleeping."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")

import datetime as dt  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402

from tillitworkshop.store import sessions  # noqa: E402
from tillitworkshop.ui.shell import theme  # noqa: E402
from tillitworkshop.ui.shell.mainwindow import MainWindow  # noqa: E402
from tillitworkshop.ui.shell.settings import Settings  # noqa: E402


class FakeClock:
    """A clock that moves only when told to."""

    def __init__(self) -> None:
        self.now = dt.datetime(2026, 3, 12, 9, 0, 0).astimezone()

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += dt.timedelta(seconds=seconds)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def settings_path(tmp_path):
    return str(tmp_path / "settings.ini")


@pytest.fixture
def settings(settings_path) -> Settings:
    return Settings(QSettings(settings_path, QSettings.Format.IniFormat))


@pytest.fixture
def make_window(qtbot, settings, clock):
    """Build a main window on a library, shown and cleaned up after the test."""

    def make(lib, settings=settings):
        theme.use_style(qtbot_app())
        theme.apply(qtbot_app())
        window = MainWindow(lib, settings, clock)
        qtbot.addWidget(window)
        window.show()
        return window

    return make


def qtbot_app():
    from PySide6.QtWidgets import QApplication

    return QApplication.instance()


@pytest.fixture
def window(make_window, lib) -> MainWindow:
    return make_window(lib)


@pytest.fixture
def demo(window, demo_id) -> MainWindow:
    """The window with the demo session open."""
    window.library.refresh()
    window.open_session(demo_id)
    return window


@pytest.fixture
def fresh(window, lib) -> MainWindow:
    """The window with a new, empty session open (default agenda, nobody on the roster)."""
    sid = sessions.create_session(lib, "Lövhälla kommun", "skola", "2026-03-12").session_id
    window.library.refresh()
    window.open_session(sid)
    return window


@pytest.fixture
def loop(qapp):
    """A qasync loop on the application, for tests of ``@asyncSlot`` handlers and the room
    (they need a running loop: drive them with ``loop.run_until_complete``)."""
    import asyncio

    import qasync
    from PySide6.QtWidgets import QApplication

    loop = qasync.QEventLoop(QApplication.instance())
    asyncio.set_event_loop(loop)
    yield loop
    loop.close()  # qasync's close() stops its own executor's threads; asyncio's shutdown does not
    asyncio.set_event_loop(None)
