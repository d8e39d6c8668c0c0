"""The running time box's clock stays in sight in the facilitator's window, and is on the
presenter, whatever phase is open (issue 20)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from .helpers import open_presenter


def test_the_running_timer_stays_visible_in_another_phase(fresh, clock, qtbot):
    fresh.session.show_phase("good_meeting")
    qtbot.keyClick(fresh, Qt.Key.Key_F5)  # the good meeting's 45 minutes run
    clock.advance(120)
    fresh.session.show_phase("chain")
    timer = fresh.session.timer
    assert timer.elsewhere.isVisibleTo(fresh)
    assert "43:00" in timer.elsewhere.text() and "Det goda mötet" in timer.elsewhere.text()
    assert timer._tick.isActive()  # it keeps counting
    clock.advance(60)
    timer._tick.timeout.emit()
    assert "42:00" in timer.elsewhere.text()
    fresh.session.show_phase("good_meeting")  # its own phase: the main clock, no second line
    assert not timer.elsewhere.isVisibleTo(fresh) and timer.clock.text() == "42:00"


def test_the_presenter_shows_the_running_time_box_and_big_on_request(fresh, clock, qtbot):
    p = open_presenter(fresh)
    fresh.session.show_phase("good_meeting")
    qtbot.keyClick(fresh, Qt.Key.Key_F5)
    clock.advance(30)
    fresh.session.show_phase("problems")
    p.tick.timeout.emit()
    assert p.clock.text().endswith("44:30") and "goda mötet" in p.clock.text(), p.clock.text()
    qtbot.keyClick(fresh, Qt.Key.Key_F9)
    assert p.pages.currentWidget() is p.timer_page and p.timer_big.text() == "44:30"
