"""The fixed texts in both languages, and dates as each language writes them."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

import tillitworkshop.report as report_package
from tillitworkshop.report.blocks import STATUS_NAMES
from tillitworkshop.report.dates import clock, long_date, minutes_between
from tillitworkshop.report.strings import SWEDISH, translator


def texts_passed_to_tr() -> set[str]:
    """Every string literal the report package passes to a function or method named ``tr``."""
    found = set(STATUS_NAMES.values())
    for path in Path(report_package.__file__).parent.rglob("*.py"):  # report/html too
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and node.args
                    and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)):
                func = node.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                if name == "tr":
                    found.add(node.args[0].value)
    return found


def test_every_fixed_text_has_a_swedish_translation():
    """Each English text the PDFs use is in the Swedish table, and the table has no leftovers."""
    used = texts_passed_to_tr()
    assert len(used) > 80
    assert sorted(used - set(SWEDISH)) == []
    assert sorted(set(SWEDISH) - used) == []


def test_translations_keep_their_placeholders():
    """A Swedish text has the same {placeholders} as its English key, so format() never fails."""
    import string

    for english, swedish in SWEDISH.items():
        fields = {f for _, f, _, _ in string.Formatter().parse(english) if f}
        assert fields == {f for _, f, _, _ in string.Formatter().parse(swedish) if f}, english


def test_translators():
    """The built-in translators give Swedish, or English unchanged."""
    assert translator("sv")("Page {page} of {pages}") == "Sida {page} av {pages}"
    assert translator("en")("Page {page} of {pages}") == "Page {page} of {pages}"


def test_long_dates_in_each_language():
    """Dates read "12 mars 2026" in Swedish and "12 March 2026" in English."""
    assert long_date("2026-03-12", "sv") == "12 mars 2026"
    assert long_date("2026-03-12T09:00:00+01:00", "en") == "12 March 2026"
    assert long_date(dt.date(2027, 1, 5), "sv") == "5 januari 2027"
    assert long_date(None, "sv") == "" and long_date("not a date", "en") == ""


def test_clock_and_minutes():
    """Timestamps give the wall-clock time and the minutes between them."""
    assert clock("2026-10-15T09:04:00+02:00") == "09:04"
    assert minutes_between("2026-10-15T09:04:00+02:00", "2026-10-15T09:27:00+02:00") == 23
    assert minutes_between(None, "2026-10-15T09:27:00+02:00") is None


def test_a_summary_shows_a_clock_that_is_no_time_as_a_dash(demo):
    """An agenda item whose stored seconds are infinite (an older import, a hand edit) gives
    the summary "–" for the time it took, not an OverflowError from round()."""
    import copy
    import math

    from tillitworkshop.report import render_pdf

    w = copy.deepcopy(demo)
    for item, seconds in zip(w.agenda, (math.inf, -math.inf, math.nan, 1e308), strict=False):
        item.started_at = item.ended_at = None
        item.elapsed_seconds = seconds
    assert render_pdf(w, "summary", "en").startswith(b"%PDF")
