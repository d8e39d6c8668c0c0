"""Start the window: the QApplication, the library, and the qasync event loop.

qasync takes the first Qt binding it finds, so QT_API is set and PySide6
imported before it.
"""

from __future__ import annotations

import asyncio
import gc
import linecache
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import cast

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from tillitworkshop import package_data
from tillitworkshop.store import Library, LibraryCorrupt, LibraryMissing, StoreError
from tillitworkshop.store.restore import restore_backup
from tillitworkshop.store.sessions import session_exists
from tillitworkshop.ui.common.messages import message_of

from . import i18n, theme
from .errors import ErrorHook
from .mainwindow import MainWindow
from .settings import APPLICATION, ORGANISATION, Settings

os.environ.setdefault("QT_API", "pyside6")  # before qasync looks for a Qt binding
import qasync  # noqa: E402

QUIT_AFTER_ENV = "TILLITWORKSHOP_QUIT_AFTER_MS"  # for smoke tests of the built app only
# (kind "restore"|"lost"|"lost-notice"|"folder"|"error", message) -> the user's yes
Ask = Callable[[str, str], bool]
Choose = Callable[[], Path | None]  # another library folder, or None
# The library's folder cannot be written (read-only, a read-only file system, a full disk).
FOLDER_CODES = frozenset({"cannot_write_folder", "cannot_create_folder"})


