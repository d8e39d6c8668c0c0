"""Replace the library with a backup, keeping the current file aside.

A kill at any moment leaves a complete library under ``library.sqlite``, the old
one or the restored one:

1. The backup is copied beside the library under a temporary name, synced, and
   given the full check; until the rename in step 4 the library is untouched.
2. The old library is made whole in its main file: a healthy one's -wal is
   checkpointed into it (SQLite's own recovery covers a kill meanwhile).
3. The old library gets a second name (``library-replaced-…`` or
   ``library-damaged-…``, a hard link, or a copy where links are not possible);
   then its -wal and -shm, if any are left, move to that name. They must be
   gone before step 4: SQLite would apply an old -wal to the restored file.
4. The copy is renamed to ``library.sqlite``: one atomic step.

The set-aside copies hold deleted text too, so only the newest ``ASIDE_KEPT``
are kept (as with backups).
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
from pathlib import Path

from . import paths
from .backups import list_backups, newest_good
from .check import check_file, check_remembered
from .errors import LibraryError, NotFound
from .files import fsync_dir
from .lock import LibraryLock

ASIDE_KEPT = 3
ASIDE_STATES = ("replaced", "damaged")
PARTIAL = ".restoring-"
SIDE_FILES = ("-wal", "-shm")


def find_backup(folder: Path, ref: str) -> Path:
    """A backup by path, by file name in the backups folder, or ``latest`` (the newest that
    passes the full check)."""
    backups = list_backups(paths.backup_dir(folder))
    if ref == "latest":
        good = newest_good(paths.backup_dir(folder))
        if good is None:
            raise NotFound(f"No good backup in {paths.backup_dir(folder)}.", "no_good_backup",
                           folder=str(paths.backup_dir(folder)))
        return good
    for candidate in (Path(ref).expanduser(), paths.backup_dir(folder) / ref):
        if candidate.is_file():
            return candidate
    names = ", ".join(b.name for b in backups[:5]) or "none"
    raise NotFound(f"No backup {ref!r}. Backups in {paths.backup_dir(folder)}: {names}.",
                   "no_backup", ref=ref, folder=str(paths.backup_dir(folder)), names=names)


def set_aside(folder: Path) -> list[Path]:
    """The copies restores kept aside in ``folder``, newest first."""
    found = [p for state in ASIDE_STATES for p in folder.glob(f"library-{state}-*.sqlite")]
    return sorted(found, key=lambda p: p.name.split("-", 2)[2], reverse=True)


def restore_backup(folder: Path, ref: str) -> tuple[Path, Path | None]:
    """Put backup ``ref`` in place of the library. Returns (backup used, where the old one went)."""
    backup = find_backup(folder, ref)
    in_backups = backup.parent.resolve() == paths.backup_dir(folder).resolve()
    # Remembered only in our own backups folder: nothing is written beside a path given.
    _refuse_if_bad(backup, (check_remembered(backup) if in_backups else check_file(backup)).problems)
    library = paths.library_path(folder)
    lock = LibraryLock(library)
    lock.acquire()
    try:
        for stale in folder.glob(f"{PARTIAL}*"):  # a copy a killed restore left
            stale.unlink(missing_ok=True)
        partial = folder / f"{PARTIAL}{os.getpid()}.sqlite"
        try:
            _copy_synced(backup, partial)
            _refuse_if_bad(backup, check_file(partial).problems)
            aside = _set_old_aside(library) if library.exists() else None
            os.replace(partial, library)
        finally:
            partial.unlink(missing_ok=True)
        fsync_dir(folder)
        _rotate(folder)
    finally:
        lock.release()
    return backup, aside


def _refuse_if_bad(backup: Path, problems: list[str]) -> None:
    if problems:
        raise LibraryError(f"{backup} cannot be restored: {'; '.join(problems)}", backup,
                           "cannot_restore", problems=problems)


def _set_old_aside(library: Path) -> Path:
    """Steps 2 and 3: the old library, whole, under a second name; no -wal left beside it."""
    healthy = check_file(library).ok
    if healthy and any(library.with_name(library.name + s).exists() for s in SIDE_FILES):
        conn = sqlite3.connect(library)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()  # the last connection's close removes -wal and -shm
    stamp = dt.datetime.now().strftime("%Y%m%dT%H%M%S%f")
    aside = library.with_name(f"library-{'replaced' if healthy else 'damaged'}-{stamp}.sqlite")
    try:
        os.link(library, aside)
    except OSError:  # a file system without hard links: a synced copy, renamed when whole
        _copy_synced(library, aside.with_name(f"{PARTIAL}aside"))
        os.replace(aside.with_name(f"{PARTIAL}aside"), aside)
    for suffix in SIDE_FILES:  # a damaged library's -wal is part of what is kept
        side = library.with_name(library.name + suffix)
        if side.exists():
            os.replace(side, aside.with_name(aside.name + suffix))
    fsync_dir(library.parent)
    return aside


def _rotate(folder: Path) -> None:
    for old in set_aside(folder)[ASIDE_KEPT:]:
        for suffix in ("", *SIDE_FILES):
            old.with_name(old.name + suffix).unlink(missing_ok=True)


def _copy_synced(source: Path, target: Path) -> None:
    shutil.copyfile(source, target)
    os.chmod(target, 0o600)
    with target.open("rb+") as f:
        os.fsync(f.fileno())

