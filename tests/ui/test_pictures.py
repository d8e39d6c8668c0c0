"""The problem board's card pictures stay within their memory budget."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem

from tillitworkshop.ui.common.pictures import PictureCache, picture_bytes
from tillitworkshop.ui.phases.problems.board_model import GroupRole, NoteRole, VotesRole
from tillitworkshop.ui.phases.problems.board_widgets import PICTURES_BUDGET, ProblemCard


def _pixmap(width: int = 100, height: int = 100) -> QPixmap:
    p = QPixmap(width, height)
    p.fill(QColor("white"))
    return p


def test_the_least_recently_drawn_picture_goes_first(qapp):
    one = picture_bytes(_pixmap())
    assert one == 100 * 100 * 4
    cache = PictureCache(budget=3 * one)
    for key in "abc":
        cache.put(key, _pixmap())
    assert cache.get("a") is not None  # drawn again: now the newest
    cache.put("d", _pixmap())
    assert cache.get("b") is None and all(cache.get(k) is not None for k in "acd")
    assert len(cache) == 3 and cache.held == 3 * one
    cache.put("a", _pixmap(50, 50))  # drawn anew, smaller
    assert cache.held == 2 * one + picture_bytes(_pixmap(50, 50))


def test_one_picture_larger_than_the_budget_is_still_kept(qapp):
    cache = PictureCache(budget=10)
    cache.put("big", _pixmap())
    assert cache.get("big") is not None and len(cache) == 1


def test_a_column_scrolled_through_keeps_its_cards_pictures_within_the_budget(qapp):
    """Drawing 400 different cards (a long day's board scrolled through and edited) keeps
    at most PICTURES_BUDGET bytes of pictures; without the bound a column kept up to 257
    (23 MB at this size)."""
    model = QStandardItemModel()
    for i in range(400):
        item = QStandardItem()
        item.setData(f"Problem {i}: tidstjuvar och detaljstyrning i vardagen", Qt.ItemDataRole.EditRole)
        item.setData(i % 5, VotesRole)
        item.setData(0, GroupRole)
        item.setData(None, NoteRole)
        model.appendRow(item)
    card = ProblemCard(lambda note: "Enhetschefer")
    canvas = _pixmap(176, 130)
    painter = QPainter(canvas)
    option = QStyleOptionViewItem()
    option.rect = QRect(0, 0, 176, 130)
    option.font = QApplication.font()
    option.fontMetrics = painter.fontMetrics()
    for row in range(model.rowCount()):
        card.paint(painter, option, model.index(row, 0))
    painter.end()
    held = card._pictures.held
    assert 0 < held <= PICTURES_BUDGET
    assert len(card._pictures) == PICTURES_BUDGET // (176 * 130 * 4)


def test_the_board_lets_its_cards_pictures_go_when_another_phase_is_shown(demo, qtbot):
    """A hidden board keeps no pictures (the pages built after it take their memory); shown
    again, it draws its cards anew."""
    demo.session.show_phase("problems")
    board = demo.session.pages["problems"]
    cards = [c.view.itemDelegate() for c in board.columns]
    qtbot.waitUntil(lambda: sum(len(c._pictures) for c in cards) > 0)
    demo.session.show_phase("commitments")
    assert sum(len(c._pictures) for c in cards) == 0
    demo.session.show_phase("problems")
    qtbot.waitUntil(lambda: sum(len(c._pictures) for c in cards) > 0)
