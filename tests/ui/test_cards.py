"""Cards show what was said: a problem's whole text (a very long one folded until chosen),
its chain link's full name, its principles and its dots; column titles and counts whole;
the chain's bars counted and named, not told by colour alone."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem

from tillitworkshop.store import notes as note_ops
from tillitworkshop.ui.common.text_layout import wrapped
from tillitworkshop.ui.common.widgets import number
from tillitworkshop.ui.phases.problems.board_widgets import CARD_CHARS


def board(window):
    window.session.show_phase("problems")
    QApplication.processEvents()
    return window.session.pages["problems"]


def card_height(p, column: int, row: int) -> int:
    view = p.columns[column].view
    option = QStyleOptionViewItem()
    option.initFrom(view)
    return view.itemDelegate().sizeHint(option, p.models[column].index(row)).height()


def add(window, text: str, obstacle: str = "detaljstyrning", **fields) -> str:
    s = window.session.state
    return s.do("add", lambda: note_ops.add_note(s.lib, s.id, "problems", "problem", text,
                                                 obstacle=obstacle, **fields)).ids[0]


def test_a_card_grows_with_its_text_and_shows_all_of_it(fresh):
    p = board(fresh)
    short = add(fresh, "Tre system")
    long = add(fresh, "Lärare sköter rastvakt, lunchvakt och busskontroll i stället för att "
                      "planera sina lektioner, och ingen vet vem som har bestämt det. " * 2)
    model = p.models[3]
    a, b = model.row_of(short), model.row_of(long)
    assert card_height(p, 3, b) > card_height(p, 3, a)
    delegate = p.columns[3].view.itemDelegate()
    assert delegate.shown_text(model.index(b), False) == fresh.session.state.notes[long].text


def test_a_10000_character_problem_shows_300_and_the_rest_when_chosen(fresh):
    p = board(fresh)
    text = ("Ordet " * 2000)[:10_000]
    nid = add(fresh, text)
    model, view = p.models[3], p.columns[3].view
    delegate = view.itemDelegate()
    index = model.index(model.row_of(nid))
    folded = delegate.shown_text(index, False)
    assert folded.startswith(text[:CARD_CHARS].rstrip()) and folded.endswith(
        f"(+{number(10_000 - CARD_CHARS)})")
    before = card_height(p, 3, index.row())
    view.selectionModel().select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    assert delegate.shown_text(index, True) == text
    assert card_height(p, 3, index.row()) > 5 * before


def test_a_card_names_its_link_in_full_and_its_principles(fresh):
    p = board(fresh)
    nid = add(fresh, "Blanketter", chain_link="enhetschef")
    s = fresh.session.state
    s.do("link", lambda: note_ops.update_note(s.lib, nid, principles=["tillit", "stod"]))
    model, view = p.models[3], p.columns[3].view
    delegate = view.itemDelegate()
    foot = delegate.foot_text(model.index(model.row_of(nid)))
    assert foot == "Enhetschefer · Tillit · Stöd" or foot == "Unit managers · Trust · Support"
    # Wrapped, never cut: every character of it is on some line of the card.
    layout = wrapped(foot, view.font(), delegate.text_width(view.viewport().width()))
    assert sum(layout.lineAt(i).textLength() for i in range(layout.lineCount())) == len(foot)


def test_column_titles_are_short_with_the_full_name_in_the_tooltip_and_counts_whole(demo):
    p = board(demo)
    for column in p.columns:
        column.count.setText("19 problems · 19 dots")
    QApplication.processEvents()
    title = p.columns[3].title
    assert "Detaljstyrning" in title.text() or "Micromanagement" in title.text()
    assert "tidstjuvar" not in title.text() and "time thieves" not in title.text()
    assert title.toolTip() in ("Detaljstyrning och administrativa tidstjuvar",
                               "Micromanagement and administrative time thieves")
    for column in p.columns:  # two lines at most, each as wide as the column allows
        label = column.count
        assert label.heightForWidth(label.width()) <= column.count_box.height(), column.name
        longest = max(label.text().split(" · "), key=QFontMetrics(label.font()).horizontalAdvance)
        assert QFontMetrics(label.font()).horizontalAdvance(longest) <= label.width()


def test_the_chain_bars_are_named_and_counted(demo):
    demo.session.show_phase("chain")
    pane = demo.session.pages["chain"].links
    assert len(pane.legend.findChildren(type(pane.heading))) == 4
    tip = pane.links.index(0).data(Qt.ItemDataRole.ToolTipRole)
    lines = tip.splitlines()
    assert len(lines) == 4 and all(line.rsplit(": ", 1)[1].isdigit() for line in lines)
