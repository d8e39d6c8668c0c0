"""Keyboard paths: F6 through the regions of every page, a key into the board and the
ratings grid, the focus back where it was after every dialog, an alternative for every
chord a desktop takes, and F1's sheet built from the shortcuts that exist."""

from __future__ import annotations

import asyncio

import pytest
import qasync
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QShortcut
from PySide6.QtWidgets import QApplication

from tillitworkshop.ui.common.keys import is_taken
from tillitworkshop.ui.shell import regions
from tillitworkshop.ui.shell.keys_sheet import KeysSheet, rows
from tillitworkshop.ui.shell.session_view import BUILT


@pytest.fixture
def loop(qapp):
    loop = qasync.QEventLoop(QApplication.instance())
    asyncio.set_event_loop(loop)
    yield loop
    loop.close()
    asyncio.set_event_loop(None)


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)
    return QApplication.focusWidget()


def region_of(view, widget):
    areas = regions.regions(view)
    return max((i for i, a in enumerate(areas) if regions.holds(a, widget)), default=-1)


@pytest.mark.parametrize("phase", BUILT)
def test_f6_visits_every_region_of_the_page_in_order_and_comes_round(demo, qtbot, phase):
    """From the phases, F6 goes forward region by region (page regions, then the timer when
    the phase has a time box) and back to the phases; Shift+F6 goes the other way."""
    view = demo.session
    view.show_phase(phase)
    view.stepper.setFocus()
    qtbot.waitUntil(lambda: view.stepper.hasFocus())
    seen = []
    for _ in range(len(regions.regions(view)) + 1):
        seen.append(region_of(view, press(qtbot, Qt.Key.Key_F6)))
        if seen[-1] == 0:
            break
    areas = regions.regions(view)
    last = max(i for i, a in enumerate(areas) if regions.first_focus(a) is not None)
    assert seen[-1] == 0 and seen[-2] == last, seen  # the timer, then round to the phases
    assert seen[:-1] == sorted(set(seen[:-1])) and len(seen) >= 3, seen  # forward, none twice
    assert region_of(view, press(qtbot, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)) == last


def test_f4_jumps_into_the_board_and_into_the_ratings_grid(demo, qtbot):
    view = demo.session
    view.show_phase("problems")
    board = view.pages["problems"]
    board.bar.input.setFocus()
    focused = press(qtbot, Qt.Key.Key_F4)
    assert any(focused is c.view for c in board.columns)
    view.show_phase("principles")
    page = view.pages["principles"]
    assert press(qtbot, Qt.Key.Key_F4) is page.ratings.table
    assert page.tabs.currentWidget() is page.ratings and page.ratings.table.currentIndex().isValid()


def test_after_the_export_dialog_the_focus_is_back_on_its_button(demo, qtbot, tmp_path, loop):
    """The reported case: after exporting, the next Space pressed the timer's reset. The
    dialog (here one that leaves the focus on the reset button) and the greyed buttons
    must not move the focus for good."""
    view = demo.session
    view.show_phase("closing")
    p = view.pages["closing"]
    p.open_folder = lambda folder: None

    def dialog(kind):
        view.timer.reset.setFocus()
        return str(tmp_path / "sammanfattning.pdf")

    p.ask_path = dialog
    p.pdf["summary"].setFocus()
    qtbot.waitUntil(lambda: p.pdf["summary"].hasFocus())
    loop.run_until_complete(p.export_pdf("summary"))
    assert QApplication.focusWidget() is p.pdf["summary"]
    p.json.setFocus()
    p.ask_path = lambda kind: (view.timer.reset.setFocus(), str(tmp_path / "dag.json"))[1]
    p.export_json()
    assert QApplication.focusWidget() is p.json


def test_the_sheet_and_the_new_session_dialog_give_the_focus_back(demo, qtbot):
    view = demo.session
    view.show_phase("good_meeting")
    line = view.pages["good_meeting"].hinder.input
    line.setFocus()
    qtbot.waitUntil(line.hasFocus)
    sheet = demo.show_keys()
    sheet.reject()
    qtbot.waitUntil(line.hasFocus)
    demo.show_library()
    table = demo.library.table
    qtbot.waitUntil(table.hasFocus)
    dialog = demo.library.new_session()
    dialog.reject()  # nothing typed: closes without asking
    qtbot.waitUntil(table.hasFocus)


