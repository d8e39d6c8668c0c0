"""Styrkedjan: the chain of roles present, notes of four kinds per link, trust relationships."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tillitworkshop.store import participants
from tillitworkshop.store.read import load_workshop
from tillitworkshop.ui.phases.chain.chain_model import CountsRole, TotalRole


def links(window):
    window.session.show_phase("chain")
    return window.session.pages["chain"].links


def test_chain_shows_the_roles_present_top_to_bottom(demo):
    """Only the chain links present on the roster, politics first, citizens last."""
    pane = links(demo)
    keys = [pane.links.key(r) for r in range(pane.links.rowCount())]
    assert keys == ["politik", "tjansteledning", "forvaltningschef", "enhetschef",
                    "medarbetare", "medborgare"]
    assert pane.heading.text() == "Link: Politisk ledning"


def test_an_empty_roster_shows_the_whole_chain_and_follows_the_roster(fresh):
    """With nobody yet every link is shown; once people are added, only their links."""
    pane = links(fresh)
    assert pane.links.rowCount() == 6
    state = fresh.session.state
    state.do("add", lambda: participants.add_participant(state.lib, state.id, "Eva", "enhetschef"))
    assert [pane.links.key(r) for r in range(pane.links.rowCount())] == ["enhetschef"]


def test_notes_of_each_kind_on_a_link_and_the_counts(fresh, qtbot):
    """Alt+1..4 reach the four kinds; each note lands on the chosen link; the chain counts them."""
    pane = links(fresh)
    pane.select_link("enhetschef")
    for number, kind in enumerate(("signal", "value", "hinder", "need"), start=1):
        qtbot.keyClick(fresh, getattr(Qt.Key, f"Key_{number}"), Qt.KeyboardModifier.AltModifier)
        column = pane.columns[kind]
        assert column.input.hasFocus()
        qtbot.keyClicks(column.input, f"{kind} note")
        qtbot.keyClick(column.input, Qt.Key.Key_Return)
    stored = load_workshop(fresh.lib, fresh.session.state.id).notes
    assert {(n.kind, n.chain_link) for n in stored} == {
        (k, "enhetschef") for k in ("signal", "value", "hinder", "need")}
    assert next(n for n in stored if n.kind == "signal").signal == "lagar_och_regler"
    row = pane.links.index(pane.links.row_of("enhetschef"))
    assert row.data(TotalRole) == 4 and row.data(CountsRole)["need"] == 1
    pane.select_link("medarbetare")
    assert all(c.model.rowCount() == 0 for c in pane.columns.values())


def test_choose_a_link_with_the_arrow_keys(fresh, qtbot):
    """Alt+L goes to the chain; Down moves to the next link and its notes."""
    pane = links(fresh)
    qtbot.keyClick(fresh, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    assert pane.chain.hasFocus()
    qtbot.keyClick(pane.chain, Qt.Key.Key_Down)
    assert pane.link() == "tjansteledning"


def test_signal_kind_is_chosen_per_note(fresh):
    """The signal combo says which governance signal the note is about."""
    column = links(fresh).columns["signal"]
    column.signal.setCurrentIndex(column.signal.findData("ekonomistyrning"))
    column.input.setText("Budget per elev")
    nid = column.add()
    assert fresh.session.state.notes[nid].signal == "ekonomistyrning"
    assert column.model.index(0).data().startswith("Ekonomistyrning: ")


def test_move_a_note_to_the_link_below_and_undo(fresh, qtbot):
    """Alt+Shift+Down moves the note to the next link (the chain follows); undo moves it back."""
    pane = links(fresh)
    column = pane.columns["hinder"]
    column.input.setText("Detaljstyrning")
    nid = column.add()
    column.view.setFocus()
    qtbot.keyClick(column.view, Qt.Key.Key_Down,
                   Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier)
    assert fresh.session.state.notes[nid].chain_link == "tjansteledning"
    assert pane.link() == "tjansteledning" and column.model.rowCount() == 1
    fresh.undo_action.trigger()
    assert fresh.session.state.notes[nid].chain_link == "politik"


def test_trust_relationship_mark_and_note_with_undo(fresh, qtbot):
    """Each relationship takes a 1–5 trust mark and notes; both undo."""
    fresh.session.show_phase("chain")
    page = fresh.session.pages["chain"]
    qtbot.keyClick(fresh, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    pane = page.relationships
    assert page.tabs.currentWidget() is pane
    pane.list.setCurrentIndex(pane.model.index(2))
    assert pane.key == "forvaltning_medborgare"
    qtbot.mouseClick(pane.buttons.button(4), Qt.MouseButton.LeftButton)
    marks = load_workshop(fresh.lib, fresh.session.state.id).relationship_marks
    assert [(m.relationship, m.strength) for m in marks] == [("forvaltning_medborgare", 4)]
    assert "●●●●○" in pane.model.index(2).data()
    pane.notes.input.setText("Förtroende byggs i vardagen")
    nid = pane.notes.add()
    assert fresh.session.state.notes[nid].relationship == "forvaltning_medborgare"
    fresh.undo_action.trigger()
    fresh.undo_action.trigger()
    assert fresh.session.state.workshop.relationship_marks == []
    assert not pane.buttons.button(4).isChecked()
