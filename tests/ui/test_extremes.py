"""The window never dies of a value in the library: a session with every field at its extreme
(as a hand edit, an older import or a bug could leave it) is shown in every phase."""

from __future__ import annotations

from tillitworkshop.ui.phases import PAGES

from .extremes import make_extreme_session, show_every_phase


def test_a_session_with_every_field_at_its_extreme_shows_in_every_phase(window, lib):
    """Infinite and huge elapsed seconds, timestamps that are not times (and years 1 and 9999),
    minutes 0 and 10**9, huge and negative votes and positions, 100,000-character texts in
    right-to-left and combining scripts: every phase and the library are painted, every
    model read, and nothing raises."""
    sid = make_extreme_session(lib)
    assert show_every_phase(window, sid) == len(PAGES)
