"""Swedish and English: the .ts files are complete, the window switches language at run
time in every phase (with Qt's own dialogs, the catalogue and QLocale), the choice is
remembered, and a broken translation falls back to English without a crash."""

from __future__ import annotations

import logging
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QTabWidget,
    QWidget,
)

from tillitworkshop.report import dates
from tillitworkshop.store import notes as note_ops
from tillitworkshop.ui.shell import i18n
from tillitworkshop.ui.shell.mainwindow import MainWindow
from tillitworkshop.ui.shell.session_view import BUILT

REPO = Path(__file__).resolve().parents[2]
TS = {lang: REPO / "translations" / f"tillitworkshop_{lang}.ts" for lang in i18n.LANGUAGES}


@pytest.fixture(autouse=True)
def no_translators_after():
    yield
    if QCoreApplication.instance() is not None:
        i18n.translations().reset()


@pytest.fixture(scope="module", autouse=True)
def compiled():
    """The .qm files, compiled from the .ts as `make translations` does."""
    subprocess.run([sys.executable, str(REPO / "build_installer.py"), "--translations-only"],
                   check=True, capture_output=True)


def entries(lang: str) -> list[tuple[str, ET.Element]]:
    root = ET.parse(TS[lang]).getroot()
    return [(c.findtext("name"), m) for c in root.iter("context") for m in c.iter("message")]


def forms(message: ET.Element) -> list[str]:
    t = message.find("translation")
    return [f.text or "" for f in t.iter("numerusform")] or [t.text or ""]


@pytest.mark.parametrize("lang", i18n.LANGUAGES)
def test_no_ts_entry_is_unfinished_or_obsolete(lang):
    """Every string is translated and marked done; nothing left over from removed code."""
    text = TS[lang].read_text("utf-8")
    for state in ("unfinished", "vanished", "obsolete"):
        assert f'type="{state}"' not in text, f"{TS[lang].name} has {state} entries: " \
            "run `make translations-update` and translate them"
    for context, m in entries(lang):
        assert all(f.strip() for f in forms(m)), f"{context}: {m.findtext('source')!r} is empty"


def test_the_ts_files_hold_every_string_of_the_window(tmp_path):
    """pyside6-lupdate over tillitworkshop/ui finds nothing the .ts files lack: a new
    string fails here until `make translations-update` and its Swedish are done."""
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    if not lupdate.is_file():
        pytest.skip("pyside6-lupdate is not installed beside this Python")
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (REPO / "tillitworkshop" / "ui").rglob("*.py"))
    subprocess.run([str(lupdate), *sources, "-ts", str(fresh)], check=True, capture_output=True)
    found = {(c.findtext("name"), m.findtext("source"))
             for c in ET.parse(fresh).getroot().iter("context") for m in c.iter("message")}
    known = {(c, m.findtext("source")) for c, m in entries("sv")}
    assert not found - known, "strings not yet in translations/*.ts (run `make translations-update`" \
        f" and translate them): {sorted(found - known)}"
    assert not known - found, "strings no longer in the code (run `make translations-update`):" \
        f" {sorted(known - found)}"


def test_both_languages_cover_the_same_strings_with_the_same_placeholders():
    sources = {lang: {(c, m.findtext("source")) for c, m in entries(lang)} for lang in TS}
    assert sources["sv"] == sources["en"]
    for context, m in entries("sv"):
        source = m.findtext("source")
        for form in forms(m):
            assert sorted(re.findall(r"%\d|%n", form)) == sorted(re.findall(r"%\d|%n", source)), \
                f"{context}: {source!r} -> {form!r} changes the placeholders"
            assert ("&" in source.replace("&&", "")) == ("&" in form.replace("&&", "")), \
                f"{context}: {source!r} -> {form!r} loses or adds a keyboard accelerator"


