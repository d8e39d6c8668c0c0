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
from tillitworkshop.ui.common.pictures import PictureCache
from tillitworkshop.ui.common.steady_list import SteadyListView
from tillitworkshop.ui.common.text_layout import layout_height, wrapped
from tillitworkshop.ui.common.widgets import label, shorten
from tillitworkshop.ui.shell import theme

from .board_model import GroupRole, NoteRole, VotesRole

PAD = 7
CARD_CHARS = 300  # a longer problem shows this much, and the rest when it is chosen
COLUMN_WIDTH = 176  # seven columns share 1,300 px; on a narrower window the board scrolls
SIZES_KEPT = 8192  # card heights remembered, by what they show and their width
# The cards' pictures a column keeps: a screenful of cards on a 2x screen (~360 kB each)
# with room to spare; seven columns together at most 28 MB (ui/common/pictures.py).
PICTURES_BUDGET = 4 * 1024 * 1024


def short_name(name: str) -> str:
    """An obstacle's name up to its first "and" (its head, for a column title of two lines):
    "Detaljstyrning och administrativa tidstjuvar" becomes "Detaljstyrning"."""
    for joint in (" och ", " and "):
        head, found, _rest = name.partition(joint)
        if found and head:
            return head
    return name


class ProblemCard(QStyledItemDelegate):
    """A problem as a sticky note: its whole text (the card grows; a very long one shows
    its first CARD_CHARS characters until chosen), its chain link's full name, its
    principles, its dots and its duplicates."""

    def __init__(self, meta, parent=None) -> None:
        super().__init__(parent)
        self._meta = meta  # Note -> the line under the text (link, principles)
        self._pictures = PictureCache(PICTURES_BUDGET)  # each card as drawn, by what it shows
        self._heights: dict[tuple, int] = {}

    def forget_pictures(self) -> None:
        self._pictures.clear()

    @staticmethod
    def text_width(item_width: int) -> int:
        return item_width - 6 - 2 * PAD

    @staticmethod
    def shown_text(index: AnyIndex, selected: bool) -> str:
        """The whole text when the card is chosen; else its first CARD_CHARS characters."""
        text = index.data(Qt.ItemDataRole.EditRole) or ""
        if selected or len(text) <= CARD_CHARS:
            return text
        return shorten(text, CARD_CHARS)

    def _selected(self, index: AnyIndex) -> bool:
        view = cast(QAbstractItemView | None, self.parent())
        return bool(view is not None and view.selectionModel() is not None
                    and view.selectionModel().isSelected(index))

    def sizeHint(self, option, index: AnyIndex) -> QSize:
        # Asked for every card of a column at each relayout (a problem moved in or out):
        # answered from what the card shows, read from the model directly, and remembered.
        view = cast(QAbstractItemView | None, self.parent())  # the list it draws
        width = max(120, view.viewport().width() if view is not None else 180)
        model = index.model()
        note, group = model.card(index.row()) if hasattr(model, "card") else (None, 0)
        if note is None:
            return QSize(width, 40)
        long = len(note.text) > CARD_CHARS
        key = (note.id, note.text, note.chain_link, note.principles, group, width,
               long and self._selected(index))
        height = self._heights.get(key)
        if height is None:
            if len(self._heights) > SIZES_KEPT:
                self._heights.clear()
            text, meta = self.shown_text(index, key[-1]), self.foot_text(index)
            body, foot, _d = self._layouts(option.font, option.fontMetrics, width, text, meta)
            height = int(PAD + layout_height(body) + 6 + layout_height(foot) + PAD + 8) + 1
            self._heights[key] = height
        return QSize(width, height)

    def foot_text(self, index: AnyIndex) -> str:
        """Its duplicates, the link's full name and the principles, under the text."""
        meta, group = self._meta(index.data(NoteRole)), index.data(GroupRole) or 0
        if group:
            return f"+{group} · {meta}" if meta else f"+{group}"
        return meta

    def _layouts(self, font: QFont, fm, width: int, text: str,
                 meta: str) -> tuple[QTextLayout, QTextLayout, int]:
        """The text, its first lines beside the dot in the top right corner, and the line
        under it at the card's whole width (never cut: "Enhetschefer", not "Enhetsch…")."""
        d = fm.height() + 6
        full = self.text_width(width)
        narrow = full - d - 6
        first = text.split(maxsplit=1)[0] if text.strip() else ""
        # The first lines make room for the dot, unless the first word would then be
        # broken ("Vårdnadsh-avare"): the text then starts under the dot.
        fits = QFontMetricsF(font).horizontalAdvance(first) <= narrow
        body = wrapped(text, font, full, beside=(d + 2, narrow) if fits else (d + 2, 0))
        foot = wrapped(meta, theme.scaled(font, 0.85), full)
        return body, foot, d

    def paint(self, p: QPainter, option, index: AnyIndex) -> None:
        """The card drawn once into a picture, kept until anything it shows changes."""
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        focus = bool(option.state & QStyle.StateFlag.State_HasFocus)
        votes, group = index.data(VotesRole) or 0, index.data(GroupRole) or 0
        text, meta = self.shown_text(index, selected), self.foot_text(index)
        view = cast(QAbstractItemView | None, self.parent())  # the list it draws
        ratio = view.devicePixelRatioF() if view is not None else 1.0
        size = option.rect.size()
        key = (text, meta, votes, group, selected, focus, size.width(), size.height(), ratio,
               option.font.key())
        picture = self._pictures.get(key)
        if picture is None:
            picture = QPixmap(size * ratio)
            picture.setDevicePixelRatio(ratio)
            picture.fill(QColor(theme.CARD))  # the list's own colour: an opaque copy, fast
            painter = QPainter(picture)
            self._draw(painter, QRect(QPoint(0, 0), size), option.font, option.fontMetrics,
                       text, meta, votes, group, selected, focus)
            painter.end()
            self._pictures.put(key, picture)
        p.drawPixmap(option.rect.topLeft(), picture)

    def _draw(self, p: QPainter, rect: QRect, font: QFont, fm, text: str, meta: str, votes: int,
              group: int, selected: bool, focus: bool) -> None:
        p.save()
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = QRectF(rect).adjusted(3, 3, -3, -3)
        p.setPen(QPen(QColor(theme.ACCENT if selected else theme.LINE), 3 if selected else 1))
        p.setBrush(QColor(theme.NOTE_PAPER if not selected else theme.ACCENT_SOFT))
        p.drawRoundedRect(r, 8, 8)
        if group:  # a stack: a second edge under the card
            p.setPen(QPen(QColor(theme.MUTED), 2))
            p.drawLine(int(r.left() + 8), int(r.bottom() + 1), int(r.right() - 8),
                       int(r.bottom() + 1))
        body, foot, d = self._layouts(font, fm, rect.width(), text, meta)
        p.setPen(QColor(theme.INK))
        body.draw(p, QPointF(r.left() + PAD, r.top() + PAD))
        p.setPen(QColor(theme.MUTED))
        foot.draw(p, QPointF(r.left() + PAD, r.top() + PAD + layout_height(body) + 6))
        if votes:  # the dots, as a number in a filled circle: readable from the back row
            dot = QRectF(r.right() - PAD - d + 4, r.top() + PAD - 2, d, d)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(theme.ACCENT))
            p.drawEllipse(dot)
            p.setPen(QColor(theme.WHITE))
            p.setFont(theme.scaled(font, 0.95, bold=True))
            p.drawText(dot, Qt.AlignmentFlag.AlignCenter, str(votes))
        if focus:
            p.setPen(QPen(QColor(theme.ACCENT), 2, Qt.PenStyle.DotLine))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(r.adjusted(3, 3, -3, -3), 6, 6)
        p.restore()


class BoardList(SteadyListView):
    """A card's size changes only with its text or its link and principles, or when a long
    one is chosen: a dot repaints only its card."""

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
        self.setUniformItemSizes(False)  # each card as tall as its text
        # Cards are measured 60 at a time, the rest in the event loop's next turns: a
        # column of 300 problems relayouts (a problem moved in or out) without a pause.
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(60)
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

    def selectionChanged(self, selected, deselected) -> None:  # noqa: N802  (Qt's name)
        super().selectionChanged(selected, deselected)
        # A long problem shows all of itself when chosen, and folds again after.
        delegate = self.itemDelegate()
        for index in [*selected.indexes(), *deselected.indexes()]:
            if len(index.data(Qt.ItemDataRole.EditRole) or "") > CARD_CHARS:
                delegate.sizeHintChanged.emit(index)

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
        box.setContentsMargins(6, 8, 6, 6)
        box.setSpacing(2)
        box.addWidget(self.title)
        box.addWidget(self.count_box)
        box.addWidget(self.view, 1)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        bold = theme.scaled(self.font(), 1.0, bold=True)
        self.title.setFont(fit_words(bold, self.name, self.width() - 22))
