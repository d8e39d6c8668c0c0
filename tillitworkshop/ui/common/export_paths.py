"""Where exports go: the file dialogs open where a facilitator expects them.

The first time in the user's Documents folder (QStandardPaths), after that in the
folder last exported to (the setting ``export/folder``, kept by the main window's
``Settings``); a remembered folder that is gone falls back to Documents. Default
names are in the window's language and name the organisation and the day
("Sammanfattning Lövhälla kommun 2026-10-21.pdf"), made by ``store.names.safe_file_name``.
Every dialog gives the focus back where it was (``dialogs.focus_kept``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

from tillitworkshop.store.names import safe_file_name

from .dialogs import focus_kept

SETTING = "export/folder"


def settings_of(widget: QWidget) -> Any:
    """The main window's ``Settings``, or None for a widget outside one (as in some tests).

    A dialog is a window of its own (the roll-up's): its parent's window is asked next, so
    its file dialogs open where the other exports do and remember the same folder."""
    window: QWidget | None = widget.window()
    while window is not None:
        settings = getattr(window, "settings", None)
        if settings is not None:
            return settings
        parent = window.parentWidget()
        window = parent.window() if parent is not None else None
    return None


def documents() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def start_folder(settings: Any) -> Path:
    """The folder last exported to while it still exists; Documents otherwise."""
    last = settings.get(SETTING) if settings is not None else ""
    if last and Path(last).is_dir():
        return Path(last)
    return documents()


def remember(settings: Any, folder: Path) -> None:
    if settings is not None:
        settings.set(SETTING, str(folder))


def default_name(kind_name: str, organisation: str, day: str, suffix: str) -> str:
    """"<what> <organisation> <day><suffix>", one safe file name."""
    text = " ".join(x for x in (kind_name, " ".join(organisation.split()), day) if x)
    return safe_file_name(text, kind_name or "export", suffix=suffix)


def ask_save_path(parent: QWidget, title: str, name: str, filters: str = "") -> str:
    """A file to write, the dialog opened in ``start_folder`` with ``name``; "" if cancelled."""
    settings = settings_of(parent)
    with focus_kept():
        path, _ = QFileDialog.getSaveFileName(parent, title,
                                              str(start_folder(settings) / name), filters)
    if path:
        remember(settings, Path(path).parent)
    return path


def ask_folder(parent: QWidget, title: str) -> str:
    """A folder to write into, the dialog opened in ``start_folder``; "" if cancelled."""
    settings = settings_of(parent)
    with focus_kept():
        path = QFileDialog.getExistingDirectory(parent, title, str(start_folder(settings)))
    if path:
        remember(settings, Path(path))
    return path


def ask_open_path(parent: QWidget, title: str, filters: str = "") -> str:
    """A file to read, the dialog opened in ``start_folder``; "" if cancelled."""
    with focus_kept():
        path, _ = QFileDialog.getOpenFileName(parent, title,
                                              str(start_folder(settings_of(parent))), filters)
    return path


def ask_open_paths(parent: QWidget, title: str, filters: str = "") -> list[str]:
    """Files to read (any number), the dialog opened in ``start_folder``; [] if cancelled."""
    with focus_kept():
        paths, _ = QFileDialog.getOpenFileNames(parent, title,
                                                str(start_folder(settings_of(parent))), filters)
    return paths


def ask_open_folder(parent: QWidget, title: str) -> str:
    """A folder to read from; "" if cancelled (not remembered: it is no export's folder)."""
    with focus_kept():
        return QFileDialog.getExistingDirectory(parent, title,
                                                str(start_folder(settings_of(parent))))


def open_folder(folder: Path) -> bool:
    """Show ``folder`` in the desktop's file manager; False when the desktop could not."""
    return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))))
