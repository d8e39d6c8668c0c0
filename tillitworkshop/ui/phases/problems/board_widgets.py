"""The problem board's pieces: a column (header and list), the card drawn for a problem.

A column's list takes the board's keys: Left/Right go to the neighbouring
column, + and − add or remove a dot, digits 1–8 link or unlink a principle.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QFontMetricsF,
    QKeyEvent,
    QPainter,
    QPen,
    QPixmap,
    QTextLayout,
    QTextLine,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QListView,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from tillitworkshop.ui.common.indexes import AnyIndex
from tillitworkshop.ui.common.steady_list import SteadyListView
from tillitworkshop.ui.common.widgets import label
from tillitworkshop.ui.shell import theme

from .board_model import GroupRole, NoteRole, VotesRole

PAD = 10
LINES = 4  # every card the same height: a tidy board, and a list that lays out in O(1)
COLUMN_WIDTH = 136  # seven columns share 1,000 px (1366 wide); narrower, the board scrolls


def short_name(name: str) -> str:
    """An obstacle's name up to its first "and" (its head, for a column title of two lines):
    "Detaljstyrning och administrativa tidstjuvar" becomes "Detaljstyrning"."""
    for joint in (" och ", " and "):
        head, found, _rest = name.partition(joint)
        if found and head:
            return head
    return name


class ProblemCard(QStyledItemDelegate):
    """A problem as a sticky note: its text, its dots, its duplicates, link and principles."""

    def __init__(self, meta, parent=None) -> None:
        super().__init__(parent)
        self._meta = meta  # Note -> the small line under the text (link, principles)
        self._pictures: dict[tuple, QPixmap] = {}  # each card as last drawn, by what it shows

    @staticmethod
    def text_width(item_width: int) -> int:
        return item_width - 6 - 2 * (PAD + 4)

    def sizeHint(self, option, index: AnyIndex) -> QSize:
        view = cast(QAbstractItemView | None, self.parent())  # the list it draws
        width = max(120, view.viewport().width() if view is not None else 180)
        return QSize(width, (LINES + 1) * option.fontMetrics.lineSpacing() + 3 * PAD + 8)

    @staticmethod
    def draw_lines(p: QPainter, rect: QRectF, text: str, font) -> None:
        """At most ``LINES`` wrapped lines; the last one ends in … when the text goes on."""
        layout = QTextLayout(text, font)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        layout.beginLayout()
        lines: list[QTextLine] = []
        y = 0.0
        while len(lines) < LINES:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(rect.width())
            line.setPosition(QPointF(0, y))
            y += line.height()
            lines.append(line)
        layout.endLayout()
        for i, line in enumerate(lines):
            end = line.textStart() + line.textLength()
            if i == len(lines) - 1 and end < len(text):
                fm = QFontMetricsF(font)
                rest = text[line.textStart():].replace("\n", " ")
                p.drawText(QPointF(rect.left(), rect.top() + line.y() + fm.ascent()),
                           fm.elidedText(rest, Qt.TextElideMode.ElideRight, rect.width()))
            else:
                line.draw(p, rect.topLeft())

    def paint(self, p: QPainter, option, index: AnyIndex) -> None:
        """The card drawn once into a picture, kept until anything it shows changes."""
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        focus = bool(option.state & QStyle.StateFlag.State_HasFocus)
        votes, group = index.data(VotesRole) or 0, index.data(GroupRole) or 0
        text, meta = index.data() or "", self._meta(index.data(NoteRole))
        view = cast(QAbstractItemView | None, self.parent())  # the list it draws
        ratio = view.devicePixelRatioF() if view is not None else 1.0
        size = option.rect.size()
        key = (text, meta, votes, group, selected, focus, size.width(), size.height(), ratio,
               option.font.key())
        picture = self._pictures.get(key)
        if picture is None:
            if len(self._pictures) > 256:  # a few screens of cards (~90 kB each at 1x)
                self._pictures.clear()
            picture = QPixmap(size * ratio)
            picture.setDevicePixelRatio(ratio)
            picture.fill(QColor(theme.CARD))  # the list's own colour: an opaque copy, fast
            painter = QPainter(picture)
            self._draw(painter, QRect(QPoint(0, 0), size), option.font, option.fontMetrics,
                       text, meta, votes, group, selected, focus)
            painter.end()
            self._pictures[key] = picture
        p.drawPixmap(option.rect.topLeft(), picture)

    def _draw(self, p: QPainter, rect: QRect, font: QFont, fm, text: str, meta: str, votes: int,
              group: int, selected: bool, focus: bool) -> None:
        p.save()
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = QRectF(rect).adjusted(3, 3, -3, -3)
        p.setPen(QPen(QColor(theme.ACCENT if selected else theme.LINE), 3 if selected else 1))
        p.setBrush(QColor("#fff8db" if not selected else theme.ACCENT_SOFT))
        p.drawRoundedRect(r, 8, 8)
        if group:  # a stack: a second edge under the card
            p.setPen(QPen(QColor(theme.MUTED), 2))
            p.drawLine(int(r.left() + 8), int(r.bottom() + 2), int(r.right() - 8),
                       int(r.bottom() + 2))
        text_rect = QRectF(r.left() + PAD + 4, r.top() + PAD, self.text_width(rect.width()), 0)
        text_rect.setBottom(r.bottom() - fm.height() - PAD)
        p.setPen(QColor(theme.INK))
        p.setFont(font)
        self.draw_lines(p, text_rect, text, font)
        foot = QRectF(r.left() + PAD + 4, r.bottom() - fm.height() - PAD + 4,
                      r.width() - 2 * PAD - 8, fm.height())
        small = theme.scaled(font, 0.85)
        p.setFont(small)
        p.setPen(QColor(theme.MUTED))
        if group:
            meta = f"+{group} · {meta}" if meta else f"+{group}"
        p.drawText(foot, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                   p.fontMetrics().elidedText(meta, Qt.TextElideMode.ElideRight,
                                              int(foot.width() - 54)))
        if votes:  # the dots, as a number in a filled circle: readable from the back row
            d = fm.height() + 6
            dot = QRectF(r.right() - d - 6, r.bottom() - d - 6, d, d)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(theme.ACCENT))
            p.drawEllipse(dot)
            p.setPen(QColor("#ffffff"))
            p.setFont(theme.scaled(font, 0.95, bold=True))
            p.drawText(dot, Qt.AlignmentFlag.AlignCenter, str(votes))
        if focus:
            p.setPen(QPen(QColor(theme.ACCENT), 2, Qt.PenStyle.DotLine))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(r.adjusted(3, 3, -3, -3), 6, 6)
        p.restore()


class BoardList(SteadyListView):
    """Every card keeps its size (``LINES``): a changed card (a dot) repaints only itself."""

    neighbour = Signal(int)  # -1 left, +1 right
    vote = Signal(int)
    toggle_principle = Signal(int)  # 0-based

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDropIndicatorShown(True)
        self.setWordWrap(True)
        self.setUniformItemSizes(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # The card's own colour, not transparent: an opaque list repaints itself alone, not
        # the column's rounded frame behind it as well.
        self.setStyleSheet(
            f"QListView {{ background: {theme.CARD}; border: none; }}"
            "QListView::item { border: none; padding: 0; }"
            "QScrollBar:vertical { width: 10px; background: transparent; margin: 0; }"
            f"QScrollBar::handle:vertical {{ background: {theme.LINE}; border-radius: 5px;"
            " min-height: 30px; }"
            "QScrollBar::add-line, QScrollBar::sub-line { height: 0; }"
            "QScrollBar::add-page, QScrollBar::sub-page { background: transparent; }")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        key, text = event.key(), event.text()
        if mods in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
            if key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and mods == Qt.KeyboardModifier.NoModifier:
                self.neighbour.emit(-1 if key == Qt.Key.Key_Left else 1)
                return
            if text in ("+", "="):
                self.vote.emit(1)
                return
            if text == "-":
                self.vote.emit(-1)
                return
            if text.isdigit() and text != "0":
                self.toggle_principle.emit(int(text) - 1)
                return
        super().keyPressEvent(event)


def fit_words(font: QFont, text: str, width: int) -> QFont:
    """The font, smaller (to 75 %) until the longest word of ``text`` fits ``width``."""
    f, floor = QFont(font), font.pointSizeF() * 0.75
    longest = max(text.split(), key=len, default="")
    while f.pointSizeF() > floor and QFontMetrics(f).horizontalAdvance(longest) > width:
        f.setPointSizeF(f.pointSizeF() - 0.5)
    return f


class LabelHolder(QWidget):
    """A label whose text changes often, in a box of a steady size and no layout.

    A label's new text asks its parent's layout to recompute, and that request climbs to
    the window and repaints every column title; a parent without a layout ends it here.
    """

    def __init__(self, child: QLabel, parent: QWidget | None = None, lines: int = 1):
        super().__init__(parent)
        self.label = child
        child.setParent(self)
        child.ensurePolished()  # its role's font decides its height
        child.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.setFixedHeight(child.fontMetrics().lineSpacing() * lines + 4)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.label.setGeometry(self.rect())


class BoardColumn(QFrame):
    """One obstacle: its name, how many problems and dots, and the problems."""

    def __init__(self, title: str, number: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setProperty("role", "card")
        self.setMinimumWidth(COLUMN_WIDTH)
        self.name = short_name(title)
        self.title = label(f"<span style='color:{theme.MUTED}'>{number}</span>  {self.name}",
                           "", self, wrap=True)
        self.title.setToolTip(title)  # the whole name; the title shows its head
        self.setToolTip(title)
        self.title.setFont(theme.scaled(self.font(), 1.0, bold=True))
        self.title.setFixedHeight(int(self.title.fontMetrics().lineSpacing() * 2 + 4))
        self.title.setMinimumWidth(60)
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.title.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        # Text that changes with every vote must not move the columns (a full repaint): the
        # count sits in a holder without a layout, so its new text relayouts nothing above it.
        self.count_box = LabelHolder(label("", "subtitle", wrap=True), self, lines=2)
        self.count = self.count_box.label
        self.view = BoardList(self)
        self.view.setAccessibleName(title)
        box = QVBoxLayout(self)
        box.setContentsMargins(8, 8, 8, 8)
        box.setSpacing(2)
        box.addWidget(self.title)
        box.addWidget(self.count_box)
        box.addWidget(self.view, 1)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        bold = theme.scaled(self.font(), 1.0, bold=True)
        self.title.setFont(fit_words(bold, self.name, self.width() - 22))
