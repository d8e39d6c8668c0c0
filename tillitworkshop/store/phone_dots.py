"""Phones' dots across the facilitator's undo (issue 23).

Deleting a problem deletes the phones' dots on it (``room_votes``, by cascade), so each
phone has them to spend again; undoing the delete puts them back. A phone that spent
them elsewhere meanwhile would then hold more dots than its budget, and the problem a
total that the phones' budgets no longer cover. After such an undo each phone keeps,
of the dots that came back, only as many as its budget has room for; the problem's
total loses the rest. Plain SQL on the library's connection: no store module below.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict

Dots = dict[tuple[str, str], int]  # (device, note) -> dots


def touches(statements: tuple[str, ...]) -> bool:
    """Whether an edit's undo writes phones' dots (then ``settle`` is needed after it)."""
    return any("[room_votes]" in s for s in statements)


def dots_of(conn: sqlite3.Connection, session_id: str) -> Dots:
    return {(d, n): dots for d, n, dots in conn.execute(
        "SELECT v.device_id, v.note_id, v.dots FROM room_votes v "
        "JOIN room_devices d ON d.id = v.device_id WHERE d.session_id = ?", [session_id])}


def settle(conn: sqlite3.Connection, session_id: str, before: Dots) -> None:
    """After an undo (inside its transaction): take back the dots it returned to a phone
    beyond that phone's budget, from the problems they returned to and from their totals."""
    row = conn.execute("SELECT vote_budget FROM sessions WHERE id = ?", [session_id]).fetchone()
    if row is None:
        return
    budget, after = int(row[0]), dots_of(conn, session_id)
    used: dict[str, int] = defaultdict(int)
    for (device, _note), dots in after.items():
        used[device] += dots
    for (device, note), dots in sorted(after.items()):
        excess, returned = used[device] - budget, dots - before.get((device, note), 0)
        if excess <= 0 or returned <= 0:
            continue
        take = min(excess, returned)
        if take == dots:
            conn.execute("DELETE FROM room_votes WHERE device_id = ? AND note_id = ?",
                         [device, note])
        else:
            conn.execute("UPDATE room_votes SET dots = dots - ? WHERE device_id = ? AND "
                         "note_id = ?", [take, device, note])
        conn.execute("UPDATE notes SET votes = MAX(0, votes - ?) WHERE id = ?", [take, note])
        used[device] -= take