def every_binding(window):
    """(what, its key sequences) of every QAction and QShortcut of the window, every page built."""
    for phase in BUILT:
        window.session.show_phase(phase)
    for a in window.findChildren(QAction):
        yield a.text(), a.shortcuts()
    for s in window.findChildren(QShortcut):
        yield s.whatsThis(), s.keys()


def test_every_chord_a_desktop_takes_has_an_alternative(demo):
    """Alt+Shift+arrows (Openbox, LXDE) and Ctrl+Alt+arrows (GNOME and others)."""
    taken = [(what, keys) for what, keys in every_binding(demo) if any(map(is_taken, keys))]
    assert taken, "the board and the chain move with Alt+Shift+Up/Down"
    for what, keys in taken:
        assert any(not is_taken(k) for k in keys), what


def test_every_shortcut_says_what_it_does(demo):
    assert all(what for what, keys in every_binding(demo) if keys)


@pytest.mark.parametrize("phase", BUILT)
def test_f1_lists_every_shortcut_of_the_page_shown(demo, qtbot, phase):
    """The sheet's rows are the page's QShortcuts and QActions and the window's actions."""
    view = demo.session
    view.show_phase(phase)
    page = view.pages[phase]
    shown = {(r.keys, r.text) for r in rows(demo)}
    texts = {text for _, text in shown}
    for s in page.findChildren(QShortcut):
        assert s.whatsThis() in texts, s.whatsThis()
    for a in page.findChildren(QAction):
        if a.shortcuts():
            assert a.text().replace("&", "") in texts, a.text()
    assert any("F6" in keys for keys, _ in shown) and any("F1" in keys for keys, _ in shown)
    assert demo.keys_action.shortcuts()[0].toString() == "F1"
    sheet = KeysSheet(demo)
    qtbot.addWidget(sheet)
    assert sheet.table.rowCount() == len(sheet.rows) + len({r.group for r in sheet.rows})


def test_f1_opens_the_sheet(demo, qtbot):
    demo.session.stepper.setFocus()
    press(qtbot, Qt.Key.Key_F1)
    sheet = demo.findChild(KeysSheet)
    assert sheet is not None and sheet.isVisible()


def test_every_dialog_of_the_window_goes_through_the_focus_helpers():
    """No dialog call of its own: file dialogs only in export_paths (which keeps the focus),
    and every exec()/open() of a dialog in a module that keeps it (app.py's come before
    the window exists)."""
    from pathlib import Path

    ui = Path(__file__).resolve().parents[2] / "tillitworkshop" / "ui"
    for path in ui.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        if path.name in ("export_paths.py", "app.py", "dialogs.py"):
            continue
        assert "QFileDialog.get" not in text, path.name
        if ".exec()" in text or "dialog.open()" in text:
            assert "focus_kept" in text or "open_keeping_focus" in text, path.name


def test_f6_into_the_insights_lands_on_the_first_one(demo, qtbot):
    from tillitworkshop.content import catalogue

    view = demo.session
    view.show_phase("commitments")
    page = view.pages["commitments"]
    page.indicator.setFocus()
    qtbot.waitUntil(page.indicator.hasFocus)
    assert press(qtbot, Qt.Key.Key_F6) is page.insights.boxes[catalogue().insights[0].key]


def test_f6_in_the_library_goes_from_the_search_to_the_sessions_to_the_buttons(window, demo_id,
                                                                               qtbot):
    library = window.library
    library.refresh()
    library.filter.setFocus()
    qtbot.waitUntil(library.filter.hasFocus)
    assert press(qtbot, Qt.Key.Key_F6) is library.table
    assert press(qtbot, Qt.Key.Key_F6) in library.buttons.values()
    assert press(qtbot, Qt.Key.Key_F6) is library.filter
    assert press(qtbot, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier) in \
        library.buttons.values()
