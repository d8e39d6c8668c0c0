"""A column's entries, drawn from cached text layouts.

A link may hold hundreds of notes and each edit the facilitator makes changes one of
them; laying out every entry again (as a QLabel does with its whole text) cost the
presenter 60 ms an edit on 2,000 notes. Here each entry's layout is kept, keyed by its
text, width and font, so an added note costs one layout, and only the entries in view
are painted.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPaintEvent, QTextLayout
from PySide6.QtWidgets import QSizePolicy, QWidget

from tillitworkshop.ui.common.text_layout import wrapped

from .fit import PagingArea

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
        # Per widget width, the entries' heights added up; an edit moves them by what it
        # changed instead of adding up hundreds of entries again.
        self._totals: dict[int, float] = {}
        self._asked: set[int] = set()
        self._entry_heights: dict[tuple[str, int], float] = {}
        self._spaced: tuple[float, float] | None = None
        self.setAccessibleName("")
        # Growing (a note added) repaints only what is new, not the whole column.
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents)

    def set_entries(self, entries: list[str], bullets: bool = True) -> None:
        if entries == self.entries and bullets == self.bullets:
            return
        if bullets != self.bullets:  # another indent: every height changes
            self.entries, self.bullets = [], bullets
            self._totals.clear()
        same = len(self.entries)
        if entries[:same] != self.entries:  # not only added at the foot: find the first change
            same = next((i for i, (old, new) in enumerate(zip(self.entries, entries, strict=False))
                         if old != new), min(same, len(entries)))
        gone, added = self.entries[same:], entries[same:]
        # Where the first changed entry starts, as the column is laid out now.
        width = self.width()
        shown = self._totals.get(width)
        above = shown - self._sum(gone, self._text_width(width)) if shown is not None \
            else self._sum(self.entries[:same], self._text_width(width))
        # A line above it may hold marks that reach into the changed entry's top.
        top = max(0.0, above + self._gap() * same - QFontMetricsF(self.font()).height())
        # Widths the layouts asked for since the last change keep their totals, moved by
        # what changed; widths tried once (while the window was sized) are dropped.
        self._totals = {w: total - self._sum(gone, self._text_width(w))
                        + self._sum(added, self._text_width(w))
                        for w, total in self._totals.items() if w in self._asked or w == width}
        self._asked = set()
        self.entries = list(entries)
        self.setAccessibleDescription("\n".join(self.entries))
        self.updateGeometry()
        # Only from the first entry that changed down: a note added at the foot of a long
        # column, below the page on screen, then repaints nothing.
        self.update(QRect(0, int(top), width, max(0, self.height() - int(top))))

    def text(self) -> str:
        """The entries as the room reads them (tests look for names in it)."""
        return "\n".join(self.entries)

    # Measuring
    def _spacing(self) -> tuple[float, float]:
        """The bullet's indent and the gap between entries, for the font (kept till it changes)."""
        if self._spaced is None:
            metrics = QFontMetricsF(self.font())
            self._spaced = (metrics.horizontalAdvance(BULLET + "  "), metrics.height() * 0.35)
        return self._spaced

    def _indent(self) -> float:
        return self._spacing()[0] if self.bullets else 0.0

    def _gap(self) -> float:
        return self._spacing()[1]

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

    def _height(self, entry: str, text_width: int) -> float:
        h = self._entry_heights.get((entry, text_width))
        if h is None:
            if len(self._entry_heights) > 50_000:
                self._entry_heights.clear()
            h = self._layout(entry, text_width).boundingRect().height()
            self._entry_heights[entry, text_width] = h
        return h

    def _sum(self, entries: list[str], text_width: int) -> float:
        return sum(self._height(e, text_width) for e in entries)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        self._asked.add(width)
        total = self._totals.get(width)
        if total is None:
            if len(self._totals) > 8:  # widths the layout tried while resizing
                self._totals.clear()
            total = self._totals[width] = self._sum(self.entries, self._text_width(width))
        if not self.entries:
            return 0
        return int(total + self._gap() * (len(self.entries) - 1)) + 1

    def sizeHint(self) -> QSize:
        return QSize(200, self.heightForWidth(self.width() if self.width() > 1 else 600))

    def minimumSizeHint(self) -> QSize:
        return QSize(int(QFontMetricsF(self.font()).horizontalAdvance("MMMM")), 0)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.update()  # lines break elsewhere: static contents would keep the old ones

    def changeEvent(self, event) -> None:
        if event.type() == event.Type.FontChange:  # another size: every layout made again
            self._layouts.clear()
            self._totals.clear()
            self._entry_heights.clear()
            self._spaced = None
            self.updateGeometry()
        super().changeEvent(event)

    # Pages: on a slide that pages, an entry the page on screen would cut waits for the
    # page that shows it whole (the pager turns to the first such entry).
    def _page(self) -> tuple[float, float] | None:
        """The page on screen, top and bottom in this list's coordinates, while the slide
        pages; None when it fits."""
        area = self.parentWidget()
        while area is not None and not isinstance(area, PagingArea):
            area = area.parentWidget()
        if area is None or not area.pager.isActive():
            return None
        viewport = area.viewport()
        top = float(self.mapFrom(viewport, QPoint(0, 0)).y())
        return top, top + viewport.height()

    def tops(self) -> list[tuple[float, float]]:
        """Each entry's top and height, in order."""
        tw, gap = self._text_width(self.width()), self._gap()
        out, y = [], 0.0
        for e in self.entries:
            h = self._height(e, tw)
            out.append((y, h))
            y += h + gap
        return out

    @staticmethod
    def _whole_on(page: tuple[float, float] | None, y: float, h: float) -> bool:
        """Shown on ``page``: all of it, or it is taller than a page (then as much as fits)."""
        return page is None or h > page[1] - page[0] or (y >= page[0] - 0.5 and y + h <= page[1] + 0.5)

    def shown(self) -> list[int]:
        """The entries the page on screen shows (all of them when the slide fits)."""
        page = self._page()
        return [i for i, (y, h) in enumerate(self.tops())
                if self._whole_on(page, y, h) and (page is None or page[0] - 0.5 <= y + h and y <= page[1])]

    def first_cut(self, bottom: float) -> float | None:
        """The top of the first entry not shown whole above ``bottom`` (own coordinates)."""
        return next((y for y, h in self.tops() if y + h > bottom + 0.5), None)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setPen(self.palette().color(self.foregroundRole()))
        p.setFont(self.font())
        tw, gap, indent = self._text_width(self.width()), self._gap(), self._indent()
        visible = QRectF(event.rect())
        page = self._page()
        y = 0.0
        for e in self.entries:
            h = self._height(e, tw)  # kept: the entries above the page need no layout
            if y > visible.bottom():
                break
            if y + h >= visible.top() and self._whole_on(page, y, h):
                layout = self._layout(e, tw)
                if self.bullets:
                    first = layout.lineAt(0)
                    p.drawText(QPointF(0, y + first.ascent()), BULLET)
                layout.draw(p, QPointF(indent, y))
            y += h + gap
        p.end()
