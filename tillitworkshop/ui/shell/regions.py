"""F6 and Shift+F6: from region to region of the open session, as in browsers and Office.

(The library of sessions has regions too: its ``regions()``, through ``install_on``.)

The regions are the phases (the stepper), then the regions of the page shown, then the
timer. A page names its regions with ``regions()``, in the order it is read: each a
widget (itself and everything inside it) or a tuple of widgets that belong together
(a form's fields); a page without one is a single region. F6 puts the focus on the first widget of the next region that takes it
from the keyboard; a region with nothing to focus (e.g. a tab not shown) is passed over.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QWidget

from tillitworkshop.ui.common.widgets import shortcut

if TYPE_CHECKING:
    from .session_view import SessionView


def install(view: SessionView) -> None:
    install_on(view, lambda: regions(view))


def install_on(view: QWidget, areas: Callable[[], list[Region]]) -> None:
    """F6 and Shift+F6 on ``view`` and everything in it, through the regions ``areas`` gives."""
    for key, text, step in (
            ("F6", QCoreApplication.translate("Regions", "Go to the next region of the page"), 1),
            ("Shift+F6", QCoreApplication.translate(
                "Regions", "Go to the previous region of the page"), -1)):
        shortcut(view, key, text, lambda s=step: cycle_through(areas(), s)).setContext(
            Qt.ShortcutContext.WidgetWithChildrenShortcut)


Region = QWidget | tuple[QWidget, ...]


def regions(view: SessionView) -> list[Region]:
    page = view.pages[view.phase]
    own = page.regions() if hasattr(page, "regions") else [page]
    return [view.stepper, *own, view.timer]


def _members(region: Region) -> tuple[QWidget, ...]:
    return region if isinstance(region, tuple) else (region,)


def holds(region: Region, w: QWidget) -> bool:
    return any(w is m or m.isAncestorOf(w) for m in _members(region))


def first_focus(region: Region) -> QWidget | None:
    """The first widget in ``region`` that Tab would stop at; None when none is shown and
    enabled."""
    for member in _members(region):
        found = _first_in(member)
        if found is not None:
            return found
    return None


def _first_in(region: QWidget) -> QWidget | None:
    """The first widget in ``region`` (itself included), in the focus chain's order."""
    w: QWidget | None = region
    seen = 0
    while w is not None and seen < 2000:
        if (w is region or region.isAncestorOf(w)) and _takes_focus(w):
            return w
        w = w.nextInFocusChain()
        seen += 1
        if w is region:
            break
    return None


def _takes_focus(w: QWidget) -> bool:
    return (bool(w.focusPolicy() & Qt.FocusPolicy.TabFocus) and w.isVisible() and w.isEnabled()
            and w.focusProxy() is None)


def cycle(view: SessionView, step: int) -> QWidget | None:
    """Focus the next (``step`` 1) or previous (-1) region; the widget focused, if any."""
    return cycle_through(regions(view), step)


def cycle_through(areas: list[Region], step: int) -> QWidget | None:
    focus = QApplication.focusWidget()
    at = -1
    for i, area in enumerate(areas):
        if focus is not None and holds(area, focus):
            at = i  # the innermost (last) region holding the focus
    if at == -1 and step < 0:
        at = 0
    for n in range(1, len(areas) + 1):
        target = first_focus(areas[(at + step * n) % len(areas)])
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)
            return target
    return None
