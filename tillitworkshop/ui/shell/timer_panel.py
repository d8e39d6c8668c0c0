"""The countdown of the phase on screen: start, pause, reset and finish; overrun shown.

The clock is stored, not kept in memory (see store.agenda): start, pause,
reset and finish are undoable edits, and a restart mid-phase finds the timer
where it was. The clock is injected (``SessionState.clock``) so tests need no
sleeping.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QProgressBar,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tillitworkshop.domain import AgendaItem
from tillitworkshop.store import agenda as agenda_ops
from tillitworkshop.ui.common.clock import NO_TIME, clock_text, elapsed, qt_int
from tillitworkshop.ui.common.state import SessionState
from tillitworkshop.ui.common.widgets import ElidedLabel, HintLabel, label, push_button, set_look


class TimerPanel(QFrame):
    """The countdown for the phase on screen: start/pause, reset, finish; overrun shown."""

    def __init__(self, state: SessionState, parent: QWidget | None = None):
        super().__init__(parent)
        self.setProperty("role", "card")
        self.state = state
        self.phase: str | None = None
        self.compact = False  # beside a sidebar of numbers: the clock and Start only
        self.low = False  # on a low window: no title (the page's title says it)
        self.title = ElidedLabel("subtitle", self)  # one line: the sidebar keeps every phase
        self.clock = label("00:00", "clock", self)
        self.clock.setAccessibleName(self.tr("Time left"))
        self.status = label("", "guidance", self, wrap=True)
        self.bar = QProgressBar(self)
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(8)
        self.bar.setAccessibleName(self.tr("Share of the time box used"))
        self.start = push_button(self.tr("Start"), self)
        self.start.setProperty("role", "primary")
        self.start.setAccessibleName(self.tr("Start or pause the timer"))
        self.reset = push_button(self.tr("Reset"), self)
        self.reset.setAccessibleName(self.tr("Reset the timer"))
        self.finish = push_button(self.tr("Done"), self)
        self.finish.setAccessibleName(self.tr("Finish this time box"))
        self.minutes = QSpinBox(self)
        self.minutes.setRange(0, 1440)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Time box in minutes"))
        self.hint = HintLabel(self)
        # The time box whose clock runs, when it is not this phase's: it stays in sight
        # whatever phase the facilitator opens (issue 20).
        self.elsewhere = label("", "guidance", self, wrap=True)
        self.elsewhere.setAccessibleName(self.tr("Timer running in another phase"))
        self.elsewhere.hide()
        # Two rows, not three buttons in one: "Återställ" was cut in a 280-px sidebar.
        buttons = QGridLayout()
        buttons.setSpacing(6)
        buttons.addWidget(self.start, 0, 0)
        buttons.addWidget(self.minutes, 0, 1)
        buttons.addWidget(self.reset, 1, 0)
        buttons.addWidget(self.finish, 1, 1)
        box = QVBoxLayout(self)
        box.setContentsMargins(10, 8, 10, 8)
        box.setSpacing(4)
        for w in (self.title, self.clock, self.bar, self.status):
            box.addWidget(w)
        box.addLayout(buttons)
        box.addWidget(self.hint)
        box.addWidget(self.elsewhere)
        self.start.clicked.connect(self.start_pause)
        self.reset.clicked.connect(self.reset_timer)
        self.finish.clicked.connect(self.finish_item)
        self.minutes.editingFinished.connect(self._minutes_edited)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self.refresh)
        state.reloaded.connect(self.refresh)

    def set_compact(self, compact: bool) -> None:
        self.compact = compact
        set_look(self.clock, "compact", "true" if compact else "false")
        self.refresh()

    def set_low(self, low: bool) -> None:
        if low != self.low:
            self.low = low
            self.title.setVisible(not (self.compact or low))

    def set_phase(self, phase: str) -> None:
        self.phase = phase
        self.refresh()

    def item(self) -> AgendaItem | None:
        return next((a for a in self.state.workshop.agenda if a.phase == self.phase), None)

    def _show_elsewhere(self, here: AgendaItem | None) -> bool:
        """Say which other time box runs, and its clock; True when one does."""
        other = next((a for a in self.state.workshop.agenda
                      if a.running_since and a is not here), None)
        if other is not None:
            left = other.minutes * 60 - elapsed(other, self.state.clock())
            shown = clock_text(left)
            self.elsewhere.setText(self.tr("Running: %1 · %2").replace("%1", other.title).replace(
                "%2", ("+" if left < 0 and shown != NO_TIME else "") + shown))
        self.elsewhere.setVisible(other is not None)
        return other is not None

    def refresh(self) -> None:
        a = self.item()
        if self._show_elsewhere(a) and not self._tick.isActive():
            self._tick.start()
        # A phase without a time box (follow-up, months later) shows no clock controls at all.
        for w in (self.start, self.reset, self.finish, self.minutes, self.bar, self.status):
            w.setVisible(a is not None and (w is self.start or not self.compact))
        self.title.setVisible(not (self.compact or self.low))
        if a is None:
            self.title.set_full_text(self.tr("No time box for this phase"))
            self.clock.setText("–")
            if not self.elsewhere.isVisible():
                self._tick.stop()
            return
        self.title.set_full_text(a.title)
        if not self.minutes.hasFocus():
            self.minutes.setValue(qt_int(a.minutes))
        used = elapsed(a, self.state.clock())
        left = a.minutes * 60 - used
        over = left < 0
        shown = clock_text(left)
        self.clock.setText(("+" if over and shown != NO_TIME else "") + shown)
        self.clock.setAccessibleName(self.tr("Over time") if over else self.tr("Time left"))
        set_look(self.clock, "over", "true" if over else "false")  # restyled on a change only
        self.bar.setRange(0, max(1, qt_int(a.minutes * 60)))
        self.bar.setValue(qt_int(min(used, a.minutes * 60)))
        running = a.running_since is not None
        text = (self.tr("Pause") if running else
                self.tr("Resume") if used else self.tr("Start"))
        # Beside the phases as numbers, a sign: the word, in the tooltip, did not fit.
        self.start.setText(("❚❚" if running else "▶") if self.compact else text)
        self.start.setToolTip(text if self.compact else "")
        if running:
            state = self.tr("running")
        elif a.ended_at:
            state = self.tr("done")
        else:
            state = self.tr("paused") if used else self.tr("not started")
        if over:
            state += " · " + self.tr("%1 over the time box").replace("%1", clock_text(left))
        self.status.setText(state)
        if running and not self._tick.isActive():
            self._tick.start()
        elif not running and not self.elsewhere.isVisible():
            self._tick.stop()

    def _run(self, text: str, operation) -> None:
        self.state.attempt(text, operation, self.hint)

    def start_pause(self) -> None:
        a, s = self.item(), self.state
        if a is None:
            return
        at = s.now_iso()
        if a.running_since:
            self._run(self.tr("Pause timer"), lambda: agenda_ops.pause_timer(s.lib, a.id, at))
        else:
            self._run(self.tr("Start timer"), lambda: agenda_ops.start_timer(s.lib, a.id, at))

    def reset_timer(self) -> None:
        a, s = self.item(), self.state
        if a is not None:
            self._run(self.tr("Reset timer"), lambda: agenda_ops.reset_timer(s.lib, a.id))

    def finish_item(self) -> None:
        a, s = self.item(), self.state
        if a is not None:
            at = s.now_iso()
            self._run(self.tr("Finish time box"), lambda: agenda_ops.finish_item(s.lib, a.id, at))

    def _minutes_edited(self) -> None:
        a, s, value = self.item(), self.state, self.minutes.value()
        if a is not None and value != a.minutes:
            self._run(self.tr("Change time box"),
                      lambda: agenda_ops.update_item(s.lib, a.id, minutes=value))
