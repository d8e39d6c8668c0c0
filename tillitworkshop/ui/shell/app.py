"""Start the window: the QApplication, the library, and the qasync event loop.

qasync takes the first Qt binding it finds, so QT_API is set and PySide6
imported before it.
"""

from __future__ import annotations

import asyncio
import gc
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import cast

# The Qt-free core comes before PySide6, which reads the source of each module the first
# time an import statement names it once PySide6 is loaded (looking for its __feature__
# switch): the modules named again below are read once, what they import in turn
# (sqlite3, json, platformdirs, ...) never.
from tillitworkshop import content, domain, package_data  # noqa: F401
from tillitworkshop.store import Library, LibraryCorrupt, StoreError, read, sessions  # noqa: F401
from tillitworkshop.store.restore import restore_backup

os.environ.setdefault("QT_API", "pyside6")

import qasync  # noqa: E402
from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from tillitworkshop.ui.common.messages import message_of  # noqa: E402

from . import (
    i18n,  # noqa: E402
    theme,
)
from .mainwindow import MainWindow  # noqa: E402
from .settings import APPLICATION, ORGANISATION, Settings  # noqa: E402

COLLECT_AT_THE_LATEST_MS = 5000  # the collector on again, painted or not (see main)
QUIT_AFTER_ENV = "TILLITWORKSHOP_QUIT_AFTER_MS"  # for smoke tests of the built app only
Ask = Callable[[str, str], bool]  # (kind "restore"|"error", message) -> the user's yes


def ask_with_dialog(kind: str, message: str) -> bool:
    from PySide6.QtWidgets import QMessageBox

    if kind == "restore":
        answer = QMessageBox.question(
            None, QApplication.translate("app", "The library is damaged"),
            message + "\n\n" + QApplication.translate("app", "Go back to the newest good backup now?"))
        return answer == QMessageBox.StandardButton.Yes
    QMessageBox.critical(None, QApplication.translate("app", "Tillit Workshop cannot open the library"),
                         message)
    return False


def open_library(folder: Path | None, ask: Ask = ask_with_dialog) -> Library | None:
    """The library, or None after telling the user why not (offering a backup if damaged)."""
    try:
        return Library.open(folder)
    except LibraryCorrupt as e:
        if not ask("restore", message_of(e)):
            return None
        try:
            restore_backup(Path(e.path).parent if e.path else folder, "latest")  # type: ignore[arg-type]  # e.path: the damaged file's
            return Library.open(folder)
        except StoreError as again:
            ask("error", message_of(again))
            return None
    except StoreError as e:
        ask("error", message_of(e))
        return None


def make_application(argv: list[str] | None = None) -> QApplication:
    app = cast(QApplication | None, QApplication.instance())  # made here: a QApplication
    if app is None:
        # Fusion asked for on Qt's command line is made inside Qt; setStyle() would hand
        # the style to Python, which then builds QStyle's enums (~600 members, 10-15 ms)
        # before the first paint.
        args = argv if argv is not None else sys.argv[:1]
        app = QApplication([*args, "-style", theme.STYLE])
    else:
        theme.use_style(app)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("Tillit Workshop")
    theme.apply(app)
    return app


def set_window_icon() -> None:
    """The windows' icon, given once the window is painted (or, started minimised, after
    ``COLLECT_AT_THE_LATEST_MS``): QIcon's Python side (its ~150 enum members, 2-3 ms)
    is the one thing the first paint would build for it. Given once."""
    from PySide6.QtGui import QIcon

    app = cast(QApplication | None, QApplication.instance())  # made by make_application
    icon = package_data.path("icons", "tillitworkshop.png")
    if app is not None and app.windowIcon().isNull() and icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))


def _quit_later(window: QWidget) -> None:
    """With $TILLITWORKSHOP_QUIT_AFTER_MS set (the installer's smoke test), show every phase
    of the open session once (each page module is imported on first use: this proves the
    bundle holds them), then close after that long, saying on stderr what was shown."""
    value = os.environ.get(QUIT_AFTER_ENV, "")
    if not value.isdigit():
        return

    def close() -> None:
        from PySide6.QtWidgets import QDialogButtonBox

        session, phases = getattr(window, "session", None), 0
        for key in session.pages if session is not None else ():
            session.show_phase(key, store=False)  # type: ignore[union-attr]  # not None here
            phases += 1
        menus = [a.text() for a in window.menuBar().actions()] if hasattr(window, "menuBar") else []
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)  # Qt's qtbase_*.qm
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel).text()
        print(f"{QUIT_AFTER_ENV}: closing {window.windowTitle()!r} menus={menus} "
              f"qt={cancel!r} language={i18n.current_language()} phases={phases}",
              file=sys.stderr, flush=True)
        window.close()
        QApplication.quit()

    QTimer.singleShot(int(value), close)


class _FirstPaint(QObject):
    """Calls back once, as the window is first painted, and then stops listening."""

    def __init__(self, window: QWidget, callback: Callable[[], None]):
        super().__init__(window)
        self._callback = callback
        window.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            self._callback()
        return False


def after_first_paint(lib: Library) -> None:
    """What the first paint did not wait for: sqlite-utils and the undo triggers, which
    every edit uses (see ``Library.prepare_edits``), so that the first edit does not
    pay for them; and the window icon.

    Then every object made so far (modules, Qt's wrappers, the catalogue, the open
    session) is set aside from the garbage collector: they live as long as the window,
    and a full collection that walked them all took ~90 ms, long enough to freeze the
    window when it fell during an export. The collector, off while the window started
    (see ``main``), is on again from here; the few hundred objects start-up left in
    cycles are set aside with the rest rather than collected, which would take as long.
    """
    try:
        lib.prepare_edits()
    finally:  # a failed warm-up must not leave the collector off for the day
        gc.freeze()
        gc.enable()
        set_window_icon()


def main(data_dir: str | os.PathLike | None = None, *, session_id: str | None = None,
         on_first_paint: Callable[[], None] | None = None) -> int:
    """Run the window until it is closed; the exit status for the command line.

    The command line starts it with the garbage collector off (start-up makes almost
    no cycles); ``after_first_paint`` turns it on and sets the window icon, and so does
    a timer in case the window is never painted (started minimised).
    """
    app = make_application()
    settings = Settings()
    i18n.start(settings.get("ui/language"))
    lib = open_library(Path(data_dir) if data_dir else None)
    if lib is None:
        return 2
    try:
        last = session_id or settings.get("session/last")
        window = MainWindow(lib, settings, session_id=last if _exists(lib, last) else None)

        def first_paint() -> None:
            QTimer.singleShot(0, lambda: after_first_paint(lib))  # once the paint is done
            if on_first_paint is not None:
                on_first_paint()

        _FirstPaint(window, first_paint)
        QTimer.singleShot(COLLECT_AT_THE_LATEST_MS, _started_unseen)
        window.show()
        _quit_later(window)
        loop = qasync.QEventLoop(app)
        asyncio.set_event_loop(loop)
        closed = asyncio.Event()
        app.aboutToQuit.connect(closed.set)
        with loop:
            loop.run_until_complete(closed.wait())
    finally:
        lib.close()
    return 0


def _started_unseen() -> None:
    """What ``after_first_paint`` does for a window that is still not painted."""
    gc.enable()
    set_window_icon()


def _exists(lib: Library, session_id: str | None) -> bool:
    from tillitworkshop.store.sessions import session_exists
    return bool(session_id) and session_exists(lib, session_id)  # type: ignore[arg-type]  # a str
