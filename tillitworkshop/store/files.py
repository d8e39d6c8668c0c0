"""Writing a file so that a failure never leaves half of it: a temporary beside, renamed."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .errors import StoreError


class WriteError(StoreError):
    """A file cannot be written where the user asked (a message for the user)."""


def write_atomically(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` beside ``path``, fsync it, and rename it into place."""
    path = Path(path).expanduser()
    if path.is_dir():
        raise WriteError(f"{path} is a folder; give a file name.", "is_folder", path=str(path))
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    except OSError as e:
        raise WriteError(f"Cannot write in {path.parent}: {e.strerror or e}.", "cannot_write_in",
                         path=str(path.parent), reason=e.strerror or str(e)) from e
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException as e:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(e, OSError):
            raise WriteError(f"Cannot write {path}: {e.strerror or e}.", "cannot_write_file",
                             path=str(path), reason=e.strerror or str(e)) from e
        raise
    return path
