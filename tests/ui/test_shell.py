"""The window's shell: stepper, phase keys, status bar, settings, accessibility, restart."""

from __future__ import annotations

import os
from itertools import pairwise

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QListView,
    QTabWidget,
)

from tillitworkshop.store import Library, notes, sessions
from tillitworkshop.store.read import load_workshop
from tillitworkshop.ui.shell.settings import Settings


def test_stepper_lists_only_the_phases_built(demo):
    """The day starts Förberedelse, Det goda mötet, Styrkedjan (Swedish); every step has a page."""
    view = demo.session
    names = [view.stepper.item(i).text() for i in range(view.stepper.count())]
    assert names[:3] == ["1   Förberedelse", "2   Det goda mötet", "3   Styrkedjan"]
    keys = [view.stepper.item(i).data(Qt.ItemDataRole.UserRole) for i in range(len(names))]
    assert all(key in view.pages for key in keys) and len(keys) == len(view.pages)


def test_next_and_previous_phase_by_keyboard(fresh, qtbot):
    """Ctrl+PgDown and Ctrl+PgUp walk the phases; the session remembers where the day is."""
    view = fresh.session
    assert view.phase == "preparation"
    qtbot.keyClick(fresh, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert view.phase == "good_meeting" and view.title.text() == "Det goda mötet"
    qtbot.keyClick(fresh, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert view.phase == "chain"
    qtbot.keyClick(fresh, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(fresh, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(fresh, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert view.phase == "good_meeting"
    assert load_workshop(fresh.lib, view.state.id).current_phase == "good_meeting"
    qtbot.keyClick(fresh, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert view.phase == "preparation"


def test_standard_shortcuts_are_bound(window):
    """New, Open, Undo, Redo, Find, Quit and Full screen carry Qt's standard keys."""
    for action, key in ((window.new_action, "Ctrl+N"), (window.open_action, "Ctrl+O"),
                        (window.undo_action, "Ctrl+Z"), (window.find_action, "Ctrl+F"),
                        (window.quit_action, "Ctrl+Q"), (window.full_screen_action, "F11")):
        assert key in [s.toString() for s in action.shortcuts()], action.text()
    assert window.redo_action.shortcuts()


def test_status_bar_says_when_last_stored(fresh):
    """After an edit the status bar gives the time it was stored."""
    column = fresh.session.pages["good_meeting"].value
    column.input.setText("Tid")
    column.add()
    assert fresh.stored.text().startswith("All changes stored · ")
    assert fresh.lib.last_stored[11:19] in fresh.stored.text()


def test_undo_stack_survives_switching_phases(fresh):
    """An edit made in one phase is undone from another."""
    fresh.session.show_phase("good_meeting")
    column = fresh.session.pages["good_meeting"].hinder
    column.input.setText("Blanketter")
    column.add()
    fresh.session.show_phase("chain")
    fresh.undo_action.trigger()
    assert fresh.session.state.workshop.notes == []
    fresh.redo_action.trigger()
    assert [n.text for n in fresh.session.state.workshop.notes] == ["Blanketter"]


def test_settings_are_typed_and_keep_geometry_and_last_session(demo, demo_id, settings_path):
    """Closing stores geometry and the open session; a setting of the wrong type is refused."""
    demo.resize(1000, 700)
    demo.close()
    again = Settings(QSettings(settings_path, QSettings.Format.IniFormat))
    assert again.get("session/last") == demo_id
    assert not again.get("window/geometry").isEmpty()
    assert again.get("ui/language") == "sv"
    try:
        again.set("session/last", 3)
    except TypeError:
        pass
    else:
        raise AssertionError("a setting took a value of the wrong type")
    again.set("window/geometry", QByteArray(b"x"))


def test_a_setting_set_to_the_value_it_holds_leaves_the_file_alone(settings_path):
    """Opening the last session again at start-up must not rewrite (and sync) the file."""
    settings = Settings(QSettings(settings_path, QSettings.Format.IniFormat))
    settings.set("session/last", "a")
    settings.sync()
    written = os.stat(settings_path)
    settings.set("session/last", "a")
    settings.sync()
    assert os.stat(settings_path).st_ino == written.st_ino  # QSettings replaces, not edits
    settings.set("session/last", "b")
    settings.sync()
    assert os.stat(settings_path).st_ino != written.st_ino
    assert Settings(QSettings(settings_path, QSettings.Format.IniFormat)).get("session/last") == "b"


def test_a_hand_edited_setting_reads_as_its_default_and_is_replaced(settings_path):
    """A value no key's type can take (here a list where the geometry's bytes belong)."""
    with open(settings_path, "w", encoding="utf-8") as f:
        f.write("[window]\ngeometry=a, b\n")
    settings = Settings(QSettings(settings_path, QSettings.Format.IniFormat))
    assert settings.get("window/geometry").isEmpty()
    settings.set("window/geometry", QByteArray(b"xy"))
    settings.sync()
    again = Settings(QSettings(settings_path, QSettings.Format.IniFormat))
    assert again.get("window/geometry") == QByteArray(b"xy")


def test_every_list_of_every_phase_places_its_rows_without_overlap(demo):
    """A list laid out before it is polished places its rows for the bare style, and the
    style sheet's padded rows then overlap (the principle deck did). Every tab is shown."""
    overlapping, checked = [], set()

    def check(key: str, page) -> None:
        for view in page.findChildren(QListView):
            model = view.model()
            if not view.isVisible() or view.isWrapping() or model is None:
                continue
            checked.add(view)
            rows = [view.visualRect(model.index(i, view.modelColumn()))
                    for i in range(model.rowCount())]
            if any(b.top() < a.top() + a.height() for a, b in pairwise(rows)):
                overlapping.append(f"{key}: {view.accessibleName()}")

    for key in demo.session.pages:
        demo.session.show_phase(key, store=False)
        page = demo.session.pages[key]
        check(key, page)
        for tabs in page.findChildren(QTabWidget):
            for i in range(tabs.count()):
                tabs.setCurrentIndex(i)
                check(key, page)
    assert overlapping == []
    assert len(checked) >= 15  # the lists of the eight phases, the hidden tabs' among them


def test_every_interactive_widget_has_an_accessible_name(demo):
    """Line edits, combos, buttons, lists and spin boxes of every built phase are named."""
    kinds = (QLineEdit, QComboBox, QAbstractItemView, QAbstractSpinBox)
    unnamed = []
    for widget in demo.findChildren(QAbstractButton) + [
            w for k in kinds for w in demo.findChildren(k)]:
        if widget.parent() is not None and widget.parent().inherits("QAbstractSpinBox"):
            continue  # the spin box's own line edit
        if widget.inherits("QComboBoxListView") or widget.inherits("QHeaderView") \
                or widget.objectName().startswith("qt_"):
            continue  # Qt's internal popups, and headers (part of their table)
        if isinstance(widget, QLineEdit) and widget.parent().inherits("QComboBox"):
            continue
        name = widget.accessibleName() or (
            widget.text() if isinstance(widget, QAbstractButton) else "")
        if not name.strip():
            unnamed.append(f"{type(widget).__name__} in {type(widget.parent()).__name__}")
    assert sorted(set(unnamed)) == []


def test_quit_and_reopen_loses_nothing(make_window, lib, data_dir, settings_path, clock):
    """Edits of every kind are on disk the moment they are made: a restart shows them all."""
    sid = sessions.create_session(lib, "Lövhälla kommun", "skola", "2026-03-12").session_id
    window = make_window(lib)
    window.library.refresh()
    window.open_session(sid)
    view = window.session
    view.pages["preparation"].form.place.setText("Aulan")
    view.pages["preparation"].form.commit("place")
    roster = view.pages["preparation"].roster
    roster.name.setText("Åsa Öberg")
    roster.role.setCurrentIndex(roster.role.findData("enhetschef"))
    roster.add()
    view.show_phase("good_meeting")
    view.pages["good_meeting"].value.input.setText("Att bli lyssnad på")
    view.pages["good_meeting"].value.add()
    view.show_phase("chain")
    view.timer.start_pause()
    chain = view.pages["chain"].links
    chain.columns["need"].input.setText("Färre mål")
    chain.columns["need"].add()
    window.close()
    lib.close()
    clock.advance(90)
    reopened = Library.open(data_dir)
    try:
        w = load_workshop(reopened, sid)
        assert w.place == "Aulan" and [p.name for p in w.participants] == ["Åsa Öberg"]
        assert {(n.phase, n.text) for n in w.notes} == {
            ("good_meeting", "Att bli lyssnad på"), ("chain", "Färre mål")}
        assert w.current_phase == "chain"
        second = make_window(reopened, Settings(QSettings(settings_path,
                                                          QSettings.Format.IniFormat)))
        second.open_session(second.settings.get("session/last"))
        assert second.session.phase == "chain"
        assert second.session.timer.clock.text() == "1:28:30"  # 90 min box, 90 s run
        second.close()
    finally:
        reopened.close()
    assert notes  # the module is what the window calls
