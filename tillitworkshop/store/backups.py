"""Rolling backups of the library, taken with ``VACUUM INTO``.

A plain file copy of a WAL database can miss commits that still live in the
-wal file; VACUUM INTO writes a consistent, compact, self-contained copy. It
is written under a temporary name and renamed, so a process killed during a
backup never leaves a half-written file among the good ones. A library that
fails the full check is never backed up: its damage would only replace the
good backups one by one.

Backups are taken when the library is opened, and by the window every few minutes
with edits and when it closes (``take_online_backup``: on a connection of its own,
off the window's thread). ``to_keep`` says which of them stay.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import sqlite3
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import ParamSpec, TypeVar

from .check import check_remembered, full_check
from .errors import LibraryCorrupt
from .files import fsync_dir

BACKUPS_KEPT = 10  # the newest this many, whatever their age
DAYS_KEPT = 30  # and the newest of each of this many days, today included
PREFIX = "library-"
SUFFIX = ".sqlite"
STAMP = "%Y%m%dT%H%M%S%fZ"  # UTC: names sort by time


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


_P = ParamSpec("_P")
_R = TypeVar("_R")
_RUNNING = threading.Lock()


def _one_at_a_time(fn: Callable[_P, _R]) -> Callable[_P, _R]:
    """Two backups at once (the window's, in the executor, and the one it takes as it
    closes) would each sweep the other's .partial file away as stale."""

    @functools.wraps(fn)
    def wrapper(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        with _RUNNING:
            return fn(*args, **kwargs)

    return wrapper


@_one_at_a_time
def take_backup(conn: sqlite3.Connection, folder: Path, keep: int | None = None,
                fingerprint: str = "") -> Path:
    """Write a backup of the open library into ``folder``; rotate (``to_keep``).

    LibraryCorrupt, and nothing written, when the library fails the full check.
    """
    path = Path(conn.execute("PRAGMA database_list").fetchone()[2])
    # An older schema is not damage: opening backs it up before migrating it.
    problems = [p for p in full_check(conn, path).problems if not p.startswith("schema version")]
    if problems:
        raise LibraryCorrupt(f"{path} is damaged: {'; '.join(problems)}. "
                             "No backup was taken of it.", path, "damaged", problems=problems)
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    stamp = dt.datetime.now(dt.UTC).strftime(STAMP)
    target = folder / f"{PREFIX}{stamp}{SUFFIX}"
    partial = folder / f".partial-{stamp}{SUFFIX}"
    partial.unlink(missing_ok=True)
    conn.execute("VACUUM INTO ?", (str(partial),))
    os.chmod(partial, 0o600)
    os.replace(partial, target)
    (folder / FINGERPRINT).write_text(f"{target.name}\n{fingerprint}", encoding="utf-8")
    os.chmod(folder / FINGERPRINT, 0o600)  # the user's only, as everything in the folder
    fsync_dir(folder)
    found = list_backups(folder)
    kept = to_keep([p.name for p in found], dt.datetime.now().astimezone(), keep or BACKUPS_KEPT)
    for old in found:
        if old.name not in kept:
            old.unlink(missing_ok=True)
    for stale in folder.glob(".partial-*"):
        # Left by a process killed mid-backup; never a usable backup.
        if stale != partial:
            stale.unlink(missing_ok=True)
    return target


def take_online_backup(library: Path, folder: Path,
                       fingerprint: Callable[[sqlite3.Connection], str]) -> Path | None:
    """A backup taken on a connection of its own, when the content changed since the last
    one (None when it did not); safe in a thread while the window edits the library.

    WAL lets this connection read a consistent snapshot while the window's commits go
    on; SQLite releases the GIL while it copies, so the window's thread keeps running.
    ``VACUUM INTO`` rather than the backup API: the API's steps start again from the
    first page whenever another connection commits, which an editing facilitator does.
    The fingerprint is read first: an edit landing between it and the copy then only
    makes the next backup come sooner, never one be missed.
    """
    conn = sqlite3.connect(f"{library.resolve().as_uri()}?mode=ro", uri=True,
                           check_same_thread=False)
    try:
        for pragma in ("PRAGMA busy_timeout = 5000", "PRAGMA temp_store = MEMORY",
                       "PRAGMA trusted_schema = OFF"):
            conn.execute(pragma)
        now = fingerprint(conn)
        if now == last_fingerprint(folder):
            return None
        return take_backup(conn, folder, fingerprint=now)
    finally:
        conn.close()


def stamp_of(name: str) -> dt.datetime | None:
    """When the backup named ``name`` was taken (UTC), or None for another name."""
    if not (name.startswith(PREFIX) and name.endswith(SUFFIX)):
        return None
    try:
        return dt.datetime.strptime(name[len(PREFIX):-len(SUFFIX)], STAMP).replace(tzinfo=dt.UTC)
    except ValueError:
        return None


def to_keep(names: Iterable[str], now: dt.datetime, newest: int = BACKUPS_KEPT,
            days: int = DAYS_KEPT) -> set[str]:
    """The backups to keep: the ``newest`` (by name, so by time), and the newest of each
    of the last ``days`` days in ``now``'s time zone, today included (one dated later,
    from a clock that was ahead, is kept only among the newest).

    In-day backups every 10 minutes fill the newest 10 within a day's work; the daily
    ones reach back a month, to before a mistake noticed late (a deleted session, a
    follow-up meeting weeks after the day). At most ``newest + days`` files, and the
    same answer again for what it keeps, so rotating twice removes nothing more.
    """
    ordered = sorted(set(names), reverse=True)
    kept = set(ordered[:newest])
    last_day = now.date()
    first_day = last_day - dt.timedelta(days=days - 1)
    seen_days: set[dt.date] = set()
    for name in ordered:  # newest first: the first seen of a day is its newest
        stamp = stamp_of(name)
        if stamp is None:
            continue
        day = stamp.astimezone(now.tzinfo).date()
        if first_day <= day <= last_day and day not in seen_days:
            seen_days.add(day)
            kept.add(name)
    return kept

