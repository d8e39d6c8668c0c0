"""Writing exports so a failure never leaves half a file: a temporary beside, renamed into place."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Mapping
from pathlib import Path

from ..store import StoreError
from ..store.files import WriteError, write_atomically

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]


class ExportError(StoreError):
    """An export cannot be written where it was asked to (a message for the user)."""


class ExportCancelled(Exception):
    """The user cancelled an export; nothing was written."""


def write_file(path: Path, data: bytes) -> Path:
    """Write ``data`` to a temporary file beside ``path``, then rename it into place."""
    try:
        return write_atomically(path, data)
    except WriteError as e:
        raise ExportError(str(e)) from e


def write_folder(path: Path, files: Mapping[str, bytes]) -> list[Path]:
    """Write ``files`` into a new folder ``path``, all or nothing.

    The files are written into a temporary folder beside ``path`` that is then
    renamed into place. An existing folder is replaced only when it holds
    nothing but PDF files (an earlier export); anything else is refused.
    """
    path = Path(path).expanduser()
    if path.exists() and not path.is_dir():
        raise ExportError(f"{path} is a file; give a folder for the handouts.")
    if path.is_dir():
        others = [p.name for p in path.iterdir() if p.suffix.lower() != ".pdf" or p.is_dir()]
        if others:
            raise ExportError(f"{path} already holds other files ({', '.join(sorted(others)[:3])}); "
                              "choose a new or empty folder for the handouts.")
    tmp = Path(_temp(path, dir_=True))
    try:
        for name, data in files.items():
            with open(tmp / name, "wb") as f:
                f.write(data)
                f.flush()
                os.fsync(f.fileno())
        if path.is_dir():
            aside = Path(_temp(path, dir_=True))
            aside.rmdir()
            os.replace(path, aside)
            os.replace(tmp, path)
            shutil.rmtree(aside, ignore_errors=True)
        else:
            os.replace(tmp, path)
    except BaseException as e:
        shutil.rmtree(tmp, ignore_errors=True)
        if isinstance(e, OSError):
            raise ExportError(f"Cannot write the handouts to {path}: {e.strerror or e}.") from e
        raise
    return [path / name for name in files]


def _temp(path: Path, *, dir_: bool) -> str:
    parent = path.parent if str(path.parent) else Path(".")
    try:
        if dir_:
            return tempfile.mkdtemp(prefix=f".{path.name}.", dir=parent)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=parent)
        os.close(fd)
        return tmp
    except OSError as e:
        raise ExportError(f"Cannot write to {parent}: {e.strerror}.") from e
