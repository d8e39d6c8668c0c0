"""The presenter window: the slide for what the facilitator has open, the time box's clock,
and the states a projector needs: frozen, blacked out, blank (no session), the big clock.

It reads the session (``SessionState``) and the facilitator's phase and item, never the
facilitator's widgets. A place for a "join" panel is kept at its right (the room's QR
code, another issue): ``set_join_panel``.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from tillitworkshop.domain import AgendaItem, Workshop
from tillitworkshop.ui.common.clock import NO_TIME, clock_text, elapsed
from tillitworkshop.ui.common.state import SessionState
from tillitworkshop.ui.shell import theme

from .entries import EntryList
from .fit import cap, font_for
from .slides import Slides
from .view import BACKGROUND, SlideView, paint, plain, text_label

APP_NAME = "Tillit Workshop"


def current_item(workshop: Workshop, phase: str) -> AgendaItem | None:
    """The time box the room is in: the one whose timer runs, else the open phase's."""
    running = next((a for a in workshop.agenda if a.running_since), None)
    return running or next((a for a in workshop.agenda if a.phase == phase), None)


class PresenterWindow(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("presenter")
        # Opening it leaves the keyboard with the facilitator's window.
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        paint(self, theme.INK, BACKGROUND)
        self.state: SessionState | None = None
        self.phase = ""
        self.focus = ""
        self.frozen = False
        self.big_clock = False
        self.stale = False
        self.drawn = False  # a slide has been shown (freezing holds it from then on)
        self.pages = QStackedWidget(self)
        self.live = QWidget(self.pages)
        paint(self.live, theme.INK)
        self.slide = SlideView(self.live)
        self.join_slot = QVBoxLayout()  # the room's join panel goes here (set_join_panel)
        self.join_panel: QWidget | None = None
        self.clock = text_label(self.live, "clock")
        self.clock.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.slide.corner.addWidget(self.clock, 3, Qt.AlignmentFlag.AlignTop)
        row = QHBoxLayout()
        row.addWidget(self.slide, 1)
        row.addLayout(self.join_slot)
        box = QVBoxLayout(self.live)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(row, 1)
        self.black = QWidget(self.pages)
        paint(self.black, "#ffffff", "#000000")
        self.blank = QWidget(self.pages)
        paint(self.blank, theme.INK)
        self.blank_name = text_label(self.blank, "blank", theme.ACCENT)
        self.blank_name.setText(APP_NAME)
        self.blank_name.setAlignment(Qt.AlignmentFlag.AlignCenter)
        QVBoxLayout(self.blank).addWidget(self.blank_name)
        self.timer_page = QWidget(self.pages)
        paint(self.timer_page, theme.INK)
        self.timer_title = text_label(self.timer_page, "title", theme.ACCENT)
        self.timer_big = text_label(self.timer_page, "big_clock")
        self.timer_big.setWordWrap(False)
        for w in (self.timer_title, self.timer_big):
            w.setAlignment(Qt.AlignmentFlag.AlignCenter)
        tbox = QVBoxLayout(self.timer_page)
        tbox.addStretch(1)
        tbox.addWidget(self.timer_title)
        tbox.addWidget(self.timer_big)
        tbox.addStretch(1)
        for page in (self.live, self.black, self.blank, self.timer_page):
            self.pages.addWidget(page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.pages)
        self.tick = QTimer(self)
        self.tick.setInterval(1000)
        self.tick.timeout.connect(self.show_clock)
        self.blacked_out = False
        self._slides: Slides | None = None
        self._slides_key: tuple = ()
        self.resize(1280, 720)
        self._title()
        self._fonts()
        self.show_page()

    def _title(self) -> None:
        self.setWindowTitle(self.tr("Presenter — %1").replace("%1", APP_NAME))

    # What it follows
    def follow(self, state: SessionState | None, phase: str = "") -> None:
        """Show ``state`` (None: no session open, the blank page)."""
        if self.state is not None:
            for signal, slot in ((self.state.reloaded, self.refresh),
                                 (self.state.notes_changed, self._notes_changed),
                                 (self.state.focus_changed, self._focus_changed),
                                 (self.state.destroyed, self._state_gone)):
                with contextlib.suppress(RuntimeError, TypeError):
                    signal.disconnect(slot)
        self.state = state
        self.slide.slide = None
        self._slides = None
        if state is not None:
            state.reloaded.connect(self.refresh)
            state.notes_changed.connect(self._notes_changed)
            state.focus_changed.connect(self._focus_changed)
            state.destroyed.connect(self._state_gone)
            self.phase = phase or state.workshop.current_phase
            self.focus = state.focus.get(self.phase, "")
        self.refresh()

    def _state_gone(self, *_args) -> None:
        self.state = None
        self.refresh()

    def set_phase(self, phase: str) -> None:
        self.phase = phase
        self.focus = self.state.focus.get(phase, "") if self.state is not None else ""
        self.refresh()

    def _focus_changed(self) -> None:
        if self.state is not None:
            focus = self.state.focus.get(self.phase, "")
            if focus != self.focus:
                self.focus = focus
                self.refresh()

    def _notes_changed(self, ids: list[str]) -> None:
        """Only an edit of what is on the slide redraws it (a session may hold thousands)."""
        if self.state is None:
            return
        if not self.isVisible():  # closed: it costs the facilitator's edits nothing
            self._slides, self.stale = None, True
            return
        shown = self.slide.slide.key if self.slide.slide else ""
        if self._slides is not None:  # the slide maker's lists follow every edit
            self._slides.update(self.state.workshop, ids, self.state.notes)
        for nid in ids:
            n = self.state.notes.get(nid)
            if n is None or n.phase == self.phase or shown == "closing":
                self.refresh(notes_only=True)
                return

    # Drawing
    def slides(self, notes_only: bool = False) -> Slides:
        """The slide maker, made again unless only notes changed since the last (names,
        roles and the language are fixed within it)."""
        assert self.state is not None
        key = (id(self.state), self.state.lang)
        if not (notes_only and self._slides is not None and self._slides_key == key):
            self._slides, self._slides_key = Slides(self.state.workshop, self.state.lang), key
        return self._slides

    def refresh(self, notes_only: bool = False) -> None:
        if not self.isVisible():
            self.stale = True  # drawn when it is shown (showEvent)
            return
        if self.frozen and self.drawn:  # frozen on what it shows, whatever the facilitator opens
            self.stale = True
            self.show_clock()
            return
        self.stale = False
        self.show_page()  # first: a hidden page's layout would be measured later
        if self.state is not None:
            self.slide.show_slide(self.slides(notes_only).build(self.phase, self.focus))
            self.drawn = True
        if not notes_only:  # the clock follows the agenda and the phase, not the notes
            self.show_clock()

    def show_page(self) -> None:
        if self.blacked_out:
            page = self.black
        elif self.state is None:
            page = self.blank
        elif self.big_clock:
            page = self.timer_page
        else:
            page = self.live
        if self.pages.currentWidget() is not page:
            self.pages.setCurrentWidget(page)
            if page is self.live and self.slide.slide is not None:
                self.slide.fit()  # what changed while it was hidden was measured hidden

    def _fonts(self) -> None:
        h, base = self.height(), self.font()
        for lbl, kind in ((self.blank_name, "blank"), (self.clock, "clock"),
                          (self.timer_title, "title"), (self.timer_big, "big_clock")):
            lbl.setFont(font_for(base, cap(kind, h), bold=kind != "clock"))

    def show_clock(self) -> None:
        state = self.state
        a = current_item(state.workshop, self.phase) if state is not None else None
        if state is None or a is None:
            self.clock.setText("")
            self.clock.hide()
            self.timer_title.setText("")
            self.timer_big.setText(NO_TIME)
            self.tick.stop()
            return
        left = a.minutes * 60 - elapsed(a, state.clock())
        shown = clock_text(left)
        text = ("+" if left < 0 and shown != NO_TIME else "") + shown
        ink = theme.OVER_INK if left < 0 else theme.INK
        self.clock.setText(f"{a.title} · {text}")
        self.clock.show()
        paint(self.clock, ink)
        self.timer_title.setText(a.title)
        self.timer_big.setText(text)
        paint(self.timer_big, ink)
        if a.running_since and not self.tick.isActive():
            self.tick.start()
        elif not a.running_since:
            self.tick.stop()

    # The facilitator's controls
    def set_frozen(self, on: bool) -> None:
        self.frozen = on
        if not on and self.stale:
            self.refresh()

    def set_blacked_out(self, on: bool) -> None:
        self.blacked_out = on
        self.show_page()

    def set_big_clock(self, on: bool) -> None:
        self.big_clock = on
        self.show_page()

    def set_join_panel(self, panel: QWidget | None) -> None:
        """Show ``panel`` (the room's join code) at the right of the slide; None hides it."""
        if self.join_panel is not None:
            self.join_slot.removeWidget(self.join_panel)
            self.join_panel.hide()
        self.join_panel = panel
        if panel is not None:
            panel.setParent(self.live)
            self.join_slot.addWidget(panel)
            panel.show()

    def texts(self) -> list[str]:
        """Every text the room can see now (for tests: privacy, size)."""
        page = self.pages.currentWidget()
        assert page is not None
        return [plain(w) for w in [*page.findChildren(QLabel), *page.findChildren(EntryList)]
                if w.isVisibleTo(self) and plain(w)]

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.stale:
            self.refresh()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fonts()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._title()
        super().changeEvent(event)
