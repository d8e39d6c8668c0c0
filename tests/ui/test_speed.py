"""What keeps the window fast with a long day in it: pages built when first shown,
counts and row sizes kept up to date note by note instead of recomputed."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tillitworkshop.store import notes as note_ops
from tillitworkshop.store import sessions
from tillitworkshop.ui.shell.session_view import BUILT


def test_a_session_builds_only_the_page_it_shows(fresh):
    """Opening a session builds its current page; another page is built when first shown."""
    pages = fresh.session.pages
    assert list(pages) == list(BUILT)
    assert set(pages.built()) == {"preparation"}
    fresh.session.show_phase("chain")
    assert set(pages.built()) == {"preparation", "chain"}
    assert fresh.session.stack.currentWidget() is pages["chain"]


def test_starting_on_the_closing_page_imports_no_export_library(lib, demo_id, tmp_path):
    """The window opens on the closing page without importing reportlab or jsonschema (export does)."""
    sessions.update_session(lib, demo_id, current_phase="closing")
    code = (
        "import sys\n"
        "from PySide6.QtCore import QSettings\n"
        "from tillitworkshop.store import Library\n"
        "from tillitworkshop.ui.shell.app import make_application\n"
        "from tillitworkshop.ui.shell.mainwindow import MainWindow\n"
        "from tillitworkshop.ui.shell.settings import Settings\n"
        "app = make_application()\n"
        "lib = Library.open(sys.argv[1], backup=False)\n"
        "w = MainWindow(lib, Settings(QSettings(sys.argv[2], QSettings.Format.IniFormat)))\n"
        "w.open_session(sys.argv[3])\n"
        "assert w.session.phase == 'closing', w.session.phase\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('reportlab', 'pypdf', 'jsonschema')))\n"
        "lib.close()\n"
    )
    lib.close()
    out = subprocess.run([sys.executable, "-c", code, str(lib.folder), str(tmp_path / "s.ini"),
                          demo_id], capture_output=True, text=True, timeout=120,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "[]"


def test_a_note_repaints_only_its_own_link(fresh):
    """Adding a note on one link announces a change of that link's row only, with the new count."""
    fresh.session.show_phase("chain")
    pane = fresh.session.pages["chain"].links
    rows = []
    pane.links.dataChanged.connect(lambda top, bottom, *_: rows.append((top.row(), bottom.row())))
    state = fresh.session.state
    state.do("Add note", lambda: note_ops.add_note(state.lib, state.id, "chain", "value", "Tid",
                                                   chain_link="medarbetare"))
    row = pane.links.row_of("medarbetare")
    assert rows == [(row, row)]
    assert pane.links.index(row).data(Qt.ItemDataRole.UserRole + 3) == 1


def test_a_note_repaints_only_its_own_link_card(fresh, qtbot):
    """The chain list repaints the card whose count changed, not every link (QListView
    alone repaints its whole viewport, and the page behind a transparent list with it)."""
    from PySide6.QtCore import QEvent, QObject

    fresh.session.show_phase("chain")
    pane = fresh.session.pages["chain"].links
    viewport = pane.chain.viewport()
    painted = []

    class Painted(QObject):
        def eventFilter(self, obj, event):
            if obj is viewport and event.type() == QEvent.Type.Paint:
                painted.append(event.region().boundingRect())
            return False

    spy = Painted(viewport)
    viewport.installEventFilter(spy)
    qtbot.waitUntil(lambda: bool(painted))  # the page's first paint
    # The window settles in more than one pass (the sidebar and the timer fit themselves to
    # its height once it is shown), each repainting the list whole: let those go first.
    for _ in range(5):
        QApplication.processEvents()
    painted.clear()
    state = fresh.session.state
    state.do("Add note", lambda: note_ops.add_note(state.lib, state.id, "chain", "value", "Tid",
                                                   chain_link="medarbetare"))
    card = pane.chain.visualRect(pane.links.index(pane.links.row_of("medarbetare")))
    qtbot.waitUntil(lambda: bool(painted))
    assert all(card.contains(r) for r in painted), (card, painted)


def test_an_edited_note_is_measured_again(fresh, qtbot):
    """A note's row grows when its text does (row sizes are kept, but per text)."""
    fresh.session.show_phase("good_meeting")
    column = fresh.session.pages["good_meeting"].value
    column.input.setText("Kort")
    nid = column.add()
    view = column.view
    qtbot.waitUntil(lambda: view.visualRect(column.model.index(0)).height() > 0)
    short = view.visualRect(column.model.index(0)).height()
    state = fresh.session.state
    state.do("Edit note", lambda: note_ops.update_note(state.lib, nid, text="lång " * 200))
    qtbot.waitUntil(lambda: view.visualRect(column.model.index(0)).height() > short * 3)
