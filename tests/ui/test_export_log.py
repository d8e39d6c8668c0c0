"""The export log on the closing page, and the exports that named someone who withdraws
consent (or is forgotten) listed in the roster."""

from __future__ import annotations

from tillitworkshop.store import exports
from tillitworkshop.ui.phases.preparation import forget as forget_ui
from tillitworkshop.ui.phases.preparation.participant_model import CONSENT, NAME


def test_an_export_from_the_window_is_logged_and_shown(demo, tmp_path):
    demo.session.show_phase("closing")
    p = demo.session.pages["closing"]
    assert "Nothing exported" in p.log.text()
    target = tmp_path / "dagen.json"
    p.ask_path = lambda kind: str(target)
    p.json.click()
    assert [r.file_name for r in exports.log(demo.lib, demo.session.state.id)] == [str(target)]
    assert str(target) in p.log.text() and "names participants" in p.log.text()


def test_withdrawn_consent_lists_the_exports_that_named_them(fresh, tmp_path, monkeypatch):
    roster = fresh.session.pages["preparation"].roster
    roster.name.setText("Per Lind")
    roster.role.setCurrentIndex(roster.role.findData("medarbetare"))
    roster.consent.setChecked(True)
    roster.add()
    state = fresh.session.state
    exports.record(state.lib, state.id, "summary", tmp_path / "summary.pdf", language="sv")
    exports.record(state.lib, state.id, "cards", tmp_path / "cards.pdf", language="sv")
    roster.model.setData(roster.model.index(0, CONSENT), 0, 10)  # CheckStateRole: unchecked
    assert str(tmp_path / "summary.pdf") in roster.hint.text()
    assert "cards.pdf" not in roster.hint.text()
    monkeypatch.setattr(forget_ui, "confirm", lambda parent, name: False)
    roster.table.setCurrentIndex(roster.model.index(0, NAME))
    roster.forget_current()
    assert str(tmp_path / "summary.pdf") in roster.hint.text()


def test_json_without_names_from_the_window(demo, tmp_path):
    import json

    demo.session.show_phase("closing")
    p = demo.session.pages["closing"]
    target = tmp_path / "utan-namn.json"
    p.ask_path = lambda kind: str(target)
    p.anonymise.setChecked(True)
    p.json.click()
    text = target.read_text("utf-8")
    assert all(x.name not in text for x in demo.session.state.workshop.participants)
    assert json.loads(text)["participants"]
    assert "no names" in p.log.text()


def test_portable_file_without_names_from_the_file_menu(window, demo_id, tmp_path, lib):
    from tillitworkshop.store.read import load_workshop

    window.library.refresh(select=demo_id)
    target = tmp_path / "utan-namn.tillit"
    window.library.ask_export_path = lambda suggested: str(target)
    window.export_anonymised_action.trigger()
    data = target.read_bytes()
    assert data.startswith(b"SQLite format 3")
    assert not any(p.name.encode() in data for p in load_workshop(lib, demo_id).participants)
    assert [r.named for r in exports.log(lib, demo_id)] == [False]
