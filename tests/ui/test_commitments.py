"""Åtaganden: a commitment from the form, owner and date checked inline, warnings for top
problems and silent roles, the ten insights beside it; add, edit and delete undoable."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tillitworkshop.store import notes
from tillitworkshop.store.read import load_workshop
from tillitworkshop.ui.phases.commitments.commitment_model import CommitmentListModel


def page(window):
    window.session.show_phase("commitments")
    return window.session.pages["commitments"]


def test_owner_required_and_date_not_before_the_day(fresh, qtbot):
    """No owner and a date before the day: both said inline, nothing stored."""
    p = page(fresh)
    qtbot.keyClicks(p.what, "Ett system")
    qtbot.keyClicks(p.due, "2026-03-01")
    qtbot.keyClick(p.what, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert p.hints["owner"].isVisible() and "owner" in p.hints["owner"].text()
    assert p.hints["due"].isVisible() and "2026-03-12" in p.hints["due"].text()
    assert load_workshop(fresh.lib, fresh.session.state.id).commitments == []
    p.due.setText("31/3")
    p.save()
    assert "YYYY-MM-DD" in p.hints["due"].text()


def test_add_edit_delete_each_undoable(fresh, qtbot):
    """A commitment with a role as owner is stored with its problem and principle; edit and
    delete are one undo step each."""
    state = fresh.session.state
    nid = state.do("add", lambda: notes.add_note(state.lib, state.id, "problems", "problem",
                                                 "Tre system")).ids[0]
    p = page(fresh)
    p.what.setText("Ett system")
    p.role.setCurrentIndex(p.role.findData("enhetschef"))
    p.due.setText("2026-06-30")
    p.problems.item(0).setCheckState(Qt.CheckState.Checked)
    p.principles.item(3).setCheckState(Qt.CheckState.Checked)
    cid = p.save()
    c = load_workshop(fresh.lib, state.id).commitments[0]
    assert (c.id, c.owner_role, c.due_date, c.problem_ids, c.principles) == (
        cid, "enhetschef", "2026-06-30", (nid,), ("handlingsutrymme",))
    p.what.setText("Ett enda system")
    p.save()
    assert state.workshop.commitments[0].what == "Ett enda system"
    fresh.undo_action.trigger()
    assert state.workshop.commitments[0].what == "Ett system"
    p.load(0)
    p.delete()
    assert state.workshop.commitments == []
    fresh.undo_action.trigger()
    assert [c.id for c in state.workshop.commitments] == [cid]


def test_warnings_and_insights(demo):
    """The demo names roles without commitments; a top problem without one is marked."""
    p = page(demo)
    assert p.warnings.isVisible() and "No commitment yet from" in p.warnings.text()
    assert len(p.insights.boxes) == 10
    state = demo.session.state
    nid = state.do("add", lambda: notes.add_note(state.lib, state.id, "problems", "problem",
                                                 "Nytt toppproblem")).ids[0]
    for _ in range(20):
        state.do("vote", lambda: notes.vote(state.lib, nid, 1))
    assert p.top_ids[0] == nid and "no commitment yet" in p.top.item(0).text()
    assert "three most-voted" in p.warnings.text()


def test_commitment_list_model(qtmodeltester, demo):
    """The list of commitments is a well-behaved model."""
    qtmodeltester.check(CommitmentListModel(demo.session.state))


def test_the_insights_are_read_and_linked_from_beside_the_form(demo, qtbot):
    """Each of the ten insights shows its title and its whole sentence; checking one (or
    clicking its text) links it to the commitment in the form: at once for one already
    made, on adding for a new one."""
    from tillitworkshop.content import catalogue

    state = demo.session.state
    p = page(demo)
    first, last = catalogue().insights[0], catalogue().insights[-1]
    assert p.insights.titles[first.key].text() == f"1. {first.name(state.lang)}"
    assert p.insights.sentences[first.key].text() == first.description(state.lang)
    p.list.setCurrentIndex(p.model.index(0))
    cid = p.editing

    def stored():
        return next(c for c in load_workshop(state.lib, state.id).commitments
                    if c.id == cid).insights

    want = first.key not in stored()
    qtbot.mouseClick(p.insights.sentences[first.key], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: (first.key in stored()) == want)
    p.new()
    p.what.setText("Ett möte i månaden mellan nämnd och förvaltning")
    p.role.setCurrentIndex(p.role.findData("politik"))
    p.insights.boxes[last.key].setChecked(True)
    cid = p.save()
    assert stored() == (last.key,)
