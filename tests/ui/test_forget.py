"""Forget… on the roster: asked first, the roster and notes updated, the undo history
cleared of steps that mention them."""

from __future__ import annotations

from tillitworkshop.store.notes import add_note
from tillitworkshop.store.read import load_workshop
from tillitworkshop.ui.phases.preparation import forget as forget_ui
from tillitworkshop.ui.phases.preparation.participant_model import NAME


def roster(window):
    return window.session.pages["preparation"].roster


def add(window, name, unit=""):
    r = roster(window)
    r.name.setText(name)
    r.unit.setText(unit)
    r.role.setCurrentIndex(r.role.findData("medarbetare"))
    return r.add()


def test_forget_updates_the_roster_and_clears_undo_that_mentions_them(fresh, monkeypatch):
    pid = add(fresh, "Zelmira Ödqvist", "Qwertz")
    state = fresh.session.state
    state.do("note", lambda: add_note(state.lib, state.id, "good_meeting", "value", "Hennes",
                                      participant_id=pid))
    assert fresh.undo_action.isEnabled()
    asked = []
    monkeypatch.setattr(forget_ui, "confirm", lambda parent, name: asked.append(name) or False)
    r = roster(fresh)
    r.table.setCurrentIndex(r.model.index(0, NAME))
    r.forget_current()
    assert asked == ["Zelmira Ödqvist"]
    assert r.model.index(0, NAME).data() == "Forgotten participant"
    assert not fresh.undo_action.isEnabled()  # nothing left that could bring the name back
    assert "Backups rewritten" in r.hint.text()
    w = load_workshop(fresh.lib, state.id)
    assert [n.text for n in w.notes] == ["Hennes"] and w.participants[0].unit == ""
    assert state.attribution(state.workshop.notes[0]) == state.role_name("medarbetare")


def test_cancelled_forget_changes_nothing(fresh, monkeypatch):
    add(fresh, "Bo Berg")
    monkeypatch.setattr(forget_ui, "confirm", lambda parent, name: None)
    r = roster(fresh)
    r.table.setCurrentIndex(r.model.index(0, NAME))
    r.forget_current()
    assert r.model.index(0, NAME).data() == "Bo Berg" and fresh.undo_action.isEnabled()


def test_export_what_is_stored_about_them(fresh, monkeypatch, tmp_path):
    import json

    pid = add(fresh, "Zelmira Ödqvist", "Qwertz")
    target = tmp_path / "zelmira.json"
    monkeypatch.setattr(forget_ui, "ask_person_path", lambda parent, suggested: str(target))
    r = roster(fresh)
    r.table.setCurrentIndex(r.model.index(0, NAME))
    r.export_person_current()
    doc = json.loads(target.read_text("utf-8"))
    assert doc["participant"]["id"] == pid and doc["participant"]["unit"] == "Qwertz"


def test_the_backup_retention_preference(window, monkeypatch):
    from tillitworkshop.store.retention import retention_days
    from tillitworkshop.ui.shell import retention_dialog

    shown = []
    monkeypatch.setattr(retention_dialog, "get_days",
                        lambda parent, current: shown.append(current) or 14)
    window.retention_action.trigger()
    assert shown == [90] and retention_days(window.lib.folder) == 14
