"""Where the library lives: the platform's user data folder, unless told otherwise."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "TillitWorkshop"
LIBRARY_FILE = "library.sqlite"
BACKUP_DIR = "backups"
ENV_DATA_DIR = "TILLITWORKSHOP_DATA_DIR"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The library folder: ``override``, else $TILLITWORKSHOP_DATA_DIR, else the platform's."""
    if override:
        return Path(override).expanduser()
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def library_path(folder: Path) -> Path:
    return folder / LIBRARY_FILE


def backup_dir(folder: Path) -> Path:
    return folder / BACKUP_DIR