def ask_with_dialog(kind: str, message: str) -> bool:
    # Imported here: only a damaged or unwritable library asks, and PySide6 builds a Qt
    # class's Python enums when the class is first imported (QMessageBox's and
    # QFileDialog's: ~1.3 ms of every start).
    from PySide6.QtWidgets import QMessageBox

    if kind == "restore":
        answer = QMessageBox.question(
            None, QApplication.translate("app", "The library is damaged"),
            message + "\n\n" + QApplication.translate("app", "Go back to the newest good backup now?"))
        return answer == QMessageBox.StandardButton.Yes
    if kind in ("lost", "lost-notice"):  # a -wal file gone: with a backup to offer, or none
        title = QApplication.translate("app", "The latest edits may be missing")
        if kind == "lost-notice":
            QMessageBox.warning(None, title, message)
            return False
        answer = QMessageBox.warning(
            None, title,
            message + "\n\n" + QApplication.translate("app", "Go back to the newest good backup now?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes
    if kind == "folder":
        answer = QMessageBox.question(
            None, QApplication.translate("app", "Tillit Workshop cannot open the library"),
            message + "\n\n" + QApplication.translate(
                "app", "Open a library in another folder this time? To use that folder every "
                "time, start Tillit Workshop with --data-dir and the folder, or set "
                "TILLITWORKSHOP_DATA_DIR to it."))
        return answer == QMessageBox.StandardButton.Yes
    QMessageBox.critical(None, QApplication.translate("app", "Tillit Workshop cannot open the library"),
                         message)
    return False


def choose_folder_with_dialog() -> Path | None:
    from PySide6.QtWidgets import QFileDialog

    chosen = QFileDialog.getExistingDirectory(
        None, QApplication.translate("app", "Folder for the library"))
    return Path(chosen) if chosen else None


def open_library(folder: Path | None, ask: Ask = ask_with_dialog,
                 choose: Choose = choose_folder_with_dialog) -> Library | None:
    """The library, or None after telling the user why not: offering a backup if it is
    damaged or missing, and another folder (for this run) if its folder cannot be written."""
    try:
        lib = Library.open(folder)
    except (LibraryCorrupt, LibraryMissing) as e:
        if not ask("restore", message_of(e)):
            return None
        try:
            restore_backup(Path(e.path).parent if e.path else folder, "latest")  # type: ignore[arg-type]  # e.path: the damaged file's
            return Library.open(folder)
        except StoreError as again:
            ask("error", message_of(again))
            return None
    except StoreError as e:
        if e.code in FOLDER_CODES:
            if ask("folder", message_of(e)) and (chosen := choose()) is not None:
                return open_library(chosen, ask, choose)
            return None
        ask("error", message_of(e))
        return None
    return _offer_backup_if_wal_lost(lib, folder, ask)


def _offer_backup_if_wal_lost(lib: Library, folder: Path | None, ask: Ask) -> Library | None:
    """After an unclean close whose -wal file is gone (``Library.warning``): say so and offer
    the newest good backup; the library as it is opens when the user says no (or there is
    no backup to offer: then it is only said)."""
    warning = lib.warning
    if warning is None:
        return lib
    backup = warning.params.get("backup")
    if not backup:
        ask("lost-notice", message_of(warning))
        return lib
    if not ask("lost", message_of(warning)):
        return lib
    lib.close()
    try:
        restore_backup(lib.folder, str(backup))
        return Library.open(lib.folder)
    except StoreError as again:
        ask("error", message_of(again))
        return None


# The window shares Python's GIL with the threads that write exports, backups and the
# phones' notes. At Python's default switch interval (5 ms) the UI thread waits up to 5 ms
# each time it calls into Python while such a thread runs; one repaint calls Python once per
# widget with a paintEvent of its own (entry lines, note lists), and during 40 handouts the
# window's longest pause was 111-116 ms. At 1 ms it is 15 ms (bench.bench_export, 2026-12-04).
GIL_SWITCH_INTERVAL_S = 0.001


def make_application(argv: list[str] | None = None) -> QApplication:
    sys.setswitchinterval(GIL_SWITCH_INTERVAL_S)
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
    icon = package_data.path("icons", "tillitworkshop.png")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    return app


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
    every edit uses (``Library.prepare_edits``: ~40 ms, most of it the import), so that
    the first edit does not pay for them; then ``forget_module_sources`` and
    ``freeze_startup_objects``."""
    try:
        lib.prepare_edits()
    finally:  # a failed warm-up still freezes: the export stall is the larger harm
        forget_module_sources()
        freeze_startup_objects()


def forget_module_sources() -> None:
    """Let go of the source text of the modules imported so far.

    PySide6's import hook reads the source of every module imported once it is loaded
    (looking for the word "PySide6" in it: ``_mod_uses_pyside`` in shibokensupport's
    feature.py) through ``inspect.getsource``, which keeps every line in ``linecache``:
    2.8 M characters by the warm-up after the first paint, and 3.7 MB of the window's
    peak resident memory (111 -> 107.5 MB, medians of 3) with a 2,000-note session and
    every phase shown (bench/bench_memory.py). Nothing reads them again; a traceback
    would read its few files anew.
    """
    linecache.clearcache()


def freeze_startup_objects() -> None:
    """Set every object made so far aside from the garbage collector (``gc.freeze``).

    Modules, Qt's wrappers, the catalogue and the open session live as long as the
    window; a full collection that walked them all took ~90 ms, holding every thread,
    and fell during exports: it was the largest of the stalls that made the window's
    longest event-loop gap while 40 handouts were written 113 ms (now 19-23 ms,
    bench/bench_export.py).
    """
    gc.freeze()


def main(data_dir: str | os.PathLike | None = None, *, session_id: str | None = None,
         on_first_paint: Callable[[], None] | None = None) -> int:
    """Run the window until it is closed; the exit status for the command line."""
    app = make_application()
    hook = ErrorHook(app)  # from here on, an uncaught exception is logged and said, not fatal
    hook.install()
    settings = Settings()
    i18n.start(settings.get("ui/language"))
    lib = open_library(Path(data_dir) if data_dir else None)
    if lib is None:
        hook.uninstall()
        return 2
    try:
        window = _main_window(lib, settings, session_id or settings.get("session/last"), hook)

        def first_paint() -> None:
            QTimer.singleShot(0, lambda: after_first_paint(lib))  # once the paint is done
            if on_first_paint is not None:
                on_first_paint()

        _FirstPaint(window, first_paint)
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
        hook.uninstall()
    return 0


def _main_window(lib: Library, settings: Settings, last: str | None, hook: ErrorHook) -> MainWindow:
    """The window on the last session; on the library when that session cannot be shown
    (else a session that fails to show would fail every start), saying why in its status bar."""
    try:
        window = MainWindow(lib, settings, session_id=last if _exists(lib, last) else None)
    except Exception as e:
        hook.handle(type(e), e, e.__traceback__)
        window = MainWindow(lib, settings, session_id=None)
    hook.said.connect(window.statusBar().showMessage)
    if hook.last_message:
        window.statusBar().showMessage(hook.last_message)
    return window


def _exists(lib: Library, session_id: str | None) -> bool:
    return bool(session_id) and session_exists(lib, session_id)  # type: ignore[arg-type]  # a str
