"""Starting the window: the command line's entry, a library that cannot be opened."""

from __future__ import annotations

import pytest

from tillitworkshop import cli
from tillitworkshop.store import Library, paths
from tillitworkshop.store.demo import add_demo
from tillitworkshop.store.sessions import list_sessions
from tillitworkshop.ui.shell import app


def test_the_command_without_arguments_starts_the_window(monkeypatch, tmp_path):
    """`tillitworkshop` with no command runs the window on the chosen library folder."""
    seen = []
    monkeypatch.setattr(app, "main", lambda folder: seen.append(folder) or 0)
    assert cli.main(["--data-dir", str(tmp_path)]) == 0
    assert seen == [tmp_path]


def test_a_library_in_use_is_reported_not_opened(lib, data_dir):
    """A second window on the same library gets the store's message and no library."""
    said = []
    assert app.open_library(data_dir, lambda kind, text: said.append((kind, text))) is None
    assert said[0][0] == "error" and "already open" in said[0][1]


def test_a_damaged_library_offers_the_newest_backup(data_dir):
    """A damaged library: the user is asked, the newest good backup is restored and opened."""
    with Library.open(data_dir) as lib:
        add_demo(lib)
    Library.open(data_dir).close()  # opening backs up a changed library
    path = paths.library_path(data_dir)
    path.write_bytes(path.read_bytes()[:50])
    asked = []
    lib = app.open_library(data_dir, lambda kind, text: asked.append(kind) or True)
    try:
        assert asked == ["restore"] and len(list_sessions(lib)) == 1
    finally:
        lib.close()


def test_a_missing_library_offers_the_newest_backup(data_dir):
    """Backups but no library.sqlite: not a new, empty library; the backup is offered."""
    with Library.open(data_dir) as lib:
        add_demo(lib)
    Library.open(data_dir).close()  # opening backs up a changed library
    paths.library_path(data_dir).unlink()
    asked = []
    lib = app.open_library(data_dir, lambda kind, text: asked.append((kind, text)) or True)
    try:
        assert asked[0][0] == "restore" and "missing" in asked[0][1]
        assert len(list_sessions(lib)) == 1
    finally:
        lib.close()


STARTUP = """
import functools, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from tillitworkshop import cli
from tillitworkshop.ui.shell import app

def loaded():
    return {m: m in sys.modules for m in ("sqlite_utils", "reportlab", "pypdf",
                                          "tillitworkshop.ui.shell.library_view",
                                          "tillitworkshop.ui.shell.find_bar",
                                          "tillitworkshop.store.room", "hashlib",
                                          "tillitworkshop.ui.common.export_paths",
                                          "tillitworkshop.ui.shell.retention_dialog")}

def painted():
    print("at paint", loaded(), flush=True)
    # QStyle's Python side, its enums and all
    print("made", [c for c in ("QStyle",) if c in vars(sys.modules["PySide6.QtWidgets"])],
          flush=True)
    print("icon", "none" if QApplication.windowIcon().isNull() else "set", flush=True)
    window = next(w for w in QApplication.topLevelWidgets() if w.windowTitle().startswith("Lövhälla"))
    waited = [0]

    def after():  # the warm-up is queued behind the paint; poll the event loop for it
        waited[0] += 1
        if "sqlite_utils" in sys.modules or waited[0] > 500:
            import gc
            print("after", loaded(), window.session.state.workshop.organisation,
                  "frozen" if gc.get_freeze_count() else "unfrozen", flush=True)
            import linecache  # PySide6's import hook filled it with every module's source
            print("sources kept", len(linecache.cache), flush=True)
            QApplication.instance().setStyleSheet("")  # style() is then the base style itself
            print("style", QApplication.style().name(), flush=True)
            QApplication.quit()
        else:
            QTimer.singleShot(10, after)
    QTimer.singleShot(0, after)

# `tillitworkshop` itself, the window opened on the demo session and watched for its first paint
app.main = functools.partial(app.main, session_id=sys.argv[2], on_first_paint=painted)
sys.exit(cli.main(["--data-dir", sys.argv[1]]))
"""


def test_the_first_paint_waits_only_for_what_it_shows(tmp_path):
    """`tillitworkshop`, opening on a session, paints before sqlite-utils (the edits'
    library), reportlab and pypdf (the exports'), the library view, the find bar, the
    phones' queue (and hashlib), the file dialogs and the retention dialog are loaded; sqlite-utils follows right after, for the first edit, and what start-up
    made is frozen out of the garbage collector's way and the modules' source text that
    PySide6's import hook read is let go. Qt's style is Fusion, made inside
    Qt: its Python class (about 600 enum members) is not built for the first paint. The
    window has its icon. (The start-up benchmark in bench/bench_ui.py measures what this
    buys.)"""
    import os
    import subprocess
    import sys

    data = tmp_path / "data"
    with Library.open(data) as lib:
        session_id = add_demo(lib).session_id
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "cfg"),
           "QT_STYLE_OVERRIDE": "Windows"}  # a user's preference, which Fusion overrides
    out = subprocess.run([sys.executable, "-c", STARTUP, str(data), session_id], env=env,
                         capture_output=True, text=True, timeout=120).stdout.splitlines()
    none = {"sqlite_utils": False, "reportlab": False, "pypdf": False,
            "tillitworkshop.ui.shell.library_view": False, "tillitworkshop.ui.shell.find_bar": False,
            # the phones' queue, the file dialogs and the retention dialog: on first use
            "tillitworkshop.store.room": False, "hashlib": False,
            "tillitworkshop.ui.common.export_paths": False,
            "tillitworkshop.ui.shell.retention_dialog": False}
    assert out[0] == f"at paint {none}"
    assert out[1] == "made []"
    assert out[2] == "icon set"
    after = {**none, "sqlite_utils": True, "hashlib": True}  # sqlite-utils brings hashlib
    assert out[3].startswith(f"after {after} ")
    assert out[3].endswith(" frozen")  # start-up's objects kept out of later collections
    assert int(out[4].split()[-1]) < 5  # the modules' source let go (forget_module_sources)
    assert out[5] == "style fusion"


def test_start_up_objects_are_frozen_even_when_the_warm_up_after_the_paint_fails():
    """A warm-up that fails (sqlite-utils missing, a disk error installing the undo
    triggers) still sets start-up's objects aside from the garbage collector, whose full
    collections would otherwise stall the window during exports."""
    import gc

    class Broken:
        def prepare_edits(self):
            raise OSError("disk I/O error")

    gc.unfreeze()
    try:
        with pytest.raises(OSError):
            app.after_first_paint(Broken())
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()


def test_the_application_lets_the_window_take_the_gil_back_within_a_millisecond(qapp):
    """Exports, backups and the room's writes run in threads; at Python's default 5 ms
    switch interval a repaint during 40 handouts held the window still for 111 ms
    (bench.bench_export measures it)."""
    import sys

    from tillitworkshop.ui.shell.app import make_application

    sys.setswitchinterval(0.005)
    make_application()
    assert sys.getswitchinterval() <= 0.001
