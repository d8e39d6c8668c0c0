"""Principkort: the deck, reflections per card, the card shown large, the rating grid by
keyboard, and the gap view between the chain's levels."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from tillitworkshop.store import ratings
from tillitworkshop.store.read import load_workshop
from tillitworkshop.ui.phases.principles.gap_view import GAP_INK, compute
from tillitworkshop.ui.phases.principles.rating_grid import BY_PARTICIPANT, RatingModel


def page(window):
    window.session.show_phase("principles")
    return window.session.pages["principles"]


def deck(p):
    return [p.cards.deck.item(i).text() for i in range(p.cards.deck.count())]


def test_seven_cards_and_the_optional_eighth(fresh):
    """Seven cards in Swedish; switching on Långsiktighet adds the eighth, and undo removes it."""
    p = page(fresh)
    assert deck(p) == ["1   Tillit", "2   Medborgarfokus", "3   Helhetssyn",
                       "4   Handlingsutrymme", "5   Stöd", "6   Kunskap", "7   Öppenhet"]
    p.cards.long_term.click()
    assert deck(p)[-1] == "8   Långsiktighet"
    assert load_workshop(fresh.lib, fresh.session.state.id).long_term_card
    fresh.undo_action.trigger()
    assert len(deck(p)) == 7 and not p.cards.long_term.isChecked()


def test_the_deck_rows_have_the_style_sheets_padding(fresh):
    """The deck lays out its rows as the page is built (it turns to the first card): they
    must be placed with the style sheet's item padding, not the bare style's tight rows
    (which the padded rows then overlapped)."""
    p = page(fresh)
    view = p.cards.deck
    rows = [view.visualRect(view.model().index(i, 0)) for i in range(view.count())]
    assert rows[0].height() >= view.fontMetrics().height() + 12  # padding 6 px above and below
    assert all(b.top() == a.top() + a.height() for a, b in pairwise(rows))


def test_card_shows_the_sou_text_and_questions(fresh, qtbot):
    """Alt+Right steps to the next card; the card shows its sentence and its questions."""
    p = page(fresh)
    qtbot.keyClick(p.cards.deck, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert p.cards.current() == "medborgarfokus"
    assert p.cards.card.name.text() == "Medborgarfokus"
    assert p.cards.card.description.text().strip()
    assert p.cards.card.questions.text().count("•") >= 2


def test_reflection_is_placed_on_the_current_card(fresh, qtbot):
    """A reflection typed on card 4 is stored on Handlingsutrymme, shown only there, undoable."""
    p = page(fresh)
    p.cards.deck.setCurrentRow(3)
    column = p.cards.reflection
    qtbot.keyClicks(column.input, "Mandate is unclear")
    qtbot.keyClick(column.input, Qt.Key.Key_Return)
    note = fresh.session.state.workshop.notes[0]
    assert (note.phase, note.kind, note.principle) == ("principles", "reflection",
                                                       "handlingsutrymme")
    p.cards.deck.setCurrentRow(0)
    assert column.model.rowCount() == 0
    p.cards.deck.setCurrentRow(3)
    assert column.model.rowCount() == 1
    fresh.undo_action.trigger()
    assert column.model.rowCount() == 0


def test_card_shown_large_and_stepped_by_keyboard(fresh, qtbot):
    """Ctrl+L shows the card over the whole window; Right steps on, Esc returns."""
    p = page(fresh)
    qtbot.keyClick(p.cards.deck, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    large = p.large
    assert large.isVisible() and large.geometry() == fresh.rect()
    assert large.card.name.text() == "Tillit"
    qtbot.keyClick(large, Qt.Key.Key_Right)
    assert large.card.name.text() == "Medborgarfokus" and p.cards.current() == "medborgarfokus"
    qtbot.keyClick(large, Qt.Key.Key_Escape)
    assert not large.isVisible()


def test_rating_grid_by_keyboard(fresh, qtbot):
    """By role: typing 3 4 5 rates three principles and moves on; Delete clears; undo restores."""
    p = page(fresh)
    p.tabs.setCurrentWidget(p.ratings)
    table, model = p.ratings.table, p.ratings.model
    table.setFocus()
    table.setCurrentIndex(model.index(0, 0))
    for key in (Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_5):
        qtbot.keyClick(table, key)
    assert [model.value(0, c) for c in range(3)] == [3, 4, 5]
    assert (table.currentIndex().row(), table.currentIndex().column()) == (0, 3)
    stored = {(r.role, r.principle): r.value
              for r in load_workshop(fresh.lib, fresh.session.state.id).ratings}
    assert stored == {("politik", "tillit"): 3, ("politik", "medborgarfokus"): 4,
                      ("politik", "helhetssyn"): 5}
    table.setCurrentIndex(model.index(0, 1))
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert model.value(0, 1) is None
    fresh.undo_action.trigger()
    assert model.value(0, 1) == 4
    qtbot.keyClick(table, Qt.Key.Key_9)  # out of range: nothing happens
    assert model.value(0, 1) == 4


def test_rating_by_participant(demo, qtbot):
    """In participant mode a digit changes that participant's rating, carrying their role."""
    p = page(demo)
    ratings_pane = p.ratings
    assert ratings_pane.model.mode == BY_PARTICIPANT
    first = demo.session.state.workshop.participants[0]
    ratings_pane.table.setCurrentIndex(ratings_pane.model.index(0, 3))
    qtbot.keyClick(ratings_pane.table, Qt.Key.Key_1)
    mine = [r for r in load_workshop(demo.lib, demo.session.state.id).ratings
            if r.participant_id == first.id and r.principle == "handlingsutrymme"]
    assert [(r.value, r.role) for r in mine] == [(1, first.role)]


def test_gap_view_highlights_a_spread_of_two(fresh):
    """Politicians at 5 and employees at 2 on Handlingsutrymme: that column is the gap."""
    state = fresh.session.state
    for role, value in (("politik", 5), ("medarbetare", 2), ("facklig", 1)):
        state.do("rate", lambda r=role, v=value: ratings.rate(
            state.lib, state.id, "handlingsutrymme", v, role=r))
    state.do("rate", lambda: ratings.rate(state.lib, state.id, "tillit", 3, role="politik"))
    state.do("rate", lambda: ratings.rate(state.lib, state.id, "tillit", 2, role="medarbetare"))
    p = page(fresh)
    gaps = p.gap.gaps
    assert gaps.roles == ("politik", "medarbetare", "facklig")
    assert gaps.spread("handlingsutrymme") == 3.0  # between the chain's levels only
    assert gaps.wide() == ["handlingsutrymme"]
    assert "Handlingsutrymme: spread 3.0" in p.gap_text.text()
    p.tabs.setCurrentIndex(2)
    image = p.gap.grab().toImage()
    red = QColor(GAP_INK).rgb()
    assert any(image.pixel(x, y) == red for x in range(0, image.width(), 2)
               for y in range(0, image.height(), 4))  # the outline is drawn
    fresh.undo_action.trigger()
    fresh.undo_action.trigger()
    assert compute(state.workshop).spread("tillit") is None


def test_rating_model(qtmodeltester, demo):
    """The rating grid is a well-behaved model in both modes."""
    model = RatingModel(demo.session.state)
    qtmodeltester.check(model)
    model.set_mode("role")
    qtmodeltester.check(model)
