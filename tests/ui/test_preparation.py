"""Förberedelse: the session's details and the roster, with inline hints and undo."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tillitworkshop.store.read import load_workshop
from tillitworkshop.ui.phases.preparation.participant_model import CONSENT, NAME, ROLE


def page(window):
    return window.session.pages["preparation"]


def test_details_are_stored_on_leaving_a_field_and_undone(fresh, qtbot):
    """Typing a place and pressing Enter stores it; Ctrl+Z puts the old value back in the field."""
    form = page(fresh).form
    form.place.setFocus()
    qtbot.keyClicks(form.place, "Aulan")
    qtbot.keyClick(form.place, Qt.Key.Key_Return)
    assert load_workshop(fresh.lib, fresh.session.state.id).place == "Aulan"
    assert fresh.undo_action.text().endswith("Change place")  # the field's label, not its key
    fresh.undo_action.trigger()
    assert load_workshop(fresh.lib, fresh.session.state.id).place == ""
    assert form.place.text() == ""


def test_sector_and_facilitators_are_stored(fresh):
    """The sector combo and the comma-separated facilitators are stored as one edit each."""
    form = page(fresh).form
    form.sector.setCurrentIndex(form.sector.findData("omsorg"))
    form.commit("sector")
    form.facilitators.setText("Åsa Öberg,  Per Lind ,")
    form.commit("facilitators")
    w = load_workshop(fresh.lib, fresh.session.state.id)
    assert w.sector == "omsorg" and w.facilitators == ["Åsa Öberg", "Per Lind"]


def test_a_date_that_is_not_a_date_is_hinted_and_kept(fresh):
    """A bad date stays in the field with a hint; nothing is stored; fixing it clears the hint."""
    form = page(fresh).form
    form.date.setText("15 oktober")
    assert form.commit("date") is False
    assert form.hints["date"].isVisible() and "YYYY-MM-DD" in form.hints["date"].text()
    fresh.session.state.reload()  # another edit elsewhere must not wipe the typed value
    assert form.date.text() == "15 oktober"
    assert load_workshop(fresh.lib, fresh.session.state.id).date == "2026-03-12"
    form.date.setText("2026-10-15")
    assert form.commit("date") is True
    assert not form.hints["date"].isVisible()


def test_empty_organisation_is_hinted(fresh):
    """The organisation cannot be emptied; the hint says so."""
    form = page(fresh).form
    form.organisation.setText("   ")
    assert form.commit("organisation") is False
    assert form.hints["organisation"].text() == "The organisation needs a name."


def test_add_a_participant_by_keyboard_then_undo_and_redo(fresh, qtbot):
    """Name, role, Enter adds to the roster; undo removes them; redo brings them back."""
    roster = page(fresh).roster
    roster.name.setFocus()
    qtbot.keyClicks(roster.name, "Per Lind")
    roster.role.setCurrentIndex(roster.role.findData("medarbetare"))
    roster.consent.setChecked(True)
    qtbot.keyClick(roster.name, Qt.Key.Key_Return)
    assert roster.model.rowCount() == 1
    assert roster.model.index(0, ROLE).data() == "Medarbetare"
    assert roster.model.index(0, CONSENT).data(Qt.ItemDataRole.CheckStateRole) == \
        Qt.CheckState.Checked
    assert roster.name.text() == "" and roster.name.hasFocus()
    fresh.undo_action.trigger()
    assert roster.model.rowCount() == 0
    fresh.redo_action.trigger()
    assert roster.model.rowCount() == 1


def test_participant_without_name_or_role_is_hinted(fresh):
    """No name, no role: one hint naming both; nothing added; the typed unit kept."""
    roster = page(fresh).roster
    roster.unit.setText("Skola 3")
    assert roster.add() is None
    assert "name" in roster.hint.text() and "role" in roster.hint.text()
    assert roster.model.rowCount() == 0 and roster.unit.text() == "Skola 3"


def test_edit_and_remove_participants_with_undo(fresh, qtbot):
    """Name, role and consent edit in the table; Delete removes; each is one undo step."""
    roster = page(fresh).roster
    for name, role in (("Anna", "enhetschef"), ("Ali", "medborgare")):
        roster.name.setText(name)
        roster.role.setCurrentIndex(roster.role.findData(role))
        roster.add()
    m = roster.model
    assert m.setData(m.index(0, NAME), "Anna Berg") is True
    assert m.setData(m.index(0, ROLE), "politik") is True
    assert m.setData(m.index(1, CONSENT), Qt.CheckState.Checked.value,
                     Qt.ItemDataRole.CheckStateRole) is True
    assert m.setData(m.index(0, NAME), "  ") is False and roster.hint.isVisible()
    assert [m.index(0, c).data() for c in (NAME, ROLE)] == ["Anna Berg", "Politiker"]
    roster.table.setFocus()
    roster.table.selectRow(1)
    qtbot.keyClick(roster.table, Qt.Key.Key_Delete)
    assert m.rowCount() == 1
    for _ in range(4):
        fresh.undo_action.trigger()
    assert [m.index(r, NAME).data() for r in range(2)] == ["Anna", "Ali"]
    assert m.index(1, CONSENT).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked


def test_counts_per_role_and_warning_for_missing_links(fresh):
    """The roster counts each role and warns while a link of the chain has nobody."""
    roster = page(fresh).roster
    assert roster.warning.isVisible() and "Politisk ledning" in roster.warning.text()
    from tillitworkshop.content import catalogue
    for role in catalogue().chain_links():
        roster.name.setText(f"Person {role.key}")
        roster.role.setCurrentIndex(roster.role.findData(role.key))
        roster.add()
    assert not roster.warning.isVisible()
    assert "Enhetschefer 1" in roster.counts.text()


def test_agenda_time_box_edits_with_hint_and_undo(fresh):
    """Minutes edit in the agenda table; a non-number is hinted; undo restores the minutes."""
    agenda = page(fresh).agenda
    m = agenda.model
    index = m.index(1, 2)
    before = m.item(1).minutes
    assert m.setData(index, "fyrtio") is False and agenda.hint.isVisible()
    assert m.setData(index, 50) is True and m.item(1).minutes == 50
    fresh.undo_action.trigger()
    assert m.item(1).minutes == before
