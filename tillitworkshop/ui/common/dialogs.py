"""Focus goes back where it was after every dialog.

A dialog takes the focus; when it closes, Qt gives it to whatever the window then
thinks next, which after an export was the timer's reset button (the export buttons
were disabled while it ran, so the focus moved on): the next Space reset the timer.
Every dialog of the window is shown through ``focus_kept`` (modal calls, and work
around them such as the export that follows a file dialog) or ``open_keeping_focus``
(window-modal dialogs opened with ``open()``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget


def remember_focus() -> Callable[[], None]:
    """A function that gives the focus back to the widget that has it now, if it can
    still take it (not deleted, shown, enabled)."""
    widget: QWidget | None = QApplication.focusWidget()

    def back() -> None:
        if widget is None or not shiboken6.isValid(widget):
            return
        if widget.isVisible() and widget.isEnabled():
            widget.activateWindow()
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    return back


@contextmanager
def focus_kept() -> Iterator[None]:
    """Around a dialog shown with ``exec`` (or a static QFileDialog call) and what follows."""
    back = remember_focus()
    try:
        yield
    finally:
        back()


def open_keeping_focus(dialog: QDialog) -> QDialog:
    """``dialog.open()``, the focus given back when it is finished."""
    back = remember_focus()
    dialog.finished.connect(lambda _result: back())
    dialog.open()
    return dialog
