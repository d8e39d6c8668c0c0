"""Every item model of the window passes Qt's model tester."""

from __future__ import annotations

from tillitworkshop.ui.common.note_model import NoteListModel
from tillitworkshop.ui.phases.chain.chain_model import ChainLinkModel, RelationshipModel
from tillitworkshop.ui.phases.preparation.agenda_model import AgendaModel
from tillitworkshop.ui.phases.preparation.participant_model import ParticipantModel
from tillitworkshop.ui.shell.session_model import SessionListModel


def test_session_list_model(qtmodeltester, demo):
    """The library's table of sessions is a well-behaved model."""
    qtmodeltester.check(SessionListModel(demo.lib))


def test_participant_model(qtmodeltester, demo):
    """The roster table is a well-behaved model."""
    qtmodeltester.check(ParticipantModel(demo.session.state, lambda *_: True))


def test_agenda_model(qtmodeltester, demo):
    """The agenda table is a well-behaved model."""
    qtmodeltester.check(AgendaModel(demo.session.state, lambda *_: True))


def test_note_list_model(qtmodeltester, demo):
    """A list of notes is a well-behaved model, also while notes are added and moved."""
    state = demo.session.state
    model = NoteListModel(state, lambda n: n.phase == "good_meeting", lambda *_: True)
    qtmodeltester.check(model)
    column = demo.session.pages["good_meeting"].value
    column.input.setText("En till")
    column.add()
    column.view.setCurrentIndex(column.model.index(column.model.rowCount() - 1))
    column.move(-1)
    qtmodeltester.check(model)


def test_chain_models(qtmodeltester, demo):
    """The chain's links and the trust relationships are well-behaved models."""
    qtmodeltester.check(ChainLinkModel(demo.session.state))
    qtmodeltester.check(RelationshipModel(demo.session.state))
