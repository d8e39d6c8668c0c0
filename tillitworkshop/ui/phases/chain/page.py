"""Styrkedjan: walk the governance chain link by link, and mark the five trust relationships.

Left, the chain of the roles present, top to bottom, each link showing how
much has been said there. Right, for the chosen link, the four kinds of note:
governance signals it receives, what creates value, what hinders, and what it
needs from the link above. A second tab holds the trust relationships.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QPainter,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tillitworkshop.content import catalogue
from tillitworkshop.store import notes as note_ops
from tillitworkshop.ui.common.flow import flow_box
from tillitworkshop.ui.common.indexes import AnyIndex
from tillitworkshop.ui.common.keys import with_alternatives
from tillitworkshop.ui.common.note_column import NoteColumn
from tillitworkshop.ui.common.state import SessionState
from tillitworkshop.ui.common.steady_list import SteadyListView
from tillitworkshop.ui.common.widgets import label, shortcut, text_action
from tillitworkshop.ui.shell import theme

from .chain_model import LINK_KINDS, ChainLinkModel, CountsRole, TotalRole
from .relationships import RelationshipPane

GAP = 22  # room under each link for the arrow to the next


class LinkDelegate(QStyledItemDelegate):
    """Draws a link as a card: its name, the number of notes, a bar of notes per kind."""

    def sizeHint(self, option, index) -> QSize:
        h = option.fontMetrics.height()
        return QSize(260, int(h * 2.6) + 14 + GAP)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._cards: dict[tuple, QPixmap] = {}

    def paint(self, painter: QPainter, option, index: AnyIndex) -> None:
        """The card from a cache: a link is repainted with every edit next to it, and
        drawing it anew each time cost more than the edit."""
        counts = index.data(CountsRole) or {}
        last = index.row() == index.model().rowCount() - 1
        ratio = painter.device().devicePixelRatioF()
        key = (index.data(Qt.ItemDataRole.DisplayRole), tuple(sorted(counts.items())), last,
               bool(option.state & QStyle.StateFlag.State_Selected), option.rect.size().toTuple(),
               option.font.pointSizeF(), ratio)
        card = self._cards.get(key)
        if card is None:
            if len(self._cards) > 200:
                self._cards.clear()
            card = QPixmap(option.rect.size() * ratio)
            card.setDevicePixelRatio(ratio)
            card.fill(Qt.GlobalColor.transparent)
            at_origin = QStyleOptionViewItem(option)
            at_origin.rect = QRect(QPoint(0, 0), option.rect.size())
            on_card = QPainter(card)
            self._draw(on_card, at_origin, index)
            on_card.end()
            self._cards[key] = card
        painter.drawPixmap(option.rect.topLeft(), card)

    def _draw(self, painter: QPainter, option, index: AnyIndex) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = QRectF(option.rect).adjusted(4, 2, -4, -GAP)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setPen(QPen(QColor(theme.ACCENT if selected else theme.LINE), 3 if selected else 1))
        painter.setBrush(QColor(theme.ACCENT_SOFT if selected else theme.CARD))
        painter.drawRoundedRect(r, 10, 10)
        font = option.font
        name_font = theme.scaled(font, 1.1, bold=True)
        painter.setFont(name_font)
        painter.setPen(QColor(theme.INK))
        text_rect = r.adjusted(14, 8, -60, -r.height() / 2)
        name = QFontMetrics(name_font).elidedText(index.data(Qt.ItemDataRole.DisplayRole),
                                                  Qt.TextElideMode.ElideRight,
                                                  int(text_rect.width()))
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name)
        total = index.data(TotalRole) or 0
        painter.setFont(theme.scaled(font, 1.3, bold=True))
        painter.setPen(QColor(theme.ACCENT if total else theme.MUTED))
        painter.drawText(r.adjusted(0, 6, -14, -r.height() / 2),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(total))
        self._bar(painter, r, index.data(CountsRole) or {}, total)
        if index.row() < index.model().rowCount() - 1:  # the arrow down to the next link
            painter.setPen(QPen(QColor(theme.MUTED), 2))
            x, y0 = r.center().x(), r.bottom() + 3
            painter.drawLine(int(x), int(y0), int(x), int(y0 + GAP - 6))
            painter.drawLine(int(x - 5), int(y0 + GAP - 11), int(x), int(y0 + GAP - 6))
            painter.drawLine(int(x + 5), int(y0 + GAP - 11), int(x), int(y0 + GAP - 6))
        painter.restore()

    def _bar(self, painter: QPainter, r: QRectF, counts: dict, total: int) -> None:
        """A segment per kind of note, in the legend's order and colour, each with its
        count written in it (not colour alone: readable in greyscale and by everyone)."""
        bar = QRectF(r.left() + 14, r.bottom() - 24, r.width() - 28, 16)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(theme.EMPTY_BAR))
        painter.drawRoundedRect(bar, 4, 4)
        if not total:
            return
        # Each kind at least wide enough for its count; a dozen notes fill the bar.
        small = theme.scaled(painter.font(), 0.8, bold=True)
        fm = QFontMetrics(small)
        painter.setFont(small)
        scale = bar.width() / max(total, 12)
        x = bar.left()
        for kind in LINK_KINDS:
            n = counts.get(kind, 0)
            w = min(max(n * scale, fm.horizontalAdvance(str(n)) + 8), bar.right() - x)
            if n and w > 0:
                segment = QRectF(x, bar.top(), w, bar.height())
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(theme.KIND_COLOURS[kind]))
                painter.drawRect(segment)
                painter.setPen(QColor(theme.WHITE))
                painter.drawText(segment, Qt.AlignmentFlag.AlignCenter, str(n))
                x += w + 1  # a white seam between kinds


class LinksPane(QWidget):
    def __init__(self, state: SessionState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.links = ChainLinkModel(state, self)
        self.chain = SteadyListView(self)  # a link's card keeps its size as its count grows
        self.chain.setObjectName("chain")
        self.chain.setAccessibleName(self.tr("The governance chain"))
        self.chain.setModel(self.links)
        self.chain.setItemDelegate(LinkDelegate(self.chain))
        self.chain.setUniformItemSizes(True)  # a changed count repaints its link, no relayout
        self.chain.setStyleSheet("QListView#chain { background: transparent; border: none; }"
                                 "QListView#chain::item { border: none; padding: 0; }")
        self.chain.setMinimumWidth(340)
        self.chain.setMaximumWidth(400)
        self.heading = label("", "section", self)
        cat, lang = catalogue(), state.lang
        self.legend = flow_box(self, [
            label(f"<span style='color:{theme.KIND_COLOURS[k]}'>■</span> "
                  f"{cat.note_kind(k).name(lang)}", "guidance", self) for k in LINK_KINDS])
        self.legend.setAccessibleName(self.tr("Colours of the bars"))
        hints = {
            "signal": self.tr("Which governance signal does this link receive? Type, Enter"),
            "value": self.tr("What creates value here? Type, Enter"),
            "hinder": self.tr("What hinders here? Type, Enter"),
            "need": self.tr("What does it need from the link above? Type, Enter"),
        }
        self.columns = {
            kind: NoteColumn(state, "chain", kind, cat.note_kind(kind).name(lang), hints[kind],
                             key=f"Alt+{i}", parent=self)
            for i, kind in enumerate(LINK_KINDS, start=1)
        }
        shortcut(self, "Alt+L", self.tr("Go to the links of the chain"), self.chain.setFocus)
        grid = QGridLayout()
        grid.setSpacing(12)
        for i, column in enumerate(self.columns.values()):
            grid.addWidget(column, i // 2, i % 2)
            self._add_link_moves(column)
        right = QVBoxLayout()
        right.addWidget(self.heading)
        right.addLayout(grid, 1)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        left = QVBoxLayout()
        left.addWidget(self.legend)
        left.addWidget(self.chain, 1)
        row.addLayout(left)
        row.addLayout(right, 1)
        self.chain.selectionModel().currentRowChanged.connect(self._link_chosen)
        self.links.modelReset.connect(self._keep_link)
        self._link: str | None = None
        self._keep_link()

    def _add_link_moves(self, column: NoteColumn) -> None:
        for text, key, step in ((self.tr("Move note to the link above"), "Alt+Shift+Up", -1),
                                (self.tr("Move note to the link below"), "Alt+Shift+Down", 1)):
            action = text_action(text, column.view)
            action.setShortcuts(with_alternatives(key))  # Ctrl+Shift+arrow where a desktop
            # takes Alt+Shift+arrow (ui/common/keys.py)
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(lambda _c=False, col=column, s=step: self.move_to_link(col, s))
            column.view.addAction(action)

    def link(self) -> str | None:
        return self._link

    def select_link(self, key: str) -> None:
        row = self.links.row_of(key)
        if row is not None:
            self.chain.selectionModel().setCurrentIndex(
                self.links.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def _keep_link(self) -> None:
        row = self.links.row_of(self._link) if self._link else None
        if row is None and self.links.rowCount():
            row = 0
        if row is not None:
            self.chain.selectionModel().setCurrentIndex(
                self.links.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def _link_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        self._link = self.links.key(current.row())
        self.state.set_focus("chain", self._link)
        self.heading.setText(self.tr("Link: %1").replace(
            "%1", self.state.role_name(self._link)))
        for column in self.columns.values():
            column.set_place({"chain_link": self._link})

    def move_to_link(self, column: NoteColumn, step: int) -> None:
        """Move the current note to the neighbouring link; the chain follows it."""
        row = column.view.currentIndex().row()
        at = self.links.row_of(self._link) if self._link else None
        target = at + step if at is not None else -1
        if row < 0 or not 0 <= target < self.links.rowCount():
            return
        note, link, s = column.model.note(row), self.links.key(target), self.state
        s.do(self.tr("Move note to another link"), lambda: note_ops.move_note(
            s.lib, note.id, note.position, chain_link=link))
        self.select_link(link)
        column._select(note.id)
        column.view.setFocus()


class ChainPage(QWidget):
    PHASE = "chain"

    def __init__(self, state: SessionState, parent: QWidget | None = None):
        super().__init__(parent)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Chain walk-through"))
        self.links = LinksPane(state, self.tabs)
        self.relationships = RelationshipPane(state, self.tabs)
        self.tabs.addTab(self.links, self.tr("Links of the chain"))
        self.tabs.addTab(self.relationships, self.tr("Trust relationships"))
        for i, key in enumerate(("Ctrl+Shift+1", "Ctrl+Shift+2")):
            shortcut(self, key, self.tr("Show: %1").replace("%1", self.tabs.tabText(i)),
                     lambda i=i: self.tabs.setCurrentIndex(i))
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.tabs)
        self.tabs.currentChanged.connect(lambda i: state.set_focus(
            "chain", "relationships" if i == 1 else self.links.link() or ""))

    def focus_first(self) -> None:
        self.links.chain.setFocus()

    def regions(self) -> list:
        """For F6 (ui/shell/regions.py); the tab not shown is passed over."""
        pane = self.relationships
        return [self.tabs.tabBar(), self.links.chain, *self.links.columns.values(), pane.list,
                (*pane.buttons.buttons(), pane.clear), pane.notes]

    def reveal(self, note) -> QWidget | None:
        """Show ``note`` selected: its link (or relationship) chosen, in its list."""
        column: NoteColumn | None
        if note.kind == "relationship":
            pane = self.relationships
            row = next((r for r in range(pane.model.rowCount())
                        if pane.model.key(r) == note.relationship), None)
            if row is None:
                return None
            self.tabs.setCurrentWidget(pane)
            pane.list.selectionModel().setCurrentIndex(
                pane.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect)
            column = pane.notes
        else:
            column = self.links.columns.get(note.kind)
            if column is None or self.links.links.row_of(note.chain_link) is None:
                return None  # e.g. a link no longer on the roster's chain
            self.tabs.setCurrentWidget(self.links)
            self.links.select_link(note.chain_link)
        column._select(note.id, scroll=True)
        return column.view
