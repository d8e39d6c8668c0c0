"""A commitment's status as the window and the presenter name it, in the window's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def status_names() -> dict[str, str]:
    """By status key, in the order a commitment moves through them."""
    return {"planned": QCoreApplication.translate("Statuses", "Planned"),
            "started": QCoreApplication.translate("Statuses", "Started"),
            "done": QCoreApplication.translate("Statuses", "Done"),
            "dropped": QCoreApplication.translate("Statuses", "Dropped")}
