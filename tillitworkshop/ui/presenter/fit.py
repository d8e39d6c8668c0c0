"""Type sizes for the projector, by cap height, and fitting text into the screen.

Sizes are given as cap heights in pixels at 1920×1080 and scaled with the window's height,
but never below ``FLOOR_CAP``: 24 px from the baseline to the top of a capital, readable
from the back of a room. Text that does not fit is set smaller, down to that floor, and
then scrolls by pages (``PagingArea``); it is never cut off with an ellipsis.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

FLOOR_CAP = 24.0
# Cap heights at 1920×1080, by what the text is.
CAPS = {"title": 52.0, "body": 34.0, "heading": 32.0, "entry": 30.0, "kicker": 26.0,
        "clock": 34.0, "big_clock": 240.0, "blank": 60.0}
STEPS = (1.0, 0.92, 0.85, 0.78, 0.72, 0.66, 0.6)  # scales tried, largest first

_cap_ratio: dict[str, float] = {}


def cap_ratio(font: QFont) -> float:
    """Cap height per pixel of size, for this font's family (measured once at 100 px)."""
    family = font.family()
    if family not in _cap_ratio:
        probe = QFont(font)
        probe.setPixelSize(100)
        _cap_ratio[family] = max(0.3, QFontMetricsF(probe).capHeight() / 100)
    return _cap_ratio[family]


def font_for(base: QFont, cap: float, bold: bool = False) -> QFont:
    """``base`` at the smallest pixel size whose capitals are at least ``cap`` px tall."""
    f = QFont(base)
    f.setBold(bold)
    size = max(1, math.ceil(max(cap, FLOOR_CAP) / cap_ratio(f)))
    f.setPixelSize(size)
    while QFontMetricsF(f).capHeight() < max(cap, FLOOR_CAP) - 0.01:  # hinting may round down
        size += 1
        f.setPixelSize(size)
    return f


def cap(kind: str, height: int, scale: float = 1.0) -> float:
    """The cap height of ``kind`` text in a window ``height`` px tall, at ``scale``."""
    return max(FLOOR_CAP, CAPS[kind] * max(0.5, height / 1080) * scale)


class PagingArea(QScrollArea):
    """Holds the slide's content without scroll bars; what is taller than the screen is
    shown a page at a time, turning every ``seconds`` (and back to the top at the end)."""

    def __init__(self, parent: QWidget | None = None, seconds: float = 8.0,
                 breaks: Callable[[int], int | None] | None = None):
        """``breaks(bottom)``: where the page after one ending at ``bottom`` starts, in the
        content's coordinates (the top of the first text that page cuts); None, or no
        ``breaks``: nine tenths of a page down."""
        super().__init__(parent)
        self.breaks = breaks
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(self.horizontalScrollBarPolicy().ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(self.verticalScrollBarPolicy().ScrollBarAlwaysOff)
        self.pager = QTimer(self)
        self.pager.setInterval(int(seconds * 1000))
        self.pager.timeout.connect(self.next_page)

    def overflows(self) -> bool:
        content = self.widget()
        if content is None:
            return False
        # Labels that changed tell their parents' layouts through posted events: take them
        # now, or the sizes measured are the ones before the change.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        # A layout never activated passes no change on, and a row of new columns kept the
        # height it had measured while they were empty: measure afresh.
        layout = content.layout()
        if layout is not None:
            layout.invalidate()
            layout.activate()
        width = self.viewport().width()
        height = content.heightForWidth(width)
        if height < 0:  # nothing in it wraps
            height = content.sizeHint().height()
        return height > self.viewport().height() + 1 or content.minimumSizeHint().width() > width + 1

    def set_paging(self, on: bool) -> None:
        if on and not self.pager.isActive():
            self.pager.start()
            self._redraw()  # what a page would cut now waits for its page
        elif not on:
            paging = self.pager.isActive()
            self.pager.stop()
            self.verticalScrollBar().setValue(0)
            if paging:
                self._redraw()

    def next_page(self) -> None:
        bar = self.verticalScrollBar()
        if bar.value() >= bar.maximum():
            bar.setValue(0)
        else:
            cut = self.breaks(bar.value() + self.viewport().height()) if self.breaks else None
            step = bar.value() + int(self.viewport().height() * 0.9)
            bar.setValue(min(bar.maximum(), cut if cut is not None and cut > bar.value() else step))
        self._redraw()

    def _redraw(self) -> None:
        """The whole page again: scrolling moves what was drawn, and entries left for a
        later page must be drawn where they now stand whole."""
        content = self.widget()
        if content is not None:
            content.update()
