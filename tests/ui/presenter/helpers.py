"""Walking the presenter through every phase and item, and reading what it shows."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLabel, QWidget

from tillitworkshop.domain.contrast import contrast
from tillitworkshop.ui.presenter.entries import EntryList
from tillitworkshop.ui.presenter.slides import SOFT_HYPHEN
from tillitworkshop.ui.presenter.view import plain
from tillitworkshop.ui.presenter.window import PresenterWindow
from tillitworkshop.ui.shell.session_view import BUILT


def open_presenter(window) -> PresenterWindow:
    window.presenter.toggle_action.trigger()
    p = window.presenter.window
    assert p is not None and p.isVisible()
    p.resize(1920, 1080)
    QApplication.processEvents()
    return p


def every_view(window):
    """Show every phase, and in it every item the presenter follows; yield a name for each."""
    session = window.session
    for phase in BUILT:
        session.show_phase(phase)
        yield phase
        page = session.pages[phase]
        if phase == "chain":
            pane = page.links
            for row in range(pane.links.rowCount()):
                pane.select_link(pane.links.key(row))
                yield f"chain:{pane.links.key(row)}"
            page.tabs.setCurrentIndex(1)
            yield "chain:relationships"
            page.tabs.setCurrentIndex(0)
        if phase == "principles":
            for row in range(page.cards.deck.count()):
                page.cards.deck.setCurrentRow(row)
                yield f"card:{row}"
            page.tabs.setCurrentIndex(2)
            yield "gaps"
            page.tabs.setCurrentIndex(0)


def all_texts(widget: QWidget) -> list[str]:
    """Every text in the widget tree, shown or not, soft hyphens taken out."""
    out = [widget.windowTitle(), widget.accessibleName()]
    for w in widget.findChildren(QWidget):
        out += [w.accessibleName(), w.toolTip()]
        if isinstance(w, (QLabel, EntryList)):
            out.append(plain(w))
    return [t.replace(SOFT_HYPHEN, "") for t in out if t]


def visible_labels(p: PresenterWindow) -> list[QWidget]:
    """Every widget showing text now: labels and the columns' entry lists."""
    page = p.pages.currentWidget()
    return [w for w in [*page.findChildren(QLabel), *page.findChildren(EntryList)]
            if w.isVisibleTo(p) and plain(w)]


def background_of(widget: QWidget) -> str:
    """The colour behind a widget: its own fill, else its nearest filled ancestor's."""
    w: QWidget | None = widget
    while w is not None:
        if w.autoFillBackground():
            return w.palette().color(w.backgroundRole()).name()
        w = w.parentWidget()
    raise AssertionError(f"nothing fills the background of {widget}")


def label_contrast(lbl: QWidget) -> float:
    return contrast(lbl.palette().color(lbl.foregroundRole()).name(), background_of(lbl))