def texts(root: QWidget) -> set[str]:
    """What the facilitator can read on a page (and what a screen reader says)."""
    out = set()
    for w in [root, *root.findChildren(QWidget)]:
        if isinstance(w, QLabel | QAbstractButton):
            out.add(w.text())
        if isinstance(w, QLineEdit):
            out.add(w.placeholderText())
        if isinstance(w, QTabWidget):
            out.update(w.tabText(i) for i in range(w.count()))
        if isinstance(w, QComboBox):
            out.update(w.itemText(i) for i in range(w.count()))
        if isinstance(w, QListWidget):
            out.update(w.item(i).text() for i in range(w.count()))
        out.add(w.accessibleName())
    return {t for t in out if t}


def switch(window, lang: str) -> None:
    """Choose ``lang`` from the menu and wait for the window to rebuild (after Qt has
    delivered its LanguageChange events)."""
    window.language_actions[lang].trigger()
    for _ in range(20):
        QApplication.processEvents()
        if not window._retranslating and window.menuBar().actions():
            break
    assert not window._retranslating


def test_switching_language_translates_every_phase_and_back(demo, settings):
    """Swedish, English, Swedish again, without a restart: menus, the stepper, and in each
    phase no English source text is left on screen in Swedish (and no Swedish in English)."""
    sv = {m.findtext("source"): forms(m)[0] for _c, m in entries("sv")}
    english_only = {s for s, t in sv.items() if s != t and s not in sv.values()}
    swedish_only = {t for s, t in sv.items() if s != t and t not in sv}
    wrong = {}
    for lang in ("sv", "en", "sv"):
        switch(demo, lang)
        assert settings.get("ui/language") == lang
        assert i18n.current_language() == lang
        menus = [a.text() for a in demo.menuBar().actions()]
        assert menus[0] == {"sv": "&Arkiv", "en": "&File"}[lang]
        assert demo.session.back.text() == {"sv": "← Alla sessioner", "en": "← All sessions"}[lang]
        assert demo.session.stepper.item(0).text().endswith(
            {"sv": "Förberedelse", "en": "Preparation"}[lang])
        for phase in BUILT:
            demo.session.show_phase(phase)
            left = texts(demo.session) & (english_only if lang == "sv" else swedish_only)
            if left:
                wrong[f"{phase} in {lang}"] = sorted(left)
        assert demo.language_actions[lang].isChecked()
    assert not wrong, f"texts left in the other language: {wrong}"


def test_the_catalogue_switches_with_the_window(demo):
    """Phase names and principle cards come from the catalogue in the window's language."""
    switch(demo, "en")
    demo.session.show_phase("principles")
    page = demo.session.pages["principles"]
    assert page.cards.deck.item(0).text().endswith("Trust")
    assert demo.session.title.text() == "Principle cards"
    switch(demo, "sv")
    page = demo.session.pages["principles"]
    assert demo.session.phase == "principles"  # the facilitator stays where they were
    assert page.cards.deck.item(0).text().endswith("Tillit")
    assert demo.session.title.text() == "Principkort"


def test_switching_keeps_the_session_phase_timer_and_undo_history(demo):
    """Mid-day, a switch loses nothing: same phase, the timer still running, undo intact."""
    demo.session.show_phase("chain")
    demo.session.timer.start_pause()
    running = demo.session.timer.item()
    assert running.running_since is not None
    state = demo.session.state
    note = state.do("Add note", lambda: note_ops.add_note(demo.lib, state.id, "chain", "need",
                                                          "Ett glapp")).ids[0]
    before = demo.hub.stack.count()
    switch(demo, "en")
    assert demo.session.phase == "chain" and demo.pages.currentWidget() is demo.session
    assert demo.session.timer.item() == running
    assert demo.session.timer.start.text() == "Pause"
    assert demo.hub.stack.count() == before
    demo.undo_action.trigger()  # the note, undone after the switch; the clock runs on
    assert note not in demo.session.state.notes
    assert demo.session.timer.item().running_since is not None


