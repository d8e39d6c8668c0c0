"""Backups older than the setting are deleted when the library is opened; the newest stays."""

from __future__ import annotations

import datetime as dt
import os

from tillitworkshop.store import Library
from tillitworkshop.store.backups import list_backups
from tillitworkshop.store.retention import (
    DEFAULT_DAYS,
    expire,
    retention_days,
    set_retention_days,
)
from tillitworkshop.store.sessions import create_session


def old_backup(folder, days_ago):
    stamp = (dt.datetime.now(dt.UTC) - dt.timedelta(days=days_ago)).strftime("%Y%m%dT%H%M%S%fZ")
    path = folder / "backups" / f"library-{stamp}.sqlite"
    path.write_bytes(b"")
    return path


def test_opening_deletes_backups_older_than_the_setting(tmp_path):
    folder = tmp_path / "lib"
    with Library.open(folder) as lib:
        create_session(lib, "Lövhälla kommun", "skola", "2026-03-12")
        lib.backup()
    recent, old = old_backup(folder, 30), old_backup(folder, 120)
    assert retention_days(folder) == DEFAULT_DAYS == 90
    Library.open(folder).close()
    assert recent.exists() and not old.exists()
    set_retention_days(folder, 0)
    Library.open(folder).close()
    assert len(list_backups(folder / "backups")) == 1  # the newest only
    if os.name == "posix":
        assert (folder / "privacy.json").stat().st_mode & 0o077 == 0


def test_the_newest_backup_stays_whatever_its_age(tmp_path):
    (tmp_path / "backups").mkdir()
    only = old_backup(tmp_path, 400)
    assert expire(tmp_path, 90) == [] and only.exists()


def test_a_bad_setting_is_the_default(tmp_path):
    (tmp_path / "privacy.json").write_text('{"backup_days": -3}')
    assert retention_days(tmp_path) == DEFAULT_DAYS
