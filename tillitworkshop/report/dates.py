"""Dates and times as each language writes them: "12 mars 2026", "12 March 2026", "09:04"."""

from __future__ import annotations

import datetime as dt
import math

_MONTHS = {
    "sv": ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
           "september", "oktober", "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
}


def parse_date(value: str | None) -> dt.date | None:
    """The date of an ISO date or timestamp ("2026-10-15", "2026-10-15T09:04:00+02:00")."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def long_date(value: str | dt.date | None, lang: str) -> str:
    """ "12 mars 2026" in Swedish, "12 March 2026" in English; "" when there is no date."""
    day = value if isinstance(value, dt.date) else parse_date(value)
    if day is None:
        return ""
    return f"{day.day} {_MONTHS[lang][day.month - 1]} {day.year}"


def clock(value: str | None) -> str:
    """The local wall-clock time of an ISO timestamp as "09:04" ("" when there is none)."""
    if not value:
        return ""
    try:
        return dt.datetime.fromisoformat(value).strftime("%H:%M")
    except ValueError:
        return ""


def minutes_between(start: str | None, end: str | None) -> int | None:
    """Whole minutes from ``start`` to ``end`` (ISO timestamps), or None."""
    if not start or not end:
        return None
    try:
        delta = dt.datetime.fromisoformat(end) - dt.datetime.fromisoformat(start)
    except (ValueError, TypeError):
        return None
    return round(delta.total_seconds() / 60)


def minutes_of(seconds: float) -> int | None:
    """Whole minutes of a clock's seconds, or None for what is no clock's (infinite, NaN)."""
    return round(seconds / 60) if math.isfinite(seconds) else None
