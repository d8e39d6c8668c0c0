"""The time box clock's arithmetic and text, shared by the agenda table and the timer panel;
and reading the stored times and numbers that the window shows.

Nothing here raises, whatever the library holds: import refuses what the app cannot show, but
an older import, a hand edit or a bug can still leave a time that is not a time ("zzzz", year
1 or 9999, which local time cannot convert) or a number past any clock (infinity, 1e308, a
64-bit count). Such a value is shown as "–" or clamped, never allowed to end the window.
"""

from __future__ import annotations

import datetime as dt
import math

from tillitworkshop.domain import AgendaItem

NO_TIME = "–"
MAX_CLOCK = 9_999 * 3600  # seconds; a longer clock is no time box's, shown as "–"
QT_INT_MIN, QT_INT_MAX = -(2**31), 2**31 - 1  # what a Qt int (a spin box, a progress bar) holds


def clock_text(seconds: float) -> str:
    """Seconds as m:ss (or h:mm:ss), never negative; the caller says "over". "–" for what is
    no clock's: not a number, infinite, or over 9,999 hours."""
    try:
        s = abs(float(seconds))
    except (TypeError, ValueError, OverflowError):
        return NO_TIME
    if not s <= MAX_CLOCK:  # NaN too
        return NO_TIME
    h, rest = divmod(int(s), 3600)
    return f"{h}:{rest // 60:02d}:{rest % 60:02d}" if h else f"{rest // 60:02d}:{rest % 60:02d}"


def qt_int(value: float) -> int:
    """``value`` as an int that Qt's C++ int holds: clamped, and 0 for what is not a number."""
    try:
        number = float(value)
    except (TypeError, ValueError, OverflowError):
        return 0
    if math.isnan(number):
        return 0
    return int(min(max(number, QT_INT_MIN), QT_INT_MAX))


def parse_time(stamp: str | None) -> dt.datetime | None:
    """An ISO 8601 timestamp, or None when it is missing or not a time."""
    if not stamp or not isinstance(stamp, str):
        return None
    try:
        return dt.datetime.fromisoformat(stamp)
    except ValueError:
        return None


def parse_date(text: str | None) -> dt.date | None:
    """An ISO date (YYYY-MM-DD), or None when it is missing or not a date."""
    if not text or not isinstance(text, str):
        return None
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        return None


def epoch(stamp: str | None) -> float | None:
    """Seconds since the epoch of a timestamp, or None when it has none (a naive time in year 1
    or 9999 cannot be placed in local time: OverflowError, ValueError or OSError by platform)."""
    when = parse_time(stamp)
    if when is None:
        return None
    try:
        return when.timestamp()
    except (OverflowError, ValueError, OSError):
        return None


def time_text(stamp: str | None, fmt: str = "%H:%M") -> str:
    """A timestamp's wall-clock time ("09:04"), or "–" when it is missing or not a time."""
    when = parse_time(stamp)
    return when.strftime(fmt) if when is not None else NO_TIME


def elapsed(item: AgendaItem, now: dt.datetime) -> float:
    """Seconds on the item's clock at ``now``; a ``running_since`` that is not a time counts
    as not running."""
    return item.elapsed_at(now.timestamp(), epoch(item.running_since))
