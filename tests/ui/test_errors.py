"""An exception that nothing caught (a model's data(), a slot, a thread) is logged and said in
the window's status bar, and the window goes on (ui/shell/errors.py)."""

from __future__ import annotations

import logging
import threading

import pytest
from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QApplication, QListView

from tillitworkshop.ui.shell.errors import ErrorHook


class Raising(QAbstractListModel):
    armed = False

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 (Qt's own default)
        return 0 if parent.isValid() else 3

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and self.armed:
            raise OverflowError("cannot convert float infinity to integer")
        return None


def run_event_loop(until) -> None:
    """The application's event loop (``QApplication.exec``, which qasync runs): PySide6 calls
    sys.excepthook for an exception of a virtual or slot that it called. (Called from Python,
    through ``processEvents``, ``qtbot.wait`` or a nested ``QEventLoop``, the exception is
    raised again in the next Python code instead.)"""
    app = QApplication.instance()
    poll, limit = QTimer(), QTimer()
    poll.timeout.connect(lambda: app.exit(0) if until() else None)  # quit() would close windows
    limit.timeout.connect(lambda: app.exit(1))  # a failing test ends too
    poll.start(5)
    limit.start(5000)
    try:
        assert app.exec() == 0, "timed out"
    finally:
        poll.stop()
        limit.stop()


@pytest.fixture
def hook(window):
    made = ErrorHook()
    made.install()
    made.said.connect(window.statusBar().showMessage)
    yield made
    made.uninstall()


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_models_data_reaches_the_hook_and_is_shown(window, hook, qtbot, caplog):
    """A view painted by Qt's event loop asks a model whose data() raises: PySide hands the
    exception to sys.excepthook, which is ours; it is logged once with its traceback, the status
    bar says it, and the window is still there to use."""
    view, model = QListView(window), Raising()
    view.setModel(model)
    window.setCentralWidget(view)
    view.show()

    def arm():  # from inside the event loop: the paint that follows is Qt's call, not ours
        model.armed = True
        view.viewport().update()
        QTimer.singleShot(10, view.viewport().update)  # and once more

    with caplog.at_level(logging.ERROR, logger="tillitworkshop"):
        QTimer.singleShot(0, arm)
        run_event_loop(until=lambda: hook.count >= 2)
    assert "OverflowError: cannot convert float infinity" in window.statusBar().currentMessage()
    logged = [r for r in caplog.records if r.name == "tillitworkshop"]
    assert len(logged) == 1 and logged[0].exc_info[0] is OverflowError  # repeats not logged
    assert window.isVisible()


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_and_in_a_thread_are_shown(window, hook, qtbot):
    """A slot run by a timer, and a thread of the window's, raise: both are shown (the thread's
    through a queued signal, in the window's thread)."""
    def slot():
        raise ValueError("slot failed")

    QTimer.singleShot(0, slot)
    run_event_loop(until=lambda: "slot failed" in window.statusBar().currentMessage())

    def work():
        raise KeyError("thread failed")

    t = threading.Thread(target=work)
    t.start()
    t.join()
    run_event_loop(until=lambda: "thread failed" in window.statusBar().currentMessage())
    assert hook.count == 2


RUN = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from tillitworkshop import cli
from tillitworkshop.ui.phases.preparation.agenda_model import AgendaModel
from tillitworkshop.ui.shell import app, session_view

def data(self, index, role=0):  # as _hhmm did with a start time of "zzzz"
    raise ValueError("Invalid isoformat string: 'zzzz'")

AgendaModel.data = data
if sys.argv[3] == "build":  # the last session cannot even be built
    def init(self, *args):
        raise OverflowError("cannot convert float infinity to integer")
    session_view.SessionView.__init__ = init

def painted():
    window = next(w for w in QApplication.topLevelWidgets()
                  if hasattr(w, "session") and w.isVisible())
    if window.session is not None:  # each phase shown from the event loop, as a click would
        for i, key in enumerate(window.session.pages):
            QTimer.singleShot(i, lambda key=key: window.session.show_phase(key))
    def done():
        print("session", window.session is not None, flush=True)
        print("status", window.statusBar().currentMessage(), flush=True)
        QApplication.exit(0)
    QTimer.singleShot(200, done)

original = app.main
app.main = lambda folder: original(folder, session_id=sys.argv[2], on_first_paint=painted)
sys.exit(cli.main(["--data-dir", sys.argv[1]]))
"""


@pytest.mark.parametrize("fault", ["data", "build"])
def test_the_real_window_lives_through_an_exception_and_says_it(tmp_path, fault):
    """`tillitworkshop` itself, on a session whose agenda table raises in data() (every phase
    shown), or whose page cannot be built at all (the window opens on the library instead, or
    it would fail at every start): the process goes on and ends with status 0, the status bar
    says what went wrong, and the traceback is on stderr."""
    import os
    import subprocess
    import sys

    from tillitworkshop.store import Library
    from tillitworkshop.store.demo import add_demo

    data = tmp_path / "data"
    with Library.open(data) as lib:
        session_id = add_demo(lib).session_id
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "cfg")}
    run = subprocess.run([sys.executable, "-c", RUN, str(data), session_id, fault], env=env,
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr[-2000:]
    out = run.stdout.splitlines()
    assert out[0] == f"session {fault == 'data'}"
    assert out[1].startswith(("status Något gick fel (", "status Something went wrong ("))
    assert ("ValueError: Invalid isoformat" if fault == "data" else "OverflowError") in out[1]
    assert "Unexpected error, caught and shown" in run.stderr and "Traceback" in run.stderr
