"""The preference for how long backups are kept (store/retention.py; docs/privacy.md)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QWidget

from tillitworkshop.store.retention import MAX_DAYS, retention_days, set_retention_days


def get_days(parent: QWidget, current: int) -> int | None:
    """The number the facilitator chose, or None when cancelled. (Tests replace this.)"""
    days, ok = QInputDialog.getInt(
        parent, QCoreApplication.translate("Retention", "Keep backups for"),
        QCoreApplication.translate(
            "Retention", "Backups older than this many days are deleted when the library is "
            "opened (0: keep only the newest one). Backups hold everything the sessions held, "
            "also what was deleted or forgotten since."), current, 0, MAX_DAYS)
    return days if ok else None


def ask(parent: QWidget, folder: Path) -> int | None:
    """Ask and store the setting; the days chosen, or None when cancelled."""
    days = get_days(parent, retention_days(folder))
    if days is not None:
        set_retention_days(folder, days)
    return days
