"""The countdown of the current phase: start, pause, reset, finish, overrun; times stored.

The clock is the fixture's FakeClock, moved by hand: no test sleeps.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from tillitworkshop.store.read import load_workshop


def item(window, phase):
    w = load_workshop(window.lib, window.session.state.id)
    return next(a for a in w.agenda if a.phase == phase)


def test_start_counts_down_and_pause_stops_the_clock(fresh, clock, qtbot):
    """F5 starts the good meeting's 45 minutes; a minute later 44:00 is left; F5 pauses."""
    fresh.session.show_phase("good_meeting")
    timer = fresh.session.timer
    assert timer.clock.text() == "45:00" and timer.start.text() == "Start"
    qtbot.keyClick(fresh, Qt.Key.Key_F5)
    assert item(fresh, "good_meeting").started_at == clock().isoformat(timespec="seconds")
    clock.advance(60)
    timer.refresh()
    assert timer.clock.text() == "44:00" and timer.start.text() == "Pause"
    qtbot.keyClick(fresh, Qt.Key.Key_F5)
    clock.advance(600)
    timer.refresh()
    assert timer.clock.text() == "44:00" and timer.start.text() == "Resume"
    assert item(fresh, "good_meeting").elapsed_seconds == 60


def test_overrun_is_shown_not_hidden(fresh, clock):
    """Past the time box the clock counts on with a plus sign and says how far over it is."""
    fresh.session.show_phase("good_meeting")
    timer = fresh.session.timer
    timer.start_pause()
    clock.advance(45 * 60 + 75)
    timer.refresh()
    assert timer.clock.text() == "+01:15"
    assert timer.clock.property("over") == "true"
    assert "over the time box" in timer.status.text()


def test_reset_is_undoable(fresh, clock, qtbot):
    """Shift+F5 resets to the full time box; Ctrl+Z gives the measured time back."""
    timer = fresh.session.timer
    timer.start_pause()
    clock.advance(300)
    timer.start_pause()
    qtbot.keyClick(fresh, Qt.Key.Key_F5, Qt.KeyboardModifier.ShiftModifier)
    assert item(fresh, "preparation").elapsed_seconds == 0 and timer.clock.text() == "30:00"
    fresh.undo_action.trigger()
    assert item(fresh, "preparation").elapsed_seconds == 300 and timer.clock.text() == "25:00"


def test_finish_stores_the_actual_end_and_starting_another_pauses_this(fresh, clock):
    """Done records the end time; starting the next phase's clock pauses the running one."""
    view = fresh.session
    view.timer.start_pause()
    clock.advance(120)
    view.show_phase("good_meeting")
    view.timer.start_pause()
    prep = item(fresh, "preparation")
    assert prep.running_since is None and prep.elapsed_seconds == 120
    clock.advance(30)
    view.timer.finish_item()
    done = item(fresh, "good_meeting")
    assert done.ended_at == clock().isoformat(timespec="seconds") and done.elapsed_seconds == 30
    assert view.timer.status.text() == "done"


def test_time_box_minutes_edit_from_the_timer(fresh):
    """The minutes under the clock change the phase's time box, undoably."""
    timer = fresh.session.timer
    timer.minutes.setValue(40)
    timer.minutes.editingFinished.emit()
    assert item(fresh, "preparation").minutes == 40 and timer.clock.text() == "40:00"
    fresh.undo_action.trigger()
    assert timer.clock.text() == "30:00"


def test_agenda_table_shows_actual_times(fresh, clock):
    """The agenda table in Förberedelse shows the time used and the actual start."""
    timer = fresh.session.timer
    timer.start_pause()
    clock.advance(65)
    timer.start_pause()
    model = fresh.session.pages["preparation"].agenda.model
    assert model.index(0, 3).data() == "01:05"
    assert model.index(0, 4).data().startswith("09:00–")


def test_the_running_clock_is_restyled_only_when_it_goes_over(fresh, clock, qtbot):
    """A tick changes the clock's text; its style is recomputed once, when it turns red, not per tick."""
    from PySide6.QtCore import QEvent, QObject

    timer = fresh.session.timer
    restyled = []

    class Watch(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.FontChange:
                restyled.append(timer.clock.text())
            return False

    watch = Watch(timer)
    timer.clock.installEventFilter(watch)
    timer.start_pause()
    for _ in range(10):
        clock.advance(1)
        timer.refresh()
    assert restyled == []
    clock.advance(3600)
    timer.refresh()
    turned_red = len(restyled)
    for _ in range(10):
        clock.advance(1)
        timer.refresh()
    assert turned_red > 0 and len(restyled) == turned_red
    assert timer.clock.property("over") == "true"


def test_a_phase_without_a_time_box_shows_no_clock_controls(fresh):
    """Follow-up has no time box: no start, reset, done or minutes to press, then back again."""
    fresh.session.show_phase("followup")
    timer = fresh.session.timer
    assert timer.title.text() == "No time box for this phase"
    assert not any(w.isVisibleTo(timer) for w in (timer.start, timer.reset, timer.finish,
                                                   timer.minutes, timer.bar))
    fresh.session.show_phase("good_meeting")
    assert timer.start.isVisibleTo(timer) and timer.clock.text() == "45:00"