def test_a_busy_page_is_not_rebuilt_under_its_work(demo, qtbot):
    """A page that says it is busy (an export running) keeps its widgets until it is done."""
    page = demo.session.stack.currentWidget()
    page.busy = lambda: True
    demo.language_actions["en"].trigger()
    qtbot.wait(50)
    assert demo.session.stack.currentWidget() is page and demo._retranslating
    page.busy = lambda: False
    qtbot.waitUntil(lambda: not demo._retranslating, timeout=3000)
    assert demo.menuBar().actions()[0].text() == "&File"


def test_the_day_s_date_is_written_in_the_window_s_language(demo):
    # The demo day lies 44 days before today (store/demo.py), so it is read, not assumed;
    # the window (Qt's locale) writes it as the PDFs do (report/dates.py).
    day = demo.session.state.workshop.date
    switch(demo, "sv")
    assert dates.long_date(day, "sv") in demo.session.when.text()
    switch(demo, "en")
    assert dates.long_date(day, "en") in demo.session.when.text()
    assert i18n.long_date("not a date") == "not a date"


def test_qt_standard_buttons_and_locale_follow_the_language(qapp):
    """qtbase_sv.qm is installed too: standard dialog buttons say Avbryt; dates are Swedish."""
    assert i18n.translations().switch("sv") == "sv"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Avbryt"
    assert QLocale().language() == QLocale.Language.Swedish
    assert QLocale().toString(1234.5, "f", 1) == "1\N{NO-BREAK SPACE}234,5"
    assert i18n.translations().switch("en") == "en"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"
    assert QLocale().toString(1234.5, "f", 1) == "1,234.5"


@pytest.mark.parametrize("damage", ["missing", "garbage", "empty"])
def test_a_broken_translation_falls_back_to_english_with_a_warning(qapp, tmp_path, monkeypatch,
                                                                   caplog, damage):
    qm = tmp_path / "tillitworkshop_sv.qm"
    if damage == "garbage":
        qm.write_bytes(b"\x3c\xb8\x64\x18 not a translation file" * 10)
    elif damage == "empty":
        qm.write_bytes(b"")
    monkeypatch.setattr(i18n, "qm_file", lambda lang: qm)
    with caplog.at_level(logging.WARNING, logger="tillitworkshop.ui.shell.i18n"):
        shown = i18n.translations().switch("sv")
    assert shown == "en" and i18n.current_language() == "en"
    assert "stays in English" in caplog.text
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)  # Qt's own stay English too
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancel"


def test_the_window_says_so_when_the_translation_is_broken(demo, monkeypatch, tmp_path):
    monkeypatch.setattr(i18n, "qm_file", lambda lang: tmp_path / "missing.qm")
    switch(demo, "sv")
    assert demo.menuBar().actions()[0].text() == "&File"
    assert "stays in English" in demo.statusBar().currentMessage()


def test_an_unknown_remembered_language_gives_swedish(qapp):
    assert i18n.start("klingon") == "sv"


def test_a_window_opened_on_a_session_builds_the_library_when_first_shown(
        qtbot, lib, demo_id, settings, clock):
    """Started straight on a session, the window has no library view until it is asked
    for; a language switch before that does not build it, and it then comes in the new
    language with the sessions listed."""
    window = MainWindow(lib, settings, clock, session_id=demo_id)
    qtbot.addWidget(window)
    window.show()
    assert window._library is None and window.pages.currentWidget() is window.session
    switch(window, "en")
    assert window._library is None and window.session.back.text() == "← All sessions"
    window.show_library()
    assert window.pages.currentWidget() is window.library
    assert window.library.table.accessibleName() == "Sessions"
    assert window.library.model.rowCount() == 1
    switch(window, "sv")
    assert window.pages.currentWidget() is window.library  # rebuilt, still on screen
    assert window.library.table.accessibleName() == "Sessioner"
