"""Stored times and numbers as the window shows them: nothing the library can hold raises."""

from __future__ import annotations

import datetime as dt
import math

import pytest

from tillitworkshop.domain import AgendaItem
from tillitworkshop.ui.common.clock import clock_text, elapsed, qt_int, time_text
from tillitworkshop.ui.phases.commitments.commitment_model import check_form

NOW = dt.datetime(2026, 3, 12, 9, 0, 0).astimezone()


@pytest.mark.parametrize("seconds", [math.inf, -math.inf, math.nan, 1e308, -1e308, 10**30])
def test_a_clock_past_any_time_box_is_a_dash(seconds):
    """Infinite, NaN and absurdly large seconds are no clock: "–", not OverflowError."""
    assert clock_text(seconds) == "–"


def test_the_clock_still_reads_as_before():
    assert (clock_text(0), clock_text(-1), clock_text(65.9), clock_text(3 * 3600 + 61)) == \
        ("00:00", "00:01", "01:05", "3:01:01")


@pytest.mark.parametrize("stamp", ["zzzzzzzzzz", "", None, "2026-13-45T99:99:99",
                                   "0001-01-01T00:00:00", "9999-12-31T23:59:59-12:00"])
def test_a_running_clock_since_a_time_that_is_no_time_counts_as_stopped(stamp):
    """running_since that is not a time, or that local time cannot place (years 1 and 9999
    without a zone), adds nothing; the stored seconds still count."""
    item = AgendaItem("a", "chain", "Kedjan", 30, running_since=stamp, elapsed_seconds=12.0)
    assert elapsed(item, NOW) == 12.0


@pytest.mark.parametrize("stamp, shown", [("zzzz", "–"), ("", "–"), (None, "–"),
                                          ("0001-01-01T00:00:00", "00:00"),
                                          ("2026-03-12T09:04:00+01:00", "09:04")])
def test_a_time_of_day_is_shown_or_a_dash(stamp, shown):
    assert time_text(stamp) == shown


@pytest.mark.parametrize("value, held", [(10**9 * 60, 2**31 - 1), (-(2**63), -(2**31)),
                                         (math.inf, 2**31 - 1), (math.nan, 0), (42.7, 42)])
def test_numbers_given_to_qt_fit_its_int(value, held):
    assert qt_int(value) == held


def test_a_due_date_is_checked_even_when_the_stored_day_is_no_date():
    """The day of the session read "zzzz" (a hand edit): the form checks the due date's own
    format and does not raise on the day."""
    assert check_form("Ring", "p1", "", "2027-03-31", "zzzz") == {}
    assert "due" in check_form("Ring", "p1", "", "31/3", "zzzz")
