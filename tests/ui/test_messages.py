"""Validation and storage messages are said in the window's language: Swedish in a Swedish
window, English in an English one (the store's own text stays English for the CLI)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from tillitworkshop.domain import ValidationError
from tillitworkshop.domain.validation import FieldError
from tillitworkshop.store import StorageError, StoreError
from tillitworkshop.store import participants as participant_ops
from tillitworkshop.ui.common.messages import message_of
from tillitworkshop.ui.shell import i18n

from .test_i18n import switch

REPO = Path(__file__).resolve().parents[2]

# (Swedish, English) of each message, and the English the store itself writes.
EMPTY_NAME = ("Namn måste fyllas i.", "Name must not be empty.")
BAD_DATE = ("”15/10” är inget datum", "“15/10” is not a date")
NO_OWNER = ("Ange en ansvarig", "Name an owner")
DISK_FULL = ("Ändringen sparades inte: disken är full", "This edit was not stored: the disk is full")


@pytest.fixture(scope="module", autouse=True)
def compiled():
    """The .qm files, compiled from the .ts as `make translations` does."""
    subprocess.run([sys.executable, str(REPO / "build_installer.py"), "--translations-only"],
                   check=True, capture_output=True)


@pytest.fixture(autouse=True)
def no_translators_after():
    yield
    if QCoreApplication.instance() is not None:
        i18n.translations().reset()


def said(pair: tuple[str, str], lang: str) -> tuple[str, str]:
    """(what must be on screen, what must not) in ``lang``."""
    sv, en = pair
    return (sv, en) if lang == "sv" else (en, sv)


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_an_empty_participant_name_is_said_in_the_window_s_language(fresh, lang):
    """The store's refusal of an empty name reads "Namn måste fyllas i." in Swedish."""
    switch(fresh, lang)
    roster = fresh.session.pages["preparation"].roster
    role = roster.role.itemData(1)
    with pytest.raises(ValidationError) as refused:
        participant_ops.add_participant(fresh.lib, fresh.session.state.id, "", role)
    roster.hint.show_error(refused.value)
    shown, absent = said(EMPTY_NAME, lang)
    assert roster.hint.isVisible() and shown in roster.hint.text()
    assert absent not in roster.hint.text()


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_a_bad_date_in_the_session_form_is_said_in_the_window_s_language(fresh, lang):
    """"15/10" as the day's date is refused with the field's label and the fix, translated."""
    switch(fresh, lang)
    form = fresh.session.pages["preparation"].form
    form.date.setText("15/10")
    assert form.commit("date") is False
    text = form.hints["date"].text()
    shown, absent = said(BAD_DATE, lang)
    assert shown in text and absent not in text
    assert text.startswith({"sv": "Datum:", "en": "Date:"}[lang])
    assert ("ÅÅÅÅ-MM-DD" in text) == (lang == "sv")
    assert "'15/10' is not a date; write it as YYYY-MM-DD" not in text


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_a_commitment_without_owner_is_said_in_the_window_s_language(fresh, qtbot, lang):
    """The commitment form's own checks (owner, date) are translated, not left in English."""
    switch(fresh, lang)
    fresh.session.show_phase("commitments")
    p = fresh.session.pages["commitments"]
    qtbot.keyClicks(p.what, "Ett system")
    qtbot.keyClicks(p.due, "31/3")
    qtbot.keyClick(p.what, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    shown, absent = said(NO_OWNER, lang)
    assert p.hints["owner"].isVisible()
    assert shown in p.hints["owner"].text() and absent not in p.hints["owner"].text()
    due = p.hints["due"].text()
    assert due.startswith({"sv": "Skriv datumet som ÅÅÅÅ-MM-DD", "en": "Write the date as"}[lang])


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_a_full_disk_is_said_in_the_window_s_language(fresh, lib, lang):
    """Disk full: the banner and the status bar say it in Swedish (or English); the note stays.
    The banner says it whole, with the library's path; the status bar its first sentence."""
    switch(fresh, lang)
    fresh.session.show_phase("good_meeting")
    column = fresh.session.pages["good_meeting"].value
    pages = lib.db.execute("PRAGMA page_count").fetchone()[0]
    lib.db.execute(f"PRAGMA max_page_count = {pages}")
    try:
        column.input.setText("Ett långt inlägg om tillit i mötet. " * 3000)
        column.input.returnPressed.emit()
    finally:
        lib.db.execute("PRAGMA max_page_count = 1073741823")
    shown, absent = said(DISK_FULL, lang)
    for text in (fresh.banner.text(), fresh.statusBar().currentMessage()):
        assert shown in text and absent not in text
    assert str(lib.path) in fresh.banner.text()


def test_store_errors_keep_their_english_text_and_carry_a_code(lib):
    """The CLI's English is unchanged; the code and params are what the window translates."""
    e = StorageError("This edit was not stored: the disk is full. ...", lib.path, "disk_full")
    assert str(e).startswith("This edit was not stored")
    assert e.code == "disk_full" and e.params["path"] == str(lib.path)
    assert message_of(e).startswith("This edit was not stored: the disk is full. Free some space")


def test_an_unknown_code_falls_back_to_the_english_message(qapp):
    """Without a known code the message is said as the store wrote it."""
    assert i18n.translations().switch("sv") == "sv"
    error = ValidationError([FieldError("shoe_size", "is too big", "too_big")])
    assert message_of(error) == "Shoe size is too big."
    assert message_of(StoreError("Something odd happened.")) == "Something odd happened."
    known = ValidationError([FieldError("due_date", "must not be empty", "empty")])
    assert message_of(known) == "Till när måste fyllas i."


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_an_unknown_value_lists_the_choices(qapp, lang):
    """A field with a fixed set of values says which values it takes, in either language."""
    assert i18n.translations().switch(lang) == lang
    error = ValidationError([FieldError("vote_mode", "unknown value 'room'", "unknown_value",
                                        {"value": "room", "allowed": ["participant", "session"]})])
    assert message_of(error).endswith({"sv": "välj ett av participant, session.",
                                       "en": "choose one of participant, session."}[lang])


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_a_damaged_record_is_named_in_the_window_s_language(fresh, lang):
    """An export or a session that meets text that is not UTF-8 names the record."""
    from tillitworkshop.store import LibraryCorrupt

    switch(fresh, lang)
    error = LibraryCorrupt("", None, "damaged_record", session="s1", table="notes",
                           record="n7", column="text")
    shown, absent = said(("i tabellen notes är posten n7 skadad",
                          "in table notes, record n7 is damaged"), lang)
    assert shown in message_of(error) and absent not in message_of(error)
