"""A whole day with the keyboard alone, the presenter open: a new session from Ctrl+N to
the exported PDFs, each step a key event sent where the keyboard focus is (issue 20).

No mouse and no slot is called; the only help the test gives is what the desktop would:
the window is activated again when a dialog closes (the offscreen platform has no window
manager), and opening the export folder is recorded instead of launching a file manager.
"""

from __future__ import annotations

import asyncio

import pytest
import qasync
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog

from tillitworkshop.store.read import load_workshop
from tillitworkshop.store.sessions import list_sessions

from .helpers import all_texts

CTRL, ALT, SHIFT = (Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier,
                    Qt.KeyboardModifier.ShiftModifier)
NONE = Qt.KeyboardModifier.NoModifier


@pytest.fixture
def loop(qapp):
    loop = qasync.QEventLoop(QApplication.instance())
    asyncio.set_event_loop(loop)
    yield loop
    loop.close()
    asyncio.set_event_loop(None)


@pytest.fixture(autouse=True)
def one_letter_searches():
    """A list's type-ahead joins letters typed within this interval into one search; a test
    types faster than anyone, so each letter here starts a search of its own."""
    before = QApplication.keyboardInputInterval()
    QApplication.setKeyboardInputInterval(0)
    yield
    QApplication.setKeyboardInputInterval(before)


class Keyboard:
    def __init__(self, window):
        self.window = window

    def focus(self):
        return QApplication.focusWidget() or QApplication.activeModalWidget() or self.window

    def press(self, key, modifiers=NONE, times: int = 1) -> None:
        for _ in range(times):
            QTest.keyClick(self.focus(), key, modifiers)
            QApplication.processEvents()

    def type(self, text: str) -> None:
        """One character at a time: QTest types ASCII only (EXAMPLES.md)."""
        for ch in text:
            QTest.sendKeyEvent(QTest.KeyAction.Click, self.focus(), Qt.Key.Key_unknown, ch, NONE)
        QApplication.processEvents()

    def desktop_activates(self) -> None:
        self.window.activateWindow()
        QApplication.processEvents()
        assert QApplication.activeWindow() is self.window

    def name(self) -> str:
        return self.focus().accessibleName()

    def tab_to(self, accessible_name: str, limit: int = 40) -> None:
        for _ in range(limit):
            if self.name() == accessible_name:
                return
            self.press(Qt.Key.Key_Tab)
        raise AssertionError(f"Tab never reached {accessible_name!r} (at {self.name()!r})")


