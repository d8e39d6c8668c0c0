"""Where the main window opens: its saved size and place when they fit a screen there is
now, else maximised on the screen it would have been on (a laptop smaller than the desk's
monitor it was last closed on, or a monitor no longer plugged in)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

FIRST_SIZE = QSize(1440, 900)  # the first start: a comfortable size, when the screen has it


def screen_at(point: QPoint) -> QScreen | None:
    return next((s for s in QGuiApplication.screens() if s.geometry().contains(point)), None)


def fits(frame: QRect, screen: QScreen) -> bool:
    """With room to spare: Qt's restoreGeometry itself shrinks a saved size to the screen,
    so a window as large as the screen had been larger than it."""
    area = screen.availableGeometry()
    return frame.width() < area.width() - 8 and frame.height() < area.height() - 8


def place(window: QWidget, saved: QByteArray) -> None:
    """Restore ``saved`` (QWidget.saveGeometry) or choose a first size; maximise the window
    when that size does not fit the screen it lands on. Call before ``show()``."""
    restored = not saved.isEmpty() and window.restoreGeometry(saved)
    if not restored:
        window.resize(FIRST_SIZE)
    frame = window.frameGeometry() if restored else QRect(window.pos(), window.size())
    screen = screen_at(frame.center()) if restored else None
    if screen is None:  # never placed, or its screen is gone: the primary screen
        screen = QGuiApplication.primaryScreen()
        if screen is None:
            return
        area = screen.availableGeometry()
        size = window.size().boundedTo(area.size())
        window.setGeometry(QRect(area.topLeft(), size).translated(
            (area.width() - size.width()) // 2, (area.height() - size.height()) // 2))
    if not fits(frame, screen):
        area = screen.availableGeometry()
        window.setGeometry(QRect(area.topLeft(), window.size().boundedTo(area.size())))
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
