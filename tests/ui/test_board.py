"""Problemkartläggning: capture, place by keyboard and by drop, group, dot votes within a
budget, sort, filter by link, link principles; each edit one undo step."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtTest import QTest

from tillitworkshop.store import participants, room
from tillitworkshop.store.read import load_workshop
from tillitworkshop.ui.phases.problems.board_model import BoardColumnModel, BoardIndex


def page(window):
    window.session.show_phase("problems")
    return window.session.pages["problems"]


def add(p, text, obstacle="", link=None):
    p.bar.obstacle.setCurrentIndex(p.bar.obstacle.findData(obstacle))
    p.bar.link.setCurrentIndex(p.bar.link.findData(link))
    p.bar.input.setText(text)
    return p.bar.add()


def texts(p, i):
    return [p.models[i].note(r).text for r in range(p.models[i].rowCount())]


def test_type_a_problem_onto_an_obstacle(fresh, qtbot):
    """Typed with å ä ö and Enter, a problem lands in the chosen obstacle's column, stored."""
    p = page(fresh)
    assert p.bar.input.hasFocus()
    p.bar.obstacle.setCurrentIndex(3)  # detaljstyrning
    for ch in "Tre system för samma sak":
        QTest.sendKeyEvent(QTest.KeyAction.Click, p.bar.input, Qt.Key.Key_unknown, ch,
                           Qt.KeyboardModifier.NoModifier)
    qtbot.keyClick(p.bar.input, Qt.Key.Key_Return)
    assert texts(p, 3) == ["Tre system för samma sak"]
    stored = load_workshop(fresh.lib, fresh.session.state.id).notes_in("problems", "problem")
    assert [n.obstacle for n in stored] == ["detaljstyrning"]
    assert p.columns[3].count.text().startswith("1 problems")


def test_move_between_obstacles_by_keyboard(fresh, qtbot):
    """Ctrl+Right moves the chosen problem one obstacle on; Left/Right move the focus; undo."""
    p = page(fresh)
    nid = add(p, "Forms")
    view = p.columns[0].view
    assert view.hasFocus() is False
    p.select(nid)
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert fresh.session.state.notes[nid].obstacle == "medborgarfokus"
    assert p.columns[1].view.hasFocus() and texts(p, 1) == ["Forms"]
    qtbot.keyClick(p.columns[1].view, Qt.Key.Key_Right)
    assert p.columns[2].view.hasFocus()
    fresh.undo_action.trigger()
    assert texts(p, 0) == ["Forms"] and texts(p, 1) == []


def test_drop_onto_a_column_moves_and_onto_a_problem_groups(fresh):
    """Dragging onto another column places the problem there; onto a problem groups it."""
    p = page(fresh)
    a, b = add(p, "A", "ledarskap"), add(p, "B")
    source, target = p.models[0], p.models[4]
    data = source.mimeData([source.index(0)])
    target.dropMimeData(data, Qt.DropAction.MoveAction, -1, 0, QModelIndex())
    assert texts(p, 4) == ["A", "B"] and texts(p, 0) == []
    data = target.mimeData([target.index(1)])
    target.dropMimeData(data, Qt.DropAction.MoveAction, -1, 0, target.index(0))
    assert texts(p, 4) == ["A"] and fresh.session.state.notes[b].group_id == a
    assert target.index(0).data(Qt.ItemDataRole.UserRole + 3) == 1


