"""An open session: the phases as a stepper, the current phase's page, and its timer."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from tillitworkshop.content import catalogue
from tillitworkshop.domain import PHASES
from tillitworkshop.store import sessions as session_ops
from tillitworkshop.ui.common.state import SessionState
from tillitworkshop.ui.common.widgets import label, push_button
from tillitworkshop.ui.phases import PAGES

from . import regions
from .i18n import long_date
from .pages import LazyPages
from .timer_panel import TimerPanel

BUILT = tuple(PAGES)


class SessionView(QWidget):
    back_requested = Signal()
    phase_changed = Signal(str)

    def __init__(self, state: SessionState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.stack = QStackedWidget(self)
        # Each page is built, and its module imported, when first shown (see pages.py).
        # Made inside the stack: reparenting a built page would polish it all again.
        self.pages = LazyPages(PAGES, lambda page: page(state, self.stack), self.stack)
        self.title = label("", "title", self)
        self.guidance = label("", "guidance", self, wrap=True)
        self.timer = TimerPanel(state, self)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self._sidebar())
        main = QVBoxLayout()
        main.setContentsMargins(28, 18, 28, 18)
        main.addWidget(self.title)
        main.addWidget(self.guidance)
        main.addSpacing(8)
        main.addWidget(self.stack, 1)
        row.addLayout(main, 1)
        state.reloaded.connect(self._show_session)
        self._show_session()
        regions.install(self)  # F6 / Shift+F6
        self.phase: str = ""
        start = state.workshop.current_phase
        self.show_phase(start if start in BUILT else BUILT[0], store=False)

    def _sidebar(self) -> QWidget:
        side = QWidget(self)
        side.setObjectName("sidebar")
        side.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        side.setFixedWidth(330)
        self.back = push_button(self.tr("← All sessions"), side)
        self.back.setAccessibleName(self.tr("Back to all sessions"))
        self.back.setFlat(True)
        self.back.clicked.connect(self.back_requested.emit)
        self.organisation = label("", "section", side, wrap=True)
        self.when = label("", "subtitle", side, wrap=True)
        self.stepper = QListWidget(side)
        self.stepper.setObjectName("stepper")
        self.stepper.setAccessibleName(self.tr("Phases of the day"))
        for key in BUILT:
            number = PHASES.index(key) + 1
            item = QListWidgetItem(f"{number}   {catalogue().phase(key).name(self.state.lang)}")
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.stepper.addItem(item)
        self.stepper.currentRowChanged.connect(lambda r: self.show_phase(BUILT[r]) if r >= 0 else None)
        box = QVBoxLayout(side)
        box.setContentsMargins(14, 14, 14, 14)
        for w in (self.back, self.organisation, self.when):
            box.addWidget(w)
        box.addSpacing(10)
        box.addWidget(self.stepper, 1)
        box.addWidget(self.timer)
        return side

    def _show_session(self) -> None:
        w = self.state.workshop
        self.organisation.setText(w.organisation)
        sector = catalogue().sector(w.sector).name(self.state.lang)
        self.when.setText(" · ".join(x for x in (long_date(w.date), w.place, sector) if x))

    def show_phase(self, key: str, store: bool = True) -> None:
        if key == self.phase:
            return
        self.phase = key
        self.stack.setCurrentWidget(self.pages[key])
        self.stepper.blockSignals(True)
        self.stepper.setCurrentRow(BUILT.index(key))
        self.stepper.blockSignals(False)
        phase = catalogue().phase(key)
        self.title.setText(phase.name(self.state.lang))
        self.guidance.setText(phase.guidance(self.state.lang))
        self.timer.set_phase(key)
        if store:  # where the day is, for the library's progress; navigation, not an edit
            session_ops.update_session(self.state.lib, self.state.id, current_phase=key)
        self.phase_changed.emit(key)
        self.focus_page()

    def focus_page(self) -> None:
        page = self.pages[self.phase]
        if hasattr(page, "focus_first"):
            page.focus_first()

    def step(self, delta: int) -> None:
        at = BUILT.index(self.phase) + delta
        if 0 <= at < len(BUILT):
            self.show_phase(BUILT[at])
