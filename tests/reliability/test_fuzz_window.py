"""Fuzzed imports with extreme numbers and timestamps, each imported session then shown in
every phase of the window (offscreen): whatever import accepts, the window shows without an
exception. `make test` runs a few; `make stress` as many as fit in about five minutes."""

from __future__ import annotations

import copy
import math
import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QSettings

from tillitworkshop.store import ImportRejected
from tillitworkshop.store.demo import demo_document
from tillitworkshop.store.interchange import import_document
from tillitworkshop.store.sessions import delete_session
from tillitworkshop.ui.shell.mainwindow import MainWindow
from tillitworkshop.ui.shell.settings import Settings

from ..ui.extremes import show_every_phase
from .counts import STRESS, count, report

EXAMPLES = count(60, 10_000)
BUDGET_S = 300  # stress mode stops opening sessions after this long, and says how many it did
DEMO = demo_document()

extreme_numbers = st.sampled_from([0, -1, 1, 2**31, 2**53, 2**63 - 1, -(2**63), 10**9, 10**30,
                                   1e308, -1e308, 5e-324, math.inf, -math.inf, math.nan, 0.5])
extreme_times = st.sampled_from(["zzzzzzzzzz", "", "0001-01-01T00:00:00", "9999-12-31T23:59:59",
                                 "9999-12-31T23:59:59+14:00", "0001-01-01T00:00:00-12:00",
                                 "2026-02-30T10:00:00", "2026-10-21T09:04:00+02:00",
                                 "2026-10-21", "1970-01-01T00:00:00Z"]) | st.text(max_size=12)
extreme_dates = st.sampled_from(["zzzz", "", "0001-01-01", "9999-12-31", "2026-02-30",
                                 "2027-02-21"])
NUMBER_FIELDS = {"agenda": ("minutes", "elapsed_seconds", "position"),
                 "notes": ("votes", "position"), "participants": ("position",),
                 "commitments": ("position",)}
TIME_FIELDS = {"agenda": ("started_at", "ended_at", "running_since"),
               "notes": ("created_at", "updated_at")}


@st.composite
def extreme_demo(draw):
    """The demo session with some numbers, times and dates set to extremes."""
    doc = copy.deepcopy(DEMO)
    for _ in range(draw(st.integers(1, 6))):
        kind = draw(st.sampled_from(["number", "time", "date"]))
        if kind == "date":
            field = draw(st.sampled_from(["date", "follow_up_date", "vote_budget"]))
            doc["session"][field] = draw(extreme_numbers if field == "vote_budget"
                                         else extreme_dates)
            continue
        fields = NUMBER_FIELDS if kind == "number" else TIME_FIELDS
        part = draw(st.sampled_from(sorted(fields)))
        row = doc[part][draw(st.integers(0, len(doc[part]) - 1))]
        row[draw(st.sampled_from(fields[part]))] = draw(
            extreme_numbers if kind == "number" else extreme_times)
    return doc


def test_imported_extremes_show_in_every_phase(lib, qtbot, tmp_path):
    """Each document import accepts is shown in every phase without an exception (pytest-qt
    fails the test on one raised in a Qt virtual; PySide raises it again in the test)."""
    settings_file = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(lib, Settings(settings_file))
    qtbot.addWidget(window)
    window.show()
    start, seen = time.monotonic(), {"rejected": 0, "imported": 0, "opened": 0, "phases": 0}

    @settings(max_examples=EXAMPLES, deadline=None, derandomize=True,
              suppress_health_check=list(HealthCheck))
    @given(doc=extreme_demo())
    def run(doc):
        try:
            sid = import_document(lib, doc, "fuzz").session_id
        except ImportRejected:
            seen["rejected"] += 1
            return
        seen["imported"] += 1
        if STRESS and time.monotonic() - start > BUDGET_S:
            return  # imported, not opened: the count below says how many were
        seen["phases"] += show_every_phase(window, sid)
        seen["opened"] += 1
        window.close_session()
        delete_session(lib, sid)  # keep the library small

    run()
    report("fuzzed imports shown in the window", cases=EXAMPLES, **seen,
           seconds=round(time.monotonic() - start))
    assert seen["opened"] > 0
