"""Writing exports so a failure never leaves half a file: ``store.files`` does the writing
(a temporary beside, renamed into place; never over what is not ours); this says it as an
export's error."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from ..store import StoreError
from ..store.files import WriteError, write_atomically
from ..store.files import write_folder as _write_folder

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
        raise ExportError(str(e), e.code, **e.params) from e


def _earlier_export(entry: Path) -> bool:
    return entry.suffix.lower() == ".pdf" and entry.is_file() and not entry.is_symlink()


def write_folder(path: Path, files: Mapping[str, bytes]) -> list[Path]:
    """Write ``files`` into a new folder ``path``, all or nothing.

    An existing folder is replaced only when it holds nothing but PDF files (an earlier
    export); anything else is refused.
    """
    try:
        return _write_folder(path, files, _earlier_export)
    except WriteError as e:
        raise ExportError(str(e), e.code, **e.params) from e
