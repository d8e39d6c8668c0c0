"""Noticing a -wal file lost between two sessions (issue 18).

After an unclean close, the library's latest commits may live only in its -wal file.
If that file is then gone (a sync tool removed it, only library.sqlite was copied
back), SQLite opens the main file as it was at the last checkpoint, silently older.
Nothing inside the database can tell, so ``library.sqlite.state`` beside it says
what the -wal file held: the session's state ("open" or "closed"), the -wal file's
size at the last commit, and which library file that was (its inode: a restore or
anything else that puts another file in its place is not "the file the last session
left").

Cheap by design: written in place, one small fixed-length record, with no fsync
after an edit (the -wal file grows by whole frames, so the size changes on most
commits); fsynced at opening and closing only. It is advice, not data: a state file
that cannot be read or written is ignored, and a power cut that loses its last
write can only make it miss a loss, not report one that did not happen (its sizes
lag behind the -wal file's, which only grows between a session's opening and its
closing, except at ``purge``, which writes the new size first).
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

RECORD = 64  # bytes: "open <wal size> <inode>" or "closed", padded


class WalState:
    def __init__(self, library: Path):
        self.library = library
        self.path = library.with_name(library.name + ".state")
        self.wal = library.with_name(library.name + "-wal")
        self._fd: int | None = None
        self._size: int | None = None
        self._inode = 0

    def wal_lost(self) -> bool:
        """Whether the last session left committed frames in the -wal file without closing,
        and that file is now missing or shorter. Read before SQLite opens the library
        (which would make a new, empty -wal file)."""
        try:
            words = self.path.read_bytes().split()
            state, size, inode = words[0], int(words[1]), int(words[2])
            if state != b"open" or size <= 0 or inode != self.library.stat().st_ino:
                return False
        except (OSError, ValueError, IndexError):
            return False
        try:
            return self.wal.stat().st_size < size
        except FileNotFoundError:
            return True
        except OSError:
            return False

    def start(self) -> None:
        """The session is open: from now on the -wal file is watched."""
        try:
            self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
            self._inode = self.library.stat().st_ino
        except OSError:
            self._fd = None
            return
        self.note(sync=True)

    def note(self, sync: bool = False, size: int | None = None) -> None:
        """After a commit: record the -wal file's size if it changed."""
        if self._fd is None:
            return
        if size is None:
            try:
                size = self.wal.stat().st_size
            except OSError:
                size = 0
        if size != self._size:
            self._write(f"open {size} {self._inode}", sync)
            self._size = size

    def close(self) -> None:
        """After the connection closed cleanly (SQLite checkpointed and removed the -wal)."""
        if self._fd is None:
            return
        try:
            self._write("closed", sync=True)
        finally:
            with contextlib.suppress(OSError):
                os.close(self._fd)
            self._fd = None

    def _write(self, text: str, sync: bool) -> None:
        assert self._fd is not None
        try:
            os.lseek(self._fd, 0, os.SEEK_SET)
            os.write(self._fd, text.encode().ljust(RECORD - 1) + b"\n")
            if sync:
                os.fsync(self._fd)
        except OSError:
            pass  # advice only: an edit is never refused for it
