"""The time box clock's arithmetic and text, shared by the agenda table and the timer panel."""

from __future__ import annotations

import datetime as dt

from tillitworkshop.domain import AgendaItem


def clock_text(seconds: float) -> str:
    """Seconds as m:ss (or h:mm:ss), never negative; the caller says "over"."""
    s = int(abs(seconds))
    h, rest = divmod(s, 3600)
    return f"{h}:{rest // 60:02d}:{rest % 60:02d}" if h else f"{rest // 60:02d}:{rest % 60:02d}"


def elapsed(item: AgendaItem, now: dt.datetime) -> float:
    running = dt.datetime.fromisoformat(item.running_since).timestamp() \
        if item.running_since else None
    return item.elapsed_at(now.timestamp(), running)
