"""A column's entries, drawn from cached text layouts.

A link may hold hundreds of notes and each edit the facilitator makes changes one of
them; laying out every entry again (as a QLabel does with its whole text) cost the
presenter 60 ms an edit on 2,000 notes. Here each entry's layout is kept, keyed by its
text, width and font, so an added note costs one layout, and only the entries in view
are painted.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize
from PySide6.QtGui import QFontMetricsF, QPainter, QPaintEvent, QTextLayout
from PySide6.QtWidgets import QSizePolicy, QWidget

from tillitworkshop.ui.common.text_layout import wrapped

BULLET = "•"
LINE_SEPARATOR = "\u2028"  # a newline inside an entry, as QTextLayout takes it


class EntryList(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.entries: list[str] = []
        self.bullets = True
        self._layouts: dict[tuple[str, int], QTextLayout] = {}
        self._heights: dict[int, int] = {}  # width -> height of all entries at that width
        self._entry_heights: dict[tuple[str, int], float] = {}
        self.setAccessibleName("")

    def set_entries(self, entries: list[str], bullets: bool = True) -> None:
        if entries == self.entries and bullets == self.bullets:
            return
        self.entries, self.bullets = list(entries), bullets
        self._heights.clear()
        self.setAccessibleDescription("\n".join(self.entries))
        self.updateGeometry()
        self.update()

    def text(self) -> str:
        """The entries as the room reads them (tests look for names in it)."""
        return "\n".join(self.entries)

    # Measuring
    def _indent(self) -> float:
        return QFontMetricsF(self.font()).horizontalAdvance(BULLET + "  ") if self.bullets else 0.0

    def _gap(self) -> float:
        return QFontMetricsF(self.font()).height() * 0.35

    def _layout(self, text: str, width: int) -> QTextLayout:
        layout = self._layouts.get((text, width))
        if layout is None:
            if len(self._layouts) > 1500:  # a long column scrolled through: kept bounded
                self._layouts.clear()  # (heights are kept: measuring needs no layout then)
            layout = wrapped(text.replace("\n", LINE_SEPARATOR), self.font(), width)
            self._layouts[text, width] = layout
        return layout

    def _text_width(self, width: int) -> int:
        return max(1, int(width - self._indent()))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        height = self._heights.get(width)
        if height is None:
            tw, gap = self._text_width(width), self._gap()
            known = self._entry_heights
            total = 0.0
            for e in self.entries:
                h = known.get((e, tw))
                if h is None:
                    if len(known) > 50_000:
                        known.clear()
                    h = known[e, tw] = self._layout(e, tw).boundingRect().height()
                total += h
            height = int(total + gap * max(0, len(self.entries) - 1)) + 1 if self.entries else 0
            self._heights[width] = height
        return height

    def sizeHint(self) -> QSize:
        return QSize(200, self.heightForWidth(self.width() if self.width() > 1 else 600))

    def minimumSizeHint(self) -> QSize:
        return QSize(int(QFontMetricsF(self.font()).horizontalAdvance("MMMM")), 0)

    def changeEvent(self, event) -> None:
        if event.type() == event.Type.FontChange:  # another size: every layout made again
            self._layouts.clear()
            self._heights.clear()
            self._entry_heights.clear()
            self.updateGeometry()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setPen(self.palette().color(self.foregroundRole()))
        p.setFont(self.font())
        tw, gap, indent = self._text_width(self.width()), self._gap(), self._indent()
        visible = QRectF(event.rect())
        y = 0.0
        for e in self.entries:
            layout = self._layout(e, tw)
            h = layout.boundingRect().height()
            if y > visible.bottom():
                break
            if y + h >= visible.top():
                if self.bullets:
                    first = layout.lineAt(0)
                    p.drawText(QPointF(0, y + first.ascent()), BULLET)
                layout.draw(p, QPointF(indent, y))
            y += h + gap
        p.end()
