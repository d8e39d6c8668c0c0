"""Memory: a page's modules' source text, read by PySide6's import hook, is let go of."""

from __future__ import annotations

import linecache


def test_building_a_page_lets_go_of_the_source_text_read_for_its_modules(demo):
    """PySide6's import hook reads the source of every module imported after it (into
    linecache); the window lets go of it after its first paint, and again each time a page
    is built, when the page's modules have been imported (~2 MB of the window's peak with
    every phase shown, bench/bench_memory.py)."""
    linecache.cache["<kept>"] = (1, None, ["x\n"], "<kept>")
    demo.session.show_phase("good_meeting")  # built now
    assert "<kept>" not in linecache.cache
