"""The one place where an exception that nothing else caught ends up: logged, said in the
window, and never allowed to end the process.

PySide6 (6.8 to 6.11, tried) hands an exception raised in a Python override of a Qt virtual
(a model's ``data()``, a delegate's ``paint()``, an event handler) or in a slot to
``sys.excepthook`` once control is back in Qt's event loop; qasync's ``asyncSlot`` does the
same for its tasks. Python's own hook only prints it, and an exception raised before the event
loop runs (building the window on the last session) ends ``main``. So ``ErrorHook`` replaces
``sys.excepthook`` and ``threading.excepthook``: it logs the traceback (the ``tillitworkshop``
logger; stderr unless configured), once for each distinct error so that a failing paint does
not flood the log, and emits ``said`` with a sentence for the status bar. A thread's error is
delivered to the window's thread by the signal's queued connection.
"""

from __future__ import annotations

import logging
import re
import sys
import threading
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Signal

log = logging.getLogger("tillitworkshop")
# PySide6 prefixes the exception of a virtual, once for each virtual it passed through.
_PYSIDE_PREFIX = re.compile(r"Error calling Python override of [\w:]+\(\): ")
MAX_REMEMBERED = 200  # distinct errors whose repeats are not logged again


class ErrorHook(QObject):
    said = Signal(str)  # the sentence for the user, in the window's language

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.count = 0  # exceptions handled, repeats included
        self.last_message = ""
        self._seen: set[str] = set()
        self._previous = (sys.excepthook, threading.excepthook)

    def install(self) -> None:
        sys.excepthook = self.handle
        threading.excepthook = self._handle_thread

    def uninstall(self) -> None:
        if sys.excepthook == self.handle:
            sys.excepthook = self._previous[0]
        if threading.excepthook == self._handle_thread:
            threading.excepthook = self._previous[1]

    def handle(self, exc_type: type[BaseException], exc: BaseException,
               tb: TracebackType | None) -> None:
        """Log the exception (once per distinct error) and say it in the window."""
        if issubclass(exc_type, KeyboardInterrupt):  # Ctrl+C in the terminal: stop as asked
            QCoreApplication.quit()
            return
        self.count += 1
        frames = traceback.extract_tb(tb)
        where = f"{frames[-1].filename}:{frames[-1].lineno}" if frames else ""
        key = f"{exc_type.__name__}|{where}|{str(exc)[:200]}"
        if key not in self._seen:
            if len(self._seen) < MAX_REMEMBERED:
                self._seen.add(key)
            log.error("Unexpected error, caught and shown; the window goes on",
                      exc_info=(exc_type, exc, tb))
        text = _PYSIDE_PREFIX.sub("", str(exc))
        what = f"{exc_type.__name__}: {text[:80]}" if text else exc_type.__name__
        self.last_message = QCoreApplication.translate(
            "ErrorHook", "Something went wrong (%1). The window goes on and what is stored is "
            "safe, but the last step may not have been done.").replace("%1", what)
        self.said.emit(self.last_message)

    def _handle_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self.handle(args.exc_type, args.exc_value, args.exc_traceback)
