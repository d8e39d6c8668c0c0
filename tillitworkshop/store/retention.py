"""How long copies of the library are kept: backups older than a number of days are
deleted when the library is opened (docs/privacy.md).

The setting lives beside the library (``privacy.json``, readable by the user only), so
that the window, which sets it, and the command line keep to the same rule. The newest
backup is always kept, whatever its age (0 days: none beyond the newest). The copies a
restore set aside follow the same rule, by the time they were last written.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

from . import paths
from .backups import list_backups, stamp_of
from .restore import SIDE_FILES, set_aside

SETTINGS_FILE = "privacy.json"
DEFAULT_DAYS = 90
MAX_DAYS = 36500


def retention_days(folder: Path) -> int:
    """Days a backup is kept (the default when unset or unreadable)."""
    try:
        value = json.loads((folder / SETTINGS_FILE).read_text(encoding="utf-8"))["backup_days"]
    except (OSError, ValueError, KeyError, TypeError):
        return DEFAULT_DAYS
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_DAYS:
        return DEFAULT_DAYS
    return value


def set_retention_days(folder: Path, days: int) -> None:
    if not 0 <= days <= MAX_DAYS:
        raise ValueError(f"days must be 0-{MAX_DAYS}")
    target = folder / SETTINGS_FILE
    partial = folder / f".{SETTINGS_FILE}.{os.getpid()}"
    partial.write_text(json.dumps({"backup_days": days}), encoding="utf-8")
    os.chmod(partial, 0o600)
    os.replace(partial, target)


def expire(folder: Path, days: int | None = None, now: dt.datetime | None = None) -> list[Path]:
    """Delete the backups and set-aside copies older than ``days`` (the setting), never the
    newest backup; the files deleted."""
    days = retention_days(folder) if days is None else days
    now = now or dt.datetime.now(dt.UTC)
    limit = now - dt.timedelta(days=days)
    removed: list[Path] = []
    for backup in list_backups(paths.backup_dir(folder))[1:]:
        stamp = stamp_of(backup.name)
        if stamp is not None and (days == 0 or stamp < limit):
            backup.unlink(missing_ok=True)
            removed.append(backup)
    for aside in set_aside(folder):
        try:
            written = dt.datetime.fromtimestamp(aside.stat().st_mtime, dt.UTC)
        except OSError:
            continue
        if days == 0 or written < limit:
            for suffix in ("", *SIDE_FILES):
                aside.with_name(aside.name + suffix).unlink(missing_ok=True)
            removed.append(aside)
    return removed