def test_a_whole_day_by_keyboard_with_the_presenter_open(window, lib, tmp_path, loop):
    kb = Keyboard(window)
    kb.desktop_activates()
    # A new session: Ctrl+N, the organisation, the sector as it is, the date.
    kb.press(Qt.Key.Key_N, CTRL)
    assert kb.name() == "Organisation"
    kb.type("Ölme kommun, omsorgen")
    kb.press(Qt.Key.Key_Tab, times=2)
    kb.press(Qt.Key.Key_A, CTRL)
    kb.type("2026-05-20")
    kb.press(Qt.Key.Key_Return)
    kb.desktop_activates()  # the window manager's part when a dialog closes
    assert window.session is not None
    kb.press(Qt.Key.Key_F7)
    presenter = window.presenter.window
    assert presenter.isVisible() and window.isActiveWindow()

    # The roster: one who may be named, one who may not.
    for name, role_letter, consent in (("Åsa Lind", "E", True), ("Björn Ek", "M", False)):
        kb.tab_to("Participant's name")
        kb.type(name)
        kb.press(Qt.Key.Key_Tab)
        kb.type(role_letter)
        kb.press(Qt.Key.Key_Tab)
        kb.type("Hemtjänsten")
        if consent:
            kb.press(Qt.Key.Key_Tab)
            kb.press(Qt.Key.Key_Space)
            kb.press(Qt.Key.Key_Tab, SHIFT)
        kb.press(Qt.Key.Key_Return)
    sid = window.session.state.id
    people = {p.name: p for p in load_workshop(lib, sid).participants}
    assert people["Åsa Lind"].consent and people["Åsa Lind"].role == "enhetschef"
    assert not people["Björn Ek"].consent and people["Björn Ek"].role == "medarbetare"

    # Det goda mötet: a note said by the participant who may not be named.
    kb.press(Qt.Key.Key_2, CTRL)
    assert presenter.slide.slide.key == "good_meeting"
    kb.press(Qt.Key.Key_1, ALT)
    kb.type("Tid att lyssna på brukaren")
    kb.press(Qt.Key.Key_Tab)
    kb.tab_to("Said by")
    kb.type("B")
    kb.press(Qt.Key.Key_Tab, SHIFT)
    assert kb.name().startswith("New note")
    kb.press(Qt.Key.Key_Return)
    texts = " ".join(all_texts(presenter))
    assert "Tid att lyssna på brukaren — Medarbetare 1" in texts and "Björn" not in texts

    # Styrkedjan: the next link down, a note on what hinders there.
    kb.press(Qt.Key.Key_3, CTRL)
    kb.press(Qt.Key.Key_Down)
    assert presenter.slide.slide.key == "chain:medarbetare"
    kb.press(Qt.Key.Key_3, ALT)
    kb.type("Dubbeldokumentation i två system")
    kb.press(Qt.Key.Key_Return)
    assert any("Dubbeldokumentation i två system" in t for t in all_texts(presenter))

    # Principkort: the second card on the presenter, then ratings typed as digits.
    kb.press(Qt.Key.Key_4, CTRL)
    kb.press(Qt.Key.Key_Down)
    assert presenter.slide.slide.key == "card:medborgarfokus"
    kb.press(Qt.Key.Key_2, CTRL | SHIFT)
    kb.tab_to("Ratings: where are we today, 1 to 5")
    kb.type("4")
    kb.type("2")
    assert len(load_workshop(lib, sid).ratings) == 2
    kb.press(Qt.Key.Key_3, CTRL | SHIFT)
    assert presenter.slide.slide.key == "gaps"

    # Problemkartläggning: a problem, onto an obstacle, two dots.
    kb.press(Qt.Key.Key_5, CTRL)
    kb.press(Qt.Key.Key_N, ALT)
    kb.type("Schemat ändras varje vecka")
    kb.press(Qt.Key.Key_Return)
    problem = next(n for n in window.session.state.notes.values() if n.phase == "problems")
    for _ in range(30):  # Tab to the list that holds it
        page = window.session.pages["problems"]
        cur = page.current()
        if cur is not None and cur[1].id == problem.id and kb.focus() is page.columns[cur[0]].view:
            break
        kb.press(Qt.Key.Key_Tab)
    kb.press(Qt.Key.Key_Right, CTRL)
    kb.type("+")
    kb.type("+")
    stored = window.session.state.notes[problem.id]
    assert stored.obstacle is not None and stored.votes == 2
    assert any("Schemat ändras varje vecka" in t and "2" in t for t in all_texts(presenter))

    # Åtaganden: what will be done, stored with Ctrl+Return.
    kb.press(Qt.Key.Key_6, CTRL)
    kb.type("Ett schema per termin")
    kb.tab_to("Owner: a participant")
    kb.type("B")  # Björn Ek, who did not consent
    kb.tab_to("By when")
    kb.type("2026-08-31")
    kb.press(Qt.Key.Key_Return, CTRL)
    commitment = load_workshop(lib, sid).commitments[0]
    assert commitment.what == "Ett schema per termin" and commitment.due_date == "2026-08-31"
    assert commitment.owner_participant_id == people["Björn Ek"].id
    texts = " ".join(all_texts(presenter))
    assert "Ett schema per termin" in texts and "Medarbetare 1" in texts and "Björn" not in texts

    # Avslutning: the follow-up date, then the summary PDF, its name typed in the dialog.
    kb.press(Qt.Key.Key_7, CTRL)
    assert presenter.slide.slide.key == "closing"
    kb.type("2026-11-20")
    kb.press(Qt.Key.Key_Tab)
    closing = window.session.pages["closing"]
    opened: list = []
    closing.open_folder = opened.append  # the file manager is not started in a test
    target = tmp_path / "summary.pdf"
    def export(button, path) -> None:
        """Space on the button; in the file dialog, the path typed and Enter; then wait for
        the PDF, written in the executor."""
        def in_the_dialog():  # runs inside the dialog's own event loop
            if not isinstance(QApplication.activeModalWidget(), QFileDialog):
                QTimer.singleShot(20, in_the_dialog)
                return
            kb.press(Qt.Key.Key_A, CTRL)
            kb.type(str(path))
            kb.press(Qt.Key.Key_Return)

        async def written(count):
            while len(opened) < count:
                await asyncio.sleep(0.05)

        for _ in range(20):
            if kb.focus() is button:
                break
            kb.press(Qt.Key.Key_Tab)
        assert kb.focus() is button
        QTimer.singleShot(0, in_the_dialog)
        kb.press(Qt.Key.Key_Space)
        loop.run_until_complete(asyncio.wait_for(written(len(opened) + 1), 120))
        kb.desktop_activates()  # the window manager's part when a dialog closes

    export(closing.pdf["summary"], target)
    export(closing.pdf["handouts"], tmp_path)
    folder = tmp_path / closing.default_name("handouts")
    handouts = sorted(folder.glob("*.pdf"))
    assert [h.name for h in handouts] == ["00-alla-deltagare.pdf", "01-asa-lind.pdf",
                                          "02-medarbetare-1.pdf"]
    assert all(h.read_bytes().startswith(b"%PDF") for h in handouts)
    assert target.is_file() and target.read_bytes().startswith(b"%PDF")
    assert opened == [tmp_path, folder]
    day = load_workshop(lib, sid)
    assert day.follow_up_date == "2026-11-20" and len(day.notes) == 3
    assert [s.organisation for s in list_sessions(lib)] == ["Ölme kommun, omsorgen"]
    for person in ("Björn", "Ek"):
        assert not any(person in t for t in all_texts(presenter))
