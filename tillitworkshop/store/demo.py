"""The demo session: a realistic day at a fictional municipality's school chain.

Stored as an interchange document (resources/demo/demo_sv.json) and imported
like any session file. Its dates are moved so the day was six weeks ago:
a newcomer then sees a session whose follow-up lies ahead, as a real one would.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

from .. import package_data
from .changes import Change
from .interchange import import_document
from .library import Library

DAYS_AGO = 44
_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})(.*)$")


def demo_document(today: dt.date | None = None) -> dict[str, Any]:
    text = package_data.path("demo", "demo_sv.json").read_text(encoding="utf-8")
    doc = json.loads(text)
    day = dt.date.fromisoformat(doc["session"]["date"])
    shift = ((today or dt.date.today()) - dt.timedelta(days=DAYS_AGO)) - day
    return _shift(doc, shift)


def add_demo(lib: Library, today: dt.date | None = None) -> Change:
    return import_document(lib, demo_document(today), "demo session")


_DATED_KEYS = {"date", "follow_up_date", "due_date", "created_at", "updated_at", "exported_at",
               "started_at", "ended_at", "recorded_at"}


def _shift(value: Any, shift: dt.timedelta, key: str | None = None) -> Any:
    if isinstance(value, dict):
        return {k: _shift(v, shift, k) for k, v in value.items()}
    if isinstance(value, list):
        return [_shift(v, shift, key) for v in value]
    if key in _DATED_KEYS and isinstance(value, str) and (m := _DATE.match(value)):
        moved = dt.date.fromisoformat(m.group(1)) + shift
        return moved.isoformat() + m.group(2)
    return value
