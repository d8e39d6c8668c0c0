"""The presenter's content: a slide drawn large, in the theme's colours, fitted to the screen.

A slide's labels are kept between updates of the same slide and given only the texts that
changed, so an edit the facilitator makes costs the presenter one ``setText``.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtGui import QColor, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from tillitworkshop.ui.shell import theme

from .entries import EntryList
from .fit import STEPS, PagingArea, cap, font_for
from .slides import Column, Grid, Slide, text_on

BACKGROUND = theme.PAPER


def paint(widget: QWidget, ink: str, fill: str | None = None) -> None:
    """Text colour (and background) through the palette, so tests read what is drawn."""
    pal = widget.palette()
    pal.setColor(QPalette.ColorRole.WindowText, QColor(ink))
    if fill is not None:
        pal.setColor(QPalette.ColorRole.Window, QColor(fill))
        widget.setAutoFillBackground(True)
    widget.setPalette(pal)


def text_label(parent: QWidget, kind: str, ink: str = theme.INK) -> QLabel:
    lbl = QLabel(parent)
    lbl.setWordWrap(True)
    lbl.setTextFormat(Qt.TextFormat.PlainText)  # user text is never markup
    lbl.setProperty("textsize", kind)
    lbl.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    paint(lbl, ink)
    return lbl


def plain(widget: QWidget) -> str:
    """A label's or entry list's text as the room reads it (rich text without its markup)."""
    if isinstance(widget, EntryList):
        return widget.text()
    assert isinstance(widget, QLabel)
    if widget.textFormat() != Qt.TextFormat.RichText:
        return widget.text()
    doc = QTextDocument()
    doc.setHtml(widget.text())
    return doc.toPlainText()


class Box(QWidget):
    """A slide's content or column, whose wrapped height is asked at its real width only.

    QWidget's own size hint adds the height its layout would have at its natural width;
    on a slide that meant laying out the changed column's entries again at two widths
    never shown, at every edit. Its width is the least it needs, so the columns of a row
    share it by their stretch, not by the length of their headings."""

    def sizeHint(self) -> QSize:
        layout = self.layout()
        if layout is None:
            return super().sizeHint()
        return QSize(layout.minimumSize().width(), layout.sizeHint().height())


class ColumnWidget(Box):
    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.heading = text_label(self, "heading")
        self.entries = EntryList(self)
        self.entries.setProperty("textsize", "entry")
        paint(self.entries, theme.INK)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(12)
        box.addWidget(self.heading)
        box.addWidget(self.entries)
        box.addStretch(1)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents)  # see _new_content

    def show_column(self, column: Column) -> None:
        if self.heading.text() != column.heading:
            self.heading.setText(column.heading)
        self.heading.setVisible(bool(column.heading))
        if self.heading.palette().color(QPalette.ColorRole.WindowText) != QColor(column.colour):
            paint(self.heading, column.colour)
        if column.entries:
            self.entries.set_entries(column.entries, column.bullets)
        else:
            self.entries.set_entries(["–"], bullets=False)


class SlideView(QWidget):
    """Kicker, title and paragraph at the top; columns or the heat map beneath, paged."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        # Only the window fills the background: each nested fill of 1920×1080 cost the
        # presenter a millisecond at every edit.
        paint(self, theme.INK)
        self.kicker = text_label(self, "kicker", theme.MUTED)
        self.title = text_label(self, "title", theme.ACCENT)
        self.body = text_label(self, "body")
        self.area = PagingArea(self, breaks=self._page_break)
        paint(self.area.viewport(), theme.INK)
        self.area.viewport().setAutoFillBackground(False)
        self.area.setAutoFillBackground(False)
        self.content = self._new_content()
        self.area.setWidget(self.content)
        self.columns: list[ColumnWidget] = []
        self.cells: list[QLabel] = []
        self.header = QVBoxLayout()
        self.header.setSpacing(10)
        self.corner = QHBoxLayout()  # the phase, and at its right the time box's clock
        self.corner.addWidget(self.kicker, 1, Qt.AlignmentFlag.AlignTop)
        self.header.addLayout(self.corner)
        for w in (self.title, self.body):
            self.header.addWidget(w)
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(64, 40, 64, 40)
        self.box.addLayout(self.header)
        self.box.addSpacing(20)
        self.box.addWidget(self.area, 1)
        self.slide: Slide | None = None
        self.scale = 1.0
        self._shape: tuple = ()

    def labels(self) -> list[QWidget]:
        """Every widget with text: labels, and the columns' entry lists."""
        return [*self.findChildren(QLabel), *self.findChildren(EntryList)]

    def show_slide(self, slide: Slide) -> None:
        same = self.slide is not None and self.slide.key == slide.key
        self.slide = slide
        for lbl, text in ((self.kicker, slide.kicker), (self.title, slide.title),
                          (self.body, slide.body)):
            if lbl.text() != text:
                lbl.setText(text)
            lbl.setVisible(bool(text))
        shape = (slide.key, len(slide.columns), slide.per_row,
                 None if slide.grid is None else (len(slide.grid.rows), len(slide.grid.columns)))
        if shape != self._shape:
            self._shape = shape
            self._rebuild(slide)
        if slide.grid is not None:
            self._fill_grid(slide.grid)
        for widget, column in zip(self.columns, slide.columns, strict=False):
            widget.show_column(column)
        self.fit(from_top=not same)

    def _new_content(self) -> QWidget:
        content = Box()
        paint(content, theme.INK)
        policy = content.sizePolicy()
        policy.setHeightForWidth(True)  # the scroll area then gives it its wrapped height
        content.setSizePolicy(policy)
        # A column that grows (a note added) resizes the content and its column: repaint
        # only what is newly shown, not the whole slide again (about 1 ms a frame).
        content.setAttribute(Qt.WidgetAttribute.WA_StaticContents)
        return content

    def _rebuild(self, slide: Slide) -> None:
        """New content for a new kind of slide (the old one goes with the scroll area's)."""
        self.content = self._new_content()
        self.columns, self.cells = [], []
        if slide.grid is not None:
            self.grid = QGridLayout(self.content)
            self.grid.setContentsMargins(0, 0, 0, 0)
            self.grid.setHorizontalSpacing(12)
            self.grid.setVerticalSpacing(12)
            g = slide.grid
            for j, name in enumerate(g.columns):
                self._cell(name, 0, j + 1, "heading")
            for i, name in enumerate(g.rows):
                self._cell(name, i + 1, 0, "entry")
                for j in range(len(g.columns)):
                    self._cell("", i + 1, j + 1, "entry", centre=True)
            for c in range(1, len(g.columns) + 1):
                self.grid.setColumnStretch(c, 1)
        else:
            # Rows of columns in boxes: a grid lays wrapped text of several rows out
            # shorter than it asked for, and cut its last lines.
            rows = QVBoxLayout(self.content)
            rows.setContentsMargins(0, 0, 0, 0)
            rows.setSpacing(28)
            per_row = max(1, min(slide.per_row, len(slide.columns)))
            row = QHBoxLayout()
            for i in range(len(slide.columns)):
                if i % per_row == 0:
                    row = QHBoxLayout()
                    row.setSpacing(48)
                    rows.addLayout(row)
                w = ColumnWidget(self.content)
                row.addWidget(w, 1)
                self.columns.append(w)
            left = (-len(slide.columns)) % per_row
            if left:
                row.addStretch(left)  # a short last row keeps the columns' width
            rows.addStretch(1)
        self.area.setWidget(self.content)

    def _cell(self, text: str, row: int, col: int, kind: str, centre: bool = False) -> None:
        lbl = text_label(self.content, kind)
        lbl.setText(text)
        if centre:
            lbl.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.grid.addWidget(lbl, row, col)
        self.cells.append(lbl)

    def _fill_grid(self, g: Grid) -> None:
        cols = len(g.columns)
        # Cells: after the column headings, each row is its name then one cell per column.
        body = self.cells[cols:]
        for i in range(len(g.rows)):
            row = body[i * (cols + 1):(i + 1) * (cols + 1)]
            for j, lbl in enumerate(row[1:]):
                text, fill = g.cells.get((i, j), ("–", BACKGROUND))
                lbl.setText(text)
                paint(lbl, text_on(fill), fill)

    def _page_break(self, bottom: int) -> int | None:
        """The next page starts at the first heading or entry the page ending at ``bottom``
        cuts or leaves out (content coordinates), so each is shown whole on some page."""
        tops = []
        for column in self.columns:
            heading = column.heading
            top = heading.mapTo(self.content, QPoint(0, 0)).y()
            if heading.isVisibleTo(self) and top < bottom < top + heading.height():
                tops.append(top)
            origin = column.entries.mapTo(self.content, QPoint(0, 0)).y()
            cut = column.entries.first_cut(bottom - origin)
            if cut is not None:
                tops.append(origin + int(cut))
        return min(tops, default=None)

    # Fitting
    def _apply(self, scale: float) -> None:
        h = max(1, self.window().height() if self.window() is not self else self.height())
        base = self.font()
        fonts = {}
        for lbl in self.labels():
            kind = lbl.property("textsize") or "entry"
            key = kind
            if key not in fonts:
                fonts[key] = font_for(base, cap(kind, h, 1.0 if kind in ("kicker", "title")
                                                else scale), bold=kind in ("title", "heading"))
            if lbl.font() != fonts[key]:
                lbl.setFont(fonts[key])
        self.scale = scale

    def fit(self, from_top: bool = True) -> None:
        """The largest scale at which the content fits; at the floor, page through it.
        Within one slide an edit starts from the scale in use (an added note rarely makes
        room, and trying every size on each edit would cost more than the edit)."""
        if not from_top and self.area.pager.isActive() and self.scale == STEPS[-1]:
            return  # paging at the smallest size already: an edit changes neither (a page
            # that fits after a deletion pages harmlessly until the slide changes)
        steps = STEPS if from_top else STEPS[STEPS.index(self.scale):] if self.scale in STEPS \
            else STEPS
        for s in steps:
            self._apply(s)
            self.box.activate()
            if not self.area.overflows():
                self.area.set_paging(False)
                return
        self.area.set_paging(True)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.slide is not None:
            self.fit()
