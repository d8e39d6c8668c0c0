"""Pictures kept for drawing again, within a memory budget.

The problem board draws each card once into a pixmap and copies it at every repaint
(``ProblemCard.paint``). Kept without a bound, a board scrolled through and edited for a
day held up to 257 pictures per column (~90 kB each at 1x, four times that on a 2x
screen): ~160 MB for seven columns. Here the least recently drawn go first once the
pictures together pass the budget, like ``QPixmapCache`` but one per owner (each
column's own cards), so one busy column does not push out the others' pictures.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Hashable

from PySide6.QtGui import QPixmap


def picture_bytes(picture: QPixmap) -> int:
    """What a pixmap holds in memory: its pixels at its depth (32 bits on every desktop)."""
    return picture.width() * picture.height() * max(picture.depth(), 8) // 8


class PictureCache:
    """Pixmaps by key, the least recently used let go first when together they hold more
    than ``budget`` bytes (the newest one is kept even when it alone is larger)."""

    def __init__(self, budget: int):
        self.budget = budget
        self.held = 0  # bytes, the pictures' pixels together
        self._pictures: OrderedDict[Hashable, QPixmap] = OrderedDict()

    def __len__(self) -> int:
        return len(self._pictures)

    def get(self, key: Hashable) -> QPixmap | None:
        picture = self._pictures.get(key)
        if picture is not None:
            self._pictures.move_to_end(key)  # drawn now: the last to go
        return picture

    def put(self, key: Hashable, picture: QPixmap) -> None:
        old = self._pictures.pop(key, None)
        if old is not None:
            self.held -= picture_bytes(old)
        self._pictures[key] = picture
        self.held += picture_bytes(picture)
        while self.held > self.budget and len(self._pictures) > 1:
            _key, gone = self._pictures.popitem(last=False)
            self.held -= picture_bytes(gone)

    def clear(self) -> None:
        self._pictures.clear()
        self.held = 0
