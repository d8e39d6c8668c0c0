"""An open session: the phases as a stepper, the current phase's page, and its timer."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from tillitworkshop.content import catalogue
from tillitworkshop.domain import PHASES
from tillitworkshop.store import sessions as session_ops
from tillitworkshop.ui.common.state import SessionState
from tillitworkshop.ui.common.widgets import ElidedLabel, label, push_button
from tillitworkshop.ui.phases import PAGES

from . import regions
from .i18n import long_date
from .pages import LazyPages
from .timer_panel import TimerPanel

BUILT = tuple(PAGES)
SIDEBAR_WIDTH, SIDEBAR_NUMBERS = 280, 120  # the phase list in full, and as numbers only
SIDEBAR_MODES = ("full", "numbers", "hidden")
SCROLL_BAR = 16
SHORT = 700  # a session view lower than this: the sidebar shows only the phases and the clock


class PageStack(QStackedWidget):
    """A stack as large as the page on screen. QStackedWidget asks for the largest of all
    its pages, so once the widest page had been opened the window could not be narrower
    than it (1,611 px after Problemkartläggning, Åtaganden or Avslutning)."""

    def sizeHint(self) -> QSize:  # noqa: N802  (Qt's name)
        page = self.currentWidget()
        return page.sizeHint() if page is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        page = self.currentWidget()
        return page.minimumSizeHint() if page is not None else super().minimumSizeHint()

    # QStackedLayout also answers heightForWidth with the tallest of all its pages.
    def hasHeightForWidth(self) -> bool:  # noqa: N802
        page = self.currentWidget()
        return page is not None and page.hasHeightForWidth()

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        page = self.currentWidget()
        return page.heightForWidth(width) if page is not None else -1


class PageScroller(QScrollArea):
    """The page, scrolled up and down (never sideways) when the window is lower than it:
    as narrow as the page allows, never narrower (nothing is cut off at the side)."""

    def minimumSizeHint(self) -> QSize:  # noqa: N802  (Qt's name)
        page = self.widget()
        width = page.minimumSizeHint().width() if page is not None else 0
        # Room for the scroll bar, counted not asked: asking a scroll bar its size builds
        # the Python side of QStyle (~600 enum members) before the first paint.
        return QSize(width + SCROLL_BAR, 120)


def page_scroller(stack: QStackedWidget, parent: QWidget) -> QScrollArea:
    area = PageScroller(parent)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(stack)
    return area


class SessionView(QWidget):
    back_requested = Signal()
    phase_changed = Signal(str)
    sidebar_toggled = Signal(str)  # the mode the sidebar's own button asks for

    def __init__(self, state: SessionState, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.stack = PageStack(self)
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
        main.setContentsMargins(20, 14, 20, 10)
        main.addWidget(self.title)
        main.addWidget(self.guidance)
        main.addSpacing(6)
        self.scroller = page_scroller(self.stack, self)
        main.addWidget(self.scroller, 1)
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
        side.setFixedWidth(SIDEBAR_WIDTH)
        self.side = side
        self.sidebar_mode = "full"
        self.back = push_button(self.tr("← All sessions"), side)
        self.back.setAccessibleName(self.tr("Back to all sessions"))
        self.back.setFlat(True)
        self.back.clicked.connect(self.back_requested.emit)
        self.fold = push_button("«", side)
        self.fold.setFlat(True)
        self.fold.clicked.connect(lambda: self.sidebar_toggled.emit(
            "numbers" if self.sidebar_mode == "full" else "full"))
        self.organisation = ElidedLabel("section", side)
        self.when = ElidedLabel("subtitle", side)
        self.stepper = QListWidget(side)
        self.stepper.setObjectName("stepper")
        self.stepper.setAccessibleName(self.tr("Phases of the day"))
        self.stepper.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stepper.setTextElideMode(Qt.TextElideMode.ElideRight)
        for key in BUILT:
            number = PHASES.index(key) + 1
            name = catalogue().phase(key).name(self.state.lang)
            item = QListWidgetItem(f"{number}   {name}")
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setData(Qt.ItemDataRole.UserRole + 1, (str(number), f"{number}   {name}"))
            item.setToolTip(name)
            self.stepper.addItem(item)
        self.stepper.currentRowChanged.connect(lambda r: self.show_phase(BUILT[r]) if r >= 0 else None)
        box = QVBoxLayout(side)
        box.setContentsMargins(14, 10, 14, 10)
        top = QHBoxLayout()
        top.addWidget(self.back, 1)
        top.addWidget(self.fold)
        box.addLayout(top)
        for w in (self.organisation, self.when):
            box.addWidget(w)
        box.addSpacing(10)
        # As tall as its eight phases (a scroll bar beside eight lines hid a few pixels),
        # the room left over below it.
        self.stepper.setSizeAdjustPolicy(QListWidget.SizeAdjustPolicy.AdjustToContents)
        box.addWidget(self.stepper)
        box.addStretch(1)
        box.addWidget(self.timer)
        return side

    def set_sidebar(self, mode: str) -> None:
        """The phase list in full, as numbers only (the timer's clock kept), or hidden."""
        mode = mode if mode in SIDEBAR_MODES else "full"
        if mode == self.sidebar_mode:  # built in full: nothing restyled before the first paint
            return
        self.sidebar_mode = mode
        full = mode == "full"
        self.side.setVisible(mode != "hidden")
        self.side.setFixedWidth(SIDEBAR_WIDTH if full else SIDEBAR_NUMBERS)
        self.back.setText(self.tr("← All sessions") if full else "←")
        self.back.setToolTip("" if full else self.tr("Back to all sessions"))
        self._fit_height()
        for row in range(self.stepper.count()):
            item = self.stepper.item(row)
            item.setText(item.data(Qt.ItemDataRole.UserRole + 1)[1 if full else 0])
        self.timer.set_compact(not full)
        self.fold.setText("«" if full else "»")
        self.fold.setToolTip(self.tr("Show the phases as numbers only") if full
                             else self.tr("Show the phases' names"))
        self.fold.setAccessibleName(self.fold.toolTip())

    def resizeEvent(self, event) -> None:  # noqa: N802  (Qt's name)
        super().resizeEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        """On a low window (720 px, or 1080 at 150 %), the sidebar drops the session's name
        and date (the window's title has them) and the time box's title (the page's title
        has it), so that all eight phases and the timer fit without scrolling."""
        low = self.height() < SHORT
        full = self.sidebar_mode == "full"
        for w in (self.organisation, self.when):
            if w.isHidden() != (low or not full):
                w.setVisible(full and not low)
        self.timer.set_low(low)

    def _show_session(self) -> None:
        w = self.state.workshop
        self.organisation.set_full_text(w.organisation)
        sector = catalogue().sector(w.sector).name(self.state.lang)
        self.when.set_full_text(" · ".join(x for x in (long_date(w.date), w.place, sector) if x))

    def show_phase(self, key: str, store: bool = True) -> None:
        if key == self.phase:
            return
        self.phase = key
        self.stack.setCurrentWidget(self.pages[key])
        self.scroller.updateGeometry()  # its minimum is now this page's
        self.updateGeometry()
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
