"""One running app per library.

An OS file lock (flock / msvcrt) rather than a PID file: the kernel drops it
when the holder dies, so the lock a killed process leaves behind is reclaimed
by simply taking it again. The lock file also records who holds it, so the
"already open" message can say which process.
"""

from __future__ import annotations

import json
import os
import socket
import sys
from pathlib import Path

from .errors import LibraryLocked

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


class LibraryLock:
    def __init__(self, library: Path):
        self.path = library.with_name(library.name + ".lock")
        self._fd: int | None = None

    def acquire(self) -> None:
        """Take the lock; OSError when the lock file cannot be made or written (a read-only
        folder or file system, a full disk), LibraryLocked when another process holds it."""
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        if not _try_lock(fd):
            pid, host = self._holder(fd)
            os.close(fd)
            holder = f" by process {pid} on {host}" if pid is not None else " by another process"
            raise LibraryLocked(
                f"The library {self.path.with_suffix('')} is already open{holder}. "
                "Close the other Tillit Workshop window first, or use --data-dir "
                "to work in another library folder.",
                self.path, "locked", library=str(self.path.with_suffix("")), pid=pid, host=host,
            )
        try:  # a full disk (ENOSPC, EDQUOT) refuses the holder's note: let go of the lock
            os.ftruncate(fd, 0)
            info = {"pid": os.getpid(), "host": socket.gethostname()}
            os.write(fd, json.dumps(info).encode())
        except OSError:
            _unlock(fd)
            os.close(fd)
            raise
        self._fd = fd

    def release(self) -> None:
        if self._fd is None:
            return
        try:
            os.ftruncate(self._fd, 0)
            _unlock(self._fd)
        finally:
            os.close(self._fd)
            self._fd = None

    @staticmethod
    def _holder(fd: int) -> tuple[int | None, str | None]:
        """(process id, host) of whoever holds the lock; (None, None) when unknown."""
        try:
            os.lseek(fd, 0, os.SEEK_SET)
            info = json.loads(os.read(fd, 4096) or b"{}")
            return int(info["pid"]), str(info["host"])
        except (OSError, ValueError, KeyError, TypeError):
            return None, None