def test_group_and_ungroup_duplicates(fresh, qtbot):
    """Ctrl+G folds selected duplicates under the most-voted; Ctrl+Shift+G and undo split them."""
    p = page(fresh)
    ids = [add(p, t, "oppenhet") for t in ("X", "X again", "Y")]
    p.select(ids[1])
    qtbot.keyClick(p.columns[6].view, Qt.Key.Key_Plus)
    view = p.columns[6].view
    view.selectionModel().select(p.models[6].index(0), QItemSelectionModel.SelectionFlag.Select)
    qtbot.keyClick(view, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assert texts(p, 6) == ["X again", "Y"]
    assert fresh.session.state.notes[ids[0]].group_id == ids[1]
    assert p.detail.split.isEnabled() and "+1" in p.detail.split.text()
    qtbot.keyClick(view, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert texts(p, 6) == ["X", "X again", "Y"]
    fresh.undo_action.trigger()
    assert texts(p, 6) == ["X again", "Y"]
    fresh.undo_action.trigger()
    assert texts(p, 6) == ["X", "X again", "Y"]


def test_deleting_a_group_frees_its_duplicates(fresh, qtbot):
    """Delete on a group's leader removes it and shows its duplicates again; undo restores."""
    p = page(fresh)
    a, b = add(p, "A", "oppenhet"), add(p, "B", "oppenhet")
    p.group_under(a, [a, b])
    p.select(a)
    qtbot.keyClick(p.columns[6].view, Qt.Key.Key_Delete)
    assert texts(p, 6) == ["B"]
    fresh.undo_action.trigger()
    assert texts(p, 6) == ["A"]


def test_dot_votes_within_the_budget(fresh, qtbot):
    """+ adds a dot, − takes one back; past the budget a hint, not a dot; undo takes it back."""
    p = page(fresh)
    nid = add(p, "A")
    p.select(nid)
    view = p.columns[0].view
    assert fresh.session.state.workshop.vote_budget == 3  # nobody on the roster: for the room
    for _ in range(4):
        qtbot.keyClick(view, Qt.Key.Key_Plus)
    assert fresh.session.state.notes[nid].votes == 3
    assert p.bar.hint.isVisible() and "Every dot is used" in p.bar.hint.text()
    assert p.bar.used.text() == "3 of 3 dots used"
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert fresh.session.state.notes[nid].votes == 2
    fresh.undo_action.trigger()
    assert fresh.session.state.notes[nid].votes == 3
    p.bar.budget.setValue(5)
    assert load_workshop(fresh.lib, fresh.session.state.id).vote_budget == 5
    fresh.undo_action.trigger()
    assert p.bar.budget.value() == 3


def test_undoing_my_dot_keeps_the_dots_phones_placed_since(fresh, qtbot):
    """The window's undo of the facilitator's dot leaves the phones' dots (issue 23)."""
    p = page(fresh)
    state = fresh.session.state
    nid = add(p, "A")
    p.select(nid)
    qtbot.keyClick(p.columns[0].view, Qt.Key.Key_Plus)
    for cid in ("v1", "v2"):
        state.apply(room.submit_vote(fresh.lib, state.id, "phone", cid, nid, 1).change)
    assert state.notes[nid].votes == 3
    fresh.undo_action.trigger()
    assert state.notes[nid].votes == 2
    fresh.redo_action.trigger()
    assert state.notes[nid].votes == 3


def test_budget_per_participant_or_for_the_room(fresh, qtbot):
    """The budget counts per participant on the roster, or once for the room when chosen."""
    p = page(fresh)
    state = fresh.session.state
    for name in ("Ann", "Bo"):
        state.do("Add", lambda n=name: participants.add_participant(
            fresh.lib, state.id, n, "medarbetare"))
    p.bar.show_budget(0)
    assert p.bar.used.text() == "0 of 6 dots used"
    p.bar.mode.setCurrentIndex(p.bar.mode.findData("session"))
    p.bar.mode.activated.emit(p.bar.mode.currentIndex())
    assert load_workshop(fresh.lib, state.id).vote_mode == "session"
    p.bar.show_budget(0)
    assert p.bar.used.text() == "0 of 3 dots used"
    fresh.undo_action.trigger()
    assert load_workshop(fresh.lib, state.id).vote_mode == "participant"
    assert p.bar.mode.currentData() == "participant"


def test_sort_by_dots_and_filter_by_link(fresh, qtbot):
    """Ctrl+Shift+S orders each column by dots; the link filter shows one link's problems."""
    p = page(fresh)
    a = add(p, "A", "", "politik")
    b = add(p, "B", "", "medarbetare")
    p.select(b)
    qtbot.keyClick(p.columns[0].view, Qt.Key.Key_Plus)
    assert texts(p, 0) == ["A", "B"]
    qtbot.keyClick(fresh, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert texts(p, 0) == ["B", "A"]
    p.bar.filter.setCurrentIndex(p.bar.filter.findData("politik"))
    assert texts(p, 0) == ["A"]
    p.select(a)
    qtbot.keyClick(p.columns[0].view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert fresh.session.state.notes[a].chain_link == "tjansteledning"
    assert texts(p, 0) == []  # it left the filtered link


def test_link_principles_by_digit(fresh, qtbot):
    """Key 4 links Handlingsutrymme to the chosen problem, again unlinks; the buttons follow."""
    p = page(fresh)
    nid = add(p, "A")
    p.select(nid)
    view = p.columns[0].view
    qtbot.keyClick(view, Qt.Key.Key_4)
    qtbot.keyClick(view, Qt.Key.Key_5)
    assert fresh.session.state.notes[nid].principles == ("handlingsutrymme", "stod")
    assert p.detail.principles[3].isChecked()
    qtbot.keyClick(view, Qt.Key.Key_4)
    assert fresh.session.state.notes[nid].principles == ("stod",)
    fresh.undo_action.trigger()
    assert fresh.session.state.notes[nid].principles == ("handlingsutrymme", "stod")


def test_board_column_model(qtmodeltester, demo):
    """A column of the board is a well-behaved model, also while problems move and are voted."""
    p = page(demo)
    model = BoardColumnModel(BoardIndex(demo.session.state.notes), "detaljstyrning", p.describe)
    qtmodeltester.check(model)
    p.select(p.models[3].note(0).id)
    p.shift(1)
    model.apply(demo.session.state.notes)
    qtmodeltester.check(model)


def test_the_bar_s_hint_ends_in_an_ellipsis_when_narrow_and_is_whole_in_its_tooltip(fresh):
    """At 1366 px the hint beside the bar's buttons ran off the window's edge."""
    bar = page(fresh).detail
    bar.text.resize(160, bar.text.height())
    bar.show_note(None, None)
    assert bar.text.text().endswith("…")
    assert bar.text.toolTip().startswith(bar.text.text()[:-1]) and len(bar.text.toolTip()) > 40


def test_minus_takes_back_only_my_dots_and_says_why_when_the_rest_are_the_phones(fresh, qtbot):
    """− takes back the facilitator's dot but not a phone's: the board keeps the total and
    the hint says the dots left were given from phones (issue 23)."""
    p = page(fresh)
    state = fresh.session.state
    nid = add(p, "A")
    p.select(nid)
    view = p.columns[0].view
    qtbot.keyClick(view, Qt.Key.Key_Plus)
    state.apply(room.submit_vote(fresh.lib, state.id, "phone", "v1", nid, 1).change)
    assert state.notes[nid].votes == 2
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert state.notes[nid].votes == 1  # the facilitator's dot
    qtbot.keyClick(view, Qt.Key.Key_Minus)
    assert state.notes[nid].votes == 1  # the phone's stays
    assert p.detail.votes.text() == "1 dots"
    assert p.bar.hint.isVisible() and "Only phones' dots are left (1)" in p.bar.hint.text()
    assert room.device_state(fresh.lib, state.id, "phone").votes == {nid: 1}
    assert "phones take back their own" in p.detail.minus.toolTip()
    fresh.undo_action.trigger()  # the facilitator's − undone: the dot is back
    assert state.notes[nid].votes == 2
