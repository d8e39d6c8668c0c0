"""Replace the library with a backup, keeping the current file aside."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

from . import paths
from .backups import list_backups
from .check import check_file
from .errors import LibraryError, NotFound
from .lock import LibraryLock


def find_backup(folder: Path, ref: str) -> Path:
    """A backup by path, by file name in the backups folder, or ``latest``."""
    backups = list_backups(paths.backup_dir(folder))
    if ref == "latest":
        good = [b for b in backups if check_file(b).ok]
        if not good:
            raise NotFound(f"No good backup in {paths.backup_dir(folder)}.", "no_good_backup",
                           folder=str(paths.backup_dir(folder)))
        return good[0]
    for candidate in (Path(ref).expanduser(), paths.backup_dir(folder) / ref):
        if candidate.is_file():
            return candidate
    names = ", ".join(b.name for b in backups[:5]) or "none"
    raise NotFound(f"No backup {ref!r}. Backups in {paths.backup_dir(folder)}: {names}.",
                   "no_backup", ref=ref, folder=str(paths.backup_dir(folder)), names=names)


def restore_backup(folder: Path, ref: str) -> tuple[Path, Path | None]:
    """Put backup ``ref`` in place of the library. Returns (backup used, where the old one went)."""
    backup = find_backup(folder, ref)
    report = check_file(backup)
    if not report.ok:
        raise LibraryError(f"{backup} cannot be restored: {'; '.join(report.problems)}", backup,
                           "cannot_restore", problems=report.problems)
    library = paths.library_path(folder)
    lock = LibraryLock(library)
    lock.acquire()
    try:
        aside = None
        if library.exists():
            stamp = dt.datetime.now().strftime("%Y%m%dT%H%M%S")
            state = "replaced" if check_file(library).ok else "damaged"
            aside = folder / f"library-{state}-{stamp}.sqlite"
            # Move the file with its -wal and -shm, so the set kept aside stays whole.
            for suffix in ("", "-wal", "-shm"):
                side = library.with_name(library.name + suffix)
                if side.exists():
                    os.replace(side, aside.with_name(aside.name + suffix))
        partial = folder / ".restoring.sqlite"
        shutil.copyfile(backup, partial)
        os.chmod(partial, 0o600)
        with partial.open("rb+") as f:
            os.fsync(f.fileno())
        os.replace(partial, library)
    finally:
        lock.release()
    return backup, aside
