"""A message across the top of the window when an edit could not be stored.

Disk full or an I/O error must not pass unnoticed in a corner: the banner says
what happened and what to do, the status bar says what happened (``headline``: the
message's first sentence, which fits beside the "last stored" label on a 1366-pixel
laptop, where the whole message was cut mid-word against it), and the text the
facilitator typed stays in its field (the screens keep it on any StoreError),
so pressing Enter again stores it once there is room. The next edit that is
stored hides the banner.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget


def headline(message: str) -> str:
    """The first sentence of ``message`` ("This edit was not stored: the disk is full.")."""
    first, dot, rest = message.partition(". ")
    return first + "." if dot and rest else message


class StorageBanner(QLabel):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setProperty("role", "warning")
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setAccessibleName(self.tr("Not stored"))
        self.hide()

    def say(self, message: str) -> None:
        text = message + "\n" + self.tr(
            "What you typed is still in its field: once there is room, press Enter "
            "(or repeat the action) to store it.")
        self.setText(text)
        self.setAccessibleDescription(text)
        self.show()

    def clear(self) -> None:
        self.hide()
