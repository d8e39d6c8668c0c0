"""Rolling backups of the library, taken with ``VACUUM INTO``.

A plain file copy of a WAL database can miss commits that still live in the
-wal file; VACUUM INTO writes a consistent, compact, self-contained copy. It
is written under a temporary name and renamed, so a process killed during a
backup never leaves a half-written file among the good ones. A library that
fails the full check is never backed up: its damage would only replace the
good backups one by one.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

from .check import check_remembered, full_check
from .errors import LibraryCorrupt

BACKUPS_KEPT = 10
PREFIX = "library-"
SUFFIX = ".sqlite"


def list_backups(folder: Path) -> list[Path]:
    """Backups in ``folder``, newest first."""
    if not folder.is_dir():
        return []
    found = [p for p in folder.iterdir() if p.name.startswith(PREFIX) and p.suffix == SUFFIX]
    return sorted(found, key=lambda p: p.name, reverse=True)


def newest_good(folder: Path) -> Path | None:
    """The newest backup in ``folder`` that passes the full check (each checked once)."""
    return next((p for p in list_backups(folder) if check_remembered(p).ok), None)


FINGERPRINT = ".last-backup"


def last_fingerprint(folder: Path) -> str | None:
    """What the newest backup holds (see Library._fingerprint), if it is still there."""
    try:
        name, _, fingerprint = (folder / FINGERPRINT).read_text(encoding="utf-8").partition("\n")
    except OSError:
        return None
    return fingerprint if (folder / name).exists() else None


def take_backup(conn: sqlite3.Connection, folder: Path, keep: int | None = None,
                fingerprint: str = "") -> Path:
    """Write a backup of the open library into ``folder``; keep the newest ``keep``.

    LibraryCorrupt, and nothing written, when the library fails the full check.
    """
    path = Path(conn.execute("PRAGMA database_list").fetchone()[2])
    # An older schema is not damage: opening backs it up before migrating it.
    problems = [p for p in full_check(conn, path).problems if not p.startswith("schema version")]
    if problems:
        raise LibraryCorrupt(f"{path} is damaged: {'; '.join(problems)}. "
                             "No backup was taken of it.", path, "damaged", problems=problems)
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    target = folder / f"{PREFIX}{stamp}{SUFFIX}"
    partial = folder / f".partial-{stamp}{SUFFIX}"
    partial.unlink(missing_ok=True)
    conn.execute("VACUUM INTO ?", (str(partial),))
    os.chmod(partial, 0o600)
    os.replace(partial, target)
    (folder / FINGERPRINT).write_text(f"{target.name}\n{fingerprint}", encoding="utf-8")
    _fsync_dir(folder)
    for old in list_backups(folder)[keep or BACKUPS_KEPT:]:
        old.unlink(missing_ok=True)
    for stale in folder.glob(".partial-*"):
        # Left by a process killed mid-backup; never a usable backup.
        if stale != partial:
            stale.unlink(missing_ok=True)
    return target


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
