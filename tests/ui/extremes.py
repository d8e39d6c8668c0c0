"""A session with every field at its extreme, written into the library as a hand edit, an old
import or a bug could leave it; and a walk that shows a session in every phase of the window.

The schema does not check these columns (only ratings and strengths have CHECKs), so whatever
SQLite stores can reach the window: REAL columns take infinities and INTEGER columns any 64-bit
value. (NaN cannot be stored: SQLite makes it NULL, which NOT NULL refuses; the clock's own tests
give it NaN. Text in a number column, which affinity would keep, is not tried here.)
"""

from __future__ import annotations

import math

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

from tillitworkshop.store import Library
from tillitworkshop.store.demo import add_demo

RTL = "مرحبا بالعالم שלום עולם "
COMBINING = "e\u0301\u0301\u0301a\u0308\u0323Z\u0336\u0337"
LONG = (RTL + COMBINING + "Åsa ") * 3_000  # ~100,000 characters

TIMES = ["zzzzzzzzzz", "", "0001-01-01T00:00:00", "0001-01-01T00:00:00+14:00",
         "9999-12-31T23:59:59", "9999-12-31T23:59:59-12:00", "2026-13-45T99:99:99", "NaN"]
DATES = ["zzzz", "", "0001-01-01", "9999-12-31", "2026-02-30"]
SECONDS = [1e308, -1.0, math.inf, -math.inf, -1e308, 0.0, 5e-324, 1e15]
MINUTES = [0, 10**9, -1, 2**63 - 1, -(2**63), 0, 1, 2**31]
POSITIONS = [1e308, -1e308, math.inf, -math.inf, 2**63 - 1, -(2**63), 0.5, 5e-324]
VOTES = [2**63 - 1, -(2**63), -1, 10**9, 0, 2**31]


def _cycle(values: list, i: int):
    return values[i % len(values)]


def make_extreme_session(lib: Library) -> str:
    """The demo session (every phase filled), then every number and time set to an extreme."""
    sid = add_demo(lib).session_id
    c = lib.conn
    with c:
        c.execute("UPDATE sessions SET organisation = ?, place = ?, date = '9999-12-31', "
                  "follow_up_date = 'zzzz', vote_budget = ?, created_at = 'zzzz', "
                  "updated_at = '' WHERE id = ?", [LONG, RTL * 50, 2**63 - 1, sid])
        for i, (item_id,) in enumerate(c.execute(
                "SELECT id FROM agenda_items WHERE session_id = ?", [sid]).fetchall()):
            c.execute("UPDATE agenda_items SET title = ?, minutes = ?, position = ?, "
                      "started_at = ?, ended_at = ?, running_since = ?, elapsed_seconds = ? "
                      "WHERE id = ?",
                      [LONG[:2000] if i % 2 else COMBINING, _cycle(MINUTES, i),
                       _cycle(POSITIONS, i), _cycle(TIMES, i), _cycle(TIMES, i + 3),
                       _cycle(TIMES, i + 1) if i % 3 else None, _cycle(SECONDS, i), item_id])
        for i, (note_id,) in enumerate(c.execute(
                "SELECT id FROM notes WHERE session_id = ?", [sid]).fetchall()):
            c.execute("UPDATE notes SET text = ?, votes = ?, position = ?, created_at = ?, "
                      "updated_at = ? WHERE id = ?",
                      [LONG if i % 7 == 0 else RTL + COMBINING * (i % 5), _cycle(VOTES, i),
                       _cycle(POSITIONS, i), _cycle(TIMES, i), _cycle(TIMES, i + 1), note_id])
        for i, (pid,) in enumerate(c.execute(
                "SELECT id FROM participants WHERE session_id = ?", [sid]).fetchall()):
            c.execute("UPDATE participants SET name = ?, unit = ?, position = ? WHERE id = ?",
                      [LONG[:5000] if i % 2 else COMBINING, RTL, _cycle(POSITIONS, i), pid])
        for i, (cid,) in enumerate(c.execute(
                "SELECT id FROM commitments WHERE session_id = ?", [sid]).fetchall()):
            c.execute("UPDATE commitments SET what = ?, first_step = ?, indicator = ?, "
                      "due_date = ?, position = ?, created_at = ?, updated_at = ? WHERE id = ?",
                      [LONG, RTL, COMBINING, _cycle(DATES, i), _cycle(POSITIONS, i),
                       _cycle(TIMES, i), "", cid])
            c.execute("UPDATE commitment_status SET date = ?, note = ?, recorded_at = ? "
                      "WHERE commitment_id = ?", [_cycle(DATES, i + 1), LONG[:3000],
                                                  _cycle(TIMES, i), cid])
    return sid


def show_every_phase(window, session_id: str) -> int:
    """Open the session and show each of its phases, painting the whole window each time
    (so that every model's data() and every delegate's paint() runs); the phases shown."""
    window.library.refresh()
    window.grab()
    window.open_session(session_id)
    shown = 0
    for key in window.session.pages:
        window.session.show_phase(key, store=False)
        window.grab()
        read_every_model(window.session)
        QApplication.processEvents()
        shown += 1
    window.show_library()
    window.grab()
    return shown


ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole,
         Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.UserRole,
         Qt.ItemDataRole.UserRole + 1, Qt.ItemDataRole.UserRole + 2)


def read_every_model(widget: QWidget) -> None:
    """Ask every item view's model for every cell in every role, hidden tabs included."""
    for view in widget.findChildren(QAbstractItemView):
        model = view.model()
        if model is None:
            continue
        for row in range(min(model.rowCount(QModelIndex()), 200)):
            for col in range(8):
                index = model.index(row, col, QModelIndex())
                if not index.isValid():
                    break
                for role in ROLES:
                    model.data(index, role)
                view.sizeHintForIndex(index)
